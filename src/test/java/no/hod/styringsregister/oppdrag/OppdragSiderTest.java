package no.hod.styringsregister.oppdrag;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OppdragSiderTest {

	@Test
	void onlyAnAssignmentsPageGetsTheWayBackToTheStartPage() {
		assertThat(OppdragSider.fraForsiden("/oppdrag/TB2025-1")).isEqualTo("/oppdrag/TB2025-1?liste=forside");
		// Other pages, an assignment's form or a page that already has a query stay as they are.
		for (String annen : new String[] { "/tildelingsbrev/3", "/rapporteringskalender?maaned=2025-03", "/oppdrag",
				"/oppdrag/", "/oppdrag/TB2025-1/status", "/oppdrag/TB2025-1?liste=year%3D2025", "/oppdrag/TB2025-1#x",
				"https://evil.example/oppdrag/TB2025-1" }) {
			assertThat(OppdragSider.fraForsiden(annen)).isEqualTo(annen);
		}
		assertThat(OppdragSider.fraForsiden(null)).isNull();
		assertThat(OppdragSider.FRA_FORSIDEN).isEqualTo("/oppdrag/{id}?liste=" + OppdragSider.FORSIDEN);
	}
}
