package no.hod.styringsregister.oppdrag;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.oppdrag.OppdragImport.OppdragData;
import no.hod.styringsregister.oppdrag.OppdragImport.Tekstdel;
import no.hod.styringsregister.oppdrag.OppdragImport.Unntak;
import no.hod.styringsregister.organisasjon.Enhet;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.testsupport.BrowserTest;
import no.hod.styringsregister.testsupport.BrowserTestSupport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser with the demo users: a desk officer filters, searches, opens and exports; a lead updates a status,
 * a desk officer accepts it, and a lead of another division is offered nothing. Every page is axe-checked.
 */
@BrowserTest
class OppdragJourneyTests extends BrowserTestSupport {

	@Autowired
	OppdragImport oppdragImport;

	@Autowired
	OrganisasjonService organisasjon;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OppdragUpdates oppdragUpdates;

	@Autowired
	BrukerService brukere;

	int aar;

	/** A label matched whole: «År» is also in «Pågår» and «Utgår», «Levert» in the overdue box's label. */
	static final Page.GetByLabelOptions EKSAKT = new Page.GetByLabelOptions().setExact(true);

	@BeforeEach
	void importer() {
		Integer storst = jdbc.queryForObject("SELECT max(aar) FROM oppdrag", Integer.class);
		aar = storst == null ? 2301 : storst + 2;
		long etat = organisasjon.etatByName("Helsedirektoratet").orElseThrow().id();
		String tb = "TB" + aar + "-";
		oppdragImport.apply(700_000 + aar, aar, etat, List.of(
				new OppdragData(tb + "1", "3.1", "Bedre folkehelse", List.of("FHA"), "Nasjonalt vaksinasjonsprogram",
						List.of(new Tekstdel("Helsedirektoratet skal gjennomgå programmet.", false)),
						List.of(LocalDate.of(aar, 6, 30)), null, Unntak.NONE, List.of(), List.of()),
				new OppdragData(tb + "2", "3.2", "Likeverdige tjenester", List.of("SHA"), "Helsetjenester til innsatte",
						List.of(new Tekstdel("Kartlegge helsetilbudet i fengsler.", false),
								new Tekstdel("Blåbærsuppe i alle fengsler.", true)),
						List.of(LocalDate.of(aar, 3, 1)), null, Unntak.PARTS, List.of(), List.of()),
				new OppdragData(tb + "3", "3.2", "Likeverdige tjenester", List.of("SHA"), "Tyttebærsyltetøy på lager",
						List.of(new Tekstdel("Hemmelig.", true)), List.of(), "Løpende", Unntak.WHOLE, List.of(),
						List.of()),
				new OppdragData(tb + "10", "3.1", "Bedre folkehelse", List.of("FHA"), "Rusforebyggende arbeid",
						List.of(new Tekstdel("Jf. " + tb + "1.", false)), List.of(), null, Unntak.NONE,
						List.of(tb + "1"), List.of())));
	}

	String tb(int n) {
		return "TB" + aar + "-" + n;
	}

