package no.hod.styringsregister.tildelingsbrev;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.testsupport.TestDocuments;

import static no.hod.styringsregister.tildelingsbrev.Brevsteg.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A letter where the parser finds an assignment without a title (the 2020 letter with the three title lines of an
 * assignment under 3.3 gone, as an admin met it, and the same for 2021): the review opens, the admin fills it in and
 * imports; the import refuses while it is missing, the API with 400.
 */
@IntegrationTest
@AutoConfigureMockMvc
class LetterMissingTitleTests {

	private static final String UTEN_TITTEL_2020 = TestDocuments.resource("/letters/tildelingsbrev-2020-uten-tittel.txt");

	private static final String UTEN_TITTEL_2021 = TestDocuments.resource("/letters/tildelingsbrev-2021-uten-tittel.txt");

	private static final String ADVARSEL = "Fant ingen tittel for et oppdrag under 3.3.";

	/** The review form's fields as a browser sends them: every text field, and the boxes that are ticked. */
	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theReviewOpensWithTheTitleToFillInAndTheImportWaitsForIt() throws Exception {
		String utkast = last(UTEN_TITTEL_2021);
		String side = side(utkast);
		assertThat(side).contains(ADVARSEL);
		int rad = radUtenTittel(side);

		// Confirmed as it is: refused in the form, nothing imported.
		MvcResult avvist = mvc.perform(skjema(post(utkast + "/bekreft"), side, Map.of())).andReturn();
		assertThat(avvist.getResponse().getRedirectedUrl()).isEqualTo(utkast);
		String igjen = mvc.perform(get(utkast).with(ADMIN).cookie(avvist.getResponse().getCookies())).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(igjen).contains("Brevet ble ikke importert. Rett dette og bekreft igjen:",
				"<li id=\"feil-1\"><a href=\"#oppdrag-" + (rad + 1) + "-tittel\">Oppdrag nr. " + (rad + 1)
						+ " under 3.3 mangler tittel. Skriv tittelen i tabellen, eller ta ut oppdraget.</a></li>");
		// The field marked, described by the problem and by its own note; named by its row, as it has no id.
		assertThat(LetterCorrectionTests.felt(igjen, "oppdrag-" + (rad + 1) + "-tittel")).contains(
				"aria-invalid=\"true\"", "aria-describedby=\"feil-1 mangler-tittel-" + (rad + 1) + "\"",
				"aria-label=\"Tittel " + (rad + 1) + "\"");
		assertThat(brev(2021)).isZero();

		// Filled in: imported, with the title.
		String tittel = "Vurdering av ordningen med ISF-refusjon for registrering i medisinske kvalitetsregistre";
		MvcResult importert = mvc.perform(skjema(post(utkast + "/bekreft"), side,
				Map.of("oppdrag[" + rad + "].tittel", tittel))).andReturn();
		assertThat(importert.getResponse().getRedirectedUrl()).startsWith("/tildelingsbrev/").doesNotContain("import");
		assertThat(brev(2021)).isOne();
		assertThat(jdbc.sql("SELECT count(*) FROM oppdrag WHERE aar = 2021 AND seksjon = '3.3' AND tittel = ?")
			.param(tittel).query(Long.class).single()).isOne();
		assertThat(jdbc.sql("SELECT count(*) FROM oppdrag WHERE aar = 2021 AND btrim(tittel) = ''").query(Long.class)
			.single()).isZero();
	}

	@Test
	void aReimportWithoutTheTitleOpensAndCanBeCancelled() throws Exception {
		// The 2020 letter as imported before, then the version without the title.
		mvc.perform(post(last(TestDocuments.seed("tildelingsbrev-helsedirektoratet-2020.txt")) + "/bekreft").with(ADMIN)
			.with(csrf()));
		String utkast = last(UTEN_TITTEL_2020);
		String side = side(utkast);
		assertThat(side).contains(ADVARSEL, "Dette brevet er importert før.");
		// The untitled assignment is new to the register until it has a title to be matched by.
		assertThat(side).containsPattern("<strong>Nytt</strong>:\\s*<span></span> <span>\\(uten tittel\\)</span>");
		// Taken out, it can be confirmed without a title.
		int rad = radUtenTittel(side);
		MvcResult uttatt = mvc.perform(skjema(post(utkast + "/rett"), side, Map.of("oppdrag[" + rad + "].dropp", "true")))
			.andReturn();
		String etter = mvc.perform(get(utkast).with(ADMIN).cookie(uttatt.getResponse().getCookies())).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(etter).contains("Rettingene er lagret").doesNotContain("Mangler tittel:");
		// Not stuck: it can be cancelled from its page.
		assertThat(mvc.perform(post(utkast + "/avbryt").with(ADMIN).with(csrf())).andReturn().getResponse()
			.getRedirectedUrl()).isEqualTo("/tildelingsbrev");
		assertThat(mvc.perform(get(utkast).with(ADMIN)).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/tildelingsbrev");
	}

	@Test
	void theApiRefusesALetterWithAnAssignmentWithoutTitleWith400() throws Exception {
		for (String brev : new String[] { UTEN_TITTEL_2020, UTEN_TITTEL_2021.replace("2021", "2043") }) {
			mvc.perform(multipart("/api/tildelingsbrev")
				.file(new MockMultipartFile("file", "brev.txt", "text/plain", brev.getBytes(StandardCharsets.UTF_8)))
				.with(ADMIN).with(csrf()))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.error", startsWith("Fant ingen tittel for oppdrag nr. ")))
				.andExpect(jsonPath("$.error", org.hamcrest.Matchers.containsString(" under 3.3. Rett filen")));
		}
		assertThat(brev(2043)).isZero();
		// The preview still shows what the parser found.
		mvc.perform(multipart("/api/tildelingsbrev/preview")
			.file(new MockMultipartFile("file", "brev.txt", "text/plain", UTEN_TITTEL_2020.getBytes(StandardCharsets.UTF_8)))
			.with(ADMIN).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.warnings", org.hamcrest.Matchers.hasItem(ADVARSEL)));
	}

	/** The row whose title field is empty and required; there is exactly one. */
	private static int radUtenTittel(String side) {
		Matcher m = Pattern.compile("<input[^>]*name=\"oppdrag\\[(\\d+)]\\.tittel\"[^>]*>").matcher(side);
		Integer rad = null;
		while (m.find()) {
			if (m.group().contains("required")) {
				assertThat(rad).as("one title required").isNull();
				assertThat(m.group()).contains("value=\"\"");
				rad = Integer.parseInt(m.group(1));
			}
		}
		assertThat(rad).as("a required, empty title field").isNotNull();
		return rad;
	}

	private static MockHttpServletRequestBuilder skjema(MockHttpServletRequestBuilder request, String side,
			Map<String, String> skrevet) {
		return Rettingsskjema.fyltUt(request.with(ADMIN).with(csrf()), side, skrevet);
	}

	private long brev(int aar) {
		return jdbc.sql("SELECT count(*) FROM tildelingsbrev WHERE aar = ?").param(aar).query(Long.class).single();
	}

	private String side(String utkast) throws Exception {
		return Brevsteg.side(mvc, utkast, ADMIN);
	}

	private String last(String tekst) throws Exception {
		return Brevsteg.lastOpp(mvc, tekst, ADMIN);
	}
}
