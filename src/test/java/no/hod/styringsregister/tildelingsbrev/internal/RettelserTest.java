package no.hod.styringsregister.tildelingsbrev.internal;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import no.hod.styringsregister.tildelingsbrev.internal.parsing.AssignmentDraft;
import no.hod.styringsregister.tildelingsbrev.internal.parsing.BudgetLineDraft;
import no.hod.styringsregister.tildelingsbrev.internal.parsing.CalendarEntryDraft;
import no.hod.styringsregister.tildelingsbrev.internal.parsing.LetterDraft;

import static org.assertj.core.api.Assertions.assertThat;

class RettelserTest {

	/**
	 * Corrections a letter got before departments, names and calendar entries were remembered (as the V102 column
	 * holds them) still read, and propose what they hold and nothing else.
	 */
	@Test
	void correctionsKeptBeforeTheNewKindsStillApply() {
		String lagret = "{\"oppdrag\":[{\"id\":\"TB2025-1\",\"tolketTittel\":\"Første\",\"tittel\":\"Første rettet\","
				+ "\"tolketFrister\":null,\"frister\":null}],"
				+ "\"budsjett\":[{\"linje\":\"701.21 «» 1\",\"tolket\":30000,\"belop\":31000}]}";
		Rettelser rettelser = JsonMapper.builder().build().readValue(lagret, Rettelser.class);
		CalendarEntryDraft kalender = new CalendarEntryDraft(LocalDate.of(2025, 1, 31), null, "Regnskap", null);
		LetterDraft tolket = new LetterDraft(2025, "Helsedirektoratet", LetterDraft.LetterKind.MAIN, "2025", List.of(),
				List.of(KorrigeringerTest.oppdrag("TB2025-1", "Første")),
				List.of(new BudgetLineDraft(701, 21, "Spesielle driftsutgifter", 30000L, null,
						BudgetLineDraft.Kind.EXPENSE, null)),
				List.of(kalender), List.of(), List.of(), List.of());

		LetterDraft foreslatt = rettelser.foreslaa(tolket);

		AssignmentDraft oppdrag = foreslatt.assignments().get(0);
		assertThat(oppdrag.title()).isEqualTo("Første rettet");
		assertThat(oppdrag.hodDepartments()).containsExactly("FHA");
		assertThat(foreslatt.budgetLines().get(0).name()).isEqualTo("Spesielle driftsutgifter");
		assertThat(foreslatt.budgetLines().get(0).amount()).isEqualTo(31000L);
		assertThat(foreslatt.calendar()).containsExactly(kalender);
		assertThat(rettelser.brukt(tolket, foreslatt)).extracting(c -> c.section() + " " + c.key() + " " + c.field())
			.containsExactly("assignments TB2025-1 title", "budgetLines 701.21 «» 1 amount");
	}
	/**
	 * A line added by hand is remembered whole from the confirmed draft (the rows after the parser's), proposed again
	 * after the letter's own rows and marked there, named in the API's answer as a line; not once the letter gives its
	 * post itself, and not when it was taken out at the confirm. Kept through JSON, as the letter keeps it.
	 */
	@Test
	void aLineAddedByHandIsProposedAgainUntilTheLetterGivesItsPost() {
		BudgetLineDraft tabell = new BudgetLineDraft(701, 21, "Spesielle driftsutgifter", 30000L, null,
				BudgetLineDraft.Kind.EXPENSE, null);
		BudgetLineDraft forHand = new BudgetLineDraft(709, 1, "Driftsutgifter", 73326L, null,
				BudgetLineDraft.Kind.EXPENSE, "Lagt til for hånd i gjennomgangen.");
		LetterDraft tolket = brev(List.of(tabell));
		LetterDraft bekreftet = brev(List.of(tabell, forHand));
		JsonMapper json = JsonMapper.builder().build();
		Rettelser rettelser = json.readValue(json.writeValueAsString(
				Rettelser.av(tolket, bekreftet, Korrigeringer.Uttatt.INGEN)), Rettelser.class);

		LetterDraft foreslatt = rettelser.foreslaa(tolket);
		assertThat(foreslatt.budgetLines()).containsExactly(tabell, forHand);
		assertThat(rettelser.merknader(tolket, foreslatt, LocalDate::toString, String::valueOf).lagtTil())
			.containsExactly(1);
		assertThat(rettelser.brukt(tolket, foreslatt)).extracting(c -> c.section() + " " + c.key() + " " + c.field())
			.containsExactly("budgetLines 709.1 «Lagt til for hånd i gjennomgangen.» 1 line");
		// Kept again at the next confirm, so the import after proposes it too.
		assertThat(Rettelser.av(tolket, foreslatt, Korrigeringer.Uttatt.INGEN).lagtTil()).hasSize(1);

		// The letter now has a table row for the post: that one stands.
		BudgetLineDraft iBrevet = new BudgetLineDraft(709, 1, "Driftsutgifter", 74000L, null,
				BudgetLineDraft.Kind.EXPENSE, null);
		LetterDraft nyVersjon = brev(List.of(tabell, iBrevet));
		assertThat(rettelser.foreslaa(nyVersjon).budgetLines()).containsExactly(tabell, iBrevet);
		assertThat(rettelser.merknader(nyVersjon, nyVersjon, LocalDate::toString, String::valueOf).lagtTil()).isEmpty();

		// Taken out at the confirm, it is forgotten.
		Korrigeringer.Uttatt uttatt = new Korrigeringer.Uttatt(null, java.util.Set.of(1), null, null);
		assertThat(Rettelser.av(tolket, foreslatt, uttatt).lagtTil()).isEmpty();
		assertThat(Rettelser.av(tolket, foreslatt, uttatt).foreslaa(tolket).budgetLines()).containsExactly(tabell);
	}

	private static LetterDraft brev(List<BudgetLineDraft> linjer) {
		return new LetterDraft(2025, "Helsedirektoratet", LetterDraft.LetterKind.MAIN, "2025", List.of(), List.of(),
				linjer, List.of(), List.of(), List.of(), List.of());
	}
}
