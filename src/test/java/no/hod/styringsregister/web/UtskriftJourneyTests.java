package no.hod.styringsregister.web;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import no.hod.styringsregister.testsupport.BrowserTest;
import no.hod.styringsregister.testsupport.BrowserTestSupport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages printed, on the demo's data: the browser in print media at the width of an A4 page (210 mm less the
 * browser's default margins of about 1 cm each side). A printout holds no form, nor the calendar's secret
 * subscription address, and every table's columns are on the paper, none cut off at its right edge.
 */
@BrowserTest
class UtskriftJourneyTests extends BrowserTestSupport {

	static final int A4_BREDDE = 718;

	/** The form controls a reader would see on the paper. */
	private static final String SYNLIGE_KONTROLLER = """
			() => [...document.querySelectorAll('input:not([type=hidden]), select, textarea, button')]
			  .filter(e => e.getClientRects().length > 0).map(e => e.outerHTML.slice(0, 100))
			""";

	/** The shown cells of the given tables that end beyond the page's right edge. */
	private static final String UTENFOR_SIDEN = """
			tabeller => [...document.querySelectorAll(tabeller)].flatMap(t => [...t.querySelectorAll('th, td')])
			  .filter(c => c.getClientRects().length > 0
			    && c.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
			  .map(c => c.textContent.trim().replace(/\\s+/g, ' ').slice(0, 40) + ' → '
			    + Math.round(c.getBoundingClientRect().right))
			""";

	@Autowired
	JdbcTemplate jdbc;

	long hdir;

	@BeforeEach
	void helsedirektoratet() {
		hdir = jdbc.queryForObject("SELECT id FROM etat WHERE navn = 'Helsedirektoratet'", Long.class);
	}

	@Test
	void theListPrintsItsRowsWithEveryColumnOnThePageAndWhatItShowsInsteadOfTheFilterForm() {
		login("admin");
		open("/oppdrag?year=2025");
		assertThat(page.locator("form[role=search]")).isVisible();
		skrivUt();

		// The admin's list has the most to hide: the filter, the boxes to choose rows by and the routing form.
		assertThat((List<?>) page.evaluate(SYNLIGE_KONTROLLER)).isEmpty();
		// The demo's year has more than a page: the paper says it holds the first page's rows.
		assertThat(page.locator("#oppdrag-treff .kun-utskrift"))
			.hasText(Pattern.compile("^Oppdrag: 2025\\. Utskriften har rad 1\u201350 av \\d+$"));
		assertThat(page.locator("table.oppdrag-tabell tbody tr").count()).isGreaterThan(10);
		Locator sisteKolonne = page.locator("table.oppdrag-tabell thead th").last();
		assertThat(sisteKolonne).hasText("Etat og år");
		assertThat(sisteKolonne.boundingBox().x + sisteKolonne.boundingBox().width).isLessThanOrEqualTo(A4_BREDDE);
		assertThat((List<?>) page.evaluate(UTENFOR_SIDEN, "table.oppdrag-tabell")).isEmpty();

		// The search field is left out too: its words are said on the line.
		open("/oppdrag?year=2025&q=vaksine");
		assertThat(page.locator("#oppdrag-treff .kun-utskrift")).hasText("Oppdrag: 2025. Søk: «vaksine»");

		// And a choice the title does not name, by its field's name; all on one page, the line says nothing of rows.
		open("/oppdrag?year=2025&deadlineFrom=2025-03-01&size=500");
		assertThat(page.locator("#oppdrag-treff .kun-utskrift")).hasText("Oppdrag: 2025. Frist fra 1. mars 2025");
	}

	@Test
	void thePrintoutSaysWhereAndWhenItWasPrintedWhichTheScreenLeavesToTheHeader() {
		login("saksbehandler");
		open("/oppdrag");
		Locator linje = page.locator(".utskriftslinje");
		assertThat(linje).isHidden();
		skrivUt();

		assertThat(linje).isVisible();
		assertThat(linje).containsText("Styringsregister, Helse- og omsorgsdepartementet. Skrevet ut "
				+ new Formats().dato(LocalDate.now(Formats.OSLO)) + " kl. ");
		// Above the page's own content, where the header stood.
		assertThat(linje.boundingBox().y).isLessThan(page.locator("h1").boundingBox().y);
	}

	@Test
	void anAssignmentPrintsWithoutItsFormsOrTheLinkToThem() {
		login("admin");
		open("/oppdrag/TB2025-4");
		assertThat(page.locator("#statusskjema")).isVisible();
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gå til statusskjemaet")))
			.isVisible();
		skrivUt();

		assertThat(page.locator("h1")).containsText("TB2025-4");
		assertThat((List<?>) page.evaluate(SYNLIGE_KONTROLLER)).isEmpty();
		assertThat(page.locator("#statusskjema")).isHidden();
		assertThat(page.locator("#kommentarskjema")).isHidden();
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gå til statusskjemaet")))
			.isHidden();
		assertThat((List<?>) page.evaluate(UTENFOR_SIDEN, "table")).isEmpty();
	}

