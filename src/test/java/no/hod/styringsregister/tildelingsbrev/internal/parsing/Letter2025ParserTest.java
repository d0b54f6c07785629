package no.hod.styringsregister.tildelingsbrev.internal.parsing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import no.hod.styringsregister.tildelingsbrev.internal.parsing.AssignmentDraft.BudgetRef;
import no.hod.styringsregister.tildelingsbrev.internal.parsing.AssignmentDraft.Exempt;
import no.hod.styringsregister.tildelingsbrev.internal.parsing.AssignmentDraft.TextPart;

class Letter2025ParserTest {

	private static final String SEED = "/seeds/tildelingsbrev-helsedirektoratet-2025.txt";
	private static final String FULL_2026 = "/letters/tildelingsbrev-full-2026.txt";
	private static final String EXEMPT_MARK = "(Unntatt offentlighet, jf. Offl. § 22, 2. ledd)";

	private static LetterDraft seed;
	private static LetterDraft full;

	@BeforeAll
	static void parseLetters() {
		seed = new LetterParser().parse(resource(SEED));
		full = new LetterParser().parse(resource(FULL_2026));
	}

	@Test
	void readsYearAgencyAndKindFromTheOpeningOfTheSeed() {
		assertThat(seed.year()).isEqualTo(2025);
		assertThat(seed.agency()).isEqualTo("Helsedirektoratet");
		// The opening mentions "supplerende tildelingsbrev gjennom året", yet this is the main letter.
		assertThat(seed.kind()).isEqualTo(LetterDraft.LetterKind.MAIN);
		assertThat(seed.layout()).isEqualTo("2025");
	}

	@Test
	void findsExactlyTheSeventyTwoAssignmentsInOrder() {
		List<String> expected = IntStream.rangeClosed(1, 72).mapToObj(n -> "TB2025-" + n).toList();
		assertThat(seed.assignments()).extracting(AssignmentDraft::id).containsExactlyElementsOf(expected);
	}

	@Test
	void matchesTheHandMadeTableOfEveryAssignment() {
		Map<String, String[]> expected = expectedTable();
		Map<String, AssignmentDraft> actual = new LinkedHashMap<>();
		seed.assignments().forEach(a -> actual.put(a.id(), a));

		Map<String, Function<AssignmentDraft, String>> fields = new LinkedHashMap<>();
		fields.put("id", AssignmentDraft::id);
		fields.put("section", AssignmentDraft::section);
		fields.put("departments", a -> String.join(",", a.hodDepartments()));
		fields.put("title", AssignmentDraft::title);
		fields.put("deadlines", a -> String.join(",", a.deadlines().stream().map(LocalDate::toString).toList()));

		Map<String, Integer> correct = new LinkedHashMap<>();
		List<String> misses = new ArrayList<>();
		int column = 0;
		for (Map.Entry<String, Function<AssignmentDraft, String>> field : fields.entrySet()) {
			int good = 0;
			for (Map.Entry<String, String[]> row : expected.entrySet()) {
				AssignmentDraft assignment = actual.get(row.getKey());
				String got = assignment == null ? null : field.getValue().apply(assignment);
				if (row.getValue()[column].equals(got)) {
					good++;
				}
				else {
					misses.add(row.getKey() + " " + field.getKey() + ": expected «" + row.getValue()[column]
							+ "» got «" + got + "»");
				}
			}
			correct.put(field.getKey(), good);
			column++;
		}
		System.out.println("Accuracy of Letter2025Parser on the 2025 seed (field -> correct/total):");
		correct.forEach((field, good) -> System.out.printf("  %-12s %d/%d%n", field, good, expected.size()));
		misses.forEach(miss -> System.out.println("  MISS " + miss));

		assertThat(expected).hasSize(72);
		assertThat(misses).isEmpty();
	}

