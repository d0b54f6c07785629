package no.hod.styringsregister.brukere.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.organisasjon.Divisjonsledere;

@Component
class DivisjonsledereFraBrukere implements Divisjonsledere {

	private final BrukerService brukere;

	DivisjonsledereFraBrukere(BrukerService brukere) {
		this.brukere = brukere;
	}

	@Override
	public List<String> navn(long divisjonId) {
		return brukere.ledernavn(divisjonId);
	}
}