	@Test
	void theCalendarNeverPrintsTheSubscriptionAddressAndItsColumnsFitThePage() {
		// A user no other browser test gives an address of its own: they count on having none yet.
		login("leder-folkehelse");
		open("/rapporteringskalender?visning=maned&maned=2025-10&etat=" + hdir);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lag abonnementsadresse")).click();
		page.waitForLoadState();
		String adresse = page.getByLabel("Din abonnementsadresse").inputValue();
		assertThat(adresse).contains("/rapporteringskalender/");
		open("/rapporteringskalender?visning=maned&maned=2025-10&etat=" + hdir);
		skrivUt();

		assertThat(page.locator("#abonnement-adresse")).isHidden();
		assertThat((String) page.evaluate("() => document.body.innerText")).doesNotContain(adresse);
		// What the printout shows: the filter form as a line of its chosen values.
		assertThat(page.locator("form.filter #etat")).isVisible();
		assertThat(page.locator("form.filter #etat")).hasValue(String.valueOf(hdir));
		assertThat(page.locator("table.tidslinje tbody tr").count()).isPositive();
		assertThat((List<?>) page.evaluate(UTENFOR_SIDEN, "table.tidslinje")).isEmpty();
	}

	@Test
	void theAppropriationsFitAnUprightPage() {
		login("saksbehandler");
		open("/bevilgninger?etat=" + hdir + "&aar=2025");
		skrivUt();

		assertThat(page.locator("table.bevilgning-tabell").count()).isPositive();
		assertThat((List<?>) page.evaluate(UTENFOR_SIDEN, "table")).isEmpty();
	}

	/**
	 * The appropriations print across the sheet from the first page on: with only {@code <main>} on the landscape
	 * page, the print header before it had the first sheet to itself and the table began on the second.
	 */
	@Test
	void theAppropriationsPrintOnLandscapeSheetsStartingOnTheFirst() throws Exception {
		login("saksbehandler");
		open("/bevilgninger?etat=" + hdir + "&aar=2025");
		Locator rader = page.locator("table.bevilgning-tabell tbody tr");
		List<String> poster = List.of(rader.nth(0).locator("td").first().textContent().strip(),
				rader.nth(1).locator("td").first().textContent().strip());
		String navn = rader.nth(0).locator("td").nth(1).textContent().strip().replaceAll("\\s+", " ");

		byte[] pdf = page.pdf(new Page.PdfOptions().setPreferCSSPageSize(true));
		try (PDDocument dokument = Loader.loadPDF(pdf)) {
			PDFTextStripper tekst = new PDFTextStripper();
			tekst.setStartPage(1);
			tekst.setEndPage(1);
			String forsteSide = tekst.getText(dokument).replaceAll("\\s+", " ");
			assertThat(forsteSide).contains("Skrevet ut", "Bevilgninger", poster.get(0), poster.get(1), navn);
			PDRectangle ark = dokument.getPage(0).getMediaBox();
			assertThat(ark.getWidth()).as("landscape").isGreaterThan(ark.getHeight());
		}
	}

	/** The screen's pager («Side 1 av 2») is not on the paper, which is not that page: the print line names its rows. */
	@Test
	void thePrintedListLeavesOutThePagerWhole() {
		login("saksbehandler");
		open("/oppdrag?year=2025");
		Locator sider = page.locator("nav.oppdrag-sider");
		assertThat(sider).containsText(Pattern.compile("Side 1 av \\d+"));
		skrivUt();

		assertThat(sider).isHidden();
		assertThat((String) page.evaluate("() => document.body.innerText")).doesNotContainPattern("Side \\d+ av \\d+");
		assertThat(page.locator("#oppdrag-treff .kun-utskrift")).containsText("Utskriften har rad 1\u201350 av ");
	}

	/** The start page's shortcuts are navigation, left out of the paper as the menus are. */
	@Test
	void theStartPagePrintsWithoutItsShortcuts() {
		login("saksbehandler");
		open("/");
		Locator snarveier = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Snarveier"));
		assertThat(snarveier).isVisible();
		assertThat(snarveier.locator("li")).hasCount(5);
		skrivUt();

		assertThat(snarveier).isHidden();
		assertThat(page.locator("li.kort").first()).isHidden();
		assertThat((String) page.evaluate("() => document.body.innerText")).doesNotContain("Snarveier");
	}

	/**
	 * On a cleared reader's paper the § 22 notice says the assignment's page holds exempt content, wholly or partly
	 * exempt alike, as the status report says of itself; on a page not known to hold any, that it may; an uncleared
	 * reader's paper has none.
	 */
	@Test
	void aClearedReadersPrintoutOfAnExemptAssignmentSaysItHoldsExemptContent() {
		String helt = jdbc.queryForObject("SELECT visnings_id FROM oppdrag WHERE unntak = 'WHOLE' AND aar = 2025 "
				+ "ORDER BY visnings_id LIMIT 1", String.class);
		String delvis = jdbc.queryForObject("SELECT visnings_id FROM oppdrag WHERE unntak = 'PARTS' AND aar = 2025 "
				+ "ORDER BY visnings_id LIMIT 1", String.class);
		Locator varsel = page.locator(".utskriftslinje p").nth(1);
		String inneholder = "Inneholder opplysninger unntatt offentlighet (offl. § 22). Skal ikke deles med "
				+ "uvedkommende.";
		login("saksbehandler-klarert");
		for (String id : List.of(helt, delvis)) {
			open("/oppdrag/" + id);
			skrivUt();
			assertThat(varsel).hasText(inneholder);
		}
		// The list may hold exempt content or not: it does not know for the reader.
		open("/oppdrag?year=2025");
		assertThat(varsel).hasText("Utskriften kan inneholde opplysninger unntatt offentlighet (offl. § 22). Skal ikke "
				+ "deles med uvedkommende.");

		context.clearCookies();
		// The login form is not printed: signed in on the screen.
		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
		login("saksbehandler");
		open("/oppdrag/" + helt);
		skrivUt();
		assertThat(page.locator(".utskriftslinje p")).hasCount(1);
	}

	private void skrivUt() {
		page.setViewportSize(A4_BREDDE, 1000);
		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
	}
}
