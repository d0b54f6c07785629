package no.hod.styringsregister.tildelingsbrev.internal.parsing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A small hand-made letter in the 2025 layout, written the way other letters may differ from the seed: rows on one
 * line, a hyphen instead of a dash in the appendix headings, a time on the date's line, no blank lines.
 */
class AppendixReaderSmallLetterTest {

	private static final String LETTER = """
			Tildelingsbrev 2026 – Helsedirektoratet
			3.1 Hovedmål
			TB2026-1 Avd. HOD: FHA Et oppdrag
			4 Budsjettildeling
			4.1 Utgifter
			(alle tall i 1 000 kroner)
			Kap./post Benevnelse Tildeling Kommentarer
			Tabellen er foreløpig
			714.21 Spesielle driftsutgifter 103 000 5 mill. kroner til ABC-kampanje.
			714.60 Kommunale
			tiltak
			1 222 348
			2 mill. kroner er øremerket Oslo kommune.
			714.70 Rusmiddeltiltak, kan nyttes under post
			21
			-
			4.2 Inntekter
			3714.04 Gebyrinntekter 24 396 Inntektskrav
			4.3 Budsjettmessige forutsetninger
			Helsedirektoratet skal holde seg innenfor 1 000 kroner.
			5 Styring og oppfølging
			Vedlegg I - Styrings- og rapporteringskalender 2026
			Dato Tiltak Merknad
			31. januar Levere regnskapsresultatet
			15.03.2026 Årsrapport for 2025
			3. april kl. 9.00–11.00 Etatsstyringsmøte Hos departementet
			14. feb.
			Vedlegg II - Fullmakter
			Bestillingsfullmakt
			Kap. Post Betegnelse Samlet ramme
			710 Vaksiner mv.
			21 Spesielle driftsutgifter 12 mill. kroner
			Personalfullmakter
			Toppledere
			• Departementet ansetter toppleder.
			Vedlegg III - Særskilt rapportering 2026
			Frist/hyppighet Rapportering Kommentar
			Årlig Rapport om kosthold
			Tertialvis Økonomirapport for tobakk Kort
			1. juni Rapport om tilskudd
			""";

	@Test
	void readsTheBudgetTable() {
		List<String> warnings = new ArrayList<>();
		AppendixReader.Appendices read = new AppendixReader().read2025(TextLines.normalise(LETTER), 2026, warnings);

		assertThat(read.budgetLines()).containsExactly(
				new BudgetLineDraft(714, 21, "Spesielle driftsutgifter", 103_000L, null, BudgetLineDraft.Kind.EXPENSE,
						"5 mill. kroner til ABC-kampanje."),
				new BudgetLineDraft(714, 60, "Kommunale tiltak", 1_222_348L, null, BudgetLineDraft.Kind.EXPENSE,
						"2 mill. kroner er øremerket Oslo kommune."),
				new BudgetLineDraft(714, 70, "Rusmiddeltiltak, kan nyttes under post 21", null, null,
						BudgetLineDraft.Kind.EXPENSE, null),
				new BudgetLineDraft(3714, 4, "Gebyrinntekter", 24_396L, null, BudgetLineDraft.Kind.INCOME,
						"Inntektskrav"));
		assertThat(warnings).containsExactly("Kunne ikke lese budsjettlinje: «Tabellen er foreløpig»",
				"Kunne ikke lese kalenderoppføringen: «14. feb.»");
	}

	@Test
	void readsTheCalendarAndWarnsAboutARowWithoutActivity() {
		List<String> warnings = new ArrayList<>();
		AppendixReader.Appendices read = new AppendixReader().read2025(TextLines.normalise(LETTER), 2026, warnings);

		assertThat(read.calendar()).containsExactly(
				new CalendarEntryDraft(LocalDate.of(2026, 1, 31), null, "Levere regnskapsresultatet", null),
				new CalendarEntryDraft(LocalDate.of(2026, 3, 15), null, "Årsrapport for 2025", null),
				new CalendarEntryDraft(LocalDate.of(2026, 4, 3), "09:00-11:00", "Etatsstyringsmøte",
						"Hos departementet"));
		assertThat(warnings).contains("Kunne ikke lese kalenderoppføringen: «14. feb.»");
	}

