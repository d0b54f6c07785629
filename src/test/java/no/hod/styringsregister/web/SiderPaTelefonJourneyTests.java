package no.hod.styringsregister.web;

import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import no.hod.styringsregister.testsupport.BrowserTest;
import no.hod.styringsregister.testsupport.BrowserTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An assignment's facts and a unit's assignments on a phone (390 × 844 CSS px), on the demo's data: the page never
 * scrolls sideways, and words are read whole, not broken at some letter because their column is too narrow.
 */
@BrowserTest
class SiderPaTelefonJourneyTests extends BrowserTestSupport {

	/** The words of the given elements' text that run over more than one line, each with its element's text. */
	private static final String DELTE_ORD = """
			selector => {
			  const delte = [];
			  for (const el of document.querySelectorAll(selector)) {
			    const tekster = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
			    for (let node = tekster.nextNode(); node; node = tekster.nextNode()) {
			      for (const ord of node.data.matchAll(/\\S+/g)) {
			        const r = document.createRange();
			        r.setStart(node, ord.index);
			        r.setEnd(node, ord.index + ord[0].length);
			        const linjer = new Set([...r.getClientRects()].map(b => Math.round(b.top)));
			        if (linjer.size > 1) delte.push(ord[0] + ' i «' + el.textContent.trim().replace(/\\s+/g, ' ') + '»');
			      }
			    }
			  }
			  return delte;
			}
			""";

	@Test
	void anAssignmentsFactsStandLabelAboveValueWithWordsWhole() {
		page.setViewportSize(390, 844);
		login("saksbehandler");
		open("/oppdrag/TB2025-20");
		assertThat(page.locator("h1").textContent()).contains("TB2025-20");

		assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
		// The letter's and the agency's names, as the reviewer saw them broken («Helsedirektorat|et»).
		assertThat(page.locator(".oppdrag-fakta dd").allTextContents()).anySatisfy(
				tekst -> assertThat(tekst).contains("Helsedirektoratet"));
		assertThat((List<?>) page.evaluate(DELTE_ORD, ".oppdrag-fakta dd")).isEmpty();
		// Each label above its value, the value as wide as the list: no column of labels takes the room.
		assertThat((List<?>) page.evaluate("""
				() => [...document.querySelectorAll('.oppdrag-fakta dd')].filter(dd => {
				  const dt = dd.previousElementSibling, liste = dd.parentElement.getBoundingClientRect();
				  const r = dd.getBoundingClientRect();
				  return !dt || dt.tagName !== 'DT' && dt.tagName !== 'DD' || dt.getBoundingClientRect().bottom > r.top + 1
				    || Math.abs(r.left - liste.left) > 1 || r.width < liste.width - 1;
				}).map(dd => dd.textContent.trim().slice(0, 60))
				""")).isEmpty();
		assertAccessible("telefon-oppdrag-fakta");
	}

	@Test
	void aUnitsAssignmentsFitThePhoneAsBlocks() {
		page.setViewportSize(390, 844);
		login("leder-folkehelse");
		open("/organisasjon");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Divisjon folkehelse").setExact(true))
			.click();
		page.waitForLoadState();
		assertThat(page.locator("h1").textContent()).isEqualTo("Divisjon folkehelse");
		// The demo routes the year's assignments here: the table is there to be checked.
		assertThat(page.locator("table.tabell tbody tr").count()).isGreaterThan(3);

		assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
		// Nothing scrolls in a frame of its own either, and every cell is whole on the screen (no «Ikke starte»).
		assertThat((List<?>) page.evaluate("""
				() => [...document.querySelectorAll('.tabell-ramme')].filter(r => r.scrollWidth > r.clientWidth)
				  .map(r => r.scrollWidth + ' > ' + r.clientWidth)
				""")).isEmpty();
		assertThat((List<?>) page.evaluate("""
				() => [...document.querySelectorAll('table.tabell tbody td')].filter(td => {
				  const r = td.getBoundingClientRect();
				  return r.left < 0 || r.right > document.documentElement.clientWidth || td.scrollWidth > td.clientWidth;
				}).map(td => td.textContent.trim())
				""")).isEmpty();
		// An id is not split at its hyphen («TB2025-/10»), nor a status or a title's word at a letter.
		assertThat((List<?>) page.evaluate("""
				() => [...document.querySelectorAll('table.tabell tbody td a')].filter(a => a.getClientRects().length > 1)
				  .map(a => a.textContent)
				""")).isEmpty();
		assertThat((List<?>) page.evaluate(DELTE_ORD, "table.tabell tbody td")).isEmpty();
		assertAccessible("telefon-enhet");
	}
}
