package no.hod.styringsregister.rapporter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import no.hod.styringsregister.oppdrag.OppdragImport;
import no.hod.styringsregister.oppdrag.OppdragImport.OppdragData;
import no.hod.styringsregister.oppdrag.OppdragImport.Tekstdel;
import no.hod.styringsregister.oppdrag.OppdragImport.Unntak;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.testsupport.BrowserTest;
import no.hod.styringsregister.testsupport.BrowserTestSupport;
import no.hod.styringsregister.web.Formats;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What users found hard to read or use, measured in Chromium: the start page's chart on a phone, the size of the
 * status report's links, and the browser's printout of the report, which must not leave a goal's heading alone at the
 * foot of a page.
 */
@BrowserTest
class LesbarhetJourneyTests extends BrowserTestSupport {

	/** Each of the chart's texts: its size on the screen (the SVG is scaled to its box) and its box. */
	private static final String DIAGRAMTEKSTER = """
			() => [...document.querySelectorAll('svg.stolpediagram text')].map(e => {
			  const r = e.getBoundingClientRect();
			  const stolpe = e.parentElement.querySelector('rect').getBoundingClientRect();
			  return { tekst: e.textContent, slag: e.getAttribute('class'),
			    px: parseFloat(getComputedStyle(e).fontSize) * e.getScreenCTM().a,
			    venstre: r.left, topp: r.top, hoyre: r.right, bunn: r.bottom, stolpe: stolpe.left };
			})
			""";

	/** Every link and button on the page that is shown, with its box. */
	private static final String LENKEFLATER = """
			() => [...document.querySelectorAll('a, button')].filter(e => e.getClientRects().length > 0).map(e => {
			  const r = e.getBoundingClientRect();
			  return { tekst: e.textContent.trim(), bredde: r.width, hoyde: r.height };
			})
			""";

	static final int MAAL = 36;

	/** Long enough to make its row taller than the room a heading would keep under it. */
	static final String LANG_TITTEL = StatusRapportSideskiftTests.LANG_TITTEL;

	@Autowired
	OppdragImport oppdragImport;

	@Autowired
	OrganisasjonService organisasjon;

	@Test
	void onAPhoneTheChartsLabelsAreReadableAndApart() {
		page.setViewportSize(375, 812);
		login("saksbehandler");
		open("/?agency=Helsedirektoratet&year=2025");
		List<Map<String, Object>> tekster = tekster(page.evaluate(DIAGRAMTEKSTER));
		// A label and a count for each of the seven statuses.
		assertThat(tekster).hasSize(14);
		assertThat(tekster).filteredOn(t -> "etikett".equals(t.get("slag"))).extracting(t -> t.get("tekst"))
			.contains("Ikke startet", "Pågår", "Videreført");
		for (Map<String, Object> t : tekster) {
			assertThat(tall(t, "px")).as("skriftstørrelse på «%s»", t.get("tekst")).isGreaterThanOrEqualTo(12);
			if ("etikett".equals(t.get("slag"))) {
				assertThat(tall(t, "hoyre")).as("«%s» før stolpen", t.get("tekst")).isLessThanOrEqualTo(tall(t, "stolpe"));
			}
		}
		for (int i = 0; i < tekster.size(); i++) {
			for (int j = i + 1; j < tekster.size(); j++) {
				Map<String, Object> a = tekster.get(i);
				Map<String, Object> b = tekster.get(j);
				boolean overlapper = tall(a, "venstre") < tall(b, "hoyre") && tall(b, "venstre") < tall(a, "hoyre")
						&& tall(a, "topp") < tall(b, "bunn") && tall(b, "topp") < tall(a, "bunn");
				assertThat(overlapper).as("«%s» og «%s» overlapper", a.get("tekst"), b.get("tekst")).isFalse();
			}
		}
		assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
		assertAccessible("forside-diagram-telefon");
	}

