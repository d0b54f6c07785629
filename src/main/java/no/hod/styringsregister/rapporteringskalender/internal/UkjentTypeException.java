package no.hod.styringsregister.rapporteringskalender.internal;

import no.hod.styringsregister.Sitert;

/**
 * A type filter that names no {@link Hendelse.Type}. The message names the codes, as the feed's address takes them;
 * the page and the API say it in their own words (the names the filter shows; the API's parameter).
 */
class UkjentTypeException extends IllegalArgumentException {

	private final String verdi;

	UkjentTypeException(String verdi) {
		super("Ukjent type " + Sitert.verdi(verdi) + ". Bruk KALENDER, SAERSKILT eller FRIST.");
		this.verdi = verdi;
	}

	String verdi() {
		return verdi;
	}
}
