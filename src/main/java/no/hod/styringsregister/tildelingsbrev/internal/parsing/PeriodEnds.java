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
 * utgangen av 2020» and «innen utgangen av året» (the letter's year) are 31 December. A year alone counts only when it
 * is the letter's year or the next: «innen 2030» is a long-term goal, and a year before the letter's tells what was
 * done, so neither is a deadline. A quarter, a season, «medio oktober» or a month without a year names no day and
 * gives no date.
 */
final class PeriodEnds {

	record Found(int start, LocalDate date) {
	}

	private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("januar", 1),
			Map.entry("februar", 2), Map.entry("mars", 3), Map.entry("april", 4), Map.entry("mai", 5),
			Map.entry("juni", 6), Map.entry("juli", 7), Map.entry("august", 8), Map.entry("september", 9),
			Map.entry("oktober", 10), Map.entry("november", 11), Map.entry("desember", 12));
	private static final String MONTH = "(januar|februar|mars|april|mai|juni|juli|august|september|oktober|november"
			+ "|desember)";
	/** Not the first year of a range such as «2020–2025», nor part of a longer number. */
	private static final String YEAR = "(\\d{4})(?![\\d\\p{L}]|[.,]\\d|\\s*[-–]\\s*\\d)";

	/**
	 * «utgangen av mars 2020», «utgangen av 2020», «utgangen av året»; «innen desember 2020», «innen 2020»; a
	 * month and year the phrase starts with (the words after «Frist»).
	 */
	private static final Pattern PERIOD = Pattern.compile("(?<![\\p{L}\\d])(?:utgangen|slutten)\\s+av\\s+(?:"
			+ MONTH + "\\s+" + YEAR + "|" + YEAR + "|(året)(?!\\p{L}))"
			+ "|(?<![\\p{L}\\d])innen\\s+(?:" + MONTH + "\\s+" + YEAR + "|" + YEAR + ")"
			+ "|^\\s*" + MONTH + "\\s+" + YEAR,
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

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
		Matcher m = PERIOD.matcher(phrase);
		while (m.find()) {
			LocalDate date = null;
			if (m.group(1) != null) {
				date = monthEnd(m.group(1), m.group(2));
			}
			else if (m.group(3) != null) {
				date = yearEnd(Integer.parseInt(m.group(3)), year);
			}
			else if (m.group(4) != null) {
				date = LocalDate.of(year, 12, 31);
			}
			else if (m.group(5) != null) {
				date = monthEnd(m.group(5), m.group(6));
			}
			else if (m.group(7) != null) {
				date = yearEnd(Integer.parseInt(m.group(7)), year);
			}
			else if (m.group(8) != null) {
				date = monthEnd(m.group(8), m.group(9));
			}
			if (date != null) {
				found.add(new Found(m.start(), date));
			}
		}
		return found;
	}

	private static LocalDate monthEnd(String month, String year) {
		return YearMonth.of(Integer.parseInt(year), MONTHS.get(month.toLowerCase(Locale.ROOT))).atEndOfMonth();
	}

	private static LocalDate yearEnd(int written, int letterYear) {
		return written < letterYear || written > letterYear + 1 ? null : LocalDate.of(written, 12, 31);
	}
}
