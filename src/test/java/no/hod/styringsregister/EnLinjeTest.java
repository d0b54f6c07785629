package no.hod.styringsregister;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one rule for one-line fields: no line break or other control character (bidirectional ones too), but tab. */
class EnLinjeTest {

	@ParameterizedTest
	@ValueSource(strings = { "Første\nandre", "Første\r\nandre", "Slutt\r", "Vertikal\u000btab", "Side\fskift",
			"Neste\u0085linje", "Linje\u2028skille", "Avsnitt\u2029skille", "Bjelle\u0007", "Slett\u007f", "C1\u0090",
			"Tittel \u202Emed baklengs resten", "\u202Ainnebygd\u202C", "\u202Boverstyrt", "\u202Dvenstre",
			"\u2066isolert\u2069", "\u2067høyre", "\u2068først sterk" })
	void lineBreaksAndControlCharactersAreRefused(String tekst) {
		assertThat(EnLinje.Regel.godtatt(tekst)).isFalse();
		assertThatThrownBy(() -> EnLinje.Regel.sjekk(tekst, "Tittelen")).isInstanceOf(IllegalArgumentException.class)
			.hasMessage("Tittelen må stå på én linje, uten linjeskift eller andre kontrolltegn.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "Kvartalsmøte i HOD", "Tab\tfra regneark", "Æøå – «sitat» § 22 €", "😀",
			"Arabisk مرحبا og hebraisk שלום", "Retningsmerke\u200E", "Hardt\u00A0mellomrom" })
	void oneLineTextIsLetThrough(String tekst) {
		assertThat(EnLinje.Regel.godtatt(tekst)).isTrue();
		EnLinje.Regel.sjekk(tekst, "Tittelen");
	}

	@org.junit.jupiter.api.Test
	void noTextIsNoLineBreak() {
		assertThat(EnLinje.Regel.godtatt(null)).isTrue();
	}
}