	@Test
	void readsTheThirteenGoalsWithWrappedTitles() {
		assertThat(seed.goals()).extracting(GoalDraft::number)
				.containsExactlyElementsOf(IntStream.rangeClosed(1, 13).mapToObj(n -> "3." + n).toList());
		assertThat(seed.goals()).extracting(GoalDraft::title).containsExactly(
				"Folkehelsearbeidet er kunnskapsbasert og tverrsektorielt",
				"Befolkningen har gode levevaner og god livskvalitet i trygge og helsefremmende lokalsamfunn",
				"Mindre sosial ulikhet i helse og i bruken av helse- og omsorgstjenester",
				"Pasienter og brukere mottar helse- og omsorgstjenester av god kvalitet i hele landet",
				"Pasienter, brukere og pårørende opplever sammenhengende helse- og omsorgstjenester på tvers av "
						+ "fagområder og forvaltningsnivå",
				"Pasienter, brukere og pårørende medvirker og blir involvert av helsepersonell i eget forløp og i "
						+ "utviklingen av tjenestene",
				"Helse- og omsorgstjenesten er innovativ og jobber systematisk for en bærekraftig utvikling",
				"Den nasjonale helseberedskapen er motstandsdyktig, samordnet og effektiv ved kriser og krig",
				"Helse- og omsorgstjenesten har tilstrekkelig og kompetent personell",
				"Digitalisering er en integrert del av utviklingen av helse- og omsorgstjenesten og bidrar til bedre "
						+ "kvalitet og ressurseffektivitet",
				"Finansieringsordningene understøtter samhandling og ønsket faglig utvikling, samt bidrar til "
						+ "likeverdige og effektive helse- og omsorgstjenester av god kvalitet",
				"Tilgang på relevant og oppdatert styringsinformasjon og analyser bidrar til kunnskapsbaserte "
						+ "helsetjenester og riktigere ressursbruk",
				"Helseaktører og innbyggere får rett ytelse til rett tid");
	}

	@Test
	void readsSteeringParametersAndKeyFiguresOfTheGoals() {
		GoalDraft goal2 = goal(seed, "3.2");
		assertThat(goal2.steeringParameters()).containsExactly(
				"Helsedirektoratet skal bidra til å gjøre det enklere for befolkningen å finne, forstå og ta i bruk "
						+ "råd om levevaner",
				"Helsedirektoratet skal bidra til å forankre og understøtte et tverrsektorielt livskvalitetsarbeid");
		assertThat(goal2.keyFigures()).hasSize(8);
		assertThat(goal2.keyFigures().get(7))
				.isEqualTo("Antall ammekyndige helsestasjoner og Mor-barn vennlig føde- og barselavdelinger");
		// 3.1 has one key figure with three sub-points ("o Antall kommuner ...").
		assertThat(goal(seed, "3.1").keyFigures()).hasSize(1);
		assertThat(goal(seed, "3.1").keyFigures().get(0).split("\n")).hasSize(4);
		// 3.7 has steering parameters but no key figures; 3.8 has only assignments.
		assertThat(goal(seed, "3.7").steeringParameters()).hasSize(4);
		assertThat(goal(seed, "3.7").keyFigures()).isEmpty();
		assertThat(goal(seed, "3.8").steeringParameters()).isEmpty();
		assertThat(goal(seed, "3.8").keyFigures()).isEmpty();
		assertThat(goal(seed, "3.13").keyFigures()).hasSize(10);
	}

	@Test
	void findsReferencesToOtherAssignments() {
		assertThat(assignment(seed, "TB2025-3").references()).containsExactly("TB2023-30");
		assertThat(assignment(seed, "TB2025-20").references()).containsExactly("TB2025-24");
		assertThat(assignment(seed, "TB2025-28").references()).containsExactly("TB2023-25", "TB2023-26", "TB2022-33");
		assertThat(assignment(seed, "TB2025-43").references()).containsExactly("TTB2024-58");
		// Written "TB-2023-73" and "TB-2024-62", and TB-2023-73 twice.
		assertThat(assignment(seed, "TB2025-57").references()).containsExactly("TB2023-73", "TB2024-62");
		assertThat(assignment(seed, "TB2025-1").references()).isEmpty();
	}

	@Test
	void findsTheBudgetLinesAssignmentsCite() {
		assertThat(assignment(seed, "TB2025-2").budgetRefs()).containsExactly(new BudgetRef(710, 23));
		assertThat(assignment(seed, "TB2025-3").budgetRefs()).containsExactly(new BudgetRef(714, 21));
		// "kap. 732, post 21 og 1 mill. kroner over kap. 760.21"
		assertThat(assignment(seed, "TB2025-37").budgetRefs())
				.containsExactly(new BudgetRef(732, 21), new BudgetRef(760, 21));
		// "kap. 760 post 21" without a comma
		assertThat(assignment(seed, "TB2025-44").budgetRefs()).containsExactly(new BudgetRef(760, 21));
		// "kap." at a line end, "732, post 77 og kap. 2711, post 76" on the next line
		assertThat(assignment(seed, "TB2025-68").budgetRefs())
				.containsExactly(new BudgetRef(732, 77), new BudgetRef(2711, 76));
		// "innenfor hele kap. 760" and "kapittel 2751 og 2752" name no post.
		assertThat(assignment(seed, "TB2025-53").budgetRefs()).isEmpty();
		assertThat(assignment(seed, "TB2025-70").budgetRefs()).isEmpty();
	}

