package no.hod.styringsregister.oppdrag.internal;

/**
 * The year end refused: an assignment the admin ticked to end was changed after the confirm page showed it, so ending
 * it could overwrite what the admin never saw. The message names it, who changed it, when, and its status now.
 */
class EndretUnderveis extends RuntimeException {

	EndretUnderveis(String melding) {
		super(melding);
	}
}
