package no.hod.styringsregister.tildelingsbrev.internal.parsing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deadlines a frist phrase gives as a period, read as the period's last day: «innen utgangen av mars 2020» is 31 March,
 * «innen desember 2020» and «Frist: desember 2020» are 31 December (the ministry means during that month), «innen
 * utgangen av 2020» and «innen utgangen av året» (the letter's year) are 31 December. «i løpet av 2025» and «i løpet av
 * mars 2025» end with that year or month, and a quarter («Frist: 1. kvartal 2025», «innen 2. kvartal 2025», «innen
 * første kvartal» in the letter's year) on its last day (31 March, 30 June, 30 September, 31 December). A year alone,
 * anything «i løpet av» and a quarter count only in the letter's year or the next: «innen 2030» is a long-term goal,
 * and a year before the letter's tells what was done, so neither is a deadline. A season, «medio oktober», a range or
 * a month without a year names no day and gives no date.
 */
final class PeriodEnds {

	record Found(int start, LocalDate date) {
	}

	private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("januar", 1),
			Map.entry("februar", 2), Map.entry("mars", 3), Map.entry("april", 4), Map.entry("mai", 5),
			Map.entry("juni", 6), Map.entry("juli", 7), Map.entry("august", 8), Map.entry("september", 9),
			Map.entry("oktober", 10), Map.entry("november", 11), Map.entry("desember", 12));
	private static final Map<String, Integer> QUARTERS = Map.of("første", 1, "andre", 2, "tredje", 3, "fjerde", 4,
			"1.", 1, "2.", 2, "3.", 3, "4.", 4);
	private static final String YEAR = "(\\d{4})(?![\\d\\p{L}]|[.,]\\d|\\s*[-–]\\s*\\d)";
	private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

	/** What names the period: «utgangen av», «innen», «i løpet av», or the start of the phrase (after «Frist»). */
	private static final Pattern LEAD = Pattern.compile("(?<![\\p{L}\\d])(?:(utgangen|slutten)\\s+av|innen|(i\\s+løpet\\s+av))"
			+ "\\s+|^\\s*", FLAGS);
	/** «mars 2020». */
	private static final Pattern MONTH_YEAR = Pattern.compile("(januar|februar|mars|april|mai|juni|juli|august|september"
			+ "|oktober|november|desember)\\s+" + YEAR, FLAGS);
	/** «1. kvartal 2025», «første kvartal»; not the first of a range («1.–2. kvartal», «1. kvartal 2025–2026»). */
	private static final Pattern QUARTER = Pattern.compile("([1-4]\\.|første|andre|tredje|fjerde)\\s*kvartal(?!\\p{L})"
			+ "(?:\\s+" + YEAR + "|(?!\\s*[-–\\d]))", FLAGS);
	/** A year alone: «2020»; not the first year of a range such as «2020–2025», nor part of a longer number. */
	private static final Pattern YEAR_ALONE = Pattern.compile(YEAR);
	private static final Pattern THIS_YEAR = Pattern.compile("året(?!\\p{L})", FLAGS);

	private PeriodEnds() {
	}

	/**
	 * The last days of the periods {@code phrase} names, in the order written. {@code phrase} is known to give a
	 * deadline (it follows «Frist» or «innen»); {@code year} is the letter's year.
	 */
	static List<Found> find(String phrase, int year) {
		List<Found> found = new ArrayList<>();
		if (phrase == null) {
			return found;
		}
		Matcher lead = LEAD.matcher(phrase);
		while (lead.find()) {
			LocalDate date = end(phrase, lead, year);
			if (date != null) {
				found.add(new Found(lead.start(), date));
			}
		}
		return found;
	}

	/**
	 * The last day of the period right after {@code lead}. A month after «innen» or «utgangen av» counts in any year,
	 * as it did before «i løpet av» and quarters were read; the phrase's own start reads only a month or a quarter.
	 */
	private static LocalDate end(String phrase, Matcher lead, int letterYear) {
		boolean endOf = lead.group(1) != null;
		boolean during = lead.group(2) != null;
		Matcher m = MONTH_YEAR.matcher(phrase).region(lead.end(), phrase.length());
		if (m.lookingAt()) {
			int y = Integer.parseInt(m.group(2));
			return during && !near(y, letterYear) ? null
					: YearMonth.of(y, MONTHS.get(m.group(1).toLowerCase(Locale.ROOT))).atEndOfMonth();
		}
		m = QUARTER.matcher(phrase).region(lead.end(), phrase.length());
		if (m.lookingAt()) {
			int y = m.group(2) == null ? letterYear : Integer.parseInt(m.group(2));
			int quarter = QUARTERS.get(m.group(1).toLowerCase(Locale.ROOT));
			return near(y, letterYear) ? YearMonth.of(y, quarter * 3).atEndOfMonth() : null;
		}
		if (lead.group(0).isBlank()) {
			return null;
		}
		m = YEAR_ALONE.matcher(phrase).region(lead.end(), phrase.length());
		if (m.lookingAt()) {
			int y = Integer.parseInt(m.group(1));
			return near(y, letterYear) ? LocalDate.of(y, 12, 31) : null;
		}
		m = THIS_YEAR.matcher(phrase).region(lead.end(), phrase.length());
		return endOf && m.lookingAt() ? LocalDate.of(letterYear, 12, 31) : null;
	}

	/** The letter's year or the next. */
	private static boolean near(int written, int letterYear) {
		return written >= letterYear && written <= letterYear + 1;
	}
}
