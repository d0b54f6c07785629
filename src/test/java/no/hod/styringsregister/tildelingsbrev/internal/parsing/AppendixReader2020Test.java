package no.hod.styringsregister.tildelingsbrev.internal.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reader on the 2020 letter, checked against lists made by reading the letter (src/test/resources/expected).
 */
class AppendixReader2020Test {

	private static AppendixReader.Appendices read;
	private static List<String> warnings;

	@BeforeAll
	static void readLetter() {
		warnings = new ArrayList<>();
		read = new AppendixReader().read2020(AppendixFixtures.seedLines("tildelingsbrev-helsedirektoratet-2020.txt"), 2020,
				warnings);
	}

	@Test
	void everyTableRowHasTheLettersChapterPostAndBothAmounts() {
		List<String[]> expected = AppendixFixtures.tsv("budget-2020.tsv", 7);
		List<BudgetLineDraft> lines = read.budgetLines();
		AppendixFixtures.Accuracy accuracy = new AppendixFixtures.Accuracy("bevilgninger 2020 (" + expected.size() + " linjer)");
		for (int i = 0; i < Math.min(expected.size(), lines.size()); i++) {
			String[] want = expected.get(i);
			BudgetLineDraft line = lines.get(i);
			accuracy.check("kapittel", line.chapter() == Integer.parseInt(want[0]));
			accuracy.check("post", line.post() == Integer.parseInt(want[1]));
			accuracy.check("beløp 2020", Objects.equals(line.amount(), amount(want[2])));
			accuracy.check("beløp 2019", Objects.equals(line.previousYearAmount(), amount(want[3])));
			accuracy.check("navn", Objects.equals(line.name(), want[4]));
			accuracy.check("departement", Objects.equals(line.ministry(), want[6].isEmpty() ? null : want[6]));
			accuracy.check("samlet bevilgning", want[5].isEmpty()
					? line.comment() == null || !line.comment().contains("Prop. 1 S:") && !line.comment().contains("Saldert")
					: line.comment() != null && line.comment().contains(": " + want[5] + "."));
		}
		accuracy.print();
		assertThat(lines).hasSize(expected.size());
		for (int i = 0; i < expected.size(); i++) {
			String[] want = expected.get(i);
			BudgetLineDraft line = lines.get(i);
			assertThat(line.chapter() + "." + line.post() + " " + line.amount() + " " + line.previousYearAmount())
					.as("linje %d", i + 1).isEqualTo(Integer.parseInt(want[0]) + "." + Integer.parseInt(want[1]) + " "
							+ amount(want[2]) + " " + amount(want[3]));
		}
		assertThat(accuracy.correct("samlet bevilgning")).isEqualTo(expected.size());
		assertThat(accuracy.correct("navn")).isEqualTo(expected.size());
		assertThat(accuracy.correct("departement")).isEqualTo(expected.size());
	}

	@Test
	void combinedPostsAreSaidInTheComment() {
		assertThat(read.budgetLines()).filteredOn(line -> line.chapter() == 769).singleElement()
				.satisfies(line -> assertThat(line.comment()).contains("postene 21/70"));
	}

	@Test
	void deadlinesOfSection65AreCalendarEntriesAndReportsAreSpecialReporting() {
		List<String[]> expected = AppendixFixtures.tsv("calendar-2020.tsv", 3);
		List<CalendarEntryDraft> calendar = read.calendar();
		AppendixFixtures.Accuracy accuracy = new AppendixFixtures.Accuracy("frister 2020 (" + expected.size() + " rader)");
		for (int i = 0; i < Math.min(expected.size(), calendar.size()); i++) {
			accuracy.check("dato", calendar.get(i).date().equals(LocalDate.parse(expected.get(i)[0])));
			accuracy.check("tiltak", calendar.get(i).activity().startsWith(expected.get(i)[1]));
		}
		accuracy.print();
		assertThat(calendar).extracting(CalendarEntryDraft::date)
				.containsExactlyElementsOf(expected.stream().map(want -> LocalDate.parse(want[0])).toList());
		assertThat(accuracy.correct("tiltak")).isEqualTo(expected.size());
		assertThat(calendar).allSatisfy(entry -> assertThat(entry.time()).isNull());
		assertThat(calendar.get(3).note()).isEqualTo("Dette gjelder også kap. 734.70.");

		List<String[]> reports = expected.stream().filter(want -> want[2].equals("Rapport")).toList();
		assertThat(read.specialReporting()).extracting(SpecialReportingDraft::date)
				.containsExactlyElementsOf(reports.stream().map(want -> LocalDate.parse(want[0])).toList());
		for (int i = 0; i < reports.size(); i++) {
			assertThat(read.specialReporting().get(i).subject()).startsWith(reports.get(i)[1]);
			assertThat(read.specialReporting().get(i).frequency()).isNull();
		}
		assertThat(read.specialReporting()).extracting(SpecialReportingDraft::when)
				.containsExactly("1.6", "1.6", "15.6", "1.8");
	}

	@Test
	void theSeedLetterWarnsOnlyOfMoneyOutsideTheTablesAndOfTheLineFromASentenceAndHasNoAuthorisations() {
		// other ministries' chapters are kept as theirs (the review says so), not warned of; the line read from a
		// sentence is named, to be checked against the letter
		assertThat(warnings).hasSize(2);
		assertThat(warnings.get(0)).startsWith("Brevet tildeler i teksten beløp over kap./postene");
		assertThat(warnings.get(1)).startsWith("Budsjettlinje 709.01 er lest fra brevets tekst");
		assertThat(read.authorizations()).isEmpty();
	}

	private static Long amount(String cell) {
		return cell.isEmpty() ? null : Long.valueOf(cell);
	}
}
