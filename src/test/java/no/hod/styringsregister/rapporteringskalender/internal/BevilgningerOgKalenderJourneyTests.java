package no.hod.styringsregister.rapporteringskalender.internal;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Import;

import no.hod.styringsregister.testsupport.BrowserTest;
import no.hod.styringsregister.testsupport.BrowserTestSupport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Appropriations and the reporting calendar in a real browser, on the demo letters of 2020 and 2025; axe-clean. */
@BrowserTest
@Import(PorterForTest.class)
class BevilgningerOgKalenderJourneyTests extends BrowserTestSupport {

	@Test
	void aDeskOfficerComparesTheBudgetOf2020WithTheYearBefore() {
		login("saksbehandler");
		open("/bevilgninger");
		assertThat(page.locator("h1")).hasText("Bevilgninger");
		assertAccessible("bevilgninger");

		page.getByLabel("År").selectOption("2020");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis")).click();
		// Table 1.2 of the 2020 letter: 740.01 Driftsutgifter 1 212 918 (2019) and 1 222 348 (2020).
		assertThat(page.locator("#post-740-1")).containsText("1 222 348");
		assertThat(page.locator("#post-740-1")).containsText("1 212 918");
		assertThat(page.locator("#post-740-1")).containsText("9 430");
		assertAccessible("bevilgninger-2020");

		page.getByLabel("Kapittel").selectOption("3740");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis")).click();
		assertThat(page.locator("#post-3740-2")).containsText("20 107");
		assertThat(page.locator("#post-740-1")).hasCount(0);
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Last ned som Excel")))
			.hasAttribute("href", Pattern.compile("eksport\\.xlsx.*aar=2020.*kapittel=3740"));
		assertAccessible("bevilgninger-2020-kap3740");
	}

	@Test
	void onAPhoneTheBudgetLinesAndTheCalendarAreBlocksWithNothingOutOfSight() {
		page.setViewportSize(390, 844);
		login("saksbehandler");
		open("/bevilgninger?aar=2020&kapittel=740");
		Locator post = page.locator("#post-740-1");
		// Every amount inside the screen, each with what it is.
		for (String tekst : new String[] { "1 222 348", "1 212 918", "9 430" }) {
			Locator celle = post.locator("td", new Locator.LocatorOptions().setHasText(tekst));
			assertThat(celle).isVisible();
			var boks = celle.boundingBox();
			org.assertj.core.api.Assertions.assertThat(boks.x + boks.width).isLessThanOrEqualTo(390);
		}
		assertThat(post).containsText("Beløp 2019");
		org.assertj.core.api.Assertions.assertThat(
				(Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
		assertAccessible("bevilgninger-telefon");

		open("/rapporteringskalender?visning=maned&maned=2025-03");
		Locator rad = page.locator(".tidslinje tbody tr").first();
		org.assertj.core.api.Assertions.assertThat(rad.locator("td.hel-linje").boundingBox().width)
			.isGreaterThan(rad.boundingBox().width * 0.8);
		org.assertj.core.api.Assertions.assertThat(
				(Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
		assertAccessible("kalender-telefon");
	}

	@Test
	void anAdminMovesAMeetingInTheCalendar() {
		login("admin");
		open("/rapporteringskalender");
		assertThat(page.locator("h1")).hasText("Rapporteringskalender");
		assertAccessible("kalender-kommende");

		open("/rapporteringskalender?visning=maned&maned=2025-04");
		assertThat(page.locator("table")).containsText("Etatsstyringsmøte");
		assertThat(page.locator("table")).containsText("09:00-11:00");
		assertAccessible("kalender-april-2025");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Endre: Etatsstyringsmøte")).click();
		assertThat(page.locator("h1")).hasText("Endre kalenderoppføring");
		assertAccessible("kalender-endre");
		page.getByLabel("Dato").fill("2025-04-10");
		page.getByLabel("Tid (valgfritt)").fill("10:00-12:00");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Endringene i «Etatsstyringsmøte» er lagret.");
		assertThat(page.locator("table")).containsText("10. april 2025");
		assertThat(page.locator("table")).containsText("Endret for hånd");
		assertAccessible("kalender-flyttet");

		open("/rapporteringskalender/ny");
		assertAccessible("kalender-ny");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre")).click();
		// The browser's own required-field check stops an empty form; nothing is saved.
		assertThat(page.locator("h1")).hasText("Ny kalenderoppføring");

		open("/rapporteringskalender");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lag abonnementsadresse")).click();
		assertThat(page.getByLabel("Din abonnementsadresse")).hasValue(
				Pattern.compile(".*/api/rapporteringskalender/ical/[A-Za-z0-9_-]{43}\\.ics"));
		assertAccessible("kalender-abonnement");
	}
}
