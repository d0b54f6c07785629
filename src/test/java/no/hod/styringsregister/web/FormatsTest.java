package no.hod.styringsregister.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FormatsTest {

	Formats formats = new Formats();

	@Test
	void datesAndAmountsAsTheMinistryWritesThem() {
		assertThat(formats.dato(LocalDate.of(2025, 3, 15))).isEqualTo("15. mars 2025");
		assertThat(formats.dato(LocalDate.of(2025, 3, 1))).isEqualTo("1. mars 2025");
		assertThat(formats.belop(1_222_348)).isEqualTo("1 222 348");
		// The minus sign (U+2212), not the hyphen.
		assertThat(formats.belop(-5000)).isEqualTo("\u22125 000");
	}

	@Test
	void aFormDateIsReadAsIsoOrAsANorwegianTypesIt() {
		assertThat(Formats.skjemadato("2025-08-31")).isEqualTo(LocalDate.of(2025, 8, 31));
		assertThat(Formats.skjemadato(" 31.08.2025 ")).isEqualTo(LocalDate.of(2025, 8, 31));
		assertThat(Formats.skjemadato("1.3.2025")).isEqualTo(LocalDate.of(2025, 3, 1));
		assertThat(Formats.skjemadato("")).isNull();
		assertThatThrownBy(() -> Formats.skjemadato("31.02.2025")).isInstanceOf(DateTimeParseException.class);
		assertThatThrownBy(() -> Formats.skjemadato("31/08/2025")).isInstanceOf(DateTimeParseException.class);
	}

	@Test
	void isoDatesInATextAreWrittenOutAndTheRestIsLeftAlone() {
		assertThat(formats.isoDatoer("2025-03-14, 2025-12-01")).isEqualTo("14. mars 2025, 1. desember 2025");
		assertThat(formats.isoDatoer("2027-02-06")).isEqualTo("6. februar 2027");
		// Not a date, or not ISO: as it was.
		assertThat(formats.isoDatoer("2025-02-30 og 31.12.2025")).isEqualTo("2025-02-30 og 31.12.2025");
		assertThat(formats.isoDatoer("Divisjon folkehelse")).isEqualTo("Divisjon folkehelse");
		assertThat(formats.isoDatoer(null)).isEmpty();
	}

	@Test
	void aPointInTimeIsWrittenOutInOsloTime() {
		assertThat(formats.tidspunkt(OffsetDateTime.of(2026, 12, 6, 10, 39, 0, 0, ZoneOffset.UTC)))
			.isEqualTo("6. desember 2026 kl. 11:39");
		// Summer time, and past midnight in Oslo: the date moves too.
		assertThat(formats.tidspunkt(OffsetDateTime.of(2025, 6, 30, 22, 30, 0, 0, ZoneOffset.UTC)))
			.isEqualTo("1. juli 2025 kl. 00:30");
	}
}
