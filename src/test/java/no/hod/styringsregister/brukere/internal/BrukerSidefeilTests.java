package no.hod.styringsregister.brukere.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.testsupport.Skjemaadresser;

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

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping adresser;

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

	/**
	 * The addresses under {@code /admin/brukere} that only a form posts to, opened in the browser, answer as every
	 * form's address does (405, «Adressen kan ikke åpnes direkte»), not as a user's number that is no number.
	 */
	@Test
	void aFormsAddressOpenedDirectlyIsNotTakenForAUser() throws Exception {
		List<String> skjemaadresser = Skjemaadresser.postAlene(adresser, "/admin/brukere/");
		assertThat(skjemaadresser).contains("/admin/brukere/adressesperre", "/admin/brukere/1/passord");
		for (String sti : skjemaadresser) {
			assertThat(mvc.perform(get(sti).with(ADMIN)).andReturn().getResponse().getStatus()).as(sti).isEqualTo(405);
		}
		// A user's page is still one.
		assertThat(mvc.perform(get("/admin/brukere/1").with(ADMIN)).andReturn().getResponse().getStatus())
			.isNotEqualTo(405);
	}

}
