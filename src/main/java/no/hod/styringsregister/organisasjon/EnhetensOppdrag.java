package no.hod.styringsregister.organisasjon;

import java.util.List;

/**
 * Implemented by the module that routes assignments, so a unit's page can list the assignments routed to it without
 * this module depending on that one. Implementations must apply the viewer's clearance (Offl. § 22) themselves.
 */
public interface EnhetensOppdrag {

	List<Oppdrag> rutetTil(long enhetId);

	/** One assignment as the unit page shows it: official id or key, title, status and a link to it. */
	record Oppdrag(String id, String tittel, String status, String lenke) {
	}
}
