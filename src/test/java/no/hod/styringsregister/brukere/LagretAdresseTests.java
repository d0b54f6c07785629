package no.hod.styringsregister.brukere;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.testsupport.Testbrukere;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** After logging in, the user comes to the page asked for before, at the address as it was asked for. */
@IntegrationTest
@AutoConfigureMockMvc
class LagretAdresseTests {

	private static final String NAVN = "lagret-adresse-sb";

	private static final String PASSORD = "lagret-adresse-passord";

	@Autowired
	MockMvc mvc;

	@Autowired
	BrukerService brukere;

	@Test
	void theLoginLeadsToTheAddressAskedForWithNothingAdded() throws Exception {
		Testbrukere.opprett(brukere, new NyBruker(NAVN, "Lagret Adresse", PASSORD, Rolle.HOD_SAKSBEHANDLER, null, false,
				null));
		String adresse = "/oppdrag?year=2025&status=PAAGAAR";
		Cookie anonym = mvc.perform(get(adresse).accept("text/html")).andExpect(redirectedUrl("/login")).andReturn()
			.getResponse().getCookie("SESSION");
		assertThat(anonym).isNotNull();
		MvcResult login = mvc.perform(post("/login").cookie(anonym).with(csrf()).param("username", NAVN)
			.param("password", PASSORD)).andExpect(status().is3xxRedirection()).andReturn();
		// Spring Security would add «continue» (…&status=PAAGAAR&continue), and the address bar would show it.
		assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("http://localhost" + adresse)
			.doesNotContain("continue");
		// The saved request is let go of on the way there, so the next login leads to the start page.
		Cookie etter = login.getResponse().getCookie("SESSION");
		mvc.perform(get(adresse).cookie(etter).accept("text/html")).andExpect(status().isOk());
		assertThat(mvc.perform(post("/login").cookie(etter).with(csrf()).param("username", NAVN)
			.param("password", PASSORD)).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/");
	}
}
