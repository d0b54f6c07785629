package no.hod.styringsregister.tildelingsbrev.internal.parsing;

import java.time.LocalDate;

import no.hod.styringsregister.tildelingsbrev.internal.parsing.CalendarEntryDraft.Source;

/**
 * A row of Vedlegg III (særskilt rapportering), or a report the 2020 layout's text asks for by a date.
 *
 * @param when the "when" cell as written ({@code "15. mai"}, {@code "Årlig"})
 * @param date the date when the row names one day, else {@code null}
 * @param frequency the recurrence when the row names one, else {@code null}
 * @param source where the row was read; a draft stored before it was recorded reads as {@link Source#APPENDIX}
 */
public record SpecialReportingDraft(String when, LocalDate date, Frequency frequency, String subject, String comment,
		Source source) {

	public SpecialReportingDraft {
		source = source == null ? Source.APPENDIX : source;
	}

	/** A row of Vedlegg III. */
	public SpecialReportingDraft(String when, LocalDate date, Frequency frequency, String subject, String comment) {
		this(when, date, frequency, subject, comment, Source.APPENDIX);
	}

	public enum Frequency {
		YEARLY, TWICE_A_YEAR, THREE_TIMES_A_YEAR, FOUR_TIMES_A_YEAR, MONTHLY
	}
}
