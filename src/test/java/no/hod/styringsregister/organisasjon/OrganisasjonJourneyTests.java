package no.hod.styringsregister.organisasjon;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import no.hod.styringsregister.testsupport.BrowserTest;
import no.hod.styringsregister.testsupport.BrowserTestSupport;

/**
 * The organisation in a real browser on the demo data (Helsedirektoratet's organisation imported at start): the tree,
 * a unit's page, and the admin's pages; axe-clean.
 */
@BrowserTest
class OrganisasjonJourneyTests extends BrowserTestSupport {

	@Test
	void aDeskOfficerBrowsesTheTreeAndAUnit() {
		login("saksbehandler");
		open("/organisasjon");
		assertThat(page.locator("h1")).hasText("Organisasjon");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Global helse"))).isVisible();
		assertThat(page.locator(".org-avdeling").filter(new com.microsoft.playwright.Locator.FilterOptions()
			.setHasText("Miljø og helse"))).containsText("Avdelingsdirektør: Jakob Linhave");
		assertAccessible("organisasjon");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Global helse")).click();
		assertThat(page.locator("h1")).hasText("Global helse");
		assertThat(page.locator("main")).containsText("Kontaktpunkt EUs helseprogram");
		assertAccessible("organisasjon-enhet");
	}

	@Test
	void anAdminRenamesAUnitReviewsAnImportAndSeesWhyUnitsAreOnlyDeactivated() {
		login("admin");
		open("/admin/organisasjon");
		assertThat(page.locator("main")).containsText("Enheter slettes aldri");
		assertAccessible("organisasjon-admin");

		// a department of its own, so the demo data other journeys read stays as it is
		page.locator("#avd-divisjon").selectOption("Divisjon folkehelse");
		page.locator("#avd-navn").fill("Reiseavdelingen");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Legg til avdeling")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Avdelingen «Reiseavdelingen» er lagt til");
		// Refused (the name is taken there): the page again with the reason, and what was typed still in the form.
		page.locator("#avd-divisjon").selectOption("Divisjon folkehelse");
		page.locator("#avd-navn").fill("Reiseavdelingen");
		page.locator("#avd-leder").fill("Kari Nordmann");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Legg til avdeling")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Det finnes allerede en enhet som heter «Reiseavdelingen»");
		assertThat(page.locator("#avd-navn")).hasValue("Reiseavdelingen");
		assertThat(page.locator("#avd-leder")).hasValue("Kari Nordmann");
		assertThat(page.locator("#avd-divisjon option:checked")).hasText("Divisjon folkehelse");
		assertAccessible("organisasjon-admin-avvist");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Reiseavdelingen").setExact(true)).click();
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Deaktiver"))).isVisible();
		assertThat(page.locator("main")).containsText("Enheter kan ikke slettes, bare deaktiveres.");
		assertAccessible("organisasjon-enhet-skjema");
		page.getByLabel("Navn", new Page.GetByLabelOptions().setExact(true)).fill("Reiseavdelingen omdøpt");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Endringene er lagret.");
		assertThat(page.locator("main")).containsText("Tidligere navn");
		assertThat(page.locator("main")).containsText("Reiseavdelingen");

		open("/admin/organisasjon/import");
		page.getByLabel("Etat").selectOption("Helsedirektoratet");
		page.getByLabel("Fil").setInputFiles(Path.of("src/test/resources/seeds/organisering-helsedirektoratet.txt"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Les filen")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dette forsto registeret")))
			.isVisible();
		assertAccessible("organisasjon-import-forhandsvisning");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Avbryt uten å lagre")).click();

		open("/admin/organisasjon/departementsavdelinger");
		assertThat(page.getByLabel("Navn FHA")).hasValue("Folkehelseavdelingen");
		assertAccessible("departementsavdelinger");
	}
}
