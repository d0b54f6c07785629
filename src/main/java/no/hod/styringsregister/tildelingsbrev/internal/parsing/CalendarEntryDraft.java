package no.hod.styringsregister.tildelingsbrev.internal.parsing;

import java.time.LocalDate;

/**
 * A row of Vedlegg I (styrings- og rapporteringskalender), or a date the letter's own text sets: a report its
 * chapters ask for (2025 layout), a budget or reporting deadline (2020 layout).
 *
 * @param time as written, normalised to {@code HH:mm} or {@code HH:mm-HH:mm}; {@code null} when none is given
 * @param source where the entry was read; a draft stored before it was recorded reads as {@link Source#APPENDIX}
 */
public record CalendarEntryDraft(LocalDate date, String time, String activity, String note, Source source) {

	public CalendarEntryDraft {
		source = source == null ? Source.APPENDIX : source;
	}

	/** A row of Vedlegg I. */
	public CalendarEntryDraft(LocalDate date, String time, String activity, String note) {
		this(date, time, activity, note, Source.APPENDIX);
	}

	/** Where in the letter a calendar entry or special reporting row was read. */
	public enum Source {
		/** The appendix of its kind: Vedlegg I for the calendar, Vedlegg III for special reporting. */
		APPENDIX,
		/** The letter's own text, outside the appendices. */
		LETTER_TEXT
	}
}
