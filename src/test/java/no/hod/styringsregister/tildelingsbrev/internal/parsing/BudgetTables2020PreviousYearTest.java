package no.hod.styringsregister.tildelingsbrev.internal.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The previous-year (2019) column of the 2020 letter's appropriation tables, checked against the letter's text read
 * by hand. The letter has two kinds of two-column table:
 * <ul>
 * <li>2019 and 2020 ({@code 714 Folkehelse 2019 2020}, {@code Saldert 2019 / 2020}, {@code Tildelinger 2019/Saldert
 * 2019 / Tildelinger 2020}, {@code Saldert 2019 / Forslag 2020}): the first column is the previous year;</li>
 * <li>the whole 2020 appropriation and the agency's part ({@code Forslag i Prop 1 S / Tildeling Hdir},
 * {@code Saldert budsjett 2020 / Tildeling Hdir}): there is no 2019 figure at all, so no previous year.</li>
 * </ul>
 * Three rows of 2019/2020 tables print one number only, in the 2020 column: 734.21 ({@code 57 335}), 734.72
 * ({@code 13 138}) and 781.21 ({@code 39 078}); the text under each table confirms that this is the 2020 allocation.
 */
class BudgetTables2020PreviousYearTest {

	/** Chapters whose table has a 2019 column next to the 2020 one. */
	private static final Set<Integer> TABLES_WITH_2019 = Set.of(740, 3740, 714, 734, 732, 733, 737, 781, 702, 2711,
			2751, 2752, 2755, 2756, 2790, 783, 660, 575);

	/** Chapters whose table holds the whole 2020 appropriation and the agency's part, with no 2019 column. */
	private static final Set<Integer> TABLES_WITHOUT_2019 = Set.of(761, 769, 762, 765, 770);

	/** Rows of a 2019/2020 table whose 2019 cell the letter leaves empty. */
	private static final Set<String> EMPTY_2019_CELLS = Set.of("734.21", "734.72", "781.21");

	private static List<BudgetLineDraft> lines;

	@BeforeAll
	static void parseLetter() {
		lines = new LetterParser().parse(AppendixFixtures.text("/seeds/tildelingsbrev-helsedirektoratet-2020.txt"))
				.budgetLines();
	}

	private static BudgetLineDraft line(int chapter, int post) {
		List<BudgetLineDraft> found = lines.stream().filter(l -> l.chapter() == chapter && l.post() == post).toList();
		assertThat(found).as("lines %d.%02d", chapter, post).hasSize(1);
		return found.get(0);
	}

	private static void assertAmounts(int chapter, int post, Long previousYear, Long amount) {
		BudgetLineDraft line = line(chapter, post);
		assertThat(line.previousYearAmount()).as("2019 of %d.%02d", chapter, post).isEqualTo(previousYear);
		assertThat(line.amount()).as("2020 of %d.%02d", chapter, post).isEqualTo(amount);
	}

	@Test
	void rowsOnOneLineCarryBothYears() {
		// "740 01 Driftsutgifter 1 212 918 1 222 348", under "Kap. Post Helsedirektoratet 2019 (saldert) 2020"
		assertAmounts(740, 1, 1_212_918L, 1_222_348L);
		// " 06 Gjesteinnbyggeroppgjør for fastleger 81 908 84 529" (a post row under 3740)
		assertAmounts(3740, 6, 81_908L, 84_529L);
		// "734 01 Driftsutgifter – kontrollkommisjonene 71 349 72 707", under "Saldert budsjett 2019 / Tildeling Hdir 2020"
		assertAmounts(734, 1, 71_349L, 72_707L);
		// "732 21  Spesielle driftsutgifter 1 000 2 000", under "Tildelinger 2019/Saldert 2019 / Tildelinger 2020"
		assertAmounts(732, 21, 1_000L, 2_000L);
		// "737 70  Tilskudd  48 000 94 944"
		assertAmounts(737, 70, 48_000L, 94_944L);
		// " 72 Tannbehandling  2 318 320 2 200 500", under "Saldert 2019 / 2020"
		assertAmounts(2711, 72, 2_318_320L, 2_200_500L);
		// " 71 Helsetjenester i utlandet 490 000 405 000"
		assertAmounts(2756, 71, 490_000L, 405_000L);
		// "2790 70 Bidrag 254 900 247 000"
		assertAmounts(2790, 70, 254_900L, 247_000L);
		// "783.61 Tilskudd til kommuner 142 708 132 508", under "Saldert 2019 / Forslag 2020"
		assertAmounts(783, 61, 142_708L, 132_508L);
	}

	@Test
	void rowsBrokenOverSeveralLinesCarryBothYears() {
		// " 79 Andre tilskudd, kan overføres, kan nyttes under" / "post 21" / "34 200 48 800"
		assertAmounts(714, 79, 34_200L, 48_800L);
		// "734 70 Hjemhenting ved alvorlig psykisk" / "lidelse mv." / "2 784 2 873"
		assertAmounts(734, 70, 2_784L, 2_873L);
		// "732 77 Laboratorie- og radiologiske" / "undersøkelser" / "3 119 112 3 145 547"
		assertAmounts(732, 77, 3_119_112L, 3_145_547L);
		// "733 79 Andre tilskudd, kan nyttes under" / "post 21" / "6 341 3 340"
		assertAmounts(733, 79, 6_341L, 3_340L);
		// "781 79 Tilskudd, kan nyttes under post" / "21" / "73 570  75 544"
		assertAmounts(781, 79, 73_570L, 75_544L);
		// "702 21 Spesielle driftsutgifter, kan overføres, kan nyttes under post" / "70" / "11 062 11 226"
		assertAmounts(702, 21, 11_062L, 11_226L);
		// " 70 Tilskudd, kan overføres, kan nyttes under post 21  3 897  4 002"
		assertAmounts(702, 70, 3_897L, 4_002L);
		// "2751 70 Legemidler" / "9 310 800 10 332" / "000": the 2020 amount broken inside its digit groups
		assertAmounts(2751, 70, 9_310_800L, 10_332_000L);
		// " 71" / "Egenandelstak 2 1 014 000 1 039" / "600": the name ends in a digit
		assertAmounts(2752, 71, 1_014_000L, 1_039_600L);
		// " 70" / "Allmennlegehjelp 5 274" / "600" / "5 434" / "911"
		assertAmounts(2755, 70, 5_274_600L, 5_434_911L);
		// "71 Fysioterapi, kan nyttes under post 62 1 180" / "000" / "1 238" / "200"
		assertAmounts(2755, 71, 1_180_000L, 1_238_200L);
	}

