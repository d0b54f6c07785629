package no.hod.styringsregister.oppdrag.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import no.hod.styringsregister.Sitert;
import no.hod.styringsregister.oppdrag.OppdragStatus;
import no.hod.styringsregister.web.Formats;

/**
 * A requested change of status and/or note.
 *
 * @param status the new status; {@code null} or the current one to change only the note (a comment from a desk
 *        officer, the progress note from a lead or admin)
 * @param notat a lead's or admin's progress note: {@code null} leaves it as it is, an empty or blank text clears it;
 *        a desk officer's comment: empty or {@code null} is none
 * @param forventetDato a new expected date; {@code null} keeps the saved one while the assignment stays Forsinket
 *        (as a left-out reason does), unless {@code forhandsutfylt}
 * @param versjon the version the user saw; a newer one in the database is a conflict
 * @param forhandsutfylt the page's form, whose fields come filled with what is saved: there an empty date field was
 *        emptied, not left out, and the saved date sent back beside another status is the field as it came, not a
 *        date chosen for it (from the API or another module, a date sent is a date meant)
 */
record StatusEndring(OppdragStatus status, String notat, LocalDate forventetDato, String grunn, Long versjon,
		boolean forhandsutfylt) {

	/** A change as the API and other modules send it: what is left out stays, what is sent is meant. */
	StatusEndring(OppdragStatus status, String notat, LocalDate forventetDato, String grunn, Long versjon) {
		this(status, notat, forventetDato, grunn, versjon, false);
	}

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

	/** What was sent, short and without control characters (bidirectional ones too), to name it in the message. */
	private static String gjengitt(String verdi) {
		String synlig = Sitert.utenRetningstegn(verdi).replaceAll("\\p{Cntrl}", "");
		return synlig.length() > 20 ? synlig.substring(0, 20) + "…" : synlig;
	}
}
