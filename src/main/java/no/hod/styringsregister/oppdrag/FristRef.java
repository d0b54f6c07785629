package no.hod.styringsregister.oppdrag;

import java.time.LocalDate;

/**
 * One deadline of an assignment (an assignment with several deadlines gives several), titled for the viewer.
 *
 * @param forventetDato the new expected date of a delayed assignment (Forsinket, or Videreført with the delay carried
 *        over), else {@code null}
 */
public record FristRef(LocalDate frist, String id, String nokkel, String tittel, long etatId, Long divisjonId,
		OppdragStatus status, String fristTekst, LocalDate forventetDato) {
}
