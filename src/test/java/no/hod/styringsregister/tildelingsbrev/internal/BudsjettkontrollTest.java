package no.hod.styringsregister.tildelingsbrev.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import no.hod.styringsregister.bevilgninger.BevilgningImport.BevilgningData;
import no.hod.styringsregister.tildelingsbrev.internal.parsing.BudgetLineDraft;
import no.hod.styringsregister.web.Formats;

/** The budget lines the review asks the admin to check against the letter. */
class BudsjettkontrollTest {

	private static final Formats FORMATS = new Formats();

	private static BudgetLineDraft linje(int kapittel, int post, String navn, Long belop, Long iFjor) {
		return new BudgetLineDraft(kapittel, post, navn, belop, iFjor, BudgetLineDraft.Kind.ofChapter(kapittel), null);
	}

	private static BevilgningData registrert(int kapittel, int post, long belop) {
		return new BevilgningData(kapittel, post, "Navn", belop, null, false, null);
	}

	private static List<String> advarsler(List<BudgetLineDraft> linjer, Set<Integer> uttatt, List<BevilgningData> iFjor) {
		return Budsjettkontroll.advarsler(linjer, uttatt, 2026, iFjor, FORMATS::belop);
	}

	@Test
	void aNameThatTookTheFirstDigitsOfTheAmountIsNamedWithTheWholeAmountItMayHaveBeen() {
		List<String> advarsler = advarsler(List.of(linje(701, 60, "Tilskudd til helseteknologi i kommunal helse-71", 211L,
				null)), Set.of(), List.of());

		assertThat(advarsler).containsExactly("Budsjettlinje 701.60 «Tilskudd til helseteknologi i kommunal helse-71»: "
				+ "navnet slutter på sifrene «71», og beløpet 211 kan være resten av 71 211. Sjekk navn og beløp mot "
				+ "brevet.");
	}

	@Test
	void aNameEndingInAHyphenIsNamedButACompoundWithANumberBeforeAFullAmountIsNot() {
		List<String> advarsler = advarsler(List.of(linje(701, 60, "Tilskudd til kommunal helse-", 71_211L, null),
				linje(714, 70, "Tilskudd til vaksinering mot covid-19", 150_000L, null),
				linje(714, 21, "Spesielle driftsutgifter, kan nyttes under post 70", 30_000L, null)), Set.of(), List.of());

		assertThat(advarsler).containsExactly("Budsjettlinje 701.60 «Tilskudd til kommunal helse-»: navnet slutter med "
				+ "bindestrek, som om resten av det mangler. Sjekk navnet mot brevet.");
	}

	@Test
	void aPostTenTimesOrATenthOfLastYearsInTheRegisterIsNamedSummedOverItsRows() {
		List<BudgetLineDraft> linjer = List.of(linje(701, 60, "Tilskudd til helseteknologi", 211L, null),
				linje(714, 21, "Spesielle driftsutgifter", 20_000L, null),
				linje(714, 21, "Spesielle driftsutgifter", 12_000L, null), linje(765, 74, "Kompetansesentre", 404_875L, null),
				linje(3740, 4, "Gebyrinntekter", 310_000L, null));
		List<BevilgningData> iFjor = List.of(registrert(701, 60, 71_211), registrert(714, 21, 30_000),
				registrert(765, 74, 398_000), registrert(3740, 4, 31_000));

		assertThat(advarsler(linjer, Set.of(), iFjor)).containsExactly(
				"Budsjettlinje 701.60 «Tilskudd til helseteknologi»: beløpet 211 er en tidel eller mindre av beløpet for "
						+ "2025 i registeret (71 211). Sjekk beløpet mot brevet.",
				"Budsjettlinje 3740.04 «Gebyrinntekter»: beløpet 310 000 er ti ganger så stort eller mer enn beløpet for "
						+ "2025 i registeret (31 000). Sjekk beløpet mot brevet.");
		// A line taken out is not checked.
		assertThat(advarsler(linjer, Set.of(0, 4), iFjor)).isEmpty();
	}

	@Test
	void withoutTheRegistersYearTheLettersOwnColumnForLastYearIsTheComparison() {
		List<String> advarsler = advarsler(List.of(linje(701, 21, "Spesielle driftsutgifter", 3_500L, 35_000L),
				linje(701, 70, "Tilskudd", 35_000L, 34_000L), linje(701, 71, "Ny ordning", 5_000L, 0L)), Set.of(),
				List.of());

		assertThat(advarsler).containsExactly("Budsjettlinje 701.21 «Spesielle driftsutgifter»: beløpet 3 500 er en "
				+ "tidel eller mindre av beløpet for 2025 i brevet (35 000). Sjekk beløpet mot brevet.");
	}
}
