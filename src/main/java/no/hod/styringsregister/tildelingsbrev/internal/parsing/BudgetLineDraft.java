package no.hod.styringsregister.tildelingsbrev.internal.parsing;

/**
 * One row of the letter's budget tables. Amounts are in 1 000 NOK; {@code null} where the letter prints none
 * (a closed post, an empty cell). Chapters 3xxx and 5xxx are income.
 *
 * @param ministry the other ministry whose frame the letter lists the line under («4.2 Arbeids- og
 * sosialdepartementet»), {@code null} for the ministry's own lines
 */
public record BudgetLineDraft(int chapter, int post, String name, Long amount, Long previousYearAmount, Kind kind,
		String comment, String ministry) {

	/** One of the ministry's own lines. */
	public BudgetLineDraft(int chapter, int post, String name, Long amount, Long previousYearAmount, Kind kind,
			String comment) {
		this(chapter, post, name, amount, previousYearAmount, kind, comment, null);
	}

	/** The same line, listed under another ministry's frame. */
	public BudgetLineDraft ofMinistry(String otherMinistry) {
		return new BudgetLineDraft(chapter, post, name, amount, previousYearAmount, kind, comment, otherMinistry);
	}

	public enum Kind {
		EXPENSE, INCOME;

		public static Kind ofChapter(int chapter) {
			int thousands = chapter / 1000;
			return thousands == 3 || thousands == 5 ? INCOME : EXPENSE;
		}
	}
}
