package no.hod.styringsregister.oppdrag.internal;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FristtekstTest {

	private static final LocalDate MAI = LocalDate.of(2025, 5, 31);

	private static final LocalDate SEPTEMBER = LocalDate.of(2025, 9, 1);

	@Test
	void theDatesTheRegisterShowsInAnotherFormatAreNotRepeated() {
		for (String tekst : List.of("31.mai 2025", "31. mai 2025", "31.05.2025", "31.5.25", "Innen 31. mai.",
				"31.mai")) {
			assertThat(Fristtekst.utover(tekst, List.of(MAI))).as(tekst).isNull();
		}
		assertThat(Fristtekst.utover("31. mai og 1.9.2025", List.of(MAI, SEPTEMBER))).isNull();
	}

	@Test
	void wordsTheDatesDoNotSayAreKept() {
		for (String tekst : List.of("Løpende, første gang 31. mai 2025", "31. mai 2025 og innen utgangen av juni",
				"31. mai (foreløpig)")) {
			assertThat(Fristtekst.utover(tekst, List.of(MAI))).as(tekst).isEqualTo(tekst);
		}
		// A date the register does not hold is news too, as is any wording when the register holds no date.
		assertThat(Fristtekst.utover("1. juni 2025", List.of(MAI))).isEqualTo("1. juni 2025");
		assertThat(Fristtekst.utover("Løpende", List.of())).isEqualTo("Løpende");
		assertThat(Fristtekst.utover(null, List.of(MAI))).isNull();
	}
}
