package no.hod.styringsregister.web;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import no.hod.styringsregister.testsupport.BrowserTest;
import no.hod.styringsregister.testsupport.BrowserTestSupport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A new user's first minutes, in a real browser: login, each role, every module page, logout; all axe-clean. */
@BrowserTest
class FoundationJourneyTests extends BrowserTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	private static final List<String> MODULE_PAGES = List.of("/oppdrag", "/bevilgninger", "/rapporteringskalender",
			"/instrukser");

	@Test
	void theLoginPageIsAccessibleAndAWrongPasswordGetsAClearMessage() {
		open("/oppdrag");
		assertThat(page).hasURL(url("/login"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Logg inn"))).isVisible();
		assertAccessible("login");

		login("saksbehandler", "feil-passord");
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Feil brukernavn eller passord");
		assertAccessible("login-feil");
	}

	@ParameterizedTest
	@CsvSource({ "admin, Ada Admin, Administrator, true", "saksbehandler, Sara Saksbehandler, Saksbehandler i HOD, false",
			"saksbehandler-klarert, Kari Klarert, Saksbehandler i HOD, false",
			"leder-folkehelse, Frida Folkehelse, Divisjonsleder, false",
			"leder-spesialist, Sverre Spesialist, Divisjonsleder, false" })
	void everyDemoUserLogsInAndSeesWhatTheRoleAllows(String username, String name, String role, boolean admin) {
		login(username);
		assertThat(page).hasURL(url("/"));
		assertThat(page.locator("header")).containsText(name);
		assertThat(page.locator("header")).containsText(role);
		Locator meny = page.getByRole(AriaRole.NAVIGATION,
				new Page.GetByRoleOptions().setName("Hovedmeny"));
		assertThat(meny.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
			.setName("Administrasjon").setExact(true))).hasCount(admin ? 1 : 0);
		assertThat(meny.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
			.setName("Tildelingsbrev").setExact(true))).hasCount(1);

		open("/admin/brukere");
		if (admin) {
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Brukere"))).isVisible();
		}
		else {
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Ingen tilgang")))
				.isVisible();
		}
		open("/");
		logout();
		assertThat(page).hasURL(url("/login?utlogget"));
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Du er logget ut");
	}

	@Test
	void aDeskOfficerNavigatesToEveryModuleAndEachPageIsAccessible() {
		login("saksbehandler");
		assertAccessible("forside");
		for (String path : MODULE_PAGES) {
			open("/");
			page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hovedmeny")).getByRole(AriaRole.LINK,
					new Locator.GetByRoleOptions().setName(linkName(path))).click();
			assertThat(page).hasURL(url(path));
			assertThat(page.locator("h1")).isVisible();
			assertThat(page.locator("nav a[aria-current=page]")).hasText(linkName(path));
			assertAccessible("modul" + path.replace('/', '-'));
		}
		open("/finnes-ikke");
		assertThat(page.locator("h1")).hasText("Fant ikke siden");
		assertAccessible("feil-404");
	}

	@Test
	void anAdminManagesUsersInTheBrowser() {
		login("admin");
		open("/admin");
		assertAccessible("admin");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Brukere")).click();
		assertAccessible("admin-brukere");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ny bruker")).click();
		assertAccessible("admin-ny-bruker");
		page.getByLabel("Brukernavn").fill("ny-saksbehandler");
		page.getByLabel("Navn", new Page.GetByLabelOptions().setExact(true)).fill("Nora Ny");
		page.getByLabel("Rolle").selectOption("HOD_SAKSBEHANDLER");
		page.getByLabel("Passord").fill("et-langt-passord");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("ny-saksbehandler");
		assertThat(page.locator("table")).containsText("Nora Ny");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("ny-saksbehandler")).click();
		assertAccessible("admin-endre-bruker");
		logout();
		login("ny-saksbehandler", "et-langt-passord");
		assertThat(page.locator("header")).containsText("Nora Ny");
	}

	@Test
	void anAdminLiftsTheLockOnANetworkAddress() {
		// The browser context lifts the address limit (every test signs in from 127.0.0.1): the lock is put in place.
		jdbc.update("INSERT INTO innloggingsforsok_adresse (adresse, mislykket, forste_mislykket, sperret_til) "
				+ "VALUES ('198.51.100.7', 23, now(), now() + interval '15 minutes')");
		try {
			login("admin");
			open("/admin/brukere");
			Locator sperrer = page.locator("table").filter(new Locator.FilterOptions().setHasText("198.51.100.7"));
			assertThat(sperrer.locator("tbody tr")).hasCount(1);
			assertThat(sperrer.locator("tbody td").nth(1)).hasText("23");
			assertThat(sperrer.locator("tbody td").nth(2)).containsText(" kl. ");
			assertAccessible("admin-adressesperrer");
			sperrer.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Opphev sperren 198.51.100.7"))
				.click();
			assertThat(page.getByRole(AriaRole.STATUS)).hasText(
					"Sperren for adressen 198.51.100.7 er opphevet. Innlogging derfra er mulig igjen.");
			assertThat(page.getByText("Ingen nettverksadresser er sperret nå.")).isVisible();
		}
		finally {
			jdbc.update("DELETE FROM innloggingsforsok_adresse WHERE adresse = '198.51.100.7'");
		}
	}

	private static String linkName(String path) {
		return switch (path) {
			case "/oppdrag" -> "Oppdrag";
			case "/bevilgninger" -> "Bevilgninger";
			case "/rapporteringskalender" -> "Rapporteringskalender";
			default -> "Instrukser";
		};
	}
}
