package no.hod.styringsregister.oppdrag;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.oppdrag.OppdragImport.OppdragData;
import no.hod.styringsregister.oppdrag.OppdragImport.Tekstdel;
import no.hod.styringsregister.oppdrag.OppdragImport.Unntak;
import no.hod.styringsregister.organisasjon.Enhet;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.testsupport.BrowserTest;
import no.hod.styringsregister.testsupport.BrowserTestSupport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lead writes a long progress note while the session runs out: sent, the note is not saved, the login follows, and
 * after it the lead is back on the assignment with the note in the field, to send again. A filter changed on the list,
 * or a link followed, after the session ran out leads to the login too, saying why, and back afterwards.
 */
@BrowserTest
class UtloptOktJourneyTests extends BrowserTestSupport {

	private static final String NOTAT = "Arbeidet er godt i gang.\nVi har hatt tre møter med kommunene og skriver nå "
			+ "rapporten, som leveres før fristen.";

	@Autowired
	OppdragImport oppdragImport;

	@Autowired
	OppdragUpdates oppdragUpdates;

	@Autowired
	OrganisasjonService organisasjon;

	@Autowired
	BrukerService brukere;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aNoteSentAfterTheSessionRanOutComesBackOnTheFormsPageAfterLoggingIn() {
		String id = nyttOppdrag(1);

		login("leder-folkehelse");
		open("/oppdrag/" + id + "?liste=%2Foppdrag%3Fyear%3D" + aar(id));
		String skjemaside = page.url();
		page.getByLabel("Fremdrift").fill(NOTAT);
		// The session runs out while the lead writes.
		jdbc.update("DELETE FROM spring_session WHERE principal_name = 'leder-folkehelse'");
		lagre();

		assertThat(page).hasURL(url("/login?utlopt"));
		assertThat(page.locator("main [data-okt-utlopt]")).hasText("Økten din var utløpt, så det du sendte, er ikke "
				+ "lagret. Logg inn igjen, så kommer du tilbake til siden du var på.");
		assertThat(jdbc.queryForObject("SELECT fremdrift FROM oppdrag WHERE visnings_id = ?", String.class, id))
			.isNull();
		assertAccessible("utlopt-okt-login");

		// A mistyped password first: the note is still kept.
		login("leder-folkehelse", "feil-passord");
		login("leder-folkehelse");
		assertThat(page).hasURL(skjemaside);
		assertThat(page.getByLabel("Fremdrift")).hasValue(NOTAT);
		assertThat(page.locator("#statusskjema").getByRole(AriaRole.STATUS))
			.hasText("Teksten du skrev, er hentet frem igjen. Den er ikke lagret ennå: se over og lagre.");
		assertAccessible("utlopt-okt-hentet-fram");

		lagre();
		assertThat(page.locator("#statusskjema").getByRole(AriaRole.STATUS)).hasCount(0);
		assertThat(jdbc.queryForObject("SELECT fremdrift FROM oppdrag WHERE visnings_id = ?", String.class, id))
			.isEqualTo(NOTAT);
		// Saved, the draft is forgotten: what the field shows later is the server's, not the browser's.
		jdbc.update("UPDATE oppdrag SET fremdrift = 'Endret av en annen' WHERE visnings_id = ?", id);
		open("/oppdrag/" + id);
		assertThat(page.getByLabel("Fremdrift")).hasValue("Endret av en annen");
		assertThat(((Number) page.evaluate("sessionStorage.length")).intValue()).isZero();
	}

	/**
	 * The reviewer's case: a comment far down a long assignment. Back after the login, the form is in view with the
	 * text in its field and the focus there, not at the top of the page with the notice out of sight.
	 */
	@Test
	void aCommentSentAfterTheSessionRanOutIsBroughtIntoViewWithTheFocusInItsField() {
		String id = nyttOppdrag(40);
		login("leder-folkehelse");
		open("/oppdrag/" + id);
		String side = page.url();
		Locator kommentar = page.locator("#kommentar");
		kommentar.fill(NOTAT);
		// The session's cookie is gone: the server knows no session to check the form's token against.
		context.clearCookies(new BrowserContext.ClearCookiesOptions().setName("SESSION"));
		page.locator("#kommentarskjema").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
			.setName("Lagre kommentar")).click();
		page.waitForLoadState();
		assertThat(page).hasURL(url("/login?utlopt"));

