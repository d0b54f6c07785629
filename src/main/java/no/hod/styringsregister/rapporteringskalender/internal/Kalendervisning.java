package no.hod.styringsregister.rapporteringskalender.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

import no.hod.styringsregister.Kalendersider;
import no.hod.styringsregister.Sitert;
import no.hod.styringsregister.web.Formats;

/**
 * Which part of the timeline the page shows, and its exports hold: the next 30 or 90 days, a month, or the overdue
 * deadlines. Read from the page's parameters, with the page's messages for bad values.
 *
 * @param navn {@code kommende}, {@code maned} or {@code forfalt}
 * @param dager for {@code kommende}: 30 or 90
 * @param maaned for {@code maned}: the month; else {@code null}
 */
record Kalendervisning(String navn, int dager, YearMonth maaned) {

	/**
	 * @param visning {@code null} or blank: the month view when a month is given (a bookmarked month stays that
	 *     month), else the next {@code dager} days
	 */
	static Kalendervisning les(String visning, int dager, String maned, LocalDate iDag) {
		String navn = !KalenderParametre.blank(visning) ? visning : KalenderParametre.blank(maned) ? "kommende" : "maned";
		return switch (navn) {
			case "kommende" -> {
				if (dager != 30 && dager != 90) {
					throw new IllegalArgumentException("Velg 30 eller 90 dager.");
				}
				yield new Kalendervisning(navn, dager, null);
			}
			case "maned" -> new Kalendervisning(navn, dager, maaned(maned, iDag));
			case "forfalt" -> new Kalendervisning(navn, dager, null);
			default -> throw new IllegalArgumentException("Ukjent visning " + Sitert.verdi(visning) + ".");
		};
	}

	/** For {@code kommende}: today is the first of the {@code dager} days, so the last is {@code dager - 1} days on. */
	LocalDate sisteDag(LocalDate iDag) {
		return sisteDag(iDag, dager);
	}

	/** The last of {@code dager} days from {@code forste} on, both included: what «Neste 90 dager» means. */
	static LocalDate sisteDag(LocalDate forste, int dager) {
		return forste.plusDays(dager - 1);
	}

	private static YearMonth maaned(String maned, LocalDate iDag) {
		if (KalenderParametre.blank(maned)) {
			return YearMonth.from(iDag);
		}
		YearMonth maaned = lesMaaned(maned.strip());
		if (maaned == null) {
			throw new IllegalArgumentException("Måneden må skrives som april 2025, ikke " + Sitert.verdi(maned) + ".");
		}
		if (!Kalendersider.gyldig(maaned)) {
			throw new IllegalArgumentException("Velg en måned fra januar " + Kalendersider.FORSTE_AAR + " til desember "
					+ Kalendersider.SISTE_AAR + ", ikke " + Sitert.verdi(maned) + ".");
		}
		return maaned;
	}

	/**
	 * The month picker sends 2025-04; a month typed by hand (a browser without the picker, or an edited address) is
	 * more often written 04.2025 or april 2025.
	 *
	 * @return {@code null} when the text is none of these
	 */
	static YearMonth lesMaaned(String tekst) {
		for (DateTimeFormatter format : MAANEDSFORMATER) {
			try {
				return YearMonth.parse(tekst, format);
			}
			catch (DateTimeParseException ikkeDenne) {
				// The next form, then.
			}
		}
		return null;
	}

	private static final List<DateTimeFormatter> MAANEDSFORMATER = List.of(
			DateTimeFormatter.ofPattern("uuuu-MM").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("M.uuuu").withResolverStyle(ResolverStyle.STRICT),
			new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("MMMM uuuu").toFormatter(Formats.NORSK)
				.withResolverStyle(ResolverStyle.STRICT));
}
