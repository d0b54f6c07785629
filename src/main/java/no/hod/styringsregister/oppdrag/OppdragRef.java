package no.hod.styringsregister.oppdrag;

/** A link to an assignment, titled as the viewer may see it. */
public record OppdragRef(String id, String nokkel, int aar, String tittel, OppdragStatus status) {

	/** The word its page's address names it by (OppdragSider.adresse), for {@code @{/oppdrag/{id}(id=...)}}. */
	public String adresse() {
		return OppdragSider.adresse(id, nokkel);
	}
}
