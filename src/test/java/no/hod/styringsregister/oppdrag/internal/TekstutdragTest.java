package no.hod.styringsregister.oppdrag.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import no.hod.styringsregister.oppdrag.OppdragImport.Tekstdel;
import no.hod.styringsregister.oppdrag.OppdragQueries;

import static org.assertj.core.api.Assertions.assertThat;

/** The import review's excerpt of a changed text hides how many exempt parts there are, as the assignment's page does. */
class TekstutdragTest {

	private static final String X = "[" + OppdragQueries.UNNTATT + "]";

	private static final List<Tekstdel> FOER = List.of(new Tekstdel("Alfa beta.", false),
			new Tekstdel("Skjult en.", true), new Tekstdel("Skjult to.", true), new Tekstdel("Gamma.", false));

	private static final List<Tekstdel> ETTER = List.of(new Tekstdel("Alfa beta.", false),
			new Tekstdel("Skjult en, endret.", true), new Tekstdel("Skjult to.", true), new Tekstdel("Gamma delta.", false));

	@Test
	void anUnclearedAdminSeesOnePlaceholderForARunOfExemptParts() {
		Tekstutdrag.Utdrag utdrag = Tekstutdrag.av(FOER, ETTER, false);

		assertThat(utdrag.fra()).isEqualTo("Alfa beta. " + X + " Gamma.");
		assertThat(utdrag.til()).isEqualTo("Alfa beta. " + X + " Gamma delta.");
	}

	@Test
	void aChangeOnlyInsideARunOfExemptPartsShowsAsTheSameRun() {
		List<Tekstdel> treSkjulte = List.of(new Tekstdel("Alfa.", false), new Tekstdel("En.", true),
				new Tekstdel("To.", true), new Tekstdel("Tre.", true));
		List<Tekstdel> enSkjult = List.of(new Tekstdel("Alfa.", false), new Tekstdel("En, to og tre.", true));

		// Three hidden parts became one: to the uncleared admin the visible text is the same.
		assertThat(Tekstutdrag.av(treSkjulte, enSkjult, false)).isEqualTo(new Tekstutdrag.Utdrag(X, X));
	}

	@Test
	void aClearedAdminSeesTheWords() {
		Tekstutdrag.Utdrag utdrag = Tekstutdrag.av(FOER, ETTER, true);

		assertThat(utdrag.fra()).isEqualTo("Alfa beta. Skjult en. Skjult to. Gamma.");
		assertThat(utdrag.til()).isEqualTo("Alfa beta. Skjult en, endret. Skjult to. Gamma delta.");
	}
}
