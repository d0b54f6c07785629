package no.hod.styringsregister.oppdrag.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import no.hod.styringsregister.oppdrag.OppdragStatus;
import no.hod.styringsregister.web.Formats;

/**
 * A requested change of status and/or note.
 *
 * @param status the new status; {@code null} or the current one to change only the note (a comment from a desk
 *        officer, the progress note from a lead or admin)
 * @param notat a lead's or admin's progress note: {@code null} leaves it as it is, an empty or blank text clears it;
 *        a desk officer's comment: empty or {@code null} is none
 * @param versjon the version the user saw; a newer one in the database is a conflict
 */
record StatusEndring(OppdragStatus status, String notat, LocalDate forventetDato, String grunn, Long versjon) {

	/**
	 * The expected date as the form sent it: {@code 2026-12-31} (a browser's date field) or {@code 31.12.2026} (typed
	 * where there is none); empty is none. A date that does not exist (31 February) is refused, naming what was sent.
	 */
	static LocalDate dato(String tekst) {
		try {
			return Formats.skjemadato(tekst);
		}
		catch (DateTimeParseException ugyldig) {
			throw new Avvist("«" + gjengitt(tekst.strip()) + "» er ikke en gyldig dato. Skriv ny forventet dato som "
					+ "31.12.2026 eller 2026-12-31.", "forventetDato");
		}
	}

	/** What was sent, short and without control characters, to name it in the message. */
	private static String gjengitt(String verdi) {
		String synlig = verdi.replaceAll("\\p{Cntrl}", "");
		return synlig.length() > 20 ? synlig.substring(0, 20) + "…" : synlig;
	}
}