	@Test
	void readsAuthorisationsAndSpecialReporting() {
		AppendixReader.Appendices read = new AppendixReader().read2025(TextLines.normalise(LETTER), 2026,
				new ArrayList<>());

		assertThat(read.authorizations()).containsExactly(
				new AuthorizationDraft("Bestillingsfullmakt",
						"Kap. 710 Vaksiner mv., post 21 Spesielle driftsutgifter. Samlet ramme: 12 mill. kroner"),
				new AuthorizationDraft("Personalfullmakt", "Toppledere: • Departementet ansetter toppleder."));
		assertThat(read.specialReporting()).containsExactly(
				new SpecialReportingDraft("Årlig", null, SpecialReportingDraft.Frequency.YEARLY, "Rapport om kosthold",
						null),
				new SpecialReportingDraft("Tertialvis", null, SpecialReportingDraft.Frequency.THREE_TIMES_A_YEAR,
						"Økonomirapport for tobakk", "Kort"),
				new SpecialReportingDraft("1. juni", LocalDate.of(2026, 6, 1), null, "Rapport om tilskudd", null));
	}

	@Test
	void anUnnumberedBudgetHeadingWorksAndTheTableEndsAtTheAppendix() {
		List<String> warnings = new ArrayList<>();
		AppendixReader.Appendices read = new AppendixReader().read2025(TextLines.normalise("""
				Budsjettildeling
				740.01 Driftsutgifter 1 000
				Vedlegg I – Styrings- og rapporteringskalender
				1. mars Møte om budsjett
				"""), 2025, warnings);

		assertThat(read.budgetLines()).containsExactly(new BudgetLineDraft(740, 1, "Driftsutgifter", 1_000L, null,
				BudgetLineDraft.Kind.EXPENSE, null));
		assertThat(read.calendar()).containsExactly(
				new CalendarEntryDraft(LocalDate.of(2025, 3, 1), null, "Møte om budsjett", null));
		assertThat(warnings).isEmpty();
	}

	@Test
	void aLetterWithoutTablesGivesEmptyListsAndSaysWhatIsMissing() {
		List<String> warnings = new ArrayList<>();
		AppendixReader.Appendices read = new AppendixReader().read2025(List.of("Tildelingsbrev", "", "Hei"), 2025,
				warnings);

		assertThat(read.budgetLines()).isEmpty();
		assertThat(read.calendar()).isEmpty();
		assertThat(read.specialReporting()).isEmpty();
		assertThat(read.authorizations()).isEmpty();
		assertThat(warnings).containsExactly(
				"Fant ingen budsjettabell (kapittelet «Budsjettildeling» med kapittel og post).",
				"Fant ikke Vedlegg I (styrings- og rapporteringskalender).");
	}

	@Test
	void a2020TableRowWithoutAmountsIsKeptAndWarnedAbout() {
		List<String> warnings = new ArrayList<>();
		List<String> lines = TextLines.normalise("""
				Kap. Post Postnavn 2019 2020
				740 01 Driftsutgifter 1 212 918 1 222 348
				21 Spesielle driftsutgifter
				Teksten fortsetter her.
				""");
		AppendixReader.Appendices read = new AppendixReader().read2020(lines, 2020, warnings);

		assertThat(read.budgetLines()).extracting(BudgetLineDraft::post, BudgetLineDraft::amount,
				BudgetLineDraft::previousYearAmount)
				.containsExactly(org.assertj.core.groups.Tuple.tuple(1, 1_222_348L, 1_212_918L),
						org.assertj.core.groups.Tuple.tuple(21, null, null));
		assertThat(warnings).containsExactly(
				"Kunne ikke lese budsjettlinje: «740 21 Spesielle driftsutgifter Teksten fortsetter her.»");
	}

	@Test
	void oddInputNeverThrows() {
		List<List<String>> inputs = List.of(List.of(), List.of(""),
				List.of("4. Budsjettildeling", "701.21", "1 000 000 000 000 000 000 000 000", "900"),
				List.of("Vedlegg I – kalender", "31. feb.", "kl. 99:99", "1. mars kl. 25:00"),
				List.of("Vedlegg II – Fullmakter", "Bestillingsfullmakt", "710 X", "21 " + "1 ".repeat(5000) + "-"),
				List.of("Vedlegg III – Særskilt rapportering", "Årlig,", "Årlig/"),
				List.of("Kap. Post", "740 01 " + "123 ".repeat(3000), "21", "6.5 Budsjett- og regnskapsprosesser",
						"• Tidsfrist 99.99: x", "• 31.12"));
		for (List<String> lines : inputs) {
			assertThatCode(() -> {
				new AppendixReader().read2025(lines, 2025, new ArrayList<>());
				new AppendixReader().read2020(lines, 2020, new ArrayList<>());
			}).as(String.join(" / ", lines).substring(0, Math.min(60, String.join(" / ", lines).length())))
					.doesNotThrowAnyException();
		}
	}
}
