package no.hod.styringsregister.testsupport;

import java.util.Optional;

import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The accessibility check of every browser journey ({@link BrowserTestSupport#assertAccessible}) finds what it is
 * there to find: a page with a missing alternative text, a field without a label and text of too little contrast
 * fails it, the same page without them passes.
 */
@Tag("browser")
class AxeSjekkTests {

	private static final String MED_FEIL = """
			<!doctype html><html lang="nb"><head><title>Prøve</title></head><body><main><h1>Prøve</h1>
			<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
			<p style="color:#bbbbbb;background:#ffffff">Lys grå tekst på hvitt</p>
			<input type="text" name="navn">
			</main></body></html>""";

	private static final String UTEN_FEIL = """
			<!doctype html><html lang="nb"><head><title>Prøve</title></head><body><main><h1>Prøve</h1>
			<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Prikk">
			<p style="color:#333333;background:#ffffff">Mørk tekst på hvitt</p>
			<label for="navn">Navn</label><input type="text" id="navn" name="navn">
			</main></body></html>""";

	@Test
	void findsWhatItIsThereToFind() {
		Optional<Browsers.Launched> browser = Browsers.launch();
		if (browser.isEmpty()) {
			if (Browsers.required()) {
				fail("REQUIRE_BROWSER=true, men ingen Chromium kunne startes. Se loggen over.");
			}
			Assumptions.abort("Ingen nettleser tilgjengelig.");
		}
		Browsers.Launched launched = browser.get();
		try {
			Page page = launched.browser().newPage();
			page.setContent(MED_FEIL);
			assertThat(BrowserTestSupport.wcagBrudd(page)).extracting(Rule::getId)
				.contains("image-alt", "label", "color-contrast");
			page.setContent(UTEN_FEIL);
			assertThat(BrowserTestSupport.wcagBrudd(page)).isEmpty();
		}
		finally {
			launched.browser().close();
			launched.playwright().close();
		}
	}
}
