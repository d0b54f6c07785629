package no.hod.styringsregister.bevilgninger.internal;

import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.brukere.Rolle;

/**
 * The oppdrag read path judges what a viewer may see by clearance alone for these look-ups; this stands for "a
 * reader with (or without) clearance" where the port only knows that.
 */
final class Lesere {

	private Lesere() {
	}

	static CurrentUser med(boolean klarert) {
		return new CurrentUser(0, "bevilgninger", "Bevilgninger", Rolle.HOD_SAKSBEHANDLER, null, klarert);
	}
}
