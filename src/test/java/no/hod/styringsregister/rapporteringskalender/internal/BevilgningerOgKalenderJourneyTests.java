package no.hod.styringsregister.rapporteringskalender.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import no.hod.styringsregister.testsupport.BrowserTest;
import no.hod.styringsregister.testsupport.BrowserTestSupport;
import no.hod.styringsregister.web.Formats;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Appropriations and the reporting calendar in a real browser, on the demo letters of 2020 and 2025; axe-clean. */
@BrowserTest
@Import(Testporter.class)
class BevilgningerOgKalenderJourneyTests extends BrowserTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aDeskOfficerComparesTheBudgetOf2020WithTheYearBefore() {
		login("saksbehandler");
		open("/bevilgninger");
		assertThat(page.locator("h1")).hasText("Bevilgninger");
		assertAccessible("bevilgninger");

		page.getByLabel("År").selectOption("2020");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis")).click();
		// Table 1.2 of the 2020 letter: 740.01 Driftsutgifter 1 212 918 (2019) and 1 222 348 (2020).
		assertThat(page.locator("#post-740-1")).containsText("1 222 348");
		assertThat(page.locator("#post-740-1")).containsText("1 212 918");
		assertThat(page.locator("#post-740-1")).containsText("9 430");
		assertAccessible("bevilgninger-2020");

