package no.hod.styringsregister.instrukser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import no.hod.styringsregister.instrukser.internal.Tekstblokker.Blokk;

class TekstblokkerTest {

	@Test
	void splitsParagraphsAndListsAsTheParserWritesThem() {
		List<Blokk> blocks = Tekstblokker.av("Formål\n\nTilsynet skal medvirke til at:\n- rettssikkerhet ivaretas\n"
				+ "- tjenester drives forsvarlig\n\nSiste avsnitt.");

		assertThat(blocks).containsExactly(
				new Blokk("Formål", List.of()),
				new Blokk("Tilsynet skal medvirke til at:", List.of()),
				new Blokk(null, List.of("rettssikkerhet ivaretas", "tjenester drives forsvarlig")),
				new Blokk("Siste avsnitt.", List.of()));
	}

	@Test
	void anchorsAndLevelsFollowTheNumber() {
		assertThat(Tekstblokker.anker("3.1")).isEqualTo("punkt-3-1");
		assertThat(Tekstblokker.niva("3")).isEqualTo(1);
		assertThat(Tekstblokker.niva("3.1")).isEqualTo(2);
		assertThat(Tekstblokker.av("")).isEmpty();
	}
}
