package no.hod.styringsregister.oppdrag.internal;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.oppdrag.OppdragFilter;
import no.hod.styringsregister.oppdrag.OppdragImport;
import no.hod.styringsregister.oppdrag.OppdragImport.OppdragData;
import no.hod.styringsregister.oppdrag.OppdragImport.Tekstdel;
import no.hod.styringsregister.oppdrag.OppdragImport.Unntak;
import no.hod.styringsregister.oppdrag.OppdragQueries;
import no.hod.styringsregister.oppdrag.OppdragSummary;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.testsupport.IntegrationTest;

import static no.hod.styringsregister.oppdrag.internal.OppdragTestdata.fritekst;
import static no.hod.styringsregister.oppdrag.internal.OppdragTestdata.klarert;
import static no.hod.styringsregister.oppdrag.internal.OppdragTestdata.uklarert;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The order of search results by relevance: exact id, title hits, text hits, near-misses, the last two each with the
 * words widened in the title first. Every case is searched within the year (titles checked row by row) and across the
 * register (title hits found through their index), since the two class the matches by different statements. In each
 * case the better match has the higher id, so the natural order, which breaks ties, would put it last.
 */
@IntegrationTest
class OppdragSokRangTests {

	@Autowired
	OppdragImport oppdragImport;

	@Autowired
	OppdragQueries queries;

	@Autowired
	OrganisasjonService organisasjon;

	int aar;

	@BeforeEach
	void importer() {
		aar = OppdragTestdata.nyttAar();
		long etat = organisasjon.etatByName("Helsedirektoratet").orElseThrow().id();
		oppdragImport.apply(OppdragTestdata.nyttBrev(), aar, etat, List.of(
				oppdrag(1, "Oppfølging av tilskudd", tekst("Helsedirektoratet skal følge opp " + tb(2) + ".")),
				oppdrag(2, "Kommunale tilskudd", tekst("Ordningen videreføres.")),
				oppdrag(3, "Rapport om beredskap", tekst("Helsedirektoratet skal vurdere behovet for ambulansefly.")),
				oppdrag(4, "Ambulansefly i nord", tekst("Helsedirektoratet skal kartlegge flyplassene.")),
				oppdrag(5, "Legemiddelberedskap i kommunene", tekst("Helsedirektoratet skal styrke beredskapen.")),
				oppdrag(6, "Forsyning", tekst("Helsedirektoratet skal sikre tilgang til legemidler.")),
				oppdrag(7, "Nye regler for tilskudd", tekst("Ordningen endres.")),
				oppdrag(8, "Tilskudd", tekst("Helsedirektoratet skal foreslå en felles regel.")),
				new OppdragData(tb(9), "1.1", "Mål", List.of(), "Aktiv transport",
						List.of(new Tekstdel("Helsedirektoratet skal kartlegge bruken av sykler.", false),
								new Tekstdel("Det gjelder én sykkel i hvert fylke.", true)),
						List.of(), "Løpende", Unntak.PARTS, List.of(), List.of()),
				oppdrag(10, "Aktiv skolevei", tekst("Helsedirektoratet skal kjøpe inn en sykkel.")),
				oppdrag(11, "Tilsyn med helsetilbudet", tekst("Helsedirektoratet skal følge opp innsatte i fengsel.")),
				oppdrag(12, "Helsetjenester i fengsler", tekst("Helsedirektoratet skal kartlegge tilbudet i fengsel.")),
				oppdrag(13, "Innsatte", tekst("Helsedirektoratet skal kartlegge soning i fengsler.")),
				oppdrag(14, "Tannhelse i fengsler", tekst("Helsedirektoratet skal kartlegge tilbudet."))));
	}

	@Test
	void anExactIdComesBeforeATextThatMentionsIt() {
		assertThat(iAar(tb(2), uklarert())).containsExactly(tb(2), tb(1));
		assertThat(iRegisteret(tb(2), uklarert())).containsExactly(tb(2), tb(1));
	}

	@Test
	void aTitleHitComesBeforeATextOnlyHit() {
		assertThat(iAar("ambulansefly", uklarert())).containsExactly(tb(4), tb(3));
		assertThat(iRegisteret("ambulansefly", uklarert())).containsExactly(tb(4), tb(3));
	}

	@Test
	void anExactWordComesBeforeItsOtherNumberEvenInATitle() {
		// TB-5 has only the singular, in a compound in its title; TB-6 the plural asked for, in its text.
		assertThat(iAar("legemidler", uklarert())).containsExactly(tb(6), tb(5));
		assertThat(iRegisteret("legemidler", uklarert())).containsExactly(tb(6), tb(5));
		// TB-7 has only the plural, in its title; TB-8 the singular asked for, in its text.
		assertThat(iAar("regel", uklarert())).containsExactly(tb(8), tb(7));
		assertThat(iRegisteret("regel", uklarert())).containsExactly(tb(8), tb(7));
	}

	@Test
	void theWidenedWordsInTheTitleComeFirstAmongTheExactTextHitsAndAmongTheNearMisses() {
		// TB-11 and TB-12 have the word asked for in their text, TB-12 its plural in its title too; TB-13 and TB-14
		// have only the plural, TB-13 in its text, TB-14 in its title.
		assertThat(iAar("fengsel", uklarert())).containsExactly(tb(12), tb(11), tb(14), tb(13));
		assertThat(iRegisteret("fengsel", uklarert())).containsExactly(tb(12), tb(11), tb(14), tb(13));
	}

	@Test
	void wordsOnlyInExemptTextDoNotRaiseAnUnclearedViewersMatch() {
		// TB-9 has the singular only in its exempt part and the plural in public text: a near-miss for the public,
		// an exact hit for the cleared, who then see it first by the natural order.
		assertThat(iAar("sykkel", uklarert())).containsExactly(tb(10), tb(9));
		assertThat(iRegisteret("sykkel", uklarert())).containsExactly(tb(10), tb(9));
		assertThat(iAar("sykkel", klarert())).containsExactly(tb(9), tb(10));
		assertThat(iRegisteret("sykkel", klarert())).containsExactly(tb(9), tb(10));
	}

	private List<String> iAar(String q, CurrentUser hvem) {
		return queries.search(fritekst(q).medAar(aar), hvem).stream().map(OppdragSummary::id).toList();
	}

	/** This year's ids among every match across the register, in their order. */
	private List<String> iRegisteret(String q, CurrentUser hvem) {
		return queries.search(fritekst(q).medSide(0, OppdragFilter.STORSTE_STORRELSE), hvem).stream()
			.map(OppdragSummary::id)
			.filter(id -> id.startsWith("TB" + aar + "-"))
			.toList();
	}

	private OppdragData oppdrag(int nr, String tittel, List<Tekstdel> deler) {
		return new OppdragData(tb(nr), "1.1", "Mål", List.of(), tittel, deler, List.of(), "Løpende", Unntak.NONE,
				List.of(), List.of());
	}

	private static List<Tekstdel> tekst(String tekst) {
		return List.of(new Tekstdel(tekst, false));
	}

	private String tb(int nr) {
		return "TB" + aar + "-" + nr;
	}
}
