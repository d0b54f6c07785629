package no.hod.styringsregister.oppdrag.internal;

import java.util.List;
import java.util.Map;

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
		assertThat(Sokeord.tsquery("vaksine", Map.of())).isEqualTo("vaksine:*");
		assertThat(Sokeord.tsquery("Psykisk helse!", Map.of())).isEqualTo("psykisk:* & helse:*");
		assertThat(Sokeord.tsquery("ab' | !b & (c)", Map.of())).isEqualTo("ab:* & b & c");
		assertThat(Sokeord.tsquery("E-helse", Map.of())).as("one letter is no prefix").isEqualTo("e & helse:*");
		assertThat(Sokeord.tsquery("§ – …", Map.of())).isNull();
		assertThat(Sokeord.tsquery("TB2025-17", Map.of())).isEqualTo("tb2025:* & 17:*");
	}

	@Test
	void nearMissSpellingsWidenEachWord() {
		Map<String, List<String>> lignende = Map.of("fengsel", List.of("fengsel", "fengsler", "fengslene"));
		assertThat(Sokeord.tsquery("fengsel barn", lignende)).isEqualTo("(fengsel:* | fengsler | fengslene) & barn:*");
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
		assertThat(Sokeord.tsquery("legemidler barn", Map.of()))
			.isEqualTo("(legemidler:* | legemidel:* | legemiddel:*) & barn:*");
		assertThat(Sokeord.tsquery("legemidler barn")).isEqualTo("legemidler:* & barn:*");
		assertThat(Sokeord.utvidedeOrd("legemidler barn", Map.of())).as("the words to check for an exact hit")
			.isEqualTo("legemidler:*");
		assertThat(Sokeord.utvidedeOrd("psykisk helse barn", Map.of("barn", List.of("bar"))))
			.isEqualTo("barn:*");
		assertThat(Sokeord.utvidedeOrd("psykisk helse barn", Map.of("barn", List.of("barn")))).as("nothing widened")
			.isNull();
		// A dictionary word that is also the other number is asked for once.
		assertThat(Sokeord.tsquery("fengsel", Map.of("fengsel", List.of("fengsler", "fengslene"))))
			.isEqualTo("(fengsel:* | fengsler | fengslene)");
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
	void onlyWordsOfThreeLettersOrMoreWithoutDigitsAreWidened() {
		assertThat(Sokeord.trigramord("tiltak og fengsel i by TB2025-17")).containsExactly("tiltak", "fengsel");
	}

	@Test
	void theDictionaryTakesDistinctLowerCaseWordsOfThreeLettersOrMore() {
		assertThat(Sokeord.ordsett("tb2025-17", "Fengsler og fengsler", "Blåbær")).containsExactly("tb2025", "fengsler",
				"blåbær");
	}
}
