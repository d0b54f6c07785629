package no.hod.styringsregister.tildelingsbrev.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import no.hod.styringsregister.bevilgninger.BevilgningImport.BevilgningData;
import no.hod.styringsregister.bevilgninger.BevilgningImport.FullmaktData;
import no.hod.styringsregister.oppdrag.OppdragImport.Budsjettref;
import no.hod.styringsregister.oppdrag.OppdragImport.OppdragData;
import no.hod.styringsregister.oppdrag.OppdragImport.Tekstdel;
import no.hod.styringsregister.oppdrag.OppdragImport.Unntak;
import no.hod.styringsregister.rapporteringskalender.KalenderImport.KalenderData;
import no.hod.styringsregister.rapporteringskalender.KalenderImport.Kilde;
import no.hod.styringsregister.rapporteringskalender.KalenderImport.SaerskiltData;
import no.hod.styringsregister.tildelingsbrev.internal.parsing.BudgetLineDraft;
import no.hod.styringsregister.tildelingsbrev.internal.parsing.CalendarEntryDraft;
import no.hod.styringsregister.tildelingsbrev.internal.parsing.GoalDraft;
import no.hod.styringsregister.tildelingsbrev.internal.parsing.LetterDraft;

/** Turns a reviewed draft into what each module's import API takes. */
record ModuleData(List<OppdragData> oppdrag, List<BevilgningData> bevilgninger, List<FullmaktData> fullmakter,
		List<KalenderData> kalender, List<SaerskiltData> saerskilt) {

	static ModuleData of(LetterDraft draft) {
		Map<String, String> goalTitles = draft.goals().stream()
			.collect(Collectors.toMap(GoalDraft::number, GoalDraft::title, (a, b) -> a));
		List<OppdragData> oppdrag = draft.assignments().stream()
			.map(a -> new OppdragData(a.id(), a.section(), a.section() == null ? null : goalTitles.get(a.section()),
					a.hodDepartments(), a.title(),
					a.parts().stream().map(p -> new Tekstdel(p.text(), p.exempt())).toList(), a.deadlines(),
					a.deadlineText(), Unntak.valueOf(a.exempt().name()), a.references(),
					a.budgetRefs().stream().map(r -> new Budsjettref(r.chapter(), r.post())).toList(),
					a.exemptReferences(),
					a.exemptBudgetRefs().stream().map(r -> new Budsjettref(r.chapter(), r.post())).toList()))
			.toList();
		List<BevilgningData> bevilgninger = draft.budgetLines().stream()
			.map(b -> new BevilgningData(b.chapter(), b.post(), b.name(), b.amount(), b.previousYearAmount(),
					b.kind() == BudgetLineDraft.Kind.INCOME, b.comment(), b.ministry()))
			.toList();
		List<FullmaktData> fullmakter = draft.authorizations().stream()
			.map(f -> new FullmaktData(f.kind(), f.text())).toList();
		List<KalenderData> kalender = draft.calendar().stream()
			.map(k -> new KalenderData(k.date(), k.time(), k.activity(), k.note(), kilde(k.source()))).toList();
		List<SaerskiltData> saerskilt = draft.specialReporting().stream()
			.map(s -> new SaerskiltData(s.when(), s.date(), s.frequency() == null ? null : s.frequency().name(),
					s.subject(), s.comment(), kilde(s.source())))
			.toList();
		return new ModuleData(oppdrag, bevilgninger, fullmakter, kalender, saerskilt);
	}

	private static Kilde kilde(CalendarEntryDraft.Source source) {
		return switch (source) {
			case APPENDIX -> Kilde.VEDLEGG;
			case LETTER_TEXT -> Kilde.BREVETS_TEKST;
		};
	}

}
