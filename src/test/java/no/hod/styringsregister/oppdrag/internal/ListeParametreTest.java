package no.hod.styringsregister.oppdrag.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ListeParametreTest {

	@Test
	void everyParameterIsReadWithItsType() {
		ListeParametre p = ListeParametre.fra(Map.ofEntries(Map.entry("q", new String[] { "psykisk helse" }),
				Map.entry("year", new String[] { " 2025 " }), Map.entry("agency", new String[] { "Hdir" }),
				Map.entry("status", new String[] { "PAAGAAR" }), Map.entry("division", new String[] { "7" }),
				Map.entry("department", new String[] { "8" }), Map.entry("section", new String[] { "3.4" }),
				Map.entry("hodDepartment", new String[] { "FHA" }), Map.entry("letter", new String[] { "12" }),
				Map.entry("deadlineFrom", new String[] { "2025-03-01" }),
				Map.entry("deadlineTo", new String[] { "2025-12-31" }), Map.entry("overdue", new String[] { "true" }),
				Map.entry("unrouted", new String[] { "yes" }), Map.entry("notCarriedOver", new String[] { "true" }),
				Map.entry("sort", new String[] { "frist" }), Map.entry("desc", new String[] { "on" }),
				Map.entry("page", new String[] { "2" }), Map.entry("size", new String[] { "25" })));
		assertThat(p).isEqualTo(new ListeParametre("psykisk helse", 2025, "Hdir", List.of("PAAGAAR"), 7L, 8L, "3.4",
				"FHA", 12L, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 12, 31), true, true, true, "frist", true, 2, 25));
	}

	@Test
	void absentAndEmptyValuesAreNoChoiceAndARepeatedOneCountsOnce() {
		assertThat(ListeParametre.fra(Map.of())).isEqualTo(new ListeParametre(null, null, null, null, null, null, null,
				null, null, null, null, null, null, null, null, null, null, null));
		ListeParametre p = ListeParametre.fra(Map.of("year", new String[] { "" }, "deadlineFrom", new String[] { " " },
				"overdue", new String[] { "" }, "page", new String[] { "1", "9" }));
		assertThat(p.year()).isNull();
		assertThat(p.deadlineFrom()).isNull();
		assertThat(p.overdue()).isNull();
		assertThat(p.page()).isEqualTo(1);
	}

	@Test
	void statusesComeRepeatedOrCommaSeparated() {
		assertThat(ListeParametre.fra(Map.of("status", new String[] { "PAAGAAR", "LEVERT,FORSINKET" })).status())
			.containsExactly("PAAGAAR", "LEVERT", "FORSINKET");
	}

	@Test
	void aSectionTypedWithADecimalCommaOrAClosingDotIsReadAndOneThatCannotBeASectionRefused() {
		for (var typet : Map.of("3,2", "3.2", "3.", "3", " 3.4 ", "3.4", "2,2,1", "2.2.1", "3,", "3", "3.10", "3.10")
			.entrySet()) {
			assertThat(ListeParametre.fra(Map.of("section", new String[] { typet.getKey() })).section())
				.as(typet.getKey()).isEqualTo(typet.getValue());
		}
		for (String ugyldig : List.of("3x", "tre", "3..2", ".3", "3.2..", "3 2", ",", "3.-1")) {
			assertThatThrownBy(() -> ListeParametre.fra(Map.of("section", new String[] { ugyldig })))
				.as(ugyldig)
				.isInstanceOfSatisfying(UgyldigParameter.class, ex -> assertThat(ex.verdi()).isEqualTo(ugyldig))
				.hasMessageContaining("«section»");
		}
	}

	@Test
	void aValueThatCannotBeReadIsRefusedNamingItsParameter() {
		assertThatThrownBy(() -> ListeParametre.fra(Map.of("year", new String[] { "tjuetjuefem" })))
			.isInstanceOf(UgyldigParameter.class)
			.hasMessageContaining("Parameteren «year» må være et år med fire sifre, som 2025, ikke «tjuetjuefem».");
		assertThatThrownBy(() -> ListeParametre.fra(Map.of("division", new String[] { "99999999999999999999" })))
			.hasMessageContaining("«division»");
		// A date typed the Norwegian way is read; a day that does not exist is not.
		assertThat(ListeParametre.fra(Map.of("deadlineTo", new String[] { "31.12.2025" })).deadlineTo())
			.isEqualTo(java.time.LocalDate.of(2025, 12, 31));
		assertThatThrownBy(() -> ListeParametre.fra(Map.of("deadlineTo", new String[] { "31.02.2025" })))
			.hasMessageContaining("«deadlineTo»");
		assertThatThrownBy(() -> ListeParametre.fra(Map.of("overdue", new String[] { "kanskje" })))
			.hasMessageContaining("«overdue»");
		assertThatThrownBy(() -> ListeParametre.fra(Map.of("unrouted", new String[] { "kanskje" })))
			.hasMessageContaining("«unrouted»");
		assertThatThrownBy(() -> ListeParametre.fra(Map.of("notCarriedOver", new String[] { "kanskje" })))
			.isInstanceOfSatisfying(UgyldigParameter.class, ex -> assertThat(ex.getStatusCode().value()).isEqualTo(400))
			.hasMessageContaining("«notCarriedOver»");
		assertThatThrownBy(() -> ListeParametre.fra(Map.of("page", new String[] { "x" })))
			.isInstanceOfSatisfying(UgyldigParameter.class, ex -> assertThat(ex.getStatusCode().value()).isEqualTo(400));
		assertThatThrownBy(() -> ListeParametre.fra(Map.of("page", new String[] { "-1" })))
			.isInstanceOfSatisfying(UgyldigParameter.class, ex -> assertThat(ex.verdi()).isEqualTo("-1"))
			.hasMessageContaining("«page»");
		assertThat(ListeParametre.fra(Map.of("page", new String[] { "0" })).page()).isZero();
	}

	/** Java reads any script's digits as a number; an address's numbers are ASCII digits, and fit their type. */
	@Test
	void onlyAsciiDigitsThatFitMakeANumber() {
		for (String parameter : List.of("year", "division", "department", "letter", "page", "size")) {
			for (String ugyldig : List.of("٣", "２０２５", "3٣", "99999999999999999999999", "+3", " - 3")) {
				assertThatThrownBy(() -> ListeParametre.fra(Map.of(parameter, new String[] { ugyldig })))
					.as(parameter + "=" + ugyldig)
					.isInstanceOfSatisfying(UgyldigParameter.class, ex -> assertThat(ex.parameter()).isEqualTo(parameter))
					.hasMessageContaining("«" + parameter + "»");
			}
		}
		ListeParametre p = ListeParametre.fra(Map.of("year", new String[] { " 2025 " }, "division", new String[] { "-7" },
				"letter", new String[] { "900001" }, "size", new String[] { "50" }));
		assertThat(p.year()).isEqualTo(2025);
		assertThat(p.division()).isEqualTo(-7L);
		assertThat(p.letter()).isEqualTo(900_001L);
		assertThat(p.size()).isEqualTo(50);
	}
}
