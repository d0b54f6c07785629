package no.hod.styringsregister.oppdrag.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.instrukser.InstruksHenvisninger.Henvisning;
import no.hod.styringsregister.instrukser.InstruksImport;
import no.hod.styringsregister.oppdrag.OppdragImport;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.testsupport.TestDocuments;

import static no.hod.styringsregister.oppdrag.internal.OppdragTestdata.admin;
import static no.hod.styringsregister.oppdrag.internal.OppdragTestdata.klarert;
import static no.hod.styringsregister.oppdrag.internal.OppdragTestdata.leder;
import static no.hod.styringsregister.oppdrag.internal.OppdragTestdata.uklarert;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An assignment cites a section of its agency's instruction, and both sides show it: the assignment page links to the
 * section, the instruction's reading view lists the assignment beside the section (with the viewer's clearance).
 * Uses the Helsedirektoratet instruction from the seeds; section 3 is "Helsedirektoratets interne styring" there.
 */
@IntegrationTest
@AutoConfigureMockMvc
class InstrukshenvisningTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Instrukshenvisninger henvisninger;

	@Autowired
	OppdragImport oppdragImport;

	@Autowired
	InstruksImport instruksImport;

	@Autowired
	no.hod.styringsregister.instrukser.InstruksQueries instrukser;

	@Autowired
	OrganisasjonService organisasjon;

	@Autowired
	BrukerService brukere;

	@Autowired
	JdbcTemplate jdbc;

	int aar;

	long hdirInstruks;

	long tilsynInstruks;

	@BeforeEach
	void fixture() {
		aar = OppdragTestdata.nyttAar();
		long etat = organisasjon.etatByName("Helsedirektoratet").orElseThrow().id();
		oppdragImport.apply(OppdragTestdata.nyttBrev(), aar, etat, HemmeligBrev.oppdrag(aar));
		signedIn("import", "ROLE_ADMIN");
		try {
			// Idempotent: the second test finds the same versions.
			hdirInstruks = instruksImport.importer("hdir.txt",
					TestDocuments.seed("instruks-helsedirektoratet-2018-2019.txt").getBytes(StandardCharsets.UTF_8)).id();
			tilsynInstruks = instruksImport.importer("htil.txt",
					TestDocuments.seed("hovedinstruks-statens-helsetilsyn-2025.txt").getBytes(StandardCharsets.UTF_8)).id();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	String tb(int n) {
		return "TB" + aar + "-" + n;
	}

	@Test
	void aDeskOfficerCitesASectionAndTheAssignmentShowsItWithItsTitleAndLink() {
		henvisninger.siter(tb(1), hdirInstruks, "3", klarert());

		String nokkel = nokkel(tb(1));
		assertThat(henvisninger.sitater(nokkel, klarert())).singleElement().satisfies(s -> {
			assertThat(s.nummer()).isEqualTo("3");
			assertThat(s.punktTittel()).isEqualTo("Helsedirektoratets interne styring");
			assertThat(s.instruksTittel()).contains("Helsedirektoratet");
			assertThat(s.lenke()).isEqualTo("/instrukser/" + hdirInstruks + "#punkt-3");
		});
		assertThat(jdbc.queryForList("SELECT til FROM oppdrag_historikk h JOIN oppdrag o ON o.id = h.oppdrag_id "
				+ "WHERE o.nokkel = ? AND h.type = 'INSTRUKS'", String.class, nokkel))
			.singleElement().asString().startsWith("punkt 3 i ");
	}

	@Test
	void theRulesAreTheServicesNotThePages() {
		assertThatThrownBy(() -> henvisninger.siter(tb(1), hdirInstruks, "3", leder(1)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> henvisninger.siter(tb(1), hdirInstruks, "99.9", admin()))
			.isInstanceOf(Avvist.class).hasMessage("Instruksen har ikke noe punkt 99.9.");
		assertThatThrownBy(() -> henvisninger.siter(tb(1), tilsynInstruks, "3.1", admin()))
			.isInstanceOf(Avvist.class).hasMessage("Instruksen gjelder ikke etaten oppdraget er gitt til.");
		assertThatThrownBy(() -> henvisninger.siter("TB1999-404", hdirInstruks, "3", admin()))
			.isInstanceOf(IkkeFunnet.class);

		henvisninger.siter(tb(1), hdirInstruks, "3", admin());
		assertThatThrownBy(() -> henvisninger.siter(tb(1), hdirInstruks, "3", klarert()))
			.isInstanceOf(Avvist.class).hasMessageContaining("allerede");
		assertThat(henvisninger.sitater(nokkel(tb(1)), klarert())).hasSize(1);
	}

	@Test
	void removingACitationIsRecordedAndTheInstructionNoLongerListsIt() {
		henvisninger.siter(tb(10), hdirInstruks, "4", admin());
		long sitat = henvisninger.sitater(nokkel(tb(10)), klarert()).get(0).id();
		assertThatThrownBy(() -> henvisninger.fjern(tb(10), sitat, leder(1))).isInstanceOf(AccessDeniedException.class);

		henvisninger.fjern(tb(10), sitat, klarert());

		assertThat(henvisninger.sitater(nokkel(tb(10)), klarert())).isEmpty();
		assertThat(jdbc.queryForList("SELECT fra FROM oppdrag_historikk h JOIN oppdrag o ON o.id = h.oppdrag_id "
				+ "WHERE o.nokkel = ? AND h.type = 'INSTRUKS' AND h.til IS NULL", String.class, nokkel(tb(10))))
			.singleElement().asString().startsWith("punkt 4 i ");
		String cleared = bruker(true);
		signedIn(cleared, "ROLE_HOD_SAKSBEHANDLER");
		assertThat(henvisninger.henvisningerTil(hdirInstruks)).extracting(Henvisning::lenke)
			.doesNotContain("/oppdrag/" + tb(10));
	}

	@Test
	void theInstructionListsCitingAssignmentsAsTheViewersClearanceAllowsAndNoneWhollyExemptToTheUncleared() {
		henvisninger.siter(tb(3), hdirInstruks, "2", klarert());

		signedIn(bruker(true), "ROLE_HOD_SAKSBEHANDLER");
		assertThat(henvisninger.henvisningerTil(hdirInstruks)).filteredOn(h -> h.lenke().equals("/oppdrag/" + tb(3)))
			.singleElement()
			.satisfies(h -> {
				assertThat(h.punkt()).isEqualTo("2");
				assertThat(h.tekst()).contains(HemmeligBrev.HEMMELIG_TITTEL);
			});

		// A wholly exempt assignment's subject is exempt too, and a citation tells it: the uncleared see none of its
		// citations, on either side (as in its history).
		signedIn(bruker(false), "ROLE_HOD_SAKSBEHANDLER");
		assertThat(henvisninger.henvisningerTil(hdirInstruks)).extracting(Henvisning::lenke)
			.doesNotContain("/oppdrag/" + tb(3));
		assertThat(henvisninger.sitater(nokkel(tb(3)), uklarert())).isEmpty();
		assertThat(henvisninger.sitater(nokkel(tb(3)), klarert())).extracting(Instrukshenvisninger.Sitat::nummer)
			.containsExactly("2");
	}

	/**
	 * The reading view marks a citing assignment exempt wholly or in part for a cleared reader, as the assignment list
	 * does (the mark prints with the page); the uncleared reader gets no mark, and no wholly exempt one at all.
	 */
	@Test
	void theReadingViewMarksExemptCitingAssignmentsForAClearedReaderOnly() throws Exception {
		// By a cleared desk officer: the wholly exempt one's citations are no uncleared user's to change.
		henvisninger.siter(tb(1), hdirInstruks, "4", klarert());
		henvisninger.siter(tb(2), hdirInstruks, "4", klarert());
		henvisninger.siter(tb(3), hdirInstruks, "4", klarert());
		String merke = ">Unntatt off.</span>";

		String klarert = mvc.perform(get("/instrukser/" + hdirInstruks).with(user(bruker(true))
			.roles("HOD_SAKSBEHANDLER"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(henvisning(klarert, tb(1))).doesNotContain(merke);
		assertThat(henvisning(klarert, tb(2))).contains(merke);
		assertThat(henvisning(klarert, tb(3))).contains(HemmeligBrev.HEMMELIG_TITTEL, merke);

		String uklarert = mvc.perform(get("/instrukser/" + hdirInstruks).with(user(bruker(false))
			.roles("HOD_SAKSBEHANDLER"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(henvisning(uklarert, tb(2))).doesNotContain(merke);
		assertThat(uklarert).doesNotContain("href=\"/oppdrag/" + tb(3) + "\"", HemmeligBrev.HEMMELIG_TITTEL, merke);
	}

	/** The list item of the reading view that links to the assignment. */
	private static String henvisning(String side, String id) {
		int start = side.indexOf("href=\"/oppdrag/" + id + "\"");
		assertThat(start).as(id).isPositive();
		return side.substring(start, side.indexOf("</li>", start));
	}

	@Test
	void anUnclearedUserMayNotChangeTheCitationsHeCannotSeeAndIsToldTheSameWhateverTheyAre() {
		henvisninger.siter(tb(3), hdirInstruks, "3", klarert());
		long sitat = henvisninger.sitater(nokkel(tb(3)), klarert()).get(0).id();
		int historikk = instrukshistorikk(tb(3));

		// Section 3 is cited and section 2 is not: were the answers to differ, trying each section would tell which.
		String cited = nektet(() -> henvisninger.siter(tb(3), hdirInstruks, "3", uklarert()));
		assertThat(cited).contains("unntatt offentlighet", "klarering");
		assertThat(nektet(() -> henvisninger.siter(tb(3), hdirInstruks, "2", uklarert()))).isEqualTo(cited);
		assertThat(nektet(() -> henvisninger.siter(tb(3), null, null, uklarert()))).isEqualTo(cited);
		assertThat(nektet(() -> henvisninger.fjern(tb(3), sitat, uklarert()))).isEqualTo(cited);
		assertThat(nektet(() -> henvisninger.fjern(tb(3), sitat + 1_000_000, uklarert()))).isEqualTo(cited);
		// An admin is no more cleared for being an admin.
		assertThat(nektet(() -> henvisninger.siter(tb(3), hdirInstruks, "2", admin()))).isEqualTo(cited);

		assertThat(henvisninger.sitater(nokkel(tb(3)), klarert())).extracting(Instrukshenvisninger.Sitat::nummer)
			.containsExactly("3");
		assertThat(instrukshistorikk(tb(3))).isEqualTo(historikk);
		// Only the wholly exempt assignment is closed to him.
		henvisninger.siter(tb(2), hdirInstruks, "2", uklarert());
		assertThat(henvisninger.sitater(nokkel(tb(2)), uklarert())).extracting(Instrukshenvisninger.Sitat::nummer)
			.contains("2");
	}

	@Test
	void aWhollyExemptAssignmentsPageSaysItsCitationsAreExemptToTheUnclearedAndShowsThemToTheCleared()
			throws Exception {
		henvisninger.siter(tb(3), hdirInstruks, "3", klarert());
		String skjult = "Hvilke punkter i instruksen oppdraget viser til, er unntatt offentlighet (offl. § 22) og vises "
				+ "bare for brukere med klarering.";

		RequestPostProcessor uklarertBruker = user(bruker(false)).roles("HOD_SAKSBEHANDLER");
		assertThat(side(tb(3), uklarertBruker)).contains(skjult)
			.doesNotContain("Oppdraget viser ikke til noe punkt i instruksen", "name=\"punkt\"", "/instruks/",
					"#punkt-3");
		RequestPostProcessor klarertBruker = user(bruker(true)).roles("HOD_SAKSBEHANDLER");
		assertThat(side(tb(3), klarertBruker)).contains("href=\"/instrukser/" + hdirInstruks + "#punkt-3\"",
				"name=\"punkt\"", "/instruks/")
			.doesNotContain(skjult);

		// The form's address answers the uncleared alike for a cited section and another, with the reason.
		for (String punkt : List.of("3", "2")) {
			String svar = new String(mvc.perform(post("/oppdrag/" + tb(3) + "/instruks")
				.param("punkt", hdirInstruks + ":" + punkt).with(uklarertBruker).with(csrf()))
				.andExpect(status().isForbidden()).andReturn().getResponse().getContentAsByteArray(),
					StandardCharsets.UTF_8);
			assertThat(svar).contains("Du har ikke klarering").doesNotContain("allerede");
		}
		assertThat(henvisninger.sitater(nokkel(tb(3)), klarert())).extracting(Instrukshenvisninger.Sitat::nummer)
			.containsExactly("3");
	}

	/**
	 * Hidden citations are not «none»: the API marks them withheld, and an uncleared caller gets the same answer about
	 * them whether the wholly exempt assignment cites anything or not.
	 */
	@Test
	void theApiMarksAWhollyExemptAssignmentsCitationsWithheldForTheUnclearedAlikeWithOrWithoutAny() throws Exception {
		RequestPostProcessor uklarertBruker = user(bruker(false)).roles("HOD_SAKSBEHANDLER");
		RequestPostProcessor klarertBruker = user(bruker(true)).roles("HOD_SAKSBEHANDLER");
		String utenSitater = sitatfelt(tb(3), uklarertBruker);
		henvisninger.siter(tb(3), hdirInstruks, "3", klarert());
		henvisninger.siter(tb(3), hdirInstruks, "2", klarert());
		assertThat(sitatfelt(tb(3), uklarertBruker)).isEqualTo(utenSitater);
		mvc.perform(get("/api/oppdrag/" + tb(3)).with(uklarertBruker))
			.andExpect(jsonPath("$.instructionCitations").isEmpty())
			.andExpect(jsonPath("$.instructionCitationsWithheld").value(true));
		mvc.perform(get("/api/oppdrag/" + tb(3)).with(klarertBruker))
			.andExpect(jsonPath("$.instructionCitations[*].section").value(org.hamcrest.Matchers.contains("2", "3")))
			.andExpect(jsonPath("$.instructionCitationsWithheld").value(false));
		// Not wholly exempt: an empty list is «none», for the uncleared too.
		mvc.perform(get("/api/oppdrag/" + tb(10)).with(uklarertBruker))
			.andExpect(jsonPath("$.instructionCitations").isEmpty())
			.andExpect(jsonPath("$.instructionCitationsWithheld").value(false));
		henvisninger.siter(tb(10), hdirInstruks, "3", klarert());
		mvc.perform(get("/api/oppdrag/" + tb(10)).with(uklarertBruker))
			.andExpect(jsonPath("$.instructionCitations[0].section").value("3"))
			.andExpect(jsonPath("$.instructionCitationsWithheld").value(false));
	}

	/** What the API tells the caller about the assignment's citations: the list and the withheld mark. */
	private String sitatfelt(String id, RequestPostProcessor bruker) throws Exception {
		String json = new String(mvc.perform(get("/api/oppdrag/" + id).with(bruker)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		return com.jayway.jsonpath.JsonPath.read(json, "$.instructionCitations").toString() + " "
				+ com.jayway.jsonpath.JsonPath.read(json, "$.instructionCitationsWithheld").toString();
	}

	private String side(String id, RequestPostProcessor bruker) throws Exception {
		return new String(mvc.perform(get("/oppdrag/" + id).with(bruker)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	private static String nektet(Runnable handling) {
		try {
			handling.run();
		}
		catch (Nektet ex) {
			return ex.getMessage();
		}
		throw new AssertionError("Ikke nektet");
	}

	private int instrukshistorikk(String id) {
		return jdbc.queryForObject("SELECT count(*) FROM oppdrag_historikk h JOIN oppdrag o ON o.id = h.oppdrag_id "
				+ "WHERE o.visnings_id = ? AND h.type = 'INSTRUKS'", Integer.class, id);
	}

	@Test
	void bothPagesShowTheCitationAndThePageFormsKeepTheRules() throws Exception {
		String officer = bruker(false);
		RequestPostProcessor sb = user(officer).roles("HOD_SAKSBEHANDLER");
		mvc.perform(post("/oppdrag/" + tb(2) + "/instruks").param("punkt", hdirInstruks + ":3").with(sb).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("melding", "Henvisningen til instruksen er lagret."));

		mvc.perform(get("/oppdrag/" + tb(2)).with(sb))
			.andExpect(content().string(containsString("href=\"/instrukser/" + hdirInstruks + "#punkt-3\"")))
			.andExpect(content().string(containsString("Helsedirektoratets interne styring")));
		mvc.perform(get("/instrukser/" + hdirInstruks).with(sb))
			.andExpect(content().string(containsString("href=\"/oppdrag/" + tb(2) + "\"")));
		mvc.perform(get("/api/oppdrag/" + tb(2)).with(sb))
			.andExpect(jsonPath("$.instructionCitations[0].section").value("3"))
			.andExpect(jsonPath("$.instructionCitations[0].link").value("/instrukser/" + hdirInstruks + "#punkt-3"));

		mvc.perform(post("/oppdrag/" + tb(2) + "/instruks").param("punkt", "noe-tull").with(sb).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("feil", "Velg et punkt i instruksen."));
		String lead = "ih-leder-" + UUID.randomUUID().toString().substring(0, 8);
		long divisjon = organisasjon.divisjoner(organisasjon.etatByName("Helsedirektoratet").orElseThrow().id()).get(0)
			.id();
		brukere.create(new NyBruker(lead, "Leder", "passord-passord-1", Rolle.HDIR_LEDER, divisjon, false, null));
		mvc.perform(post("/oppdrag/" + tb(2) + "/instruks").param("punkt", hdirInstruks + ":4")
			.with(user(lead).roles("HDIR_LEDER")).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(get("/oppdrag/" + tb(2)).with(user(lead).roles("HDIR_LEDER")))
			.andExpect(content().string(not(containsString("name=\"punkt\""))));
		assertThat(henvisninger.sitater(nokkel(tb(2)), klarert())).extracting(Instrukshenvisninger.Sitat::nummer)
			.containsExactly("3");
		assertThat(new String(mvc.perform(get("/oppdrag/" + tb(2)).with(sb)).andReturn().getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8)).contains("name=\"punkt\"");
	}

	@Test
	void replacingAVersionsTextWithoutACitedSectionWarnsFirstAndTheCitationThenSaysTheSectionIsGone() throws Exception {
		henvisninger.siter(tb(1), hdirInstruks, "4", admin());
		// A wholly exempt assignment counts too: the admin is told how many, not which.
		henvisninger.siter(tb(3), hdirInstruks, "4", klarert());
		int antall = jdbc.queryForObject("SELECT count(DISTINCT h.oppdrag_id) FROM oppdrag_instrukshenvisning h "
				+ "JOIN oppdrag o ON o.id = h.oppdrag_id WHERE h.instruks_id = ? AND h.punkt = '4' AND NOT o.fjernet",
				Integer.class, hdirInstruks);
		assertThat(antall).isGreaterThanOrEqualTo(2);
		String seed = TestDocuments.seed("instruks-helsedirektoratet-2018-2019.txt");
		// The same version (title and dates) with its last section, 4 Dokumentasjon, left out.
		byte[] uten4 = seed.substring(0, seed.indexOf("4. Dokumentasjon")).getBytes(StandardCharsets.UTF_8);
		RequestPostProcessor adm = user("admin").roles("ADMIN");
		try {
			String utkast = mvc.perform(multipart("/instrukser/import")
				.file(new MockMultipartFile("fil", "hdir.txt", "text/plain", uten4)).with(adm).with(csrf()))
				.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
			String forhandsvisning = new String(mvc.perform(get(utkast).with(adm)).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
			assertThat(forhandsvisning).contains("Punkter som oppdrag viser til, finnes ikke i filen",
					"<li>Punkt 4 Dokumentasjon: " + antall + " oppdrag viser til det</li>",
					"står det i disse oppdragene at punktet ikke finnes lenger i instruksen",
					// A correction of the same version replaces it; a new set date would make a version of its own.
					"Denne versjonen (samme tittel og datoer) er importert før");

			signedIn("import", "ROLE_ADMIN");
			assertThat(instruksImport.importer("hdir.txt", uten4).status()).isEqualTo(InstruksImport.Status.OPPDATERT);
			SecurityContextHolder.clearContext();

			RequestPostProcessor sb = user(bruker(true)).roles("HOD_SAKSBEHANDLER");
			mvc.perform(get("/oppdrag/" + tb(1)).with(sb))
				.andExpect(content().string(containsString("Punkt 4. Punktet finnes ikke lenger i instruksen.")));
		}
		finally {
			// Back to the whole text, which the other tests cite.
			signedIn("import", "ROLE_ADMIN");
			instruksImport.importer("hdir.txt",
					TestDocuments.seed("instruks-helsedirektoratet-2018-2019.txt").getBytes(StandardCharsets.UTF_8));
			SecurityContextHolder.clearContext();
		}
	}

	private String nokkel(String id) {
		return jdbc.queryForObject("SELECT nokkel FROM oppdrag WHERE visnings_id = ?", String.class, id);
	}

	private String bruker(boolean klarert) {
		String navn = "ih-" + UUID.randomUUID().toString().substring(0, 8);
		brukere.create(new NyBruker(navn, "Sara", "passord-passord-1", Rolle.HOD_SAKSBEHANDLER, null, klarert, null));
		return navn;
	}

	@Test
	void aCitedVersionCannotBeWithdrawnAndStaysWhereReadersFindIt() throws Exception {
		henvisninger.siter(tb(1), hdirInstruks, "3", klarert());
		long hdir = organisasjon.etatByName("Helsedirektoratet").orElseThrow().id();

		mvc.perform(post("/instrukser/" + hdirInstruks + "/trekk-tilbake").with(user("admin").roles("ADMIN"))
			.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("feil", org.hamcrest.Matchers.allOf(
					// the other tests' assignments cite it too
					containsString("kan ikke trekkes tilbake: oppdrag viser til "), containsString("punkt 3 ("),
					containsString("Fjern henvisningene i oppdragene først"))));
		assertThat(instrukser.versjoner(hdir)).extracting(v -> v.id()).contains(hdirInstruks);
		assertThat(henvisninger.sitater(nokkel(tb(1)), klarert())).singleElement()
			.satisfies(s -> assertThat(s.punktTittel()).isEqualTo("Helsedirektoratets interne styring"));
	}

	private static void signedIn(String name, String role) {
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(name, null, role));
	}
}
