package no.hod.styringsregister.tildelingsbrev;

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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.testsupport.IntegrationTest;

import static no.hod.styringsregister.tildelingsbrev.Brevsteg.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The letter import's review and withdrawal pages link an assignment by the one address rule: its id, or its register
 * key where the id holds a slash (an id stored before the import checked ids), which no address carries. The real
 * 2025 letter as 2052's, its year end run, and 2053's letter reviewed against it. Addressed to an agency no other test
 * uses, so the year end's copies and the review meet no other test's letters (2052 and 2053 are only reviewed there).
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LetterReviewAssignmentLinksTests {

	private static final int AAR = 2052;

	private static final String ETAT = "Bioteknologirådet";

	/** TB2052-1 as an id from before the import checked ids. */
	private static final String SKRASTREK = "TB" + AAR + "/1";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OrganisasjonService organisasjon;

	String brev;

	@BeforeAll
	void brevOgArsskifte() throws Exception {
		if (organisasjon.etatByName(ETAT).isEmpty()) {
			mvc.perform(post("/admin/organisasjon/etat").with(ADMIN).with(csrf()).param("navn", ETAT))
				.andExpect(status().is3xxRedirection());
		}
		long etat = organisasjon.etatByName(ETAT).orElseThrow().id();
		mvc.perform(post("/admin/organisasjon/divisjon").with(ADMIN).with(csrf()).param("etatId", String.valueOf(etat))
			.param("navn", "Divisjon for lenker i brevet")).andExpect(status().is3xxRedirection());
		long divisjon = organisasjon.divisjoner(etat).get(0).id();

		brev = mvc.perform(post(Brevsteg.lastOpp(mvc, brev(AAR), ADMIN) + "/bekreft").with(ADMIN).with(csrf()))
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(brev).startsWith("/tildelingsbrev/");
		// TB-9 routed, so that an assignment of next year's letter citing it is proposed its division.
		mvc.perform(post("/oppdrag/TB" + AAR + "-9/ruting").param("divisjon", String.valueOf(divisjon)).with(ADMIN)
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("UPDATE oppdrag SET offisiell_id = ?, visnings_id = ? WHERE offisiell_id = ?")
			.params(SKRASTREK, SKRASTREK, "TB" + AAR + "-1").update()).isEqualTo(1);
		// December: the year end copies every open assignment, the one with the slash too.
		mvc.perform(post("/oppdrag/videreforing").param("aar", String.valueOf(AAR)).param("bekreftet", "true")
			.with(ADMIN).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(kopi(SKRASTREK)).isNotNull();
	}

	@Test
	void theReviewLinksACopysOriginWithASlashByItsKeyAndACitedOneByItsId() throws Exception {
		int neste = AAR + 1;
		// Next year's TB-8 cites last year's TB-9, routed: its division is proposed «samme som» TB-9, linked.
		String tekst = brev(neste).replace("lage en oppdatert rapport.", "lage en oppdatert rapport, jf. TB" + AAR
				+ "-9.");
		assertThat(tekst).contains("jf. TB" + AAR + "-9.");
		String utkast = Brevsteg.lastOpp(mvc, tekst, ADMIN);
		try {
			String side = Brevsteg.side(mvc, utkast, ADMIN);

			// TB-1 of the letter continues TB2052/1 by its title and takes its copy's place: the copy and its origin
			// named, each linked to its page.
			String linje = linje(side, "kopi-erstattes", kopi(SKRASTREK));
			String opphav = lenke(linje, SKRASTREK);
			assertThat(opphav).isEqualTo("/oppdrag/" + nokkel(SKRASTREK));
			forerTil(opphav, SKRASTREK);
			forerTil(lenke(linje, kopi(SKRASTREK)), kopi(SKRASTREK));

			// An id an address carries is the address, as it was.
			Matcher foreslatt = Pattern.compile("<p class=\"hjelp foreslatt-divisjon\">.*?</p>", Pattern.DOTALL)
				.matcher(side);
			assertThat(foreslatt.find()).as("the proposed division, same as the cited one").isTrue();
			String sitert = lenke(foreslatt.group(), "TB" + AAR + "-9");
			assertThat(sitert).isEqualTo("/oppdrag/TB" + AAR + "-9");
			forerTil(sitert, "TB" + AAR + "-9");
		}
		finally {
			mvc.perform(post(utkast + "/avbryt").with(ADMIN).with(csrf())).andExpect(status().is3xxRedirection());
		}
	}

	@Test
	void theWithdrawalLinksEachCopyThatGoesWithTheLetterToItsPage() throws Exception {
		String side = Brevsteg.side(mvc, brev + "/trekk-tilbake", ADMIN);
		String kopi = kopi(SKRASTREK);
		String linje = linje(side, null, kopi);
		// The copy of the one with the slash, named with its origin.
		assertThat(HtmlUtils.htmlUnescape(linje.replaceAll("<[^>]+>", "").replaceAll("\\s+", " ")))
			.contains(kopi + " (kopi av " + SKRASTREK + ",");
		forerTil(lenke(linje, kopi), kopi);
		List<String> alle = lenker(side.substring(side.indexOf("id=\"kopier\"")));
		assertThat(alle).hasSizeGreaterThan(1);
		for (String href : alle) {
			forerTil(href, null);
		}
	}

	/** The real 2025 letter as the letter of {@code aar} to the agency of this test. */
	private static String brev(int aar) {
		return Brevsteg.brev2025Som(aar).replace("Helsedirektoratet", ETAT);
	}

	/** The year end's copy of the assignment, by its shown id; {@code null} for none. */
	private String kopi(String opphav) {
		return jdbc.sql("SELECT c.visnings_id FROM oppdrag c JOIN oppdrag p ON p.id = c.opphav_id "
				+ "WHERE p.visnings_id = ? AND c.brev_id IS NULL").param(opphav).query(String.class).optional()
			.orElse(null);
	}

	private String nokkel(String visningsId) {
		return jdbc.sql("SELECT nokkel FROM oppdrag WHERE visnings_id = ?").param(visningsId).query(String.class)
			.single();
	}

	private String tittel(String id) {
		return jdbc.sql("SELECT tittel FROM oppdrag WHERE visnings_id = ? OR nokkel = ?").params(id, id)
			.query(String.class).single();
	}

	/** The list item (of the class, if given) that links the assignment {@code id}. */
	private static String linje(String side, String klasse, String id) {
		Matcher linje = Pattern.compile("<li" + (klasse == null ? "" : " class=\"" + klasse + "\"")
				+ ">(?:(?!</li>).)*?>" + Pattern.quote(id) + "</a>.*?</li>", Pattern.DOTALL).matcher(side);
		assertThat(linje.find()).as("a line linking " + id).isTrue();
		return linje.group();
	}

	/** The address of the first link whose text is {@code id}. */
	private static String lenke(String html, String id) {
		Matcher lenke = Pattern.compile("<a\\s+href=\"([^\"]+)\"[^>]*>" + Pattern.quote(HtmlUtils.htmlEscape(id, "UTF-8"))
				+ "</a>").matcher(html);
		assertThat(lenke.find()).as("a link to " + id).isTrue();
		return HtmlUtils.htmlUnescape(lenke.group(1));
	}

	/** Every link to an assignment's page in the html. */
	private static List<String> lenker(String html) {
		List<String> lenker = new ArrayList<>();
		Matcher lenke = Pattern.compile("<a\\s+href=\"(/oppdrag/[^\"]+)\"").matcher(html.substring(0,
				html.indexOf("</div>")));
		while (lenke.find()) {
			lenker.add(HtmlUtils.htmlUnescape(lenke.group(1)));
		}
		return lenker;
	}

	/**
	 * Following the link gives the assignment's page: 200 with its id and title, not a refusal. {@code id} {@code null}:
	 * only that the page is there.
	 */
	private void forerTil(String href, String id) throws Exception {
		assertThat(href).as("only what an address carries as it is").matches("/oppdrag/[A-Za-z0-9._~%-]+");
		String side = Brevsteg.side(mvc, href, ADMIN);
		if (id != null) {
			assertThat(side).as(href).contains(HtmlUtils.htmlEscape(id, "UTF-8"),
					HtmlUtils.htmlEscape(tittel(id), "UTF-8"));
		}
	}
}
