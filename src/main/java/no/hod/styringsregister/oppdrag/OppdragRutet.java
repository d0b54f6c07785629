package no.hod.styringsregister.oppdrag;

import java.time.OffsetDateTime;

/**
 * An assignment routed to a division, as a given viewer may see it (the title of a wholly exempt assignment is the
 * placeholder for a viewer without clearance; who routed it and between which divisions is public).
 *
 * @param id the assignment's shown id; use it in URLs
 * @param fraDivisjon the division it was routed from, by its name then; {@code null} when it was not routed before
 */
public record OppdragRutet(String id, String tittel, boolean tittelSkjult, OppdragStatus status, String fraDivisjon,
		String hvem, OffsetDateTime tidspunkt) {
}
