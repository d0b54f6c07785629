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

/** The text a new version of the letter replaced opens from the history row that replaced it, and only there. */
@BrowserTest
class TidligereTekstJourneyTests extends BrowserTestSupport {

	@Autowired
	OppdragImport oppdragImport;

	@Autowired
	OrganisasjonService organisasjon;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theEarlierTextIsClosedUntilItsSummaryIsOpened() {
		Integer storst = jdbc.queryForObject("SELECT max(aar) FROM oppdrag", Integer.class);
		int aar = storst == null ? 2401 : storst + 2;
		String id = "TB" + aar + "-1";
		long etat = organisasjon.etatByName("Helsedirektoratet").orElseThrow().id();
		long brev = 810_000 + aar;
		oppdragImport.apply(brev, aar, etat, List.of(oppdrag(id, aar, "Tyttebærene skal telles før jul.")));
		oppdragImport.apply(brev, aar, etat, List.of(oppdrag(id, aar, "Blåbærene skal telles før påske.")));

		login("saksbehandler");
		open("/oppdrag/" + id);
		Locator tidligere = page.locator("details.tidligere-tekst");
		assertThat(tidligere).hasCount(1);
		assertThat(tidligere.getByText("Tyttebærene skal telles før jul.")).isHidden();
		tidligere.locator("summary").click();
		assertThat(tidligere.getByText("Tyttebærene skal telles før jul.")).isVisible();
		assertThat(page.locator(".oppdrag-deler")).containsText("Blåbærene skal telles før påske.");
		assertAccessible("oppdrag-tidligere-tekst");
	}

	private static OppdragData oppdrag(String id, int aar, String tekst) {
		return new OppdragData(id, "3.1", "Bedre folkehelse", List.of("FHA"), "Bærtelling",
				List.of(new Tekstdel(tekst, false)), List.of(LocalDate.of(aar, 6, 30)), null, Unntak.NONE, List.of(),
				List.of());
	}
}
