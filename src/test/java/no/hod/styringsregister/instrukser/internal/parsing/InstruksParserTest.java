package no.hod.styringsregister.instrukser.internal.parsing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.json.JsonMapper;

import no.hod.styringsregister.testsupport.TestDocuments;

/**
 * Expected values are read from the two instructions by hand: the section lists live in {@code expected/*.tsv}
 * (number TAB title), the rest is written out below.
 */
class InstruksParserTest {

	private static final String HOD = "Helse- og omsorgsdepartementet";

	private final InstruksParser parser = new InstruksParser();

	@Test
	void readsTheHelsedirektoratetInstructionTitlePage() {
		InstruksDraft draft = parser.parse(resource("/seeds/instruks-helsedirektoratet-2018-2019.txt"));

		// Title page: "INSTRUKS FOR HELSEDIREKTORATET / Fastsatt av Helse- og omsorgsdepartementet den
		// 10.1.2018, justert 20. mai 2019". It names no in-force date and nothing it replaces.
		assertThat(draft.title()).isEqualTo("Instruks for Helsedirektoratet");
		assertThat(draft.agency()).isEqualTo("Helsedirektoratet");
		assertThat(draft.issuedBy()).containsExactly(HOD);
		assertThat(draft.issued()).isEqualTo(LocalDate.of(2018, 1, 10));
		assertThat(draft.amended()).isEqualTo(LocalDate.of(2019, 5, 20));
		assertThat(draft.effectiveFrom()).isNull();
		assertThat(draft.replaces()).isNull();
	}

	@Test
	void ofSeveralAmendmentDatesTheLatestIsTheVersions() {
		InstruksDraft draft = parser.parse("""
				Instruks for Helsedirektoratet

				Fastsatt av Helse- og omsorgsdepartementet 10. januar 2018, justert 20. mai 2019 og 12. januar 2026

				1 Formål

				Direktoratet skal fremme folkehelse.
				""");
		assertThat(draft.issued()).isEqualTo(LocalDate.of(2018, 1, 10));
		assertThat(draft.amended()).isEqualTo(LocalDate.of(2026, 1, 12));

		// In the body too, and a list with commas and «sist»; a date after the list is no amendment.
		InstruksDraft body = parser.parse("""
				Instruks for Helsedirektoratet

				1 Formål

				Denne instruks er fastsatt av Helse- og omsorgsdepartementet 10.1.2018, endret 1.2.2020, 3.4.2021 og \
				sist 5.6.2022, og trer i kraft 1. juli 2022.
				""");
		assertThat(body.issued()).isEqualTo(LocalDate.of(2018, 1, 10));
		assertThat(body.amended()).isEqualTo(LocalDate.of(2022, 6, 5));
		assertThat(body.effectiveFrom()).isEqualTo(LocalDate.of(2022, 7, 1));
	}

	@Test
	void readsTheHelsedirektoratetInstructionSections() {
		InstruksDraft draft = parser.parse(resource("/seeds/instruks-helsedirektoratet-2018-2019.txt"));

		assertThat(numbersAndTitles(draft)).containsExactlyElementsOf(expected("/expected/instruks-hdir-2018.tsv"));

		SectionDraft intro = draft.sections().get(0);
		assertThat(intro.text()).startsWith("Formål med instruksen og forhold til øvrig regelverk\n\n"
				+ "Formålet med instruksen er å angi myndigheten og ansvaret til Helsedirektoratet og "
				+ "Helse- og omsorgsdepartementets forutsetninger og krav til virksomhetens systemer, rutiner og "
				+ "styringsprosesser.");
		// A long line without a full stop after a paragraph, but no heading: it goes on on the next line.
		assertThat(intro.text()).endsWith("\n\nUnntak fra regelverket innvilges av Finansdepartementet, eller den som "
				+ "Finansdepartementet delegerer myndighet til. Unntak fra instruksen besluttes av Helse- og "
				+ "omsorgsdepartementet.");

		SectionDraft steering = draft.sections().get(1);
		assertThat(steering.text())
				.startsWith("Departementets overordnede ansvar\n\nHelsedirektoratet er et ordinært forvaltningsorgan")
				.contains("\n\nHelsedirektoratets myndighet og ansvar\n\nHelsedirektoratet er fagorgan")
				.contains("\n\nStyringsdialogen\n\nI tillegg til denne instruks med faste oppdrag")
				// "425." starts a line after a page break but is the end of a regulation reference, not section 425
				.contains("delegeringsforskriften av 18. mars 2010 nr. 425. Direktoratet skal forvalte")
				// the page number "4" between the pages is gone
				.contains("skal årlig avtales med departementet.\n\nDirektoratet kan gjennomføre egeninitierte oppdrag");

		SectionDraft internal = draft.sections().get(2);
		assertThat(internal.text())
				.startsWith("Direktørens/ledelsens ansvar og myndighet\n\nDirektøren for Helsedirektoratet har ansvaret")
				// a sub-heading wrapped over two lines
				.contains("\n\nKrav til planlegging, gjennomføring og oppfølging av virksomheten i Helsedirektoratet\n\n"
						+ "Direktøren skal etablere et styringssystem")
				.contains("\n\nInternrevisjon\n\nInternrevisjon i Helsedirektoratet skal være etablert")
				.contains("\n\nKrav til internkontrollen i Helsedirektoratet\n\nDirektøren har ansvar for at");

		assertThat(draft.sections().get(3).text()).isEqualTo("""
				I direktoratets virke skal bl.a. følgende dokumentasjon legges til grunn og foreligge i oppdaterte \
				versjoner:
				- Veileder for utvikling av kunnskapsbaserte retningslinjer
				- Utredningsinstruksen (fra KMD)
				- Retningslinjer for etatsstyring
				- Retningslinjer for tilskuddsforvaltning
				- Prosedyrer/retningslinjer for anskaffelser
				- Økonomiregelverket
				- Nasjonal helse- og beredskapsplan
				- Instruks for samarbeid om samfunnssikkerhet i sentral helseforvaltning""");
	}

