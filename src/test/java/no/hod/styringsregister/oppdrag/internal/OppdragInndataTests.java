package no.hod.styringsregister.oppdrag.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import no.hod.styringsregister.oppdrag.OppdragImport;
import no.hod.styringsregister.oppdrag.OppdragStatus;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Input a robustness tester sent that was taken wrongly or lost what was typed: an id an address cannot carry, a
 * status form with a value it does not offer, control characters in a note, the API's name for the progress note.
 */
@IntegrationTest
@AutoConfigureMockMvc
class OppdragInndataTests {

	static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

	@Autowired
	MockMvc mvc;

	@Autowired
	OppdragImport oppdragImport;

	@Autowired
	OrganisasjonService organisasjon;

	@Autowired
	JdbcClient jdbc;

	/** One assignment of a year of its own, with this official id. */
	private String oppdrag(String offisiellId) {
		int aar = OppdragTestdata.nyttAar();
		String id = offisiellId == null ? "TB" + aar + "-1" : offisiellId.replace("{aar}", String.valueOf(aar));
		long etat = organisasjon.etatByName("Helsedirektoratet").orElseThrow().id();
		oppdragImport.apply(OppdragTestdata.nyttBrev(), aar, etat, List.of(new OppdragImport.OppdragData(id, "1.1",
				"Mål", List.of("FHA"), "Oppdrag for inndata", List.of(new OppdragImport.Tekstdel("Tekst.", false)),
				List.of(), "Løpende", OppdragImport.Unntak.NONE, List.of(), List.of())));
		return id;
	}

	private String nokkel(String offisiellId) {
		return jdbc.sql("SELECT nokkel FROM oppdrag WHERE offisiell_id = ?").param(offisiellId).query(String.class)
			.single();
	}

	private long versjon(String offisiellId) {
		return jdbc.sql("SELECT versjon FROM oppdrag WHERE offisiell_id = ?").param(offisiellId).query(Long.class)
			.single();
	}

	private String fremdrift(String offisiellId) {
		return jdbc.sql("SELECT fremdrift FROM oppdrag WHERE offisiell_id = ?").param(offisiellId)
			.query(String.class).optional().orElse(null);
	}

