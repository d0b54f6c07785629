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
	void onlyWordsOfThreeLettersOrMoreWithoutDigitsAreWidened() {
		assertThat(Sokeord.trigramord("tiltak og fengsel i by TB2025-17")).containsExactly("tiltak", "fengsel");
	}

	@Test
	void theDictionaryTakesDistinctLowerCaseWordsOfThreeLettersOrMore() {
		assertThat(Sokeord.ordsett("tb2025-17", "Fengsler og fengsler", "Blåbær")).containsExactly("tb2025", "fengsler",
				"blåbær");
	}
}
