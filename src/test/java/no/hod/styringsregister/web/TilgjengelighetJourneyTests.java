package no.hod.styringsregister.web;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.ForcedColors;
import org.junit.jupiter.api.Test;

import no.hod.styringsregister.testsupport.BrowserTest;
import no.hod.styringsregister.testsupport.BrowserTestSupport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a WCAG review found with a browser on the demo's data: a refused admin form's summary takes the focus, forced
 * colours mark only the current link and show the start page's chart, tables that scroll sideways on a phone can be
 * scrolled by keyboard, and pages fit a phone with wider text spacing. Reads only: every form here is refused.
 */
@BrowserTest
class TilgjengelighetJourneyTests extends BrowserTestSupport {

	private static final Page.GetByRoleOptions LAGRE = new Page.GetByRoleOptions().setName("Lagre").setExact(true);

	/** WCAG 1.4.12: the spacing the page must take without losing content (injected as the user's own sheet). */
	private static final String TEKSTAVSTAND = """
			() => {
			  const ark = new CSSStyleSheet();
			  ark.replaceSync('* { line-height: 1.5 !important; letter-spacing: .12em !important;'
			    + ' word-spacing: .16em !important; } p { margin-bottom: 2em !important; }');
			  document.adoptedStyleSheets = [...document.adoptedStyleSheets, ark];
			}
			""";

	/** The system colours Canvas and CanvasText as the page resolves them (an author's system colour is kept). */
	private static final String SYSTEMFARGER = """
			() => {
			  const probe = document.createElement('span');
			  document.body.append(probe);
			  probe.style.color = 'Canvas';
			  const canvas = getComputedStyle(probe).color;
			  probe.style.color = 'CanvasText';
			  const tekst = getComputedStyle(probe).color;
			  probe.remove();
			  return { canvas, tekst };
			}
			""";

	/** Each link of the selector: whether it is the current one, and its bottom border's colour. */
	private static final String LENKEMERKER = """
			selector => [...document.querySelectorAll(selector)].map(a => ({
			  tekst: a.textContent.trim(),
			  gjeldende: a.hasAttribute('aria-current'),
			  farge: getComputedStyle(a).borderBottomColor
			}))
			""";

	@Test
	void aRefusedAdminFormsSummaryTakesTheFocus() {
		login("admin");
		open("/admin/brukere/ny");
		page.getByRole(AriaRole.BUTTON, LAGRE).click();
		Locator oppsummering = page.locator("main .melding.feil[role=alert]");
		assertThat(oppsummering.locator("li a").first()).isVisible();
		assertThat(oppsummering).isFocused();

		// A unit's form, sent without a name.
		open("/admin/organisasjon");
		page.locator(".tabell td a").first().click();
		page.getByLabel("Navn", new Page.GetByLabelOptions().setExact(true)).fill("");
		page.getByRole(AriaRole.BUTTON, LAGRE).click();
		assertThat(page.locator("#navn")).hasAttribute("aria-invalid", "true");
		assertThat(page.locator("main .melding.feil[role=alert]")).isFocused();

		// A new password too short, on a user's page: the list above the forms.
		open("/admin/brukere");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("leder-spesialist").setExact(true)).click();
		page.locator("#nytt-passord").fill("kort");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sett nytt passord")).click();
		assertThat(page.locator("#nytt-passord")).hasAttribute("aria-invalid", "true");
		assertThat(page.locator("main > .melding.feil[role=alert]")).isFocused();

