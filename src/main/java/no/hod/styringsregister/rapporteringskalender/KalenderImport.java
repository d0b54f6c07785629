package no.hod.styringsregister.rapporteringskalender;

import java.time.LocalDate;
import java.util.List;

/**
 * How a letter's reporting calendar (Vedlegg I) and special reporting (Vedlegg III) enter the register. Called by
 * the letter import inside its own transaction. Re-import replaces what the same letter produced before, except
 * entries an admin has edited by hand.
 */
public interface KalenderImport {

	/** What {@link #apply} would do, without writing anything. */
	Diff compare(long brevId, List<KalenderData> kalender, List<SaerskiltData> saerskilt);

	/** Writes the entries of one letter. Joins the caller's transaction. */
	Diff apply(long brevId, int aar, long etatId, List<KalenderData> kalender, List<SaerskiltData> saerskilt);

	/** @param tid {@code 09:00} or {@code 09:00-11:00}, or {@code null} */
	record KalenderData(LocalDate dato, String tid, String aktivitet, String merknad) {
	}

	/**
	 * @param naar the "when" cell as written
	 * @param dato the date when the row names one day
	 * @param frekvens YEARLY, TWICE_A_YEAR, THREE_TIMES_A_YEAR, FOUR_TIMES_A_YEAR, MONTHLY or {@code null}
	 */
	record SaerskiltData(String naar, LocalDate dato, String frekvens, String tema, String kommentar) {
	}

	record Diff(int added, int changed, int removed, int unchanged) {
	}
}
