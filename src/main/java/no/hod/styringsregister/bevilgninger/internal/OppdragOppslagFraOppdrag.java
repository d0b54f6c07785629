package no.hod.styringsregister.bevilgninger.internal;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import no.hod.styringsregister.oppdrag.OppdragQueries;
import no.hod.styringsregister.oppdrag.OppdragRef;

/**
 * The assignments citing a budget line or named in its comment (by id or by title), through the oppdrag module's clearance-aware read
 * path.
 */
@Component
class OppdragOppslagFraOppdrag implements OppdragOppslag {

	private final OppdragQueries oppdrag;

	OppdragOppslagFraOppdrag(OppdragQueries oppdrag) {
		this.oppdrag = oppdrag;
	}

	@Override
	public List<Tittelnevninger.Tittel> oppdragSomViserTil(int aar, long etatId, int kapittel, int post,
			boolean klarert) {
		return titler(oppdrag.citing(aar, etatId, kapittel, post, Lesere.med(klarert)));
	}

	@Override
	public List<Tittelnevninger.Tittel> oppdragMedIder(int aar, long etatId, Set<String> ider, boolean klarert) {
		return titler(oppdrag.named(aar, etatId, ider, Lesere.med(klarert)));
	}

	@Override
	public List<Tittelnevninger.Tittel> titler(int aar, long etatId, boolean klarert) {
		return titler(oppdrag.titled(aar, etatId, Lesere.med(klarert)));
	}

	/** The read path's titles, the placeholder where the viewer may not see one. */
	private static List<Tittelnevninger.Tittel> titler(List<OppdragRef> refs) {
		return refs.stream().map(o -> new Tittelnevninger.Tittel(o.id(), o.tittel(), o.adresse())).toList();
	}
}
