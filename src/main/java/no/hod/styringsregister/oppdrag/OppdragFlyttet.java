package no.hod.styringsregister.oppdrag;

import java.time.OffsetDateTime;

/**
 * An assignment routed away from a division, as a given viewer may see it (the title of a wholly exempt assignment is
 * the placeholder for a viewer without clearance; who routed it and where to is public).
 *
 * @param id the assignment's shown id; use it in URLs
 * @param tilDivisjon the division it was moved to, by its name then; {@code null} when the routing was removed
 */
public record OppdragFlyttet(String id, String tittel, boolean tittelSkjult, String tilDivisjon, String hvem,
		OffsetDateTime tidspunkt) {
}