	private String side(String sti) throws Exception {
		return mvc.perform(get(sti).with(ADMIN)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void anIdStoredWithCharactersAnAddressCannotCarryLeavesTheFormsPostingToTheKey() throws Exception {
		String id = oppdrag("TB{aar}/2?x#y");
		String nokkel = nokkel(id);
		String side = side("/oppdrag/" + nokkel);

		for (String skjema : List.of("status", "kommentar", "ruting")) {
			assertThat(side).contains("action=\"/oppdrag/" + nokkel + "/" + skjema + "\"");
		}
		assertThat(side).doesNotContain("action=\"/oppdrag/TB");
		// Saved through that address, and back on the assignment's page by its key.
		mvc.perform(post("/oppdrag/" + nokkel + "/status").with(ADMIN).with(csrf()).param("status", "PAAGAAR")
			.param("notat", "I gang").param("versjon", String.valueOf(versjon(id))))
			.andExpect(redirectedUrl("/oppdrag/" + nokkel));
		assertThat(fremdrift(id)).isEqualTo("I gang");

		// An ordinary id is the address still.
		String vanlig = oppdrag(null);
		assertThat(side("/oppdrag/" + vanlig)).contains("action=\"/oppdrag/" + vanlig + "/status\"");
	}

	@Test
	void aStatusFormWithAValueItDoesNotOfferComesBackWithTheTextKept() throws Exception {
		String id = oppdrag(null);
		long versjon = versjon(id);
		String[][] tilfeller = { { "status", "UKJENT", "«UKJENT» er ikke en status oppdraget kan få." },
				{ "versjon", "abc", "Skjemaet kom tilbake med en verdi siden ikke gir: «abc» i feltet «versjon»." },
				{ "fremdriftSkjult", "x", "Skjemaet kom tilbake med en verdi siden ikke gir: «x» i feltet "
						+ "«fremdriftSkjult»." } };
		for (String[] t : tilfeller) {
			var skjema = post("/oppdrag/" + id + "/status").with(ADMIN).with(csrf()).param("notat", "Lang tekst jeg skrev");
			for (String[] felt : new String[][] { { "status", "PAAGAAR" }, { "versjon", String.valueOf(versjon) },
					{ "fremdriftSkjult", "false" } }) {
				skjema.param(felt[0], felt[0].equals(t[0]) ? t[1] : felt[1]);
			}
			MvcResult svar = mvc.perform(skjema)
				.andExpect(redirectedUrl("/oppdrag/" + id + "#statusskjema"))
				.andExpect(flash().attribute("feil", startsWith(t[2])))
				.andExpect(flash().attribute("feilISkjema", true))
				.andReturn();
			OppdragController.Statusskjema tilbake = (OppdragController.Statusskjema) svar.getFlashMap()
				.get("statusskjema");
			assertThat(tilbake.notat()).as(t[0]).isEqualTo("Lang tekst jeg skrev");
			assertThat(tilbake.status()).as(t[0]).isEqualTo(t[0].equals("status") ? null : OppdragStatus.PAAGAAR);
			// The page shows the text in the form again (the flash kept in the session, as a browser follows).
			String side = mvc.perform(get("/oppdrag/" + id).with(ADMIN)
					.cookie(svar.getResponse().getCookies()))
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
			assertThat(side).contains("Lang tekst jeg skrev", t[2]);
		}
		assertThat(versjon(id)).isEqualTo(versjon);
		assertThat(fremdrift(id)).isNull();
	}

	@Test
	void controlCharactersInANoteAreLeftOutAndLineBreaksAndTabsKept() throws Exception {
		String id = oppdrag(null);
		mvc.perform(post("/oppdrag/" + id + "/status").with(ADMIN).with(csrf()).param("status", "PAAGAAR")
			.param("notat", "\uFEFF\u200BFørste\u0001\u0002\u001b[31m\u007f\u0085linje\r\nandre\tkolonne\u200B ")
			.param("versjon", String.valueOf(versjon(id))))
			.andExpect(redirectedUrl("/oppdrag/" + id));
		assertThat(fremdrift(id)).isEqualTo("Første[31m\nlinje\nandre\tkolonne");
	}

	@Test
	void theApiTakesTheProgressNoteByTheNameItIsReadWith() throws Exception {
		String id = oppdrag(null);
		endre(id, "{\"status\": \"PAAGAAR\", \"progressNote\": \"Fra lesingen\", \"version\": " + versjon(id) + "}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.progressNote").value("Fra lesingen"));
		assertThat(fremdrift(id)).isEqualTo("Fra lesingen");
		// Both names with the same text are one note; with different ones, the caller must say which.
		endre(id, "{\"note\": \"Samme\", \"progressNote\": \"Samme\", \"version\": " + versjon(id) + "}")
			.andExpect(status().isOk());
		long versjon = versjon(id);
		endre(id, "{\"note\": \"En\", \"progressNote\": \"To\", \"version\": " + versjon + "}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("Feltene «note» og «progressNote» er det samme feltet, men har ulike "
					+ "verdier. Send bare ett av dem."));
		assertThat(fremdrift(id)).isEqualTo("Samme");
		assertThat(versjon(id)).isEqualTo(versjon);
	}

	@Test
	void theApisConflictSpeaksOfTheRequestNotOfAForm() throws Exception {
		String id = oppdrag(null);
		long lest = versjon(id);
		endre(id, "{\"status\": \"PAAGAAR\", \"version\": " + lest + "}").andExpect(status().isOk());
		endre(id, "{\"progressNote\": \"Sent\", \"version\": " + lest + "}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.error").value(startsWith("Oppdraget er endret av ")))
			.andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.containsString("Ingenting ble lagret.")))
			.andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.containsString("«current»")))
			.andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.anyOf(
					org.hamcrest.Matchers.containsString("skjema"), org.hamcrest.Matchers.containsString("Feltene")))));
	}

	private ResultActions endre(String id, String kropp) throws Exception {
		return mvc.perform(post("/api/oppdrag/" + id + "/status").with(ADMIN).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(kropp));
	}
}
