package no.hod.styringsregister.tildelingsbrev.internal.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class NorwegianDatesTest {

	@Test
	void readsDayAndMonthNameWithTheLettersYear() {
		assertThat(NorwegianDates.parse("15. mars", 2025)).isEqualTo(LocalDate.of(2025, 3, 15));
		assertThat(NorwegianDates.parse("31. jan.", 2025)).isEqualTo(LocalDate.of(2025, 1, 31));
		assertThat(NorwegianDates.parse("07. nov.", 2025)).isEqualTo(LocalDate.of(2025, 11, 7));
		assertThat(NorwegianDates.parse("28. feb", 2025)).isEqualTo(LocalDate.of(2025, 2, 28));
		assertThat(NorwegianDates.parse("25. sep.", 2025)).isEqualTo(LocalDate.of(2025, 9, 25));
		assertThat(NorwegianDates.parse("1.juni", 2025)).isEqualTo(LocalDate.of(2025, 6, 1));
		assertThat(NorwegianDates.parse("14. August", 2025)).isEqualTo(LocalDate.of(2025, 8, 14));
		assertThat(NorwegianDates.parse("3. desember 2024", 2025)).isEqualTo(LocalDate.of(2024, 12, 3));
	}

	@Test
	void readsNumericDates() {
		assertThat(NorwegianDates.parse("15.03.2025", 2020)).isEqualTo(LocalDate.of(2025, 3, 15));
		assertThat(NorwegianDates.parse("15.4", 2020)).isEqualTo(LocalDate.of(2020, 4, 15));
		assertThat(NorwegianDates.parse("31.12", 2020)).isEqualTo(LocalDate.of(2020, 12, 31));
		assertThat(NorwegianDates.parse("1.8.20", 2025)).isEqualTo(LocalDate.of(2020, 8, 1));
	}

	@Test
	void rejectsWhatIsNoDate() {
		assertThat(NorwegianDates.parse("31.02", 2025)).isNull();
		assertThat(NorwegianDates.parse("15. marsipan", 2025)).isNull();
		assertThat(NorwegianDates.parse("Årlig", 2025)).isNull();
		assertThat(NorwegianDates.parse("2025", 2025)).isNull();
		assertThat(NorwegianDates.parse("", 2025)).isNull();
		assertThat(NorwegianDates.parse(null, 2025)).isNull();
	}

	@Test
	void findsTheDateALineStartsWith() {
		NorwegianDates.Leading leading = NorwegianDates.leading("31. jan. Levere regnskapsresultatet til", 2025);
		assertThat(leading.date()).isEqualTo(LocalDate.of(2025, 1, 31));
		assertThat(leading.written()).isEqualTo("31. jan.");
		assertThat(leading.rest()).isEqualTo("Levere regnskapsresultatet til");
		assertThat(NorwegianDates.leading("15.2 Eventuelle innspill til RNB-2020.", 2020).rest())
				.isEqualTo("Eventuelle innspill til RNB-2020.");
		assertThat(NorwegianDates.leading("per 2. tertial (31.08)", 2025)).isNull();
	}
}
