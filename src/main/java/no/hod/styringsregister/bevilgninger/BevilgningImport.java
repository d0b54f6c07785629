package no.hod.styringsregister.bevilgninger;

import java.util.List;

/**
 * How a letter's budget lines and authorisations enter the register. Called by the letter import inside its own
 * transaction. Re-import replaces what the same letter produced before; the counts say what changed.
 */
public interface BevilgningImport {

	/** What {@link #apply} would do, without writing anything. */
	Diff compare(long brevId, List<BevilgningData> linjer, List<FullmaktData> fullmakter);

	/**
	 * The lines the register holds for an agency's year, per chapter and post those of the latest letter that gives
	 * the post: what the letter review compares a new letter's amounts with.
	 */
	List<BevilgningData> gjeldende(long etatId, int aar);

	/** Writes the lines of one letter. Joins the caller's transaction. */
	Diff apply(long brevId, int aar, long etatId, List<BevilgningData> linjer, List<FullmaktData> fullmakter);

	/**
	 * One budget line. Amounts in 1 000 NOK; {@code null} where the letter prints none.
	 *
	 * @param inntekt true for income chapters (3xxx, 5xxx)
	 * @param departement the other ministry whose frame the letter lists the line under («Arbeids- og
	 * sosialdepartementet»), {@code null} for the ministry's own lines: those of another are shown apart and not
	 * counted in the ministry's sums
	 */
	record BevilgningData(int kapittel, int post, String navn, Long belop, Long belopForrigeAar, boolean inntekt,
			String kommentar, String departement) {

		/** One of the ministry's own lines. */
		public BevilgningData(int kapittel, int post, String navn, Long belop, Long belopForrigeAar, boolean inntekt,
				String kommentar) {
			this(kapittel, post, navn, belop, belopForrigeAar, inntekt, kommentar, null);
		}
	}

	record FullmaktData(String type, String tekst) {
	}

	/**
	 * Lines and authorisations compared by content: added, changed, removed, unchanged; with what changed, for the
	 * review page.
	 *
	 * @param linjer the lines added, changed or removed, in the letter's order and the removed after
	 * @param fullmakter the authorisations added or removed (a reworded one is both)
	 */
	record Diff(int added, int changed, int removed, int unchanged, List<Linjeendring> linjer,
			List<Fullmaktendring> fullmakter) {
	}

	/**
	 * A line added, changed or removed.
	 *
	 * @param type ADDED, CHANGED or REMOVED
	 * @param navn the line's name as the letter now gives it, or as it was for a removed line
	 * @param belop its amount written for reading ({@code 35 500}), the old one for a removed line; {@code –} for none
	 * @param verdier the changed fields' values before and after; empty unless CHANGED
	 * @param belopFra the amount before ({@code null} for an added line, or where the letter printed none)
	 * @param belopTil the amount after ({@code null} for a removed line, or where the letter prints none)
	 */
	record Linjeendring(String type, int kapittel, int post, String navn, String belop, List<Verdiendring> verdier,
			Long belopFra, Long belopTil) {

		/** {@code 701.21}, as the letters write a chapter and post. */
		public String nummer() {
			return kapittel + "." + (post < 10 ? "0" + post : String.valueOf(post));
		}
	}

	/** A changed field ({@code navn}, {@code belop}, …) as the register has it and as the letter now says it. */
	record Verdiendring(String felt, String fra, String til) {
	}

	/** @param type ADDED or REMOVED */
	record Fullmaktendring(String type, FullmaktData fullmakt) {
	}
}
