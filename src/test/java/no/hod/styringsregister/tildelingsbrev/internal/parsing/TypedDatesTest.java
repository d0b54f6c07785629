package no.hod.styringsregister.tildelingsbrev.internal.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import no.hod.styringsregister.tildelingsbrev.internal.parsing.TypedDates.Typed;

class TypedDatesTest {

	private static final LocalDate FIRST_OF_NOVEMBER = LocalDate.of(2029, 11, 1);

	@ParameterizedTest
	@ValueSource(strings = { "1. november 2029", "1. nov. 2029", "1. nov 2029", "1. November 2029", "1.november 2029",
			"01.11.2029", "1.11.2029", "2029-11-01", "  1. november 2029  " })
	void readsTheFormsANorwegianTypes(String typed) {
		assertThat(TypedDates.read(typed)).extracting(Typed::date).containsExactly(FIRST_OF_NOVEMBER);
	}

	@Test
	void aWrittenDateIsOneDateNotThreeWords() {
		assertThat(TypedDates.read("1. november 2029"))
			.containsExactly(new Typed("1. november 2029", FIRST_OF_NOVEMBER));
	}

	@Test
	void severalAreSeparatedByCommasOrSemicolons() {
		assertThat(TypedDates.read("1. november 2029, 15. des. 2029; 2030-01-31,28.2.2030"))
			.extracting(Typed::date)
			.containsExactly(FIRST_OF_NOVEMBER, LocalDate.of(2029, 12, 15), LocalDate.of(2030, 1, 31),
					LocalDate.of(2030, 2, 28));
	}

	@Test
	void numericAndIsoDatesMayStillBeSeparatedBySpaces() {
		assertThat(TypedDates.read("1.6.2029 1.9.2029  2029-12-31")).extracting(Typed::date)
			.containsExactly(LocalDate.of(2029, 6, 1), LocalDate.of(2029, 9, 1), LocalDate.of(2029, 12, 31));
		assertThat(TypedDates.read("1. juni 2029 1. sep. 2029")).extracting(Typed::date)
			.containsExactly(LocalDate.of(2029, 6, 1), LocalDate.of(2029, 9, 1));
	}

	@Test
	void whatIsNoDateComesBackWholeOncePerPart() {
		assertThat(TypedDates.read("1. novembr 2029, 15.12.2029"))
			.containsExactly(new Typed("1. novembr 2029", null), new Typed("15.12.2029", LocalDate.of(2029, 12, 15)));
		// A date followed by something that is none: the part is named as typed, not cut in two.
		assertThat(TypedDates.read("1.11.2029 og 2.11.2029")).containsExactly(new Typed("1.11.2029 og 2.11.2029", null));
	}

	@ParameterizedTest
	@ValueSource(strings = { "31.02.2029", "2029-02-30", "31. april 2029", "31.13.2029", "2029-13-01" })
	void aDayThatDoesNotExistIsNoDate(String typed) {
		assertThat(TypedDates.read(typed)).containsExactly(new Typed(typed, null));
	}

	@ParameterizedTest
	@ValueSource(strings = { "1. november", "1.11", "1.11.", "november 2029", "2029" })
	void aDateWithoutDayMonthAndYearIsNoDate(String typed) {
		assertThat(TypedDates.read(typed)).containsExactly(new Typed(typed, null));
	}

	@Test
	void anEmptyFieldHasNoDates() {
		assertThat(TypedDates.read("")).isEmpty();
		assertThat(TypedDates.read(" , ; ")).isEmpty();
		assertThat(TypedDates.read(null)).isEqualTo(List.of());
	}
}
