package no.hod.styringsregister.web;

import java.util.List;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import no.hod.styringsregister.testsupport.BrowserTest;
import no.hod.styringsregister.testsupport.BrowserTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lists on a phone (390 × 844 CSS px): the page never scrolls sideways, a table too wide for the screen scrolls in
 * a frame of its own that the keyboard can reach and a screen reader names, every control is a target a finger can
 * hit (WCAG 2.2's 2.5.8, 24 × 24 px or spaced as wide), and axe finds nothing.
 */
@BrowserTest
class ListerPaTelefonJourneyTests extends BrowserTestSupport {

	/**
	 * Shown controls in main smaller than 24 × 24 px: every field, box and button; a link only when it is neither in a
	 * sentence nor spaced so that a circle of 24 px around its middle touches no other control (2.5.8's inline and
	 * spacing exceptions). A closed details element's content has a size too: what is not shown does not count.
	 */
	private static final String FOR_SMAA_MAAL = """
			() => {
			  const mål = [...document.querySelectorAll('main a[href], main button, main input:not([type=hidden]),'
			      + ' main select, main textarea, main summary')]
			    .map(el => ({ el, r: el.getBoundingClientRect() }))
			    .filter(m => m.el.checkVisibility({ visibilityProperty: true }));
			  const smått = m => m.r.width < 24 || m.r.height < 24;
			  const felt = m => m.el.tagName !== 'A';
			  const midt = m => ({ x: m.r.left + m.r.width / 2, y: m.r.top + m.r.height / 2 });
			  const iSetning = el => el.tagName === 'A' && getComputedStyle(el).display === 'inline'
			    && el.parentElement.textContent.trim().length > el.textContent.trim().length;
			  const avstand = (p, r) => Math.hypot(Math.max(r.left - p.x, 0, p.x - r.right),
			    Math.max(r.top - p.y, 0, p.y - r.bottom));
			  const navn = m => m.el.tagName + ' «' + (m.el.id || m.el.textContent.trim().replace(/\\s+/g, ' ').slice(0, 40))
			    + '» ' + Math.round(m.r.width) + '×' + Math.round(m.r.height);
			  const nær = (m, n) => n !== m && (avstand(midt(m), n.r) < 12
			    || smått(n) && Math.hypot(midt(m).x - midt(n).x, midt(m).y - midt(n).y) < 24);
			  return mål.filter(m => smått(m) && felt(m)).map(navn).concat(mål.filter(m => smått(m) && !felt(m)
			      && !iSetning(m.el)).flatMap(m => mål.filter(n => nær(m, n)).slice(0, 1).map(n => navn(m) + ' ved ' + navn(n))));
			}
			""";

	/** Frames whose table is wider than they are, and that the keyboard cannot reach or a screen reader not name. */
	private static final String RAMMER_UTEN_NAVN = """
			() => [...document.querySelectorAll('.tabell-ramme')]
			  .filter(r => r.scrollWidth > r.clientWidth)
			  .filter(r => r.tabIndex < 0 || r.getAttribute('role') !== 'region' || !r.getAttribute('aria-label')
			    && !r.getAttribute('aria-labelledby'))
			  .map(r => r.outerHTML.slice(0, 120))
			""";

	private static final List<String> SIDER = List.of("/", "/oppdrag", "/bevilgninger", "/rapporteringskalender",
			"/instrukser/sok?q=internrevisjon");

	@Test
	void everyListFitsAPhoneWithTargetsAFingerCanHit() {
		page.setViewportSize(390, 844);
		login("leder-folkehelse");
		SoftAssertions sjekk = new SoftAssertions();
		for (String side : SIDER) {
			open(side);
			sjekk.assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
				.as(side)
				.isTrue();
			sjekk.assertThat((List<?>) page.evaluate(RAMMER_UTEN_NAVN)).as(side).isEmpty();
			sjekk.assertThat((List<?>) page.evaluate(FOR_SMAA_MAAL)).as(side).isEmpty();
		}
		// The assignments' filter, closed on a phone, opened: its boxes are as big as the fields.
		open("/oppdrag");
		page.locator("details.oppdrag-filterboks > summary").click();
		sjekk.assertThat((List<?>) page.evaluate(FOR_SMAA_MAAL)).as("/oppdrag, filteret åpnet").isEmpty();
		// Every page's faults at once, before axe stops at the first page it finds one on.
		sjekk.assertAll();
		for (String side : SIDER) {
			open(side);
			assertAccessible("telefon" + side.replaceAll("[^a-z]+", "-"));
		}
	}
}
