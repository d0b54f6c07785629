package no.hod.styringsregister.web;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import no.hod.styringsregister.testsupport.BrowserTest;
import no.hod.styringsregister.testsupport.BrowserTestSupport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a blind screen-reader user found that axe did not: a refused login, form or upload opens at what went wrong
 * and says so in the title, fields say what they need, and the title tells apart the views a page can show. Reads
 * only: every form here is refused.
 */
@BrowserTest
class SkjermleserJourneyTests extends BrowserTestSupport {

	private static final String APP = " – Styringsregister";

	@Test
	void aRefusedLoginOpensAtTheMessageAndKeepsTheUserName() {
		open("/login");
		page.getByLabel("Brukernavn").fill("admin");
		page.getByLabel("Passord").fill("feil-passord");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg inn")).click();

		Locator melding = page.locator("#login-feil");
		assertThat(melding).hasText("Feil brukernavn eller passord. Prøv igjen.");
		assertThat(melding).isFocused();
		assertThat(page).hasTitle("Feil: Logg inn" + APP);
		assertThat(page.getByLabel("Brukernavn")).hasValue("admin");
		assertThat(page.getByLabel("Passord")).hasValue("");
		for (String felt : new String[] { "#username", "#password" }) {
			assertThat(page.locator(felt)).hasAttribute("aria-invalid", "true");
			assertThat(page.locator(felt)).hasAttribute("aria-describedby", "login-feil");
		}

		// Once: the page opened again is a fresh login, its title and fields unmarked.
		open("/login");
		assertThat(page).hasTitle("Logg inn" + APP);
		assertThat(page.getByLabel("Brukernavn")).hasValue("");
		assertThat(page.getByLabel("Brukernavn")).isFocused();
		assertThat(page.locator("#username")).not().hasAttribute("aria-invalid", "true");
	}

	@Test
	void theNewUserFormSaysWhatIsRequiredAndTheRulesBeforeTheyAreBroken() {
		login("admin");
		open("/admin/brukere/ny");
		for (String felt : new String[] { "#brukernavn", "#navn", "#rolle", "#passord" }) {
			assertThat(page.locator(felt)).hasAttribute("required", "");
		}
		assertThat(page.locator("#epost")).not().hasAttribute("required", "");
		assertThat(page.getByLabel("E-post (valgfritt)")).isVisible();
		// The rules, as the server checks them, are the fields' descriptions.
		assertThat(page.locator("#brukernavn")).hasAccessibleDescription(Pattern.compile("2–60 tegn: bokstavene a–z"));
		assertThat(page.locator("#passord")).hasAccessibleDescription(Pattern.compile("Minst 12"));

		page.locator("#brukernavn").fill("ikke gyldig!");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre").setExact(true)).click();
		assertThat(page).hasTitle("Feil: Ny bruker" + APP);
		assertThat(page.locator("#brukernavn")).hasAttribute("aria-invalid", "true");
		assertThat(page.locator("#brukernavn")).hasAccessibleDescription(Pattern.compile("^Brukernavnet kan bare.*2–60 tegn"));
	}

	@Test
	void aLetterSentWithoutAFileIsToldInTheFormAtTheField() {
		login("admin");
		open("/tildelingsbrev");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Last opp og se gjennom")).click();
		Locator oppsummering = page.locator("form#brev-import .melding.feil[role=alert]");
		assertThat(oppsummering).isFocused();
		assertThat(oppsummering.locator("a[href='#fil']")).hasText("Velg en fil å laste opp.");
		assertThat(page.locator("main > .melding.feil")).hasCount(0);
		assertThat(page.locator("#fil")).hasAttribute("aria-invalid", "true");
		assertThat(page.locator("#fil")).hasAccessibleDescription(Pattern.compile("^Velg en fil å laste opp\\."));
		assertThat(page).hasTitle("Feil: Tildelingsbrev" + APP);
	}

	@Test
	void theStatusReportsFormShowsNoAgencyChosenWhenItSaysChooseOne() {
		login("admin");
		open("/rapporter");
		assertThat(page.locator("main p.hjelp").filter(new Locator.FilterOptions().setHasText("Vis rapport"))).isVisible();

		open("/rapporter/status?agency=");
		assertThat(page).hasTitle("Feil: Rapporter" + APP);
		Locator etat = page.locator("#agency");
		assertThat(etat).hasValue("");
		assertThat(etat.locator("option:checked")).hasText("Velg etat");
		assertThat(etat).hasAttribute("aria-invalid", "true");
		// The prompt to choose is not said beside the message that something was chosen wrong.
		assertThat(page.locator("main p.hjelp").filter(new Locator.FilterOptions().setHasText("Vis rapport"))).hasCount(0);
	}

	@Test
	void theTitleNamesTheViewShown() {
		login("admin");
		open("/rapporteringskalender");
		assertThat(page).hasTitle(Pattern.compile("^Rapporteringskalender: Neste 30 dager" + APP + "$"));
		open("/rapporteringskalender?visning=kommende&dager=90");
		assertThat(page).hasTitle("Rapporteringskalender: Neste 90 dager" + APP);
		open("/rapporteringskalender?visning=forfalt");
		assertThat(page).hasTitle("Rapporteringskalender: Forfalte frister" + APP);
		open("/rapporteringskalender?visning=maned&maned=2025-04");
		assertThat(page).hasTitle("Rapporteringskalender: April 2025" + APP);
		assertThat(page.locator("main h2").first()).hasText("April 2025");
		String etat = page.locator("#etat option:nth-child(2)").getAttribute("value");
		String etatnavn = page.locator("#etat option:nth-child(2)").textContent().strip();
		open("/rapporteringskalender?visning=maned&maned=2025-04&etat=" + etat);
		assertThat(page).hasTitle("Rapporteringskalender: April 2025, " + etatnavn + APP);

		open("/bevilgninger?etat=" + etat + "&aar=2020");
		String bevilgninger2020 = page.title();
		open("/bevilgninger?etat=" + etat + "&aar=2025");
		assertThat(page).hasTitle("Bevilgninger: " + etatnavn + " 2025" + APP);
		assertThat(bevilgninger2020).isEqualTo("Bevilgninger: " + etatnavn + " 2020" + APP);

		open("/organisasjon");
		String organisasjon = page.title();
		open("/organisasjon?alle=true");
		assertThat(page.title()).isNotEqualTo(organisasjon).endsWith(APP);

		open("/rapporter?agency=" + etat + "&year=2025&date=2025-08-31");
		assertThat(page).hasTitle("Statusrapport: " + etatnavn + " 2025, per 31. august 2025" + APP);
	}
}
