package no.hod.styringsregister.dokumenter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A line ending in a hyphen, joined with the next as Norwegian writes the word, or not joined at all. */
class LineEndHyphenTest {

	@ParameterizedTest(name = "«{0}» + «{1}» = «{2}»")
	@CsvSource(delimiter = '|', value = {
			// a plain word broken by the layout: one word, no hyphen
			"2751.71 Lege-| erklæringer| 2751.71 Legeerklæringer",
			"765.74 Kompetanse-| sentre (kan| 765.74 Kompetansesentre (kan",
			"i henhold til bevilgnings-| reglementet (regjeringen.no).| i henhold til bevilgningsreglementet (regjeringen.no).",
			"arbeid med pålog-| gingsløsning| arbeid med påloggingsløsning",
			// Norwegian keeps the hyphen after a letter, an acronym, a digit, and in «ikke-»
			"tobakk og e-| sigaretter| tobakk og e-sigaretter",
			"ROS-| analyser| ROS-analyser",
			"for 79-| poster (tilskudd)| for 79-poster (tilskudd)",
			"antall LIS1-| stillinger| antall LIS1-stillinger",
			"ikke-| statlige aktører| ikke-statlige aktører",
			"Helse Sør-| Øst RHF| Helse Sør-Øst RHF",
			"esjefs-| /divisjonsdirektørnivå| esjefs-/divisjonsdirektørnivå",
			// a range goes on
			"Prop. 1 S (2024-| 2025)| Prop. 1 S (2024-2025)",
			// a shared word part before a conjunction
			"kommunal helse-| og omsorgstjeneste| kommunal helse- og omsorgstjeneste",
			"kompetanse-| eller personellfeltet| kompetanse- eller personellfeltet",
			// never a word with the next column's amount, nor a name with a new cell
			"kommunal helse-| 71 211 Søknadsbasert| kommunal helse- 71 211 Søknadsbasert",
			"Tilskudd 2024-| 71 211| Tilskudd 2024- 71 211",
			"kommunal helse-| Søknadsbasert tilskudd| kommunal helse- Søknadsbasert tilskudd",
			"kommunal helse-| (KS)| kommunal helse- (KS)",
			// no hyphen: a space
			"kommunal helse| og omsorg| kommunal helse og omsorg" })
	void joinsAsNorwegianWritesTheWord(String before, String next, String joined) {
		StringBuilder text = new StringBuilder(before);
		LineEndHyphen.append(text, next);
		assertThat(text).hasToString(joined);
	}
}
