package no.hod.styringsregister.tildelingsbrev;

import java.nio.charset.StandardCharsets;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/** The steps the letter tests share: a letter's text uploaded as an admin does, and a page read as it is shown. */
final class Brevsteg {

	private Brevsteg() {
	}

	/** Uploads the text as a letter file; the address of its review page. */
	static String lastOpp(MockMvc mvc, String tekst, RequestPostProcessor admin) throws Exception {
		String adresse = mvc.perform(multipart("/tildelingsbrev/import").file(new MockMultipartFile("fil",
				"tildelingsbrev.txt", "text/plain", tekst.getBytes(StandardCharsets.UTF_8)))
			.with(admin).with(csrf())).andReturn().getResponse().getRedirectedUrl();
		assertThat(adresse).as("the upload's redirect to its review").startsWith("/tildelingsbrev/import/");
		return adresse;
	}

	/** The page as the user gets it, which must be there (200). */
	static String side(MockMvc mvc, String adresse, RequestPostProcessor bruker) throws Exception {
		MvcResult svar = mvc.perform(get(adresse).with(bruker)).andReturn();
		assertThat(svar.getResponse().getStatus()).as(adresse).isEqualTo(200);
		return svar.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}
}
