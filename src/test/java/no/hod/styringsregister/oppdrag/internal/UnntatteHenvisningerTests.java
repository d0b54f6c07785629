package no.hod.styringsregister.oppdrag.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.testsupport.TestDocuments;
import no.hod.styringsregister.testsupport.Testbrukere;

import static no.hod.styringsregister.oppdrag.internal.OppdragTestdata.admin;
import static no.hod.styringsregister.oppdrag.internal.OppdragTestdata.klarert;
import static no.hod.styringsregister.oppdrag.internal.OppdragTestdata.uklarert;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * TB-3 of the full fixture letter is exempt in part; its exempt paragraph cites a budget line and another
 * assignment that no public part cites. Here it cites TB-6 of the same letter and kap. 714, post 21 (a line of the
 * letter, which TB-1 cites in public), so that the «cited by» of TB-6 and the line's list of citing assignments can
 * tell. Imported as 2075, a year no other test imports a letter for (the year end's copies go to 2076, where no
 * letter cites 714.21): a cleared reader gets both citations everywhere, an uncleared one neither, only that
 * something is withheld.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UnntatteHenvisningerTests {

	private static final int AAR = 2075;

	private static final String SITERT = "TB2075-6";

	private static final String TB3 = "TB2075-3";

	private static final RequestPostProcessor ADMIN = user("refunntatt-admin").roles("ADMIN");

	private static final RequestPostProcessor ADMIN_UKLARERT = user("refunntatt-admin-uklarert").roles("ADMIN");

	private static final RequestPostProcessor KLARERT = user("refunntatt-klarert").roles("HOD_SAKSBEHANDLER");

	private static final RequestPostProcessor UKLARERT = user("refunntatt-uklarert").roles("HOD_SAKSBEHANDLER");

	private static final String MERKE = "(Unntatt offentlighet, jf. Offl. § 22, 2. ledd) ";

	@Autowired
	MockMvc mvc;

	@Autowired
	BrukerService brukere;

	@Autowired
	OppdragLeser leser;

	@Autowired
	OppdragArbeidsflyt flyt;

	@Autowired
	NamedParameterJdbcTemplate jdbc;

	@BeforeAll
	void importerBrevet() throws Exception {
		Testbrukere.opprett(brukere, new NyBruker("refunntatt-admin", "Admin Referanse", "et-langt-passord",
				Rolle.ADMIN, null, true, null));
		Testbrukere.opprett(brukere, new NyBruker("refunntatt-admin-uklarert", "Admin Uklarert", "et-langt-passord",
				Rolle.ADMIN, null, false, null));
		Testbrukere.opprett(brukere, new NyBruker("refunntatt-klarert", "Klarert Referanse", "et-langt-passord",
				Rolle.HOD_SAKSBEHANDLER, null, true, null));
		Testbrukere.opprett(brukere, new NyBruker("refunntatt-uklarert", "Uklarert Referanse", "et-langt-passord",
				Rolle.HOD_SAKSBEHANDLER, null, false, null));
		assertThat(brev()).contains(MERKE + "Utrede om Blåbærsuppe", "jf. kap. 714, post 21", "og TB2075-6.");
		importer(brev());
	}

	/** The fixture, as 2075, whose exempt paragraph cites TB-6 and 714.21. */
	private static String brev() {
		return TestDocuments.resource("/letters/tildelingsbrev-full-2026.txt")
			.replace("TB2025-21", "TB2026-6")
			.replace("kap. 732, post 21", "kap. 714, post 21")
			.replace("2026", String.valueOf(AAR));
	}

	private void importer(String tekst) throws Exception {
		mvc.perform(multipart("/api/tildelingsbrev")
			.file(new MockMultipartFile("file", "tb2075.txt", "application/octet-stream",
					tekst.getBytes(StandardCharsets.UTF_8)))
			.with(ADMIN).with(csrf()))
			.andExpect(status().isOk());
	}

	private String tekst(String sti, RequestPostProcessor hvem, String... parametre) throws Exception {
		var kall = get(sti).with(hvem);
		for (int i = 0; i < parametre.length; i += 2) {
			kall = kall.param(parametre[i], parametre[i + 1]);
		}
		return mvc.perform(kall).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	@Order(1)
	void theApiGivesTheExemptPartsCitationsToTheClearedReaderAndOnlyTheWithheldFlagsToOthers() throws Exception {
		String klarertSvar = tekst("/api/oppdrag/" + TB3, KLARERT);
		assertThat(JsonPath.<List<String>>read(klarertSvar, "$.references.refersTo[*].id")).containsExactly(SITERT);
		assertThat(JsonPath.<List<Integer>>read(klarertSvar, "$.budgetLines[*].chapter")).containsExactly(714);
		assertThat(JsonPath.<List<Integer>>read(klarertSvar, "$.budgetLines[*].post")).containsExactly(21);
		assertThat(JsonPath.<Boolean>read(klarertSvar, "$.referencesWithheld")).isFalse();
		assertThat(JsonPath.<Boolean>read(klarertSvar, "$.budgetLinesWithheld")).isFalse();

		String uklarertSvar = tekst("/api/oppdrag/" + TB3, UKLARERT);
		assertThat(JsonPath.<List<String>>read(uklarertSvar, "$.references.refersTo")).isEmpty();
		assertThat(JsonPath.<List<Object>>read(uklarertSvar, "$.budgetLines")).isEmpty();
		assertThat(JsonPath.<Boolean>read(uklarertSvar, "$.referencesWithheld")).isTrue();
		assertThat(JsonPath.<Boolean>read(uklarertSvar, "$.budgetLinesWithheld")).isTrue();
		assertThat(uklarertSvar).doesNotContain(SITERT, "Blåbærsuppe");

		// An assignment whose exempt parts cite nothing of their own says nothing is withheld.
		String offentlig = tekst("/api/oppdrag/TB2075-1", UKLARERT);
		assertThat(JsonPath.<Boolean>read(offentlig, "$.referencesWithheld")).isFalse();
		assertThat(JsonPath.<Boolean>read(offentlig, "$.budgetLinesWithheld")).isFalse();
		assertThat(JsonPath.<List<Integer>>read(offentlig, "$.budgetLines[*].chapter")).containsExactly(714);
	}

	@Test
	@Order(1)
	void thePageListsThemForTheClearedReaderAndSaysTheyAreWithheldToOthers() throws Exception {
		String klarertSide = tekst("/oppdrag/" + TB3, KLARERT);
		assertThat(klarertSide).contains("href=\"/oppdrag/" + SITERT + "\"", "Kap. 714, post 21")
			.doesNotContain("Hvilke oppdrag de unntatte delene av teksten viser til");
		String uklarertSide = tekst("/oppdrag/" + TB3, UKLARERT);
		assertThat(uklarertSide).doesNotContain(SITERT, "Kap. 714, post 21", "Blåbærsuppe")
			.contains("Hvilke oppdrag de unntatte delene av teksten viser til, er unntatt offentlighet",
					"Hvilke budsjettlinjer de unntatte delene av teksten viser til, er unntatt offentlighet");
	}

	@Test
	@Order(1)
	void citedByFollowsClearance() throws Exception {
		assertThat(JsonPath.<List<String>>read(tekst("/api/oppdrag/" + SITERT, KLARERT), "$.references.referredToBy[*].id"))
			.containsExactly(TB3);
		assertThat(JsonPath.<List<String>>read(tekst("/api/oppdrag/" + SITERT, UKLARERT),
				"$.references.referredToBy[*].id")).isEmpty();
		assertThat(tekst("/oppdrag/" + SITERT, KLARERT)).contains("href=\"/oppdrag/" + TB3 + "\"");
		assertThat(tekst("/oppdrag/" + SITERT, UKLARERT)).doesNotContain("href=\"/oppdrag/" + TB3 + "\"");
	}

	@Test
	@Order(1)
	void theAppropriationLinesCitingListFollowsClearance() throws Exception {
		String sti = "$.lines[?(@.chapter == 714 && @.post == 21)].oppdrag[*]";
		String klarertSvar = tekst("/api/bevilgninger", KLARERT, "agency", "Helsedirektoratet", "year",
				String.valueOf(AAR), "chapter", "714");
		assertThat(JsonPath.<List<String>>read(klarertSvar, sti)).anyMatch(o -> o.contains(TB3))
			.anyMatch(o -> o.contains("TB2075-1"));
		String uklarertSvar = tekst("/api/bevilgninger", UKLARERT, "agency", "Helsedirektoratet", "year",
				String.valueOf(AAR), "chapter", "714");
		assertThat(JsonPath.<List<String>>read(uklarertSvar, sti)).anyMatch(o -> o.contains("TB2075-1"))
			.noneMatch(o -> o.contains(TB3));
	}

	@Test
	@Order(1)
	void aSearchForTheCitedIdDoesNotFindTheExemptCitationForAnUnclearedReader() throws Exception {
		List<String> uklarert = JsonPath.read(tekst("/api/oppdrag", UKLARERT, "q", SITERT, "year",
				String.valueOf(AAR)), "$..id");
		assertThat(uklarert).contains(SITERT).doesNotContain(TB3);
		// The cleared reader's search reads the exempt text, where the id stands.
		List<String> klarert = JsonPath.read(tekst("/api/oppdrag", KLARERT, "q", SITERT, "year",
				String.valueOf(AAR)), "$..id");
		assertThat(klarert).contains(SITERT, TB3);
	}

	@Test
	@Order(1)
	void thePreviewShowsTheExemptCitationsToAClearedAdminOnly() throws Exception {
		String sti = "$.assignments[?(@.id == '" + TB3 + "')]";
		MockMultipartFile fil = new MockMultipartFile("file", "tb2075.txt", "application/octet-stream",
				brev().getBytes(StandardCharsets.UTF_8));
		String klarert = mvc.perform(multipart("/api/tildelingsbrev/preview").file(fil).with(ADMIN).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(JsonPath.<List<List<String>>>read(klarert, sti + ".exemptReferences"))
			.containsExactly(List.of(SITERT));
		assertThat(JsonPath.<List<List<Map<String, Integer>>>>read(klarert, sti + ".exemptBudgetRefs"))
			.containsExactly(List.of(Map.of("chapter", 714, "post", 21)));
		assertThat(JsonPath.<List<List<String>>>read(klarert, sti + ".references")).containsExactly(List.of());

		String uklarert = mvc.perform(multipart("/api/tildelingsbrev/preview").file(fil).with(ADMIN_UKLARERT)
			.with(csrf())).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(JsonPath.<List<List<String>>>read(uklarert, sti + ".exemptReferences"))
			.containsExactly(List.of());
		assertThat(JsonPath.<List<List<Object>>>read(uklarert, sti + ".exemptBudgetRefs")).containsExactly(List.of());
		assertThat(uklarert).doesNotContain("Blåbærsuppe");
	}

	@Test
	@Order(2)
	void aReimportUpdatesTheFlagWhenTheTextTurnsPublicAndBack() throws Exception {
		importer(brev().replace(MERKE, ""));
		assertThat(flagg(TB3)).containsExactly("714.21:false", SITERT + ":false");
		String uklarertSvar = tekst("/api/oppdrag/" + TB3, UKLARERT);
		assertThat(JsonPath.<List<String>>read(uklarertSvar, "$.references.refersTo[*].id")).containsExactly(SITERT);
		assertThat(JsonPath.<Boolean>read(uklarertSvar, "$.referencesWithheld")).isFalse();
		assertThat(JsonPath.<Boolean>read(uklarertSvar, "$.budgetLinesWithheld")).isFalse();

		importer(brev());
		assertThat(flagg(TB3)).containsExactly("714.21:true", SITERT + ":true");
		uklarertSvar = tekst("/api/oppdrag/" + TB3, UKLARERT);
		assertThat(JsonPath.<List<String>>read(uklarertSvar, "$.references.refersTo")).isEmpty();
		assertThat(JsonPath.<Boolean>read(uklarertSvar, "$.referencesWithheld")).isTrue();
	}

	@Test
	@Order(3)
	void theYearEndsCopyKeepsTheFlags() {
		flyt.viderefor(AAR, List.of(), null, admin());
		String kopi = leser.detalj(TB3, klarert()).orElseThrow().videreforing().get(0).id();
		assertThat(flagg(kopi)).containsExactly("714.21:true", SITERT + ":true");

		OppdragDetalj forKlarert = leser.detalj(kopi, klarert()).orElseThrow();
		assertThat(forKlarert.referanser()).extracting(OppdragDetalj.Referanse::tilId).containsExactly(SITERT);
		assertThat(forKlarert.budsjett()).hasSize(1);
		assertThat(forKlarert.referanserSkjult()).isFalse();

		OppdragDetalj forUklarert = leser.detalj(kopi, uklarert()).orElseThrow();
		assertThat(forUklarert.referanser()).isEmpty();
		assertThat(forUklarert.budsjett()).isEmpty();
		assertThat(forUklarert.referanserSkjult()).isTrue();
		assertThat(forUklarert.budsjettSkjult()).isTrue();
	}

	/** The rows stored for the assignment, each with its flag: budget lines as «714.21:true», references by id. */
	private List<String> flagg(String id) {
		Map<String, Object> p = Map.of("id", id);
		String rad = "(SELECT id FROM oppdrag WHERE visnings_id = :id)";
		List<String> rader = new ArrayList<>(jdbc.queryForList(
				"SELECT kapittel || '.' || lpad(post::text, 2, '0') || ':' || unntatt FROM oppdrag_budsjett "
						+ "WHERE oppdrag_id = " + rad + " ORDER BY kapittel, post", p, String.class));
		rader.addAll(jdbc.queryForList("SELECT til_id || ':' || unntatt FROM oppdrag_referanse WHERE oppdrag_id = "
				+ rad + " ORDER BY til_id", p, String.class));
		return rader;
	}
}
