package no.hod.styringsregister.tildelingsbrev.internal.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class Letter2020DeadlinesTest {

	@Test
	void readsNumericAndWrittenDates() {
		assertThat(Letter2020Deadlines.find("Frist: 01.03.2020.", 2020).dates())
				.containsExactly(LocalDate.of(2020, 3, 1));
		assertThat(Letter2020Deadlines.find("Rapporten skal leveres innen 1. mars 2020. Deretter møte.", 2020).dates())
				.containsExactly(LocalDate.of(2020, 3, 1));
		assertThat(Letter2020Deadlines.find("Utkast sendes innen 1.6.2020.", 2020).dates())
				.containsExactly(LocalDate.of(2020, 6, 1));
	}

	@Test
	void datesWithoutYearTakeTheBudgetYearOrTheYearBefore() {
		Letter2020Deadlines.Found found = Letter2020Deadlines.find("Leveres innen 1. juni, og oppdateres innen 1. september.", 2020);
		assertThat(found.text()).isEqualTo("innen 1. juni; innen 1. september");
		assertThat(found.dates()).containsExactly(LocalDate.of(2020, 6, 1), LocalDate.of(2020, 9, 1));
		assertThat(Letter2020Deadlines.find("Innen 1. mai påfølgende år skal rapporten foreligge.", 2020).dates())
				.containsExactly(LocalDate.of(2021, 5, 1));
		assertThat(Letter2020Deadlines.find("Frist 15. januar 2021, deretter innen 1. mars.", 2020).dates())
				.containsExactly(LocalDate.of(2021, 1, 15), LocalDate.of(2021, 3, 1));
	}

	@Test
	void readsAPeriodAsItsLastDayAndKeepsTheWording() {
		Letter2020Deadlines.Found month = Letter2020Deadlines.find("Veilederen revideres innen desember 2020.", 2020);
		assertThat(month.text()).isEqualTo("innen desember 2020");
		assertThat(month.dates()).containsExactly(LocalDate.of(2020, 12, 31));
		assertThat(Letter2020Deadlines.find("Tentativ frist innen utgangen av februar 2020.", 2020).dates())
				.containsExactly(LocalDate.of(2020, 2, 29));
		assertThat(Letter2020Deadlines.find("Forslaget sendes innen utgangen av 2021.", 2020).dates())
				.containsExactly(LocalDate.of(2021, 12, 31));
		Letter2020Deadlines.Found year = Letter2020Deadlines.find("Planen legges fram innen utgangen av året.", 2020);
		assertThat(year.text()).isEqualTo("innen utgangen av året");
		assertThat(year.dates()).containsExactly(LocalDate.of(2020, 12, 31));
		assertThat(Letter2020Deadlines.find("Frist: desember 2020. Deretter 1. mars 2021.", 2020).dates())
				.containsExactly(LocalDate.of(2020, 12, 31));
		Letter2020Deadlines.Found quarter = Letter2020Deadlines.find("Svar innen utgangen av første kvartal 2020.", 2020);
		assertThat(quarter.text()).isEqualTo("innen utgangen av første kvartal 2020");
		assertThat(quarter.dates()).containsExactly(LocalDate.of(2020, 3, 31));
		assertThat(Letter2020Deadlines.find("Frist: 3. kvartal 2020.", 2020).dates())
				.containsExactly(LocalDate.of(2020, 9, 30));
		assertThat(Letter2020Deadlines.find("Frist: Arbeidet skal være ferdig i løpet av 2020.", 2020).dates())
				.containsExactly(LocalDate.of(2020, 12, 31));
	}

	@Test
	void keepsOtherPeriodsAndFarYearsAsTextOnly() {
		assertThat(Letter2020Deadlines.find("Frist: før sommeren 2020.", 2020).text()).isEqualTo("før sommeren 2020");
		assertThat(Letter2020Deadlines.find("Vurderingen gis hvert år innen medio oktober.", 2020).dates()).isEmpty();
		assertThat(Letter2020Deadlines.find("Svar innen første kvartal 2019.", 2020).dates()).isEmpty();
		// «i løpet av» in running text is no frist: here the ministry's own letter, not the agency's delivery
		assertThat(Letter2020Deadlines.find("Oppdraget konkretiseres i eget brev i løpet av første kvartal.", 2020))
				.isNull();
		// a year alone further ahead than the next is a goal; one before the letter's tells what was done
		Letter2020Deadlines.Found goal = Letter2020Deadlines.find("Målet er halvert forbruk innen 2030.", 2020);
		assertThat(goal.text()).isEqualTo("innen 2030");
		assertThat(goal.dates()).isEmpty();
		assertThat(Letter2020Deadlines.find("Tiltakene skulle gjennomføres innen utgangen av 2019.", 2020).dates())
				.isEmpty();
		assertThat(Letter2020Deadlines.find("Planen gjelder for perioden 2020–2025.", 2020)).isNull();
	}

	@Test
	void ignoresDeadlinesThatAreNotGiven() {
		assertThat(Letter2020Deadlines.find("Planen lages innen frist departementet kommer tilbake til.", 2020)).isNull();
		assertThat(Letter2020Deadlines.find("Departementet kommer tilbake med en event. frist for deloppdrag 2.", 2020))
				.isNull();
		assertThat(Letter2020Deadlines.find("Prosjektet har oppstart høsten 2020.", 2020)).isNull();
		assertThat(Letter2020Deadlines.find("Frist: 31.02.2020.", 2020).dates()).isEmpty();
	}
}
