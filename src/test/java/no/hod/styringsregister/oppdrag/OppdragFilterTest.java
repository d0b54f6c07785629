package no.hod.styringsregister.oppdrag;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OppdragFilterTest {

	@Test
	void theChoicesCountedAreThoseThatNarrowTheListEachTickedStatusOne() {
		assertThat(OppdragFilter.alle().antallValg()).isZero();
		// Blank words are none; the order, its direction and the page narrow nothing.
		assertThat(new OppdragFilter(" ", null, null, List.of(), null, null, null, null, null, null, null, false, false,
				"frist", true, 3, 25).antallValg()).isZero();
		// Nine fields, two statuses and two boxes; the words are not among them.
		assertThat(new OppdragFilter("vaksine", 2025, 1L, List.of(OppdragStatus.PAAGAAR, OppdragStatus.FORSINKET), 2L,
				3L, "3.4", "FHA", 4L, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), true, true, null, false, 0,
				50).antallValg()).isEqualTo(9 + 2 + 2);
	}

	@Test
	void theWordsAreNoChoiceOfTheFilterBoxTheySitOutsideIt() {
		assertThat(OppdragFilter.sok("vaksine").antallValg()).isZero();
		assertThat(OppdragFilter.sok("vaksine").medAar(2025).antallValg())
			.isEqualTo(OppdragFilter.alle().medAar(2025).antallValg())
			.isEqualTo(1);
	}

	@Test
	void leavingOutTheCarriedOverOnesIsAChoiceTheOtherChoicesKeep() {
		OppdragFilter f = OppdragFilter.alle().medUtenVidereforte();
		assertThat(f.antallValg()).isEqualTo(1);
		assertThat(f.avgrenset()).isTrue();
		assertThat(f.medAar(2025).medStatus(OppdragStatus.PAAGAAR).medDivisjon(2L).medFrister(null, null)
			.medSide(1, 10).utenVidereforte()).isTrue();
		// The constructor without the choice, as before it existed, leaves nothing out.
		assertThat(new OppdragFilter(null, 2025, null, List.of(), null, null, null, null, null, null, null, false, false,
				null, false, 0, 50).utenVidereforte()).isFalse();
	}
}
