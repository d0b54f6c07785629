package no.hod.styringsregister.tildelingsbrev.internal.parsing;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdRangesTest {

	@Test
	void consecutiveIdsOfOnePrefixAreARangeInNumberOrder() {
		assertThat(IdRanges.of(List.of("TB2025-3", "TB2025-1", "TB2025-2", "TB2025-4"))).isEqualTo("TB2025-1 – TB2025-4");
	}

	@Test
	void gapsOtherPrefixesAndShortRunsAreListed() {
		assertThat(IdRanges.of(List.of("TB2025-1", "TB2025-2", "TB2025-3", "TB2025-7", "TB2025-8", "TTB2025-1", "X")))
			.isEqualTo("TB2025-1 – TB2025-3, TB2025-7, TB2025-8, TTB2025-1, X");
	}
}
