package no.hod.styringsregister.oppdrag.internal;

/**
 * A change that asks for nothing new: every value sent is the one saved. Refused like any other (the API answers 400,
 * so a script knows nothing was saved), but the page's form says it as information: nothing went wrong.
 */
class IngenEndring extends Avvist {

	static final String MELDING = "Ingen endring å lagre: alt var som før.";

	IngenEndring() {
		super(MELDING);
	}
}
