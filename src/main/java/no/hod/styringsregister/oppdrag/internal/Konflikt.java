package no.hod.styringsregister.oppdrag.internal;

import java.util.List;
import java.util.Set;

/**
 * Someone saved the assignment after the user read it; carries the current state as the user may see it, the form's
 * fields the user left as they were loaded ({@link #uendret()}: shown again with what is saved now) and those the user
 * changed that were changed since as well ({@link #felt()}: the page marks them).
 */
class Konflikt extends RuntimeException {

	private final transient OppdragDetalj gjeldende;

	private final transient Set<String> uendret;

	private final transient List<String> felt;

	/** {@code melding} says, in the user's words, who changed it, when, and the status now. */
	Konflikt(String melding, OppdragDetalj gjeldende, Set<String> uendret, List<String> felt) {
		super(melding);
		this.gjeldende = gjeldende;
		this.uendret = Set.copyOf(uendret);
		this.felt = List.copyOf(felt);
	}

	OppdragDetalj gjeldende() {
		return gjeldende;
	}

	Set<String> uendret() {
		return uendret;
	}

	List<String> felt() {
		return felt;
	}
}
