package no.hod.styringsregister.organisasjon.internal;

import java.util.List;

import no.hod.styringsregister.organisasjon.Enhet;

/**
 * A unit with everything its page and the API show about it.
 *
 * @param versjon counts the unit's changes, so that a form opened before the last one is known as stale
 */
record EnhetDetaljer(Enhet enhet, String beskrivelse, List<String> oppgaver, String malgrupper,
		String samarbeidspartnere, long versjon) {

	/** The fields the unit form shows and saves. */
	OrganisasjonRepository.Felter felter() {
		return new OrganisasjonRepository.Felter(enhet.navn(), enhet.leder(), enhet.lederTittel(), beskrivelse,
				oppgaver, malgrupper, samarbeidspartnere);
	}
}
