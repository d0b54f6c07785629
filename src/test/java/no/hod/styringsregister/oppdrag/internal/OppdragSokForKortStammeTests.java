package no.hod.styringsregister.oppdrag.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;

import no.hod.styringsregister.oppdrag.OppdragFilter;
import no.hod.styringsregister.oppdrag.OppdragImport;
import no.hod.styringsregister.oppdrag.OppdragImport.OppdragData;
import no.hod.styringsregister.oppdrag.OppdragImport.Tekstdel;
import no.hod.styringsregister.oppdrag.OppdragImport.Unntak;
import no.hod.styringsregister.oppdrag.OppdragQueries;
import no.hod.styringsregister.oppdrag.OppdragSummary;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.tildelingsbrev.TildelingsbrevImport;

import static no.hod.styringsregister.oppdrag.internal.OppdragTestdata.fritekst;
import static no.hod.styringsregister.oppdrag.internal.OppdragTestdata.klarert;
import static no.hod.styringsregister.oppdrag.internal.OppdragTestdata.uklarert;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Words the Norwegian stemmer cuts too short, on the real letters: «fastlege» is stemmed to fast, so its prefix found
 * «fastsette» and «faste møter»; «legene» to leg, whose prefix found «legge». The 2025 letter is read as the year 2042,
 * the 2020 letter as 2049 (years no other test uses).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OppdragSokForKortStammeTests {

	private static final int AAR_2025 = 2042;

	private static final int AAR_2020 = 2049;

	@Autowired
	TildelingsbrevImport letters;

	@Autowired
	OppdragQueries queries;

	@Autowired
	OppdragLeser leser;

	@Autowired
	OppdragImport oppdragImport;

	@Autowired
	OrganisasjonService organisasjon;

	EkteSokebrev brev;

	@BeforeAll
	void importerDeEkteBrevene() {
		brev = EkteSokebrev.importer(letters, queries, leser, AAR_2025, AAR_2020);
	}

	@Test
	void aProfessionFindsExactlyTheAssignmentsWithAWordBeginningAsIt() {
		// «fast» and «faste» (fast opphold, faste møter) share the stem fast, and more words begin with «fast».
		assertThat(brev.medOrdet("fast")).hasSizeGreaterThan(brev.medOrdet("fastleg").size());
		// «tidlig» is stemmed to tid, «frivillighet» to frivil (as «frivillige», which it finds), «tannhelse» to tannh.
		Map<String, String> begynnelser = Map.of("fastlege", "fastleg", "fastlegen", "fastleg", "fastleger", "fastleg",
				"allmennlege", "allmennleg", "tannhelse", "tannhels", "tidlig", "tidlig", "frivillighet", "frivillig");
		begynnelser.forEach((ord, begynnelse) -> assertThat(brev.sok(ord)).as(ord).isNotEmpty()
			.containsExactlyInAnyOrderElementsOf(brev.medOrdet(begynnelse)));
		assertThat(brev.medOrdet("tid")).hasSizeGreaterThan(brev.medOrdet("tidlig").size());
	}

	@Test
	void aShortStemFindsTheWordAndItsCompoundsButNotOtherWordsBeginningAsTheStem() {
		List<String> bareLegge = new ArrayList<>(brev.medOrdet("legg"));
		bareLegge.removeAll(brev.medOrdet("lege"));
		assertThat(bareLegge).as("assignments whose only «leg…» word is «legge», «legges»").isNotEmpty();
		for (String ord : List.of("legene", "lege", "leger")) {
			assertThat(brev.sok(ord)).as(ord).isNotEmpty().containsExactlyInAnyOrderElementsOf(brev.medOrdet("lege"))
				.doesNotContainAnyElementsOf(bareLegge);
		}
	}

	@Test
	void aCheckedWordRanksItsTitleHitsFirst() {
		// «Allmennlegetjenesten» is a title in both letters; the stem allmenn is also «allmennheten».
		List<String> iTittelen = brev.medOrdet("allmennleg", true);
		assertThat(iTittelen).hasSizeGreaterThanOrEqualTo(2);
		for (int aar : List.of(AAR_2025, AAR_2020)) {
			List<String> treff = brev.sok("allmennlege", aar);
			List<String> aaretsTitler = treff.stream().filter(iTittelen::contains).toList();
			assertThat(aaretsTitler).isNotEmpty();
			assertThat(treff.subList(0, aaretsTitler.size())).as("title hits first").isEqualTo(aaretsTitler);
		}
		assertThat(brev.sok("allmennlege")).as("and text hits after them").hasSizeGreaterThan(iTittelen.size());
	}

	@Test
	void aTypoOfACheckedWordFindsWhatTheWordFinds() {
		// «allmenlege» is stemmed to allmen, a prefix of «allmennleger»'s stem allmenn, which is also «allmennheten».
		List<String> allmennleg = brev.medOrdet("allmennleg");
		List<String> bareAllmennheten = new ArrayList<>(brev.medOrdet("allmennhet"));
		bareAllmennheten.removeAll(allmennleg);
		assertThat(bareAllmennheten).as("assignments whose only «allmenn…» word is «allmennheten»").isNotEmpty();
		assertThat(brev.sok("allmenlege")).isNotEmpty().containsExactlyInAnyOrderElementsOf(allmennleg)
			.containsExactlyInAnyOrderElementsOf(brev.sok("allmennlege"));
		assertThat(brev.sokIRegisteret("allmenlege")).containsExactlyInAnyOrderElementsOf(allmennleg);
	}

	@Test
	void theCheckReadsOnlyWhatTheViewerMayRead() {
		// The public part has «fast», whose stem is fastlege's; only the exempt part has «fastlegen».
		int aar = OppdragTestdata.nyttAar();
		long etat = organisasjon.etatByName("Helsedirektoratet").orElseThrow().id();
		oppdragImport.apply(OppdragTestdata.nyttBrev(), aar, etat, List.of(new OppdragData("TB" + aar + "-1", "3.2",
				"Likeverdige tjenester", List.of("SHA"), "Helsehjelp til personer uten fast opphold",
				List.of(new Tekstdel("Helsedirektoratet skal samle praksis for personer uten fast opphold.", false),
						new Tekstdel("Fastlegen i kommunen skal varsles.", true)),
				List.of(LocalDate.of(aar, 6, 30)), "30. juni " + aar, Unntak.PARTS, List.of(), List.of())));
		OppdragFilter fastlege = fritekst("fastlege").medAar(aar);
		assertThat(queries.search(fastlege, uklarert())).isEmpty();
		assertThat(queries.count(fastlege, uklarert())).isZero();
		assertThat(queries.search(fastlege, klarert())).extracting(OppdragSummary::id).containsExactly("TB" + aar + "-1");
		assertThat(queries.search(fritekst("fast").medAar(aar), uklarert())).hasSize(1);
	}
}
