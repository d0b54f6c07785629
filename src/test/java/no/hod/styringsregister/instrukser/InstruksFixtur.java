package no.hod.styringsregister.instrukser;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import no.hod.styringsregister.testsupport.TestDocuments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the instruction tests set up the way the admin would: an agency of their own, a file uploaded to the browser
 * import, an import through the public API, a page read, and the instruction texts they import.
 */
final class InstruksFixtur {

	static final String HDIR = "/seeds/instruks-helsedirektoratet-2018-2019.txt";

	static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

	private final MockMvc mvc;

	private final InstruksImport importer;

	InstruksFixtur(MockMvc mvc, InstruksImport importer) {
		this.mvc = mvc;
		this.importer = importer;
	}

	/** A new agency with a name no other test uses. */
	String newAgency() throws Exception {
		String name = "Testetat " + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(post("/admin/organisasjon/etat").param("navn", name).with(ADMIN).with(csrf()))
			.andExpect(status().is3xxRedirection());
		return name;
	}

	/** Uploads the file in the browser import and returns the address of its review page. */
	String upload(String file, byte[] content) throws Exception {
		String location = mvc.perform(multipart("/instrukser/import").file(new MockMultipartFile("fil", file,
				"text/plain", content)).with(ADMIN).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).matches("/instrukser/import/[0-9a-f-]{36}");
		return location;
	}

	String upload(byte[] content) throws Exception {
		return upload("instruks.txt", content);
	}

	/** Imports through the public API as the admin, the way the demo data does at start-up. */
	InstruksImport.Resultat importAsAdmin(String file, byte[] content) {
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("admin", null, "ROLE_ADMIN"));
		try {
			return importer.importer(file, content);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	InstruksImport.Resultat importAsAdmin(byte[] content) {
		return importAsAdmin("instruks.txt", content);
	}

	String page(String path) throws Exception {
		return page(path, ADMIN);
	}

	String page(String path, RequestPostProcessor who) throws Exception {
		return mvc.perform(get(path).with(who)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** A short instruction of the agency, set 1.2.2020, of two sections. */
	static byte[] version1(String agency) {
		return ("Instruks for " + agency + "\n\nFastsatt av Helse- og omsorgsdepartementet 1.2.2020\n\n"
				+ "1 Formål\n\nDirektoratet skal fremme folkehelse.\n\n"
				+ "2 Oppgaver\n\nDirektoratet skal gi råd til kommunene.\n").getBytes(StandardCharsets.UTF_8);
	}

	/** The next version: set 10.12.2023, in force 1.1.2024, section 1 reworded and section 3 added. */
	static byte[] version2(String agency) {
		return ("Instruks for " + agency + "\n\nFastsatt av Helse- og omsorgsdepartementet 10.12.2023\n\n"
				+ "1 Formål\n\nDirektoratet skal fremme god folkehelse.\n\n"
				+ "Instruksen trer i kraft 1. januar 2024 og erstatter instruks fastsatt 1.2.2020.\n\n"
				+ "2 Oppgaver\n\nDirektoratet skal gi råd til kommunene.\n\n"
				+ "3 Rapportering\n\nDirektoratet sender kvartalsrapportene til departementet.\n")
			.getBytes(StandardCharsets.UTF_8);
	}

	/** A seed instruction from the test class path, as the file an admin would upload. */
	static byte[] seed(String resource) {
		return TestDocuments.resource(resource).getBytes(StandardCharsets.UTF_8);
	}

	/** The Helsedirektoratet seed as the instruction of another agency (its title then names that agency). */
	static String hdirAs(String agency) {
		return TestDocuments.resource(HDIR).replace("Helsedirektoratet", agency)
			.replace("HELSEDIREKTORATET", agency.toUpperCase(Locale.ROOT));
	}
}
