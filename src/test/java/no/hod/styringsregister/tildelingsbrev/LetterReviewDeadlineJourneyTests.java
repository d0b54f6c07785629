package no.hod.styringsregister.tildelingsbrev;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;

import no.hod.styringsregister.testsupport.BrowserTest;
import no.hod.styringsregister.testsupport.BrowserTestSupport;
import no.hod.styringsregister.testsupport.TestDocuments;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A deadline typed on the review as the app writes dates is taken; one that cannot be read is named once, its field
 * marked and reachable from the list of problems, among the letter's 72 rows.
 */
@BrowserTest
class LetterReviewDeadlineJourneyTests extends BrowserTestSupport {

	/** A year no other test imports; the draft is cancelled at the end. */
	private static final String LETTER = TestDocuments.seed("tildelingsbrev-helsedirektoratet-2025.txt")
		.replace("2025", "2012");

	@Test
	void aWrittenDeadlineIsSavedAndAnUnreadableOneIsMarkedAndLinked() {
		login("admin");
		open("/tildelingsbrev");
		page.getByLabel("Fil med tildelingsbrev").setInputFiles(new FilePayload("tildelingsbrev-2012.txt",
				"text/plain", LETTER.getBytes(StandardCharsets.UTF_8)));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Last opp og se gjennom")).click();
		assertThat(page.locator("h1")).hasText("Se gjennom før import");
		String utkast = page.url();
		try {
			// The letter gives TB2012-37, the 37th row, no deadline.
			assertThat(page.locator("main")).containsText("Fant ingen frist for oppdrag TB2012-37.");
			// Named by the assignment's id, not its row.
			Locator frister = page.getByLabel("Frister TB2012-37", new Page.GetByLabelOptions().setExact(true));
			assertThat(frister).hasValue("");

			frister.fill("1. november 2012");
			lagre();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Rettingene er lagret");
			// Stored in the draft: opened anew, the review has it in the typed form the help text names.
			page.navigate(utkast);
			assertThat(frister).hasValue("01.11.2012");
			assertThat(page.locator("main"))
				.containsText("Fant ingen frist for oppdrag TB2012-37 i brevet; fristen er skrevet inn i gjennomgangen.");
			assertThat(frister).not().hasAttribute("aria-invalid", "true");

			frister.fill("1. novembr 2012");
			lagre();
			String problem = "Fristen «1. novembr 2012» for oppdrag TB2012-37 kan ikke leses som en dato. Skriv dag, "
					+ "måned og år, for eksempel 31. desember 2012 eller 31.12.2012, og skill flere frister med komma.";
			Locator feil = page.getByRole(AriaRole.ALERT);
			assertThat(feil).containsText("Rettingene ble ikke lagret.");
			assertThat(feil.getByRole(AriaRole.LISTITEM)).hasText(problem);
			// The page opens at the list of problems.
			assertThat(feil).isFocused();
			// What was typed is kept, the field marked and described by the problem.
			assertThat(frister).hasValue("1. novembr 2012");
			assertThat(frister).hasAttribute("aria-invalid", "true");
			assertThat(frister).hasAccessibleDescription(
					problem + " Frister skrives som 31.12.2012 eller 31. desember 2012, flere skilles med komma.");
			// No other row is marked.
			assertThat(page.locator("[aria-invalid=true]")).hasCount(1);

			// The problem leads to the field.
			feil.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(problem)).click();
			assertThat(page).hasURL(Pattern.compile("#oppdrag-37-frister$"));
			assertThat(page.locator(":target")).hasAttribute("aria-label", "Frister TB2012-37");

			// Confirmed with the deadline still unreadable: nothing imported, the list of problems in focus again.
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bekreft og importer")).click();
			page.waitForLoadState();
			assertThat(feil).containsText("Brevet ble ikke importert.");
			assertThat(feil).isFocused();
			assertThat(frister).hasAttribute("aria-invalid", "true");
		}
		finally {
			// Left open, the draft would be listed on the letters page, which another test finds empty.
			page.navigate(utkast);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Avbryt importen")).click();
		}
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Ingenting ble lagret");
	}

	private void lagre() {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre rettinger")).click();
		page.waitForLoadState();
	}
}
