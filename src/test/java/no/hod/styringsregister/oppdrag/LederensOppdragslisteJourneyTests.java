package no.hod.styringsregister.oppdrag;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import no.hod.styringsregister.organisasjon.Enhet;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.testsupport.BrowserTest;
import no.hod.styringsregister.testsupport.BrowserTestSupport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A division lead's assignment list on a phone (360 px wide), with the demo users and data: it opens at the own
 * division, as the reporting calendar does, says on the screen what it is filtered by, also after a filter change,
 * and every assignment is one tap away. A desk officer's list opens as before, whole.
 */
@BrowserTest
class LederensOppdragslisteJourneyTests extends BrowserTestSupport {

	private static final String HELE_LISTEN = "Alle oppdrag fra tildelingsbrevene";

	@Autowired
	OrganisasjonService organisasjon;

	@Test
	void aLeadTappingOppdragGetsTheOwnDivisionSaysSoAndReachesEveryAssignmentInOneTap() {
		long folkehelse = organisasjon.divisjoner(organisasjon.etatByName("Helsedirektoratet").orElseThrow().id())
			.stream().filter(d -> d.navn().equals("Divisjon folkehelse")).map(Enhet::id).findFirst().orElseThrow();
		page.setViewportSize(360, 740);
		login("leder-folkehelse");
		page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hovedmeny"))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Oppdrag").setExact(true)).click();
		page.waitForURL(u -> u.endsWith("/oppdrag?division=" + folkehelse));
		Locator utvalg = page.locator("#oppdrag-utvalg");
		assertThat(utvalg).containsText("Divisjon folkehelse");
		assertThat(utvalg).not().containsText(HELE_LISTEN);
		Locator rader = page.locator(".oppdrag-tabell tbody tr");
		assertThat(rader.first()).isVisible();
		assertThat(rader.filter(new Locator.FilterOptions().setHasNotText("Divisjon folkehelse"))).hasCount(0);
		// The exports take what is shown.
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Excel")))
			.hasAttribute("href", Pattern.compile("division=" + folkehelse));

		// A filter changed in place (htmx): the line says so, as the count does.
		page.locator("details.oppdrag-filterboks > summary").click();
		page.getByLabel("År", new Page.GetByLabelOptions().setExact(true)).selectOption("2025");
		page.waitForURL(u -> u.contains("year=2025"));
		assertThat(utvalg).containsText("Divisjon folkehelse");
		assertThat(utvalg).containsText("2025");
		page.getByLabel("Divisjon", new Page.GetByLabelOptions().setExact(true)).selectOption("");
		page.waitForURL(u -> !u.contains("division=" + folkehelse));
		assertThat(utvalg).hasText("Oppdrag: 2025");
		assertThat(rader.filter(new Locator.FilterOptions().setHasNotText("Divisjon folkehelse")).first()).isVisible();

		// Back at the start, every assignment is one tap away, and the list says it is whole.
		page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hovedmeny"))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Oppdrag").setExact(true)).click();
		page.waitForURL(u -> u.endsWith("division=" + folkehelse));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vis alle oppdrag")).click();
		page.waitForURL(u -> u.endsWith("/oppdrag?division=alle"));
		assertThat(utvalg).containsText(HELE_LISTEN);
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vis alle oppdrag"))).hasCount(0);
		assertThat(rader.filter(new Locator.FilterOptions().setHasNotText("Divisjon folkehelse")).first()).isVisible();
		assertThat(page.getByLabel("Divisjon", new Page.GetByLabelOptions().setExact(true))).hasValue("");
		assertAccessible("oppdrag-leder-alle");
		logout();

		login("saksbehandler");
		open("/oppdrag");
		assertThat(page.url()).endsWith("/oppdrag");
		assertThat(utvalg).containsText(HELE_LISTEN);
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vis alle oppdrag"))).hasCount(0);
	}
}
