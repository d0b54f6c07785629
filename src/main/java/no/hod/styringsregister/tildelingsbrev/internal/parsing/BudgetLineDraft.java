package no.hod.styringsregister.tildelingsbrev.internal.parsing;

/**
 * One row of the letter's budget tables. Amounts are in 1 000 NOK; {@code null} where the letter prints none
 * (a closed post, an empty cell). Chapters 3xxx and 5xxx are income.
 */
public record BudgetLineDraft(int chapter, int post, String name, Long amount, Long previousYearAmount, Kind kind,
		String comment) {

	public enum Kind {
		EXPENSE, INCOME;

		public static Kind ofChapter(int chapter) {
			int thousands = chapter / 1000;
			return thousands == 3 || thousands == 5 ? INCOME : EXPENSE;
		}
	}
}