		login("leder-folkehelse");
		assertThat(page).hasURL(side);
		assertThat(kommentar).hasValue(NOTAT);
		assertThat(kommentar).isFocused();
		Locator melding = page.locator("#kommentarskjema").getByRole(AriaRole.STATUS);
		assertThat(melding).hasText("Teksten du skrev, er hentet frem igjen. Den er ikke lagret ennå: se over og lagre.");
		assertThat(melding).isInViewport();
		assertThat(kommentar).isInViewport();
		// The long text above the form was scrolled past: the page did not open at its top.
		assertThat(((Number) page.evaluate("window.scrollY")).intValue()).isGreaterThan(500);
		assertThat(page.locator("h1")).not().isInViewport();
	}

	/**
	 * htmx asks for the list's results: without a session, its answer tells htmx to open the login page (a redirect
	 * it would follow by itself, pushing the login's address with the old list on screen), which says why; after the
	 * login, the list is back with the filters it had and the change that met the expiry.
	 */
	@Test
	void aFilterChangedAfterTheSessionRanOutOpensTheLoginAndLeadsBackToTheList() {
		String id = nyttOppdrag(1);
		int aar = aar(id);
		login("leder-folkehelse");
		open("/oppdrag?year=" + aar);
		assertThat(page.locator("td.oppdrag-id a")).hasText(id);
		context.clearCookies(new BrowserContext.ClearCookiesOptions().setName("SESSION"));

		page.getByLabel("Søk i id, tittel og tekst").fill("beredskap");
		page.getByLabel("Søk i id, tittel og tekst").press("Enter");
		page.waitForURL(url("/login?sesjon-utlopt"));
		assertThat(page.locator("main [role=status]")).hasText("Økten din er utløpt. Logg inn igjen, så kommer du "
				+ "tilbake til siden du var på.");
		assertThat(page.getByLabel("Passord")).isVisible();
		assertAccessible("utlopt-okt-filter-login");

		login("leder-folkehelse");
		// The list as the search that met the expiry asked for it: the year kept, the words not lost.
		assertThat(page).hasURL(url("/oppdrag?q=beredskap&year=" + aar));
		assertThat(page.getByLabel("År", new Page.GetByLabelOptions().setExact(true))).hasValue(String.valueOf(aar));
		assertThat(page.getByLabel("Søk i id, tittel og tekst")).hasValue("beredskap");
	}

	/** A link followed with a session the server no longer knows: the login says the session ran out. */
	@Test
	void aLinkFollowedWithASessionTheServerNoLongerKnowsSaysTheSessionRanOut() {
		String id = nyttOppdrag(1);
		// A first visit, without a session: asked to log in, and nothing more.
		open("/oppdrag/" + id);
		assertThat(page).hasURL(url("/login"));
		assertThat(page.locator("main [role=status]")).hasCount(0);

		login("leder-folkehelse");
		assertThat(page).hasURL(url("/oppdrag/" + id));
		jdbc.update("DELETE FROM spring_session WHERE principal_name = 'leder-folkehelse'");
		open("/oppdrag/" + id + "?fane=historikk");
		assertThat(page).hasURL(url("/login?sesjon-utlopt"));
		assertThat(page.locator("main [role=status]")).hasText("Økten din er utløpt. Logg inn igjen, så kommer du "
				+ "tilbake til siden du var på.");
		login("leder-folkehelse");
		assertThat(page).hasURL(url("/oppdrag/" + id + "?fane=historikk"));
	}

	/**
	 * The new-user form keeps what was typed too, the e-mail address with it, but never the password; its message,
	 * in a form without a heading, stands first in it.
	 */
	@Test
	void aNewUserTypedWhileTheSessionRanOutComesBackWithoutThePassword() {
		String navn = "utlopt-ny-" + System.nanoTime();
		login("admin");
		open("/admin/brukere/ny");
		page.locator("#brukernavn").fill(navn);
		page.locator("#navn").fill("Utløpt Økt");
		page.locator("#epost").fill(navn + "@example.org");
		page.locator("#rolle").selectOption("HOD_SAKSBEHANDLER");
		page.locator("#passord").fill("et-langt-passord-123");
		jdbc.update("DELETE FROM spring_session WHERE principal_name = 'admin'");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre").setExact(true)).click();
		page.waitForLoadState();
		assertThat(page).hasURL(url("/login?utlopt"));

		login("admin");
		assertThat(page).hasURL(url("/admin/brukere/ny"));
		assertThat(page.locator("#brukernavn")).hasValue(navn);
		assertThat(page.locator("#brukernavn")).isFocused();
		assertThat(page.locator("#navn")).hasValue("Utløpt Økt");
		assertThat(page.locator("#epost")).hasValue(navn + "@example.org");
		assertThat(page.locator("#rolle")).hasValue("HOD_SAKSBEHANDLER");
		assertThat(page.locator("#passord")).hasValue("");
		assertThat(page.locator("form.skjema > [role=status]:first-child"))
			.hasText("Teksten du skrev, er hentet frem igjen. Den er ikke lagret ennå: se over og lagre.");
		assertThat(((String) page.evaluate("JSON.stringify(sessionStorage)"))).doesNotContain("et-langt-passord");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM bruker WHERE brukernavn = ?", Integer.class, navn))
			.isZero();
	}

	/** «Logg ut» once the session ran out: logged out, and told so, not that something sent was lost. */
	@Test
	void loggingOutAfterTheSessionRanOutSaysLoggedOut() {
		login("leder-folkehelse");
		jdbc.update("DELETE FROM spring_session WHERE principal_name = 'leder-folkehelse'");
		logout();
		assertThat(page).hasURL(url("/login?utlogget"));
		assertThat(page.locator("main [role=status]")).hasText("Du er logget ut.");
	}

	/**
	 * An assignment of a year of its own, routed to the lead's division; {@code avsnitt} paragraphs of text put the
	 * forms further down the page.
	 */
	private String nyttOppdrag(int avsnitt) {
		Integer storst = jdbc.queryForObject("SELECT max(aar) FROM oppdrag", Integer.class);
		int aar = storst == null ? 2501 : storst + 2;
		String id = "TB" + aar + "-1";
		long etat = organisasjon.etatByName("Helsedirektoratet").orElseThrow().id();
		List<Tekstdel> tekst = new ArrayList<>();
		tekst.add(new Tekstdel("Helsedirektoratet skal kartlegge beredskapen.", false));
		for (int i = 1; i < avsnitt; i++) {
			tekst.add(new Tekstdel("Kartleggingen skal omfatte kommunenes planverk, øvelser og samarbeid med "
					+ "spesialisthelsetjenesten, del " + i + ".", false));
		}
		oppdragImport.apply(900_000 + aar, aar, etat, List.of(new OppdragData(id, "3.1", "Bedre folkehelse",
				List.of("FHA"), "Kartlegge kommunenes beredskap", tekst, List.of(LocalDate.of(aar, 6, 30)), null,
				Unntak.NONE, List.of(), List.of())));
		CurrentUser admin = brukere.find(jdbc.queryForObject("SELECT id FROM bruker WHERE brukernavn = 'admin'",
				Long.class)).orElseThrow();
		Enhet folkehelse = organisasjon.divisjoner(etat).stream().filter(d -> d.navn().equals("Divisjon folkehelse"))
			.findFirst().orElseThrow();
		oppdragUpdates.route(List.of(id), folkehelse.id(), null, admin);
		return id;
	}

	private static int aar(String id) {
		return Integer.parseInt(id.substring(2, id.indexOf('-')));
	}

	private void lagre() {
		page.locator("#statusskjema")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lagre")
				.setExact(true))
			.click();
		page.waitForLoadState();
	}
}
