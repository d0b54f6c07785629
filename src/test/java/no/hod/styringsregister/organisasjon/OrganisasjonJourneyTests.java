package no.hod.styringsregister.organisasjon;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import no.hod.styringsregister.oppdrag.OppdragImport;
import no.hod.styringsregister.oppdrag.OppdragImport.OppdragData;
import no.hod.styringsregister.oppdrag.OppdragImport.Tekstdel;
import no.hod.styringsregister.oppdrag.OppdragImport.Unntak;
import no.hod.styringsregister.testsupport.BrowserTest;
import no.hod.styringsregister.testsupport.BrowserTestSupport;

/**
 * The organisation in a real browser on the demo data (Helsedirektoratet's organisation imported at start): the tree,
 * a unit's page, and the admin's pages; axe-clean.
 */
@BrowserTest
class OrganisasjonJourneyTests extends BrowserTestSupport {

	@Autowired
	OppdragImport oppdragImport;

	@Autowired
	OrganisasjonService organisasjon;

	@Autowired
	JdbcTemplate jdbc;

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
	void theMinistryDepartmentsFitAPhoneWithNameFieldsToReadIn() {
		page.setViewportSize(390, 844);
		login("admin");
		open("/admin/organisasjon/departementsavdelinger");
		org.assertj.core.api.Assertions
			.assertThat(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
			.as("the page does not scroll sideways")
			.isEqualTo(true);
		Number smalest = (Number) page.evaluate("Math.min(...[...document.querySelectorAll('main input[name=navn]')]"
				+ ".map(felt => felt.getBoundingClientRect().width))");
		org.assertj.core.api.Assertions.assertThat(smalest.doubleValue()).as("the narrowest name field").isGreaterThan(250);
		assertAccessible("departementsavdelinger-telefon");
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
		// Told in that form, far down the page: its summary has the focus, the name is marked and described.
		assertThat(page.locator("#ny-avdeling-feil")).isFocused();
		assertThat(page.locator("#avd-navn")).hasAttribute("aria-invalid", "true");
		assertThat(page.locator("#avd-navn")).hasAccessibleDescription(
				"Det finnes allerede en enhet som heter «Reiseavdelingen» på dette nivået.");
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
		// With an assignment routed to it, the form says what moving and deactivating do to it.
		String oppdrag = rutetTil("Reiseavdelingen omdøpt");
		page.reload();
		assertThat(page.locator("main")).containsText("1 oppdrag er rutet til avdelingen. De følger den til den nye "
				+ "divisjonen");
		assertThat(page.locator("main")).containsText("1 oppdrag som ikke er avsluttet, er rutet til enheten. De blir "
				+ "stående på den etter deaktiveringen");
		assertAccessible("organisasjon-enhet-skjema-med-oppdrag");

		open("/admin/organisasjon/import");
		page.getByLabel("Etat").selectOption("Helsedirektoratet");
		page.getByLabel("Fil").setInputFiles(Path.of("src/test/resources/seeds/organisering-helsedirektoratet.txt"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Les filen")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dette forsto registeret")))
			.isVisible();
		assertAccessible("organisasjon-import-forhandsvisning");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Avbryt uten å lagre")).click();

		// A text that moves the department to a division of its own: the review says the assignment follows, and
		// from which leads to which.
		open("/admin/organisasjon/import");
		page.getByLabel("Etat").selectOption("Helsedirektoratet");
		page.getByLabel("Fil").setInputFiles(new FilePayload("reiser.txt", "text/plain", """
				Divisjon reiser

				Reiseavdelingen omdøpt

				Avdelingen planlegger reiser.

				Avdelingsdirektør: Rita Reise
				""".getBytes(StandardCharsets.UTF_8)));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Les filen")).click();
		assertThat(page.locator("main")).containsText("1 nye, 0 endres, 1 flyttes, 0 uendret.");
		page.getByText("1 oppdrag rutet til avdelingen følger den til Divisjon reiser").click();
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(oppdrag))).isVisible();
		assertThat(page.locator("main")).containsText("Divisjonsleder i dag (Divisjon folkehelse): Frida Folkehelse.");
		assertThat(page.locator("main")).containsText("Divisjonsleder etter importen (Divisjon reiser): ingen ennå");
		assertAccessible("organisasjon-import-flytting");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Avbryt uten å lagre")).click();

		open("/admin/organisasjon/departementsavdelinger");
		assertThat(page.getByLabel("Navn FHA")).hasValue("Folkehelseavdelingen");
		assertAccessible("departementsavdelinger");
	}

	@Test
	void anAdminKeepsTheChosenAgencyOnARefusedFileAndMustTickToImportAnotherAgencysText() {
		String etat = "Reiseetat " + java.util.UUID.randomUUID().toString().substring(0, 8);
		login("admin");
		open("/admin/organisasjon");
		page.locator("#etat-navn").fill(etat);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrer etat")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Etaten «" + etat + "» er lagt til.");

		open("/admin/organisasjon/import");
		page.getByLabel("Etat").selectOption(etat);
		page.getByLabel("Fil").setInputFiles(new FilePayload("tom.txt", "text/plain", new byte[0]));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Les filen")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Filen «tom.txt» er tom. Velg filen med organisasjonsbeskrivelsen.");
		assertThat(page.locator("#etatId option:checked")).hasText(etat);

		// Helsedirektoratet's description, under the new agency: one click on confirm does not save it.
		page.getByLabel("Fil").setInputFiles(Path.of("src/test/resources/seeds/organisering-helsedirektoratet.txt"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Les filen")).click();
		assertThat(page.locator("main")).containsText("Er dette riktig etat?");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bekreft og lagre")).click();
		var likevel = page.getByLabel("Importer likevel under " + etat);
		assertThat(likevel).isFocused();
		assertThat(likevel).hasAttribute("aria-invalid", "true");
		assertThat(likevel).hasAccessibleDescription(java.util.regex.Pattern.compile(
				"^Organisasjonen ble ikke importert\\. .*kryss av for «Importer likevel under " + etat + "» og bekreft igjen\\.$"));
		assertAccessible("organisasjon-import-annen-etat-avvist");
		org.assertj.core.api.Assertions.assertThat(organisasjon.divisjoner(organisasjon.etatByName(etat).orElseThrow().id()))
			.isEmpty();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Avbryt uten å lagre")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Importen er avbrutt. Ingenting er lagret.");
	}

	/** A letter of a year no other test uses, with one assignment routed to the department of Divisjon folkehelse. */
	private String rutetTil(String avdeling) {
		Integer storst = jdbc.queryForObject("SELECT max(aar) FROM oppdrag", Integer.class);
		int aar = storst == null ? 2501 : storst + 2;
		String id = "TB" + aar + "-1";
		long etat = organisasjon.etatByName("Helsedirektoratet").orElseThrow().id();
		oppdragImport.apply(600_000 + aar, aar, etat, List.of(new OppdragData(id, "3.1", "Bedre folkehelse",
				List.of("FHA"), "Reiseplan for tilsynet", List.of(new Tekstdel("Lage en reiseplan.", false)),
				List.of(LocalDate.of(aar, 6, 30)), null, Unntak.NONE, List.of(), List.of())));
		Enhet folkehelse = organisasjon.divisjoner(etat).stream().filter(d -> d.navn().equals("Divisjon folkehelse"))
			.findFirst().orElseThrow();
		Enhet enhet = organisasjon.avdelinger(folkehelse.id()).stream().filter(a -> a.navn().equals(avdeling))
			.findFirst().orElseThrow();
		jdbc.update("UPDATE oppdrag SET divisjon_id = ?, avdeling_id = ? WHERE visnings_id = ?", folkehelse.id(),
				enhet.id(), id);
		return id;
	}
}
