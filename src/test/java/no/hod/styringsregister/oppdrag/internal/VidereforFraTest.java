package no.hod.styringsregister.oppdrag.internal;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The year the year end form offers first, on the assignment list (years newest first). */
class VidereforFraTest {

	private static final List<Integer> AARSTALL = List.of(2026, 2025, 2024);

	@Test
	void theYearTheListShowsComesFirst() {
		assertThat(OppdragController.videreforFra(2025, AARSTALL, aar -> false)).isEqualTo(2025);
		assertThat(OppdragController.videreforFra(2026, AARSTALL, Set.of(2025, 2026)::contains)).isEqualTo(2026);
	}

	@Test
	void inJanuaryWithTheNewLetterInButTheYearEndNotRunTheYearBeforeTheNewest() {
		assertThat(OppdragController.videreforFra(null, AARSTALL, Set.of(2025, 2026)::contains)).isEqualTo(2025);
		// A year the list shows without assignments is no year end's year.
		assertThat(OppdragController.videreforFra(2030, AARSTALL, Set.of(2025, 2026)::contains)).isEqualTo(2025);
	}

	@Test
	void onceTheYearBeforeIsCarriedOverOrBeforeTheNewLetterTheNewest() {
		assertThat(OppdragController.videreforFra(null, AARSTALL, Set.of(2026)::contains)).isEqualTo(2026);
		assertThat(OppdragController.videreforFra(null, List.of(2025, 2024), Set.of(2025)::contains)).isEqualTo(2025);
		assertThat(OppdragController.videreforFra(null, List.of(), aar -> true)).isNull();
	}
}
