package no.hod.styringsregister.oppdrag;

import java.time.OffsetDateTime;

/**
 * An assignment routed away from a division, as a given viewer may see it (the title of a wholly exempt assignment is
 * the placeholder for a viewer without clearance; who routed it and where to is public).
 *
 * @param id the assignment's shown id; link by {@link #adresse()}, which an id with a slash cannot be
 * @param nokkel the assignment's register key, for the address
 * @param tilDivisjon the division it was moved to, by its name then; {@code null} when the routing was removed
 */
public record OppdragFlyttet(String id, String nokkel, String tittel, boolean tittelSkjult, String tilDivisjon, String hvem,
		OffsetDateTime tidspunkt) {

	/** The word its page's address names it by (OppdragSider.adresse), for {@code @{/oppdrag/{id}(id=...)}}. */
	public String adresse() {
		return OppdragSider.adresse(id, nokkel);
	}
}
