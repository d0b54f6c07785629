package no.hod.styringsregister.organisasjon;

import java.util.List;

/**
 * Implemented by the module that routes assignments, so a unit's page can list the assignments routed to it without
 * this module depending on that one. Implementations must apply the viewer's clearance (Offl. § 22) themselves.
 */
public interface EnhetensOppdrag {

	/** The assignments routed to the unit: to the division, or to the department within its division. */
	Utvalg rutetTil(Enhet enhet);

	/**
	 * The first of a unit's assignments, as many as one page shows, and how many there are, so a page that cannot
	 * show them all says so and links to the rest.
	 *
	 * @param antall how many the viewer may see in all
	 * @param alle the address of the assignment list filtered to the unit
	 */
	record Utvalg(List<Oppdrag> oppdrag, long antall, String alle) {
	}

	/**
	 * One assignment as the unit page shows it: official id or key, title, status and a link to it.
	 *
	 * @param merketUnntatt the assignment is exempt wholly or in part (offl. § 22) and the viewer cleared: the page
	 *     marks it as the assignment list does (an uncleared viewer gets no mark)
	 */
	record Oppdrag(String id, String tittel, String status, String lenke, boolean merketUnntatt) {
	}
}
