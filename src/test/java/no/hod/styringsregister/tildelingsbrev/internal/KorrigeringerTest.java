package no.hod.styringsregister.tildelingsbrev.internal;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import no.hod.styringsregister.tildelingsbrev.internal.parsing.AssignmentDraft;
import no.hod.styringsregister.tildelingsbrev.internal.parsing.LetterDraft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KorrigeringerTest {

	static AssignmentDraft oppdrag(String id, String tittel) {
		return new AssignmentDraft(id, "3.1", List.of("FHA"), tittel, "Tekst.", List.of(LocalDate.of(2025, 6, 30)), null,
				AssignmentDraft.Exempt.NONE, List.of(new AssignmentDraft.TextPart("Tekst.", false)), List.of(), List.of());
	}

	static LetterDraft brev() {
		return new LetterDraft(2025, "Helsedirektoratet", LetterDraft.LetterKind.MAIN, "2025", List.of(),
				List.of(oppdrag("TB2025-1", "Første"), oppdrag("TB2025-4", "Fjerde")), List.of(), List.of(), List.of(),
				List.of(), List.of());
	}

	@Test
	void anIdCorrectedIntoOneAnotherAssignmentHasIsRefused() {
		Korrigeringer korrigeringer = Korrigeringer.of(brev(), true);
		korrigeringer.getOppdrag().get(1).setId("tb2025-1");

		assertThatThrownBy(() -> korrigeringer.applyTo(brev())).isInstanceOf(IllegalArgumentException.class)
			.hasMessage("Id-en «tb2025-1» står på flere oppdrag i brevet. Hvert oppdrag må ha sin egen id; rett den "
					+ "eller la feltet stå tomt.");
	}

	@Test
	void anIdCorrectedIntoAFreeOneIsTaken() {
		Korrigeringer korrigeringer = Korrigeringer.of(brev(), true);
		korrigeringer.getOppdrag().get(1).setId("TB2025-5");

		assertThat(korrigeringer.applyTo(brev()).assignments()).extracting(AssignmentDraft::id)
			.containsExactly("TB2025-1", "TB2025-5");
	}
}