	@Test
	void everyLinkOfTheStatusReportIsAtLeast24PixelsEachWay() {
		login("saksbehandler");
		for (int bredde : new int[] { 1280, 375 }) {
			page.setViewportSize(bredde, 900);
			open("/rapporter/status?agency=Helsedirektoratet&year=2025");
			List<Map<String, Object>> lenker = tekster(page.evaluate(LENKEFLATER));
			assertThat(lenker).as("%d px", bredde).extracting(l -> l.get("tekst"))
				.contains("Tilbake til rapporter", "Last ned Excel", "Last ned PDF");
			for (Map<String, Object> l : lenker) {
				assertThat(tall(l, "hoyde")).as("høyden på «%s» ved %d px", l.get("tekst"), bredde)
					.isGreaterThanOrEqualTo(24);
				assertThat(tall(l, "bredde")).as("bredden på «%s» ved %d px", l.get("tekst"), bredde)
					.isGreaterThanOrEqualTo(24);
			}
			assertAccessible("rapport-lenker-" + bredde);
		}
	}

	/**
	 * Goals of one to four assignments, every third goal's first title over many lines, every fifth over two: the
	 * headings fall at many heights of the printed pages, so that, kept apart from their first rows, one of them ends a
	 * page. Printed on the stylesheet's paper and on two the browser's dialog may choose instead.
	 */
	@Test
	void thePrintedReportEndsNoPageWithAGoalsHeading() throws Exception {
		int aar = LocalDate.now(Formats.OSLO).getYear();
		String etat = "Utskriftsetaten " + System.nanoTime();
		login("admin");
		open("/admin/organisasjon");
		page.locator("#etat-navn").fill(etat);
		page.locator("#ny-etat").getByRole(AriaRole.BUTTON).click();
		page.waitForLoadState();
		long etatId = organisasjon.etatByName(etat).orElseThrow().id();
		String prefiks = "U" + (System.nanoTime() % 1_000_000) + "-";
		List<OppdragData> oppdrag = new ArrayList<>();
		Set<String> overskrifter = new LinkedHashSet<>();
		int n = 0;
		for (int m = 1; m <= MAAL; m++) {
			overskrifter.add(m + ".1 Mål nummer " + m);
			for (int i = 0; i <= m % 4; i++) {
				n++;
				String tittel = i == 0 && m % 3 == 0 ? LANG_TITTEL + n
						: n % 5 == 0 ? "Oppfølging av et oppdrag med en tittel lang nok til å gå over to linjer nr. " + n
								: "Oppdrag nr. " + n;
				oppdrag.add(new OppdragData(prefiks + n, m + ".1", "Mål nummer " + m, List.of(), tittel,
						List.of(new Tekstdel("Tekst.", false)), List.of(LocalDate.of(aar, 12, 31)), null, Unntak.NONE,
						List.of(), List.of()));
			}
		}
		oppdragImport.apply(960_000 + (System.nanoTime() % 10_000), aar, etatId, oppdrag);

		open("/rapporter/status?agency=" + etatId + "&year=" + aar);
		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
		Map<String, Page.PdfOptions> papirer = Map.of("stilarkets A4 liggende",
				new Page.PdfOptions().setPreferCSSPageSize(true), "A4 stående", new Page.PdfOptions().setFormat("A4"),
				"Letter liggende", new Page.PdfOptions().setFormat("Letter").setLandscape(true));
		for (var papir : papirer.entrySet()) {
			try (PDDocument pdf = Loader.loadPDF(page.pdf(papir.getValue()))) {
				String navn = papir.getKey();
				assertThat(pdf.getNumberOfPages()).as(navn).isGreaterThan(4);
				PDFTextStripper tekst = new PDFTextStripper();
				tekst.setSortByPosition(true);
				assertThat(tekst.getText(pdf).lines().map(String::strip)).as(navn).containsAll(overskrifter);
				for (int s = 1; s <= pdf.getNumberOfPages(); s++) {
					tekst.setStartPage(s);
					tekst.setEndPage(s);
					// The page's own lines: without its number at the foot.
					List<String> linjer = tekst.getText(pdf).lines().map(String::strip).filter(l -> !l.isEmpty())
						.filter(l -> !l.matches("Side \\d+ av \\d+"))
						.toList();
					assertThat(linjer).as("%s: side %d", navn, s).isNotEmpty();
					assertThat(overskrifter).as("%s: siste linje på side %d", navn, s)
						.doesNotContain(linjer.get(linjer.size() - 1));
				}
			}
		}
		// The rows after a goal's first are a table of their own: on screen it reads as the same table.
		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
		assertAccessible("rapport-maal-delt");
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> tekster(Object svar) {
		return (List<Map<String, Object>>) svar;
	}

	private static double tall(Map<String, Object> m, String navn) {
		return ((Number) m.get(navn)).doubleValue();
	}
}
