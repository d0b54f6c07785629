package no.hod.styringsregister.organisasjon.internal.parsing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import no.hod.styringsregister.testsupport.TestDocuments;

/**
 * Expected values are read from the organisation text by hand: the tree in {@code expected/organisasjon-hdir.tsv}
 * (division TAB department TAB leader title TAB leader), the rest written out below.
 */
class OrganisationParserTest {

	private static final String SEED = "/seeds/organisering-helsedirektoratet.txt";

	private final OrganisationParser parser = new OrganisationParser();

	@Test
	void readsEveryDivisionAndDepartmentWithItsLeader() {
		OrganisationDraft draft = parser.parse(resource(SEED), "Helsedirektoratet");

		assertThat(draft.agency()).isEqualTo("Helsedirektoratet");
		assertThat(draft.divisions()).extracting(DivisionDraft::name).containsExactly("Divisjon folkehelse",
				"Divisjon helseøkonomi og finansiering", "Divisjon kompetanse og personell",
				"Divisjon primærhelsetjenester", "Divisjon spesialisthelsetjenester",
				"Divisjon utvikling og digitalisering");
		// The text names no division leaders.
		assertThat(draft.divisions()).allSatisfy(division -> {
			assertThat(division.leader()).isNull();
			assertThat(division.leaderTitle()).isNull();
		});
		assertThat(tree(draft)).containsExactlyElementsOf(expected("/expected/organisasjon-hdir.tsv"));
	}

	@Test
	void takesSubHeadingsAndSubordinateBodiesForTextNotDepartments() {
		OrganisationDraft draft = parser.parse(resource(SEED), "Helsedirektoratet");

		List<String> names = draft.divisions().stream()
				.flatMap(division -> division.departments().stream())
				.map(DepartmentDraft::name)
				.toList();
		assertThat(names).doesNotContain("ISF-ordningen og DRG-systemet", "Kvalitetsbasert finansiering",
				"Samfunnsøkonomiske analyser", "Andre større oppgaver", "Bred anvendelse av data og sikkert personvern",
				"Norsk pasientregisters formål", "Minoritetshelse", "Trafikkmedisin og helsekrav for enkelte arbeidstakere",
				"Helse og arbeid", "Habilitering og rehabilitering", "Annen tilskuddsforvaltning", "Hovedmål",
				"Satsingsområder innen psykisk helse- og rusarbeid", "Hovudmål", "Satsingsområde", "Etater",
				"Statens strålevern", "Helfo");

		assertThat(department(draft, "Finansiering og DRG").description())
				.startsWith("Avdelingen forvalter og utvikler finansieringsordninger i spesialisthelsetjenesten")
				.contains("\n\nISF-ordningen og DRG-systemet\n\nInnsatsstyrt finansiering (ISF) fastsetter")
				.contains("\n\nKvalitetsbasert finansiering\n\nKvalitetsbasert finansiering brukes")
				.contains("\n\nSamfunnsøkonomiske analyser\n\nAvdelingen arbeider med å utvikle")
				.endsWith("\n\nAndre større oppgaver\n\nAvdelingen utarbeider styringsinformasjon om folketrygdens "
						+ "refusjonsutgifter og produserer analyser og prognoser i henhold til gjeldende regelverk og "
						+ "endringer i Lov om folketrygden.");
		assertThat(department(draft, "Norsk pasientregister").description())
				.contains("\n\nNorsk pasientregisters formål\n\nBruk av data i tråd med formålet");
		// the last department of the last division ends before "Etater"
		assertThat(department(draft, "Økonomi og styring").description()).isEqualTo("Tekst kommer.");
	}

