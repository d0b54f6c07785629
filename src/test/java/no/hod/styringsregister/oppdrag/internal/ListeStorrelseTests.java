package no.hod.styringsregister.oppdrag.internal;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.testsupport.Testbrukere;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A page size the list does not offer (1 to 500) is refused as a page that is not there is, on the page, in the
 * exports and in the API, rather than quietly shown as 50 or 500.
 */
@IntegrationTest
@AutoConfigureMockMvc
class ListeStorrelseTests {

	private static final String LESER = "liste-storrelse-leser";

	@Autowired
	MockMvc mvc;

	@Autowired
	BrukerService brukere;

	@BeforeEach
	void leser() {
		Testbrukere.opprett(brukere, new NyBruker(LESER, "Størrelse Leser", "passord-passord-1",
				Rolle.HOD_SAKSBEHANDLER, null, false, null));
	}

	@Test
	void aSizeOutsideOneToFiveHundredIsRefusedWithTheWayBackWithoutIt() throws Exception {
		for (String size : new String[] { "-1", "0", "501", "100000" }) {
			for (String sti : new String[] { "/oppdrag", "/oppdrag/eksport.csv" }) {
				// In the address, as a link has them: the way back keeps the year and drops the size.
				MvcResult svar = mvc.perform(get(sti + "?year=2074&size=" + size).with(user(LESER))).andReturn();
				assertThat(svar.getResponse().getStatus()).as(sti + " " + size).isEqualTo(400);
				assertThat(svar.getResponse().getContentAsString(StandardCharsets.UTF_8)).as(sti + " " + size)
					.contains("<h1>Ugyldig valg</h1>", "Antall per side må være fra 1 til 500, ikke «" + size + "».",
							"<a href=\"/oppdrag?year=2074\">Tilbake til siden uten det ugyldige valget</a>")
					.doesNotContain("Exception");
			}
			mvc.perform(get("/api/oppdrag").param("size", size).with(user(LESER)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.error").value("Antall per side må være fra 1 til 500, ikke «" + size + "»."));
		}
		// The sizes there are still answer.
		for (String size : new String[] { "1", "50", "500" }) {
			mvc.perform(get("/oppdrag").param("size", size).with(user(LESER))).andExpect(status().isOk());
			mvc.perform(get("/api/oppdrag").param("size", size).with(user(LESER)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.size").value(Integer.parseInt(size)));
		}
	}
}
