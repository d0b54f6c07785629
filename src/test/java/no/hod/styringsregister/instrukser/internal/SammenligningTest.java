package no.hod.styringsregister.instrukser.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

import no.hod.styringsregister.instrukser.internal.Sammenligning.Punktendring;
import no.hod.styringsregister.instrukser.internal.Sammenligning.Type;
import no.hod.styringsregister.instrukser.internal.parsing.SectionDraft;

class SammenligningTest {

	@Test
	void pairsSectionsAndTellsAddedRemovedChangedAndUnchanged() {
		List<SectionDraft> old = List.of(
				new SectionDraft("1", "Formål", "Instruksen gjelder direktoratet."),
				new SectionDraft("2", "Tilskudd", "Direktoratet forvalter tilskudd."),
				new SectionDraft("3", "Rapportering", "Rapporten leveres årlig."));
		List<SectionDraft> neu = List.of(
				new SectionDraft("1", "Formål", "Instruksen gjelder direktoratet."),
				new SectionDraft("2", "Rapportering", "Rapporten leveres halvårlig."),
				new SectionDraft("3", "Beredskap", "Direktoratet har beredskapsplaner."));

		List<Punktendring> changes = Sammenligning.sammenlign(old, neu);

		// Old 3 "Rapportering" is new 2 (renumbered, changed); old 2 "Tilskudd" is gone, new 3 "Beredskap" is new.
		assertThat(changes).extracting(Punktendring::type, Punktendring::gammeltNummer, Punktendring::nyttNummer)
			.containsExactly(
					tuple(Type.UENDRET, "1", "1"),
					tuple(Type.FJERNET, "2", null),
					tuple(Type.ENDRET, "3", "2"),
					tuple(Type.LAGT_TIL, null, "3"));
		assertThat(changes.get(2).html()).isEqualTo("Rapporten leveres <del>årlig.</del> <ins>halvårlig.</ins>");
		assertThat(changes.get(2).omnummerert()).isTrue();
		assertThat(changes.get(1).html()).isEqualTo("<del>Direktoratet forvalter tilskudd.</del>");
		assertThat(changes.get(3).html()).isEqualTo("<ins>Direktoratet har beredskapsplaner.</ins>");
	}

	@Test
	void aRetitledSectionWithTheSameNumberIsChanged() {
		List<Punktendring> changes = Sammenligning.sammenlign(
				List.of(new SectionDraft("4", "Styringsdialogen", "Etatsstyringsmøter holdes to ganger i året.")),
				List.of(new SectionDraft("4", "Styringsdialog", "Etatsstyringsmøter holdes to ganger i året.")));

		assertThat(changes).singleElement().satisfies(change -> {
			assertThat(change.type()).isEqualTo(Type.ENDRET);
			assertThat(change.omdopt()).isTrue();
			assertThat(change.gammelTittel()).isEqualTo("Styringsdialogen");
			assertThat(change.html()).isEqualTo("Etatsstyringsmøter holdes to ganger i året.");
		});
	}
}
