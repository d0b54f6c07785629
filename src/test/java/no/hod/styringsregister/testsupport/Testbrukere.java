package no.hod.styringsregister.testsupport;

import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.brukere.BrukerService.NyBruker;

/** Users for tests that share one database across runs and classes. */
public final class Testbrukere {

	private Testbrukere() {
	}

	/** Creates the user, unless an earlier test or run in the shared database already did. */
	public static void opprett(BrukerService brukere, NyBruker bruker) {
		try {
			brukere.create(bruker);
		}
		catch (IllegalArgumentException finnesAllerede) {
			// Kept as it is: the name is what the tests sign in with.
		}
	}
}
