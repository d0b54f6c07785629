package no.hod.styringsregister.organisasjon.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import no.hod.styringsregister.dokumenter.TextExtractor;
import no.hod.styringsregister.dokumenter.UnreadableDocumentException;
import no.hod.styringsregister.organisasjon.Departementsavdeling;
import no.hod.styringsregister.organisasjon.Enhet;
import no.hod.styringsregister.organisasjon.OrganisasjonImport;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.organisasjon.internal.parsing.OrganisationParseException;
import no.hod.styringsregister.organisasjon.internal.parsing.OrganisationParser;
import no.hod.styringsregister.testsupport.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The organisation on a real database. Tests that change units use an agency of their own; the seed import of
 * Helsedirektoratet is idempotent, so tests may repeat it. Expected values are read from the seed by hand.
 */
@IntegrationTest
@AutoConfigureMockMvc
class OrganisasjonIntegrationTests {

	private static final String SEED = "/seeds/organisering-helsedirektoratet.txt";

	private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

	private static final List<String> HDIR_DIVISIONS = List.of("Divisjon folkehelse",
			"Divisjon helseøkonomi og finansiering", "Divisjon kompetanse og personell", "Divisjon primærhelsetjenester",
			"Divisjon spesialisthelsetjenester", "Divisjon utvikling og digitalisering");

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisasjonService organisasjon;

	@Autowired
	OrganisasjonTre tre;

	@Autowired
	OrganisasjonImport importer;

	@Autowired
	OrganisasjonAdministrasjon administrasjon;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void theSeedImportFillsInTheSixDivisionsOfTheFirstMigrationWithoutDuplicatingThem() throws Exception {
		importSeedAsAdmin();
		long hdir = organisasjon.etatByName("Helsedirektoratet").orElseThrow().id();

		List<Enhet> divisions = organisasjon.divisjoner(hdir);
		assertThat(divisions).extracting(Enhet::navn).containsExactlyElementsOf(HDIR_DIVISIONS);
		// 6 + 6 + 4 + 6 + 7 + 6 departments, as in expected/organisasjon-hdir.tsv
		assertThat(divisions.stream().mapToInt(d -> organisasjon.avdelinger(d.id()).size()).sum()).isEqualTo(35);
		Enhet folkehelse = divisions.get(0);
		assertThat(organisasjon.avdelinger(folkehelse.id())).extracting(Enhet::navn).containsExactly(
				"Barne- og ungdomshelse", "Ernæring og forebygging i helsetjenesten", "Global helse",
				"Levekår og helse", "Miljø og helse", "Utvikling og koordinering");
		Enhet global = organisasjon.avdelinger(folkehelse.id()).get(2);
		assertThat(global.leder()).isEqualTo("Otto Christian Rø");
		assertThat(global.lederTittel()).isEqualTo("Konstituert avdelingsdirektør");

		OrganisasjonImport.Resultat again = importSeedAsAdmin();
		assertThat(again).isEqualTo(new OrganisasjonImport.Resultat(0, 0, 6 + 35, 0));
		assertThat(organisasjon.divisjoner(hdir)).hasSize(6);
	}

