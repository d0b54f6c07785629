package no.hod.styringsregister.tildelingsbrev.internal.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DeadlinesTest {

	@Test
	void readsNumericDates() {
		assertThat(Deadlines.parse("31.12.2025", 2025)).containsExactly(LocalDate.of(2025, 12, 31));
		assertThat(Deadlines.parse("1.4.2025 for konkretisering av tiltak (pkt. 1)", 2025))
				.containsExactly(LocalDate.of(2025, 4, 1));
		assertThat(Deadlines.parse("30.09.25 (mandat) og (samlet rapport) 31.12.2025.", 2025))
				.containsExactly(LocalDate.of(2025, 9, 30), LocalDate.of(2025, 12, 31));
		assertThat(Deadlines.parse("Tentativt 1.10.25, men avklares endelig", 2025))
				.containsExactly(LocalDate.of(2025, 10, 1));
	}

	@Test
	void readsWrittenDatesAndGivesThemTheLettersYearWhenTheyHaveNone() {
		assertThat(Deadlines.parse("15. mars for oppdrag 4; 15. november 2025 for oppdrag 1-3", 2025))
				.containsExactly(LocalDate.of(2025, 3, 15), LocalDate.of(2025, 11, 15));
		assertThat(Deadlines.parse("31.mai 2025", 2025)).containsExactly(LocalDate.of(2025, 5, 31));
		assertThat(Deadlines.parse("1. april 2026.", 2025)).containsExactly(LocalDate.of(2026, 4, 1));
		assertThat(Deadlines.parse("15. september", 2026)).containsExactly(LocalDate.of(2026, 9, 15));
		assertThat(Deadlines.parse("14. feb. og 25. apr.", 2025))
				.containsExactly(LocalDate.of(2025, 2, 14), LocalDate.of(2025, 4, 25));
	}

	@Test
	void readsAMonthWithItsYearOrTheEndOfOneAsItsLastDay() {
		assertThat(Deadlines.parse("mars 2025", 2025)).containsExactly(LocalDate.of(2025, 3, 31));
		assertThat(Deadlines.parse("Det skal gis en tilbakemelding innen utgangen av mai 2025.", 2025))
				.containsExactly(LocalDate.of(2025, 5, 31));
		assertThat(Deadlines.parse("høring innen april 2025 og ferdigstillelse 1. oktober", 2025))
				.containsExactly(LocalDate.of(2025, 4, 30), LocalDate.of(2025, 10, 1));
		assertThat(Deadlines.parse("innen utgangen av året", 2026)).containsExactly(LocalDate.of(2026, 12, 31));
		assertThat(Deadlines.parse("innen utgangen av 2026", 2025)).containsExactly(LocalDate.of(2026, 12, 31));
		assertThat(Deadlines.parse("innen 2025", 2025)).containsExactly(LocalDate.of(2025, 12, 31));
	}

	@Test
	void readsAYearOrMonthDuringWhichAndAQuarterAsItsLastDay() {
		assertThat(Deadlines.parse("Arbeidet skal være ferdigstilt i løpet av 2025.", 2025))
				.containsExactly(LocalDate.of(2025, 12, 31));
		assertThat(Deadlines.parse("Rapporten leveres i løpet av september 2025", 2025))
				.containsExactly(LocalDate.of(2025, 9, 30));
		assertThat(Deadlines.parse("i løpet av 2026", 2025)).containsExactly(LocalDate.of(2026, 12, 31));
		assertThat(Deadlines.parse("1. kvartal 2025", 2025)).containsExactly(LocalDate.of(2025, 3, 31));
		assertThat(Deadlines.parse("innen 2. kvartal 2025", 2025)).containsExactly(LocalDate.of(2025, 6, 30));
		assertThat(Deadlines.parse("i løpet av tredje kvartal 2025", 2025)).containsExactly(LocalDate.of(2025, 9, 30));
		assertThat(Deadlines.parse("innen utgangen av fjerde kvartal 2026", 2025))
				.containsExactly(LocalDate.of(2026, 12, 31));
		// no year: the letter's
		assertThat(Deadlines.parse("Innen første kvartal.", 2025)).containsExactly(LocalDate.of(2025, 3, 31));
		assertThat(Deadlines.parse("2. kvartal 2025 og 1. oktober", 2025))
				.containsExactly(LocalDate.of(2025, 6, 30), LocalDate.of(2025, 10, 1));
	}

	@Test
	void namesNoDateForAFarYearAPeriodWithoutDayOrAnImpossibleDay() {
		assertThat(Deadlines.parse("i løpet av 2024", 2025)).isEmpty();
		assertThat(Deadlines.parse("i løpet av 2030", 2025)).isEmpty();
		assertThat(Deadlines.parse("i løpet av mars 2024", 2025)).isEmpty();
		assertThat(Deadlines.parse("i løpet av 2025–2026", 2025)).isEmpty();
		assertThat(Deadlines.parse("1. kvartal 2024", 2025)).isEmpty();
		assertThat(Deadlines.parse("1.–2. kvartal 2025", 2025)).isEmpty();
		assertThat(Deadlines.parse("innen 1. kvartal 2025–2026", 2025)).isEmpty();
		assertThat(Deadlines.parse("kvartalsvis rapportering", 2025)).isEmpty();
		assertThat(Deadlines.parse("i løpet av våren 2025", 2025)).isEmpty();
		assertThat(Deadlines.parse("innen medio oktober 2025", 2025)).isEmpty();
		assertThat(Deadlines.parse("i løpet av mars", 2025)).isEmpty();
		assertThat(Deadlines.parse("innen 2030", 2025)).isEmpty();
		assertThat(Deadlines.parse("innen utgangen av 2024", 2025)).isEmpty();
		assertThat(Deadlines.parse("innen 2025–2027", 2025)).isEmpty();
		assertThat(Deadlines.parse("før utgangen av 9. svangerskapsuke", 2025)).isEmpty();
		assertThat(Deadlines.parse("31.02.2025", 2025)).isEmpty();
		assertThat(Deadlines.parse("Se særskilt rapportering.", 2025)).isEmpty();
		assertThat(Deadlines.parse(null, 2025)).isEmpty();
	}

	@Test
	void keepsEachDateOnceInTheOrderWritten() {
		assertThat(Deadlines.parse("1. juli. Så 1. juni, og igjen 01.07.2025", 2025))
				.containsExactly(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 6, 1));
	}
}
