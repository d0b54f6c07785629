package no.hod.styringsregister.tildelingsbrev.internal.parsing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class AmountsTest {

	@Test
	void readsAmountsWithSpaceAsThousandsSeparator() {
		assertThat(Amounts.parse("1 222 348")).isEqualTo(1_222_348L);
		assertThat(Amounts.parse("30 000")).isEqualTo(30_000L);
		assertThat(Amounts.parse("900")).isEqualTo(900L);
		assertThat(Amounts.parse(" 4\u00a0811 ")).isEqualTo(4_811L);
	}

	@Test
	void dashAndEmptyCellMeanNoAmount() {
		assertThat(Amounts.parse("-")).isNull();
		assertThat(Amounts.parse("–")).isNull();
		assertThat(Amounts.parse("")).isNull();
		assertThat(Amounts.parse("   ")).isNull();
		assertThat(Amounts.parse(null)).isNull();
	}

	@Test
	void millionsWithDecimalCommaBecomeThousands() {
		assertThat(Amounts.parse("0,02")).isEqualTo(20L);
		assertThat(Amounts.parse("173,1")).isEqualTo(173_100L);
	}

	@Test
	void rejectsWhatIsNoAmount() {
		assertThatThrownBy(() -> Amounts.parse("30 00")).isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("30 00");
		assertThatThrownBy(() -> Amounts.parse("tretti")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Amounts.parse("1 2345")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void splitsTwoRunTogetherColumns() {
		assertThat(Amounts.trailingColumns(tokens("1 212 918 1 222 348")))
				.isEqualTo(new Amounts.Columns(0, 1_212_918L, 1_222_348L));
		// every group has three digits: the split that gives two similar amounts wins
		assertThat(Amounts.trailingColumns(tokens("118 012 116 577")))
				.isEqualTo(new Amounts.Columns(0, 118_012L, 116_577L));
		assertThat(Amounts.trailingColumns(tokens("131 127 133 966")))
				.isEqualTo(new Amounts.Columns(0, 131_127L, 133_966L));
		assertThat(Amounts.trailingColumns(tokens("1 000 2 000"))).isEqualTo(new Amounts.Columns(0, 1_000L, 2_000L));
	}

	@Test
	void oneNumberStaysOneWhenASplitWouldGiveTinyAmounts() {
		assertThat(Amounts.trailingColumns(tokens("57 335"))).isEqualTo(new Amounts.Columns(0, null, 57_335L));
		assertThat(Amounts.trailingColumns(tokens("39 078"))).isEqualTo(new Amounts.Columns(0, null, 39_078L));
	}

	@Test
	void aNumberThatCannotStartAnAmountBelongsToTheName() {
		// "Egenandelstak 2 1 014 000 1 039 600"
		assertThat(Amounts.trailingColumns(tokens("2 1 014 000 1 039 600")))
				.isEqualTo(new Amounts.Columns(1, 1_014_000L, 1_039_600L));
	}

	@Test
	void dashIsAnEmptyColumn() {
		assertThat(Amounts.trailingColumns(tokens("- 5 000"))).isEqualTo(new Amounts.Columns(0, null, 5_000L));
		assertThat(Amounts.trailingColumns(tokens("0,1 0,02"))).isEqualTo(new Amounts.Columns(0, 100L, 20L));
	}

	private static List<String> tokens(String text) {
		return List.of(text.split(" "));
	}
}
