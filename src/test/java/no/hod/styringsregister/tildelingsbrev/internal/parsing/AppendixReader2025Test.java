package no.hod.styringsregister.tildelingsbrev.internal.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reader on the 2025 letter, checked against lists made by reading the letter (src/test/resources/expected).
 */
class AppendixReader2025Test {

	private static AppendixReader.Appendices read;
	private static List<String> warnings;

	@BeforeAll
	static void readLetter() {
		warnings = new ArrayList<>();
		read = new AppendixReader().read2025(AppendixFixtures.seedLines("tildelingsbrev-helsedirektoratet-2025.txt"), 2025,
				warnings);
	}

	@Test
	void everyBudgetLineHasTheLettersChapterPostAndAmount() {
		List<String[]> expected = AppendixFixtures.tsv("budget-2025.tsv", 5);
		List<BudgetLineDraft> lines = read.budgetLines();
		AppendixFixtures.Accuracy accuracy = new AppendixFixtures.Accuracy("budsjett 2025 (" + expected.size() + " linjer)");
		for (int i = 0; i < Math.min(expected.size(), lines.size()); i++) {
			String[] want = expected.get(i);
			BudgetLineDraft line = lines.get(i);
			accuracy.check("kapittel", line.chapter() == Integer.parseInt(want[0]));
			accuracy.check("post", line.post() == Integer.parseInt(want[1]));
			accuracy.check("beløp", Objects.equals(line.amount(), want[2].isEmpty() ? null : Long.valueOf(want[2])));
			accuracy.check("art", line.kind() == BudgetLineDraft.Kind.ofChapter(Integer.parseInt(want[0])));
			accuracy.check("navn", Objects.equals(line.name(), want[3].isEmpty() ? null : want[3]));
			accuracy.check("kommentar", want[4].isEmpty() ? line.comment() == null
					: line.comment() != null && line.comment().startsWith(want[4]));
		}
		accuracy.print();
		assertThat(lines).hasSize(expected.size());
		for (int i = 0; i < expected.size(); i++) {
			String[] want = expected.get(i);
			BudgetLineDraft line = lines.get(i);
			assertThat(line.chapter() + "." + line.post() + " " + line.amount()).as("linje %d", i + 1)
					.isEqualTo(Integer.parseInt(want[0]) + "." + Integer.parseInt(want[1]) + " "
							+ (want[2].isEmpty() ? null : Long.valueOf(want[2])));
			assertThat(line.previousYearAmount()).isNull();
		}
		assertThat(accuracy.correct("kommentar")).as("kommentarer").isEqualTo(expected.size());
		// names are put together from cells broken over lines by heuristics (see BudgetTable2025)
		assertThat(accuracy.correct("navn")).as("navn").isEqualTo(expected.size());
	}

	@Test
	void aBlankAmountCellStaysWithoutAnAmount() {
		// The letter's row reads "2711.72 Tannbehandling" with nothing in the Tildeling and Kommentarer cells, and no
		// other part of the letter gives an amount for the post.
		assertThat(read.budgetLines()).filteredOn(line -> line.chapter() == 2711 && line.post() == 72).singleElement()
				.satisfies(line -> {
					assertThat(line.name()).isEqualTo("Tannbehandling");
					assertThat(line.amount()).isNull();
					assertThat(line.previousYearAmount()).isNull();
					assertThat(line.comment()).isNull();
				});
	}

	@Test
	void aClosedPostsOnlyTextIsItsName() {
		// The letter's row is "701.22   Posten avsluttes fra 2025": no amount and one text, which is all that names the
		// line; read as the comment, the review and the budget page showed a line without a name.
		assertThat(read.budgetLines()).filteredOn(line -> line.chapter() == 701 && line.post() == 22).singleElement()
				.satisfies(line -> {
					assertThat(line.name()).isEqualTo("Posten avsluttes fra 2025");
					assertThat(line.amount()).isNull();
					assertThat(line.comment()).isNull();
				});
	}

	@Test
	void incomeChaptersAreIncome() {
		assertThat(read.budgetLines()).filteredOn(line -> line.kind() == BudgetLineDraft.Kind.INCOME)
				.extracting(BudgetLineDraft::chapter).containsExactly(3714, 3740, 3740, 3740, 5572, 5572);
	}

