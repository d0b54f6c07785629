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

	/**
	 * What withdrawing the letter would take out of the calendar, without writing anything.
	 */
	Tilbaketrekking compareWithdraw(long brevId);

	/**
	 * Withdraws the letter: every entry it produced leaves the calendar, those an admin edited by hand too, since they
	 * are still the withdrawn letter's dates. Entries an admin removed by hand stay removed (marked, as now), so that
	 * importing the letter again does not bring them back; the rest come back as the letter gives them. Joins the
	 * caller's transaction.
	 */
	Tilbaketrekking withdraw(long brevId);

	/**
	 * @param fjernet entries taken out of the calendar
	 * @param endretForHand those of them an admin had edited, whose edits a new import of the letter does not bring
	 * back
	 */
	record Tilbaketrekking(int fjernet, int endretForHand) {
	}

	/** Where in the letter an entry was read, so the calendar can name its true source. */
	enum Kilde {
		/** The appendix of its kind: Vedlegg I for the calendar, Vedlegg III for special reporting. */
		VEDLEGG,
		/** The letter's own text, outside the appendices. */
		BREVETS_TEKST
	}

	/** @param tid {@code 09:00} or {@code 09:00-11:00}, or {@code null} */
	record KalenderData(LocalDate dato, String tid, String aktivitet, String merknad, Kilde kilde) {

		/** A row of Vedlegg I. */
		public KalenderData(LocalDate dato, String tid, String aktivitet, String merknad) {
			this(dato, tid, aktivitet, merknad, Kilde.VEDLEGG);
		}
	}

	/**
	 * @param naar the "when" cell as written
	 * @param dato the date when the row names one day
	 * @param frekvens YEARLY, TWICE_A_YEAR, THREE_TIMES_A_YEAR, FOUR_TIMES_A_YEAR, MONTHLY or {@code null}
	 */
	record SaerskiltData(String naar, LocalDate dato, String frekvens, String tema, String kommentar, Kilde kilde) {

		/** A row of Vedlegg III. */
		public SaerskiltData(String naar, LocalDate dato, String frekvens, String tema, String kommentar) {
			this(naar, dato, frekvens, tema, kommentar, Kilde.VEDLEGG);
		}
	}

	record Diff(int added, int changed, int removed, int unchanged) {
	}
}