	@Test
	void aDeskOfficerFiltersSearchesOpensAndExports() {
		login("saksbehandler");
		open("/oppdrag");
		assertAccessible("oppdrag-liste");
		page.getByLabel("År", EKSAKT).selectOption(String.valueOf(aar));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis oppdrag")).click();
		page.waitForURL(url -> url.contains("year=" + aar));
		// The title names the filter, also after htmx swapped in the results.
		assertThat(page).hasTitle("Oppdrag: " + aar + " – Styringsregister");
		assertThat(page.locator("#resultater table")).containsText(tb(10));
		assertThat(page.locator("#resultater table")).containsText("Unntatt offentlighet, jf. offl. § 22");
		assertThat(page.locator("#resultater table")).not().containsText("Tyttebærsyltetøy");
		// Natural order: TB-3 before TB-10.
		List<String> ider = page.locator("td.oppdrag-id a").allTextContents();
		assertThat(ider).containsExactly(tb(1), tb(2), tb(3), tb(10));

		page.getByLabel("Søk i id, tittel og tekst").fill("fengsel");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis oppdrag")).click();
		page.waitForURL(url -> url.contains("q=fengsel"));
		// Not the search words: the title goes into browser history.
		assertThat(page).hasTitle("Oppdrag: " + aar + " – Styringsregister");
		assertThat(page.locator("td.oppdrag-id a")).hasText(tb(2));
		assertAccessible("oppdrag-sok");

		Download csv = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("CSV (semikolon)")).click());
		// Named after the list's year and the day; not after the search words.
		assertThat(csv.suggestedFilename()).isEqualTo("oppdrag-" + aar + "-" + LocalDate.now(
				no.hod.styringsregister.web.Formats.OSLO) + ".csv");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(tb(2)).setExact(true)).click();
		assertThat(page.locator("h1")).containsText(tb(2));
		assertThat(page.locator(".oppdrag-deler")).containsText("Kartlegge helsetilbudet i fengsler.");
		assertThat(page.locator(".oppdrag-deler")).containsText("Unntatt offentlighet, jf. offl. § 22");
		assertThat(page.locator("main")).not().containsText("Blåbærsuppe");
		assertAccessible("oppdrag-detalj");
		page.goBack();
		assertThat(page).hasURL(Pattern.compile(".*q=fengsel.*"));

		open("/oppdrag?q=fengsel&status=FERDIG");
		assertThat(page.locator("h1")).hasText("Ugyldig valg");
		assertThat(page.getByRole(AriaRole.ALERT)).hasText("Ukjent status «FERDIG».");
		assertAccessible("oppdrag-ugyldig-filter");
		// Back to the same list without the refused status: the search stays.
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tilbake til siden uten det ugyldige valget"))
			.click();
		assertThat(page.locator("h1")).hasText("Oppdrag");
		assertThat(page).hasURL(Pattern.compile(".*/oppdrag\\?q=fengsel$"));
	}

	@Test
	void aRefusedFilterSaysWhyInPlaceOfTheResultsAndTheUnroutedOnesAreAFilter() {
		login("saksbehandler");
		open("/oppdrag");
		page.getByLabel("År", EKSAKT).selectOption(String.valueOf(aar));
		page.waitForURL(url -> url.contains("year=" + aar));
		page.getByLabel("Frist fra").fill(aar + "-12-31");
		page.waitForURL(url -> url.contains("deadlineFrom="));
		page.getByLabel("Frist til").fill(aar + "-01-01");
		// Changed in place, the refusal replaces the results: the old ones would look like the answer.
		assertThat(page.locator("#resultater").getByRole(AriaRole.ALERT))
			.hasText("Fristen til kan ikke være før fristen fra.");
		assertThat(page.locator("#resultater table")).hasCount(0);
		// Nor does the count stay, counting results no longer shown.
		assertThat(page.locator("#oppdrag-antall")).hasText("Ugyldig valg");
		// The two dates the message is about are marked and point to it (WCAG 3.3.1).
		for (String felt : List.of("Frist fra", "Frist til")) {
			assertThat(page.getByLabel(felt)).hasAttribute("aria-invalid", "true");
			assertThat(page.getByLabel(felt)).hasAttribute("aria-describedby", "ugyldig-feil");
		}
		assertAccessible("oppdrag-filter-avvist");
		page.getByLabel("Frist fra").fill("");
		page.getByLabel("Frist til").fill("");
		assertThat(page.locator("td.oppdrag-id a")).hasText(new String[] { tb(1), tb(2), tb(3), tb(10) });
		assertThat(page.locator("#oppdrag-antall")).hasText("4 oppdrag");
		// Taken, the filter is no longer marked.
		assertThat(page.locator("[aria-invalid]")).hasCount(0);
		assertThat(page.getByLabel("Frist fra")).not().hasAttribute("aria-describedby", "ugyldig-feil");

		oppdragUpdates.route(List.of(tb(1), tb(3)), divisjoner().get(0).id(), null, admin());
		page.getByLabel("Bare oppdrag som ikke er rutet til en divisjon").check();
		page.waitForURL(url -> url.contains("unrouted=true"));
		assertThat(page.locator("td.oppdrag-id a")).hasText(new String[] { tb(2), tb(10) });
	}

	@Test
	void theYearEndAsksBeforeItCopiesAndCancellingChangesNothing() {
		login("admin");
		open("/oppdrag");
		// Filtered in place: the way back from the year end follows the filter.
		page.getByLabel("År", EKSAKT).selectOption("2025");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis oppdrag")).click();
		page.waitForURL(url -> url.contains("year=2025"));
		String listen = page.url();
		page.getByLabel("Fra år").selectOption("2025");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Viderefør til neste år")).click();
		assertThat(page.locator("h1")).hasText("Viderefør oppdrag fra 2025");
		assertThat(page.locator("main")).containsText("Det kan ikke angres.");
		assertAccessible("oppdrag-videreforing");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Avbryt")).click();
		assertThat(page).hasURL(listen);
	}

	@Test
	void onAPhoneEachAssignmentIsABlockTheFilterIsFoldedAwayAndALinkLeadsPastIt() {
		page.setViewportSize(390, 844);
		login("saksbehandler");
		// Two choices made, as a link from the start page makes them.
		open("/oppdrag?year=" + aar + "&status=IKKE_STARTET");
		Locator filter = page.locator("details.oppdrag-filterboks");
		Locator oppsummering = filter.locator("summary");
		// Folded away, saying how many choices it holds: the first assignment is in sight without scrolling.
		assertThat((Boolean) filter.evaluate("boks => boks.open")).isFalse();
		assertThat(oppsummering).hasText("Filter (2 valgt)");
		assertThat(page.getByLabel("År", EKSAKT)).isHidden();
		Locator rad = page.locator(".oppdrag-tabell tbody tr").first();
		assertThat(rad).isInViewport();
		assertThat(rad.locator(".kun-smal")).isVisible();
		// The title has a line of its own, as wide as the assignment's block.
		double radBredde = rad.boundingBox().width;
		assertThat(rad.locator("td.oppdrag-tittel").boundingBox().width).isGreaterThan(radBredde * 0.8);
		assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
		// The one live region is the count: a changed filter has that read out, not the whole table.
		Locator levende = page.locator("main [aria-live], main [role=status], main [role=alert], main [role=log]");
		assertThat(levende).hasCount(1);
		assertThat(levende).hasText("4 oppdrag med status Ikke startet");
		assertAccessible("oppdrag-liste-telefon");

		// Opened, the filter filters in place as on a wide screen.
		oppsummering.click();
		assertThat(page.getByLabel("År", EKSAKT)).isVisible();
		assertAccessible("oppdrag-filter-telefon");
		// Kept, not replaced: a screen reader reads out a change in a live region, not one put in its place.
		levende.evaluate("region => region.dataset.kjent = 'ja'");
		page.getByLabel("Søk i id, tittel og tekst").fill("fengsel");
		page.getByLabel("Søk i id, tittel og tekst").press("Enter");
		page.waitForURL(url -> url.contains("q=fengsel"));
		assertThat(page.locator("td.oppdrag-id a")).hasText(tb(2));
		assertThat(levende).hasText("1 oppdrag med status Ikke startet");
		assertThat(levende).hasAttribute("data-kjent", "ja");
		// The words stand in the field outside the box: the box counts its own two choices.
		assertThat(oppsummering).hasText("Filter (2 valgt)");

		// Without choices, the summary says just that; opened, the link at the filter's top leads past it to the results.
		open("/oppdrag");
		assertThat(oppsummering).hasText("Filter");
		oppsummering.click();
		Locator forbi = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gå forbi filteret til oppdragene"));
		forbi.click();
		assertThat(page).hasURL(Pattern.compile("#resultater$"));
		// The keyboard goes along: the next Tab starts in the results, not back at the top of the filter.
		assertThat(page.evaluate("document.activeElement.id")).isEqualTo("resultater");
		assertThat(((Number) page.evaluate("document.getElementById('resultater').getBoundingClientRect().top")).doubleValue())
			.isLessThan(50.0);

		page.setViewportSize(1280, 900);
		assertThat(page.locator(".oppdrag-tabell .kun-smal").first()).isHidden();
		assertThat(forbi).isHidden();

		// Nothing found: the filter is where the reader goes next, so it stays open on a phone.
		page.setViewportSize(390, 844);
		open("/oppdrag?year=" + aar + "&status=UTGAAR");
		assertThat(page.locator(".tom-tilstand")).isVisible();
		assertThat((Boolean) filter.evaluate("boks => boks.open")).isTrue();
	}

	@Test
	void onAPhoneTheSearchIsInSightBesideItsButtonWhileTheFilterIsFoldedAway() {
		page.setViewportSize(390, 844);
		login("saksbehandler");
		open("/oppdrag?year=" + aar + "&status=IKKE_STARTET");
		Locator filter = page.locator("details.oppdrag-filterboks");
		Locator oppsummering = filter.locator("summary");
		Locator sok = page.getByLabel("Søk i id, tittel og tekst");
		Locator knapp = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Søk").setExact(true));
		assertThat((Boolean) filter.evaluate("boks => boks.open")).isFalse();
		assertThat(sok).isInViewport();
		assertThat(knapp).isInViewport();
		assertThat(page.locator("#q-hjelp")).isVisible();
		// The button beside the field, both within the screen.
		BoundingBox felt = sok.boundingBox();
		BoundingBox knappen = knapp.boundingBox();
		assertThat(knappen.x).isGreaterThanOrEqualTo(felt.x + felt.width);
		assertThat(knappen.y).isLessThan(felt.y + felt.height);
		assertThat(knappen.x + knappen.width).isLessThanOrEqualTo(390.0);
		// One search landmark, named, holding the search and the filter: they are sent together.
		Locator landemerke = page.getByRole(AriaRole.SEARCH, new Page.GetByRoleOptions().setName("Filtrer og søk"));
		assertThat(landemerke).hasCount(1);
		assertThat(landemerke.getByLabel("Søk i id, tittel og tekst")).hasCount(1);
		assertThat(landemerke.locator("details.oppdrag-filterboks")).hasCount(1);
		assertAccessible("oppdrag-sok-telefon");

		// The button searches in place, the box's choices going along: only this year's assignment, of those that
		// other tests' letters hold with the same text.
		sok.fill("fengsel");
		knapp.click();
		page.waitForURL(url -> url.contains("q=fengsel"));
		assertThat(page.locator("td.oppdrag-id a")).hasText(tb(2));
		assertThat(sok).hasValue("fengsel");
		assertThat((Boolean) filter.evaluate("boks => boks.open")).isFalse();
		// The words are in sight in the field: the count htmx puts in the summary is the box's two choices alone.
		assertThat(oppsummering).hasText("Filter (2 valgt)");

		// Enter in the field does the same.
		sok.fill("Rusforebyggende");
		sok.press("Enter");
		page.waitForURL(url -> url.contains("q=Rusforebyggende"));
		assertThat(page.locator("td.oppdrag-id a")).hasText(tb(10));
		assertThat(sok).hasValue("Rusforebyggende");

		// The page as the server sends it whole (a reload, a link) keeps the words in the field and counts them not.
		page.reload();
		assertThat(sok).hasValue("Rusforebyggende");
		assertThat(page.locator("td.oppdrag-id a")).hasText(tb(10));
		assertThat((Boolean) filter.evaluate("boks => boks.open")).isFalse();
		assertThat(oppsummering).hasText("Filter (2 valgt)");
	}

	@Test
	void withoutJavaScriptTheSearchButtonSendsTheSearchAndTheFilterTogether() {
		Browser nettleser = context.browser();
		context.close();
		context = nettleser.newContext(new Browser.NewContextOptions().setLocale("nb-NO").setViewportSize(390, 844)
			.setJavaScriptEnabled(false));
		page = context.newPage();
		page.setDefaultTimeout(15_000);
		login("saksbehandler");
		open("/oppdrag?year=" + aar);
		page.getByLabel("Søk i id, tittel og tekst").fill("fengsel");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Søk").setExact(true)).click();
		page.waitForURL(url -> url.contains("q=fengsel") && url.contains("year=" + aar));
		assertThat(page.locator("td.oppdrag-id a")).hasText(tb(2));
		assertThat(page.getByLabel("Søk i id, tittel og tekst")).hasValue("fengsel");
		assertThat(page.locator("details.oppdrag-filterboks summary")).hasText("Filter (1 valgt)");
	}

	@Test
	void onAWideScreenTheFilterIsOpen() {
		login("saksbehandler");
		open("/oppdrag?year=" + aar);
		Locator filter = page.locator("details.oppdrag-filterboks");
		assertThat((Boolean) filter.evaluate("boks => boks.open")).isTrue();
		assertThat(filter.locator("summary")).hasText("Filter (1 valgt)");
		assertThat(page.getByLabel("År", EKSAKT)).isVisible();
	}

	@Test
	void onAPhoneTheHistoryStacksAndNothingScrollsSideways() {
		// A routing row in the history, with a value in Til.
		oppdragUpdates.route(List.of(tb(1)), divisjoner().get(0).id(), null, admin());
		page.setViewportSize(390, 844);
		login("saksbehandler");
		open("/oppdrag/" + tb(1));
		Locator ramme = page.locator(".tabell-ramme")
			.filter(new Locator.FilterOptions().setHas(page.locator("table.stabel")));
		// Fra, Til and the note are within the screen, not behind a sideways scroll.
		assertThat((Boolean) ramme.evaluate("r => r.scrollWidth <= r.clientWidth")).isTrue();
		assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
		assertThat(ramme.locator("tbody tr").first().locator(".kun-smal").first()).isVisible();
		assertAccessible("oppdrag-historikk-telefon");
	}

	@Test
	void theNextPageStartsAtItsResultsSoTheKeyboardNeedNotGoThroughTheFilterAgain() {
		login("saksbehandler");
		open("/oppdrag?year=" + aar + "&size=2");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Neste side")).click();
		page.waitForURL(url -> url.contains("page=1"));
		assertThat(page.locator("td.oppdrag-id a")).hasText(new String[] { tb(3), tb(10) });
		page.keyboard().press("Tab");
		assertThat(page.evaluate("() => document.activeElement.closest('#resultater') !== null")).isEqualTo(true);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Forrige side")).click();
		page.waitForURL(url -> url.contains("page=0") || !url.contains("page="));
		page.keyboard().press("Tab");
		assertThat(page.evaluate("() => document.activeElement.closest('#resultater') !== null")).isEqualTo(true);
	}

	@Test
	void aStatusCountLeadsToTheResultsAlsoAfterTheFilterChangedInPlace() {
		jdbc.update("UPDATE oppdrag SET status = 'PAAGAAR' WHERE visnings_id = ?", tb(1));
		login("saksbehandler");
		open("/oppdrag?year=" + aar);
		Locator pagaar = page.locator("nav.oppdrag-statuser a").filter(new Locator.FilterOptions().setHasText("Pågår"));
		pagaar.click();
		page.waitForURL(url -> url.contains("status=PAAGAAR") && url.endsWith("#resultater"));
		assertThat(page.locator("td.oppdrag-id a")).hasText(new String[] { tb(1) });
		// The keyboard goes on from the results, not from the header and the filter.
		page.keyboard().press("Tab");
		assertThat(page.evaluate("() => document.activeElement.closest('#resultater') !== null")).isEqualTo(true);

		// The results put in place by a changed filter (htmx) have their status links to the results too.
		page.getByLabel("Søk i id, tittel og tekst").fill("vaksinasjonsprogram");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Søk").setExact(true)).click();
		page.waitForURL(url -> url.contains("q=vaksinasjonsprogram"));
		Locator lenker = page.locator("nav.oppdrag-statuser a");
		assertThat(lenker.first()).isVisible();
		for (Object href : (List<?>) lenker.evaluateAll("ls => ls.map(l => l.getAttribute('href'))")) {
			assertThat((String) href).contains("q=vaksinasjonsprogram").endsWith("#resultater");
		}
	}

	@Test
	void filteringInPlaceKeepsNoCopyOfThePagesInTheBrowserAndBackRestoresTheWholePageFromTheServer() {
		login("saksbehandler-klarert");
		open("/oppdrag");
		// Changing a choice updates the results in place (htmx) and pushes the address.
		page.getByLabel("År", EKSAKT).selectOption(String.valueOf(aar));
		page.waitForURL(url -> url.contains("year=" + aar));
		assertThat(page.locator("#resultater table")).containsText("Tyttebærsyltetøy");
		page.getByLabel("Søk i id, tittel og tekst").fill("fengsel");
		page.getByLabel("Søk i id, tittel og tekst").press("Enter");
		// The address holds the chosen filters only, once.
		page.waitForURL(url("/oppdrag?q=fengsel&year=" + aar));
		assertThat(page.locator("td.oppdrag-id a")).hasText(tb(2));
		// Exempt titles the cleared user saw must not outlive the page in the browser's storage.
		assertThat(page.evaluate("() => sessionStorage.getItem('htmx-history-cache')")).isNull();
		assertThat(page.evaluate("() => localStorage.getItem('htmx-history-cache')")).isNull();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(tb(2)).setExact(true)).click();
		assertThat(page.locator("h1")).containsText(tb(2));
		page.goBack();
		assertThat(page).hasURL(url("/oppdrag?q=fengsel&year=" + aar));
		// Back to an address htmx pushed: htmx asks the server, which must answer with the whole page.
		page.goBack();
		assertThat(page).hasURL(url("/oppdrag?year=" + aar));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Oppdrag").setExact(true)))
			.isVisible();
		assertThat(page.getByLabel("År", EKSAKT)).hasValue(String.valueOf(aar));
		assertThat(page.locator("td.oppdrag-id a")).hasText(new String[] { tb(1), tb(2), tb(3), tb(10) });
		assertThat(page.locator("header")).containsText("Logg ut");
	}

	@Test
	void severalStatusesStayChosenWhenAnotherFilterChangesAndEachChangeIsOneRequest() {
		// Not LEVERT: a delivered assignment waits on the desk officers' start page, whose count another journey checks.
		jdbc.update("UPDATE oppdrag SET status = 'PAAGAAR' WHERE visnings_id = ?", tb(1));
		jdbc.update("UPDATE oppdrag SET status = 'UTGAAR' WHERE visnings_id = ?", tb(2));
		List<String> feil = new ArrayList<>();
		page.onConsoleMessage(melding -> {
			if ("error".equals(melding.type())) {
				feil.add(melding.text());
			}
		});
		AtomicInteger foresporsler = new AtomicInteger();
		page.onRequest(foresporsel -> {
			if (foresporsel.url().contains("/oppdrag?") && foresporsel.headers().containsKey("hx-request")) {
				foresporsler.incrementAndGet();
			}
		});
		login("saksbehandler");
		// As the start page and the status counts link: two statuses.
		open("/oppdrag?status=PAAGAAR&status=UTGAAR");
		Locator pagaar = page.getByLabel("Pågår", EKSAKT);
		Locator utgaar = page.getByLabel("Utgår", EKSAKT);
		assertThat(pagaar).isChecked();
		assertThat(utgaar).isChecked();
		assertThat(page.getByLabel("Forsinket", EKSAKT)).not().isChecked();
		assertAccessible("oppdrag-flere-statuser");
		// Those of axe's own probes (inline styles the page's CSP refuses) are not the page's.
		feil.clear();

		page.getByLabel("År", EKSAKT).selectOption(String.valueOf(aar));
		page.waitForURL(url -> url.contains("year=" + aar));
		assertThat(page).hasURL(url("/oppdrag?year=" + aar + "&status=PAAGAAR&status=UTGAAR"));
		assertThat(pagaar).isChecked();
		assertThat(utgaar).isChecked();
		assertThat(page.locator("td.oppdrag-id a")).hasText(new String[] { tb(1), tb(2) });
		assertThat(page.locator("#resultater h2")).hasText("2 oppdrag med status Pågår eller Utgår");
		assertThat(page).hasTitle("Oppdrag: Pågår eller Utgår, " + aar + " – Styringsregister");
		assertThat(foresporsler).hasValue(1);

		// Moving through a select with the keyboard is one change: one request and one step in the history.
		int historikk = ((Number) page.evaluate("history.length")).intValue();
		Locator sortering = page.getByLabel("Sorter etter");
		sortering.focus();
		sortering.press("ArrowDown");
		sortering.press("ArrowDown");
		sortering.press("ArrowDown");
		page.waitForURL(url -> url.contains("sort=frist"));
		page.waitForTimeout(800);
		assertThat(foresporsler).hasValue(2);
		assertThat(((Number) page.evaluate("history.length")).intValue()).isEqualTo(historikk + 1);
		// Down and up again is no change, and asks for nothing.
		sortering.press("ArrowDown");
		sortering.press("ArrowUp");
		page.waitForTimeout(800);
		assertThat(foresporsler).hasValue(2);

		// A box by the keyboard, then the button at once: one request.
		utgaar.focus();
		page.keyboard().press("Space");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis oppdrag")).click();
		page.waitForURL(url -> !url.contains("UTGAAR"));
		assertThat(page.locator("td.oppdrag-id a")).hasText(new String[] { tb(1) });
		page.waitForTimeout(800);
		assertThat(foresporsler).hasValue(3);

		// Enter in the search field changes it and submits it: one request, nothing aborted.
		page.getByLabel("Søk i id, tittel og tekst").fill("vaksinasjonsprogram");
		page.getByLabel("Søk i id, tittel og tekst").press("Enter");
		page.waitForURL(url -> url.contains("q=vaksinasjonsprogram"));
		page.waitForTimeout(800);
		assertThat(foresporsler).hasValue(4);
		assertThat(pagaar).isChecked();
		assertThat(feil).isEmpty();
	}

	@Test
	void anAdminRoutesToADivisionAndOneOfItsDepartmentsOnTheDetailPageAndManyAtOnceFromTheList() {
		Enhet folkehelse = divisjon("Divisjon folkehelse");
		Enhet spesialist = divisjon("Divisjon spesialisthelsetjenester");
		Enhet avdeling = organisasjon.avdelinger(folkehelse.id()).stream().filter(Enhet::aktiv).findFirst().orElseThrow();
		Enhet annenAvdeling = organisasjon.avdelinger(spesialist.id()).stream().filter(Enhet::aktiv).findFirst()
			.orElseThrow();

		login("admin");
		open("/oppdrag/" + tb(2));
		page.getByLabel("Ansvarlig divisjon").selectOption(new SelectOption().setLabel(folkehelse.navn()));
		// With JavaScript only the chosen division's departments are offered.
		assertThat(page.locator("#avdeling optgroup[label='" + spesialist.navn() + "']")).isHidden();
		page.getByLabel("Ansvarlig avdeling").selectOption(new SelectOption().setLabel(avdeling.navn()));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rut oppdraget")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Ett oppdrag er rutet.");
		assertThat(page.locator("main")).containsText(avdeling.navn());
		assertAccessible("oppdrag-ruting-detalj");

		open("/oppdrag?year=" + aar);
		page.getByLabel("Velg " + tb(1), new Page.GetByLabelOptions().setExact(true)).check();
		page.getByLabel("Velg " + tb(10), new Page.GetByLabelOptions().setExact(true)).check();
		// No division chosen: the browser stops the form at the choice (a page sent would not keep the mark), and the
		// ticks stay.
		page.evaluate("() => { window.sammeSide = true; }");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rut valgte")).click();
		page.waitForTimeout(500);
		assertThat(page.evaluate("() => window.sammeSide === true")).isEqualTo(true);
		assertThat(page.locator("#ruting-divisjon:invalid")).hasCount(1);
		assertThat(page.getByLabel("Velg " + tb(1), new Page.GetByLabelOptions().setExact(true))).isChecked();
		page.getByLabel("Til divisjon").selectOption(new SelectOption().setLabel(spesialist.navn()));
		assertThat(page.locator("#ruting-avdeling optgroup[label='" + folkehelse.navn() + "']")).isHidden();
		page.getByLabel("Til avdeling").selectOption(new SelectOption().setLabel(annenAvdeling.navn()));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rut valgte")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("2 oppdrag er rutet.");
		assertThat(page).hasURL(Pattern.compile(".*year=" + aar + ".*"));
		assertAccessible("oppdrag-ruting-liste");
		// The list filters by the department the two went to.
		page.getByLabel("Avdeling", new Page.GetByLabelOptions().setExact(true))
			.selectOption(new SelectOption().setLabel(annenAvdeling.navn()));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis oppdrag")).click();
		page.waitForURL(url -> url.contains("department=" + annenAvdeling.id()));
		assertThat(page.locator("td.oppdrag-id a")).hasText(new String[] { tb(1), tb(10) });
	}

	@Test
	void aLeadUpdatesADeskOfficerAcceptsAndALeadOfAnotherDivisionIsOfferedNothing() {
		login("admin");
		open("/oppdrag/" + tb(1));
		page.getByLabel("Ansvarlig divisjon").selectOption(new SelectOption()
			.setLabel("Divisjon folkehelse"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rut oppdraget")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Ett oppdrag er rutet.");
		assertAccessible("oppdrag-detalj-admin");
		logout();

		login("leder-folkehelse");
		open("/oppdrag/" + tb(1));
		page.getByLabel("Ny status").selectOption("LEVERT");
		page.getByLabel("Fremdrift", new Page.GetByLabelOptions().setExact(true)).fill("Rapporten er sendt departementet.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre").setExact(true)).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Endringen er lagret.");
		assertThat(page.locator(".oppdrag-fakta").first()).containsText("Levert");
		assertAccessible("oppdrag-detalj-leder");
		logout();

		login("saksbehandler");
		open("/oppdrag/" + tb(1));
		// The desk officer's note is a comment of their own: it does not start as a copy of the lead's progress note.
		assertThat(page.getByLabel("Kommentar til endringen")).hasValue("");
		page.getByLabel("Ny status").selectOption("FULLFORT");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre").setExact(true)).click();
		assertThat(page.locator(".oppdrag-fakta").first()).containsText("Fullført");
		assertThat(page.locator("table")).containsText("Frida Folkehelse");
		assertThat(page.locator("tr").filter(new Locator.FilterOptions().setHasText("Sara Saksbehandler")))
			.not().containsText("Rapporten er sendt departementet.");
		logout();

		login("leder-spesialist");
		open("/oppdrag/" + tb(1));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Oppdater status")))
			.hasCount(0);
	}

	@Test
	void aRefusedFormComesBackWithTheFocusOnItsFirstInvalidField() {
		CurrentUser admin = admin();
		Enhet folkehelse = divisjon("Divisjon folkehelse");
		oppdragUpdates.route(List.of(tb(1)), folkehelse.id(), null, admin);
		page.setViewportSize(390, 844);
		login("leder-folkehelse");
		open("/oppdrag/" + tb(1));
		page.getByLabel("Ny status").selectOption("FORSINKET");
		page.getByLabel("Ny forventet dato (ved Forsinket)").fill(LocalDate.now().plusMonths(6).toString());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre").setExact(true)).click();
		assertThat(page).hasURL(Pattern.compile(".*#statusskjema$"));
		assertThat(page.locator("#statusskjema").getByRole(AriaRole.ALERT))
			.hasText("Skriv en begrunnelse for forsinkelsen.");
		// Straight to the field to fix, not left on the page's body.
		assertThat(page.locator("#grunn")).isFocused();
		assertAccessible("oppdrag-status-avvist");
	}

	@Test
	void atDoubleZoomTheMessageStandsInSightOverTheFieldThatTakesTheFocus() {
		CurrentUser admin = admin();
		Enhet folkehelse = divisjon("Divisjon folkehelse");
		oppdragUpdates.route(List.of(tb(1)), folkehelse.id(), null, admin);
		// 1280 × 800 at 200 % zoom.
		page.setViewportSize(640, 400);
		login("leder-folkehelse");
		open("/oppdrag/" + tb(1));
		page.getByLabel("Ny status").selectOption("FORSINKET");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre").setExact(true)).click();
		assertThat(page).hasURL(Pattern.compile(".*#statusskjema$"));
		assertThat(page.locator("#forventetDato")).isFocused();
		Locator overFeltet = page.locator("#forventetDato").locator("xpath=preceding-sibling::p[@class='feltfeil']");
		assertThat(overFeltet).hasText(page.locator("#statusskjema-feil").textContent());
		assertThat(overFeltet).isInViewport(new LocatorAssertions.IsInViewportOptions().setRatio(1));
		assertAccessible("oppdrag-status-avvist-zoom");
	}

	@Test
	void aStatusFormSentWithNothingFilledInIsInformationAnEmptyCommentIsMarkedAtItsField() {
		CurrentUser admin = admin();
		Enhet folkehelse = divisjon("Divisjon folkehelse");
		// TB-1 delivered and waiting for the ministry; TB-3, wholly exempt, with the lead, who has no clearance.
		oppdragUpdates.route(List.of(tb(1), tb(3)), folkehelse.id(), null, admin);
		oppdragUpdates.changeStatus(tb(1), OppdragStatus.LEVERT, null, null, null, admin);
		try {
			sendSkjemaeneTomme();
		}
		finally {
			// Accepted afterwards: the other tests of this database count the demo's deliveries waiting.
			oppdragUpdates.changeStatus(tb(1), OppdragStatus.FULLFORT, null, null, null, admin);
		}
	}

	/** The demo's admin, as the services take the user who acts. */
	private CurrentUser admin() {
		return brukere.find(jdbc.queryForObject("SELECT id FROM bruker WHERE brukernavn = 'admin'", Long.class))
			.orElseThrow();
	}

	/** The demo's divisions of Helsedirektoratet. */
	private List<Enhet> divisjoner() {
		return organisasjon.divisjoner(organisasjon.etatByName("Helsedirektoratet").orElseThrow().id());
	}

	private Enhet divisjon(String navn) {
		return divisjoner().stream().filter(d -> d.navn().equals(navn)).findFirst().orElseThrow();
	}

	/** The desk officer's two forms on TB-1 and the lead's status form on TB-3, sent with nothing filled in. */
	private void sendSkjemaeneTomme() {
		Locator info = page.locator("main > .melding.info");

		login("saksbehandler");
		open("/oppdrag/" + tb(1));
		// Neither accepted nor sent back nor commented; a reason typed, for an Utgår not chosen.
		page.getByLabel("Begrunnelse (ved Utgår)").fill("Halvskrevet begrunnelse");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre").setExact(true)).click();
		assertThat(info).hasText("Ingen endring å lagre: velg en ny status eller skriv en kommentar.");
		assertThat(info).hasAttribute("role", "status");
		// No alarm: nothing is wrong with what was sent, so nothing is marked, and what was typed is kept.
		assertThat(page.getByRole(AriaRole.ALERT)).hasCount(0);
		assertThat(page.locator(".melding.feil, [aria-invalid]")).hasCount(0);
		assertThat(page.getByLabel("Begrunnelse (ved Utgår)")).hasValue("Halvskrevet begrunnelse");
		assertThat(page.locator(".oppdrag-fakta").first()).containsText("Levert");
		assertAccessible("oppdrag-status-ingen-endring");

		// The comment form's one field left empty is what to fix: said at that form, the field marked and focused.
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre kommentar")).click();
		assertThat(page.locator("#kommentarskjema .melding.feil")).hasText("Ingen kommentar å lagre: feltet var tomt.");
		assertThat(info).hasCount(0);
		assertThat(page.locator("[aria-invalid]")).hasCount(1);
		assertThat(page.locator("#kommentar")).hasAttribute("aria-invalid", "true");
		assertThat(page.locator("#kommentar")).isFocused();
		assertAccessible("oppdrag-kommentar-tom");
		logout();

		login("leder-folkehelse");
		open("/oppdrag/" + tb(3));
		assertThat(page.locator("#statusskjema-unntatt")).isVisible();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre").setExact(true)).click();
		assertThat(info).hasText("Ingen endring å lagre: velg en ny status eller oppdater fremdriften.");
		assertThat(page.getByRole(AriaRole.ALERT)).hasCount(0);
		assertThat(page.locator(".melding.feil, [aria-invalid]")).hasCount(0);
		assertAccessible("oppdrag-unntatt-ingen-endring");
	}

	@Test
	void anAssignmentOpenedFromTheStartPageLeadsBackThereAlsoAfterItsForms() {
		CurrentUser admin = admin();
		Enhet folkehelse = divisjon("Divisjon folkehelse");
		oppdragUpdates.route(List.of(tb(1)), folkehelse.id(), null, admin);

		login("leder-folkehelse");
		open("/");
		// Among those routed to the division lately.
		page.locator(".min-divisjon a").filter(new Locator.FilterOptions().setHasText(tb(1) + " ")).first().click();
		assertThat(page.locator("h1")).containsText(tb(1));
		Locator tilbake = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tilbake til forsiden"));
		assertThat(tilbake).isVisible();
		page.getByLabel("Ny status").selectOption("PAAGAAR");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre").setExact(true)).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Endringen er lagret.");
		// The way back is kept through the form and its redirect.
		assertThat(page).hasURL(url("/oppdrag/" + tb(1) + "?liste=forside"));
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tilbake til oppdragslisten")))
			.hasCount(0);
		assertAccessible("oppdrag-fra-forsiden");
		tilbake.click();
		assertThat(page).hasURL(url("/"));
		assertThat(page.locator("h1")).containsText("Velkommen");
	}

	@Test
	void aDoublePressSendsTheCommentOnce() {
		login("saksbehandler");
		open("/oppdrag/" + tb(1));
		AtomicInteger sendt = new AtomicInteger();
		page.onRequest(r -> {
			if (r.method().equals("POST") && r.url().contains("/kommentar")) {
				sendt.incrementAndGet();
			}
		});
		page.getByLabel("Kommentar", new Page.GetByLabelOptions().setExact(true)).fill("Trykket to ganger");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre kommentar")).dblclick();
		assertThat(page.getByText("Kommentaren er lagret.")).isVisible();
		assertThat(sendt.get()).isEqualTo(1);
		assertThat(jdbc.queryForObject("""
				SELECT count(*) FROM oppdrag_historikk h JOIN oppdrag o ON o.id = h.oppdrag_id
				WHERE o.visnings_id = ? AND h.notat = 'Trykket to ganger'""", Integer.class, tb(1))).isEqualTo(1);
	}
}
