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
	void findsTheSpellingsOfTheLettersOtherSections() {
		// 2025 letter, 4.3: a full stop where a comma belongs
		assertThat(References.budgetLines("Det er tildelt 1,1 mill. kroner til programmet over kap. 714. post 21 til "
				+ "Helsedirektoratet for kommunikasjonstiltak om jod for 2025.")).containsExactly(new BudgetRef(714, 21));
		// 2025 letter, 4.3: a heading that starts with "Kap." and repeats "post"
		assertThat(References.budgetLines("Kap. 660, post 70 og post 71")).containsExactly(new BudgetRef(660, 70),
				new BudgetRef(660, 71));
		// 2020 letter, 3.1.2
		assertThat(References.budgetLines(
				"Oppdragene er finansiert over kap. 740 post 01 samt kap. 702 post 21 og post 70."))
				.containsExactly(new BudgetRef(740, 1), new BudgetRef(702, 21), new BudgetRef(702, 70));
		// 2020 letter, 2.2.2.3: a list of posts, and a second chapter after "og over Kap."
		assertThat(References.budgetLines("Oppdragene nedenfor er finansiert over kap. 762 post 21, 60, 70, 74 og 79, "
				+ " og over Kap. 765 post 21.")).containsExactly(new BudgetRef(762, 21), new BudgetRef(762, 60),
						new BudgetRef(762, 70), new BudgetRef(762, 74), new BudgetRef(762, 79), new BudgetRef(765, 21));
		// 2025 letter, 4.3: "kapittel" and "poster"
		assertThat(References.budgetLines("budsjettposter til Helse- og omsorgsdepartementet: kapittel 734, poster 21 "
				+ "og 72; kapittel 761, post 21;")).containsExactly(new BudgetRef(734, 21), new BudgetRef(734, 72),
						new BudgetRef(761, 21));
		// 2025 letter, Vedlegg II: "postene"
		assertThat(References.budgetLines("kap. 740 postene 01 og 21")).containsExactly(new BudgetRef(740, 1),
				new BudgetRef(740, 21));
	}

	@Test
	void takesNoAmountForAFurtherPost() {
		// TB2025-37 reads "1 mill. kroner over kap. 732, post 21 og 1 mill. kroner over kap. 760.21"; with a
		// two-digit amount the "og" must not make the amount a post.
		assertThat(References.budgetLines("Det er satt av 1 mill. kroner over kap. 732, post 21 og 1 mill. kroner over "
				+ "kap. 760.21 til")).containsExactly(new BudgetRef(732, 21), new BudgetRef(760, 21));
		assertThat(References.budgetLines("over kap. 732, post 21 og 10 mill. kroner over kap. 760.21"))
				.containsExactly(new BudgetRef(732, 21), new BudgetRef(760, 21));
		assertThat(References.budgetLines("over kap. 732, post 21 og 15 prosent av posten"))
				.containsExactly(new BudgetRef(732, 21));
	}

	@Test
	void takesNoPostWithoutItsChapter() {
		// 2020 letter, 2.2.1.3: the chapter stands in the heading above, not in the sentence
		assertThat(References.budgetLines("Bevilgningen på post 21 og post 79 må ses i sammenheng.")).isEmpty();
		assertThat(References.budgetLines("kan nyttes under postene 21 og 70")).isEmpty();
	}

	@Test
	void takesNoDateOrBareChapterForABudgetLine() {
		assertThat(References.budgetLines("Frist: 31.12.2025, ellers 1.10.25 eller 30.09.25")).isEmpty();
		assertThat(References.budgetLines("budsjettkonsekvenser på hhv. kapittel 2751 og 2752")).isEmpty();
		assertThat(References.budgetLines("virkemiddelbruken innenfor hele kap. 760")).isEmpty();
	}
}