	@Test
	void readsTheLabelledFieldsOfADepartment() {
		OrganisationDraft draft = parser.parse(resource(SEED), "Helsedirektoratet");

		DepartmentDraft global = department(draft, "Global helse");
		assertThat(global.tasks()).containsExactly("Kontaktpunkt EUs helseprogram",
				"Koordinere direktoratets arbeid med Joint Actions", "Donorprogram partner for EØS-ordningen",
				"Koordinere direktoratets forberedelser og oppfølging av møter i WHOs styrende organer",
				"Lede norsk helsesektors innsats i arbeidet med å nå FNs helserelaterte bærekraftsmål",
				"Bistår HOD i arbeid med OECD", "Bistår HOD og øvrige deler av direktoratet i fm besøk fra utlandet");
		assertThat(global.targetGroups()).isEqualTo("Andre avdelinger i Helsedirektoratet, HOD, UD, FHI og Norad");
		assertThat(global.partners()).isEqualTo("HOD, DU, FHI, Norad, WHO, CHAFEA, DGSante, FMO Brussel");
		assertThat(global.description())
				.startsWith("Avdelingen skal koordinere og styrke Helsedirektoratets internasjonale arbeid.")
				.contains("helsemålet i en norsk kontekst.\n\nAvdelingen er nasjonalt kontaktpunkt for EUs helseprogram")
				.endsWith("arrangerer avdelingens faste WHO, EU og OECD-fora.");

		// ten bullets, the last wrapping onto the next line
		DepartmentDraft living = department(draft, "Levekår og helse");
		assertThat(living.tasks()).hasSize(10).startsWith("Sosial ulikhet i helse og sosiale determinanters "
				+ "betydning for helse").endsWith("Koordinere arbeidet med: styringssignaler til og dialog med "
				+ "Fylkesmennene / samarbeidet med Frivillighet Norge");

		// "Hovedoppgaver:" with bullets whose indentation drifts: still six tasks of one list
		assertThat(department(draft, "Spesialisering og etterutdanning").tasks()).containsExactly(
				"Turnustjeneste for leger og fysioterapeuter", "Spesialistutdanning av leger",
				"Veiledet tjeneste for allmennleger", "Etterutdanning for andre helsepersonellgrupper",
				"Videreutdanning i regi av utdannings/ høyskolesektoren", "Vurdering av kompetansebehov i helsetjenesten.");
		assertThat(department(draft, "Miljø og helse").tasks()).hasSize(10);
		assertThat(department(draft, "Barne- og ungdomshelse").tasks()).hasSize(11);
		assertThat(department(draft, "Utdanning og personellplanlegging").tasks()).hasSize(8);

		// "Hovedoppgaver:" followed by prose is no task list; a list under another label stays in the description
		DepartmentDraft refunds = department(draft, "Behandlingsrefusjon");
		assertThat(refunds.tasks()).isEmpty();
		assertThat(refunds.description()).contains("\n\nHovedoppgaver:\n\nAvdelingen har ansvar for direkte oppgjør");
		assertThat(department(draft, "Statistikk").tasks()).isEmpty();
		assertThat(department(draft, "Statistikk").description())
				.contains("Avdelingen har ansvaret for:\n- Drift og utvikling av nasjonalt kvalitetsindikatorsystem.");
		assertThat(department(draft, "Statistikk").targetGroups()).isNull();
	}

	@Test
	void keepsTheTextAroundALeaderLineInTheMiddle() {
		OrganisationDraft draft = parser.parse(resource(SEED), "Helsedirektoratet");

		// "Avdelingsdirektør: Eva Bjerkmann" comes before the description of the sections
		assertThat(department(draft, "Autorisasjon").description())
				.startsWith("Avdelingen bidrar til at helsevesenet har tilgang til kvalifisert helsepersonell")
				.contains("\n\nAvdelingen er organisert i tre seksjoner som ivaretar ulike oppgaveporteføljer.\n\n"
						+ "- Seksjon kundesenter\nIvaretar generell informasjons- og veiledningstjeneste")
				.endsWith("- Seksjon øvrig personell\nSeksjonen er ansvarlig for saksbehandling av søknader fra "
						+ "helsepersonell som søker om autorisasjon som apotektekniker, audiograf, bioingeniør, "
						+ "ergoterapeut, fysioterapeut, kiropraktor, ortopediingeniør, optiker, ortoptist, "
						+ "perfusjonist, radiograf, tanntekniker, vernepleier.");
		assertThat(department(draft, "Allmennhelsetjenester").description()).contains("""
				- heldøgns medisinsk akuttberedskap, herunder:
				  - legevakt og legevaktsentral
				  - øyeblikkelig hjelp døgntilbud (KAD/ØHD)
				- smittevern – nasjonalt og internasjonalt""");
	}

	@Test
	void warnsAboutTheCorrectedTitleAndTheSubordinateBodies() {
		OrganisationDraft draft = parser.parse(resource(SEED), "Helsedirektoratet");

		assertThat(draft.warnings()).containsExactly(
				"Rettet tittelen «Avdelingsdirketør» til «Avdelingsdirektør» for avdeling Rehabiltering og sjeldne "
						+ "tilstander.",
				"Teksten beskriver også underliggende etater (Statens strålevern, Helfo). De er verken divisjoner "
						+ "eller avdelinger og er ikke tatt med.");
	}

