package no.hod.styringsregister.oppdrag.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.hod.styringsregister.web.Formats;

/**
 * Whether the letter's wording of a deadline says more than the register's dates: «Løpende», «innen utgangen av juni»,
 * a remark beside the date. «31.mai 2025» beside 31. mai 2025 says the same in another format, and is not shown again.
 */
final class Fristtekst {

	/** {@code 31.05.2025}, {@code 1.4.25}, {@code 31. mai 2025}, {@code 31.mai}: the dates the import reads. */
	private static final Pattern DATO = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})(?!\\d)"
			+ "|(?<![\\d.])(\\d{1,2})\\.\\s*(\\p{L}+)\\.?(?:\\s+(\\d{4})(?!\\d))?", Pattern.UNICODE_CHARACTER_CLASS);

	/** What is left of a phrase of dates alone: the words that join and introduce them, and punctuation. */
	private static final Pattern BINDEORD = Pattern.compile("(?iU)[\\s\\p{P}]|\\b(?:og|innen|senest|frist|fristen)\\b");

	private static final Map<String, Month> MAANEDER = new HashMap<>();

	static {
		for (Month m : Month.values()) {
			String navn = m.getDisplayName(TextStyle.FULL_STANDALONE, Formats.NORSK).toLowerCase(Locale.ROOT);
			MAANEDER.put(navn, m);
			MAANEDER.put(navn.substring(0, 3), m);
		}
		MAANEDER.put("sept", Month.SEPTEMBER);
	}

	private Fristtekst() {
	}

	/**
	 * The letter's wording, or {@code null} when it names nothing but the dates the register shows (or there is none).
	 */
	static String utover(String tekst, List<LocalDate> frister) {
		if (tekst == null || tekst.isBlank()) {
			return null;
		}
		if (frister.isEmpty()) {
			return tekst;
		}
		Matcher m = DATO.matcher(tekst);
		StringBuilder rest = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(rest, blantFristene(m, frister) ? " " : Matcher.quoteReplacement(m.group()));
		}
		m.appendTail(rest);
		return BINDEORD.matcher(rest).replaceAll("").isEmpty() ? null : tekst;
	}

	/** Whether the date found is one of the register's: with its year, or on a deadline's day when it has none. */
	private static boolean blantFristene(Matcher m, List<LocalDate> frister) {
		try {
			if (m.group(1) != null) {
				int aar = Integer.parseInt(m.group(3));
				return frister.contains(LocalDate.of(m.group(3).length() == 2 ? 2000 + aar : aar,
						Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
			}
			Month maaned = MAANEDER.get(m.group(5).toLowerCase(Locale.ROOT));
			if (maaned == null) {
				return false;
			}
			int dag = Integer.parseInt(m.group(4));
			if (m.group(6) != null) {
				return frister.contains(LocalDate.of(Integer.parseInt(m.group(6)), maaned, dag));
			}
			MonthDay dagen = MonthDay.of(maaned, dag);
			return frister.stream().anyMatch(f -> MonthDay.from(f).equals(dagen));
		}
		catch (DateTimeException ex) {
			return false;
		}
	}
}
