package no.hod.styringsregister.tildelingsbrev;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.testsupport.TestDocuments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * TB2026-4 of the full fixture letter is exempt in whole and states its frist («Frist: 15. mai 2026») only in Vedlegg
 * IV. Imported (as the year 2070, which no other test imports a letter for), a cleared reader gets the letter's words
 * for the frist; an uncleared one its date only, as the register shows him the dates of every wholly exempt
 * assignment, and the calendar lists the frist for both, the title only for the cleared.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WhollyExemptDeadlineTests {

	private static final String UNNTATT = "Unntatt offentlighet, jf. offl. § 22";

	@Autowired
	MockMvc mvc;

	@Autowired
	BrukerService brukere;

	@BeforeAll
	void importTheFixtureLetter() throws Exception {
		brukere.create(new BrukerService.NyBruker("frist4-admin", "Admin Frist", "et-langt-passord", Rolle.ADMIN, null,
				true, null));
		brukere.create(new BrukerService.NyBruker("frist4-klarert", "Klarert Frist", "et-langt-passord",
				Rolle.HOD_SAKSBEHANDLER, null, true, null));
		brukere.create(new BrukerService.NyBruker("frist4-uklarert", "Uklarert Frist", "et-langt-passord",
				Rolle.HOD_SAKSBEHANDLER, null, false, null));
		byte[] brev = TestDocuments.resource("/letters/tildelingsbrev-full-2026.txt").replace("2026", "2070")
			.getBytes(StandardCharsets.UTF_8);
		mvc.perform(multipart("/api/tildelingsbrev")
			.file(new MockMultipartFile("file", "tb2070.txt", "application/octet-stream", brev))
			.with(user("frist4-admin").roles("ADMIN")).with(csrf()))
			.andExpect(status().isOk());
	}

	private static RequestPostProcessor klarert() {
		return user("frist4-klarert").roles("HOD_SAKSBEHANDLER");
	}

	private static RequestPostProcessor uklarert() {
		return user("frist4-uklarert").roles("HOD_SAKSBEHANDLER");
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
	void theApiGivesTheFristsWordsToAClearedReaderAndItsDateToEveryone() throws Exception {
		String klarertSvar = tekst("/api/oppdrag/TB2070-4", klarert());
		assertThat(JsonPath.<String>read(klarertSvar, "$.deadlineText")).isEqualTo("15. mai 2070");
		assertThat(JsonPath.<List<String>>read(klarertSvar, "$.deadlines")).containsExactly("2070-05-15");
		assertThat(JsonPath.<String>read(klarertSvar, "$.title")).isEqualTo("Tyttebærsyltetøy som kosttiltak i sykehjem");

		String uklarertSvar = tekst("/api/oppdrag/TB2070-4", uklarert());
		assertThat(JsonPath.<String>read(uklarertSvar, "$.deadlineText")).isNull();
		assertThat(JsonPath.<List<String>>read(uklarertSvar, "$.deadlines")).containsExactly("2070-05-15");
		assertThat(JsonPath.<String>read(uklarertSvar, "$.title")).isEqualTo(UNNTATT);
		assertThat(uklarertSvar).doesNotContain("15. mai", "Tyttebær");

		// The list's API as the page: the words beside the date for the cleared reader only.
		String klarertListe = tekst("/api/oppdrag", klarert(), "year", "2070");
		assertThat(JsonPath.<List<String>>read(klarertListe, "$..[?(@.id == 'TB2070-4')].deadlineText"))
			.containsExactly("15. mai 2070");
		String uklarertListe = tekst("/api/oppdrag", uklarert(), "year", "2070");
		assertThat(JsonPath.<List<List<String>>>read(uklarertListe, "$..[?(@.id == 'TB2070-4')].deadlines"))
			.containsExactly(List.of("2070-05-15"));
		assertThat(uklarertListe).doesNotContain("15. mai", "Tyttebær");
	}

	@Test
	void theExportsCarryTheWordsForTheClearedReaderOnly() throws Exception {
		assertThat(tekst("/oppdrag/eksport.csv", klarert(), "year", "2070")).contains("15. mai 2070");
		String uklarert = tekst("/oppdrag/eksport.csv", uklarert(), "year", "2070");
		assertThat(uklarert).contains("TB2070-4", "15.05.2070").doesNotContain("15. mai 2070", "Tyttebær");
	}

	@Test
	void theCalendarListsTheFristForBothTheTitleOnlyForTheCleared() throws Exception {
		String klarertSvar = tekst("/api/rapporteringskalender", klarert(), "from", "2070-05-15", "to", "2070-05-15",
				"kind", "FRIST");
		String uklarertSvar = tekst("/api/rapporteringskalender", uklarert(), "from", "2070-05-15", "to",
				"2070-05-15", "kind", "FRIST");
		assertThat(JsonPath.<List<String>>read(klarertSvar, "$.items[*].oppdrag")).containsExactly("TB2070-4");
		assertThat(JsonPath.<List<String>>read(uklarertSvar, "$.items[*].oppdrag")).containsExactly("TB2070-4");
		assertThat(JsonPath.<List<String>>read(klarertSvar, "$.items[*].title"))
			.singleElement().asString().contains("Tyttebærsyltetøy");
		assertThat(JsonPath.<List<Boolean>>read(klarertSvar, "$.items[*].exempt")).containsExactly(true);
		assertThat(uklarertSvar).doesNotContain("Tyttebær");
		assertThat(JsonPath.<List<Boolean>>read(uklarertSvar, "$.items[*].exempt")).containsExactly(false);
	}
}
