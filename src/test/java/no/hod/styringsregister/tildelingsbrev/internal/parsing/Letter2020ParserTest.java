package no.hod.styringsregister.tildelingsbrev.internal.parsing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import no.hod.styringsregister.tildelingsbrev.internal.parsing.AssignmentDraft.BudgetRef;

class Letter2020ParserTest {

	/** One row of the hand-made table (see the comments at the top of the TSV for how it was read). */
	record Expected(String area, List<String> departments, String title, List<LocalDate> deadlines,
			boolean fristStated) {
	}

	private static String letter;
	private static LetterDraft draft;
	private static List<Expected> expected;

	@BeforeAll
	static void parseLetter() throws IOException {
		letter = resource("/seeds/tildelingsbrev-helsedirektoratet-2020.txt");
		draft = new Letter2020Parser().parse(TextLines.normalise(letter));
		expected = new ArrayList<>();
		for (String row : resource("/expected/tb2020-assignments.tsv").split("\n")) {
			if (row.isBlank() || row.startsWith("#")) {
				continue;
			}
			String[] cells = row.split("\t", -1);
			List<LocalDate> dates = cells[3].isEmpty() ? List.of()
					: Arrays.stream(cells[3].split(",")).map(LocalDate::parse).toList();
			expected.add(new Expected(cells[0], List.of(cells[1].split(",")), cells[2], dates, cells[4].equals("ja")));
		}
	}

