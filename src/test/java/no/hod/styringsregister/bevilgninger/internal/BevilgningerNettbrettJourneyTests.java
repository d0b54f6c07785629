package no.hod.styringsregister.bevilgninger.internal;

import java.time.LocalDate;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import no.hod.styringsregister.bevilgninger.BevilgningImport;
import no.hod.styringsregister.bevilgninger.BevilgningImport.BevilgningData;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.rapporteringskalender.internal.Testporter;
import no.hod.styringsregister.testsupport.BrowserTest;
import no.hod.styringsregister.testsupport.BrowserTestSupport;
import no.hod.styringsregister.web.Formats;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The appropriations on the demo letters of 2020 and 2025 in a real browser: other ministries' frames apart from the
 * ministry's sums, the tables at a tablet's width, an agency without lines, an assignment's budget section, and a
 * line whose amount a new version of its letter changed.
 */
@BrowserTest
@Import(Testporter.class)
class BevilgningerNettbrettJourneyTests extends BrowserTestSupport {

	@Autowired
	BevilgningImport bevilgningImport;

	@Autowired
	OrganisasjonService organisasjon;

	@Test
	void aLineANewVersionOfItsLetterChangedSaysSoOverItsComment() {
		// A letter of 2011 (no demo year) as the letter import writes it, then its new version with 714.21 raised.
		long etat = organisasjon.etatByName("Helsedirektoratet").orElseThrow().id();
		long brev = 116_011;
		String kommentar = "Herav 5 mill. kroner til tiltak mot ensomhet.";
		bevilgningImport.apply(brev, 2011, etat, List.of(
				new BevilgningData(714, 21, "Spesielle driftsutgifter", 30_000L, null, false, kommentar)), List.of());
		bevilgningImport.apply(brev, 2011, etat, List.of(
				new BevilgningData(714, 21, "Spesielle driftsutgifter", 35_500L, null, false, kommentar),
				new BevilgningData(714, 70, "Tilskudd", 1_000L, null, false, null)), List.of());
		page.setViewportSize(768, 1024);
		login("saksbehandler");
		open("/bevilgninger?etat=" + etat + "&aar=2011");
		Locator endring = page.locator("#post-714-21 .belopsendring");
		assertThat(endring).isVisible();
		assertThat(endring).hasText("Endret fra 30 000 til 35 500 ved ny versjon av brevet "
				+ new Formats().dato(LocalDate.now(Formats.OSLO)));
		assertThat(endring.getByRole(AriaRole.LINK)).hasAttribute("href", "/tildelingsbrev/" + brev + "#importhistorikk");
		assertThat(page.locator("#post-714-21 .kommentar")).containsText(kommentar);
		// The line the new version added says nothing.
		assertThat(page.locator("#post-714-70 .belopsendring")).hasCount(0);
		assertAccessible("bevilgninger-belop-endret-768");
	}

	@Test
	void theLettersOtherMinistriesFramesAreShownApartFromTheSums() {
		login("saksbehandler");
		open("/bevilgninger?aar=2020");
		Locator seksjon = page.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setName("Øvrige økonomiske rammer fra andre departementer"));
		assertThat(seksjon).isVisible();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Arbeids- og sosialdepartementet")))
			.isVisible();
		assertThat(page.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setName("Kommunal- og moderniseringsdepartementet"))).isVisible();
		// 660.70 in millions in the letter (0,02), in 1 000 kr here
		assertThat(page.locator("#post-660-70")).containsText("Skadekur, militærpersonell");
		assertThat(page.locator("#post-575-60")).containsText("10 767 694");
		// After the ministry's own chapters, and after its sums
		Object etterSummene = page.evaluate("() => { const s = document.querySelector('.bevilgninger-summer');"
				+ " const r = document.querySelector('#post-575-60');"
				+ " return !!(s.compareDocumentPosition(r) & Node.DOCUMENT_POSITION_FOLLOWING); }");
		org.assertj.core.api.Assertions.assertThat(etterSummene).isEqualTo(true);
		assertAccessible("bevilgninger-2020-andre-departementer");
	}

	@Test
	void atATabletsWidthNoChapterFrameScrollsSideways() {
		page.setViewportSize(768, 1024);
		login("saksbehandler");
		for (String aar : List.of("2025", "2020")) {
			open("/bevilgninger?aar=" + aar);
			Locator rammer = page.locator(".bevilgninger .tabell-ramme");
			org.assertj.core.api.Assertions.assertThat(rammer.count()).as("frames %s", aar).isGreaterThan(1);
			@SuppressWarnings("unchecked")
			List<String> bredeRammer = (List<String>) page.evaluate("() => [...document.querySelectorAll("
					+ "'.bevilgninger .tabell-ramme')].filter(r => r.scrollWidth > r.clientWidth + 1)"
					+ ".map(r => (r.getAttribute('aria-label') || r.className) + ': ' + r.scrollWidth + ' i '"
					+ " + r.clientWidth)");
			org.assertj.core.api.Assertions.assertThat(bredeRammer).as("frames wider than their content, %s", aar)
				.isEmpty();
			// nor the page itself
			Object sideBredde = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
			org.assertj.core.api.Assertions.assertThat(sideBredde).as("page width %s", aar).isEqualTo(true);
			// every frame is a named region a keyboard reaches, as the sums' frame
			for (int i = 0; i < rammer.count(); i++) {
				assertThat(rammer.nth(i)).hasAttribute("tabindex", "0");
				assertThat(rammer.nth(i)).hasAttribute("role", "region");
				assertThat(rammer.nth(i)).hasAttribute("aria-label", java.util.regex.Pattern.compile(".+"));
			}
			assertAccessible("bevilgninger-" + aar + "-768");
		}
	}

	@Test
	void anAgencyWithoutLinesHasAnEmptyStateAndNoYear() {
		login("saksbehandler");
		open("/bevilgninger");
		page.getByLabel("Etat").selectOption(new com.microsoft.playwright.options.SelectOption()
			.setLabel("Statens helsetilsyn"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis")).click();
		assertThat(page.locator(".tom-tilstand").first())
			.containsText("Ingen bevilgninger er registrert for Statens helsetilsyn ennå");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Se tildelingsbrevene")))
			.hasAttribute("href", "/tildelingsbrev");
		assertThat(page.getByLabel("År")).hasCount(0);
		assertThat(page.getByText("Ingen fullmakter er registrert for året")).hasCount(0);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(
				java.util.regex.Pattern.compile("^Fullmakter")))).hasCount(0);
		assertAccessible("bevilgninger-uten-linjer");
	}

	@Test
	void aCitedPostThatOnlyAnAuthorisationFundsLinksToTheAuthorisation() {
		login("saksbehandler");
		// Cites kap. 710, post 23: no line of 2025, but Vedlegg II gives an ordering authority on it.
		open("/oppdrag/TB2025-2");
		Locator fullmakt = page.locator(".oppdrag-budsjett .budsjett-fullmakt");
		assertThat(fullmakt).containsText("ikke blant bevilgningene til Helsedirektoratet for 2025, men posten har en");
		Locator lenke = fullmakt.getByRole(AriaRole.LINK);
		assertThat(lenke).hasText("bestillingsfullmakt");
		lenke.click();
		page.waitForLoadState();
		String anker = page.url().substring(page.url().indexOf('#') + 1);
		assertThat(page.locator("#" + anker)).hasText("Bestillingsfullmakt");
		assertThat(page.locator("#" + anker + " + dd")).containsText("post 23");
		assertAccessible("bevilgninger-fullmakt-fra-oppdrag");
	}
}
