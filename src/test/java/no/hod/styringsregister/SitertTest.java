package no.hod.styringsregister;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A value quoted in a message, without the bidirectional controls that would turn the sentence around. */
class SitertTest {

	@Test
	void theBidirectionalControlsAreLeftOutAndEverythingElseKept() {
		assertThat(Sitert.verdi("\u202Eabc")).isEqualTo("«abc»");
		assertThat(Sitert.verdi("\u202Aa\u202Bb\u202Cc\u202Dd\u2066e\u2067f\u2068g\u2069")).isEqualTo("«abcdefg»");
		// Right-to-left text itself, marks and other invisible characters are not those controls.
		assertThat(Sitert.verdi("مرحبا\u200E – «x»")).isEqualTo("«مرحبا\u200E – «x»»");
		assertThat(Sitert.verdi(1.5)).isEqualTo("«1.5»");
		assertThat(Sitert.utenRetningstegn("TB2025-1\u202E")).isEqualTo("TB2025-1");
	}
}
