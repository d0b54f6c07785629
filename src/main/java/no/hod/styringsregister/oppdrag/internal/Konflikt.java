package no.hod.styringsregister.oppdrag.internal;

/** Someone saved the assignment after the user read it; carries the current state as the user may see it. */
class Konflikt extends RuntimeException {

	private final transient OppdragDetalj gjeldende;

	Konflikt(OppdragDetalj gjeldende) {
		super("Oppdraget er endret av noen andre siden du åpnet det (nå versjon " + gjeldende.oppdrag().versjon()
				+ ", status " + gjeldende.oppdrag().status() + "). Se den nye versjonen og prøv igjen.");
		this.gjeldende = gjeldende;
	}

	OppdragDetalj gjeldende() {
		return gjeldende;
	}
}
