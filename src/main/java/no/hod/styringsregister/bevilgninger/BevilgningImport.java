package no.hod.styringsregister.bevilgninger;

import java.util.List;

/**
 * How a letter's budget lines and authorisations enter the register. Called by the letter import inside its own
 * transaction. Re-import replaces what the same letter produced before; the counts say what changed.
 */
public interface BevilgningImport {

	/** What {@link #apply} would do, without writing anything. */
	Diff compare(long brevId, List<BevilgningData> linjer, List<FullmaktData> fullmakter);

	/** Writes the lines of one letter. Joins the caller's transaction. */
	Diff apply(long brevId, int aar, long etatId, List<BevilgningData> linjer, List<FullmaktData> fullmakter);

	/**
	 * One budget line. Amounts in 1 000 NOK; {@code null} where the letter prints none.
	 *
	 * @param inntekt true for income chapters (3xxx, 5xxx)
	 */
	record BevilgningData(int kapittel, int post, String navn, Long belop, Long belopForrigeAar, boolean inntekt,
			String kommentar) {
	}

	record FullmaktData(String type, String tekst) {
	}

	/** Lines and authorisations compared by content: added, changed, removed, unchanged. */
	record Diff(int added, int changed, int removed, int unchanged) {
	}
}
