package no.hod.styringsregister.oppdrag.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SokeordTest {

	@Test
	void titlesAreComparedWithoutCasePunctuationOrExtraSpaces() {
		assertThat(Sokeord.normalisertTittel("  Kompetanseløft  i Kommunene. ")).isEqualTo("kompetanseløft i kommunene");
		assertThat(Sokeord.normalisertTittel("Nasjonalt vaksinasjonsprogram – for barn"))
			.isEqualTo(Sokeord.normalisertTittel("nasjonalt vaksinasjonsprogram for barn"));
	}

	@Test
	void queriesKeepOnlyLettersAndDigitsSoTheTsquerySyntaxCannotBreak() {
		assertThat(Sokeord.tsquery("vaksine", Map.of(), Map.of())).isEqualTo("vaksine:*");
		assertThat(Sokeord.tsquery("Psykisk helse!", Map.of(), Map.of())).isEqualTo("psykisk:* & helse:*");
		assertThat(Sokeord.tsquery("ab' | !b & (c)", Map.of(), Map.of())).isEqualTo("ab:* & b & c");
		assertThat(Sokeord.tsquery("E-helse", Map.of(), Map.of())).as("one letter is no prefix").isEqualTo("e & helse:*");
		assertThat(Sokeord.tsquery("§ – …", Map.of(), Map.of())).isNull();
		assertThat(Sokeord.tsquery("TB2025-17", Map.of(), Map.of())).isEqualTo("tb2025:* & 17:*");
	}

	@Test
	void nearMissSpellingsWidenEachWord() {
		Map<String, List<String>> lignende = Map.of("fengsel", List.of("fengsel", "fengsler", "fengslene"));
		assertThat(Sokeord.tsquery("fengsel barn", Map.of(), lignende)).isEqualTo("(fengsel:* | fengsler:* | fengslene:*) & barn:*");
	}

	@Test
	void aNearMissMatchesAsAPrefixAsTheWordTypedRightWouldUnlessItsStemIsTooLoose() {
		// «screning» is widened with «screening», which as a prefix finds «screeningprogrammene» as «screening» does.
		assertThat(Sokeord.tsquery("screning", Map.of(), Map.of("screning", List.of("screening"))))
			.isEqualTo("(screning:* | screening:*)");
		// A near-miss the search gave its own forms, as one whose stem is too loose a prefix, is no prefix.
		assertThat(Sokeord.tsquery("helse", Map.of("hele", List.of()), Map.of("helse", List.of("hele"))))
			.isEqualTo("(helse:* | hele)");
		assertThat(Sokeord.utvidedeOrd("screning", Map.of(), Map.of("screning", List.of("screening"))))
			.isEqualTo("screning:*");
	}

	@Test
	void aNearMissBringsItsOtherNumberAsTheWordItselfWould() {
		// The typo's own other number first (as any word in -el), then the near-miss and its other number.
		assertThat(Sokeord.tsquery("fegnsel", Map.of(), Map.of("fegnsel", List.of("fengsel"))))
			.isEqualTo("(fegnsel:* | fegnsler | fengsel:* | fengsler)");
		assertThat(Sokeord.tsquery("fegnsler", Map.of(), Map.of("fegnsler", List.of("fengsler"))))
			.isEqualTo("(fegnsler:* | fegnsel:* | fengsler:* | fengsel:*)");
		assertThat(Sokeord.tsquery("fegnsel", Map.of(), Map.of())).as("no near-miss, no other number of one")
			.isEqualTo("(fegnsel:* | fegnsler)");
	}

	@Test
	void aPluralInLerAlsoFindsItsSingularAndItsCompoundsWithOrWithoutADoubledConsonant() {
		assertThat(Sokeord.tallformer("legemidler")).containsExactly("legemidel:*", "legemiddel:*");
		assertThat(Sokeord.tallformer("legemidlene")).containsExactly("legemidel:*", "legemiddel:*");
		assertThat(Sokeord.tallformer("regler")).containsExactly("regel:*", "reggel:*");
		assertThat(Sokeord.tallformer("sykler")).containsExactly("sykel:*", "sykkel:*");
		assertThat(Sokeord.tallformer("fengsler")).as("after two consonants nothing doubles")
			.containsExactly("fengsel:*");
		assertThat(Sokeord.tallformer("eksempler")).containsExactly("eksempel:*");
	}

	@Test
	void aSingularInElAlsoFindsItsPluralExactlyNotAsAPrefix() {
		// "midl:*" would find "midlertidig".
		assertThat(Sokeord.tallformer("legemiddel")).containsExactly("legemidler");
		assertThat(Sokeord.tallformer("sykkel")).containsExactly("sykler");
		assertThat(Sokeord.tallformer("regel")).containsExactly("regler");
		assertThat(Sokeord.tallformer("fengsel")).containsExactly("fengsler");
	}

	@Test
	void otherWordsHaveNoOtherNumber() {
		for (String ord : List.of("eller", "skoler", "modeller", "tabell", "spiller", "helse", "kommunene", "vel",
				"hel", "tb2025", "spill", "artikkelen")) {
			assertThat(Sokeord.tallformer(ord)).as(ord).isEmpty();
		}
	}

	@Test
	void theWidenedQueryTakesTheOtherNumberTheStrictOneDoesNot() {
		assertThat(Sokeord.tsquery("legemidler barn", Map.of(), Map.of()))
			.isEqualTo("(legemidler:* | legemidel:* | legemiddel:*) & barn:*");
		assertThat(Sokeord.tsquery("legemidler barn")).isEqualTo("legemidler:* & barn:*");
		assertThat(Sokeord.utvidedeOrd("legemidler barn", Map.of(), Map.of())).as("the words to check for an exact hit")
			.isEqualTo("legemidler:*");
		assertThat(Sokeord.utvidedeOrd("psykisk helse barn", Map.of(), Map.of("barn", List.of("bar"))))
			.isEqualTo("barn:*");
		assertThat(Sokeord.utvidedeOrd("psykisk helse barn", Map.of(), Map.of("barn", List.of("barn")))).as("nothing widened")
			.isNull();
		// A dictionary word that is also the other number is asked for once.
		assertThat(Sokeord.tsquery("fengsel", Map.of(), Map.of("fengsel", List.of("fengsler", "fengslene"))))
			.isEqualTo("(fengsel:* | fengsler:* | fengslene:*)");
	}

	@Test
	void editsCountALetterAddedDroppedChangedOrTwoNeighboursSwappedAsOneEach() {
		assertThat(Sokeord.avstand("vaksinajsonsprogram", "vaksinasjonsprogram")).isEqualTo(1);
		assertThat(Sokeord.avstand("kitten", "sitting")).isEqualTo(3);
		assertThat(Sokeord.avstand("fengsel", "fengsler")).isEqualTo(2);
		assertThat(Sokeord.avstand("blåbær", "blabær")).as("a letter, not a byte").isEqualTo(1);
		assertThat(Sokeord.avstand("", "tre")).isEqualTo(3);
	}

	@Test
	void aNearMissIsASmallTypoOfTheWordNotAnotherCompoundSharingItsTail() {
		assertThat(Sokeord.litenSkrivefeil("vaksinajsonsprogram", "vaksinasjonsprogram")).isTrue();
		assertThat(Sokeord.litenSkrivefeil("rusforebygging", "rusforebyggende")).isTrue();
		assertThat(Sokeord.litenSkrivefeil("fastlegetjenseten", "fastlegetjenesten")).isTrue();
		for (String annet : List.of("tjenesten", "allmennlegetjenesten", "fastlegene", "fastlege")) {
			assertThat(Sokeord.litenSkrivefeil("fastlegetjenesten", annet)).as(annet).isFalse();
		}
		assertThat(Sokeord.litenSkrivefeil("turnustjenesten", "tjenesten")).isFalse();
		// The longer the word, the more typos it may have: one under six letters, two under twelve, three beyond.
		assertThat(Sokeord.litenSkrivefeil("sykel", "sykkel")).isTrue();
		assertThat(Sokeord.litenSkrivefeil("sykel", "sykler")).isFalse();
		assertThat(Sokeord.litenSkrivefeil("fengsel", "fengsler")).isTrue();
		assertThat(Sokeord.litenSkrivefeil("fengsel", "fengslene")).isFalse();
		assertThat(Sokeord.litenSkrivefeil("vaksinasjonsprogrammet", "vaksinasjonsprogram")).isTrue();
		assertThat(Sokeord.litenSkrivefeil("vaksinasjonsprogram", "vaksinasjonsprogrammets")).isFalse();
	}

	@Test
	void aQuotedPhraseMustMatchItsWordsInOrderNextToEachOtherWithoutPrefixOrWidening() {
		Map<String, List<String>> lignende = Map.of("kostnader", List.of("kostnaden"), "tiltak", List.of("tiltaket"));
		assertThat(Sokeord.tsquery("\"samfunnsøkonomiske kostnader\" tiltak", Map.of(), lignende))
			.isEqualTo("samfunnsøkonomiske <-> kostnader & (tiltak:* | tiltaket:*)");
		assertThat(Sokeord.tsquery("\"kostnader samfunnsøkonomiske\"")).isEqualTo("kostnader <-> samfunnsøkonomiske");
		assertThat(Sokeord.tsquery("«alkohol, tobakk»")).as("Norwegian quotes").isEqualTo("alkohol <-> tobakk");
		assertThat(Sokeord.tsquery("“tobakk” alkohol")).as("a phrase of one word is the word exactly")
			.isEqualTo("tobakk & alkohol:*");
		assertThat(Sokeord.strikt("fastlege \"fastlege\"", Map.of("fastlege", List.of("fastlegeordningen"))))
			.as("the same word unquoted keeps its own forms").isEqualTo("(fastlege | fastlegeordningen) & fastlege");
		assertThat(Sokeord.utvidedeOrd("\"kostnader\" tiltak", Map.of(), lignende)).isEqualTo("tiltak:*");
		assertThat(Sokeord.utvidedeOrd("\"kostnader\"", Map.of(), lignende)).as("a phrase is not widened").isNull();
		assertThat(Sokeord.trigramord("\"fengsel i norge\" tiltak")).containsExactly("tiltak");
		assertThat(Sokeord.uttrykksord("fastlege \"fastlege i Norge\" \"e-helse\"")).containsExactly("fastlege",
				"norge", "helse");
	}

	@Test
	void anUnbalancedQuoteRunsToTheEndAndEmptyQuotesAreDropped() {
		assertThat(Sokeord.tsquery("tiltak \"alkohol tobakk")).isEqualTo("tiltak:* & alkohol <-> tobakk");
		assertThat(Sokeord.tsquery("alkohol tobakk\"")).isEqualTo("alkohol:* & tobakk:*");
		assertThat(Sokeord.tsquery("\"\" tobakk \" , \"")).isEqualTo("tobakk:*");
		assertThat(Sokeord.tsquery("\"")).isNull();
		assertThat(Sokeord.tsquery("\"ab\"cd\"ef\"")).as("quotes touching words").isEqualTo("ab & cd:* & ef");
	}

	@Test
	void theSpellingsOneEditFromAShortWordAreEveryEditButFromSixLettersOnlyTheSwaps() {
		Set<String> abort = Sokeord.naboer("abort");
		assertThat(abort).contains("abrot", "bort", "abbort", "abors", "abotr", "aborte").doesNotContain("abort");
		assertThat(abort).allSatisfy(nabo -> assertThat(Sokeord.avstand("abort", nabo)).as(nabo).isEqualTo(1));
		// Dropped: 5 (minus doubles), added: 6 places × 29 letters, changed: 5 × 28, swapped: 4.
		assertThat(abort).hasSizeBetween(300, 5 + 6 * 29 + 5 * 28 + 4);
		assertThat(Sokeord.naboer("fengsel")).containsExactly("efngsel", "fnegsel", "fegnsel", "fensgel", "fengesl",
				"fengsle");
		assertThat(Sokeord.naboer("blåbær")).as("letters, not bytes").contains("bålbær");
	}

	@Test
	void onlyWordsOfThreeLettersOrMoreWithoutDigitsAreWidened() {
		assertThat(Sokeord.trigramord("tiltak og fengsel i by TB2025-17")).containsExactly("tiltak", "fengsel");
	}

	@Test
	void theDictionaryTakesDistinctLowerCaseWordsOfThreeLettersOrMore() {
		assertThat(Sokeord.ordsett("tb2025-17", "Fengsler og fengsler", "Blåbær")).containsExactly("tb2025", "fengsler",
				"blåbær");
	}

	@Test
	void aStemCutBelowTheInflectionEndingIsNarrowedToTheWordWithoutIt() {
		// PostgreSQL stems fastlege to fast, tannhelse to tannh, allmennlege to allmenn, tilgjengelig to tilgjeng.
		assertThat(Sokeord.begynnelse("fastlege", "fast")).isEqualTo(new Sokeord.Begynnelse("fastleg", true));
		assertThat(Sokeord.begynnelse("fastlegens", "fast")).isEqualTo(new Sokeord.Begynnelse("fastleg", true));
		assertThat(Sokeord.begynnelse("tannhelse", "tannh")).isEqualTo(new Sokeord.Begynnelse("tannhels", true));
		assertThat(Sokeord.begynnelse("allmennlege", "allmenn")).isEqualTo(new Sokeord.Begynnelse("allmennleg", true));
		assertThat(Sokeord.begynnelse("tilgjengelig", "tilgjeng"))
			.isEqualTo(new Sokeord.Begynnelse("tilgjengelig", true));
		// -het keeps the adjective: frivillighet (frivil) finds «frivillige», not «frivilt».
		assertThat(Sokeord.begynnelse("frivillighet", "frivil")).isEqualTo(new Sokeord.Begynnelse("frivillig", true));
		assertThat(Sokeord.begynnelse("tilgjengeligheten", "tilgjeng"))
			.isEqualTo(new Sokeord.Begynnelse("tilgjengelig", true));
		assertThat(Sokeord.begynnelse("ensomhet", "ensom")).isNull();
	}

	@Test
	void aShortStemIsNarrowedByTheNextLetterTyped() {
		assertThat(Sokeord.begynnelse("legene", "leg")).isEqualTo(new Sokeord.Begynnelse("lege", false));
		assertThat(Sokeord.begynnelse("leger", "leg")).isEqualTo(new Sokeord.Begynnelse("lege", false));
		assertThat(Sokeord.begynnelse("saker", "sak")).isEqualTo(new Sokeord.Begynnelse("sake", false));
		assertThat(Sokeord.begynnelse("hele", "hel")).as("not «helse»").isEqualTo(new Sokeord.Begynnelse("hele", false));
		assertThat(Sokeord.begynnelse("helheten", "hel")).isEqualTo(new Sokeord.Begynnelse("helh", false));
	}

	@Test
	void aStemCutOnlyByInflectionKeepsItsPrefix() {
		assertThat(Sokeord.begynnelse("kommunene", "kommun")).isNull();
		assertThat(Sokeord.begynnelse("helse", "hels")).isNull();
		assertThat(Sokeord.begynnelse("vaksine", "vaksin")).isNull();
		assertThat(Sokeord.begynnelse("publiserte", "publiser")).isNull();
		assertThat(Sokeord.begynnelse("sykepleiere", "sykepleier")).isNull();
		assertThat(Sokeord.begynnelse("psykisk", "psykisk")).as("not cut").isNull();
		assertThat(Sokeord.begynnelse("lov", "lov")).as("typed as short").isNull();
		assertThat(Sokeord.begynnelse("og", null)).as("a stop word").isNull();
	}

	@Test
	void aNarrowedWordStandsForItsOwnFormsExactlyAndTheWordsBeginningAsIt() {
		Map<String, List<String>> egne = Map.of("fastlege", List.of("fastlegeordningen", "fastlegetjenesten"));
		assertThat(Sokeord.tsquery("fastlege barn", egne, Map.of()))
			.isEqualTo("(fastlege | fastlegeordningen | fastlegetjenesten) & barn:*");
		assertThat(Sokeord.strikt("fastlege barn", egne))
			.isEqualTo("(fastlege | fastlegeordningen | fastlegetjenesten) & barn:*");
		assertThat(Sokeord.utvidedeOrd("fastlege barn", egne, Map.of())).as("its own forms are no widening").isNull();
		assertThat(Sokeord.andreAlternativer("fastlege", egne, Map.of("fastlege", List.of("fastlagt")),
				Set.of("fastlege")))
			.isEqualTo("(fastlegeordningen | fastlegetjenesten | fastlagt:*)");
		assertThat(Sokeord.andreAlternativer("fastlege", Map.of("fastlege", List.of()), Map.of(), Set.of("fastlege")))
			.isNull();
	}

	@Test
	void aNearMissOfALooseStemStandsForItsOwnFormsAndIsCheckedItself() {
		// allmenlege (allmen) finds only its own forms; its near-miss allmennleger (allmenn, as «allmennheten») stands
		// for «allmennlegetjenesten» too, as «allmennlege» does.
		Map<String, List<String>> egne = Map.of("allmenlege", List.of(), "allmennleger",
				List.of("allmennlegetjenesten"));
		Map<String, List<String>> lignende = Map.of("allmenlege", List.of("allmennleger"));
		assertThat(Sokeord.tsquery("allmenlege", egne, lignende))
			.isEqualTo("(allmenlege | allmennleger | allmennlegetjenesten)");
		assertThat(Sokeord.strikt("allmenlege", egne)).isEqualTo("allmenlege");
		assertThat(Sokeord.utvidedeOrd("allmenlege", egne, lignende)).isEqualTo("allmenlege");
		assertThat(Sokeord.andreAlternativer("allmenlege", egne, lignende, Set.of("allmennleger")))
			.as("a match of these needs no check").isEqualTo("(allmenlege | allmennlegetjenesten)");
	}

	@Test
	void anIdStandsForItsSpellingsWithoutLeadingZerosAndAsARegisterKey() {
		assertThat(Sokeord.idformer("TB2025-023")).contains("tb2025-023", "tb2025-23");
		assertThat(Sokeord.idformer("TB2025-0230")).contains("tb2025-230").doesNotContain("tb2025-23");
		assertThat(Sokeord.idformer("TB2025-230")).doesNotContain("tb2025-23");
		assertThat(Sokeord.idformer("O-2025-23")).contains("o-2025-23", "o-2025-0023");
		assertThat(Sokeord.idformer("O-2025-00023")).contains("o-2025-0023", "o-2025-23");
		assertThat(Sokeord.idformer("TB2025-0")).as("a zero alone is a number").contains("tb2025-0")
			.doesNotContain("tb2025-");
		// A hyphen from a document, as the register keeps ids.
		assertThat(Sokeord.idformer("TB2025\u2011023")).contains("tb2025-23");
		assertThat(Sokeord.idformer("vaksine")).containsExactly("vaksine");
	}

	@Test
	void aLongWordMayBeASmallTypoOfALongerWordsBeginning() {
		assertThat(Sokeord.begynnelseMedSkrivefeil("kreftscrening", "kreftscreeningprogrammet"))
			.isEqualTo("kreftscreening");
		assertThat(Sokeord.begynnelseMedSkrivefeil("krefstcreening", "kreftscreeningprogrammet"))
			.isEqualTo("kreftscreening");
		assertThat(Sokeord.begynnelseMedSkrivefeil("kreftskrening", "kreftscreeningprogrammet"))
			.as("two edits from 12 letters").isEqualTo("kreftscreening");
		assertThat(Sokeord.begynnelseMedSkrivefeil("kreftscreeninx", "kreftscreeningprogrammet"))
			.as("a letter changed rather than dropped").isEqualTo("kreftscreening");
		assertThat(Sokeord.begynnelseMedSkrivefeil("vaksinsajon", "vaksinasjonsprogrammet"))
			.as("one edit under 12 letters").isEqualTo("vaksinasjon");
		assertThat(Sokeord.begynnelseMedSkrivefeil("vaksinsajn", "vaksinasjonsprogrammet"))
			.as("not two under 12 letters").isNull();
		assertThat(Sokeord.begynnelseMedSkrivefeil("brystkreftscreening", "kreftscreeningprogrammet")).isNull();
		assertThat(Sokeord.begynnelseMedSkrivefeil("helsex", "helsetjenesten")).as("too short").isNull();
		assertThat(Sokeord.begynnelseMedSkrivefeil("tbxo2025", "tb2025x1")).as("letters only").isNull();
	}
}
