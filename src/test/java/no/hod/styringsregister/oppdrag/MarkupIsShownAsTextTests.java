package no.hod.styringsregister.oppdrag;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.testsupport.TestDocuments;
import no.hod.styringsregister.tildelingsbrev.TildelingsbrevImport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** HTML and script in an imported letter and in a comment are shown as text, never run. */
@IntegrationTest
@AutoConfigureMockMvc
class MarkupIsShownAsTextTests {

	private static final String SCRIPT = "<script>alert('x')</script>";

	private static final String IMAGE = "<img src=x onerror=alert(1)>";

	@Autowired
	MockMvc mvc;

	@Autowired
	TildelingsbrevImport letters;

	@Test
	void markupInLetterTextAndCommentsIsEscapedOnEveryPage() throws Exception {
		String letter = TestDocuments.resource("/letters/tildelingsbrev-full-2026.txt").replace("2026", "2036")
			.replace("Kartlegging av fysisk aktivitet blant eldre", "Kartlegging " + SCRIPT + " av fysisk aktivitet");
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin",
				null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
		try {
			letters.importFile("tb2036.txt", letter.getBytes(StandardCharsets.UTF_8), "admin");
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		mvc.perform(post("/oppdrag/TB2036-1/kommentar").with(user("admin").roles("ADMIN")).with(csrf())
			.param("kommentar", "Se " + IMAGE));

		for (String page : List.of("/oppdrag/TB2036-1", "/oppdrag?year=2036", "/oppdrag?q=kartlegging")) {
			String html = mvc.perform(get(page).with(user("admin").roles("ADMIN"))).andReturn().getResponse()
				.getContentAsString();
			assertThat(html).as(page).contains("Kartlegging &lt;script&gt;").doesNotContain(SCRIPT);
			assertThat(html).as(page).doesNotContain(IMAGE);
		}
		String detail = mvc.perform(get("/oppdrag/TB2036-1").with(user("admin").roles("ADMIN"))).andReturn()
			.getResponse().getContentAsString();
		assertThat(detail).contains("&lt;img src=x onerror=alert(1)&gt;");
	}
}
