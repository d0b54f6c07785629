package no.hod.styringsregister.tildelingsbrev.internal.parsing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the deadline of a 2020 assignment in its text. The 2020 letter rarely writes "Frist": most deadlines sit in
 * the running text as "innen 30. juni 2020", so both are read. Only phrases with a date or a period count; "frist
 * departementet kommer tilbake til" names no deadline.
 */
final class Letter2020Deadlines {

	record Found(String text, List<LocalDate> dates) {
	}

	private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("januar", 1),
			Map.entry("februar", 2), Map.entry("mars", 3), Map.entry("april", 4), Map.entry("mai", 5),
			Map.entry("juni", 6), Map.entry("juli", 7), Map.entry("august", 8), Map.entry("september", 9),
			Map.entry("oktober", 10), Map.entry("november", 11), Map.entry("desember", 12));

	private static final String MONTH = "(?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember)";
	/** "30. juni 2020", "1. mai" (year optional), "01.03.2020", "1.6.2020". */
	private static final String DATE = "(?:\\d{1,2}\\.\\s?" + MONTH + "(?:\\s+\\d{4})?|\\d{1,2}\\.\\d{1,2}\\.\\d{2,4})";
	/**
	 * A month, quarter, season or year without a day. A month with its year, a quarter or the end of one («desember
	 * 2020», «første kvartal 2020», «utgangen av mars 2020», «utgangen av året») gives its last day, as
	 * {@link PeriodEnds} reads it; the rest is kept as text and gives no date.
	 */
	private static final String PERIOD = "(?:(?:(?:utgangen av|slutten av|medio|primo|ultimo)\\s+)?(?:" + MONTH
			+ "(?:\\s+\\d{4})?|(?:første|andre|tredje|fjerde|[1-4]\\.)\\s+kvartal(?:\\s+\\d{4})?"
			+ "|(?:våren|sommeren|høsten|vinteren)(?:\\s+\\d{4})?|\\d{4})|(?:utgangen|slutten) av året)";
	private static final String NEXT_YEAR = "(?:\\s+påfølgende år)?";

	private static final Pattern INNEN = Pattern.compile(
			"\\b[Ii]nnen\\s+(?:" + DATE + "|" + PERIOD + ")" + NEXT_YEAR + "(?![\\p{L}\\d])",
			Pattern.UNICODE_CHARACTER_CLASS);
	/** "før dagens folkeregister avvikles 31.12.2021": only with a full date close by. */
	private static final Pattern FOER = Pattern.compile(
			"\\bfør\\s+(?:[^.,;:]{0,40}?\\s)?(?:\\d{1,2}\\.\\s?" + MONTH + "\\s+\\d{4}|\\d{1,2}\\.\\d{1,2}\\.\\d{4})",
			Pattern.UNICODE_CHARACTER_CLASS);
	/** "Frist: 30. juni 2020.", "med frist 14. oktober 2020", up to the end of the sentence. */
	private static final Pattern FRIST = Pattern.compile("\\b[Ff]rist(?:en)?\\b\\s*:?\\s*(.*?)(?=\\.\\s+[\\p{Lu}\"«]|\\.?$)",
			Pattern.UNICODE_CHARACTER_CLASS);
	private static final Pattern FRIST_LEAD = Pattern.compile("^(?:for (?:oppdraget|deloppdrag \\d+)\\s+)?(?:er|blir|settes til)\\s+");
	private static final Pattern HAS_TIME = Pattern.compile("(?:" + DATE + "|" + PERIOD + ")",
			Pattern.UNICODE_CHARACTER_CLASS);

	private static final Pattern WORD_DATE = Pattern.compile("(\\d{1,2})\\.\\s?(" + MONTH + ")(?:\\s+(\\d{4}))?");
	private static final Pattern NUMERIC_DATE = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})(?!\\d)");

	private Letter2020Deadlines() {
	}

	/**
	 * The deadline phrases of {@code text} ("Frist …", "innen …", "før … 31.12.2021") in text order, joined with
	 * "; ", and their dates. {@code null} when the text names none. {@code year} is the letter's budget year, used
	 * for dates without a year.
	 */
	static Found find(String text, int year) {
		List<int[]> spans = new ArrayList<>();
		List<String> phrases = new ArrayList<>();
		Matcher frist = FRIST.matcher(text);
		while (frist.find()) {
			String phrase = FRIST_LEAD.matcher(frist.group(1).trim()).replaceFirst("").trim();
			if (HAS_TIME.matcher(phrase).find()) {
				add(spans, phrases, frist.start(), frist.end(), phrase);
			}
		}
		for (Pattern pattern : List.of(INNEN, FOER)) {
			Matcher m = pattern.matcher(text);
			while (m.find()) {
				if (!overlaps(spans, m.start(), m.end())) {
					add(spans, phrases, m.start(), m.end(), m.group());
				}
			}
		}
		if (phrases.isEmpty()) {
			return null;
		}
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < spans.size(); i++) {
			order.add(i);
		}
		order.sort((a, b) -> Integer.compare(spans.get(a)[0], spans.get(b)[0]));
		List<String> sorted = new ArrayList<>();
		for (int i : order) {
			sorted.add(phrases.get(i));
		}
		String joined = String.join("; ", sorted);
		return new Found(joined, dates(sorted, year));
	}

	/**
	 * Every date with a day and a month in the phrases, and the last day of every period {@link PeriodEnds} reads,
	 * in order. A date without a year takes the year of the date before it in the same assignment, else the budget
	 * year; "påfølgende år" means the year after.
	 */
	static List<LocalDate> dates(List<String> phrases, int year) {
		List<LocalDate> dates = new ArrayList<>();
		Integer carried = null;
		for (String phrase : phrases) {
			boolean nextYear = phrase.toLowerCase(Locale.ROOT).contains("påfølgende år");
			List<int[]> found = new ArrayList<>();
			Matcher words = WORD_DATE.matcher(phrase);
			while (words.find()) {
				Integer y = words.group(3) == null ? null : Integer.valueOf(words.group(3));
				found.add(new int[] { words.start(), Integer.parseInt(words.group(1)),
						MONTHS.get(words.group(2)), y == null ? 0 : y });
			}
			Matcher numbers = NUMERIC_DATE.matcher(phrase);
			while (numbers.find()) {
				int y = Integer.parseInt(numbers.group(3));
				found.add(new int[] { numbers.start(), Integer.parseInt(numbers.group(1)),
						Integer.parseInt(numbers.group(2)), y < 100 ? 2000 + y : y });
			}
			for (PeriodEnds.Found end : PeriodEnds.find(phrase, year)) {
				LocalDate d = end.date();
				found.add(new int[] { end.start(), d.getDayOfMonth(), d.getMonthValue(), d.getYear() });
			}
			found.sort((a, b) -> Integer.compare(a[0], b[0]));
			for (int[] f : found) {
				int y = f[3] != 0 ? f[3] : nextYear ? year + 1 : carried != null ? carried : year;
				try {
					LocalDate date = LocalDate.of(y, f[2], f[1]);
					dates.add(date);
					carried = y;
				}
				catch (DateTimeException e) {
					// Not a real date ("31.02."): the phrase stays in the text for the reader.
				}
			}
		}
		return dates;
	}

	private static boolean overlaps(List<int[]> spans, int start, int end) {
		for (int[] span : spans) {
			if (start < span[1] && end > span[0]) {
				return true;
			}
		}
		return false;
	}

	private static void add(List<int[]> spans, List<String> phrases, int start, int end, String phrase) {
		spans.add(new int[] { start, end });
		phrases.add(phrase.trim());
	}
}
