package no.hod.styringsregister.rapporteringskalender.internal;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import no.hod.styringsregister.rapporteringskalender.internal.Gjentakelse.Forekomst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GjentakelseTest {

	@Test
	void aRowWithADayHappensOnceOnThatDay() {
		// Vedlegg III 2025: "14. august  Leveranse av aktuell statistikk ..."
		assertThat(Gjentakelse.utvid(2025, LocalDate.of(2025, 8, 14), null))
			.containsExactly(new Forekomst(LocalDate.of(2025, 8, 14), false));
	}

	@Test
	void yearlyWithADayIsThatDay() {
		// "Årlig/15. mai Rapportering på status for kommunikasjon om levevanene"
		assertThat(Gjentakelse.utvid(2025, LocalDate.of(2025, 5, 15), "YEARLY"))
			.containsExactly(new Forekomst(LocalDate.of(2025, 5, 15), false));
	}

	@Test
	void twiceAYearWithoutDaysIsEstimatedAtTheEndOfEachHalf() {
		// "2 ganger i året, vår og høst": no day given.
		assertThat(Gjentakelse.utvid(2025, null, "TWICE_A_YEAR")).containsExactly(
				new Forekomst(LocalDate.of(2025, 6, 30), true), new Forekomst(LocalDate.of(2025, 12, 31), true));
	}

	@Test
	void threeTimesAYearFollowsTheTertials() {
		assertThat(Gjentakelse.utvid(2025, null, "THREE_TIMES_A_YEAR")).containsExactly(
				new Forekomst(LocalDate.of(2025, 4, 30), true), new Forekomst(LocalDate.of(2025, 8, 31), true),
				new Forekomst(LocalDate.of(2025, 12, 31), true));
	}

	@Test
	void fourTimesAYearFollowsTheQuarters() {
		assertThat(Gjentakelse.utvid(2024, null, "FOUR_TIMES_A_YEAR")).containsExactly(
				new Forekomst(LocalDate.of(2024, 3, 31), true), new Forekomst(LocalDate.of(2024, 6, 30), true),
				new Forekomst(LocalDate.of(2024, 9, 30), true), new Forekomst(LocalDate.of(2024, 12, 31), true));
	}

	@Test
	void monthlyEndsEveryMonthIncludingALeapFebruary() {
		assertThat(Gjentakelse.utvid(2024, null, "MONTHLY")).hasSize(12)
			.contains(new Forekomst(LocalDate.of(2024, 2, 29), true))
			.allMatch(Forekomst::anslatt);
	}

	@Test
	void aNamedDayReplacesTheEstimateOfItsPeriodOnly() {
		assertThat(Gjentakelse.utvid(2025, LocalDate.of(2025, 5, 20), "FOUR_TIMES_A_YEAR")).containsExactly(
				new Forekomst(LocalDate.of(2025, 3, 31), true), new Forekomst(LocalDate.of(2025, 5, 20), false),
				new Forekomst(LocalDate.of(2025, 9, 30), true), new Forekomst(LocalDate.of(2025, 12, 31), true));
	}

	@Test
	void neitherDayNorFrequencyIsOneEstimateAtTheEndOfTheYear() {
		// "Avtales nærmere": the letter says when later; an admin sets the day.
		assertThat(Gjentakelse.utvid(2025, null, null))
			.containsExactly(new Forekomst(LocalDate.of(2025, 12, 31), true));
	}

	@Test
	void anUnknownFrequencyIsRefusedInNorwegian() {
		assertThatThrownBy(() -> Gjentakelse.utvid(2025, null, "HVER_UKE"))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Ukjent hyppighet");
	}
}
