package no.hod.styringsregister.tildelingsbrev.internal.parsing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dates a frist phrase names: {@code 31.12.2025}, {@code 1.4.2025}, {@code 30.09.25}, {@code 15. mars 2025},
 * {@code 31.mai 2025}, {@code 15. september} (the letter's year), and the last day of a period as {@link PeriodEnds}
 * reads it ({@code utgangen av mai 2025}, {@code 1. kvartal 2025}).
 */
final class Deadlines {

	private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("januar", 1), Map.entry("jan", 1),
			Map.entry("februar", 2), Map.entry("feb", 2), Map.entry("mars", 3), Map.entry("mar", 3),
			Map.entry("april", 4), Map.entry("apr", 4), Map.entry("mai", 5), Map.entry("juni", 6), Map.entry("jun", 6),
			Map.entry("juli", 7), Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8),
			Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oktober", 10),
			Map.entry("okt", 10), Map.entry("november", 11), Map.entry("nov", 11), Map.entry("desember", 12),
			Map.entry("des", 12));

	private static final Pattern DATE = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})(?!\\d)"
			+ "|(?<![\\d.])(\\d{1,2})\\.\\s*(\\p{L}+)\\.?(?:\\s+(\\d{4})(?!\\d))?",
			Pattern.UNICODE_CHARACTER_CLASS);

	private Deadlines() {
	}

	/** Every distinct date in {@code phrase}, in the order written; a date without a year falls in {@code year}. */
	static List<LocalDate> parse(String phrase, int year) {
		List<LocalDate> dates = new ArrayList<>();
		if (phrase == null) {
			return dates;
		}
		List<PeriodEnds.Found> found = new ArrayList<>(PeriodEnds.find(phrase, year));
		Matcher m = DATE.matcher(phrase);
		while (m.find()) {
			LocalDate date = m.group(1) != null ? numeric(m) : written(m, year);
			if (date != null) {
				found.add(new PeriodEnds.Found(m.start(), date));
			}
		}
		found.sort(Comparator.comparingInt(PeriodEnds.Found::start));
		for (PeriodEnds.Found f : found) {
			if (!dates.contains(f.date())) {
				dates.add(f.date());
			}
		}
		return dates;
	}

	private static LocalDate numeric(Matcher m) {
		int y = Integer.parseInt(m.group(3));
		return date(m.group(3).length() == 2 ? 2000 + y : y, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
	}

	private static LocalDate written(Matcher m, int year) {
		Integer month = MONTHS.get(m.group(5).toLowerCase(Locale.ROOT));
		if (month == null) {
			return null;
		}
		int y = m.group(6) != null ? Integer.parseInt(m.group(6)) : year;
		return date(y, month, Integer.parseInt(m.group(4)));
	}

	private static LocalDate date(int year, int month, int day) {
		try {
			return LocalDate.of(year, month, day);
		}
		catch (DateTimeException e) {
			return null;
		}
	}
}