	@Test
	void warnsAboutTheRepeatedParagraphInTheHelsedirektoratetInstruction() {
		InstruksDraft draft = parser.parse(resource("/seeds/instruks-helsedirektoratet-2018-2019.txt"));

		// Section 3 has "Direktoratet skal planlegge sin virksomhet i et mer langsiktig perspektiv." twice in a row.
		assertThat(draft.warnings()).singleElement().asString()
				.startsWith("Punkt 3 ")
				.contains("Direktoratet skal planlegge sin virksomhet i et mer langsiktig perspektiv.");
	}

	@Test
	void readsTheStatensHelsetilsynMainInstructionTitlePageAndPurpose() {
		InstruksDraft draft = parser.parse(resource("/seeds/hovedinstruks-statens-helsetilsyn-2025.txt"));

		// Title page: "Hovedinstruks for / Statens helsetilsyn / Fastsatt av / Helse- og omsorgsdepartementet /
		// 17.12.2025". Section 1: "trer i kraft fra 1. januar 2026 og erstatter tidligere instruks for Statens
		// helsetilsyn fastsatt 14. august 2019". The other ministries named in section 1 share the steering but did
		// not set the instruction.
		assertThat(draft.title()).isEqualTo("Hovedinstruks for Statens helsetilsyn");
		assertThat(draft.agency()).isEqualTo("Statens helsetilsyn");
		assertThat(draft.issuedBy()).containsExactly(HOD);
		assertThat(draft.issued()).isEqualTo(LocalDate.of(2025, 12, 17));
		assertThat(draft.amended()).isNull();
		assertThat(draft.effectiveFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
		assertThat(draft.replaces()).isEqualTo("tidligere instruks for Statens helsetilsyn fastsatt 14. august 2019");
		// the table of contents agrees with the body
		assertThat(draft.warnings()).isEmpty();
	}

	@Test
	void takesTheStatensHelsetilsynSectionsFromTheBodyNotTheTableOfContents() {
		InstruksDraft draft = parser.parse(resource("/seeds/hovedinstruks-statens-helsetilsyn-2025.txt"));

		assertThat(numbersAndTitles(draft))
				.containsExactlyElementsOf(expected("/expected/instruks-helsetilsyn-2025.tsv"));
		assertThat(section(draft, "1").text()).startsWith("Instruksen er fastsatt av Helse- og omsorgsdepartementet "
				+ "17.12.2025 i samsvar med reglement for økonomistyring i staten § 3.");
		assertThat(draft.sections()).allSatisfy(section -> assertThat(section.text()).doesNotContain("....."));
	}

	@Test
	void keepsParagraphsListsAndSubHeadingsOfTheStatensHelsetilsynSections() {
		InstruksDraft draft = parser.parse(resource("/seeds/hovedinstruks-statens-helsetilsyn-2025.txt"));

		// A page break splits this paragraph before "(helsetilsynsloven)" and the one in 3.1 before
		// "tilsynsmyndighetene"; a reader reads on.
		assertThat(section(draft, "3").text())
				.contains("jf. lov om statlig tilsyn med helse- og omsorgstjenesten mv. (helsetilsynsloven) § 4, lov om");
		assertThat(section(draft, "3.1").text())
				.contains("Sammen utgjør Helsetilsynet og statsforvalteren tilsynsmyndighetene på de nevnte tilsynsområdene.");

		assertThat(section(draft, "3.2").text()).startsWith("""
				Formål med tilsyn, klagebehandling og rådgivning

				Tilsynsmyndighetens klagebehandling, tilsyn og rådgivning skal medvirke til at:
				- rettssikkerhet, pasientsikkerhet og befolkningens behov for tjenester ivaretas
				- barnevernstjenester, sosiale tjenester og helse- og omsorgstjenester drives forsvarlig og \
				folkehelsearbeid ivaretas
				- styrket kvalitet i tjenester og tiltak i barnevernet
				- barnets beste er et grunnleggende hensyn ved alle handlinger og avgjørelser som berører barn
				- svikt i tjenestene forebygges, avdekkes og følges opp
				- helse- og omsorgstjenesten ivaretar sin beredskap og sikkerhet, inkludert digital sikkerhet.

				Statens helsetilsyn skal involvere nødvendige parter og berørte personer i tilsyn.

				Prioritering og risikovurderinger

				I sin virksomhet skal""")
				.contains("\n\nFormidling av tilsynserfaringer\n\nTilsynsfunn skal formidles");

		// No full stop, yet a paragraph of its own: it is a whole sentence on its own line
		assertThat(section(draft, "5").text()).contains("skal forelegges Helse- og omsorgsdepartementet før endelig "
				+ "fastsettelse\n\nStatens helsetilsyn skal benytte innovative offentlige anskaffelser");
		// 6 goes straight on to 6.1
		assertThat(section(draft, "6").text()).isEmpty();
		assertThat(section(draft, "6.3").text()).endsWith("""
				på følgende områder:
				- Fagdialog med Arbeids- og inkluderingsdepartementet og Barne- og familiedepartementet innenfor \
				departementenes faglige ansvarsområder, jf. pkt. 2.
				- Fagdialog med Digitaliserings- og forvaltningsdepartementet om utviklingsarbeid sammen med STAF.
				- Fagdialog med Justisdepartementet om tilsyn med enslige mindreårige i asylmottak.""");
		assertThat(section(draft, "6.5").text()).isEqualTo("Statens helsetilsyn skal være en faglig "
				+ "premissleverandør innenfor sitt kompetanseområde for markedsaktørene og aktørene i helse- og "
				+ "omsorgstjenesten. Statens helsetilsyn skal delta i den offentlige debatten innenfor sitt "
				+ "ansvarsområde.");
	}

	@Test
	void messySpacingGivesTheSameDraft() {
		String clean = resource("/seeds/hovedinstruks-statens-helsetilsyn-2025.txt");
		String messy = clean.replace(" ", "\u00a0 ").replace("\n", "  \r\n\t");

		assertThat(parser.parse(messy)).isEqualTo(parser.parse(clean));
	}

	@Test
	void warnsWhenTheBodyDoesNotMatchTheTableOfContents() {
		String text = resource("/seeds/hovedinstruks-statens-helsetilsyn-2025.txt")
				.replace("## **6.5 Ekstern kommunikasjon**", "")
				.replace("## 4 Styringsdialog", "## 4 Styringsdialogen");

		assertThat(parser.parse(text).warnings()).containsExactly(
				"Punkt 4 heter «Styringsdialogen» i teksten, men «Styringsdialog» i innholdsfortegnelsen.",
				"Innholdsfortegnelsen har punkt 6.5 «Ekstern kommunikasjon», men teksten har det ikke.");
	}

	@Test
	void serialisesToTheJsonContract() {
		InstruksDraft draft = parser.parse(resource("/seeds/hovedinstruks-statens-helsetilsyn-2025.txt"));

		String json = JsonMapper.builder().build().writeValueAsString(draft);

		assertThat(json).startsWith("{\"title\":\"Hovedinstruks for Statens helsetilsyn\","
				+ "\"agency\":\"Statens helsetilsyn\",\"issuedBy\":[\"Helse- og omsorgsdepartementet\"],"
				+ "\"issued\":\"2025-12-17\",\"amended\":null,\"effectiveFrom\":\"2026-01-01\","
				+ "\"replaces\":\"tidligere instruks for Statens helsetilsyn fastsatt 14. august 2019\","
				+ "\"sections\":[{\"number\":\"1\",\"title\":\"Formål og virkeområde\",\"text\":\"Instruksen er")
				.contains("{\"number\":\"3.1\",\"title\":\"Tilsynsmyndighetene\",\"text\":\"")
				.endsWith("ansvarsområde.\"}],\"warnings\":[]}");
	}

	/** The in-force date from a sentence that names the instruction in any of its forms. */
	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Instruksen gjelder fra 1. januar 2024.                               | 2024-01-01
			Denne instruksen trer i kraft 1. mars 2024.                          | 2024-03-01
			Hovedinstruksen gjelder fra og med 1. juli 2024.                     | 2024-07-01
			Instruksens bestemmelser gjelder fra 15. august 2024.                | 2024-08-15
			Instruksene for direktoratet gjelder fra den 2. september 2024.      | 2024-09-02
			Denne instruks trer i kraft 1. oktober 2024.                         | 2024-10-01
			""")
	void readsTheInForceDateFromEveryFormOfTheWord(String sentence, LocalDate effectiveFrom) {
		assertThat(parser.parse(withSentence(sentence)).effectiveFrom()).isEqualTo(effectiveFrom);
	}

	/** «Instruksjon» (directions, as for a device) is another word, not a form of «instruks». */
	@ParameterizedTest
	@ValueSource(strings = { "Instruksjonen gjelder fra 1. januar 2024.",
			"Instruksjon om bruk gjelder fra 1. januar 2024.", "Instruksjonene gjelder fra og med 1. januar 2024." })
	void aSentenceWithAnotherWordGivesNoInForceDate(String sentence) {
		assertThat(parser.parse(withSentence(sentence)).effectiveFrom()).isNull();
	}

	private static String withSentence(String sentence) {
		return """
				Instruks for Helsedirektoratet

				Fastsatt av Helse- og omsorgsdepartementet 10. januar 2018

				1 Formål

				Direktoratet skal fremme folkehelse. %s
				""".formatted(sentence);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   \n\t ", "lorem ipsum dolor sit amet", "%PDF-1.7 \u0000\u0001 garbage 3.1 x",
			"1 Innledning\n\nDette er et brev uten tittel.\n\n2 Avslutning\n\nHilsen departementet" })
	void rejectsTextThatIsNoInstruction(String text) {
		assertThatThrownBy(() -> parser.parse(text)).isInstanceOf(InstruksParseException.class)
				.message().isNotBlank();
	}

	@Test
	void rejectsNull() {
		assertThatThrownBy(() -> parser.parse(null)).isInstanceOf(InstruksParseException.class);
	}

	@Test
	void rejectsAnAllocationLetterAndAnOrganisationDescription() {
		assertThatThrownBy(() -> parser.parse(resource("/seeds/tildelingsbrev-helsedirektoratet-2020.txt")))
				.isInstanceOf(InstruksParseException.class)
				.hasMessageContaining("ser ikke ut som en instruks");
		assertThatThrownBy(() -> parser.parse(resource("/seeds/organisering-helsedirektoratet.txt")))
				.isInstanceOf(InstruksParseException.class)
				.hasMessageContaining("ser ikke ut som en instruks");
	}

	@Test
	void numberingMayGoOnOnlyToAChildASiblingOrAnUncle() {
		assertThat(InstruksParser.follows(null, "1")).isTrue();
		assertThat(InstruksParser.follows(null, "2")).isFalse();
		assertThat(InstruksParser.follows("3", "3.1")).isTrue();
		assertThat(InstruksParser.follows("3", "4")).isTrue();
		assertThat(InstruksParser.follows("3.2", "4")).isTrue();
		assertThat(InstruksParser.follows("3.2", "3.3")).isTrue();
		assertThat(InstruksParser.follows("3.2", "3.2.1")).isTrue();
		assertThat(InstruksParser.follows("2", "425")).isFalse();
		assertThat(InstruksParser.follows("3.2", "3.4")).isFalse();
		assertThat(InstruksParser.follows("3", "3.2")).isFalse();
	}

	private static SectionDraft section(InstruksDraft draft, String number) {
		return draft.sections().stream().filter(s -> s.number().equals(number)).findFirst().orElseThrow();
	}

	private static List<String> numbersAndTitles(InstruksDraft draft) {
		return draft.sections().stream().map(s -> s.number() + "\t" + s.title()).toList();
	}

	private static List<String> expected(String name) {
		List<String> rows = new ArrayList<>();
		for (String line : resource(name).split("\n")) {
			if (!line.isBlank() && !line.startsWith("#")) {
				rows.add(line);
			}
		}
		return rows;
	}

	private static String resource(String name) {
		return TestDocuments.resource(name);
	}
}
