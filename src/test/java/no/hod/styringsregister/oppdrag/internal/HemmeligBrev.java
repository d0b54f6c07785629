package no.hod.styringsregister.oppdrag.internal;

import java.time.LocalDate;
import java.util.List;

import no.hod.styringsregister.oppdrag.OppdragImport.Budsjettref;
import no.hod.styringsregister.oppdrag.OppdragImport.OppdragData;
import no.hod.styringsregister.oppdrag.OppdragImport.Tekstdel;
import no.hod.styringsregister.oppdrag.OppdragImport.Unntak;

/**
 * A small made-up letter with secret words, pushed through every way out in the tests. Each test uses its own year,
 * so the official ids ({@code TB<year>-n}) are its own. "Blåbærsuppe" occurs only in an exempt part,
 * "Tyttebærsyltetøy" only in the title of a wholly exempt assignment and "Multekrem" only in its text. The wholly
 * exempt assignment's reference (to TB&lt;year&gt;-1), budget line and deadline words come from its exempt text.
 */
final class HemmeligBrev {

	static final String HEMMELIG_DEL = "Blåbærsuppe";

	static final String HEMMELIG_TITTEL = "Tyttebærsyltetøy";

	static final String HEMMELIG_TEKST = "Multekrem";

	private HemmeligBrev() {
	}

	static List<OppdragData> oppdrag(int aar) {
		String tb = "TB" + aar + "-";
		return List.of(
				new OppdragData(tb + "1", "3.1", "Bedre folkehelse", List.of("FHA"),
						"Nasjonalt vaksinasjonsprogram for barn",
						List.of(new Tekstdel("Helsedirektoratet skal gjennomgå programmet og foreslå endringer.", false),
								new Tekstdel("1. Vurdere nye vaksiner.\n2. Vurdere nytt vaksinasjonsregister.", false)),
						List.of(LocalDate.of(aar, 6, 30)), "30. juni " + aar, Unntak.NONE, List.of(),
						List.of(new Budsjettref(714, 21))),
				new OppdragData(tb + "2", "3.2", "Likeverdige tjenester", List.of("SHA", "HRA"),
						"Helsetjenester til innsatte",
						List.of(new Tekstdel("Helsedirektoratet skal kartlegge helsetilbudet i fengsler.", false),
								new Tekstdel("Det skal vurderes om " + HEMMELIG_DEL + " kan serveres i alle fengsler.", true)),
						List.of(LocalDate.of(aar, 3, 1)), "1. mars " + aar, Unntak.PARTS, List.of(), List.of()),
				new OppdragData(tb + "3", "3.2", "Likeverdige tjenester", List.of("SHA"),
						HEMMELIG_TITTEL + " til beredskapslageret",
						List.of(new Tekstdel("Lageret skal også ha " + HEMMELIG_TEKST + " i kriser.", true)),
						List.of(LocalDate.of(aar, 9, 1)), "1. september " + aar, Unntak.WHOLE, List.of(tb + "1"),
						List.of(new Budsjettref(714, 21))),
				new OppdragData(tb + "10", "3.1", "Bedre folkehelse", List.of("FHA", "KTA"),
						"Rusforebyggende arbeid blant ungdom",
						List.of(new Tekstdel("Følge opp arbeidet, jf. " + tb + "1.", false)),
						List.of(LocalDate.of(aar, 4, 15), LocalDate.of(aar, 11, 1)), "15. april og 1. november " + aar,
						Unntak.NONE, List.of(tb + "1"), List.of(new Budsjettref(765, 21))),
				new OppdragData(null, "2.1", "God kompetanse", List.of("KTA"), "Kompetanseløft i kommunene",
						List.of(new Tekstdel("Helsedirektoratet skal følge opp kompetanseløftet.", false)), List.of(),
						"Løpende", Unntak.NONE, List.of(), List.of()));
	}
}
