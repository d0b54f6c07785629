package no.hod.styringsregister.tildelingsbrev.internal.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import no.hod.styringsregister.tildelingsbrev.internal.parsing.AssignmentDraft.BudgetRef;

class ReferencesTest {

	@Test
	void findsAssignmentIdsOnceWithoutItself() {
		assertThat(References.assignmentIds(
				"jf. TB2023-30 og TTB2024-66; se også TB-2023-73, TB2025-4 og TB2023-30 igjen.", "TB2025-4"))
				.containsExactly("TB2023-30", "TTB2024-66", "TB2023-73");
		assertThat(References.assignmentIds("oppdrag 34 om læring og mestring", "TB2025-22")).isEmpty();
	}

	@Test
	void findsBudgetLinesInTheirUsualSpellings() {
		assertThat(References.budgetLines("jf. tildeling av midler over kap. 714, post 21.")).containsExactly(
				new BudgetRef(714, 21));
		assertThat(References.budgetLines("over kap. 710 post 23")).containsExactly(new BudgetRef(710, 23));
		assertThat(References.budgetLines("10 mill. kroner over 760.21 til statsforvalterne"))
				.containsExactly(new BudgetRef(760, 21));
		assertThat(References.budgetLines("jf. kap. 701, post 21 og 70.")).containsExactly(new BudgetRef(701, 21),
				new BudgetRef(701, 70));
	}

	@Test
	void takesNoDateOrBareChapterForABudgetLine() {
		assertThat(References.budgetLines("Frist: 31.12.2025, ellers 1.10.25 eller 30.09.25")).isEmpty();
		assertThat(References.budgetLines("budsjettkonsekvenser på hhv. kapittel 2751 og 2752")).isEmpty();
		assertThat(References.budgetLines("virkemiddelbruken innenfor hele kap. 760")).isEmpty();
	}
}
