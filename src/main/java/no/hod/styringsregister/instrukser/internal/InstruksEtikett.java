package no.hod.styringsregister.instrukser.internal;

import org.springframework.stereotype.Component;

import no.hod.styringsregister.instrukser.InstruksVersjon;

/** A version's name in lists where versions are chosen (the pages call {@code @instruksEtikett.av(v)}). */
@Component("instruksEtikett")
class InstruksEtikett {

	public String av(InstruksVersjon versjon) {
		return versjon.etikett();
	}
}
