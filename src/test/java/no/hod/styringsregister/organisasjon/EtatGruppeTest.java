package no.hod.styringsregister.organisasjon;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EtatGruppeTest {

	static final Etat HDIR = new Etat(1, "Helsedirektoratet", "Hdir");

	static final Etat HTIL = new Etat(2, "Statens helsetilsyn", "Htil");

	static final Etat FHI = new Etat(3, "Folkehelseinstituttet", "FHI");

	static Enhet divisjon(long id, Etat etat, String navn) {
		return new Enhet(id, etat.id(), null, Enhet.Type.DIVISJON, navn, null, null, true);
	}

	@Test
	void groupsInTheAgenciesOrderKeepingTheUnitsOrderAndLeavesOutAgenciesWithoutUnits() {
		Enhet a = divisjon(10, HTIL, "Divisjon tilsyn");
		Enhet b = divisjon(11, HDIR, "Divisjon digitalisering");
		Enhet c = divisjon(12, HTIL, "Divisjon digitalisering");
		Enhet d = divisjon(13, HDIR, "Divisjon folkehelse");

		List<EtatGruppe> grupper = EtatGruppe.av(List.of(HDIR, FHI, HTIL), List.of(a, b, c, d));

		assertThat(grupper).containsExactly(new EtatGruppe(HDIR, List.of(b, d)), new EtatGruppe(HTIL, List.of(a, c)));
	}

	@Test
	void namesTheAgencyOnlyWhenThereAreSeveral() {
		Enhet b = divisjon(11, HDIR, "Divisjon digitalisering");
		Enhet c = divisjon(12, HTIL, "Divisjon digitalisering");

		assertThat(EtatGruppe.etiketter(EtatGruppe.av(List.of(HDIR, HTIL), List.of(b))))
			.isEqualTo(Map.of(11L, "Divisjon digitalisering"));
		assertThat(EtatGruppe.etiketter(EtatGruppe.av(List.of(HDIR, HTIL), List.of(b, c)))).isEqualTo(
				Map.of(11L, "Divisjon digitalisering (Helsedirektoratet)", 12L, "Divisjon digitalisering (Statens helsetilsyn)"));
	}
}
