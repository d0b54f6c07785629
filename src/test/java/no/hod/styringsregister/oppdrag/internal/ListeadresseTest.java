package no.hod.styringsregister.oppdrag.internal;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The status report and a row's id as ways back, read and written by the rules the other pages follow. */
class ListeadresseTest {

	@Test
	void theStatusReportIsAWayBackWithItsOwnParameters() {
		Listeadresse rapporten = Listeadresse.les("/rapporter?agency=1&year=2025&date=2026-12-07").orElseThrow();
		assertThat(rapporten.tilbake()).isEqualTo("/rapporter?agency=1&year=2025&date=2026-12-07");
		assertThat(rapporten.tekst()).isEqualTo("oppdrag.tilbake.rapport");
		assertThat(rapporten.listen()).isFalse();
		assertThat(rapporten.somParameter()).isEqualTo("?liste=%2Frapporter%3Fagency%3D1%26year%3D2025%26date%3D2026-12-07");
		// The list's own parameter names mean nothing on the report's page.
		assertThat(Listeadresse.les("/rapporter?agency=1&status=FORSINKET")).isEmpty();
	}

	@Test
	void aRowsIdTakesTheWayBackToThatRow() {
		Listeadresse raden = Listeadresse.les("/bevilgninger?etat=1&aar=2025#post-701-21-3").orElseThrow();
		assertThat(raden.tilbake()).isEqualTo("/bevilgninger?etat=1&aar=2025#post-701-21-3");
		assertThat(raden.tekst()).isEqualTo("oppdrag.tilbake.bevilgninger");
		assertThat(Listeadresse.les("/bevilgninger#post-701-21").map(Listeadresse::tekst))
			.contains("oppdrag.tilbake.bevilgninger");
	}

	@Test
	void aRowsIdIsNothingButPlainCharacters() {
		for (String fiendtlig : new String[] { "/bevilgninger?aar=2025#x\"onclick", "/bevilgninger#//evil.example",
				"/bevilgninger#", "/bevilgninger#a#b", "/bevilgninger#a b", "/bevilgninger#a%22",
				"/bevilgninger#x?aar=2025", "/bevilgninger#" + "x".repeat(81), "/organisasjon/enhet/1#x" }) {
			assertThat(Listeadresse.les(fiendtlig)).as(fiendtlig).isEqualTo(Optional.empty());
		}
	}
}