	@Test
	void theApiAnswersTheTreeInTheIssuesShapeWithEachUnitsId() throws Exception {
		importSeedAsAdmin();
		long hdirId = organisasjon.etatByName("Helsedirektoratet").orElseThrow().id();
		Enhet folkehelseEnhet = organisasjon.divisjoner(hdirId).get(0);
		Enhet globalEnhet = organisasjon.avdelinger(folkehelseEnhet.id()).get(2);

		String body = mvc.perform(get("/api/organisasjon").with(ADMIN)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

		JsonNode root = new JsonMapper().readTree(body);
		assertThat(root.properties()).extracting(Map.Entry::getKey).containsExactly("agencies");
		JsonNode hdir = null;
		for (JsonNode agency : root.get("agencies")) {
			if (agency.get("name").asString().equals("Helsedirektoratet")) {
				hdir = agency;
			}
		}
		assertThat(hdir).isNotNull();
		// The issue's fields as given, and the id beside them (added: the filters take ids, and only this gives them).
		assertThat(hdir.properties()).extracting(Map.Entry::getKey).containsExactly("id", "name", "divisions");
		assertThat(hdir.get("id").asLong()).isEqualTo(hdirId);
		JsonNode folkehelse = hdir.get("divisions").get(0);
		assertThat(folkehelse.get("name").asString()).isEqualTo("Divisjon folkehelse");
		assertThat(folkehelse.properties()).extracting(Map.Entry::getKey).containsExactly("id", "name", "departments");
		assertThat(folkehelse.get("id").asLong()).isEqualTo(folkehelseEnhet.id());
		JsonNode global = folkehelse.get("departments").get(2);
		assertThat(global.properties()).extracting(Map.Entry::getKey)
			.containsExactly("id", "name", "leader", "leaderTitle", "tasks");
		assertThat(global.get("id").asLong()).isEqualTo(globalEnhet.id());
		assertThat(global.get("name").asString()).isEqualTo("Global helse");
		assertThat(global.get("leader").asString()).isEqualTo("Otto Christian Rø");
		assertThat(global.get("leaderTitle").asString()).isEqualTo("Konstituert avdelingsdirektør");
		assertThat(global.get("tasks").size()).isEqualTo(7);
		assertThat(global.get("tasks").get(0).asString()).isEqualTo("Kontaktpunkt EUs helseprogram");
	}

	@Test
	void theIdsTheApiGivesAreTakenByTheOtherApisFilters() throws Exception {
		importSeedAsAdmin();
		JsonNode hdir = null;
		for (JsonNode agency : new JsonMapper().readTree(mvc.perform(get("/api/organisasjon").with(ADMIN))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).get("agencies")) {
			if (agency.get("name").asString().equals("Helsedirektoratet")) {
				hdir = agency;
			}
		}
		assertThat(hdir).isNotNull();
		String agency = hdir.get("id").asString();
		String division = hdir.get("divisions").get(0).get("id").asString();
		String department = hdir.get("divisions").get(0).get("departments").get(2).get("id").asString();

		mvc.perform(get("/api/oppdrag").param("agency", agency).param("division", division)
			.param("department", department).with(ADMIN)).andExpect(status().isOk());
		mvc.perform(get("/api/rapporteringskalender").param("agency", agency).param("division", division).with(ADMIN))
			.andExpect(status().isOk());
		// The same filters refuse an id that names nothing, so the answers above did take these ids.
		String ingen = String.valueOf(Long.MAX_VALUE);
		for (String filter : new String[] { "agency", "division", "department" }) {
			mvc.perform(get("/api/oppdrag").param(filter, ingen).with(ADMIN)).andExpect(status().isBadRequest());
		}
		for (String filter : new String[] { "agency", "division" }) {
			mvc.perform(get("/api/rapporteringskalender").param(filter, ingen).with(ADMIN))
				.andExpect(status().isBadRequest());
		}
	}

	@Test
	void theBrowserImportShowsThePlanAndWritesOnlyOnConfirm() throws Exception {
		long etat = newAgency();

		String draft = upload(etat);
		String preview = mvc.perform(get(draft).with(ADMIN))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(preview).contains("Global helse").contains("Konstituert avdelingsdirektør: Otto Christian Rø")
			.contains("41 nye, 0 endres, 0 flyttes, 0 uendret.");
		mvc.perform(post(draft + "/avbryt").with(ADMIN).with(csrf()));
		assertThat(organisasjon.divisjoner(etat)).isEmpty();
		mvc.perform(get(draft).with(ADMIN)).andExpect(redirectedUrl("/admin/organisasjon/import"));

		// The seed is Helsedirektoratet's: saved under the new agency only with the admin's word that it is right.
		String second = upload(etat);
		mvc.perform(post(second + "/bekreft").param("likevel", "true").with(ADMIN).with(csrf()))
			.andExpect(flash().attribute("melding", "Organisasjonen er importert: 41 nye enheter, 0 endret, 0 uendret."));
		assertThat(organisasjon.divisjoner(etat)).extracting(Enhet::navn).containsExactlyElementsOf(HDIR_DIVISIONS);
	}

	@Test
	void theImportFormOffersTheFileTypesItReadsAndAnEmptyFileIsRefusedByName() throws Exception {
		mvc.perform(get("/admin/organisasjon/import").with(ADMIN))
			.andExpect(content().string(containsString("accept=\".pdf,.docx,.txt,")))
			.andExpect(content().string(containsString("PDF, Word (.docx) eller tekstfil (UTF-8), inntil 20 MB.")))
			.andExpect(content().string(not(containsString(">Tekstfil (UTF-8).<"))));

		mvc.perform(multipart("/admin/organisasjon/import").file(new MockMultipartFile("fil", "tom.txt", "text/plain",
				new byte[0])).param("etatId", "" + newAgency()).with(ADMIN).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Filen «tom.txt» er tom. Velg filen med "
					+ "organisasjonsbeskrivelsen.")))
			.andExpect(content().string(containsString("name=\"fil\" type=\"file\"")));
	}

	/**
	 * Each refusal of the upload answers the form again with its reason, 400, and the agency the admin chose still
	 * chosen: after a redirect the choice fell back to the first agency, and a file picked again was read for it.
	 */
	@Test
	void everyRefusedUploadKeepsTheChosenAgencyAndAnswers400() throws Exception {
		long etat = newAgency();
		String navn = organisasjon.etat(etat).orElseThrow().navn();
		byte[] bilde = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R' };
		byte[] notat = ("Notat om " + navn + "\n\nEtaten skal levere en rapport innen fristen.\n")
			.getBytes(StandardCharsets.UTF_8);
		// The reasons as the reader and the parser give them.
		TextExtractor leser = new TextExtractor(1024 * 1024);
		Map<MockMultipartFile, String> filer = Map.of(
				new MockMultipartFile("fil", "tom.txt", "text/plain", new byte[0]),
				assertThrows(UnreadableDocumentException.class, () -> leser.extract("tom.txt", new byte[0])).getMessage(),
				new MockMultipartFile("fil", "bilde.png", "image/png", bilde),
				assertThrows(UnreadableDocumentException.class, () -> leser.extract("bilde.png", bilde)).getMessage(),
				new MockMultipartFile("fil", "notat.txt", "text/plain", notat),
				assertThrows(OrganisationParseException.class, () -> new OrganisationParser()
					.parse(leser.extract("notat.txt", notat).text(), navn)).getMessage(),
				// As a browser sends the form when no file was chosen.
				new MockMultipartFile("fil", "", "application/octet-stream", new byte[0]), "Velg en fil å laste opp.");

		filer.forEach((fil, grunn) -> {
			try {
				String side = mvc.perform(multipart("/admin/organisasjon/import").file(fil).param("etatId", "" + etat)
					.with(ADMIN).with(csrf()))
					.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
				assertThat(side).as(fil.getOriginalFilename()).contains(HtmlUtils.htmlEscape(grunn, "UTF-8"));
				assertThat(valgteEtater(side)).as(fil.getOriginalFilename()).containsExactly(etat);
			}
			catch (Exception ex) {
				throw new AssertionError(fil.getOriginalFilename(), ex);
			}
		});
		assertThat(enheter(etat)).isZero();
	}

	/**
	 * Helsedirektoratet's description under another agency is saved only when the admin ticks that the agency is
	 * right, as in the instruction import: a confirm without the tick is refused in the form and saves nothing.
	 */
	@Test
	void anotherAgencysTextIsSavedOnlyWhenTheAdminTicksThatTheAgencyIsRight() throws Exception {
		long etat = newAgency();
		String navn = organisasjon.etat(etat).orElseThrow().navn();
		String draft = upload(etat);
		assertThat(mvc.perform(get(draft).with(ADMIN)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("Er dette riktig etat?")
			.contains("<input type=\"checkbox\" id=\"likevel\" name=\"likevel\" value=\"true\">")
			.contains("<label for=\"likevel\">Importer likevel under " + navn + "</label>");
		long before = enheter(etat);

		String refused = mvc.perform(post(draft + "/bekreft").with(ADMIN).with(csrf()))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("<p class=\"feltfeil\" id=\"likevel-feil\">Organisasjonen ble ikke importert. "
				+ "Teksten ser ut til å beskrive Helsedirektoratet, ikke " + navn)
			.contains("Er etaten riktig, kryss av for «Importer likevel under " + navn + "» og bekreft igjen.</p>")
			.containsPattern("<input type=\"checkbox\" id=\"likevel\" name=\"likevel\" value=\"true\" "
					+ "aria-invalid=\"true\" aria-describedby=\"likevel-feil\" autofocus=\"autofocus\">");
		assertThat(enheter(etat)).isEqualTo(before);

		mvc.perform(post(draft + "/bekreft").param("likevel", "true").with(ADMIN).with(csrf()))
			.andExpect(redirectedUrl("/admin/organisasjon"))
			.andExpect(flash().attribute("melding", "Organisasjonen er importert: 41 nye enheter, 0 endret, 0 uendret."));
		// The seed's 6 divisions and 35 departments.
		assertThat(enheter(etat)).isEqualTo(before + 6 + 35);
	}

	/** The agencies chosen in the upload form's list, by id. */
	private static List<Long> valgteEtater(String side) {
		return Pattern.compile("<option value=\"(\\d+)\" selected=\"selected\">").matcher(side).results()
			.map(m -> Long.valueOf(m.group(1))).toList();
	}

	/** How many divisions and departments the agency has. */
	private long enheter(long etat) {
		return organisasjon.divisjoner(etat).stream().mapToLong(d -> 1 + organisasjon.avdelinger(d.id()).size()).sum();
	}

	@Test
	void thePreviewWarnsWhenTheTextDescribesAnotherAgencyThanTheOneChosen() throws Exception {
		long tilsyn = organisasjon.etatByName("Statens helsetilsyn").orElseThrow().id();
		int before = organisasjon.divisjoner(tilsyn).size();

		String draft = upload(tilsyn);
		String preview = mvc.perform(get(draft).with(ADMIN))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(preview).contains("Er dette riktig etat?").contains("Teksten ser ut til å beskrive "
				+ "Helsedirektoratet, ikke Statens helsetilsyn: Helsedirektoratet er nevnt 34 ganger");
		mvc.perform(post(draft + "/avbryt").with(ADMIN).with(csrf()));
		assertThat(organisasjon.divisjoner(tilsyn)).hasSize(before);

		long hdir = organisasjon.etatByName("Helsedirektoratet").orElseThrow().id();
		String riktig = upload(hdir);
		assertThat(mvc.perform(get(riktig).with(ADMIN)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("Global helse").doesNotContain("Er dette riktig etat?")
			.doesNotContain("Importer likevel");
		mvc.perform(post(riktig + "/avbryt").with(ADMIN).with(csrf()));
	}

	@Test
	void thePreviewShowsWhatAnUpdateChangesWithOldAndNewValues() throws Exception {
		long etat = newAgency();
		importSeedAs(organisasjon.etat(etat).orElseThrow().navn());
		Enhet folkehelse = organisasjon.divisjoner(etat).stream().filter(d -> d.navn().equals("Divisjon folkehelse"))
			.findFirst().orElseThrow();
		EnhetDetaljer avdeling = organisasjon.avdelinger(folkehelse.id()).stream().map(e -> tre.enhet(e.id()))
			.filter(e -> e.enhet().leder() != null && e.beskrivelse() != null).findFirst().orElseThrow();
		// The register says otherwise than the text about the leader and the description.
		mvc.perform(post("/admin/organisasjon/enhet/" + avdeling.enhet().id()).param("versjon", versjon(avdeling.enhet().id())
			).with(ADMIN).with(csrf())
			.param("navn", avdeling.enhet().navn()).param("leder", "Ola Testleder")
			.param("lederTittel", Objects.requireNonNullElse(avdeling.enhet().lederTittel(), "")).param("beskrivelse", "En gammel beskrivelse.")
			.param("oppgaver", String.join("\n", avdeling.oppgaver())).param("malgrupper", Objects.requireNonNullElse(avdeling.malgrupper(), ""))
			.param("samarbeidspartnere", Objects.requireNonNullElse(avdeling.samarbeidspartnere(), "")))
			.andExpect(status().is3xxRedirection());
		assertThat(tre.enhet(avdeling.enhet().id()).enhet().leder()).isEqualTo("Ola Testleder");

		String side = mvc.perform(get(upload(etat)).with(ADMIN)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(side).containsPattern("Leder:\\s*<span class=\"skjult\">Før:</span>\\s*<del>Ola Testleder</del>"
				+ "\\s*→\\s*<span class=\"skjult\">Nå:</span>\\s*<ins>"
				+ Pattern.quote(HtmlUtils.htmlEscape(avdeling.enhet().leder(), "UTF-8")) + "</ins>");
		assertThat(side).contains("<summary>Beskrivelse endres</summary>", "<del>En gammel beskrivelse.</del>",
				"<ins>" + HtmlUtils.htmlEscape(avdeling.beskrivelse(), "UTF-8") + "</ins>");
		// Only what changes is listed: the leader title is the same.
		assertThat(side).doesNotContain("Ledertittel:");
	}

	/** Uploads the seed in the browser import and returns the address of its review page. */
	private String upload(long etat) throws Exception {
		String location = mvc.perform(multipart("/admin/organisasjon/import").file(new MockMultipartFile("fil",
				"org.txt", "text/plain", seed())).param("etatId", "" + etat).with(ADMIN).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).matches("/admin/organisasjon/import/[0-9a-f-]{36}");
		return location;
	}

	@Test
	void aRenameKeepsTheOldNameAndADepartmentMovesToAnotherDivision() throws Exception {
		long etat = newAgency();
		long a = addUnit("/admin/organisasjon/divisjon", Map.of("etatId", "" + etat, "navn", "Divisjon alfa"));
		long b = addUnit("/admin/organisasjon/divisjon", Map.of("etatId", "" + etat, "navn", "Divisjon beta"));
		long dept = addUnit("/admin/organisasjon/avdeling", Map.of("divisjonId", "" + a, "navn", "Statistikk",
				"lederTittel", "Avdelingsdirektør", "leder", "Kari Nordmann"));

		mvc.perform(post("/admin/organisasjon/enhet/" + dept).param("versjon", versjon(dept))
			.with(ADMIN).with(csrf()).param("navn", "Analyse")
			.param("lederTittel", "Avdelingsdirektør").param("leder", "Kari Nordmann")
			.param("oppgaver", "Lage statistikk\nAnalysere data\n"))
			.andExpect(flash().attribute("melding", "Endringene er lagret."));
		mvc.perform(post("/admin/organisasjon/enhet/" + dept + "/flytt").with(ADMIN).with(csrf())
			.param("divisjonId", "" + b))
			.andExpect(flash().attribute("melding", "Avdelingen er flyttet."));

		Enhet moved = organisasjon.enhet(dept).orElseThrow();
		assertThat(moved.navn()).isEqualTo("Analyse");
		assertThat(moved.overordnetId()).isEqualTo(b);
		assertThat(organisasjon.tidligereNavn(dept)).extracting(OrganisasjonService.TidligereNavn::navn)
			.containsExactly("Statistikk");
		mvc.perform(get("/organisasjon/enhet/" + dept).with(ADMIN))
			.andExpect(content().string(containsString("Tidligere navn")))
			.andExpect(content().string(containsString("Statistikk")))
			.andExpect(content().string(containsString("<li>Analysere data</li>")))
			.andExpect(content().string(containsString("Divisjon beta")));
	}

	@Test
	void aRefusedUnitFormKeepsWhatWasTypedAndShowsEachProblemBesideItsField() throws Exception {
		long etat = newAgency();
		long a = addUnit("/admin/organisasjon/divisjon", Map.of("etatId", "" + etat, "navn", "Divisjon alfa"));
		long dept = addUnit("/admin/organisasjon/avdeling", Map.of("divisjonId", "" + a, "navn", "Statistikk",
				"lederTittel", "Avdelingsdirektør", "leder", "Kari Nordmann"));
		addUnit("/admin/organisasjon/avdeling", Map.of("divisjonId", "" + a, "navn", "Analyse"));

		String side = mvc.perform(post("/admin/organisasjon/enhet/" + dept).param("versjon", versjon(dept))
			.with(ADMIN).with(csrf()).param("navn", "  ")
			.param("lederTittel", "Fungerende avdelingsdirektør").param("leder", "Ola Nordmann")
			.param("malgrupper", "Kommunene").param("oppgaver", "Lage statistikk\nAnalysere data"))
			.andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(side).contains("<p class=\"feltfeil\" id=\"navn-feil\">Skriv inn enhetens navn.</p>",
				"value=\"Fungerende avdelingsdirektør\"", "value=\"Ola Nordmann\"", "value=\"Kommunene\"",
				">Lage statistikk\nAnalysere data</textarea>");
		Enhet lagret = organisasjon.enhet(dept).orElseThrow();
		assertThat(lagret.navn()).isEqualTo("Statistikk");
		assertThat(lagret.leder()).as("nothing is saved from a refused form").isEqualTo("Kari Nordmann");

		// A name a sibling already has is told beside the name too, with what was typed kept.
		String tatt = mvc.perform(post("/admin/organisasjon/enhet/" + dept).param("versjon", versjon(dept))
			.with(ADMIN).with(csrf())
			.param("navn", "analyse").param("leder", "Ola Nordmann"))
			.andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(tatt).contains("<p class=\"feltfeil\" id=\"navn-feil\">Det finnes allerede en enhet som heter "
				+ "«analyse» på dette nivået.</p>", "value=\"analyse\"", "value=\"Ola Nordmann\"");
		assertThat(organisasjon.tidligereNavn(dept)).as("no rename was recorded").isEmpty();
	}

	@Test
	void unitAgencyAndMinistryDepartmentNamesStayOnOneLineInEveryForm() throws Exception {
		long etat = newAgency();
		long a = addUnit("/admin/organisasjon/divisjon", Map.of("etatId", "" + etat, "navn", "Divisjon alfa"));
		long dept = addUnit("/admin/organisasjon/avdeling", Map.of("divisjonId", "" + a, "navn", "Statistikk"));
		String navnet = "Navnet må stå på én linje, uten linjeskift eller andre kontrolltegn.";

		// The add forms: the page again (400) with the reason and what was typed in that form.
		String divisjon = mvc.perform(post("/admin/organisasjon/divisjon").with(ADMIN).with(csrf())
			.param("etatId", "" + etat).param("navn", "Divisjon\r\nbeta"))
			.andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(divisjon).contains(navnet, "value=\"Divisjon\r\nbeta\"");
		assertThat(Pattern.compile("<option value=\"" + etat + "\"\\s+selected=\"selected\"").matcher(divisjon).find())
			.as("the agency chosen stays chosen").isTrue();
		String avdeling = mvc.perform(post("/admin/organisasjon/avdeling").with(ADMIN).with(csrf())
			.param("divisjonId", "" + a).param("navn", "Analyse").param("lederTittel", "Avdelings-\ndirektør")
			.param("leder", "Kari Nordmann"))
			.andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(avdeling).contains("Ledertittelen må stå på én linje", "value=\"Analyse\"", "value=\"Kari Nordmann\"");
		assertThat(Pattern.compile("<option value=\"" + a + "\"\\s+selected=\"selected\"").matcher(avdeling).find())
			.as("the division chosen stays chosen").isTrue();
		mvc.perform(post("/admin/organisasjon/etat").with(ADMIN).with(csrf()).param("navn", "Ny\netat")
			.param("kortnavn", "NE"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString(navnet)))
			.andExpect(content().string(containsString("value=\"NE\"")));
		assertThat(organisasjon.divisjoner(etat)).extracting(Enhet::navn).containsExactly("Divisjon alfa");
		assertThat(organisasjon.avdelinger(a)).extracting(Enhet::navn).containsExactly("Statistikk");
		assertThat(organisasjon.etatByName("Ny\netat")).isEmpty();

		// The unit form: beside each field; the description and the tasks keep their line breaks.
		String enhet = mvc.perform(post("/admin/organisasjon/enhet/" + dept).param("versjon", versjon(dept))
			.with(ADMIN).with(csrf())
			.param("navn", "Stati\nstikk").param("leder", "Kari\nNordmann").param("malgrupper", "Kommunene\r")
			.param("beskrivelse", "Første linje\nAndre linje").param("oppgaver", "En\nTo"))
			.andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(enhet).contains("<p class=\"feltfeil\" id=\"navn-feil\">" + navnet + "</p>",
				"<p class=\"feltfeil\" id=\"leder-feil\">Lederens navn må stå på én linje",
				"<p class=\"feltfeil\" id=\"malgrupper-feil\">Målgruppene må stå på én linje",
				">Første linje\nAndre linje</textarea>");
		assertThat(organisasjon.enhet(dept).orElseThrow().navn()).isEqualTo("Statistikk");
		mvc.perform(post("/admin/organisasjon/enhet/" + dept).param("versjon", versjon(dept))
			.with(ADMIN).with(csrf()).param("navn", "Statistikk")
			.param("leder", "Kari Nordmann").param("beskrivelse", "Første linje\nAndre linje").param("oppgaver", "En\nTo"))
			.andExpect(status().is3xxRedirection());

		// The ministry's departments: the new one and a changed row, each kept as typed.
		String code = "L" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
		mvc.perform(post("/admin/organisasjon/departementsavdelinger").with(ADMIN).with(csrf()).param("kode", code)
			.param("navn", "Linje-\navdelingen").param("gyldigFra", "2020-01-01"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString(navnet)))
			.andExpect(content().string(containsString("value=\"" + code + "\"")))
			.andExpect(content().string(containsString("value=\"2020-01-01\"")));
		assertThat(organisasjon.departementsavdeling(code, LocalDate.of(2021, 1, 1))).isEmpty();
		long fha = organisasjon.departementsavdelinger().stream().filter(d -> d.kode().equals("FHA")).findFirst()
			.orElseThrow().id();
		mvc.perform(post("/admin/organisasjon/departementsavdelinger/" + fha).with(ADMIN).with(csrf())
			.param("navn", "Folkehelse-\navdelingen"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString(navnet)))
			.andExpect(content().string(containsString("value=\"Folkehelse-\navdelingen\"")));
		assertThat(organisasjon.departementsavdeling("FHA", LocalDate.of(2025, 3, 1))).map(Departementsavdeling::navn)
			.contains("Folkehelseavdelingen");
	}

	@Test
	void theImportFindsAUnitRenamedInTheRegisterByTheNameTheTextStillGivesIt() throws Exception {
		long etat = newAgency();
		String navn = organisasjon.etat(etat).orElseThrow().navn();
		importSeedAs(navn);
		int divisjoner = organisasjon.divisjoner(etat).size();
		Enhet folkehelse = organisasjon.divisjoner(etat).stream().filter(d -> d.navn().equals("Divisjon folkehelse"))
			.findFirst().orElseThrow();
		List<Enhet> avdelinger = organisasjon.avdelinger(folkehelse.id());
		assertThat(avdelinger).isNotEmpty();
		mvc.perform(post("/admin/organisasjon/enhet/" + folkehelse.id()).param("versjon", versjon(folkehelse.id())
			).param("navn", "Divisjon for folkehelse og levekår")
			.with(ADMIN).with(csrf())).andExpect(status().is3xxRedirection());
		Enhet avdeling = avdelinger.get(0);
		mvc.perform(post("/admin/organisasjon/enhet/" + avdeling.id()).param("versjon", versjon(avdeling.id())
			).param("navn", avdeling.navn() + " og mer")
			.with(ADMIN).with(csrf())).andExpect(status().is3xxRedirection());

		// The same text again: nothing new, no department moved, the new names kept.
		OrganisasjonImport.Resultat igjen = importSeedAs(navn);
		assertThat(igjen.nye()).isZero();
		assertThat(organisasjon.divisjoner(etat)).hasSize(divisjoner)
			.extracting(Enhet::navn).contains("Divisjon for folkehelse og levekår").doesNotContain("Divisjon folkehelse");
		assertThat(organisasjon.avdelinger(folkehelse.id())).extracting(Enhet::id)
			.containsExactlyInAnyOrderElementsOf(avdelinger.stream().map(Enhet::id).toList());
		assertThat(organisasjon.enhet(avdeling.id()).orElseThrow().navn()).isEqualTo(avdeling.navn() + " og mer");
	}

	@Test
	void unitsAreNeverDeletedOnlyDeactivatedAndAnActiveDepartmentKeepsItsDivisionActive() throws Exception {
		long etat = newAgency();
		long division = addUnit("/admin/organisasjon/divisjon", Map.of("etatId", "" + etat, "navn", "Divisjon gamma"));
		long dept = addUnit("/admin/organisasjon/avdeling", Map.of("divisjonId", "" + division, "navn", "Tilskudd"));

		mvc.perform(delete("/admin/organisasjon/enhet/" + dept).with(ADMIN).with(csrf()))
			.andExpect(status().is4xxClientError());
		assertThat(organisasjon.enhet(dept)).isPresent();
		mvc.perform(get("/admin/organisasjon/enhet/" + dept).with(ADMIN))
			.andExpect(content().string(containsString("Enheter kan ikke slettes, bare deaktiveres.")));

		mvc.perform(post("/admin/organisasjon/enhet/" + division + "/aktiv").param("aktiv", "false").with(ADMIN)
			.with(csrf()))
			.andExpect(flash().attribute("feil", "«Divisjon gamma» har aktive avdelinger. Flytt eller deaktiver dem først."));
		mvc.perform(post("/admin/organisasjon/enhet/" + dept + "/aktiv").param("aktiv", "false").with(ADMIN)
			.with(csrf()));
		mvc.perform(post("/admin/organisasjon/enhet/" + division + "/aktiv").param("aktiv", "false").with(ADMIN)
			.with(csrf()));

		assertThat(organisasjon.enhet(dept)).map(Enhet::aktiv).contains(false);
		assertThat(organisasjon.enhet(division)).map(Enhet::aktiv).contains(false);
		// the tree hides them; "show all" shows them marked
		mvc.perform(get("/organisasjon").with(ADMIN))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Divisjon gamma"))));
		mvc.perform(get("/organisasjon").param("alle", "true").with(ADMIN))
			.andExpect(content().string(containsString("Divisjon gamma")));

		// and back: the division first (it has no parent unit), then its department
		mvc.perform(post("/admin/organisasjon/enhet/" + division + "/aktiv").param("aktiv", "true").with(ADMIN)
			.with(csrf()))
			.andExpect(flash().attribute("melding", "Enheten er aktivert igjen."));
		mvc.perform(post("/admin/organisasjon/enhet/" + dept + "/aktiv").param("aktiv", "true").with(ADMIN)
			.with(csrf()))
			.andExpect(flash().attribute("melding", "Enheten er aktivert igjen."));
		assertThat(organisasjon.enhet(division)).map(Enhet::aktiv).contains(true);
		assertThat(organisasjon.enhet(dept)).map(Enhet::aktiv).contains(true);
	}

	@Test
	void onlyAdminsChangeTheOrganisationEvenWhenCallingTheServiceDirectly() throws Exception {
		mvc.perform(post("/admin/organisasjon/etat").param("navn", "Uautorisert etat")
			.with(user("noen").roles("HOD_SAKSBEHANDLER")).with(csrf()))
			.andExpect(status().isForbidden());

		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken("noen", "x", "ROLE_HDIR_LEDER"));
		assertThatThrownBy(() -> administrasjon.leggTilEtat("Uautorisert etat", null))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> importer.importer("Helsedirektoratet", "org.txt", seed()))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(organisasjon.etatByName("Uautorisert etat")).isEmpty();
	}

	@Test
	void theMinistryDepartmentsAreDataWithAValidityPeriod() throws Exception {
		assertThat(organisasjon.departementsavdelinger()).extracting(Departementsavdeling::kode)
			.contains("FHA", "KTA", "SHA", "HRA", "DIG", "ADA", "EHE", "EIA", "OTA", "PTA", "KFI");
		assertThat(organisasjon.departementsavdeling("fha", LocalDate.of(2025, 3, 1)))
			.map(Departementsavdeling::navn).contains("Folkehelseavdelingen");

		String code = "T" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
		mvc.perform(post("/admin/organisasjon/departementsavdelinger").with(ADMIN).with(csrf()).param("kode", code)
			.param("navn", "Testavdelingen").param("gyldigFra", "2020-01-01").param("gyldigTil", "2022-12-31"))
			.andExpect(status().is3xxRedirection());
		assertThat(organisasjon.departementsavdeling(code, LocalDate.of(2021, 6, 1))).isPresent();
		assertThat(organisasjon.departementsavdeling(code, LocalDate.of(2023, 1, 1))).isEmpty();
		mvc.perform(post("/admin/organisasjon/departementsavdelinger").with(ADMIN).with(csrf()).param("kode", "X")
			.param("navn", "Feil").param("gyldigFra", "2022-01-01").param("gyldigTil", "2021-01-01"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("«Gyldig til» kan ikke være før «Gyldig fra».")))
			.andExpect(content().string(containsString("value=\"2021-01-01\"")));
	}

	@Test
	void everySignedInUserReadsTheTree() throws Exception {
		importSeedAsAdmin();
		mvc.perform(get("/organisasjon").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Avdelingsdirektør: Jakob Linhave")))
			.andExpect(content().string(containsString("Kontaktpunkt EUs helseprogram")));
	}

	@Test
	void theMinistryDepartmentsTableCanBeScrolledByKeyboard() throws Exception {
		// No links in it to tab to, so on a phone the frame itself takes the focus, named for a screen reader.
		mvc.perform(get("/organisasjon").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<div class=\"tabell-ramme\" tabindex=\"0\" role=\"region\" "
					+ "aria-label=\"Departementets avdelinger\">")));
	}

	private OrganisasjonImport.Resultat importSeedAs(String etatNavn) throws IOException {
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("admin", null, "ROLE_ADMIN"));
		try {
			return importer.importer(etatNavn, "organisering.txt", seed());
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** Imports through the public API as the admin, the way the demo data does at start-up. */
	private OrganisasjonImport.Resultat importSeedAsAdmin() throws IOException {
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("admin", null, "ROLE_ADMIN"));
		try {
			return importer.importer("Helsedirektoratet", "organisering.txt", seed());
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private long newAgency() throws Exception {
		String name = "Orgetat " + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(post("/admin/organisasjon/etat").param("navn", name).with(ADMIN).with(csrf()))
			.andExpect(flash().attribute("melding", "Etaten «" + name + "» er lagt til."));
		return organisasjon.etatByName(name).orElseThrow().id();
	}

	/** Posts an admin form that adds a unit and returns the new unit's id. */
	private long addUnit(String path, Map<String, String> params) throws Exception {
		var request = post(path).with(ADMIN)
			.with(csrf());
		params.forEach(request::param);
		mvc.perform(request).andExpect(status().is3xxRedirection());
		String name = params.get("navn");
		return organisasjon.alleDivisjoner().stream()
			.flatMap(d -> java.util.stream.Stream.concat(java.util.stream.Stream.of(d),
					organisasjon.avdelinger(d.id()).stream()))
			.filter(e -> e.navn().equals(name))
			.mapToLong(Enhet::id).max().orElseThrow();
	}

	private static byte[] seed() throws IOException {
		try (InputStream in = OrganisasjonIntegrationTests.class.getResourceAsStream(SEED)) {
			return in.readAllBytes();
		}
	}

	/** The version a unit's form is opened with now. */
	private String versjon(long id) {
		return String.valueOf(tre.enhet(id).versjon());
	}
}
