package no.hod.styringsregister.instrukser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import no.hod.styringsregister.testsupport.BrowserTest;
import no.hod.styringsregister.testsupport.BrowserTestSupport;

/**
 * Instructions in a real browser on the demo data (both seed instructions imported at start): the overview, reading
 * with the table of contents, "in force on date", search, comparison and the admin's import with review; axe-clean.
 */
@BrowserTest
class InstrukserJourneyTests extends BrowserTestSupport {

	@Test
	void aDeskOfficerReadsSearchesAndAsksWhatWasInForce() {
		login("saksbehandler");
		open("/instrukser");
		assertThat(page.locator("h1")).hasText("Instrukser");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Instruks for Helsedirektoratet")))
			.isVisible();
		assertThat(page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Hovedinstruks for Statens helsetilsyn"))).isVisible();
		assertAccessible("instrukser");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hovedinstruks for Statens helsetilsyn"))
			.click();
		assertThat(page.locator("h1")).hasText("Hovedinstruks for Statens helsetilsyn");
		page.locator("nav.instr-innhold").getByRole(AriaRole.LINK,
				new Locator.GetByRoleOptions().setName("3.1 Tilsynsmyndighetene")).click();
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*#punkt-3-1$"));
		assertThat(page.locator("#punkt-3-1")).containsText("Tilsynsmyndighetene");
		assertAccessible("instruks-lesevisning");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Alle versjoner for Statens helsetilsyn"))
			.click();
		page.getByLabel("Dato").fill("2025-06-01");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis")).click();
		// the 2025 instruction comes into force 1 January 2026; no earlier version is in the register
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Ingen instruks for Statens helsetilsyn var i kraft "
				+ "1. juni 2025");
		assertAccessible("instruks-etat");
		String etat = page.url().replaceAll(".*/instrukser/etat/(\\d+).*", "$1");

		open("/instrukser");
		page.getByLabel("Søk i instruksene").fill("internrevisjon");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Søk")).click();
		assertThat(page.locator(".instr-treff li").first()).containsText("internrevisjon");
		assertAccessible("instruks-sok");
		page.locator(".instr-treff h2 a").first().click();
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/instrukser/\\d+#punkt-[0-9-]+$"));

		// One version of each agency's instruction in the demo data: nothing to compare, and the page says why
		// rather than diff two agencies' texts.
		open("/instrukser/sammenlign?etat=" + etat);
		assertThat(page.locator(".tom-tilstand")).containsText("Registeret har bare én versjon av instruksen for "
				+ "Statens helsetilsyn.");
		assertThat(page.getByLabel("Eldre versjon")).hasCount(0);
		assertAccessible("instruks-sammenlign");
	}

	@Test
	void aDeskOfficerCitesASectionFromAnAssignmentAndTheInstructionShowsTheAssignment() {
		login("saksbehandler");
		open("/oppdrag/TB2025-5");
		assertThat(page.getByText("Oppdraget viser ikke til noe punkt i instruksen.")).isVisible();
		page.getByLabel("Vis til et punkt i instruksen").selectOption(new com.microsoft.playwright.options.SelectOption()
			.setLabel("3 Helsedirektoratets interne styring"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre henvisning")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Henvisningen til instruksen er lagret.");
		assertAccessible("oppdrag-instrukshenvisning");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Punkt 3 Helsedirektoratets interne styring"))
			.click();
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/instrukser/\\d+#punkt-3$"));
		Locator henvisninger = page.locator(".instr-punkt:has(#punkt-3) > .instr-henvisninger");
		assertThat(henvisninger).containsText("TB2025-5 (2025)");
		assertAccessible("instruks-med-henvisning");
		henvisninger.getByRole(AriaRole.LINK).first().click();
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/oppdrag/TB2025-5$"));
	}

	@Test
	void anAdminUploadsAnInstructionReviewsItAndCancels() {
		login("admin");
		open("/instrukser");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Importer instruks")).click();
		assertAccessible("instruks-import");
		page.getByLabel("Fil").setInputFiles(Path.of("src/test/resources/seeds/hovedinstruks-statens-helsetilsyn-2025.txt"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Les filen")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dette forsto registeret")))
			.isVisible();
		assertThat(page.getByLabel("Tittel")).hasValue("Hovedinstruks for Statens helsetilsyn");
		assertThat(page.getByLabel("Gjelder fra")).hasValue("2026-01-01");
		assertThat(page.locator(".melding.suksess")).containsText("allerede importert med samme innhold");
		assertAccessible("instruks-import-forhandsvisning");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Avbryt uten å lagre")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Ingenting er lagret");
	}
}
