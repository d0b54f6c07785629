package no.hod.styringsregister.instrukser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.testsupport.BrowserTest;
import no.hod.styringsregister.testsupport.BrowserTestSupport;

/**
 * Instructions in a real browser on the demo data (both seed instructions imported at start): the overview, reading
 * with the table of contents, "in force on date", search, comparison and the admin's import with review; axe-clean.
 */
@BrowserTest
class InstrukserJourneyTests extends BrowserTestSupport {

	@Autowired
	InstruksImport importer;

	@Autowired
	InstruksQueries instrukser;

	@Autowired
	OrganisasjonService organisasjon;

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
	void aDeskOfficerComparesTwoAmendmentsAndSearchesTheVersionInForce() {
		// An agency of its own: a second Helsedirektoratet version would change what the other journeys cite.
		String etat = "Instruksetat " + UUID.randomUUID().toString().substring(0, 8);
		login("admin");
		open("/admin/organisasjon");
		page.locator("#etat-navn").fill(etat);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrer etat")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Etaten «" + etat + "» er lagt til.");
		logout();
		String ord = "journeyord" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
		String original = InstruksFixtur.hdirAs(etat)
			.replace("Formålet med instruksen er", "Formålet med instruksen om " + ord + " er");
		importAsAdmin(original);
		importAsAdmin(original.replace("justert 20. mai 2019", "justert 3. mars 2026")
			.replace("veiledere og kvalitetsindikatorer fastsatt", "veiledere, kvalitetsindikatorer og KI-retningslinjer "
					+ "fastsatt"));
		long etatId = organisasjon.etatByName(etat).orElseThrow().id();
		List<InstruksVersjon> versjoner = instrukser.versjoner(etatId);
		int punkter = instrukser.punkter(versjoner.get(1).id()).size();

		login("saksbehandler");
		open("/instrukser/sammenlign?fra=" + versjoner.get(1).id() + "&til=" + versjoner.get(0).id());
		// One section reworded: it stands open, the others are folded to their headings.
		assertThat(page.getByText("1 endret, 0 lagt til, 0 fjernet, " + (punkter - 1) + " uendret.")).isVisible();
		assertThat(page.locator("details.instr-endring-uendret")).hasCount(punkter - 1);
		assertThat(page.locator("details.instr-endring-uendret[open]")).hasCount(0);
		Locator endret = page.locator(".instr-endring-endret");
		assertThat(endret).hasCount(1);
		assertThat(endret.locator("ins").first()).containsText("satt inn:");
		assertThat(endret.locator("del").first()).containsText("slutt på slettet");
		Locator forste = page.locator("details.instr-endring-uendret").first();
		forste.locator("summary").click();
		assertThat(forste).hasAttribute("open", "");
		assertThat(forste.locator(".instr-diff-tekst")).isVisible();
		assertAccessible("instruks-sammenlign-endringer");

		open("/instrukser/sok?q=" + ord);
		assertThat(page.locator(".instr-treff li")).hasCount(1);
		assertThat(page.locator(".instr-treff li .merkelapp")).hasText("Gjeldende");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vis også treff i erstattede versjoner")).click();
		assertThat(page.locator(".instr-treff li .merkelapp")).hasText(new String[] { "Gjeldende", "Erstattet" });
		assertThat(page.getByLabel("Ta med erstattede versjoner")).isChecked();
		assertAccessible("instruks-sok-erstattede");
	}

	/** As the demo data imports at start-up: through the module's API, as the admin. */
	private void importAsAdmin(String tekst) {
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("admin", null, "ROLE_ADMIN"));
		try {
			importer.importer("instruks.txt", tekst.getBytes(StandardCharsets.UTF_8));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	@Test
	void aDeskOfficerCitesASectionFromAnAssignmentAndTheInstructionShowsTheAssignment() {
		login("saksbehandler");
		open("/oppdrag/TB2025-5");
		assertThat(page.getByText("Oppdraget viser ikke til noe punkt i instruksen.")).isVisible();
		page.getByLabel("Legg til henvisning til et punkt").selectOption(new com.microsoft.playwright.options.SelectOption()
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
