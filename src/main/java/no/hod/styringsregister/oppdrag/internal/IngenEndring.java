package no.hod.styringsregister.oppdrag.internal;

/**
 * A change that asks for nothing new: every value sent is the one saved, or nothing was filled in. Refused like any
 * other (the API answers 400, so a script knows nothing was saved), but the pages' forms say it as information, with
 * what they were sent kept: nothing went wrong, and the data has no fault to mark.
 */
class IngenEndring extends Avvist {

	static final String MELDING = "Ingen endring å lagre: alt var som før.";

	IngenEndring() {
		this(MELDING);
	}

	/** {@code melding} says what was missing, for a form sent with nothing filled in. */
	IngenEndring(String melding) {
		super(melding);
	}
}
