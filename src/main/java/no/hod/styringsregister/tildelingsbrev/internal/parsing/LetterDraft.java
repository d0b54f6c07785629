package no.hod.styringsregister.tildelingsbrev.internal.parsing;

import java.util.List;

/**
 * What the parser understood of one allocation letter. Plain data: the preview shows it, the admin corrects it,
 * and confirming hands it to the modules. Field names follow the JSON contract of {@code /api/tildelingsbrev/preview}.
 */
public record LetterDraft(
		Integer year,
		String agency,
		LetterKind kind,
		String layout,
		List<GoalDraft> goals,
		List<AssignmentDraft> assignments,
		List<BudgetLineDraft> budgetLines,
		List<CalendarEntryDraft> calendar,
		List<SpecialReportingDraft> specialReporting,
		List<AuthorizationDraft> authorizations,
		List<String> warnings) {

	public enum LetterKind {
		/** The yearly tildelingsbrev. */
		MAIN,
		/** A supplerende tildelingsbrev adding assignments during the year. */
		SUPPLEMENTARY
	}
}
