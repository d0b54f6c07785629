package no.hod.styringsregister.oppdrag.internal;

/** Someone saved the assignment after the user read it; carries the current state as the user may see it. */
class Konflikt extends RuntimeException {

	private final transient OppdragDetalj gjeldende;

	/** {@code melding} says, in the user's words, who changed it, when, and the status now. */
	Konflikt(String melding, OppdragDetalj gjeldende) {
		super(melding);
		this.gjeldende = gjeldende;
	}

	OppdragDetalj gjeldende() {
		return gjeldende;
	}
}