	/**
	 * Every budget line the assignments of the 2025 letter cite, found by reading the letter's chapter 3: eleven
	 * citations in ten assignments («kap. 710, post 23», «over kap. 714, post 21», «kap. 765, post 21» twice,
	 * «over 760.21» three times, «kap. 732, post 21 og 1 mill. kroner over kap. 760.21», «over kap. 760 post 21»,
	 * «kap. 732, post 77 og kap. 2711, post 76»). Everything else names no post («hele kap. 760», «kapittel 2751 og
	 * 2752») or no budget line at all, so only five of the table's lines are cited: 710.23 and 732.21 are not in it.
	 */
	@Test
	void findsEveryBudgetLineTheAssignmentsCiteAndNoOther() {
		Map<String, List<BudgetRef>> cited = new LinkedHashMap<>();
		seed.assignments().stream().filter(a -> !a.budgetRefs().isEmpty())
				.forEach(a -> cited.put(a.id(), a.budgetRefs()));
		assertThat(cited).containsExactly(Map.entry("TB2025-2", List.of(new BudgetRef(710, 23))),
				Map.entry("TB2025-3", List.of(new BudgetRef(714, 21))),
				Map.entry("TB2025-6", List.of(new BudgetRef(765, 21))),
				Map.entry("TB2025-18", List.of(new BudgetRef(765, 21))),
				Map.entry("TB2025-26", List.of(new BudgetRef(760, 21))),
				Map.entry("TB2025-37", List.of(new BudgetRef(732, 21), new BudgetRef(760, 21))),
				Map.entry("TB2025-41", List.of(new BudgetRef(760, 21))),
				Map.entry("TB2025-44", List.of(new BudgetRef(760, 21))),
				Map.entry("TB2025-67", List.of(new BudgetRef(760, 21))),
				Map.entry("TB2025-68", List.of(new BudgetRef(732, 77), new BudgetRef(2711, 76))));
		List<String> citedLines = seed.budgetLines().stream()
				.filter(line -> cited.values().stream()
						.anyMatch(refs -> refs.contains(new BudgetRef(line.chapter(), line.post()))))
				.map(line -> line.chapter() + "." + line.post()).toList();
		assertThat(citedLines).containsExactly("714.21", "732.77", "760.21", "765.21", "2711.76");
	}

