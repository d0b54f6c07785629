package no.hod.styringsregister.oppdrag;

import java.time.OffsetDateTime;

/**
 * A delivery waiting for the ministry's acceptance.
 *
 * @param levert when it was set to Levert the last time (for a status set outside the workflow, its last change)
 */
public record OppdragLevert(OppdragSummary oppdrag, OffsetDateTime levert) {
}
