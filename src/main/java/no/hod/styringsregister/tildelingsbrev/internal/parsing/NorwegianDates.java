package no.hod.styringsregister.tildelingsbrev.internal.parsing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as the letters write them: {@code 15. mars}, {@code 31. jan.}, {@code 07. nov.}, {@code 1.juni},
 * {@code 15.03.2025}, {@code 15.4}. Where no year is written the letter's year applies.
 */
final class NorwegianDates {

	private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("januar", 1),
			Map.entry("feb", 2), Map.entry("februar", 2), Map.entry("mar", 3), Map.entry("mars", 3),
			Map.entry("apr", 4), Map.entry("april", 4), Map.entry("mai", 5), Map.entry("jun", 6),
			Map.entry("juni", 6), Map.entry("jul", 7), Map.entry("juli", 7), Map.entry("aug", 8),
			Map.entry("august", 8), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("september", 9),
			Map.entry("okt", 10), Map.entry("oktober", 10), Map.entry("nov", 11), Map.entry("november", 11),
			Map.entry("des", 12), Map.entry("desember", 12));

	/** A day and a month name at the start of the text, the month maybe abbreviated, maybe a year after it. */
	private static final Pattern NAMED = Pattern.compile("^(\\d{1,2})\\.\\s?(januar|jan|februar|feb|mars|mar|april|apr"
			+ "|mai|juni|jun|juli|jul|august|aug|september|sept|sep|oktober|okt|november|nov|desember|des)\\.?"
			+ "(?:\\s+(\\d{4})(?![\\d.,]))?(?=$|[\\s,:;)/])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** {@code 15.03.2025}, {@code 15.03.25}, {@code 15.3} and {@code 31.12} at the start of the text. */
	private static final Pattern NUMERIC = Pattern.compile("^(\\d{1,2})\\.(\\d{1,2})(?:\\.(\\d{4}|\\d{2}))?\\.?(?=$|[\\s,:;)/])");

	private NorwegianDates() {
	}

	/** A date found at the start of a text, and the text after it (trimmed). */
	record Leading(LocalDate date, String written, String rest) {
	}

	/** Parses a whole text as one date; {@code null} when it is not one. */
	static LocalDate parse(String text, int year) {
		Leading leading = leading(text, year);
		return leading != null && leading.rest().isEmpty() ? leading.date() : null;
	}

	/** The date the text starts with, or {@code null}. */
	static Leading leading(String text, int year) {
		return find(text, year);
	}

	/**
	 * The date the text starts with where it writes its own year, or {@code null}: for a date typed into a form,
	 * where no letter's year may be guessed.
	 */
	static Leading leadingWithYear(String text) {
		return find(text, null);
	}

	/** As {@link #leading}; with {@code year} null, a date without a year of its own is none. */
	private static Leading find(String text, Integer year) {
		if (text == null) {
			return null;
		}
		String line = text.strip();
		Matcher named = NAMED.matcher(line);
		if (named.find()) {
			if (named.group(3) == null && year == null) {
				return null;
			}
			int month = MONTHS.get(named.group(2).toLowerCase(Locale.ROOT));
			int actualYear = named.group(3) == null ? year : Integer.parseInt(named.group(3));
			return build(actualYear, month, named.group(1), line, named.end());
		}
		Matcher numeric = NUMERIC.matcher(line);
		if (numeric.find()) {
			String written = numeric.group(3);
			if (written == null && year == null) {
				return null;
			}
			int actualYear = written == null ? year : Integer.parseInt(written) + (written.length() == 2 ? 2000 : 0);
			return build(actualYear, Integer.parseInt(numeric.group(2)), numeric.group(1), line, numeric.end());
		}
		return null;
	}

	private static Leading build(int year, int month, String day, String line, int end) {
		try {
			LocalDate date = LocalDate.of(year, month, Integer.parseInt(day));
			return new Leading(date, line.substring(0, end).strip(), line.substring(end).strip());
		} catch (DateTimeException e) {
			return null;
		}
	}
}
