package no.hod.styringsregister.oppdrag.internal;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;

import no.hod.styringsregister.oppdrag.OppdragQueries;
import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.tildelingsbrev.TildelingsbrevImport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compounds on the real letters: a near-miss is a small typo of the word typed, not another compound sharing its long
 * tail («-tjenesten»), which made «fastlegetjenesten» find 39 assignments that never mention a fastlege. Also typos of
 * short words, quoted phrases and where near-misses rank. The 2025 letter is read as the year 2038, the 2020 letter
 * as 2039 (years no other test uses).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OppdragSokSammensatteOrdTests {

	private static final int AAR_2025 = 2038;

	private static final int AAR_2020 = 2039;

	@Autowired
	TildelingsbrevImport letters;

	@Autowired
	OppdragQueries queries;

	@Autowired
	OppdragLeser leser;

	EkteSokebrev brev;

	@BeforeAll
	void importerDeEkteBrevene() {
		brev = EkteSokebrev.importer(letters, queries, leser, AAR_2025, AAR_2020);
	}

	@Test
	void aCompoundAsItStandsInTheLettersFindsOnlyTheAssignmentsWhoseTextHasIt() {
		// The 2025 letter has «fastlegetjenesten» once, in TB2025-34 («Allmennlegetjenesten»); the 2020 letter never.
		assertThat(brev.sok("fastlegetjenesten")).containsExactly("TB" + AAR_2025 + "-34");
		// «turnustjenesten» is in one assignment of the 2020 letter, and with «turnustjeneste» in TB2025-56.
		assertThat(brev.sok("turnustjenesten")).hasSize(2).contains("TB" + AAR_2025 + "-56");
		for (String ord : List.of("fastlegetjenesten", "turnustjenesten", "spesialisthelsetjenesten")) {
			assertThat(brev.sok(ord)).as(ord).isNotEmpty()
				.containsExactlyInAnyOrderElementsOf(brev.medOrdet(ord.substring(0, ord.length() - 2)));
		}
	}

	@Test
	void aSmallTypoInACompoundFindsWhatTheWordItselfFinds() {
		assertThat(brev.sok("fastlegetjenseten")).containsExactly("TB" + AAR_2025 + "-34");
		assertThat(brev.sok("turnustjenetsen")).containsExactlyInAnyOrderElementsOf(brev.sok("turnustjenesten"));
		assertThat(brev.sok("spesialisthelsetjnesten"))
			.containsExactlyInAnyOrderElementsOf(brev.sok("spesialisthelsetjenesten"));
	}

	@Test
	void aTypoFindsTheCompoundsTheWordFinds() {
		// «screening» begins «screeningprogrammene» (TB2025-15 and -14) and «screeningprogram»; the misspelt word found
		// only the assignment with «screening» alone, as the near-miss matched exactly.
		List<String> screening = brev.sok("screening", AAR_2025);
		assertThat(screening).contains("TB" + AAR_2025 + "-15", "TB" + AAR_2025 + "-14")
			.containsExactlyInAnyOrderElementsOf(brev.medOrdet("screening").stream()
				.filter(id -> id.startsWith("TB" + AAR_2025 + "-")).toList());
		assertThat(brev.sok("screning", AAR_2025)).containsExactlyInAnyOrderElementsOf(screening);
		List<String> tobakk = brev.sok("tobakk");
		assertThat(tobakk).containsExactlyInAnyOrderElementsOf(brev.medOrdet("tobakk"));
		assertThat(brev.sok("tobbak")).containsExactlyInAnyOrderElementsOf(tobakk);
	}

	@Test
	void aTypoOfACompoundsFirstPartFindsWhatThePartFinds() {
		// «kreftscreening» is in the letters only as the beginning of «kreftscreeningprogrammet», far too long to be a
		// small typo of it as a whole word: the misspelt beginnings found nothing.
		List<String> kreftscreening = brev.sok("kreftscreening");
		assertThat(brev.medOrdene("kreftscreening")).as("never a word of its own").isEmpty();
		assertThat(kreftscreening).isNotEmpty()
			.containsExactlyInAnyOrderElementsOf(brev.medOrdet("kreftscreening"));
		// A letter dropped, changed, two swapped; and two edits in a word of 13 letters.
		for (String skrivefeil : List.of("kreftscrening", "kreftskreening", "krefstcreening", "kreftskrening")) {
			assertThat(brev.medOrdet(skrivefeil)).as(skrivefeil).isEmpty();
			assertThat(brev.sok(skrivefeil)).as(skrivefeil).containsExactlyInAnyOrderElementsOf(kreftscreening);
		}
	}

	@Test
	void aLongWordThatOnlySharesAPartWithACompoundIsNotTakenForATypoOfIt() {
		// «brystkreftscreening» has all of «kreftscreening» in it, but is no small typo of any beginning of a word of the
		// letters: it finds nothing rather than the screening programmes.
		assertThat(brev.medOrdet("brystkreft")).isEmpty();
		assertThat(brev.sok("brystkreftscreening")).isEmpty();
		// Spelt right, a compound's first part is not widened: «screening» finds only the texts with a word that begins
		// so, not those with another beginning a letter or two from it.
		assertThat(brev.sok("screening")).isNotEmpty().containsExactlyInAnyOrderElementsOf(brev.medOrdet("screening"));
		assertThat(brev.sok("kreftscreening")).doesNotContainAnyElementsOf(brev.medOrdet("screeningprogrammene")
			.stream().filter(id -> !brev.medOrdet("kreftscreening").contains(id)).toList());
	}

	@Test
	void aCompoundNoLetterHasFindsNothingRatherThanItsTail() {
		// «Legevakttjenesten» is in neither letter, «tjenesten» in many of their assignments.
		assertThat(brev.medOrdet("legevakttjenest")).isEmpty();
		assertThat(brev.medOrdet("tjenesten")).hasSizeGreaterThan(10);
		assertThat(brev.sok("legevakttjenesten")).isEmpty();
	}

	@Test
	void aQuotedPhraseFindsItsWordsNextToEachOtherInTheirOrder() {
		assertThat(brev.sok("\"samfunnsøkonomiske kostnader\"")).isNotEmpty()
			.containsExactlyInAnyOrderElementsOf(brev.medOrdene("samfunnsøkonomiske", "kostnader"));
		assertThat(brev.sok("\"kostnader samfunnsøkonomiske\""))
			.containsExactlyInAnyOrderElementsOf(brev.medOrdene("kostnader", "samfunnsøkonomiske"));
		assertThat(brev.sok("\"alkohol, tobakk\"")).isNotEmpty()
			.containsExactlyInAnyOrderElementsOf(brev.medOrdene("alkohol", "tobakk"));
		assertThat(brev.sok("\"tobakk, alkohol\""))
			.containsExactlyInAnyOrderElementsOf(brev.medOrdene("tobakk", "alkohol"));
		assertThat(brev.sok("\"kostnader samfunnsøkonomiske\""))
			.isNotEqualTo(brev.sok("\"samfunnsøkonomiske kostnader\""));
		assertThat(brev.sok("\"tobakk, alkohol\"")).isNotEqualTo(brev.sok("\"alkohol, tobakk\""));
		// Unquoted, the words may stand anywhere, in any order.
		assertThat(brev.sok("tobakk alkohol")).containsAll(brev.sok("\"alkohol, tobakk\""))
			.containsAll(brev.sok("\"tobakk, alkohol\""))
			.hasSizeGreaterThan(brev.sok("\"alkohol, tobakk\"").size());
	}

	@Test
	void aQuoteLeftOpenRunsToTheEndAndOneLeftAtTheEndIsIgnored() {
		assertThat(brev.sok("\"alkohol tobakk")).isEqualTo(brev.sok("\"alkohol tobakk\""));
		assertThat(brev.sok("alkohol tobakk\"")).isEqualTo(brev.sok("alkohol tobakk"));
		assertThat(brev.sok("\"")).as("no words: only an exact id would match").isEmpty();
	}

	@Test
	void aShortWordWithOneTypoFindsTheWord() {
		List<String> abort = brev.medOrdene("abort");
		assertThat(abort).isNotEmpty();
		// Swapped, dropped, changed.
		for (String skrivefeil : List.of("abrot", "abot", "abirt")) {
			assertThat(brev.sok(skrivefeil)).as(skrivefeil).containsExactlyInAnyOrderElementsOf(abort);
		}
		// Added: six letters, which may be two edits from a near-miss («abiok», a name in the 2020 letter).
		assertThat(brev.sok("abiort")).containsAll(abort);
		// From six letters trigrams find every edit but a swap near the start.
		assertThat(brev.sok("fegnsel")).containsAll(brev.medOrdene("fengsel"));
	}

	@Test
	void aNearMissFindsTheOtherNumberAsTheWordDoes() {
		// «fengsel» also finds «fengsler» and the compounds «fengselspsykiatri», «fengselshelsetjeneste»; some
		// assignments have only the plural («innsatte i fengsler»).
		List<String> fengs = brev.medOrdet("fengs");
		List<String> bareFlertall = new ArrayList<>(brev.medOrdene("fengsler"));
		bareFlertall.removeAll(brev.medOrdene("fengsel"));
		assertThat(bareFlertall).isNotEmpty();
		for (String ord : List.of("fengsel", "fegnsel", "fengsler", "fegnsler")) {
			assertThat(brev.sok(ord)).as(ord).containsExactlyInAnyOrderElementsOf(fengs);
		}
	}

	@Test
	void aShortWordTheLettersHaveIsNotWidenedWithItsNeighbours() {
		// «vest» is one letter from «vekt», «best» and «test»: the texts with those and no word beginning with «vest»
		// are not about «vest».
		List<String> andre = new ArrayList<>();
		for (String ord : List.of("vekt", "best", "test")) {
			andre.addAll(brev.medOrdene(ord));
		}
		andre.removeAll(brev.medOrdet("vest"));
		assertThat(andre).isNotEmpty();
		assertThat(brev.sok("vest")).isNotEmpty().doesNotContainAnyElementsOf(andre);
		assertThat(brev.sok("vset")).as("a typo of it is widened").containsAll(brev.medOrdene("vest"));
	}

	@Test
	void aNearMissInTheTitleComesBeforeNearMissesOnlyInTheText() {
		// «vaksne» is in neither letter: every match is a near-miss of «voksne».
		assertThat(brev.medOrdene("vaksne")).isEmpty();
		List<String> iTittelen = brev.medOrdet("voksne", true);
		assertThat(iTittelen).isNotEmpty();
		for (List<String> treff : List.of(brev.sok("vaksne", brev.aar2025()), brev.sok("vaksne", brev.aar2020()),
				brev.sokIRegisteret("vaksne"))) {
			List<String> titler = treff.stream().filter(iTittelen::contains).toList();
			assertThat(treff).hasSizeGreaterThan(titler.size());
			assertThat(treff.subList(0, titler.size())).as("title hits first").isEqualTo(titler);
		}
		assertThat(brev.sokIRegisteret("vaksne")).containsExactlyInAnyOrderElementsOf(brev.medOrdene("voksne"));
	}
}
