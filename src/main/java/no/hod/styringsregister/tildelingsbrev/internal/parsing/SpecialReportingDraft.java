package no.hod.styringsregister.tildelingsbrev.internal.parsing;

import java.time.LocalDate;

/**
 * A row of Vedlegg III (særskilt rapportering).
 *
 * @param when the "when" cell as written ({@code "15. mai"}, {@code "Årlig"})
 * @param date the date when the row names one day, else {@code null}
 * @param frequency the recurrence when the row names one, else {@code null}
 */
public record SpecialReportingDraft(String when, LocalDate date, Frequency frequency, String subject, String comment) {

	public enum Frequency {
		YEARLY, TWICE_A_YEAR, THREE_TIMES_A_YEAR, FOUR_TIMES_A_YEAR, MONTHLY
	}
}