	@Test
	void readsADeadlineGivenAsAMonthAsItsLastDay() {
		AssignmentDraft followUp = assignment(seed, "TB2025-69");
		assertThat(followUp.deadlines()).containsExactly(LocalDate.of(2025, 5, 31));
		assertThat(followUp.deadlineText())
				.isEqualTo("Det skal gis en foreløpig tilbakemelding på arbeidet innen utgangen av mai 2025.");
		// "Frist: mars 2025" for the first group of bullets; "Frist: 1. kvartal 2025" is the same 31 March, kept once
		assertThat(assignment(seed, "TB2025-61").deadlines()).startsWith(LocalDate.of(2025, 3, 31),
				LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 15));
		// "i løpet av 2025": the year's last day
		AssignmentDraft waitingTimes = assignment(seed, "TB2025-43");
		assertThat(waitingTimes.deadlines()).containsExactly(LocalDate.of(2025, 12, 31));
		assertThat(waitingTimes.deadlineText()).isEqualTo("Arbeidet skal være ferdigstilt i løpet av 2025.");
		// "før utgangen av 9. svangerskapsuke" is no date
		assertThat(assignment(seed, "TB2025-23").deadlines())
				.containsExactly(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 12, 31));
	}

	@Test
	void joinsSeveralFristPhrasesWithoutTheirOwnFullStops() {
		assertThat(assignment(seed, "TB2025-23").deadlineText()).isEqualTo("1. juni 2025: vurdering av om "
				+ "avtalespesialister i fødselshjelp og kvinnesykdommer bør gis adgang til å tilby medikamentell abort før "
				+ "utgangen av 9. svangerskapsuke; 31. desember 2025: utredning av om det i fremtiden bør etableres et "
				+ "tilbud om abort i den kommunale helse- og omsorgstjenesten");
		assertThat(assignment(seed, "TB2025-26").deadlineText()).isEqualTo("1. mai 2025; 1. november 2025");
		// a single phrase keeps its own words as written
		assertThat(assignment(seed, "TB2025-35").deadlineText()).isEqualTo("1. april 2026.");
	}

	@Test
	void keepsAQuotedTitleInOneParagraph() {
		List<TextPart> parts = assignment(seed, "TB2025-8").parts();
		assertThat(parts).hasSize(1);
		assertThat(parts.get(0).text()).isEqualTo("Departementet viser til Helsedirektoratets rapport "
				+ "«Samfunnsøkonomiske kostnader av røyking. En vurdering av metodikk og kostnadenes størrelsesorden» fra "
				+ "2010, og ber direktoratet om å lage en oppdatert rapport.");
		// TB2025-21 opens «Gjennomgang av saker … and never closes it: the next paragraph still starts on its own
		List<TextPart> unclosed = assignment(seed, "TB2025-21").parts();
		assertThat(unclosed).anyMatch(p -> p.text().startsWith("De regionale helseforetakene fikk i 2024 i oppdrag"));
	}

	@Test
	void keepsTheFristPhraseAndWarnsWhereThereIsNone() {
		assertThat(assignment(seed, "TB2025-2").deadlineText()).isEqualTo("14.03.2025");
		assertThat(assignment(seed, "TB2025-3").deadlineText()).isEqualTo("Se særskilt rapportering.");
		assertThat(assignment(seed, "TB2025-20").deadlineText())
				.isEqualTo("15. mars for oppdrag 4; 15. november 2025 for oppdrag 1-3");
		assertThat(assignment(seed, "TB2025-61").deadlineText()).startsWith("mars 2025; 1. juli; 1. kvartal 2025");
		assertThat(assignment(seed, "TB2025-37").deadlineText()).isNull();
		assertThat(assignment(seed, "TB2025-37").deadlines()).isEmpty();
		assertThat(seed.warnings()).contains("Fant ingen frist for oppdrag TB2025-37. Skriv fristen i tabellen under, eller la feltet stå tomt.");
		assertThat(seed.warnings()).noneMatch(w -> w.startsWith("Fant ingen frist for oppdrag TB2025-1."));
		// No frist, but "ferdigstilles innen 31.12.2025": the date is used and the admin is told.
		assertThat(assignment(seed, "TB2025-32").deadlineText()).isNull();
		assertThat(seed.warnings()).anyMatch(w -> w.startsWith("Fant ingen frist for oppdrag TB2025-32.")
				&& w.contains("innen 31.12.2025"));
		// The quoted sentence's own full stop ends the warning's sentence; the date used can be corrected below.
		assertThat(seed.warnings()).filteredOn(w -> w.startsWith("Fant ingen frist for oppdrag TB2025-32."))
			.singleElement().satisfies(w -> assertThat(w).doesNotContain(".».")
				.endsWith("» Rett fristen i tabellen under om den ikke stemmer."));
	}

	@Test
	void laysOutTheTextInParagraphsAndPoints() {
		AssignmentDraft first = assignment(seed, "TB2025-1");
		assertThat(first.text()).startsWith("Helsedirektoratet skal i samarbeid med Folkehelseinstituttet beskrive "
				+ "hvordan sykdomsbyrdedata og andre kilder kan benyttes");
		assertThat(first.text()).contains("(alkohol, tobakk, fysisk aktivitet og kosthold).\n\nPå sikt er målet");
		assertThat(first.text()).contains("\n\n• Beregninger av hvor stor andel av sykdomsbyrden som kan tilskrives "
				+ "de fire påvirkningsfaktorene, basert på eksisterende data og forskning.\n\n• Fordeling av");
		assertThat(first.text()).doesNotContain("Frist");
		AssignmentDraft fifth = assignment(seed, "TB2025-5");
		assertThat(fifth.text()).contains("\n\n1. Utkast til gjennomføringsplan", "\n\n2. Veiledende materiell",
				"\n\n3. Forslag til pilot");
		// A page break inside a paragraph ("kunnskapsbasert" / " portefølje") does not split it.
		assertThat(assignment(seed, "TB2025-3").text())
				.contains("utviklingen av en kunnskapsbasert portefølje av tiltak");
		// Page numbers and link residue between the lines of a paragraph are dropped.
		assertThat(assignment(seed, "TB2025-67").text()).doesNotContain("mailto")
				.contains("Hos særlig familier som venter sitt første barn");
		assertThat(seed.assignments()).allSatisfy(a -> {
			assertThat(a.text()).isEqualTo(String.join("\n\n", a.parts().stream().map(TextPart::text).toList()));
			assertThat(a.text()).doesNotContain("Side 37", "Side 40").doesNotContain("\n\n\n");
		});
	}

	@Test
	void marksTheExemptPointsOfTb2025Dash34AndTheWhollyExemptTb2025Dash60() {
		AssignmentDraft gp = assignment(seed, "TB2025-34");
		assertThat(gp.exempt()).isEqualTo(Exempt.PARTS);
		assertThat(gp.exemptFromPublic()).isTrue();
		List<TextPart> exemptParts = gp.parts().stream().filter(TextPart::exempt).toList();
		assertThat(exemptParts).extracting(TextPart::text)
				.containsExactly("1. " + EXEMPT_MARK, "2. " + EXEMPT_MARK, "3. " + EXEMPT_MARK, "4. " + EXEMPT_MARK,
						"5. " + EXEMPT_MARK);
		assertThat(gp.parts().get(0).exempt()).isFalse();
		assertThat(gp.parts()).filteredOn(p -> p.text().startsWith("6. Oppgavebeskrivelse av fastlegetjenesten"))
				.singleElement().extracting(TextPart::exempt).isEqualTo(false);
		assertThat(gp.parts()).filteredOn(p -> p.text().startsWith("Med sikte på økt andel basis"))
				.singleElement().extracting(TextPart::exempt).isEqualTo(false);

		AssignmentDraft recruitment = assignment(seed, "TB2025-60");
		assertThat(recruitment.exempt()).isEqualTo(Exempt.WHOLE);
		assertThat(recruitment.parts()).isNotEmpty().allMatch(TextPart::exempt);

		assertThat(seed.assignments()).filteredOn(AssignmentDraft::exemptFromPublic).extracting(AssignmentDraft::id)
				.containsExactly("TB2025-34", "TB2025-60");
	}

	@Test
	void readsTheFullLetterOf2026() {
		assertThat(full.year()).isEqualTo(2026);
		assertThat(full.agency()).isEqualTo("Helsedirektoratet");
		assertThat(full.kind()).isEqualTo(LetterDraft.LetterKind.MAIN);
		assertThat(full.goals()).extracting(GoalDraft::number).containsExactly("3.1", "3.2", "3.3");
		assertThat(full.goals().get(1).title())
				.isEqualTo("Pasienter og brukere mottar helse- og omsorgstjenester av god kvalitet i hele landet");
		assertThat(full.assignments()).extracting(AssignmentDraft::id)
				.containsExactly("TB2026-1", "TB2026-2", "TB2026-3", "TB2026-4", "TB2026-5", "TB2026-6");
		assertThat(full.assignments()).extracting(AssignmentDraft::section)
				.containsExactly("3.1", "3.2", "3.2", "3.2", "3.3", "3.3");

		AssignmentDraft second = assignment(full, "TB2026-2");
		assertThat(second.hodDepartments()).containsExactly("KTA", "SHA");
		assertThat(second.title()).isEqualTo("Oppfølging av allmennlegetjenesten og legevakt");
		assertThat(second.references()).containsExactly("TTB2025-12");

		AssignmentDraft sixth = assignment(full, "TB2026-6");
		assertThat(sixth.hodDepartments()).containsExactly("KTA", "DIG");
		assertThat(sixth.title()).isEqualTo("Digital hjemmeoppfølging i kommunene");
		assertThat(sixth.budgetRefs()).containsExactly(new BudgetRef(701, 21), new BudgetRef(701, 70));
		assertThat(full.warnings()).contains("Fant ingen frist for oppdrag TB2026-6. Skriv fristen i tabellen under, eller la feltet stå tomt.");
	}

	@Test
	void modelsTheExemptContentOfTheFullLetter() {
		AssignmentDraft marked = assignment(full, "TB2026-3");
		assertThat(marked.exempt()).isEqualTo(Exempt.PARTS);
		assertThat(marked.title()).isEqualTo("Forenkling av pasientforløp");
		assertThat(marked.parts()).extracting(TextPart::exempt).containsExactly(false, true, true, false);
		// The marked point carries its real text on the mark's own line and in the paragraph after it.
		assertThat(marked.parts().get(1).text()).isEqualTo("1. " + EXEMPT_MARK
				+ " Utrede om Blåbærsuppe-ordningen kan innføres i alle helseregioner.");
		assertThat(marked.parts().get(2).text()).contains("Blåbærsuppe");
		assertThat(marked.deadlines()).containsExactly(LocalDate.of(2026, 10, 1));
		// The exempt paragraph cites kap. 732, post 21 and TB2025-21; a public field must not reveal that.
		assertThat(marked.text()).contains("kap. 732, post 21", "TB2025-21");
		assertThat(marked.budgetRefs()).isEmpty();
		assertThat(marked.references()).isEmpty();
		// They are kept apart, flagged, for cleared readers.
		assertThat(marked.exemptBudgetRefs()).containsExactly(new BudgetRef(732, 21));
		assertThat(marked.exemptReferences()).containsExactly("TB2025-21");

		AssignmentDraft whole = assignment(full, "TB2026-4");
		assertThat(whole.exempt()).isEqualTo(Exempt.WHOLE);
		assertThat(whole.section()).isEqualTo("3.2");
		assertThat(whole.hodDepartments()).containsExactly("SHA");
		assertThat(whole.title()).isEqualTo("Tyttebærsyltetøy som kosttiltak i sykehjem");
		assertThat(whole.parts()).allMatch(TextPart::exempt);
		assertThat(whole.text()).contains("Helsedirektoratet skal utrede om Tyttebærsyltetøy kan gis som kosttiltak");
		assertThat(whole.deadlines()).containsExactly(LocalDate.of(2026, 5, 15));
		// Its frist stands only in Vedlegg IV: a cleared reader needs the words; the register withholds them from others.
		assertThat(whole.deadlineText()).isEqualTo("15. mai 2026");

		AssignmentDraft byPoint = assignment(full, "TB2026-5");
		assertThat(byPoint.exempt()).isEqualTo(Exempt.PARTS);
		assertThat(byPoint.parts()).filteredOn(TextPart::exempt).extracting(TextPart::text).containsExactly(
				"2. Forberede forhandlinger med leverandørene om nye vilkår for kjernejournal.");

		assertThat(assignment(full, "TB2026-1").exempt()).isEqualTo(Exempt.NONE);
		assertThat(assignment(full, "TB2026-2").exempt()).isEqualTo(Exempt.NONE);
		assertThat(assignment(full, "TB2026-6").exempt()).isEqualTo(Exempt.NONE);
	}

	@Test
	void keepsTheSecretWordsOfTheFullLetterOutOfEveryPublicField() {
		String raw = resource(FULL_2026);
		assertThat(raw).contains("Blåbærsuppe", "Tyttebærsyltetøy");
		List<String> publicText = new ArrayList<>(full.warnings());
		full.goals().forEach(g -> {
			publicText.add(g.title());
			publicText.addAll(g.steeringParameters());
			publicText.addAll(g.keyFigures());
		});
		for (AssignmentDraft a : full.assignments()) {
			if (a.exempt() != Exempt.WHOLE) {
				publicText.add(a.title());
			}
			publicText.add(a.deadlineText() == null ? "" : a.deadlineText());
			a.parts().stream().filter(p -> !p.exempt()).forEach(p -> publicText.add(p.text()));
		}
		assertThat(publicText).noneMatch(t -> t.contains("Blåbærsuppe") || t.contains("Tyttebærsyltetøy"));
	}

	@Test
	void flagsWhatOnlyTheExemptPartsCiteAndKeepsWhatAPublicPartCitesToo() {
		String text = """
				Tildelingsbrev til Statens helsetilsyn for 2026

				3.1. Tilsynet er risikobasert

				3.1.1. Oppdrag

				TB2026-1 Avd. HOD: HRA Tilsyn med sykehjem
				Helsetilsynet skal:
				1. Planlegge tilsyn med sykehjem, jf. TB2025-4 og kap. 721, post 01.
				2. (Unntatt offentlighet, jf. Offl. § 22, 2. ledd) Vurdere Rabarbragrøt-leverandører, jf. TB2025-4,
				TB2025-7 og kap. 721, post 01 og kap. 732, post 21.

				Frist: 1. november 2026

				TB2026-2 Avd. HOD: HRA Helt hemmelig
				Oppdraget er unntatt offentlighet, jf. offl. § 22.
				Helsetilsynet skal levere en vurdering av Multekrem, jf. TB2025-9.

				Frist: 1. mars 2026
				""";
		LetterDraft draft = new LetterParser().parse(text);
		AssignmentDraft first = assignment(draft, "TB2026-1");
		assertThat(first.exempt()).isEqualTo(Exempt.PARTS);
		// TB2025-4 and 721.01 stand in the public point too: public, and not again among the exempt ones.
		assertThat(first.references()).containsExactly("TB2025-4");
		assertThat(first.budgetRefs()).containsExactly(new BudgetRef(721, 1));
		assertThat(first.exemptReferences()).containsExactly("TB2025-7");
		assertThat(first.exemptBudgetRefs()).containsExactly(new BudgetRef(732, 21));

		// A wholly exempt assignment's citations are all hidden with it: none is flagged one by one.
		AssignmentDraft whole = assignment(draft, "TB2026-2");
		assertThat(whole.exempt()).isEqualTo(Exempt.WHOLE);
		assertThat(whole.references()).containsExactly("TB2025-9");
		assertThat(whole.exemptReferences()).isEmpty();
	}

	@Test
	void fillsAnExemptPointFromVedleggIvAndKeepsAssignmentsOnlyListedThere() {
		String text = """
				Tildelingsbrev til Statens helsetilsyn for 2026

				3.1. Tilsynet er risikobasert

				3.1.1. Oppdrag

				TB2026-1 Avd. HOD: HRA Tilsyn med sykehjem
				Helsetilsynet skal:
				1. Planlegge tilsyn med sykehjem.
				2. (Unntatt offentlighet, jf. Offl. § 22, 2. ledd)
				3. Rapportere om funnene. Deloppdraget er unntatt offentlighet.

				Frist: 1. november 2026

				Vedlegg IV – Oppdrag unntatt offentlighet

				TB2026-1, punkt 2
				Vurdere tilsyn med Rabarbragrøt-leverandører.

				TB2026-9 Avd. HOD: HRA Hemmelig Multekrem-oppdrag
				Helsetilsynet skal levere innen 1. mars en vurdering av Multekrem.
				""";
		LetterDraft draft = new LetterParser().parse(text);
		assertThat(draft.agency()).isEqualTo("Statens helsetilsyn");
		AssignmentDraft first = assignment(draft, "TB2026-1");
		// "Deloppdraget er unntatt" makes point 3 exempt, not the whole assignment.
		assertThat(first.exempt()).isEqualTo(Exempt.PARTS);
		assertThat(first.parts()).extracting(TextPart::exempt).containsExactly(false, false, true, true);
		assertThat(first.parts().get(2).text())
				.isEqualTo("2. " + EXEMPT_MARK + " Vurdere tilsyn med Rabarbragrøt-leverandører.");
		assertThat(first.deadlineText()).isEqualTo("1. november 2026");

		AssignmentDraft onlyInAppendix = assignment(draft, "TB2026-9");
		assertThat(onlyInAppendix.exempt()).isEqualTo(Exempt.WHOLE);
		assertThat(onlyInAppendix.section()).isNull();
		assertThat(onlyInAppendix.title()).isEqualTo("Hemmelig Multekrem-oppdrag");
		assertThat(onlyInAppendix.parts()).allMatch(TextPart::exempt);
		assertThat(onlyInAppendix.deadlines()).containsExactly(LocalDate.of(2026, 3, 1));
		assertThat(draft.warnings()).anyMatch(w -> w.startsWith("Oppdrag TB2026-9 står bare i vedlegg IV"));
		assertThat(draft.warnings()).noneMatch(w -> w.contains("Multekrem") || w.contains("Rabarbragrøt"));
	}

	@Test
	void recognisesLettersByTheirAssignmentHeaders() {
		Letter2025Parser parser = new Letter2025Parser();
		assertThat(parser.recognises(TextLines.normalise(resource(SEED)))).isTrue();
		assertThat(parser.recognises(TextLines.normalise(resource("/seeds/tildelingsbrev-helsedirektoratet-2020.txt"))))
				.isFalse();
		assertThat(parser.recognises(List.of("TTB2024-66 Avd. HOD: FHA ABC-kampanje"))).isTrue();
		assertThat(parser.recognises(List.of("Oppdraget ses i sammenheng med TB2023-30."))).isFalse();
		assertThat(parser.recognises(List.of("ID: Fylles inn av HDIR", "Eieravdeling HOD: FHA"))).isFalse();
		assertThat(parser.recognises(List.of())).isFalse();
	}

	@Test
	void readsASupplementaryLetter() {
		String text = """
				Supplerende tildelingsbrev nr. 2 til Helsedirektoratet for 2024

				Departementet gir med dette supplerende tildelingsbrev Helsedirektoratet nye oppdrag.

				TTB2024-66 Avd. HOD: FHA ABC-kampanje for god psykisk
				helse
				Helsedirektoratet skal gjennomføre en kampanje, jf. kap. 714, post 21.

				3. Planlegging
				4. Gjennomføring

				Frist: 1. desember 2024
				""";
		LetterDraft draft = new LetterParser().parse(text);
		assertThat(draft.kind()).isEqualTo(LetterDraft.LetterKind.SUPPLEMENTARY);
		assertThat(draft.year()).isEqualTo(2024);
		assertThat(draft.agency()).isEqualTo("Helsedirektoratet");
		AssignmentDraft only = draft.assignments().get(0);
		assertThat(only.id()).isEqualTo("TTB2024-66");
		assertThat(only.section()).isNull();
		assertThat(only.title()).isEqualTo("ABC-kampanje for god psykisk helse");
		assertThat(only.deadlines()).containsExactly(LocalDate.of(2024, 12, 1));
		// A one-word point "4. Gjennomføring" is not chapter 4 of the letter.
		assertThat(only.text()).endsWith("\n\n3. Planlegging\n\n4. Gjennomføring");
	}

	@Test
	void rejectsTextThatIsNotALetter() {
		LetterParser parser = new LetterParser();
		assertThatThrownBy(() -> parser.parse("")).isInstanceOf(LetterParseException.class);
		assertThatThrownBy(() -> parser.parse(" \n\t\n ")).isInstanceOf(LetterParseException.class);
		assertThatThrownBy(() -> parser.parse("Melk, egg, brød og smør.\nHusk å kjøpe frimerker."))
				.isInstanceOf(LetterParseException.class);
		assertThatThrownBy(() -> parser.parse("\u0000\u0001%PDF-1.7 ÿØÿà \uFFFD\uFFFD"))
				.isInstanceOf(LetterParseException.class);
	}

	@Test
	void rejectsALetterThatDoesNotSayWhoAndWhichYear() {
		String noOpening = "TB2025-1 Avd. HOD: FHA Sykdomsbyrde\nHelsedirektoratet skal beskrive noe.\nFrist: 31.12.2025";
		assertThatThrownBy(() -> new LetterParser().parse(noOpening)).isInstanceOf(LetterParseException.class)
				.hasMessageContaining("virksomhet").hasMessageContaining("år");
	}

	@Test
	void survivesShuffledLetterFragments() {
		// Fragments of the layout in random order and combinations: the parser returns a draft or says why not.
		String[] fragments = { "Tildelingsbrev til Helsedirektoratet for 2025", "TB2025-1 Avd. HOD:", "KTA/SHA/ FHA",
				"TB2025-2 Avd. HOD: FHA Tittel som", "fortsetter her", "og KTA", "1. (Unntatt offentlighet, jf. Offl. § 22)",
				"Oppdraget er unntatt offentlighet.", "Frist", "Frist: 31.02.2025", "Frist 15. mars; 99.99.99", "• punkt",
				"o underpunkt", "3.1. Hovedmål", "3.1.1. Styringsparametere", "3.2. Neste mål", "4. Budsjettildeling",
				"Vedlegg IV – Oppdrag unntatt offentlighet", "TB2025-1, punkt 1 og 7", "TB2025-9", "TB2025-2, punkt 99",
				"kap. 714, post 21 og 70", "714.21", "jf. TTB2024-66", "Side 3", "", "", " ", "a) bokstavpunkt",
				"innen 31.12.2025." };
		java.util.Random random = new java.util.Random(2025);
		LetterParser parser = new LetterParser();
		for (int round = 0; round < 300; round++) {
			StringBuilder text = new StringBuilder();
			int lines = 1 + random.nextInt(40);
			for (int i = 0; i < lines; i++) {
				text.append(fragments[random.nextInt(fragments.length)]).append('\n');
			}
			try {
				LetterDraft draft = parser.parse(text.toString());
				assertThat(draft.assignments()).allSatisfy(a -> assertThat(a.text())
						.isEqualTo(String.join("\n\n", a.parts().stream().map(TextPart::text).toList())));
			}
			catch (LetterParseException expected) {
				assertThat(expected.getMessage()).isNotBlank();
			}
		}
	}

	private static GoalDraft goal(LetterDraft draft, String number) {
		return draft.goals().stream().filter(g -> g.number().equals(number)).findFirst().orElseThrow();
	}

	private static AssignmentDraft assignment(LetterDraft draft, String id) {
		return draft.assignments().stream().filter(a -> id.equals(a.id())).findFirst().orElseThrow();
	}

	/** id -> [id, section, departments, title, deadlines], from the hand-made table. */
	private static Map<String, String[]> expectedTable() {
		Map<String, String[]> rows = new LinkedHashMap<>();
		String[] lines = resource("/expected/tb2025-assignments.tsv").split("\n");
		for (String line : lines) {
			if (line.isBlank() || line.startsWith("#") || line.startsWith("id\t")) {
				continue;
			}
			String[] cells = Arrays.copyOf(line.split("\t", -1), 5);
			rows.put(cells[0], cells);
		}
		return rows;
	}

	private static String resource(String name) {
		try (InputStream in = Letter2025ParserTest.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("Fant ikke testressursen " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