	/**
	 * Kap. 575 and 660 stand under «4.2 Arbeids- og sosialdepartementet» and «4.3 Kommunal- og
	 * moderniseringsdepartementet»: read as every table, and marked with the ministry they come from.
	 */
	@Test
	void otherMinistriesTablesAreKeptWithTheirMinistry() {
		// "60 Toppfinansieringsordning," / "overslagsbevilgning" / "10 222 112 10 767 694", under "Kap. 575"
		assertAmounts(575, 60, 10_222_112L, 10_767_694L);
		// amounts in millions: "660  70 Skadekur, militærpersonell 0,1 0,02" with "Beløp i mill. kroner"
		assertAmounts(660, 70, 100L, 20L);
		// "660 71 Skadekur, sivilpersoner 0,6 0,5"
		assertAmounts(660, 71, 600L, 500L);
		assertThat(line(660, 70).ministry()).isEqualTo("Arbeids- og sosialdepartementet");
		assertThat(line(660, 71).ministry()).isEqualTo("Arbeids- og sosialdepartementet");
		assertThat(line(575, 60).ministry()).isEqualTo("Kommunal- og moderniseringsdepartementet");
		// the ministry's own lines, before «4 Øvrige økonomiske rammer», name none
		assertThat(lines).filteredOn(l -> l.chapter() != 660 && l.chapter() != 575)
			.allSatisfy(l -> assertThat(l.ministry()).as("%d.%02d", l.chapter(), l.post()).isNull());
	}

	@Test
	void anEmpty2019CellGivesNoPreviousYear() {
		// "734 21 Spesielle driftsutgifter  57 335": "Helsedirektoratet tildeles 57 335 mill. kroner."
		assertAmounts(734, 21, null, 57_335L);
		// "734 72 Utviklingsområder innen psykisk" / "helsevern og rus" / " 13 138"
		assertAmounts(734, 72, null, 13_138L);
		// "781 21 Spesielle driftsutgifter, kan nyttes" / "under post 79" / " 39 078":
		// "Helsedirektoratet tildeles 39,078 mill. kroner."
		assertAmounts(781, 21, null, 39_078L);
	}

	@Test
	void tablesOfTheWholeAppropriationHaveNoPreviousYear() {
		// "762  63  Allmennlegetjenester   322 781  281 781" under "Forslag i Prop 1 S / Tildeling Hdir"
		assertAmounts(762, 63, null, 281_781L);
		assertThat(line(762, 63).comment()).contains("Forslag i Prop. 1 S: 322 781.");
		// "761 21 Spesielle driftsutgifter, kan nyttes under" / "post 79" / "192 152 169 152" under
		// "Saldert budsjett 2020 / Tildeling Hdir"
		assertAmounts(761, 21, null, 169_152L);
		assertThat(line(761, 21).comment()).contains("Saldert budsjett: 192 152.");
		// "765   21   Spesielle driftsutgifter   129 598 118 598"
		assertAmounts(765, 21, null, 118_598L);
		// "770   21   Spesielle driftsutgifter, kan nyttes" / "under post 70" / "34 912 12 912"
		assertAmounts(770, 21, null, 12_912L);
	}

	@Test
	void everyRowOfA2019TableHasBothYearsUnlessTheLettersCellIsEmpty() {
		// 83 rows in the tables, 575.60, 660.70 and 660.71 of other ministries among them; and 709.01, which 4.1
		// gives in a sentence, with no table and so no 2019 figure
		assertThat(lines).hasSize(84);
		assertThat(line(709, 1).previousYearAmount()).isNull();
		List<BudgetLineDraft> fromTables = lines.stream().filter(l -> l.chapter() != 709).toList();
		assertThat(fromTables).hasSize(83);
		for (BudgetLineDraft line : fromTables) {
			String key = line.chapter() + "." + String.format("%02d", line.post());
			assertThat(TABLES_WITH_2019.contains(line.chapter()) || TABLES_WITHOUT_2019.contains(line.chapter()))
					.as("table of %s", key).isTrue();
			assertThat(line.amount()).as("2020 of %s", key).isNotNull();
			if (TABLES_WITHOUT_2019.contains(line.chapter()) || EMPTY_2019_CELLS.contains(key)) {
				assertThat(line.previousYearAmount()).as("2019 of %s", key).isNull();
			} else {
				assertThat(line.previousYearAmount()).as("2019 of %s", key).isNotNull();
			}
		}
		// 30 rows in the five tables without a 2019 column, 3 empty 2019 cells: 83 - 30 - 3 = 50
		assertThat(lines).filteredOn(line -> TABLES_WITHOUT_2019.contains(line.chapter())).hasSize(30);
		assertThat(lines).filteredOn(line -> line.previousYearAmount() != null).hasSize(50);
	}
}
