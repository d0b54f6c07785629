package no.hod.styringsregister.tildelingsbrev;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import no.hod.styringsregister.testsupport.BrowserTest;
import no.hod.styringsregister.testsupport.BrowserTestSupport;
import no.hod.styringsregister.testsupport.TestDocuments;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** An admin imports a letter in the browser: upload, review, correct, confirm; or cancel and nothing is written. */
@BrowserTest
class LetterImportJourneyTests extends BrowserTestSupport {

	private static final String FULL_2026 = TestDocuments.resource("/letters/tildelingsbrev-full-2026.txt");

	private void upload(String name, byte[] content) {
		open("/tildelingsbrev");
		page.getByLabel("Fil med tildelingsbrev").setInputFiles(new FilePayload(name, "application/octet-stream", content));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Last opp og se gjennom")).click();
		page.waitForLoadState();
	}

	@Test
	void anAdminUploadsAPdfReviewsCorrectsAndConfirms() {
		login("admin");
		open("/admin");
		page.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Tildelingsbrev")).click();
		assertAccessible("tildelingsbrev-liste");

		upload("tildelingsbrev-2026.pdf", TestDocuments.pdf(FULL_2026));
		assertThat(page.locator("h1")).hasText("Se gjennom før import");
		// The year as a year: not «2 026» (a number's grouping), whatever the file is called.
		assertThat(page.locator(".ingress")).containsText("som tildelingsbrev for Helsedirektoratet for 2026.");
		assertAccessible("tildelingsbrev-forhandsvisning");

		page.getByLabel("Tittel TB2026-1", new Page.GetByLabelOptions().setExact(true))
			.fill("Rettet tittel fra gjennomgangen");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre rettinger")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Rettingene er lagret");
		assertThat(page.getByLabel("Tittel TB2026-1", new Page.GetByLabelOptions().setExact(true)))
			.hasValue("Rettet tittel fra gjennomgangen");

