package no.hod.styringsregister.oppdrag;

import java.time.LocalDate;

/**
 * One deadline of an assignment (an assignment with several deadlines gives several), titled for the viewer.
 *
 * @param forventetDato the new expected date of a delayed assignment (Forsinket, or Videreført with the delay carried
 *        over), else {@code null}
 * @param viserUnntatt the title is content exempt from public disclosure shown to the viewer: a wholly exempt
 *        assignment's, read by a cleared viewer (a partly exempt one's title is public)
 * @param unntattOffentlighet the assignment or a part of it is exempt (offl. § 22), as
 *        {@link OppdragSummary#unntattOffentlighet()}
 * @param idOrden the assignment's place in the natural order of ids, to order deadlines of one day as the list does
 */
public record FristRef(LocalDate frist, String id, String nokkel, String tittel, long etatId, Long divisjonId,
		OppdragStatus status, String fristTekst, LocalDate forventetDato, boolean viserUnntatt,
		boolean unntattOffentlighet, IdOrden idOrden) {
}
