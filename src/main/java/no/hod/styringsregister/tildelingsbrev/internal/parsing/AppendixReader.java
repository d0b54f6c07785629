package no.hod.styringsregister.tildelingsbrev.internal.parsing;

import java.util.List;

/**
 * Reads the tabular parts of a letter: budget tables, the reporting calendar (Vedlegg I), authorisations
 * (Vedlegg II) and special reporting (Vedlegg III). Each method takes all lines of the letter, finds its own section,
 * and adds a Norwegian warning (with the raw text) for every row it could not read, and when the budget table or
 * Vedlegg I is missing (Vedlegg II and III are optional). The text extraction has lost the table columns, so cells
 * are told apart by heuristics, documented where they live: {@link BudgetTable2025}, {@link Calendar2025},
 * {@link SpecialReporting2025}, {@link Authorizations2025}, {@link BudgetTables2020}, {@link Deadlines2020}.
 */
final class AppendixReader {

	record Appendices(List<BudgetLineDraft> budgetLines, List<CalendarEntryDraft> calendar,
			List<SpecialReportingDraft> specialReporting, List<AuthorizationDraft> authorizations) {
	}

	/** 2025 layout: chapter 4 tables, Vedlegg I, II and III. {@code year} is the letter's budget year. */
	Appendices read2025(List<String> lines, int year, List<String> warnings) {
		return new Appendices(BudgetTable2025.read(lines, warnings), Calendar2025.read(lines, year, warnings),
				SpecialReporting2025.read(lines, year, warnings), Authorizations2025.read(lines));
	}

	/**
	 * 2020 layout: the appropriation tables per area (two year columns), each post's text under them, an
	 * appropriation given in a sentence instead of a table, and the deadlines of 6.5.
	 */
	Appendices read2020(List<String> lines, int year, List<String> warnings) {
		List<BudgetLineDraft> budget = BudgetTables2020.read(lines, year, warnings);
		if (budget.isEmpty()) {
			warnings.add("Fant ingen bevilgningstabeller (Kap. Post ...).");
		}
		budget = BudgetSections2020.attach(lines, budget, warnings);
		budget = ProseAllocations2020.add(lines, budget, warnings);
		Deadlines2020.Deadlines deadlines = Deadlines2020.read(lines, year);
		return new Appendices(budget, deadlines.calendar(), deadlines.specialReporting(), List.of());
	}
}