		// A correction typed but not saved goes with the confirmation, not lost.
		page.getByLabel("Tittel TB2026-2", new Page.GetByLabelOptions().setExact(true)).fill("Rettet uten å lagre først");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bekreft og importer")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Brevet er importert");
		assertThat(page.locator("h1")).containsText("Tildelingsbrev 2026");
		assertAccessible("tildelingsbrev-brev");
		// The current file in the letter's facts, and the same file again on its import in «Importhistorikk».
		assertThat(page.locator("dl").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
			.setName("tildelingsbrev-2026.pdf"))).hasAttribute("href", Pattern.compile("/tildelingsbrev/\\d+/fil$"));
		assertThat(page.getByLabel("Importhistorikk").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
			.setName("tildelingsbrev-2026.pdf"))).hasAttribute("href", Pattern.compile("/fil\\?import=\\d+$"));

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Oppdragene fra brevet")).click();
		assertThat(page.locator("main")).containsText("Rettet tittel fra gjennomgangen");
		assertThat(page.locator("main")).containsText("Rettet uten å lagre først");

		// From the assignment back to the letter it came from.
		open("/oppdrag/TB2026-1");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tildelingsbrevet for 2026 til Helsedirektoratet"))
			.click();
		assertThat(page.locator("h1")).containsText("Tildelingsbrev 2026");
	}

	@Test
	void onAPhoneTheReviewTablesFieldsShowWhatTheyHold() {
		page.setViewportSize(390, 844);
		login("admin");
		// A year no other test imports; the draft is cancelled at the end.
		upload("tildelingsbrev-2037.txt", FULL_2026.replace("2026", "2037").getBytes(StandardCharsets.UTF_8));
		assertThat(page.locator("h1")).hasText("Se gjennom før import");
		try {
			assertThat(page.locator("#frister-hjelp")).hasText("Frister skrives som 31.12.2037 eller 31. desember 2037, flere skilles "
					+ "med komma.");

			Locator id = page.getByLabel("Id TB2037-1", new Page.GetByLabelOptions().setExact(true));
			assertThat(id).hasValue("TB2037-1");
			// The table scrolls sideways rather than squeezing its fields: the whole id is in view in its field, and
			// every field of the first rows is wide enough to read.
			assertThat((Boolean) id.evaluate("e => e.scrollWidth <= e.clientWidth")).as("the id is not cut").isTrue();
			// A budget line's fields are named by the line as read, not by the row's number.
			String linje = "kap. " + page.locator("#budsjett-1-kapittel").inputValue() + " post "
					+ String.format("%02d", Integer.parseInt(page.locator("#budsjett-1-post").inputValue()));
			assertThat(page.locator("#budsjett-1-dropp")).hasAttribute("aria-label", "Ta ut budsjettlinje " + linje);
			for (String felt : new String[] { "Id TB2037-1", "Avdeling i HOD TB2037-1", "Tittel TB2037-1", "Frister TB2037-1",
					"Kap., " + linje, "Post, " + linje, "Navn, " + linje, "Beløp (1 000 kr), " + linje }) {
				double bredde = page.getByLabel(felt, new Page.GetByLabelOptions().setExact(true)).boundingBox().width;
				assertThat(bredde).as(felt).isGreaterThanOrEqualTo(100.0);
			}
			assertAccessible("tildelingsbrev-forhandsvisning-telefon");
		}
		finally {
			// Left open, the draft would be listed on the letters page, which another test finds empty.
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Avbryt importen")).click();
		}
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Ingenting ble lagret");
	}

	/**
	 * The review form sent back untouched, as a browser sends it, through the server: the 2020 letter's form has over
	 * 1 000 fields (Tomcat's default limit), and the 2025 letter has a budget line without a name.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "tildelingsbrev-helsedirektoratet-2020.txt", "tildelingsbrev-helsedirektoratet-2025.txt" })
	void aSeedLetterAsItIsIsConfirmedThroughTheForm(String seed) {
		login("admin");
		upload(seed, TestDocuments.seed(seed).getBytes(StandardCharsets.UTF_8));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bekreft og importer")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Brevet er importert");
	}

	@Test
	void cancellingWritesNothingAndABadFileGetsAMessage() {
		login("admin");
		upload("handleliste.txt", "Melk\nBrød\n".getBytes(StandardCharsets.UTF_8));
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("tildelingsbrev");
		assertAccessible("tildelingsbrev-feil");

		// A year no other test imports, so the check below does not depend on the order of the tests.
		String letter2031 = FULL_2026.replace("2026", "2031");
		upload("tildelingsbrev-2031.txt", letter2031.getBytes(StandardCharsets.UTF_8));
		assertThat(page.locator(".ingress")).containsText("2031");
		// Left without confirming or cancelling: the letters page leads back to it.
		open("/tildelingsbrev");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Fortsett gjennomgangen av tildelingsbrev-2031.txt"))
			.click();
		assertThat(page.locator(".ingress")).containsText("2031");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Avbryt importen")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Ingenting ble lagret");
		assertThat(page.locator("main")).not().containsText("2031");
		assertThat(page.locator("main")).not().containsText("Påbegynte importer");

		upload("tom.pdf", new byte[0]);
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Filen «tom.pdf» er tom. Velg filen med tildelingsbrevet.");
	}

	@Test
	void deskOfficersSeeTheLettersButCannotUpload() {
		login("saksbehandler");
		// The menu leads to the letters, and so do the start page's shortcuts.
		open("/");
		assertThat(page.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Tildelingsbrev")
			.setExact(true))).isVisible();
		page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hovedmeny"))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Tildelingsbrev").setExact(true)).click();
		assertThat(page.locator("h1")).hasText("Tildelingsbrev");
		assertAccessible("tildelingsbrev-liste-uklarert");
		assertThat(page.getByLabel("Fil med tildelingsbrev")).hasCount(0);
		assertThat(page.locator("table")).containsText("2025");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("2025")).first().click();
		assertThat(page.locator("main")).containsText("kan bare lastes ned av klarerte brukere");
		// A goal's steering parameters, as the letter lists them under it.
		page.locator(".malliste details summary").first().click();
		assertThat(page.locator(".malliste details").first())
			.containsText("Antall kommuner som har et oversiktsdokument for gjeldende kommunestyreperiode");
		assertAccessible("tildelingsbrev-brev-uklarert");
		// The letter's calendar: its year, not the next 30 days, which for an earlier year's letter are empty.
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rapporteringskalenderen")).click();
		assertThat(page.locator("main")).containsText("januar 2025");
	}
}
