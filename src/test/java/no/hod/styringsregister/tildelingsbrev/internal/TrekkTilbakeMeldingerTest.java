package no.hod.styringsregister.tildelingsbrev.internal;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import no.hod.styringsregister.web.Formats;

import static org.assertj.core.api.Assertions.assertThat;

/** The withdrawal's counts read «1 fullmakt», «1 kopi» for one, and the plural for more (and for none). */
class TrekkTilbakeMeldingerTest {

	private final ResourceBundleMessageSource meldinger = meldinger();

	@Test
	void theWithdrawnMessageSaysOneInTheSingular() {
		assertThat(tekst("tildelingsbrev.trukket.melding", 1, 1, 1, 1)).isEqualTo(
				"Brevet er trukket tilbake: 1 oppdrag, 1 budsjettlinje, 1 fullmakt og 1 kalenderoppføring er tatt ut av "
						+ "registeret.");
		assertThat(tekst("tildelingsbrev.trukket.melding", 2, 2, 2, 2)).isEqualTo(
				"Brevet er trukket tilbake: 2 oppdrag, 2 budsjettlinjer, 2 fullmakter og 2 kalenderoppføringer er tatt ut "
						+ "av registeret.");
		assertThat(tekst("tildelingsbrev.trukket.melding", 5, 0, 0, 0)).isEqualTo(
				"Brevet er trukket tilbake: 5 oppdrag, 0 budsjettlinjer, 0 fullmakter og 0 kalenderoppføringer er tatt ut "
						+ "av registeret.");
	}

	@Test
	void theCopiesAreOneCopyOrSeveral() {
		assertThat(tekst("tildelingsbrev.trukket.melding.kopier", 1)).isEqualTo("Med dem er 1 kopi fra årsskiftet tatt ut.");
		assertThat(tekst("tildelingsbrev.trukket.melding.kopier", 2)).isEqualTo("Med dem er 2 kopier fra årsskiftet tatt ut.");
		assertThat(tekst("tildelingsbrev.trekk-tilbake.kopier.forklaring", 1)).isEqualTo(
				"Årsskiftet har laget 1 kopi av et av brevets oppdrag (med status Videreført i året etter). Den tas ut av "
						+ "registeret sammen med oppdraget den er en kopi av, på samme måte: ingenting slettes, og status "
						+ "og historikk blir stående.");
		assertThat(tekst("tildelingsbrev.trekk-tilbake.kopier.forklaring", 2)).isEqualTo(
				"Årsskiftet har laget 2 kopier av brevets oppdrag (med status Videreført i året etter). De tas ut av "
						+ "registeret sammen med oppdragene de er kopier av, på samme måte: ingenting slettes, og status og "
						+ "historikk blir stående.");
	}

	private String tekst(String nokkel, Object... argumenter) {
		return meldinger.getMessage(nokkel, argumenter, Formats.NORSK);
	}

	private static ResourceBundleMessageSource meldinger() {
		ResourceBundleMessageSource kilde = new ResourceBundleMessageSource();
		kilde.setBasenames("messages", "i18n/tildelingsbrev");
		kilde.setDefaultEncoding("UTF-8");
		kilde.setFallbackToSystemLocale(false);
		return kilde;
	}
}
