package no.hod.styringsregister.tildelingsbrev.internal.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The 2020 letter gives the earmarks of a post in running text under its tables («Kap. 714, post 21 …»), and has
 * other ministries' chapters under «4 Øvrige økonomiske rammer». Expected values are read from the letter.
 */
class BudgetSections2020Test {

	private static List<BudgetLineDraft> lines;
	private static List<String> warnings;

	@BeforeAll
	static void read() {
		warnings = new ArrayList<>();
		lines = new AppendixReader().read2020(AppendixFixtures.seedLines("tildelingsbrev-helsedirektoratet-2020.txt"),
				2020, warnings).budgetLines();
	}

	@Test
	void theEarmarksUnderKap714Post21AreTheLinesComment() {
		List<String> comment = paragraphs(714, 21);
		assertThat(comment).hasSize(15);
		assertThat(comment.get(0)).isEqualTo("Helsedirektoratet tildeles totalt 116,577 mill. kroner, fordelt på følgende "
				+ "tiltak, jf. Prop. 1 S (2019–2020) Helse- og omsorgsdepartementet:");
		assertThat(comment.get(1)).isEqualTo("• 38,7 mill. kroner til rusmiddelforebyggende arbeid i regi av de regionale "
				+ "kompetansesentrene for rusmiddelspørsmål.");
		assertThat(comment.get(14)).isEqualTo("• 0,3 mill. kroner til drift av e-læringsprogram fallforebygging");
	}

	@Test
	void eachPostGetsItsOwnSectionAndNoMore() {
		assertThat(paragraphs(714, 60)).first().isEqualTo("Helsedirektoratet tildeles totalt 89,813 mill. kroner, herunder:");
		assertThat(paragraphs(714, 60)).last().isEqualTo("• 0,8 mill. kroner til nettverket av Sunne kommuner");
		assertThat(paragraphs(714, 79)).first().isEqualTo("Helsedirektoratet tildeles 48,8 mill. kroner fordelt på "
				+ "følgende tiltak:");
		assertThat(paragraphs(714, 79)).last().isEqualTo("• 0,5 mill. kroner i øremerket driftstilskudd til organisasjonen Mot");
		assertThat(paragraphs(781, 79)).containsExactly("Helsedirektoratet tildeles 75,544 mill. kroner. Det vises til "
				+ "omtale i Prop 1 S (2019-2020) for disponering av midlene.");
		assertThat(paragraphs(732, 21)).containsExactly("Helsedirektoratet tildeles 2 mill. kroner til evaluering av "
				+ "helsesatsingen i barnevernet.");
		// a heading whose words after the post are the text, not the post's name
		assertThat(paragraphs(762, 21)).containsExactly("Forslag i Prop. 1 S: 121 061.", "Helsedirektoratet skal videreføre samarbeidet med Direktoratet "
				+ "for e-helse og Barne- og familiedirektoratet om Digi-ung. Helsedirektoratet skal ikke øke antall faste "
				+ "årsverk som finansieres over posten sammenliknet med 2019.");
	}

	@Test
	void aLineLeadingIntoAListForAPostAddsToItsText() {
		List<String> comment = paragraphs(740, 1);
		assertThat(comment.get(0)).isEqualTo("Budsjettet for 2020, i tillegg til konsekvenser av lønnsoppgjøret og "
				+ "prisomregning, baserer seg på følgende forutsetninger:");
		assertThat(comment).contains("Videreføring av budsjettekniske føringer for tildelinger over kap. 740 post 01:");
		assertThat(comment).last().asString().startsWith("• 15 mill. kroner til etablering og tilsyn med ny "
				+ "bevillingsordning");
		assertThat(paragraphs(740, 21)).first().asString().startsWith("- 5 mill. kroner i økt bevilgning til arbeidet "
				+ "med å forberede sammenslåing av tak 1 og 2");
		assertThat(String.join("\n", paragraphs(740, 21))).doesNotContain("Videreføring");
	}

	@Test
	void theTablesComparisonStaysBeforeTheText() {
		List<String> comment = paragraphs(761, 21);
		// the table's first column, «Saldert budsjett 2020»
		assertThat(comment.get(0)).isEqualTo("Saldert budsjett: 192 152.");
		assertThat(comment).hasSizeGreaterThan(1);
		assertThat(paragraphs(761, 79)).hasSizeGreaterThan(1);
	}

	@Test
	void otherMinistriesChaptersAreKeptAsTheirsWithoutAWarning() {
		assertThat(lines).filteredOn(l -> l.chapter() == 660).extracting(BudgetLineDraft::ministry)
			.containsOnly("Arbeids- og sosialdepartementet").hasSize(2);
		assertThat(lines).filteredOn(l -> l.chapter() == 575).extracting(BudgetLineDraft::ministry)
			.containsExactly("Kommunal- og moderniseringsdepartementet");
		assertThat(warnings).noneSatisfy(w -> assertThat(w).contains("departementet"));
	}

	@Test
	void postsGivenMoneyInTheTextButNotInTheTablesAreReported() {
		assertThat(warnings).anySatisfy(w -> assertThat(w).contains("701.21", "717.21", "717.70", "3714.04", "5572.75"));
	}

	private static List<String> paragraphs(int chapter, int post) {
		String comment = lines.stream()
			.filter(l -> l.chapter() == chapter && l.post() == post)
			.findFirst()
			.orElseThrow()
			.comment();
		assertThat(comment).as("%d.%02d", chapter, post).isNotNull();
		return Arrays.asList(comment.split("\n"));
	}
}