		// A refused action that leads back to a page of its own: a letter sent without a file, told in its form.
		open("/tildelingsbrev");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Last opp og se gjennom")).click();
		assertThat(page.locator("form .melding.feil[role=alert] a[href='#fil']")).hasText("Velg en fil å laste opp.");
		assertThat(page.locator("form .melding.feil[role=alert]")).isFocused();
	}

	@Test
	void inForcedColoursOnlyTheCurrentLinkIsMarkedAndTheChartTakesTheSystemsColours() {
		login("admin");
		// A dark scheme, as the reviewer's: the chart's dark fill was lost on it.
		page.emulateMedia(new Page.EmulateMediaOptions().setForcedColors(ForcedColors.ACTIVE)
			.setColorScheme(ColorScheme.DARK));

		open("/oppdrag");
		Map<?, ?> farger = (Map<?, ?>) page.evaluate(SYSTEMFARGER);
		assertThat(farger.get("canvas")).isNotEqualTo(farger.get("tekst"));
		assertKunGjeldendeMerket(".meny a", farger, "Oppdrag");

		open("/rapporteringskalender");
		assertKunGjeldendeMerket(".kalender-visninger a", farger, "Neste 30 dager");

		open("/");
		List<?> fyll = (List<?>) page.evaluate("""
				() => [...document.querySelectorAll('svg.stolpediagram :is(.stolpe, .etikett, .verdi)')]
				  .map(e => getComputedStyle(e).fill)
				""");
		assertThat(fyll).hasSizeGreaterThan(6).allSatisfy(f -> assertThat(f).isEqualTo(farger.get("tekst")));
	}

	private void assertKunGjeldendeMerket(String selector, Map<?, ?> farger, String gjeldende) {
		List<?> lenker = (List<?>) page.evaluate(LENKEMERKER, selector);
		assertThat(lenker).hasSizeGreaterThan(2);
		for (Object o : lenker) {
			Map<?, ?> lenke = (Map<?, ?>) o;
			if (Boolean.TRUE.equals(lenke.get("gjeldende"))) {
				assertThat(lenke.get("tekst")).isEqualTo(gjeldende);
				assertThat(lenke.get("farge")).as("merket på %s", lenke.get("tekst")).isEqualTo(farger.get("tekst"));
			}
			else {
				// The border in the page's own colour: not seen.
				assertThat(lenke.get("farge")).as("kant på %s", lenke.get("tekst")).isEqualTo(farger.get("canvas"));
			}
		}
	}

	@Test
	void aTableThatScrollsSidewaysOnAPhoneIsARegionTheKeyboardCanScroll() {
		page.setViewportSize(320, 800);
		login("admin");
		open("/tildelingsbrev");
		String brev = (String) page.evaluate("""
				() => [...document.querySelectorAll('.tabell a')].map(a => a.getAttribute('href'))
				  .find(h => /^\\/tildelingsbrev\\/\\d+$/.test(h))
				""");
		open("/instrukser");
		String etat = page.locator("a[href^='/instrukser/etat/']").first().getAttribute("href");

		for (String sti : List.of(brev, "/instrukser", etat, "/tildelingsbrev", "/admin/brukere", "/admin/organisasjon")) {
			open(sti);
			List<?> rammer = (List<?>) page.evaluate("""
					() => [...document.querySelectorAll('.tabell-ramme')].filter(r => r.scrollWidth > r.clientWidth)
					  .map(r => r.getAttribute('tabindex') + ' ' + r.getAttribute('role') + ' ' + r.getAttribute('aria-label'))
					""");
			// Some table scrolls here, so the check is about something.
			assertThat(rammer).as(sti).isNotEmpty()
				.allSatisfy(r -> assertThat((String) r).as(sti).matches("0 region (?!null$)\\S.*"));
		}

		open(brev);
		Locator historikk = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Importhistorikk"));
		historikk.focus();
		assertThat(historikk).isFocused();
		page.keyboard().press("ArrowRight");
		page.waitForFunction("() => document.activeElement.scrollLeft > 0");
		assertAccessible("telefon-brev-importhistorikk");
	}

	@Test
	void pagesFitAPhoneWithWiderTextSpacing() {
		page.setViewportSize(320, 800);
		login("admin");
		open("/instrukser");
		String instruks = (String) page.evaluate("""
				() => [...document.querySelectorAll('.tabell a')].map(a => a.getAttribute('href'))
				  .find(h => /^\\/instrukser\\/\\d+$/.test(h))
				""");
		// What widened each page, so the check is about something.
		Map<String, String> sider = Map.of("/", "table.tall-tabell.stabel .tall .kun-smal", instruks, "dl.instr-fakta",
				"/admin/organisasjon", ".org-verktoy a.knapp");
		sider.forEach((sti, innhold) -> {
			open(sti);
			assertThat(page.locator(innhold).first()).isVisible();
			page.evaluate(TEKSTAVSTAND);
			assertThat((Number) page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth"))
				.as("%s vider enn skjermen", sti).satisfies(n -> assertThat(n.intValue()).isLessThanOrEqualTo(0));
		});
	}
}
