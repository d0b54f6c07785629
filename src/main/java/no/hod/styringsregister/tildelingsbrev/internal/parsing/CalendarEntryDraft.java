package no.hod.styringsregister.tildelingsbrev.internal.parsing;

import java.time.LocalDate;

/**
 * A row of Vedlegg I (styrings- og rapporteringskalender), or a dated budget/reporting deadline of the 2020 layout.
 *
 * @param time as written, normalised to {@code HH:mm} or {@code HH:mm-HH:mm}; {@code null} when none is given
 */
public record CalendarEntryDraft(LocalDate date, String time, String activity, String note) {
}
