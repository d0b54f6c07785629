package no.hod.styringsregister.oppdrag.internal;

import java.time.LocalDate;
import java.util.List;

import no.hod.styringsregister.oppdrag.OppdragImport;
import no.hod.styringsregister.oppdrag.OppdragImport.OppdragData;
import no.hod.styringsregister.oppdrag.OppdragImport.Tekstdel;
import no.hod.styringsregister.oppdrag.OppdragImport.Unntak;
import no.hod.styringsregister.organisasjon.OrganisasjonService;

/**
 * The letters of the year after a {@link RutetBrev} ({@code aar} + 1), imported before the year end. Helsedirektoratet's
 * continues three of last year's open assignments: TB-1 and TB-10 in one assignment under a new title that cites both
 * («jf. TB&lt;aar&gt;-1 og TB&lt;aar&gt;-10»), and «Kompetanseløft i kommunene» (no id) by repeating its title. Statens
 * helsetilsyn's repeats TB-2's title: another agency's, so it continues nothing.
 */
final class NesteAarsBrev {

	static final String NY_TITTEL = "Vaksinasjonsprogram for barn og unge, videre arbeid";

	private NesteAarsBrev() {
	}

	static void importer(OppdragImport oppdragImport, OrganisasjonService organisasjon, int aar) {
		int neste = aar + 1;
		long hdir = organisasjon.etatByName("Helsedirektoratet").orElseThrow().id();
		oppdragImport.apply(OppdragTestdata.nyttBrev(), neste, hdir, List.of(
				oppdrag("TB" + neste + "-1", NY_TITTEL, "Arbeidet fortsetter, jf. TB" + aar + "-1 og TB" + aar + "-10.",
						List.of("TB" + aar + "-1", "TB" + aar + "-10"), neste),
				oppdrag("TB" + neste + "-2", "Kompetanseløft  i kommunene.", "Arbeidet fortsetter.", List.of(), neste)));
		long htil = organisasjon.etatByName("Statens helsetilsyn").orElseThrow().id();
		oppdragImport.apply(OppdragTestdata.nyttBrev(), neste, htil, List.of(
				oppdrag("HT" + neste + "-1", "Helsetjenester til innsatte", "Tilsyn med helsetjenestene i fengsler.",
						List.of(), neste)));
	}

	private static OppdragData oppdrag(String id, String tittel, String tekst, List<String> referanser, int aar) {
		return new OppdragData(id, "3.1", "Bedre folkehelse", List.of("FHA"), tittel,
				List.of(new Tekstdel(tekst, false)), List.of(LocalDate.of(aar, 6, 30)), "30. juni " + aar, Unntak.NONE,
				referanser, List.of());
	}
}
