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
}
