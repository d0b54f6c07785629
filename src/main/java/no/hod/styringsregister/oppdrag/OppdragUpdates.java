package no.hod.styringsregister.oppdrag;

import java.time.LocalDate;
import java.util.List;

import no.hod.styringsregister.brukere.CurrentUser;

/**
 * Changing assignments from other modules (the demo data), by the same rules as the pages: only admins route, a
 * division lead changes the status of the division's own assignments, a desk officer accepts or returns a delivery.
 * A refused change throws, as on the pages.
 */
public interface OppdragUpdates {

	/** Routes assignments (by shown id) to a division and optionally one of its departments; answers how many moved. */
	int route(List<String> ids, long divisjonId, Long avdelingId, CurrentUser user);

	/**
	 * Changes an assignment's status from the state it has now, with a note. {@code expectedDate} and {@code reason}
	 * are for Forsinket (both) and Utgår (the reason); otherwise {@code null}.
	 */
	void changeStatus(String id, OppdragStatus status, String note, LocalDate expectedDate, String reason,
			CurrentUser user);
}
