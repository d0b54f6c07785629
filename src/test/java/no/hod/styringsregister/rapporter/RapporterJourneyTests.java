package no.hod.styringsregister.rapporter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import no.hod.styringsregister.testsupport.BrowserTest;
import no.hod.styringsregister.testsupport.BrowserTestSupport;
import no.hod.styringsregister.web.Formats;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser with the demo users and the seed letters: the overview on the start page (chart and table, a
 * number followed to the list), the report form, an assignment opened from the report and the way back to it, the
 * printable report and its downloads, a bad date, and a lead's start page. Every page is axe-checked.
 */
@BrowserTest
class RapporterJourneyTests extends BrowserTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	/**
	 * The day the demo data was made, in Oslo: the day the context started, which is yesterday when the suite runs
	 * across midnight. The demo's rows are the register's first history.
	 */
	private LocalDate demodagen() {
		return jdbc.queryForObject(
				"SELECT (min(tidspunkt) AT TIME ZONE 'Europe/Oslo')::date FROM oppdrag_historikk", LocalDate.class);
	}

	private static String dato(LocalDate dag) {
		return DateTimeFormatter.ofPattern("d. MMMM yyyy", Formats.NORSK).format(dag);
	}

	@Test
	void aDeskOfficerReadsTheOverviewAndMakesAReport() {
		login("saksbehandler");
		open("/?agency=Helsedirektoratet&year=2025");
		Locator diagram = page.locator("svg.stolpediagram");
		assertThat(diagram).hasAttribute("role", "img");
		assertThat(page.locator("#diagram-tittel")).hasText(Pattern.compile("oppdrag per status for Helsedirektoratet i 2025"));
		assertThat(page.locator("table caption").first()).hasText("Oppdrag per status");
		assertAccessible("forside-oversikt");

		Locator alle = page.locator(".nokkeltall a").first();
		String antall = alle.locator(".tall").textContent().strip();
		alle.click();
		page.waitForURL(url -> url.contains("/oppdrag?"));
		assertThat(page.locator("h2").filter(new Locator.FilterOptions().setHasText(" oppdrag")).first())
			.hasText(antall + " oppdrag");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rapporter").setExact(true)).click();
		page.waitForURL(url -> url.endsWith("/rapporter"));
		assertAccessible("rapporter-skjema");
		page.getByLabel("År").fill("2025");
		// The seed letters were imported today: before today the register knew nothing of them, and says so.
		page.getByLabel("Status per dato").fill("2025-08-31");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis rapport")).click();
		page.waitForURL(url -> url.contains("date=2025-08-31"));
		assertThat(page.locator(".tom-tilstand")).containsText("Ingen oppdrag for Helsedirektoratet i 2025 per 31. august 2025.");
		assertAccessible("rapporter-tom");
		page.locator(".tom-tilstand a").click();
		page.waitForURL(url -> url.contains("date=" + LocalDate.now(Formats.OSLO)));
		assertThat(page.locator("h2").first()).hasText(Pattern.compile("Statusrapport: Helsedirektoratet 2025, per "));
		// The deviations on the page itself, each id a link to its assignment: the demo delayed TB2025-9 today.
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Forsinket").setExact(true)))
			.isVisible();
		assertThat(page.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setName(Pattern.compile("^Fristen er passert uten levering")))).isVisible();
		Locator forsinket = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("TB2025-9").setExact(true));
		assertThat(forsinket).hasAttribute("href",
				Pattern.compile("/oppdrag/TB2025-9\\?liste=/rapporter\\?agency%3D\\d+%26year%3D2025%26date%3D"));
		assertAccessible("rapporter-valgt");

		Download pdf = page.waitForDownload(() -> page.getByText("Last ned PDF").click());
		assertThat(pdf.suggestedFilename()).endsWith(".pdf");
		Download xlsx = page.waitForDownload(() -> page.getByText("Last ned Excel").click());
		assertThat(xlsx.suggestedFilename()).endsWith(".xlsx");

		// The assignment opened from the report leads back to the same report, not to the list, at its row.
		String rapporten = page.url();
		String rad = (String) forsinket.evaluate("lenke => lenke.closest('tr').id");
		assertThat(rad).startsWith("forsinket-");
		forsinket.click();
		page.waitForURL(url -> url.contains("/oppdrag/TB2025-9?"));
		Locator tilbake = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tilbake til rapporten"));
		assertThat(tilbake).isVisible();
		tilbake.click();
		page.waitForURL(url -> url.contains("/rapporter?"));
		assertThat(page.url()).isEqualTo(rapporten + "#" + rad);
		assertThat(page.locator("tr:target")).hasId(rad);
		assertThat(page.locator("tr:target")).containsText("TB2025-9");
		assertThat(page.locator("tr:target")).isInViewport();
		assertThat(page.locator("h2").first()).hasText(Pattern.compile("Statusrapport: Helsedirektoratet 2025, per "));

		page.getByText("Utskriftsvennlig side").click();
		page.waitForURL(url -> url.contains("/rapporter/status?"));
		assertThat(page.locator("h1")).hasText("Statusrapport for oppdrag");
		assertThat(page.locator(".tittelside")).containsText("Helsedirektoratet");
		assertThat(page.locator("section.maal").first().locator("table").first()).isVisible();
		assertAccessible("rapport-utskrift");
	}

	@Test
	void onAPhoneTheStartPageFitsTheScreen() {
		page.setViewportSize(390, 844);
		login("saksbehandler");
		open("/?agency=Helsedirektoratet&year=2025");
		assertThat(page.getByText("Oppdrag per divisjon")).isVisible();
		Object breie = page.evaluate("Array.from(document.querySelectorAll('body *')).filter(e => "
				+ "e.getBoundingClientRect().right > window.innerWidth + 1).map(e => e.tagName + '.' + e.className + ' '"
				+ " + Math.round(e.getBoundingClientRect().right)).slice(0, 15).join(' | ')");
		org.assertj.core.api.Assertions.assertThat(
				(Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).as("%s", breie).isTrue();
		assertAccessible("forside-telefon");
	}

	@Test
	void onAPhoneTheReportFitsTheScreenAndStillPrintsAsTables() {
		// As a phone's browser: without a viewport it would lay the page out 980 pixels wide and shrink it.
		Browser nettleser = context.browser();
		context.close();
		context = nettleser.newContext(new Browser.NewContextOptions().setLocale("nb-NO").setViewportSize(390, 844)
			.setIsMobile(true).setHasTouch(true));
		page = context.newPage();
		page.setDefaultTimeout(15_000);
		login("saksbehandler");
		open("/rapporter/status?agency=Helsedirektoratet&year=2025");
		assertThat(page.locator("h1")).hasText("Statusrapport for oppdrag");
		org.assertj.core.api.Assertions.assertThat(page.evaluate("window.innerWidth")).isEqualTo(390);
		Object breie = page.evaluate("Array.from(document.querySelectorAll('body *')).filter(e => "
				+ "e.getBoundingClientRect().right > window.innerWidth + 1).map(e => e.tagName + '.' + e.className + ' '"
				+ " + Math.round(e.getBoundingClientRect().right)).slice(0, 15).join(' | ')");
		org.assertj.core.api.Assertions.assertThat(
				(Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).as("%s", breie).isTrue();
		// No cell's text runs out of it, «Divisjon spesialisthelsetjenester» (TB2025-44) among them.
		org.assertj.core.api.Assertions.assertThat(page.evaluate("Array.from(document.querySelectorAll('td'))"
				+ ".filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.textContent).join(' | ')")).isEqualTo("");
		assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("TB2025-44")).first())
			.containsText("Divisjon spesialisthelsetjenester");
		// Each assignment a block, its cells under their column's name.
		Locator rad = page.locator("section.maal tbody tr").first();
		assertThat(rad.locator(".kun-smal").nth(3)).hasText("Frist");
		assertThat(rad.locator(".kun-smal").nth(3)).isVisible();
		assertAccessible("rapport-telefon");

		// Printed from the phone: the tables as on paper, without the names before the cells or the links.
		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
		org.assertj.core.api.Assertions.assertThat(page.evaluate(
				"getComputedStyle(document.querySelector('section.maal tbody tr')).display")).isEqualTo("table-row");
		assertThat(rad.locator(".kun-smal").first()).isHidden();
		assertThat(page.locator(".rapport-lenker")).isHidden();
	}

	/**
	 * The browser's printout names the report on every page, from the page's data attributes through the stylesheet's
	 * page margin, with the § 22 notice exactly when the title page has it.
	 */
	@Test
	void thePrintedReportNamesItselfOnEveryPage() throws Exception {
		login("saksbehandler");
		open("/rapporter/status?agency=Helsedirektoratet&year=2025");
		String dato = page.locator(".fakta dd").nth(1).textContent().strip();
		boolean varsel = page.locator("p.advarsel").count() > 0;
		byte[] utskrift = page.pdf(new Page.PdfOptions().setPreferCSSPageSize(true));
		try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(utskrift)) {
			assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
			org.apache.pdfbox.text.PDFTextStripper tekst = new org.apache.pdfbox.text.PDFTextStripper();
			for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
				tekst.setStartPage(i);
				tekst.setEndPage(i);
				String side = tekst.getText(pdf).replaceAll("\\s+", " ");
				assertThat(side).as("side %d", i)
					.contains("Statusrapport for oppdrag · Helsedirektoratet 2025 · status per " + dato);
				assertThat(side.contains("Skal ikke deles med uvedkommende")).as("side %d", i).isEqualTo(varsel);
			}
		}
	}

	@Test
	void aBadDateIsExplainedOnTheForm() {
		login("saksbehandler");
		Page side = open("/rapporter?agency=Helsedirektoratet&year=2025&date=2025-02-30");
		assertThat(side.getByRole(AriaRole.ALERT)).containsText("Ugyldig dato «2025-02-30»");
		// The date field is marked, points to the message and has the focus (WCAG 3.3.1).
		assertThat(side.getByLabel("Status per dato")).hasAttribute("aria-invalid", "true");
		assertThat(side.getByLabel("Status per dato")).hasAttribute("aria-describedby", "rapport-feil date-hjelp");
		assertThat(side.getByLabel("Status per dato")).isFocused();
		assertThat(side.locator("[aria-invalid]")).hasCount(1);
		assertAccessible("rapporter-feil");
	}

	@Test
	void aLeadSeesTheDivisionFirst() {
		login("leder-folkehelse");
		open("/?year=2025");
		assertThat(page.locator("#min-divisjon-tittel")).hasText("Min divisjon: Divisjon folkehelse");
		assertThat(page.getByText("Trenger oppdatering")).isVisible();
		// The demo data left TB2025-11 untouched past its deadline, and delayed TB2025-9 today to a date two months
		// on: that one is due then, not on the letter's deadline it missed, and needs no update yet.
		Locator trengerOppdatering = page.locator("ul.oppdatering");
		assertThat(trengerOppdatering).containsText("TB2025-11 ");
		assertThat(trengerOppdatering).containsText("Fristen var 1. juli 2025");
		assertThat(trengerOppdatering).not().containsText("TB2025-9 ");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("1 er forsinket"))).isVisible();
		// The demo's desk officer accepted TB2025-2 today: the lead is told, before what needs an update.
		Locator svar = page.locator("ul.svar");
		assertThat(svar).containsText("TB2025-2 ");
		assertThat(svar).containsText("Godkjent");
		assertThat(svar).containsText("av Sara Saksbehandler " + dato(demodagen()) + " kl. ");
		assertThat(svar).containsText("Mottatt og gjennomgått.");
		// The demo's admin routed the division's assignments today: the lead sees them as newly routed, the ten
		// latest (other journeys in this app route their own years' assignments here too, later than the demo).
		Locator rutet = page.locator("ul.rutet").first().locator("li");
		assertThat(rutet).hasCount(10);
		assertThat(rutet.first()).containsText(Pattern.compile("TB\\d{4}-\\d+ "));
		assertThat(rutet.first()).containsText("rutet hit av Ada Admin ");
		assertAccessible("forside-leder");
	}

	@Test
	void theDemoDataLeavesDeliveriesForADeskOfficerToAccept() {
		login("saksbehandler");
		open("/");
		Locator tilGodkjenning = page.locator(".kort")
			.filter(new Locator.FilterOptions().setHas(page.getByRole(AriaRole.HEADING,
					new Page.GetByRoleOptions().setName("Leveranser til godkjenning"))));
		assertThat(tilGodkjenning.getByRole(AriaRole.LINK)).hasCount(2);
		assertThat(tilGodkjenning).containsText("TB2025-23 ");
		// Each with its division, when it was delivered and how long it has waited (the demo delivered them when the context started).
		LocalDate levert = demodagen();
		assertThat(tilGodkjenning).containsText("Divisjon folkehelse · levert " + dato(levert) + " · har ventet "
				+ (levert.equals(LocalDate.now(Formats.OSLO)) ? "under én dag" : "én dag"));
		tilGodkjenning.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("^TB2025-8 ")))
			.click();
		assertThat(page.locator("h1")).containsText("TB2025-8");
		assertThat(page.locator("main")).containsText("Rapporten er oversendt departementet.");
		assertThat(page.locator("main")).containsText("Frida Folkehelse");
	}
}
