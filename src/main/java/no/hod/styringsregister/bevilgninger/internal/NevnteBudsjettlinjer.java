package no.hod.styringsregister.bevilgninger.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.oppdrag.BudsjettlinjerSomNevner;
import no.hod.styringsregister.oppdrag.OppdragSummary;

/** The assignment page's budget lines whose comment names it, read as the appropriations page reads the comments. */
@Component
class NevnteBudsjettlinjer implements BudsjettlinjerSomNevner {

	private final BevilgningTjeneste tjeneste;

	NevnteBudsjettlinjer(BevilgningTjeneste tjeneste) {
		this.tjeneste = tjeneste;
	}

	@Override
	public List<Linje> nevner(OppdragSummary oppdrag, CurrentUser viewer) {
		return tjeneste.nevner(oppdrag, viewer);
	}
}
