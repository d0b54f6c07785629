package no.hod.styringsregister.organisasjon.internal;

import java.util.List;

import no.hod.styringsregister.organisasjon.Enhet;

/** A unit with everything its page and the API show about it. */
record EnhetDetaljer(Enhet enhet, String beskrivelse, List<String> oppgaver, String malgrupper,
		String samarbeidspartnere) {
}
