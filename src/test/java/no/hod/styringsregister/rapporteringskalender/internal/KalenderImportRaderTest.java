package no.hod.styringsregister.rapporteringskalender.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import no.hod.styringsregister.rapporteringskalender.KalenderImport.KalenderData;
import no.hod.styringsregister.rapporteringskalender.KalenderImport.SaerskiltData;
import no.hod.styringsregister.rapporteringskalender.internal.KalenderRepository.Innhold;

import static org.assertj.core.api.Assertions.assertThat;

/** How a letter's rows become calendar entries and the keys that match them on re-import. */
class KalenderImportRaderTest {

	@Test
	void twoMeetingsWithTheSameNameGetKeysByOrderSoAMovedDateIsAChange() {
		Map<String, Innhold> rader = DefaultKalenderImport.oppforinger(2025,
				List.of(new KalenderData(LocalDate.of(2025, 4, 3), "09:00-11:00", "Etatsstyringsmøte ", "Hos Hdir"),
						new KalenderData(LocalDate.of(2025, 11, 3), "09:30-11:30", "Etatsstyringsmøte", "R6")),
				List.of());
		assertThat(rader).containsOnlyKeys("K:etatsstyringsmøte#1", "K:etatsstyringsmøte#2");
		assertThat(rader.get("K:etatsstyringsmøte#2")).isEqualTo(new Innhold("KALENDER", LocalDate.of(2025, 11, 3),
				false, "09:30-11:30", "Etatsstyringsmøte", "R6", null, null, "VEDLEGG"));
	}

	@Test
	void aCalendarRowWithoutADateIsKeptAsAnEstimateAndARowWithoutTextIsLeftOut() {
		Map<String, Innhold> rader = DefaultKalenderImport.oppforinger(2025,
				List.of(new KalenderData(null, null, "Innspill til budsjetttekster\n til Prop. 1 S", "Avtales nærmere"),
						new KalenderData(LocalDate.of(2025, 2, 14), null, "  ", null)),
				List.of(new SaerskiltData("Avtales", null, null, " ", null)));
		assertThat(rader).hasSize(1);
		Innhold rad = rader.values().iterator().next();
		assertThat(rad.tittel()).isEqualTo("Innspill til budsjetttekster til Prop. 1 S");
		assertThat(rad.dato()).isEqualTo(LocalDate.of(2025, 12, 31));
		assertThat(rad.datoAnslatt()).isTrue();
	}

	@Test
	void specialReportingBecomesOneEntryPerOccurrenceWithTheLettersWords() {
		Map<String, Innhold> rader = DefaultKalenderImport.oppforinger(2025, List.of(),
				List.of(new SaerskiltData("3 ganger i året", null, "THREE_TIMES_A_YEAR",
						"Økonomirapportering på tobakksområder", "I forkant av de ordinære budsjettprosessene")));
		assertThat(rader).containsOnlyKeys("S:økonomirapportering på tobakksområder#1:1",
				"S:økonomirapportering på tobakksområder#1:2", "S:økonomirapportering på tobakksområder#1:3");
		assertThat(rader.values()).extracting(Innhold::dato).containsExactly(LocalDate.of(2025, 4, 30),
				LocalDate.of(2025, 8, 31), LocalDate.of(2025, 12, 31));
		assertThat(rader.values()).allSatisfy(rad -> {
			assertThat(rad.type()).isEqualTo("SAERSKILT");
			assertThat(rad.naarTekst()).isEqualTo("3 ganger i året");
			assertThat(rad.datoAnslatt()).isTrue();
		});
	}
}