	@Test
	void earmarksStayInTheCommentAndNameTailsDoNot() {
		assertThat(line(701, 21, 21_000).comment())
				.contains("1 mill. kr er øremerket arbeidet med standarder til HL7 Norge.");
		assertThat(line(701, 21, 67_500).comment()).contains("8,5 mill. kr til pasientens journaldokumenter");
		assertThat(line(760, 21, 337_000).comment()).contains("• 10 mill. kroner til statsforvalterne")
				.contains("Det er bevilget 33,8 mill. kroner til å videreutvikle");
		assertThat(line(714, 79, 81_374).comment()).endsWith("datainnsamlingen i den åttende Tromsøundersøkelsen.");
		assertThat(line(783, 21, 45_833).comment()).isEqualTo(
				"Det tildeles 2,6 mill. kroner til videre innfasing av 66 nyopprettede LIS1-stillinger.");
		assertThat(line(701, 60, 71_211).comment())
				.isEqualTo("Søknadsbasert tilskuddsordninger for kommuner for å ta helseteknologi i bruk");
		assertThat(line(3714, 4, 24_396).comment()).contains("4,918 mill. kroner knyttet til Folkehelseinstituttets");
	}

	@Test
	void calendarHasEveryRowWithDateAndTime() {
		List<String[]> expected = AppendixFixtures.tsv("calendar-2025.tsv", 4);
		List<CalendarEntryDraft> calendar = read.calendar();
		AppendixFixtures.Accuracy accuracy = new AppendixFixtures.Accuracy("kalender 2025 (" + expected.size() + " rader)");
		for (int i = 0; i < Math.min(expected.size(), calendar.size()); i++) {
			String[] want = expected.get(i);
			CalendarEntryDraft entry = calendar.get(i);
			accuracy.check("dato", entry.date().equals(LocalDate.parse(want[0])));
			accuracy.check("klokkeslett", Objects.equals(entry.time(), want[1].isEmpty() ? null : want[1]));
			accuracy.check("tiltak", Objects.equals(entry.activity(), want[2]));
			accuracy.check("merknad", Objects.equals(entry.note(), want[3].isEmpty() ? null : want[3]));
		}
		accuracy.print();
		assertThat(calendar).extracting(CalendarEntryDraft::date)
				.containsExactlyElementsOf(expected.stream().map(want -> LocalDate.parse(want[0])).toList());
		assertThat(calendar).extracting(CalendarEntryDraft::time)
				.containsExactlyElementsOf(expected.stream().map(want -> want[1].isEmpty() ? null : want[1]).toList());
		assertThat(calendar).extracting(CalendarEntryDraft::activity)
				.containsExactlyElementsOf(expected.stream().map(want -> want[2]).toList());
		// telling the Merknad column from Tiltak is a heuristic (see Calendar2025); today it gets all 14
		assertThat(accuracy.correct("merknad")).isGreaterThanOrEqualTo(13);
	}

	@Test
	void specialReportingHasEveryRowWithDateOrFrequency() {
		List<String[]> expected = AppendixFixtures.tsv("special-reporting-2025.tsv", 5);
		List<SpecialReportingDraft> rows = read.specialReporting();
		AppendixFixtures.Accuracy accuracy = new AppendixFixtures.Accuracy("særskilt rapportering 2025 (" + expected.size() + " rader)");
		for (int i = 0; i < Math.min(expected.size(), rows.size()); i++) {
			String[] want = expected.get(i);
			SpecialReportingDraft row = rows.get(i);
			accuracy.check("når", row.when().equals(want[0]));
			accuracy.check("dato", Objects.equals(row.date(), want[1].isEmpty() ? null : LocalDate.parse(want[1])));
			accuracy.check("hyppighet", Objects.equals(row.frequency(),
					want[2].isEmpty() ? null : SpecialReportingDraft.Frequency.valueOf(want[2])));
			accuracy.check("rapportering", row.subject().startsWith(want[3]));
			if (!want[4].equals("?")) {
				accuracy.check("kommentar", Objects.equals(row.comment(), want[4].isEmpty() ? null : want[4]));
			}
		}
		accuracy.print();
		assertThat(rows).hasSize(expected.size());
		for (String field : List.of("når", "dato", "hyppighet", "rapportering", "kommentar")) {
			assertThat(accuracy.correct(field)).as(field).isEqualTo(accuracy.total(field));
		}
	}

	@Test
	void authorisationsHaveTheLettersKindsInOrder() {
		List<String[]> expected = AppendixFixtures.tsv("authorizations-2025.tsv", 2);
		List<AuthorizationDraft> authorizations = read.authorizations();
		assertThat(authorizations).extracting(AuthorizationDraft::kind)
				.containsExactlyElementsOf(expected.stream().map(want -> want[0]).toList());
		for (int i = 0; i < expected.size(); i++) {
			assertThat(authorizations.get(i).text()).as("fullmakt %d", i + 1).contains(expected.get(i)[1]);
		}
		System.out.println("Fullmakter 2025: " + authorizations.size() + "/" + expected.size());
	}

	@Test
	void theSeedLetterGivesNoWarnings() {
		assertThat(warnings).isEmpty();
	}

	private static BudgetLineDraft line(int chapter, int post, long amount) {
		return read.budgetLines().stream()
				.filter(line -> line.chapter() == chapter && line.post() == post && Objects.equals(line.amount(), amount))
				.findFirst().orElseThrow();
	}
}
