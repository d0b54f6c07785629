package no.hod.styringsregister.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;

import no.hod.styringsregister.testsupport.BrowserTest;
import no.hod.styringsregister.testsupport.BrowserTestSupport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** On a phone the header leaves the screen to the page, with every menu link still in view and usable. */
@BrowserTest
class ToppPaTelefonJourneyTests extends BrowserTestSupport {

	@Test
	void onAPhoneThePagesHeadingIsNearTheTopAndEveryMenuLinkIsInView() {
		page.setViewportSize(375, 800);
		// The admin has the most menu links and a clearance badge in the header.
		login("admin");
		open("/oppdrag");
		double overskrift = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Oppdrag")
			.setLevel(1)).boundingBox().y;
		assertThat(overskrift).isLessThan(200.0);

		Locator lenker = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hovedmeny"))
			.getByRole(AriaRole.LINK);
		assertThat(lenker.allTextContents()).containsExactly("Oppdrag", "Tildelingsbrev", "Bevilgninger",
				"Rapporteringskalender", "Instrukser", "Organisasjon", "Rapporter", "Administrasjon");
		for (Locator lenke : lenker.all()) {
			assertThat(lenke).isVisible();
			BoundingBox boks = lenke.boundingBox();
			assertThat(boks.x).as(lenke.textContent()).isGreaterThanOrEqualTo(0.0);
			assertThat(boks.x + boks.width).as(lenke.textContent()).isLessThanOrEqualTo(375.0);
			// Tall enough to hit with a finger (WCAG 2.2's 24 px).
			assertThat(boks.height).as(lenke.textContent()).isGreaterThanOrEqualTo(24.0);
		}
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg ut"))).isInViewport();
		assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
		assertAccessible("topp-telefon");

		// The last link works from the keyboard like any other.
		lenker.last().focus();
		page.keyboard().press("Enter");
		assertThat(page).hasURL(url("/admin"));

		// On a wide screen the header is as it was: the owner's name under the register's.
		page.setViewportSize(1280, 900);
		assertThat(page.locator(".merke-under")).isVisible();
	}
}
