package no.hod.styringsregister.web;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Norwegian formats for pages: {@code 15. mars 2025}, {@code 15.03.2025}, amounts {@code 1 222 348}. Used in
 * templates as {@code @formats}.
 */
@Component("formats")
public class Formats {

	public static final Locale NORSK = Locale.forLanguageTag("nb-NO");

	public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	/** The minus sign (U+2212) Norwegian typesetting writes before a negative amount, not the hyphen. */
	public static final char MINUS = '\u2212';

	/** 31.08.2025, as a Norwegian types a date where a browser offers a plain text field. */
	private static final DateTimeFormatter NORSK_DATO = DateTimeFormatter.ofPattern("d.M.uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", NORSK);

	private static final DateTimeFormatter MAANED = DateTimeFormatter.ofPattern("MMMM yyyy", NORSK);

	private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH:mm", NORSK);

	public String dato(LocalDate date) {
		return date == null ? "" : LONG_DATE.format(date);
	}

	/** {@code juni 2025}. */
	public static String maaned(YearMonth maaned) {
		return MAANED.format(maaned);
	}

	/** Every ISO date (2025-03-14) in a text written out (14. mars 2025); the rest as it is. */
	public String isoDatoer(String text) {
		return text == null ? "" : ISO_DATE.matcher(text).replaceAll(m -> {
			try {
				return Matcher.quoteReplacement(dato(LocalDate.parse(m.group())));
			}
			catch (DateTimeParseException ex) {
				return m.group();
			}
		});
	}

	public String tidspunkt(OffsetDateTime time) {
		return time == null ? "" : TIMESTAMP.format(time.atZoneSameInstant(OSLO));
	}

	/** {@code 7. desember 2026 kl. 17:30}, now in Oslo: when a page was made, for its printout. */
	public String naa() {
		return tidspunkt(OffsetDateTime.now(OSLO));
	}

	/**
	 * A date as a form sends it: {@code 2025-08-31} (a browser's date field) or {@code 31.08.2025} (typed where there
	 * is none); {@code null} for an empty field.
	 *
	 * @throws DateTimeParseException for anything else, a day that does not exist (31.02.2025) included
	 */
	public static LocalDate skjemadato(String tekst) {
		if (tekst == null || tekst.isBlank()) {
			return null;
		}
		String verdi = tekst.strip();
		try {
			return LocalDate.parse(verdi);
		}
		catch (DateTimeParseException ikkeIso) {
			return LocalDate.parse(verdi, NORSK_DATO);
		}
	}

	/** Thousands separated by a plain space, as the letters write them; negative with the minus sign (−). */
	public String belop(Number amount) {
		if (amount == null) {
			return "";
		}
		DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(NORSK);
		symbols.setGroupingSeparator(' ');
		symbols.setMinusSign(MINUS);
		return new DecimalFormat("#,##0", symbols).format(amount);
	}
}
