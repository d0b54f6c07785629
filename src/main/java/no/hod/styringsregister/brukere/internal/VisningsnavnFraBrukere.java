package no.hod.styringsregister.brukere.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.hod.styringsregister.organisasjon.Visningsnavn;

@Component
class VisningsnavnFraBrukere implements Visningsnavn {

	private final BrukerRepository brukere;

	VisningsnavnFraBrukere(BrukerRepository brukere) {
		this.brukere = brukere;
	}

	@Override
	@Transactional(readOnly = true)
	public String av(String brukernavn) {
		return brukere.findByBrukernavnIgnoreCase(brukernavn).map(BrukerEntity::getNavn).orElse(brukernavn);
	}
}