		page.getByLabel("Kapittel").selectOption("3740");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis")).click();
		assertThat(page.locator("#post-3740-2")).containsText("20 107");
		assertThat(page.locator("#post-740-1")).hasCount(0);
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Excel (xlsx)")))
			.hasAttribute("href", Pattern.compile("eksport\\.xlsx.*aar=2020.*kapittel=3740"));
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("CSV (semikolon)")))
			.hasAttribute("href", Pattern.compile("eksport\\.csv.*aar=2020.*kapittel=3740"));
		assertAccessible("bevilgninger-2020-kap3740");
	}

	/**
	 * The 2025 letter prints no amount for 2711.72 Tannbehandling. The explanation is hidden from sight, so the
	 * browser reads it as a block of its own: it must not start with a full stop left alone after a space.
	 */
	@Test
	void aLineWithoutAnAmountReadsAsOneSentenceWithItsReason() {
		login("saksbehandler");
		open("/bevilgninger?aar=2025");
		Locator belop = page.locator("#post-2711-72 td.tall > .dempet");
		String lest = ((String) belop.evaluate("celle => celle.innerText")).replaceAll("\\s+", " ").strip();
		org.assertj.core.api.Assertions.assertThat(lest).isEqualTo("ikke oppgitt (Tildelingsbrevet oppgir ikke noe "
				+ "beløp for denne posten. Summene regner posten med 0.)");
		assertAccessible("bevilgninger-2025-uten-belop");
	}

	@Test
	void onAPhoneTheBudgetLinesAndTheCalendarAreBlocksWithNothingOutOfSight() {
		page.setViewportSize(390, 844);
		login("saksbehandler");
		open("/bevilgninger?aar=2020&kapittel=740");
		Locator post = page.locator("#post-740-1");
		// Every amount inside the screen, each with what it is.
		for (String tekst : new String[] { "1 222 348", "1 212 918", "9 430" }) {
			Locator celle = post.locator("td", new Locator.LocatorOptions().setHasText(tekst));
			assertThat(celle).isVisible();
			var boks = celle.boundingBox();
			org.assertj.core.api.Assertions.assertThat(boks.x + boks.width).isLessThanOrEqualTo(390);
		}
		assertThat(post).containsText("Beløp 2019");
		org.assertj.core.api.Assertions.assertThat(
				(Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
		assertAccessible("bevilgninger-telefon");

		open("/rapporteringskalender?visning=maned&maned=2025-03");
		Locator rad = page.locator(".tidslinje tbody tr").first();
		org.assertj.core.api.Assertions.assertThat(rad.locator("td.hel-linje").boundingBox().width)
			.isGreaterThan(rad.boundingBox().width * 0.8);
		org.assertj.core.api.Assertions.assertThat(
				(Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
		assertAccessible("kalender-telefon");
	}

	@Test
	void aDeskOfficerDownloadsTheCalendarAsShownUnderANameThatSaysWhat() throws Exception {
		login("saksbehandler");
		open("/rapporteringskalender?visning=maned&maned=2025-04");
		page.getByLabel("Etat").selectOption("Helsedirektoratet");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis")).click();
		page.waitForURL(url -> url.contains("etat="));
		List<String> titler = page.locator(".tidslinje tbody td.hel-linje > span:first-child").allTextContents();
		org.assertj.core.api.Assertions.assertThat(titler).isNotEmpty();
		assertAccessible("kalender-eksport");

		String idag = LocalDate.now(Formats.OSLO).toString();
		Download xlsx = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Excel (xlsx)")).click());
		org.assertj.core.api.Assertions.assertThat(xlsx.suggestedFilename())
			.isEqualTo("rapporteringskalender-hdir-april-2025-" + idag + ".xlsx");
		try (XSSFWorkbook bok = new XSSFWorkbook(Files.newInputStream(xlsx.path()))) {
			Sheet ark = bok.getSheetAt(0);
			List<String> iFilen = new ArrayList<>();
			for (int r = 1; r <= ark.getLastRowNum(); r++) {
				iFilen.add(ark.getRow(r).getCell(3).getStringCellValue());
			}
			org.assertj.core.api.Assertions.assertThat(iFilen).as("the page's rows in its order").isEqualTo(titler);
		}

		// A Norwegian letter in the filter: the browser takes the name with it (filename*).
		page.getByLabel("Type").selectOption("Særskilt rapportering");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis")).click();
		page.waitForURL(url -> url.contains("type=SAERSKILT"));
		Download csv = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("CSV (semikolon)")).click());
		org.assertj.core.api.Assertions.assertThat(csv.suggestedFilename())
			.isEqualTo("rapporteringskalender-hdir-særskilt-rapportering-april-2025-" + idag + ".csv");
		org.assertj.core.api.Assertions.assertThat(Files.readString(csv.path(), StandardCharsets.UTF_8))
			.startsWith("\uFEFFDato;Tid;Type;Hva;").contains(";Særskilt rapportering;");
	}

	/**
	 * The view is chosen by its links; the filter form holds only the fields of the view shown, with their values, and
	 * its button keeps the view. All without script: links and a plain form. Axe needs script, so each view is checked
	 * afterwards in a browser with it.
	 */
	@Test
	void theCalendarsFormHoldsOnlyTheFieldsOfTheViewShownAndItsButtonKeepsTheView() {
		Browser browser = context.browser();
		nyKontekst(browser, false);
		Map<String, String> visninger = new LinkedHashMap<>();
		long hdir = jdbc.queryForObject("SELECT id FROM etat WHERE navn = 'Helsedirektoratet'", Long.class);
		login("saksbehandler");
		open("/rapporteringskalender?visning=maned&maned=2025-04&etat=" + hdir + "&type=SAERSKILT");
		Locator overskrift = page.locator(".rapporteringskalender h2").first();
		assertThat(overskrift).hasText("April 2025");
		skjemaetHar("visning", "maned", "etat", "type", "divisjon");
		assertThat(maanedsfelt()).hasValue("2025-04");
		assertThat(visningslenke("Måned")).hasAttribute("aria-current", "true");
		filtreneErBeholdt("Helsedirektoratet", "Særskilt rapportering");
		visninger.put("kalender-filter-maned", page.url());

		maanedsfelt().fill("2025-03");
		vis();
		assertThat(overskrift).hasText("Mars 2025");
		org.assertj.core.api.Assertions.assertThat(page.url()).contains("visning=maned", "maned=2025-03");
		assertThat(maanedsfelt()).hasValue("2025-03");
		filtreneErBeholdt("Helsedirektoratet", "Særskilt rapportering");

		// Another view keeps the filters; the month is not among its fields.
		visningslenke("Neste 90 dager").click();
		assertThat(overskrift).hasText(kommende(90));
		skjemaetHar("visning", "dager", "etat", "type", "divisjon");
		assertThat(visningslenke("Neste 90 dager")).hasAttribute("aria-current", "true");
		assertThat(visningslenke("Måned")).not().hasAttribute("aria-current", "true");
		filtreneErBeholdt("Helsedirektoratet", "Særskilt rapportering");
		visninger.put("kalender-filter-kommende", page.url());
		page.getByLabel("Type").selectOption("Oppdragsfrist");
		vis();
		org.assertj.core.api.Assertions.assertThat(page.url()).contains("visning=kommende", "dager=90", "type=FRIST");
		assertThat(overskrift).hasText(kommende(90));
		filtreneErBeholdt("Helsedirektoratet", "Oppdragsfrist");

		visningslenke("Forfalte frister").click();
		assertThat(overskrift).hasText("Forfalte frister");
		skjemaetHar("visning", "etat", "type", "divisjon");
		filtreneErBeholdt("Helsedirektoratet", "Oppdragsfrist");
		visninger.put("kalender-filter-forfalt", page.url());
		page.getByLabel("Etat").selectOption("Alle");
		vis();
		org.assertj.core.api.Assertions.assertThat(page.url()).contains("visning=forfalt").doesNotContain("etat=" + hdir);
		assertThat(overskrift).hasText("Forfalte frister");
		filtreneErBeholdt("Alle", "Oppdragsfrist");

		// From another view the month view opens at this month.
		visningslenke("Måned").click();
		YearMonth denne = YearMonth.now(Formats.OSLO);
		assertThat(overskrift).hasText(org.springframework.util.StringUtils.capitalize(Formats.maaned(denne)));
		assertThat(maanedsfelt()).hasValue(denne.toString());
		visningslenke("Neste 30 dager").click();
		assertThat(overskrift).hasText(kommende(30));
		assertThat(page.locator("form.filter input[name=dager]")).hasValue("30");
		filtreneErBeholdt("Alle", "Oppdragsfrist");

		nyKontekst(browser, true);
		login("saksbehandler");
		visninger.forEach((navn, adresse) -> {
			page.navigate(adresse);
			assertAccessible(navn);
		});
	}

	/**
	 * The month field is a picker in Chromium («april 2025») and a text field in Firefox: its hint holds for both. Its
	 * picker button takes the focus from the field itself, and the field's focus outline stays while it has it; so
	 * with the entry form's date field.
	 */
	/** The next days' heading, with the days it shows: today and the {@code dager - 1} after it. */
	private static String kommende(int dager) {
		LocalDate idag = LocalDate.now(Formats.OSLO);
		Formats formats = new Formats();
		return "Neste " + dager + " dager: " + formats.dato(idag) + "\u2013" + formats.dato(idag.plusDays(dager - 1));
	}

	@Test
	void theMonthAndDateFieldsKeepTheirFocusOutlineWhileTheirPickerButtonHasTheFocus() {
		login("admin");
		open("/rapporteringskalender?visning=maned&maned=2025-04");
		Locator maned = maanedsfelt();
		assertThat(maned).hasAccessibleName("Måned");
		assertThat(maned).hasAccessibleDescription("Velg en måned, eller skriv den som april 2025.");
		assertThat(maned).hasValue("2025-04");
		fokusPaaVelgerknappen(maned);
		assertAccessible("kalender-maned-velgerknapp");

		open("/rapporteringskalender/ny");
		fokusPaaVelgerknappen(page.locator("#dato"));
	}

	/**
	 * Tabs through the field's parts (day, month, year) to its picker button, where the field is no longer
	 * {@code :focus} itself, and checks that the field shows the app's focus outline there.
	 */
	private void fokusPaaVelgerknappen(Locator felt) {
		felt.focus();
		boolean paaKnappen = false;
		for (int i = 0; i < 5 && !paaKnappen; i++) {
			page.keyboard().press("Tab");
			paaKnappen = (Boolean) felt.evaluate("f => document.activeElement === f && !f.matches(':focus')");
		}
		org.assertj.core.api.Assertions.assertThat(paaKnappen).as("the picker button of #%s has the focus",
				felt.getAttribute("id")).isTrue();
		org.assertj.core.api.Assertions.assertThat(felt.evaluate("f => { const s = getComputedStyle(f); "
				+ "return [s.outlineStyle, s.outlineWidth, s.outlineColor].join(' '); }"))
			.isEqualTo("solid 3px rgb(255, 191, 71)");
	}

	/** By its id: «Måned» names the month navigation as well. */
	private Locator maanedsfelt() {
		return page.locator("form.filter input#maned");
	}

	private void nyKontekst(Browser browser, boolean skript) {
		context.close();
		context = browser.newContext(new Browser.NewContextOptions().setLocale("nb-NO").setViewportSize(1280, 900)
			.setJavaScriptEnabled(skript));
		page = context.newPage();
	}

	private Locator visningslenke(String navn) {
		return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Visning").setExact(true))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(navn).setExact(true));
	}

	/** The names the filter form sends, in order: what is not among them is not on the page either. */
	private void skjemaetHar(String... navn) {
		org.assertj.core.api.Assertions.assertThat(
				page.locator("form.filter [name]").evaluateAll("felt => felt.map(f => f.name)"))
			.isEqualTo(List.of(navn));
	}

	private void filtreneErBeholdt(String etat, String type) {
		assertThat(page.locator("#etat option:checked")).hasText(etat);
		assertThat(page.locator("#type option:checked")).hasText(type);
	}

	/** The form's button, and the page it leads to. */
	private void vis() {
		String fra = page.url();
		page.locator("form.filter").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Vis")).click();
		page.waitForURL(url -> !url.equals(fra));
	}

	@Test
	void aReportTheLettersTextAsksForNamesTheTextNotVedleggIAsItsSource() {
		login("saksbehandler");
		// «Årsrapport for internrevisjonen skal oversendes departementet innen 15. februar 2026» (chapter 5).
		open("/rapporteringskalender?visning=maned&maned=2026-02");
		Locator fraTeksten = page.locator("tbody tr",
				new Page.LocatorOptions().setHasText("Årsrapport for internrevisjonen oversendes departementet"));
		assertThat(fraTeksten).containsText("Tildelingsbrev 2025, brevets tekst");
		assertThat(fraTeksten).not().containsText("vedlegg I");
		open("/rapporteringskalender?visning=maned&maned=2025-02");
		assertThat(page.locator("tbody tr", new Page.LocatorOptions().setHasText("Eventuelle innspill til revidert")))
			.containsText("Tildelingsbrev 2025, vedlegg I – styrings- og rapporteringskalender");
	}

	@Test
	void anAdminMovesAMeetingInTheCalendar() {
		login("admin");
		open("/rapporteringskalender");
		assertThat(page.locator("h1")).hasText("Rapporteringskalender");
		assertAccessible("kalender-kommende");

		open("/rapporteringskalender?visning=maned&maned=2025-04");
		assertThat(page.locator("table")).containsText("Etatsstyringsmøte");
		assertThat(page.locator("table")).containsText("09:00-11:00");
		assertAccessible("kalender-april-2025");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Endre: Etatsstyringsmøte")).click();
		assertThat(page.locator("h1")).hasText("Endre kalenderoppføring");
		assertAccessible("kalender-endre");
		page.getByLabel("Dato").fill("2025-04-10");
		page.getByLabel("Tid (valgfritt)").fill("10:00-12:00");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Endringene i «Etatsstyringsmøte» er lagret.");
		assertThat(page.locator("table")).containsText("10. april 2025");
		assertThat(page.locator("table")).containsText("Endret for hånd");
		assertAccessible("kalender-flyttet");

		open("/rapporteringskalender/ny");
		assertAccessible("kalender-ny");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre")).click();
		// Every problem of an empty form at once, in a summary that has the focus and at each field.
		assertThat(page.locator("h1")).hasText("Ny kalenderoppføring");
		Locator oppsummering = page.locator("#oppforing-feil");
		assertThat(oppsummering).isFocused();
		assertThat(oppsummering.getByRole(AriaRole.LINK)).hasText(new String[] { "Velg en etat.", "Skriv inn en dato.",
				"Skriv inn hva som skal skje." });
		assertThat(page.getByLabel("Etat")).hasAttribute("aria-invalid", "true");
		assertThat(page.getByLabel("Dato")).hasAttribute("aria-invalid", "true");
		assertThat(page.getByLabel("Hva skal skje")).hasAttribute("aria-invalid", "true");
		assertThat(page.getByLabel("Hva skal skje")).hasAccessibleDescription("Skriv inn hva som skal skje.");
		assertAccessible("kalender-ny-feil");
		oppsummering.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Skriv inn en dato.")).click();
		assertThat(page.getByLabel("Dato")).isFocused();

		open("/rapporteringskalender");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lag abonnementsadresse")).click();
		assertThat(page.getByLabel("Din abonnementsadresse")).hasValue(
				Pattern.compile(".*/api/rapporteringskalender/ical/[A-Za-z0-9_-]{43}\\.ics"));
		assertAccessible("kalender-abonnement");
	}

	/**
	 * Saving an edit and removing, which takes a second click in a fold-out, both lead back to the month and agency
	 * the entry was opened from, where an entry made by hand is marked as such only once.
	 */
	@Test
	void anAdminRemovesAnEntryOnlyOnConfirmingAndIsBackInTheMonthAndAgencyViewed() {
		long hdir = jdbc.queryForObject("SELECT id FROM etat WHERE navn = 'Helsedirektoratet'", Long.class);
		login("admin");
		open("/rapporteringskalender/ny");
		page.getByLabel("Etat").selectOption(new SelectOption().setLabel("Helsedirektoratet"));
		page.getByLabel("Dato").fill("2156-09-10");
		page.getByLabel("Hva skal skje").fill("Møte som skal fjernes");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Oppføringen «Møte som skal fjernes» er lagt inn.");

		String fra = "/rapporteringskalender?visning=maned&maned=2156-09&etat=" + hdir + "&divisjon=";
		open(fra);
		Locator rad = page.locator("tbody tr", new Page.LocatorOptions().setHasText("Møte som skal fjernes"));
		assertThat(rad).containsText("Lagt inn for hånd");
		assertThat(rad).not().containsText("Endret for hånd");
		rad.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Endre: Møte som skal fjernes")).click();

		// A time as the letters write it; saved, back in the same view, where it shows as the register writes times.
		page.getByLabel("Tid (valgfritt)").fill("kl. 9:00-11:00");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Endringene i «Møte som skal fjernes» er lagret.");
		assertThat(page).hasURL(url(fra));
		assertThat(rad.locator("td.tid")).hasText("09:00-11:00");
		rad.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Endre: Møte som skal fjernes")).click();

		Locator fjern = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, fjern oppføringen"));
		assertThat(fjern).isHidden();
		page.getByText("Fjern fra kalenderen").click();
		assertThat(fjern).isVisible();
		assertAccessible("kalender-fjern");
		fjern.click();

		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Oppføringen er fjernet fra kalenderen.");
		assertThat(page).hasURL(url(fra));
		assertThat(page.locator("tbody tr", new Page.LocatorOptions().setHasText("Møte som skal fjernes")))
			.hasCount(0);

		// Not lost: listed under «Fjernet for hånd» with when it was removed, and put back from there.
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Fjernet for hånd")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Fjernet for hånd")))
			.isVisible();
		Locator fjernet = page.locator("tbody tr", new Page.LocatorOptions().setHasText("Møte som skal fjernes"));
		assertThat(fjernet).containsText("10. september 2156");
		assertThat(fjernet).containsText("Lagt inn for hånd");
		assertThat(fjernet).containsText(new Formats().dato(LocalDate.now(Formats.OSLO)));
		assertAccessible("kalender-fjernet-for-haand");
		fjernet.getByRole(AriaRole.BUTTON,
				new Locator.GetByRoleOptions().setName("Gjenopprett: Møte som skal fjernes")).click();
		assertThat(page.getByRole(AriaRole.STATUS))
			.containsText("Oppføringen «Møte som skal fjernes» er tilbake i kalenderen.");
		assertThat(page.locator("tbody tr", new Page.LocatorOptions().setHasText("Møte som skal fjernes")))
			.containsText("09:00-11:00");
	}

	@Test
	void onAPhoneTheSubscriptionAddressIsWholeCopiesOpensInTheCalendarAppAndIsReplacedOnlyWhenConfirmed() {
		page.setViewportSize(390, 844);
		context.grantPermissions(List.of("clipboard-read", "clipboard-write"));
		login("saksbehandler-klarert");
		open("/rapporteringskalender?etat=" + jdbc.queryForObject(
				"SELECT id FROM etat WHERE navn = 'Helsedirektoratet'", Long.class));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lag abonnementsadresse")).click();
		Locator adresse = page.getByLabel("Din abonnementsadresse");
		String forste = adresse.inputValue();
		org.assertj.core.api.Assertions.assertThat(forste)
			.matches(".*/api/rapporteringskalender/ical/[A-Za-z0-9_-]{43}\\.ics\\?etat=\\d+");
		// The whole address in sight on the phone: inside the screen, and no line of it scrolled away.
		var boks = adresse.boundingBox();
		org.assertj.core.api.Assertions.assertThat(boks.x + boks.width).isLessThanOrEqualTo(390);
		org.assertj.core.api.Assertions.assertThat((Boolean) adresse.evaluate(
				"felt => felt.scrollWidth <= felt.clientWidth && felt.scrollHeight <= felt.clientHeight")).isTrue();
		org.assertj.core.api.Assertions.assertThat(
				(Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kopier adressen")).click();
		assertThat(page.locator("#abonnement-kopiert")).hasText("Kopiert");
		assertThat(page.locator("#abonnement-kopiert")).hasAttribute("aria-live", "polite");
		org.assertj.core.api.Assertions.assertThat(page.evaluate("navigator.clipboard.readText()")).isEqualTo(forste);
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Åpne i kalenderprogrammet")))
			.hasAttribute("href", "webcal://" + forste.substring(forste.indexOf("://") + 3));
		assertAccessible("kalender-abonnement-telefon");

		// Not replaced until the user ticks that the old address is to stop working.
		Locator ny = page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Lag ny adresse (den gamle slutter å virke)"));
		ny.click();
		assertThat(adresse).hasValue(forste);
		page.getByLabel("Ja, lag en ny adresse.").check();
		ny.click();
		assertThat(page.getByRole(AriaRole.STATUS))
			.containsText("Du har fått en ny abonnementsadresse. Den gamle virker ikke lenger.");
		org.assertj.core.api.Assertions.assertThat(page.getByLabel("Din abonnementsadresse").inputValue())
			.isNotEqualTo(forste).contains("/api/rapporteringskalender/ical/");
		assertAccessible("kalender-abonnement-ny");
	}

	/** Without the browser's own check of the box, the server refuses and keeps the old address. */
	@Test
	void aReplacementThatIsNotConfirmedIsRefusedInNorwegian() {
		login("leder-spesialist");
		open("/rapporteringskalender");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lag abonnementsadresse")).click();
		String forste = page.getByLabel("Din abonnementsadresse").inputValue();
		page.locator("#abonnement-bekreft").evaluate("boks => boks.required = false");
		Response svar = page.waitForResponse(r -> r.url().contains("/rapporteringskalender/abonnement"),
				() -> page.getByRole(AriaRole.BUTTON,
						new Page.GetByRoleOptions().setName("Lag ny adresse (den gamle slutter å virke)")).click());
		org.assertj.core.api.Assertions.assertThat(svar.status()).isEqualTo(400);
		assertThat(page.getByRole(AriaRole.ALERT)).hasText("Adressen er ikke byttet. Kryss av for at den gamle adressen "
				+ "skal slutte å virke, og trykk på knappen igjen.");
		assertAccessible("kalender-abonnement-ikke-bekreftet");
		open("/rapporteringskalender");
		assertThat(page.getByLabel("Din abonnementsadresse")).hasValue(forste);
	}

	@Test
	void aCalendarEntryTypedWhileTheSessionRanOutComesBackAfterLoggingIn() {
		String merknad = "Møtet flyttes til departementets lokaler.\nSakliste sendes en uke før.";
		login("admin");
		open("/rapporteringskalender/ny");
		page.getByLabel("Etat").selectOption(new SelectOption().setLabel("Helsedirektoratet"));
		page.getByLabel("Dato").fill("2163-09-14");
		page.getByLabel("Hva skal skje").fill("Ekstra etatsstyringsmøte om beredskap");
		page.getByLabel("Merknad (valgfritt)").fill(merknad);
		// The session runs out while the admin writes.
		jdbc.update("DELETE FROM spring_session WHERE principal_name = 'admin'");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre")).click();
		assertThat(page).hasURL(url("/login?utlopt"));
		// The login page's script is what keeps the draft: it must have run before the test moves on.
		page.waitForLoadState();

		login("admin");
		assertThat(page).hasURL(url("/rapporteringskalender/ny"));
		assertThat(page.locator("#etatId option:checked")).hasText("Helsedirektoratet");
		assertThat(page.getByLabel("Dato")).hasValue("2163-09-14");
		assertThat(page.getByLabel("Hva skal skje")).hasValue("Ekstra etatsstyringsmøte om beredskap");
		assertThat(page.getByLabel("Merknad (valgfritt)")).hasValue(merknad);
		assertThat(page.locator("form.skjema").getByRole(AriaRole.STATUS))
			.hasText("Teksten du skrev, er hentet frem igjen. Den er ikke lagret ennå: se over og lagre.");
		assertAccessible("kalender-utkast-hentet-fram");
		org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM kalenderoppforing WHERE tittel = 'Ekstra etatsstyringsmøte om beredskap'",
				Integer.class)).isZero();
	}
}
