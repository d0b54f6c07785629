package no.hod.styringsregister.tildelingsbrev;

import java.nio.charset.StandardCharsets;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.support.WebApplicationContextUtils;

import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.testsupport.TestDocuments;
import no.hod.styringsregister.testsupport.Testbrukere;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * The steps the letter tests share: the real 2025 letter moved to a year of the test's own, a desk officer to read
 * it, a letter's text uploaded as an admin does, and a page read as it is shown.
 */
final class Brevsteg {

	/**
	 * The admin the letter tests upload, confirm and withdraw as: without clearance, as the tests of what an exempt
	 * assignment shows expect (the first admin, {@code admin}, is cleared). Named as the first admin is; created in
	 * the context's database on first use.
	 */
	static final RequestPostProcessor ADMIN = request -> {
		BrukerService brukere = WebApplicationContextUtils.getRequiredWebApplicationContext(request.getServletContext())
			.getBean(BrukerService.class);
		Testbrukere.opprett(brukere, new NyBruker("brev-admin", "Administrator", "passord-passord-1", Rolle.ADMIN, null,
				false, null));
		return user("brev-admin").roles("ADMIN").postProcessRequest(request);
	};

	private Brevsteg() {
	}

	/** The real 2025 letter as the letter of {@code aar}: its ids and dates then belong to that year. */
	static String brev2025Som(int aar) {
		return TestDocuments.seed("tildelingsbrev-helsedirektoratet-2025.txt").replace("2025", String.valueOf(aar));
	}

	/** A desk officer whose name is also the display name, with or without clearance for exempt text. */
	static void saksbehandler(BrukerService brukere, String navn, boolean klarert) {
		brukere.create(new NyBruker(navn, navn, "passord-passord-1", Rolle.HOD_SAKSBEHANDLER, null, klarert, null));
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
