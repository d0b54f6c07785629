package no.hod.styringsregister.tildelingsbrev.internal.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The 2020 letter gives 709.01 in a sentence under «4.1 Pasient- og brukerombud», not in a table. The sentence is read
 * from the seed text; the other letters, with their many sentences naming an amount and a post, must give no line.
 */
class ProseAllocations2020Test {

	private static final String SENTENCE = "Helsedirektoratet tildeles bevilgningen på 73, 326 mill. kroner over kap. "
			+ "709, post 01 Driftsutgifter";

	@Test
	void theSentenceUnder41IsALineOfItsOwnWithAWarning() {
		LetterDraft draft = new LetterParser().parse(AppendixFixtures.text("/seeds/tildelingsbrev-helsedirektoratet-2020.txt"));
		List<BudgetLineDraft> found = draft.budgetLines().stream().filter(l -> l.chapter() == 709).toList();
		assertThat(found).hasSize(1);
		BudgetLineDraft line = found.get(0);
		assertThat(line.post()).isEqualTo(1);
		assertThat(line.name()).isEqualTo("Driftsutgifter");
		// 73,326 million kroner in 1 000 kr
		assertThat(line.amount()).isEqualTo(73_326L);
		assertThat(line.previousYearAmount()).isNull();
		assertThat(line.kind()).isEqualTo(BudgetLineDraft.Kind.EXPENSE);
		assertThat(line.ministry()).isNull();
		assertThat(line.comment()).isEqualTo("Fra brevets tekst: «" + SENTENCE + ".»");
		assertThat(draft.warnings()).contains("Budsjettlinje 709.01 er lest fra brevets tekst, ikke fra en "
				+ "bevilgningstabell: «" + SENTENCE + "». Sjekk linjen mot brevet.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/seeds/tildelingsbrev-helsedirektoratet-2025.txt", "/letters/tildelingsbrev-2025-endret.txt",
			"/letters/tildelingsbrev-full-2026.txt" })
	void theOtherLayoutsSentencesWithAmountsAndPostsGiveNoLine(String letter) {
		// Even with no table lines to defer to, no sentence of these letters is taken for an appropriation.
		List<String> warnings = new ArrayList<>();
		assertThat(ProseAllocations2020.add(TextLines.normalise(AppendixFixtures.text(letter)), List.of(), warnings))
			.isEmpty();
		assertThat(warnings).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/seeds/tildelingsbrev-helsedirektoratet-2020.txt", "/letters/tildelingsbrev-2020-uten-tittel.txt",
			"/letters/tildelingsbrev-2021-uten-tittel.txt" })
	void inThe2020LettersOnly709Point01IsReadFromTheText(String letter) {
		// The transfers and earmarks («19,8 mill. kroner er overført til kap. 701, post 72») are no lines.
		List<BudgetLineDraft> read = ProseAllocations2020.add(TextLines.normalise(AppendixFixtures.text(letter)),
				List.of(), new ArrayList<>());
		assertThat(read).extracting(l -> l.chapter() + "." + l.post()).containsExactly("709.1");
	}

	@Test
	void aPostATableHoldsIsLeftToTheTable() {
		BudgetLineDraft table = new BudgetLineDraft(709, 1, "Driftsutgifter", 73_000L, 70_000L,
				BudgetLineDraft.Kind.EXPENSE, null);
		List<String> warnings = new ArrayList<>();
		List<BudgetLineDraft> read = ProseAllocations2020.add(List.of(SENTENCE + "."), List.of(table), warnings);
		assertThat(read).containsExactly(table);
		assertThat(warnings).isEmpty();
	}

	@Test
	void aWholeNumberOfMillionsAndAnIncomeChapter() {
		List<BudgetLineDraft> read = ProseAllocations2020.add(
				List.of("Direktoratet tildeles bevilgningen på 12 mill. kroner over kap. 3709, post 02."), List.of(),
				new ArrayList<>());
		assertThat(read).hasSize(1);
		assertThat(read.get(0).amount()).isEqualTo(12_000L);
		assertThat(read.get(0).name()).isNull();
		assertThat(read.get(0).kind()).isEqualTo(BudgetLineDraft.Kind.INCOME);
	}
}
