package no.hod.styringsregister.tildelingsbrev.internal.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class Letter2020ParagraphsTest {

	@Test
	void aBlankLineInsideAQuotedTitleDoesNotEndTheParagraph() {
		List<String> lines = List.of("Departementet viser til rapporten «Samfunnsøkonomiske kostnader av røyking.", "",
				"En vurdering av metodikk» fra 2010.", "", "Direktoratet skal lage en oppdatert rapport.");
		assertThat(Letter2020Paragraphs.paragraphs(lines)).containsExactly(
				"Departementet viser til rapporten «Samfunnsøkonomiske kostnader av røyking. En vurdering av metodikk» "
						+ "fra 2010.",
				"Direktoratet skal lage en oppdatert rapport.");
	}

	@Test
	void aQuotationLeftOpenFarBackDoesNotSwallowTheNextParagraph() {
		String opened = "Direktoratet skal følge opp «Gjennomgang av saker om tvang i psykisk helsevern, der rapporten "
				+ "omtaler bruk av tvangsmidler, skjerming og tvungen legemiddelbehandling i alle helseregioner i "
				+ "landet.";
		List<String> lines = List.of(opened, "", "Arbeidet gjøres sammen med Helsetilsynet.");
		assertThat(Letter2020Paragraphs.paragraphs(lines)).containsExactly(opened,
				"Arbeidet gjøres sammen med Helsetilsynet.");
	}

	@Test
	void aClosedQuotationEndsAsBefore() {
		List<String> lines = List.of("Direktoratet viser til «Sammen om mestring».", "", "Veilederen skal revideres.");
		assertThat(Letter2020Paragraphs.paragraphs(lines)).containsExactly("Direktoratet viser til «Sammen om mestring».",
				"Veilederen skal revideres.");
	}
}
