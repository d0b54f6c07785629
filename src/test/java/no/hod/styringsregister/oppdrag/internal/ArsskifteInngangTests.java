package no.hod.styringsregister.oppdrag.internal;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import no.hod.styringsregister.oppdrag.OppdragImport;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The way to the year end, whose form is at the bottom of the assignment list: from the admin page. */
@IntegrationTest
@AutoConfigureMockMvc
class ArsskifteInngangTests {

	@Autowired
	OppdragImport oppdragImport;

	@Autowired
	OppdragArbeidsflyt flyt;

	@Autowired
	OrganisasjonService organisasjon;

	@Autowired
	MockMvc mvc;

	@Test
	void theAdminPageLinksToTheYearEndFormWithALineSayingWhatItDoes() throws Exception {
		// A year in the register: the list offers the year end only then.
		RutetBrev.importer(oppdragImport, organisasjon, flyt);

		assertThat(side("/admin")).containsPattern(
				"<h2><a href=\"/oppdrag#videreforing\">Årsskifte</a></h2>\\s*<p>Viderefør uferdige oppdrag [^<]+</p>");
		assertThat(side("/oppdrag")).contains("<form id=\"videreforing\"");
	}

	private String side(String adresse) throws Exception {
		return mvc.perform(get(adresse).with(user("admin").roles("ADMIN"))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}
}
