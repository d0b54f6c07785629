package no.hod.styringsregister.tildelingsbrev;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.testsupport.IntegrationTest;

import static no.hod.styringsregister.tildelingsbrev.Brevsteg.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The letters list names who imported each letter as the letter page does: a user by display name, the demo data as
 * «Demodata». On the letters of 2006 (the demo data) and 2002 (the admin), years no other test uses.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LetterListImporterTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TildelingsbrevImport importer;

	@BeforeAll
	void importerBrevene() throws Exception {
		// As the demo data imports the seed letters at first start: under its own name, which is no user's.
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("demo", null,
				List.of(new SimpleGrantedAuthority(Rolle.ADMIN.authority()))));
		SecurityContextHolder.setContext(context);
		try {
			importer.importFile("tildelingsbrev-2006.txt", Brevsteg.brev2025Som(2006).getBytes(StandardCharsets.UTF_8),
					"demo");
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		String utkast = Brevsteg.lastOpp(mvc, Brevsteg.brev2025Som(2002), ADMIN);
		String brev = mvc.perform(post(utkast + "/bekreft").with(ADMIN).with(csrf())).andReturn().getResponse()
			.getRedirectedUrl();
		assertThat(brev).matches("/tildelingsbrev/\\d+");
	}

	@Test
	void theListNamesTheImporterByDisplayNameAndTheDemoDataAsSuch() throws Exception {
		String liste = Brevsteg.side(mvc, "/tildelingsbrev", ADMIN);
		assertThat(rad(liste, 2006)).contains("(Demodata)").doesNotContain("(demo)");
		assertThat(rad(liste, 2002)).contains("(Administrator)").doesNotContain("(admin)");
	}

	/** The list's row for the letter of {@code aar}. */
	private static String rad(String liste, int aar) {
		int start = liste.indexOf(">" + aar + "</a>");
		assertThat(start).as("the row of %s", aar).isNotNegative();
		return liste.substring(start, liste.indexOf("</tr>", start));
	}
}
