package no.hod.styringsregister.rapporter.internal;

/** A report asked for with parameters that make no sense; the message is for the user (bokmål). Answered with 400. */
class UgyldigRapport extends RuntimeException {

	UgyldigRapport(String melding) {
		super(melding);
	}
}
