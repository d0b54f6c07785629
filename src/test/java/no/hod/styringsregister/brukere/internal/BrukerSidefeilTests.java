package no.hod.styringsregister.brukere.internal;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import no.hod.styringsregister.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** An address of the user pages that names no user: said so, with the way back to the users, not «Sjekk det du fylte inn». */
@IntegrationTest
@AutoConfigureMockMvc
class BrukerSidefeilTests {

	private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

	@Autowired
	MockMvc mvc;

	@Test
	void aUserNumberThatIsNoNumberIsNamedWithTheWayBackToTheUsers() throws Exception {
		for (RequestBuilder foresporsel : new RequestBuilder[] { get("/admin/brukere/abc").with(ADMIN),
				post("/admin/brukere/abc/las-opp").with(ADMIN).with(csrf()) }) {
			MvcResult svar = mvc.perform(foresporsel).andReturn();
			assertThat(svar.getResponse().getStatus()).isEqualTo(400);
			assertThat(svar.getResponse().getContentAsString(StandardCharsets.UTF_8))
				.contains("<h1>Ugyldig valg</h1>", "«abc» er ikke et gyldig brukernummer.",
						"<a href=\"/admin/brukere\">Tilbake til brukerne</a>")
				.doesNotContain("Sjekk det du fylte inn", "Exception");
		}
	}
}
