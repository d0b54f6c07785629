package no.hod.styringsregister.tildelingsbrev.internal.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import no.hod.styringsregister.testsupport.TestDocuments;
import no.hod.styringsregister.tildelingsbrev.internal.parsing.CalendarEntryDraft.Source;

/** Reports the letter's text dates outside Vedlegg I become calendar entries of the letter. */
class DatedDuties2025Test {

	@Test
	void theSeedLettersAnnualReportsAreInItsCalendarAfterVedleggIsRows() {
		LetterDraft seed = new LetterParser().parse(TestDocuments.seed("tildelingsbrev-helsedirektoratet-2025.txt"));
		List<CalendarEntryDraft> fraTeksten = seed.calendar().stream()
			.filter(entry -> entry.source() == Source.LETTER_TEXT).toList();
		// «Årsrapport for internrevisjonen skal oversendes departementet innen 15. februar 2026» (kap. 5) and
		// «Årsrapporten for 2025 skal oversendes departementet senest 15. mars 2026, og publiseres …» (kap. 6.1).
		assertThat(fraTeksten).containsExactly(
				new CalendarEntryDraft(LocalDate.of(2026, 2, 15), null,
						"Årsrapport for internrevisjonen oversendes departementet", null, Source.LETTER_TEXT),
				new CalendarEntryDraft(LocalDate.of(2026, 3, 15), null,
						"Årsrapporten for 2025 oversendes departementet", null, Source.LETTER_TEXT));
		assertThat(seed.calendar().subList(seed.calendar().size() - 2, seed.calendar().size())).isEqualTo(fraTeksten);
	}

	@Test
	void aDayTheAnnexHasAndAnythingFromAnExemptMarkOnAreLeftOut() {
		// The text as extracted: a sentence broken over lines with blank lines between them.
		List<String> linjer = List.of("5. Administrative forhold", "",
				"Årsrapport for internrevisjonen skal oversendes", "", "departementet innen 15. februar 2026.", "",
				"Regnskapet skal oversendes departementet senest 1. mars 2026.", "",
				"(Unntatt offentlighet, jf. Offl. § 22, 2. ledd) Rapport om Blåbærsuppe skal oversendes",
				"departementet senest 1. juni 2026.", "",
				"Budsjettforslaget skal oversendes departementet senest 1. mai 2026.", "",
				" Vedlegg III – Særskilt rapportering",
				"Tyttebærrapporten skal oversendes departementet senest 1. april 2026.");
		List<CalendarEntryDraft> vedleggI = List.of(
				new CalendarEntryDraft(LocalDate.of(2026, 3, 1), null, "Regnskap", null));
		assertThat(DatedDuties2025.read(linjer, 0, 2025, vedleggI)).containsExactly(new CalendarEntryDraft(
				LocalDate.of(2026, 2, 15), null, "Årsrapport for internrevisjonen oversendes departementet",
				null, Source.LETTER_TEXT));
		// An appendix ends the text read.
		assertThat(DatedDuties2025.read(List.of("Regnskapet skal oversendes departementet senest 1. mars 2026.",
				" Vedlegg II – Fullmakter", "Budsjettet skal oversendes departementet senest 1. mai 2026."), 0, 2025,
				List.of())).extracting(CalendarEntryDraft::activity).containsExactly("Regnskapet oversendes departementet");
	}
}
