package no.hod.styringsregister.oppdrag;

import java.time.OffsetDateTime;

/**
 * An assignment routed to a division, as a given viewer may see it (the title of a wholly exempt assignment is the
 * placeholder for a viewer without clearance; who routed it and between which divisions is public).
 *
 * @param id the assignment's shown id; link by {@link #adresse()}, which an id with a slash cannot be
 * @param nokkel the assignment's register key, for the address
 * @param fraDivisjon the division it was routed from, by its name then; {@code null} when it was not routed before
 */
public record OppdragRutet(String id, String nokkel, String tittel, boolean tittelSkjult, OppdragStatus status, String fraDivisjon,
		String hvem, OffsetDateTime tidspunkt) {

	/** The word its page's address names it by (OppdragSider.adresse), for {@code @{/oppdrag/{id}(id=...)}}. */
	public String adresse() {
		return OppdragSider.adresse(id, nokkel);
	}
}
