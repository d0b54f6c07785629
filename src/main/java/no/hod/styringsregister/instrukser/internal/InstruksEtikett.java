package no.hod.styringsregister.instrukser.internal;

import org.springframework.stereotype.Component;

import no.hod.styringsregister.instrukser.InstruksVersjon;

/**
 * A version's name in lists where versions are chosen (the pages call {@code @instruksEtikett.av(v)}): title, issue
 * date and, where amended, the amendment date. Versions of one agency's instruction differ in at least one of these
 * (the unique index), so two amendments of the same instruction no longer read alike.
 */
@Component("instruksEtikett")
class InstruksEtikett {

	public String av(InstruksVersjon versjon) {
		StringBuilder etikett = new StringBuilder(versjon.tittel()).append(" (");
		etikett.append(versjon.fastsatt() == null ? "uten dato" : InstruksService.DATO.format(versjon.fastsatt()));
		if (versjon.endret() != null) {
			etikett.append(", endret ").append(InstruksService.DATO.format(versjon.endret()));
		}
		return etikett.append(')').toString();
	}
}
