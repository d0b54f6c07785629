package no.hod.styringsregister.oppdrag;

import java.time.LocalDate;
import java.util.List;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import no.hod.styringsregister.oppdrag.OppdragImport.OppdragData;
import no.hod.styringsregister.oppdrag.OppdragImport.Tekstdel;
import no.hod.styringsregister.oppdrag.OppdragImport.Unntak;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.testsupport.BrowserTest;
import no.hod.styringsregister.testsupport.BrowserTestSupport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Long words and pasted URLs wrap on the detail page: it stays as wide as a phone's screen. */
@BrowserTest
class LangTekstJourneyTests extends BrowserTestSupport {

	private static final String LANG_URL = "https://www.regjeringen.no/no/dokumenter/tildelingsbrev-2025-helsedirektoratet/"
			+ "id3079999/?ch=1&utm_source=styringsregister&utm_medium=lenke&utm_campaign=oppfolging-av-oppdrag";

	private static final String LANGT_ORD = "Helseberedskapsforsyningssikkerhetsvurderingsrapporteringsrutinegjennomgangen";

	@Autowired
	OppdragImport oppdragImport;

	@Autowired
	OrganisasjonService organisasjon;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void onAPhoneALongUrlInTheProgressNoteAndALongWordInTheHistoryWrapInsteadOfWideningThePage() {
		Integer storst = jdbc.queryForObject("SELECT max(aar) FROM oppdrag", Integer.class);
		int aar = storst == null ? 2401 : storst + 2;
		String id = "TB" + aar + "-1";
		long etat = organisasjon.etatByName("Helsedirektoratet").orElseThrow().id();
		oppdragImport.apply(800_000 + aar, aar, etat, List.of(new OppdragData(id, "3.1", "Bedre folkehelse",
				List.of("FHA"), "Gjennomgang av " + LANGT_ORD,
				List.of(new Tekstdel("Se " + LANG_URL + " for bakgrunnen.", false)), List.of(LocalDate.of(aar, 6, 30)),
				null, Unntak.NONE, List.of(), List.of())));
		jdbc.update("UPDATE oppdrag SET fremdrift = ?, status_grunn = ? WHERE visnings_id = ?",
				"Status er beskrevet i " + LANG_URL, LANG_URL, id);
		long oppdrag = jdbc.queryForObject("SELECT id FROM oppdrag WHERE visnings_id = ?", Long.class, id);
		String ord = "a".repeat(4000);
		jdbc.update("INSERT INTO oppdrag_historikk (oppdrag_id, bruker_navn, type, notat) VALUES (?, ?, 'KOMMENTAR', ?)",
				oppdrag, "Sara Saksbehandler", ord);
		jdbc.update("INSERT INTO oppdrag_historikk (oppdrag_id, bruker_navn, type, felt, fra, til) "
				+ "VALUES (?, ?, 'FREMDRIFT', 'fremdrift', NULL, ?)", oppdrag, "Sara Saksbehandler", LANG_URL + ord);

		page.setViewportSize(375, 800);
		login("saksbehandler");
		open("/oppdrag/" + id);
		assertThat(page.getByText(ord).first()).isVisible();
		assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue()).isEqualTo(375);
		Locator ramme = page.locator(".tabell-ramme")
			.filter(new Locator.FilterOptions().setHas(page.locator("table.stabel")));
		assertThat((Boolean) ramme.evaluate("r => r.scrollWidth <= r.clientWidth")).isTrue();
		// Normal text still wraps between words: the time of a history row is not broken inside a word.
		Locator tid = ramme.locator("tbody tr td").first();
		assertThat(tid.boundingBox().height).isLessThan(40.0);
		assertAccessible("oppdrag-lang-tekst-telefon");

		// The list's block for the assignment, with its long title, stays within the screen too.
		open("/oppdrag?year=" + aar);
		assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue()).isEqualTo(375);

		// On a wide screen the page does not scroll sideways either.
		page.setViewportSize(1280, 900);
		open("/oppdrag/" + id);
		assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
	}
}
