package no.hod.styringsregister.oppdrag;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One assignment as a given viewer may see it: for a viewer without clearance, the title of a wholly exempt
 * assignment is already replaced by {@link OppdragQueries#UNNTATT}.
 *
 * @param id the official id where it is unique, else the register key; use it in URLs
 * @param tittelSkjult the title is the placeholder
 * @param unntattOffentlighet the assignment or a part of it is exempt (offl. § 22)
 */
public record OppdragSummary(String id, String nokkel, String offisiellId, int aar, long etatId, String etat,
		String seksjon, String seksjonTittel, List<String> hodAvdelinger, String tittel, boolean tittelSkjult,
		OppdragStatus status, List<LocalDate> frister, String fristTekst, LocalDate forventetDato, Long divisjonId,
		String divisjon, Long avdelingId, String avdeling, boolean unntattOffentlighet, Long brevId,
		OffsetDateTime endret, long versjon) {

	/** The word its page's address names it by (OppdragSider.adresse), for {@code @{/oppdrag/{id}(id=...)}}. */
	public String adresse() {
		return OppdragSider.adresse(id, nokkel);
	}
}
