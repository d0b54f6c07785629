package no.hod.styringsregister.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import no.hod.styringsregister.oppdrag.OppdragImport;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The NUL character in a parameter or a JSON body: a 400 with the reason, not a 500 from the database. */
@IntegrationTest
@AutoConfigureMockMvc
class NulTegnTests {

	static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

	@Autowired
	MockMvc mvc;

	@Autowired
	OppdragImport oppdragImport;

	@Autowired
	OrganisasjonService organisasjon;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSearchAFilterAnExportOrAFormWithTheNulCharacterIsRefused() throws Exception {
		mvc.perform(get("/oppdrag").param("q", "a\u0000b").with(ADMIN)).andExpect(status().isBadRequest());
		mvc.perform(get("/oppdrag/eksport.csv").param("q", "\u0000").with(ADMIN))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/oppdrag").param("hodDepartment", "\u0000").with(ADMIN))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/oppdrag").param("section", "\u0000").with(ADMIN))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("Teksten inneholder et tegn som ikke er tillatt (NUL-tegnet)."));
		mvc.perform(post("/rapporteringskalender/ny").param("tittel", "Møte\u0000").with(ADMIN).with(csrf()))
			.andExpect(status().isBadRequest());
		// The same search without it is answered.
		mvc.perform(get("/api/oppdrag").param("q", "ab").with(ADMIN)).andExpect(status().isOk());
	}

	@Test
	void nulInAJsonBodyIsRefusedAndNothingIsSaved() throws Exception {
		int aar = 3100;
		long etat = organisasjon.etatByName("Helsedirektoratet").orElseThrow().id();
		oppdragImport.apply(9_100_001L, aar, etat, List.of(new OppdragImport.OppdragData("TB" + aar + "-1", "1.1", "Mål",
				List.of("FHA"), "Oppdrag for NUL-prøven", List.of(new OppdragImport.Tekstdel("Tekst.", false)), List.of(),
				"Løpende", OppdragImport.Unntak.NONE, List.of(), List.of())));
		long versjon = jdbc.sql("SELECT versjon FROM oppdrag WHERE offisiell_id = ?").param("TB" + aar + "-1")
			.query(Long.class).single();
		mvc.perform(post("/api/oppdrag/TB" + aar + "-1/status").contentType(MediaType.APPLICATION_JSON)
			.content("{\"note\": \"a\\u0000b\", \"version\": " + versjon + "}").with(ADMIN).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("Teksten inneholder et tegn som ikke er tillatt (NUL-tegnet)."));
		assertThat(jdbc.sql("SELECT versjon FROM oppdrag WHERE offisiell_id = ?").param("TB" + aar + "-1")
			.query(Long.class).single()).isEqualTo(versjon);
	}
}
