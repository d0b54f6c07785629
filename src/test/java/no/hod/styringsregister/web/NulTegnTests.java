package no.hod.styringsregister.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import no.hod.styringsregister.testsupport.IntegrationTest;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The NUL character in a parameter: a 400 with the reason, not a 500 from the database. */
@IntegrationTest
@AutoConfigureMockMvc
class NulTegnTests {

	static final RequestPostProcessor SAKSBEHANDLER = user("admin").roles("ADMIN");

	@Autowired
	MockMvc mvc;

	@Test
	void aSearchAFilterAnExportOrAFormWithTheNulCharacterIsRefused() throws Exception {
		mvc.perform(get("/oppdrag").param("q", "a\u0000b").with(SAKSBEHANDLER)).andExpect(status().isBadRequest());
		mvc.perform(get("/oppdrag/eksport.csv").param("q", "\u0000").with(SAKSBEHANDLER))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/oppdrag").param("hodDepartment", "\u0000").with(SAKSBEHANDLER))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/oppdrag").param("section", "\u0000").with(SAKSBEHANDLER))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("Teksten inneholder et tegn som ikke er tillatt (NUL-tegnet)."));
		mvc.perform(post("/rapporteringskalender/ny").param("tittel", "Møte\u0000").with(SAKSBEHANDLER).with(csrf()))
			.andExpect(status().isBadRequest());
		// The same search without it is answered.
		mvc.perform(get("/api/oppdrag").param("q", "ab").with(SAKSBEHANDLER)).andExpect(status().isOk());
	}
}
