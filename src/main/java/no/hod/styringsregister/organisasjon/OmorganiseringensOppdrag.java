package no.hod.styringsregister.organisasjon;

import java.util.List;

/**
 * Implemented by the module that routes assignments, so that the pages which change the organisation can say what a
 * change does to the assignments routed to a unit before the admin confirms it, without this module depending on
 * that one. Implementations apply the viewer's clearance (Offl. § 22) themselves.
 */
public interface OmorganiseringensOppdrag {

	/**
	 * What moving the department to another division takes along: every assignment routed to it follows it (see
	 * {@link AvdelingFlyttet}).
	 *
	 * @param tilDivisjonId the division it moves to; {@code null} for one the same import adds
	 */
	Flytting vedFlytting(Enhet avdeling, Long tilDivisjonId);

	/**
	 * How many assignments are routed to the department: those that follow it if it moves. The same for every
	 * viewer, and asked without one (routing is no exempt content).
	 */
	long antallRutetTil(Enhet avdeling);

	/**
	 * The assignments routed to the unit that are not finished or cancelled: deactivating the unit leaves them where
	 * they are.
	 */
	EnhetensOppdrag.Utvalg uavsluttede(Enhet enhet);

	/**
	 * @param oppdrag the assignments that follow the department
	 * @param fraLedere the active division leads of the division it leaves, by name: they have them now
	 * @param tilLedere those of the division it moves to: they will have them
	 * @param ulesbare the wholly exempt ones among them when the new division has leads and none is cleared: its leads
	 * will not be able to read them
	 */
	record Flytting(EnhetensOppdrag.Utvalg oppdrag, List<String> fraLedere, List<String> tilLedere,
			List<String> ulesbare) {
	}
}
