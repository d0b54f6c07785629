package no.hod.styringsregister.organisasjon;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DepartementsavdelingTest {

	static Departementsavdeling avdeling(String kode, String navn) {
		return new Departementsavdeling(1, kode, navn, null, null);
	}

	@Test
	void namedByCodeAndNameOrTheCodeAloneWhereNoNameIsKnown() {
		assertThat(avdeling("FHA", "Folkehelseavdelingen").etikett()).isEqualTo("FHA – Folkehelseavdelingen");
		// KFI as seeded: its name is its code.
		assertThat(avdeling("KFI", "KFI").etikett()).isEqualTo("KFI");
		assertThat(avdeling("KFI", " kfi ").etikett()).isEqualTo("KFI");
		assertThat(avdeling("KFI", "").etikett()).isEqualTo("KFI");
		assertThat(avdeling("KFI", "  ").etikett()).isEqualTo("KFI");
		assertThat(avdeling("KFI", null).etikett()).isEqualTo("KFI");
	}
}