	@Test
	void withoutAnAgencyAssumesTheDirectorateTheTextNamesMostAndSaysSo() {
		OrganisationDraft draft = parser.parse(resource(SEED));

		assertThat(draft.agency()).isEqualTo("Helsedirektoratet");
		assertThat(draft.warnings().get(0)).contains("Antar Helsedirektoratet");
		assertThat(draft.divisions()).isEqualTo(parser.parse(resource(SEED), "Helsedirektoratet").divisions());
	}

	@Test
	void withoutAClearAgencyLeavesItOpen() {
		OrganisationDraft draft = parser.parse("""
				Divisjon folkehelse

				Global helse

				Avdelingen samarbeider med Utdanningsdirektoratet og Helsedirektoratet.

				Avdelingsdirektør: Kari Nordmann
				""");

		assertThat(draft.agency()).isNull();
		assertThat(draft.warnings()).containsExactly("Fant ikke hvilken etat teksten beskriver; oppgi etaten ved import.");
		assertThat(draft.divisions()).singleElement().satisfies(division -> assertThat(division.departments())
				.singleElement().satisfies(department -> {
					assertThat(department.name()).isEqualTo("Global helse");
					assertThat(department.leader()).isEqualTo("Kari Nordmann");
				}));
	}

	@Test
	void messySpacingGivesTheSameDraft() {
		String clean = resource(SEED);
		String messy = clean.replace(" ", "\u00a0 ").replace("\n", "  \r\n\t");

		assertThat(parser.parse(messy, "Helsedirektoratet")).isEqualTo(parser.parse(clean, "Helsedirektoratet"));
	}

	@Test
	void takesADivisionLeaderAndWarnsAboutADepartmentWithoutOne() {
		OrganisationDraft draft = parser.parse("""
				Divisjon digitalisering

				Divisjonsdirektør: Ola Nordmann.

				Arkiv

				Avdelingen har ansvar for arkivet.

				Avdelingsdirektør: Kari Nordmann, kari.nordmann@example.no

				Analyse

				Avdelingen lager analyser.
				""", "Direktoratet for testing");

		DivisionDraft division = draft.divisions().get(0);
		assertThat(division.leader()).isEqualTo("Ola Nordmann");
		assertThat(division.leaderTitle()).isEqualTo("Divisjonsdirektør");
		assertThat(division.departments()).extracting(DepartmentDraft::name, DepartmentDraft::leader)
				.containsExactly(tuple("Arkiv", "Kari Nordmann"), tuple("Analyse", null));
		assertThat(draft.warnings())
				.containsExactly("Fant ingen leder for avdeling Analyse i Divisjon digitalisering.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "  \n\u00a0\n", "lorem ipsum dolor sit amet",
			"Divisjon folkehelse\n\nBare tekst, ingen avdelinger.\n", "%PDF-1.7 \u0000\u0001 Divisjon" })
	void rejectsTextThatIsNoOrganisationDescription(String text) {
		assertThatThrownBy(() -> parser.parse(text, "Helsedirektoratet"))
				.isInstanceOf(OrganisationParseException.class)
				.message().isNotBlank();
	}

	@Test
	void rejectsNullAnInstructionAndAnAllocationLetter() {
		assertThatThrownBy(() -> parser.parse(null)).isInstanceOf(OrganisationParseException.class);
		assertThatThrownBy(() -> parser.parse(resource("/seeds/instruks-helsedirektoratet-2018-2019.txt")))
				.isInstanceOf(OrganisationParseException.class);
		assertThatThrownBy(() -> parser.parse(resource("/seeds/tildelingsbrev-helsedirektoratet-2020.txt")))
				.isInstanceOf(OrganisationParseException.class);
	}

	private static DepartmentDraft department(OrganisationDraft draft, String name) {
		return draft.divisions().stream()
				.flatMap(division -> division.departments().stream())
				.filter(department -> department.name().equals(name))
				.findFirst()
				.orElseThrow(() -> new AssertionError("Fant ikke avdeling " + name));
	}

	private static List<String> tree(OrganisationDraft draft) {
		List<String> rows = new ArrayList<>();
		for (DivisionDraft division : draft.divisions()) {
			for (DepartmentDraft department : division.departments()) {
				rows.add(division.name() + "\t" + department.name() + "\t" + department.leaderTitle() + "\t"
						+ department.leader());
			}
		}
		return rows;
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
