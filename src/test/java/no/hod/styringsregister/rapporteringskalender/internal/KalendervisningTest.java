package no.hod.styringsregister.rapporteringskalender.internal;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KalendervisningTest {

	static final LocalDate I_DAG = LocalDate.of(2025, 6, 10);

	@Test
	void aMonthIsReadAsThePickerSendsItAndAsPeopleWriteIt() {
		for (String skrevet : new String[] { "2025-04", "04.2025", "4.2025", "april 2025", "April 2025", " april 2025 " }) {
			assertThat(Kalendervisning.les("maned", 30, skrevet, I_DAG).maaned()).as(skrevet)
				.isEqualTo(YearMonth.of(2025, 4));
		}
		assertThat(Kalendervisning.les(null, 30, "desember 2026", I_DAG).maaned()).isEqualTo(YearMonth.of(2026, 12));
		assertThat(Kalendervisning.les(null, 30, "12.2026", I_DAG).maaned()).isEqualTo(YearMonth.of(2026, 12));
	}

	@Test
	void anythingElseIsRefusedWithTheWayToWriteIt() {
		for (String skrevet : new String[] { "mai", "13.2025", "2025-13", "april", "aprill 2025", "2025.04", "04/2025" }) {
			assertThatThrownBy(() -> Kalendervisning.les("maned", 30, skrevet, I_DAG)).as(skrevet)
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessage("Måneden må skrives som april 2025, ikke «" + skrevet + "».");
		}
	}
}
