package no.hod.styringsregister.oppdrag.internal;

import java.time.LocalDate;

import no.hod.styringsregister.oppdrag.OppdragStatus;

/**
 * A requested change of status and/or note.
 *
 * @param status the new status; {@code null} or the current one to change only the note (a comment from a desk
 *        officer, the progress note from a lead or admin)
 * @param versjon the version the user saw; a newer one in the database is a conflict
 */
record StatusEndring(OppdragStatus status, String notat, LocalDate forventetDato, String grunn, Long versjon) {
}
