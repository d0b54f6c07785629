package no.hod.styringsregister.brukere;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import no.hod.styringsregister.testsupport.BrowserTest;
import no.hod.styringsregister.testsupport.BrowserTestSupport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Sign-on through the identity provider in a real browser, with password login beside it (demo mode): the button on
 * the login page, the waiting page, the admin granting a role in the user form, and back in. Every page axe-clean.
 */
@BrowserTest
@TestPropertySource(properties = {
		"spring.security.oauth2.client.registration.testidp.client-id=styringsregister",
		"spring.security.oauth2.client.registration.testidp.client-secret=hemmelig",
		"spring.security.oauth2.client.registration.testidp.client-name=Testinnlogging",
		"spring.security.oauth2.client.registration.testidp.scope=openid,profile,email" })
class OidcJourneyTests extends BrowserTestSupport {

	private static final MockOAuth2Server IDP = startIdp();

	private static MockOAuth2Server startIdp() {
		MockOAuth2Server server = new MockOAuth2Server();
		server.start();
		return server;
	}

	@DynamicPropertySource
	static void idp(DynamicPropertyRegistry registry) {
		registry.add("spring.security.oauth2.client.provider.testidp.issuer-uri",
				() -> IDP.issuerUrl("hod").toString());
	}

	@AfterAll
	static void stopIdp() {
		IDP.shutdown();
	}

	@Test
	void aNewUserSignsOnWaitsForARoleAndGetsInOnceTheAdminGrantsOne() {
		open("/login");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Logg inn med Testinnlogging")))
			.isVisible();
		assertThat(page.getByLabel("Passord")).isVisible();
		assertAccessible("login-oidc");

		signOn("sub-nina", "nina.ny@hod.test", "Nina Ny");
		assertThat(page).hasURL(url("/venter"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Venter på tilgang")))
			.isVisible();
		assertThat(page.locator("main")).containsText(
				"Du er logget inn, men har ikke fått tilgang ennå. En administrator må gi deg en rolle.");
		assertThat(page.locator("header")).containsText("Nina Ny");
		assertThat(page.locator("nav")).hasCount(0);
		assertAccessible("venter");
		open("/oppdrag");
		assertThat(page.locator("main")).containsText("har ikke fått tilgang ennå");
		logout();

		login("admin");
		open("/admin/brukere");
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Én bruker venter på en rolle");
		assertThat(page.getByRole(AriaRole.ROW).filter(new com.microsoft.playwright.Locator.FilterOptions()
			.setHasText("nina.ny@hod.test"))).containsText("Venter på rolle");
		assertAccessible("brukere-venter");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("nina.ny@hod.test")).click();
		assertThat(page.getByLabel("Rolle")).hasValue("");
		assertAccessible("bruker-venter-skjema");
		page.getByLabel("Rolle").selectOption("HOD_SAKSBEHANDLER");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Endringene for «nina.ny@hod.test» er lagret.");
		logout();

		signOn("sub-nina", "nina.ny@hod.test", "Nina Ny");
		assertThat(page).hasURL(url("/"));
		assertThat(page.locator("header")).containsText("Nina Ny");
		assertThat(page.locator("header")).containsText("Saksbehandler i HOD");
		open("/oppdrag");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Venter på tilgang")))
			.hasCount(0);
	}

	private void signOn(String subject, String brukernavn, String navn) {
		IDP.enqueueCallback(new DefaultOAuth2TokenCallback("hod", subject, "JWT", List.of("styringsregister"),
				Map.of("preferred_username", brukernavn, "name", navn), 3600));
		open("/login");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Logg inn med Testinnlogging")).click();
		page.waitForLoadState();
	}
}
