package no.hod.styringsregister.tildelingsbrev;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.testsupport.Testbrukere;

import static no.hod.styringsregister.tildelingsbrev.Brevsteg.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The letter page's import history: a heading that is no command, who imported by name (the demo data as such), and
 * the warnings of each import to a reader cleared to see them. On the letter of 2072, a year no other test uses.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LetterImportHistoryTests {

	private static final String KLARERT = "historikk-klarert";

	private static final String UKLARERT = "historikk-uklarert";

	@Autowired
	MockMvc mvc;

	@Autowired
	TildelingsbrevImport importer;

	@Autowired
	BrukerService brukere;

	@Autowired
	JdbcClient jdbc;

	private String brev;

	@BeforeAll
	void brevetFraDemodataOgSaFraAdmin() throws Exception {
		for (String navn : new String[] { KLARERT, UKLARERT }) {
			Testbrukere.opprett(brukere, new NyBruker(navn, navn, "passord-passord-1", Rolle.HOD_SAKSBEHANDLER, null,
					navn.equals(KLARERT), null));
		}
		// As the demo data imports the seed letters at first start: under its own name, which is no user's.
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("demo", null,
				List.of(new SimpleGrantedAuthority(Rolle.ADMIN.authority()))));
		SecurityContextHolder.setContext(context);
		try {
			importer.importFile("tildelingsbrev-2072.txt", Brevsteg.brev2025Som(2072).getBytes(StandardCharsets.UTF_8),
					"demo");
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		// Then by the admin, from a file that differs by a line end: the very same file again would write nothing.
		String utkast = Brevsteg.lastOpp(mvc, Brevsteg.brev2025Som(2072) + "\n", ADMIN);
		brev = mvc.perform(post(utkast + "/bekreft").with(ADMIN).with(csrf())).andReturn().getResponse()
			.getRedirectedUrl();
		assertThat(brev).matches("/tildelingsbrev/\\d+");
	}

	@Test
	void theHistoryNamesWhoImportedAndTheDemoDataAsSuch() throws Exception {
		String side = Brevsteg.side(mvc, brev, user(KLARERT));
		assertThat(side).contains("<h2>Importhistorikk</h2>").doesNotContain("Importer av brevet")
			.contains("(Demodata)").doesNotContain("(demo)")
			// The real admin by display name, in the history and as the letter's last import.
			.contains("(Administrator)").doesNotContain("(admin)");
	}

	@Test
	void theWarningsOfEachImportAreListedForAClearedReaderOnly() throws Exception {
		long brevId = Long.parseLong(brev.substring("/tildelingsbrev/".length()));
		List<String> advarsler = jdbc.sql("SELECT unnest(advarsler) FROM (SELECT advarsler FROM tildelingsbrev_import "
				+ "WHERE brev_id = ? AND bruker = 'demo' ORDER BY id DESC LIMIT 1) siste").param(brevId)
			.query(String.class).list();
		assertThat(advarsler).as("the letter gives warnings to list").isNotEmpty();
		String klarert = Brevsteg.side(mvc, brev, user(KLARERT));
		assertThat(klarert).contains("<details class=\"importadvarsler\">",
				"<summary>Vis " + advarsler.size() + (advarsler.size() == 1 ? " advarsel" : " advarsler") + "</summary>",
				"<li>" + html(advarsler.get(0)) + "</li>");

		String uklarert = Brevsteg.side(mvc, brev, user(UKLARERT));
		assertThat(uklarert).doesNotContain("importadvarsler", html(advarsler.get(0)))
			.contains("Advarslene fra importene vises bare for brukere som er klarert");
	}

	@Test
	void everyWarningTheReviewListedIsKeptInTheHistory() throws Exception {
		// A year no other test imports: the letter's deadlines in the years after 2025 lie far from it, which the
		// review finds, not the parser.
		String utkast = Brevsteg.lastOpp(mvc, Brevsteg.brev2025Som(2016), ADMIN);
		List<String> vist = advarsler(Brevsteg.side(mvc, utkast, ADMIN));
		assertThat(vist).as("deadlines far from the letter's year among the warnings")
			.anyMatch(a -> a.contains("ligger langt fra brevets år (2016)"));

		String side = mvc.perform(post(utkast + "/bekreft").with(ADMIN).with(csrf())).andReturn().getResponse()
			.getRedirectedUrl();
		assertThat(side).matches("/tildelingsbrev/\\d+");
		List<String> lagret = jdbc.sql("SELECT unnest(advarsler) FROM (SELECT advarsler FROM tildelingsbrev_import "
				+ "WHERE brev_id = ? ORDER BY id DESC LIMIT 1) siste")
			.param(Long.parseLong(side.substring("/tildelingsbrev/".length()))).query(String.class).list();
		assertThat(lagret).containsExactlyElementsOf(vist);
		assertThat(Brevsteg.side(mvc, side, user(KLARERT))).contains("<summary>Vis " + vist.size() + " advarsler</summary>");
	}

	/** The warnings the review page lists, as the reader sees them. */
	private static List<String> advarsler(String side) {
		Matcher liste = Pattern.compile("<ul class=\"advarsler\">(.*?)</ul>", Pattern.DOTALL).matcher(side);
		assertThat(liste.find()).as("the review's warnings").isTrue();
		List<String> advarsler = new ArrayList<>();
		Matcher li = Pattern.compile("<li>(.*?)</li>", Pattern.DOTALL).matcher(liste.group(1));
		while (li.find()) {
			advarsler.add(HtmlUtils.htmlUnescape(li.group(1)));
		}
		return advarsler;
	}

	/** As the page escapes text: the markup characters only, not «» or æøå. */
	private static String html(String tekst) {
		return tekst.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
			.replace("'", "&#39;");
	}
}
