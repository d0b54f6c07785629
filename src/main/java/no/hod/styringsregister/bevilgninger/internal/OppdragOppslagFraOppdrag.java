package no.hod.styringsregister.bevilgninger.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import no.hod.styringsregister.oppdrag.OppdragQueries;
import no.hod.styringsregister.oppdrag.OppdragRef;

/** The assignments citing a budget line, through the oppdrag module's clearance-aware read path. */
@Component
class OppdragOppslagFraOppdrag implements OppdragOppslag {

	private final OppdragQueries oppdrag;

	OppdragOppslagFraOppdrag(OppdragQueries oppdrag) {
		this.oppdrag = oppdrag;
	}

	@Override
	public List<String> oppdragSomViserTil(int aar, long etatId, int kapittel, int post, boolean klarert) {
		return oppdrag.citing(aar, etatId, kapittel, post, Lesere.med(klarert)).stream().map(OppdragRef::id).toList();
	}
}