	private static String resource(String name) throws IOException {
		try (InputStream in = Letter2020ParserTest.class.getResourceAsStream(name)) {
			assertThat(in).as(name).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static AssignmentDraft assignment(String title) {
		List<AssignmentDraft> found = draft.assignments().stream().filter(a -> a.title().equals(title)).toList();
		assertThat(found).as("assignments titled «%s»", title).hasSize(1);
		return found.get(0);
	}

	@Test
	void readsYearAgencyAndKindFromTheOpening() {
		assertThat(draft.year()).isEqualTo(2020);
		assertThat(draft.agency()).isEqualTo("Helsedirektoratet");
		assertThat(draft.kind()).isEqualTo(LetterDraft.LetterKind.MAIN);
		assertThat(draft.layout()).isEqualTo("2020");
	}

	@Test
	void findsEveryAssignmentBox() {
		// 110 boxes by reading: 2.1: 10, 2.2.1: 12, 2.2.2: 6, 2.2.3: 13, 2.2.4: 6, 2.3: 12, 2.3.4: 19, 3.1: 3,
		// 3.2: 5, 3.3: 12, 3.4: 2, 3.5: 1, 3.6: 9.
		assertThat(expected).hasSize(110);
		assertThat(draft.assignments()).hasSize(110);
		Map<String, Long> perArea = draft.assignments().stream()
				.collect(Collectors.groupingBy(AssignmentDraft::section, LinkedHashMap::new, Collectors.counting()));
		assertThat(perArea).containsExactly(Map.entry("2.1", 10L), Map.entry("2.2.1", 12L), Map.entry("2.2.2", 6L),
				Map.entry("2.2.3", 13L), Map.entry("2.2.4", 6L), Map.entry("2.3", 12L), Map.entry("2.3.4", 19L),
				Map.entry("3.1", 3L), Map.entry("3.2", 5L), Map.entry("3.3", 12L), Map.entry("3.4", 2L),
				Map.entry("3.5", 1L), Map.entry("3.6", 9L));
	}

	@Test
	void matchesTheHandMadeTableFieldByField() {
		assertThat(draft.assignments()).hasSameSizeAs(expected);
		Map<String, int[]> score = new LinkedHashMap<>();
		List<String> misses = new ArrayList<>();
		for (int i = 0; i < expected.size(); i++) {
			Expected want = expected.get(i);
			AssignmentDraft got = draft.assignments().get(i);
			count(score, misses, i, "area", want.area(), got.section());
			count(score, misses, i, "departments", want.departments(), got.hodDepartments());
			count(score, misses, i, "title", want.title(), got.title());
			count(score, misses, i, "deadlines", want.deadlines(), got.deadlines());
			count(score, misses, i, "frist stated", want.fristStated(), got.deadlineText() != null);
			count(score, misses, i, "id null", true, got.id() == null);
		}
		StringBuilder table = new StringBuilder("\nLetter2020Parser accuracy (field -> correct/total)\n");
		score.forEach((field, s) -> table.append(String.format("  %-13s %3d/%3d%n", field, s[0], s[1])));
		misses.forEach(miss -> table.append("  MISS ").append(miss).append('\n'));
		System.out.println(table);

		assertThat(ratio(score, "area")).as(table.toString()).isEqualTo(1.0);
		assertThat(ratio(score, "departments")).as(table.toString()).isEqualTo(1.0);
		assertThat(ratio(score, "id null")).isEqualTo(1.0);
		assertThat(ratio(score, "title")).as(table.toString()).isGreaterThanOrEqualTo(0.95);
		assertThat(ratio(score, "deadlines")).as(table.toString()).isGreaterThanOrEqualTo(0.95);
		assertThat(ratio(score, "frist stated")).as(table.toString()).isGreaterThanOrEqualTo(0.95);
	}

	private static void count(Map<String, int[]> score, List<String> misses, int row, String field, Object want,
			Object got) {
		int[] s = score.computeIfAbsent(field, f -> new int[2]);
		s[1]++;
		if (want.equals(got)) {
			s[0]++;
		}
		else {
			misses.add("#" + (row + 1) + " " + field + ": expected " + want + " but was " + got);
		}
	}

	private static double ratio(Map<String, int[]> score, String field) {
		int[] s = score.get(field);
		return (double) s[0] / s[1];
	}

	@Test
	void readsDeadlinesOfASample() {
		AssignmentDraft fine = assignment("Overtredelsesgebyr");
		assertThat(fine.deadlines()).containsExactly(LocalDate.of(2020, 6, 30));
		assertThat(fine.deadlineText()).isEqualTo("innen 30. juni 2020");

		// "Frist: 30. juni" / "2020." wrapped over two lines
		AssignmentDraft rph = assignment("Vurdering av RPH og IPS");
		assertThat(rph.deadlines()).containsExactly(LocalDate.of(2020, 6, 30));
		assertThat(rph.deadlineText()).isEqualTo("30. juni 2020");

		AssignmentDraft report = assignment("Årsrapport 2020 Omsorg 2020");
		assertThat(report.deadlines()).containsExactly(LocalDate.of(2021, 5, 1), LocalDate.of(2021, 8, 1));
		assertThat(report.deadlineText()).isEqualTo("Innen 1. mai påfølgende år; innen 1. august");

		assertThat(assignment("Nasjonalt velferdsteknologiprogram").deadlines())
				.containsExactly(LocalDate.of(2020, 3, 1));
		assertThat(assignment("Kunstig intelligens").deadlines()).containsExactly(LocalDate.of(2020, 3, 16));
		assertThat(assignment("Evaluering av omlegging av turnustjenesten og oppfølging av tiltak foreslått i rapprt IS-2802")
				.deadlines()).containsExactly(LocalDate.of(2020, 10, 14));
		assertThat(assignment("Modernisering folkehelseregisteret").deadlines())
				.containsExactly(LocalDate.of(2021, 12, 31));

		// "innen 15. mai," has no year: the budget year
		AssignmentDraft isf = assignment(
				"Vurdering av ordningen med ISF-refusjon for registrering i medisinske kvalitetsregistre");
		assertThat(isf.deadlines()).containsExactly(LocalDate.of(2020, 5, 15));
		assertThat(isf.deadlineText()).isEqualTo("innen 15. mai");

		// a month with its year, or the end of one: its last day, the letter's words kept beside it
		AssignmentDraft custody = assignment("Føringer for foreldres elektroniske innsyn i barns pasientjournal");
		assertThat(custody.deadlines()).containsExactly(LocalDate.of(2020, 12, 31));
		assertThat(custody.deadlineText()).isEqualTo("desember 2020");
		AssignmentDraft agreements = assignment("Veileder for samarbeidsavtalene");
		assertThat(agreements.deadlines()).containsExactly(LocalDate.of(2020, 12, 31));
		assertThat(agreements.deadlineText()).isEqualTo("innen desember 2020");
		AssignmentDraft specialists = assignment("Aktivitetsbasert finansiering av avtalespesialister");
		assertThat(specialists.deadlines()).containsExactly(LocalDate.of(2020, 12, 31));
		assertThat(specialists.deadlineText()).isEqualTo("innen utgangen av 2020");
		AssignmentDraft studies = assignment("Handlingsplan for kliniske studier og innsatsstyrt finansiering");
		assertThat(studies.deadlines()).containsExactly(LocalDate.of(2020, 3, 31));
		assertThat(studies.deadlineText()).isEqualTo("innen utgangen av mars 2020");

		// a season or "medio": text only
		AssignmentDraft childWelfare = draft.assignments().stream()
				.filter(a -> a.title().startsWith("1. Helsesatsingen i barnevernet")).findFirst().orElseThrow();
		assertThat(childWelfare.deadlines()).isEmpty();
		assertThat(childWelfare.deadlineText()).isEqualTo("før sommeren 2020");
		AssignmentDraft hospitalPlan = assignment("Oppfølging av Nasjonal helse- og sykehusplan 2020-2023");
		assertThat(hospitalPlan.deadlines()).isEmpty();
		assertThat(hospitalPlan.deadlineText()).isEqualTo("innen medio oktober");
		// the period an assignment covers is no deadline
		AssignmentDraft loneliness = assignment("Mobilisering mot ensomhet (2020–2025)");
		assertThat(loneliness.deadlines()).isEmpty();
		assertThat(loneliness.deadlineText()).isNull();

		// no deadline: "innen frist departementet kommer tilbake til", and a start date
		AssignmentDraft plan = assignment("Opptrappingsplan for barn og unges psykiske helse");
		assertThat(plan.deadlineText()).isNull();
		assertThat(plan.deadlines()).isEmpty();
		assertThat(assignment("Prosjekt for røykeslutt").deadlineText()).isNull();
		assertThat(draft.warnings()).contains("Fant ingen frist for oppdraget «Prosjekt for røykeslutt». Skriv fristen i tabellen under, eller la feltet stå tomt.")
				.doesNotContain("Fant ingen frist for oppdraget «Overtredelsesgebyr».");
	}

	@Test
	void keepsParagraphsAndBulletsApart() {
		AssignmentDraft palliative = assignment("Oppfølging av stortingsmelding om lindrende behandling og omsorg");
		assertThat(palliative.parts()).hasSize(9);
		assertThat(palliative.parts().get(0).text()).isEqualTo(
				"Helsedirektoratet skal bidra til å følge opp stortingsmeldingen om lindrende behandling og omsorg, blant annet gjennom:");
		// the PDF put a blank line inside this bullet
		assertThat(palliative.parts().get(5).text()).isEqualTo(
				"- Vurdere behovet for grunnleggende opplæring i lindrende behandling og omsorg for ufaglærte");
		assertThat(palliative.parts().get(8).text())
				.isEqualTo("HOD vil kommer tilbake med konkretisering av oppdrag i eget brev.");
		assertThat(palliative.text()).isEqualTo(palliative.parts().stream().map(AssignmentDraft.TextPart::text)
				.collect(Collectors.joining("\n\n")));
		assertThat(palliative.exempt()).isEqualTo(AssignmentDraft.Exempt.NONE);
		assertThat(palliative.parts()).noneMatch(AssignmentDraft.TextPart::exempt);

		// a page break ("Side 42") in the middle of a sentence
		AssignmentDraft isf = assignment(
				"Vurdering av ordningen med ISF-refusjon for registrering i medisinske kvalitetsregistre");
		assertThat(isf.text()).isEqualTo("Fra 2019 ble det innført en toårig prøveordning med ISF-refusjon for "
				+ "registrering i utvalgte medisinske kvalitetsregistre. Helsedirektoratet skal, innen 15. mai, gi en "
				+ "vurdering av ordningen, herunder videreføring og innretning. De regionale helseforetakene og Senter "
				+ "for klinisk dokumentasjon og evaluering (SKDE) skal involveres i vurderingen.");
		assertThat(draft.assignments()).noneMatch(a -> a.text().contains("Side 42"));
		assertThat(draft.assignments()).noneMatch(a -> a.text().contains("Fylles inn av"));

		// the title starts on the header line and the text follows without a blank line
		assertThat(assignment("0-24-samarbeidet").text()).startsWith("Helsedirektoratet skal videreføre 0-24-samarbeidet");
		// numbered sub-tasks on their own, their titles apart from their text
		AssignmentDraft childWelfare = draft.assignments().stream()
				.filter(a -> a.title().startsWith("1. Helsesatsingen i barnevernet")).findFirst().orElseThrow();
		assertThat(childWelfare.parts()).extracting(AssignmentDraft.TextPart::text).startsWith(
				"1.Helsesatsingen i barnevernet – samhandlingsforløpet barnevern - bup",
				"Hdir gis i oppdrag i samarbeid med BUFdir å gjennomgå/videreutvikle samhandlingsforløpet til å omfatte:",
				"- Somatiske undersøkelser og behandling");
		assertThat(childWelfare.parts()).extracting(AssignmentDraft.TextPart::text).contains(
				"2. Følge opp Helsetilsynets rapport \"Omsorg og rammer\"",
				"Bufdir og Helsedirektoratet gis i oppdrag å vurdere rapportens funn og tilrådninger. Bufdir har "
						+ "ansvaret for at direktoratene utarbeider en felles rapport med direktoratenes vurderinger og "
						+ "tilrådninger. Oppdraget består av følgende:",
				"Frist: før sommeren 2020.");

		// a bullet cut by a blank line before a capitalised name
		assertThat(assignment("Helseregistre/Helsedataprogrammet").parts()).extracting(AssignmentDraft.TextPart::text)
				.containsExactly("• Etablere prosess for lokal metadataforvaltning for NPR og KPR",
						"• Forberede overføring av data til Helseanalyseplattformen fra registrene i tråd med "
								+ "framdriftsplan fra Helsedataprogrammet",
						"• Bidra i arbeidet med å harmonisere variabler og metadata i regi av Direktoratet for e-helse.",
						"• Bidra til å utvikle organiseringen av Helsedataservice med felles saksbehandlingsløsning og "
								+ "søknadstjeneste for NPR og KPR på helsedata.no");
	}

	@Test
	void warnsAboutABoxWithoutText() {
		AssignmentDraft guide = assignment("Revidere nasjonal veileder for helse og omsorgstjenester for innsatte i fengsler");
		assertThat(guide.text()).isEmpty();
		assertThat(guide.parts()).isEmpty();
		assertThat(draft.warnings()).contains(
				"Fant ingen tekst for oppdraget «Revidere nasjonal veileder for helse og omsorgstjenester for innsatte i fengsler».");
	}

	@Test
	void readsBudgetLinesFromTheTextAndTheSectionIntroduction() {
		assertThat(assignment("Evaluere satsning for bedre psykisk helsehjelp til barn i barnevernet").budgetRefs())
				.containsExactly(new BudgetRef(732, 21));
		// "Oppdragene nedenfor er finansiert over kap. 740.01, 702.21 og 702.70."
		assertThat(assignment("Beredskap – EMT").budgetRefs()).containsExactly(new BudgetRef(740, 1),
				new BudgetRef(702, 21), new BudgetRef(702, 70));
		// "finansiert over kap. 762 post 21, 60, 70, 74 og 79, og over Kap. 765 post 21."
		assertThat(assignment("Helsekrav til førerkort").budgetRefs()).containsExactly(new BudgetRef(762, 21),
				new BudgetRef(762, 60), new BudgetRef(762, 70), new BudgetRef(762, 74), new BudgetRef(762, 79),
				new BudgetRef(765, 21));
		assertThat(assignment("Overtredelsesgebyr").budgetRefs()).isEmpty();
		assertThat(draft.assignments()).allMatch(a -> a.references().isEmpty());
	}

	@Test
	void listsTheAreasWithTheirSteeringParameters() {
		assertThat(draft.goals()).extracting(GoalDraft::number).containsExactly("2.1", "2.2.1", "2.2.2", "2.2.3",
				"2.2.4", "2.3", "2.3.4", "3.1", "3.2", "3.3", "3.4", "3.5", "3.6");
		assertThat(draft.goals()).extracting(GoalDraft::title).containsExactly("Folkehelse", "Omsorgstjenester",
				"Primærhelsetjenester", "Psykisk helse-, rus- og voldsarbeid", "Tannhelsetjenester",
				"Spesialisthelsetjenester", "Spesialisthelsetjenester - Nasjonal helse- og sykehusplan 2020-2023",
				"Beredskap", "Internasjonalt samarbeid", "Finansiering, helserefusjoner og helseregistre",
				"Kvalitet, pasientsikkerhet og brukerinvolvering", "Forskning og innovasjon",
				"Personell og kompetanse");
		Map<String, GoalDraft> goals = draft.goals().stream()
				.collect(Collectors.toMap(GoalDraft::number, g -> g));
		assertThat(goals.get("2.1").steeringParameters()).containsExactly(
				"Andel kommuner som har etablert et systematisk og langsiktig folkehelsearbeid",
				"Andel av befolkningen som har kjennskap og tillitt til helsemyndighetenes råd på folkehelseområdet.");
		assertThat(goals.get("2.2.1").steeringParameters()).hasSize(4);
		assertThat(goals.get("2.2.2").steeringParameters()).hasSize(4);
		assertThat(goals.get("2.2.3").steeringParameters()).hasSize(9)
				.contains("Antall kommuner som har noen med koordineringsansvar for arbeid mot vold i nære relasjoner.");
		assertThat(goals.get("2.2.4").steeringParameters()).hasSize(2);
		assertThat(goals.get("3.3").steeringParameters()).hasSize(7).first()
				.isEqualTo("Saksbehandlingstid innen de største stønadsområdene");
		assertThat(goals.get("3.4").steeringParameters()).containsExactly(
				"Kartlegging av pasientskader (ved bruk av GTT-metoden) og pasientsikkerhetskultur (målt gjennom "
						+ "undersøkelsen ForBedring) er inkludert i det nasjonale kvalitetsindikatorsystemet");
		assertThat(goals.get("3.6").steeringParameters()).hasSize(1);
		assertThat(goals.get("2.3").steeringParameters()).isEmpty();
		assertThat(draft.goals()).allMatch(g -> g.keyFigures().isEmpty());
	}

	@Test
	void recognisesOnlyThe2020Template() throws IOException {
		Letter2020Parser parser = new Letter2020Parser();
		assertThat(parser.recognises(TextLines.normalise(letter))).isTrue();
		assertThat(parser.recognises(TextLines.normalise(resource("/seeds/tildelingsbrev-helsedirektoratet-2025.txt"))))
				.isFalse();
		assertThat(parser.recognises(TextLines.normalise("Et brev uten oppdrag.\nEieravdeling HOD: FHA"))).isFalse();
		assertThat(parser.recognises(
				TextLines.normalise("ID: Fylles inn av HDIR Eieravdeling HOD: FHA\nTB2020-1 Avd. HOD: FHA Tittel")))
				.isFalse();
	}

	@Test
	void throwsNorwegianErrorsWhenYearOrAgencyIsMissing() {
		Letter2020Parser parser = new Letter2020Parser();
		assertThatThrownBy(() -> parser.parse(TextLines.normalise(
				"Helsedirektoratet får dette brevet.\nID: Fylles inn av HDIR Eieravdeling HOD: FHA Tittel")))
				.isInstanceOf(LetterParseException.class).hasMessageContaining("budsjettåret");
		assertThatThrownBy(() -> parser.parse(TextLines.normalise(
				"Her følger departementets tildeling for 2020.\nID: Fylles inn av HDIR Eieravdeling HOD: FHA Tittel")))
				.isInstanceOf(LetterParseException.class).hasMessageContaining("virksomhet");
	}

	@Test
	void marksExemptParagraphs() {
		String text = """
				Her følger Helse- og omsorgsdepartementets tildeling for 2021 til Helsedirektoratet.
				2 Mål
				2.1 Beredskap
				2.1.1 Spesielle oppdrag
				ID: Fylles inn av HDIR Eieravdeling HOD: ADA Sikring
				Helsedirektoratet skal gjennomgå sikringen av bygg og anlegg i samarbeid med Nasjonal sikkerhetsmyndighet.

				Detaljene om anleggene står her. (Unntatt offentlighet, jf. Offl. § 22)

				Frist: 1. mars 2021.
				""";
		LetterDraft exempt = new Letter2020Parser().parse(TextLines.normalise(text));
		assertThat(exempt.year()).isEqualTo(2021);
		AssignmentDraft a = exempt.assignments().get(0);
		assertThat(a.section()).isEqualTo("2.1");
		assertThat(a.hodDepartments()).containsExactly("ADA");
		assertThat(a.title()).isEqualTo("Sikring");
		assertThat(a.exempt()).isEqualTo(AssignmentDraft.Exempt.PARTS);
		assertThat(a.parts()).extracting(AssignmentDraft.TextPart::exempt).containsExactly(false, true, false);
		assertThat(a.deadlines()).containsExactly(LocalDate.of(2021, 3, 1));
	}

	@Test
	void readsTheDeadlineReferencesAndBudgetLinesFromThePublicParagraphsOnly() {
		String text = """
				Her følger Helse- og omsorgsdepartementets tildeling for 2021 til Helsedirektoratet.
				2 Mål
				2.1 Beredskap
				2.1.1 Spesielle oppdrag
				ID: Fylles inn av HDIR Eieravdeling HOD: ADA Sikring
				Helsedirektoratet skal gjennomgå sikringen av bygg og anlegg, jf. TB2020-12 og kap. 732, post 21.

				Frist for rapport om Hemmelighula sin nye adresse 1. mars 2021, jf. TB2020-77 og kap. 714, post 70.
				(Unntatt offentlighet, jf. Offl. § 22)

				Frist: 1. juni 2021.
				""";
		AssignmentDraft a = new Letter2020Parser().parse(TextLines.normalise(text)).assignments().get(0);
		assertThat(a.parts()).extracting(AssignmentDraft.TextPart::exempt).containsExactly(false, true, false);
		assertThat(a.deadlines()).containsExactly(LocalDate.of(2021, 6, 1));
		assertThat(a.deadlineText()).doesNotContain("Hemmelighula");
		assertThat(a.references()).containsExactly("TB2020-12");
		assertThat(a.budgetRefs()).containsExactly(new AssignmentDraft.BudgetRef(732, 21));
	}

	@Test
	void isChosenByTheEntryPoint() {
		LetterDraft viaEntryPoint = new LetterParser().parse(letter);
		assertThat(viaEntryPoint.layout()).isEqualTo("2020");
		assertThat(viaEntryPoint.assignments()).hasSize(110);
	}

	@Test
	void toleratesBrokenBoxes() {
		String text = """
				Her følger Helse- og omsorgsdepartementets tildeling for 2020 til Helsedirektoratet.
				ID: Fylles inn av HDIR Eieravdeling
				2.1 Folkehelse
				2.1.4 Spesielle oppdrag
				ID: Fylles inn av
				HDIR
				Eieravdeling HOD :
				Kort tittel
				ID: Fylles inn av HDIR Eieravdeling HOD: FHA
				""";
		LetterDraft broken = new Letter2020Parser().parse(TextLines.normalise(text));
		assertThat(broken.assignments()).hasSize(3);
		assertThat(broken.assignments().get(0).section()).isNull();
		assertThat(broken.assignments().get(1).section()).isEqualTo("2.1");
		assertThat(broken.assignments().get(1).title()).isEqualTo("Kort tittel");
		assertThat(broken.assignments().get(1).hodDepartments()).isEmpty();
		assertThat(broken.assignments().get(2).hodDepartments()).containsExactly("FHA");
		assertThat(broken.warnings()).contains("Fant et oppdrag før første nummererte overskrift (linje 2).",
				"Fant ingen avdeling i HOD for oppdraget «Kort tittel».",
				"Fant ingen tittel for et oppdrag under 2.1.");
	}
}
