package no.hod.styringsregister.oppdrag.internal;

/** A change that breaks a workflow rule or lacks a required field; the message is for the user. */
class Avvist extends RuntimeException {

	Avvist(String melding) {
		super(melding);
	}
}
