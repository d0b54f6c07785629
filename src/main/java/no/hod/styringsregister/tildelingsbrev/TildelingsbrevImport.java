package no.hod.styringsregister.tildelingsbrev;

import java.util.List;

/**
 * Imports a letter file in one step (for scripts and demo data): the same rules as confirming a reviewed preview. A
 * letter already imported is updated by its difference; an identical one changes nothing. Where the parser reads a
 * value as it did at the letter's last import, and an admin corrected it in that import's review, the correction is
 * taken again, as the review would propose it, and the result names it.
 */
public interface TildelingsbrevImport {

	Resultat importFile(String filnavn, byte[] innhold, String importertAv);

	/**
	 * @param fromEarlierCorrections the fields written as an admin corrected them at the letter's last import, rather
	 *        than as the parser read them; empty for a confirmed review, where the admin saw them
	 * @param replacedCopies the year end's copies the letter's assignments took the place of, which are not among the
	 *        other counts
	 * @param returnedCopies the year end's copies of the letter's assignments, taken out with them (the letter
	 *        withdrawn, or they left out of a version), that came back with them; not among the other counts either
	 * @param continuations how the letter's assignments stand against the year before; {@code null} for an agency's
	 *        first letter, and for an import with no user to compare for (the demo data at startup)
	 */
	record Resultat(long letterId, int year, String agency, int added, int changed, int removed, int unchanged,
			int replacedCopies, int returnedCopies, List<String> warnings,
			List<EarlierCorrection> fromEarlierCorrections, Continuations continuations) {
	}

	/**
	 * Of the letter's assignments (those the importing user may see), how many continue an open assignment of
	 * {@code previousYear}, how many repeat only work finished that year (delivered or closed), and how many are new:
	 * the added ones of a new year's letter are mostly the old work carried on, which the other counts do not tell.
	 */
	record Continuations(int previousYear, int continued, int repeated, int added) {
	}

	/**
	 * A field taken from an earlier correction, named as the API's JSON names it: {@code section} «assignments»,
	 * «budgetLines» or «calendar»; {@code key} the assignment's id, the budget line ({@code 714.21 «Tilskudd» 1}:
	 * chapter.post, its comment, which row of those) or the calendar entry ({@code «Årsrapport» 1}: its activity as
	 * the letter has it, which row of those); {@code field} as the JSON names it ({@code title}, {@code deadlines},
	 * {@code hodDepartments}, {@code name}, {@code amount}, {@code date}, {@code time}, {@code activity}).
	 */
	record EarlierCorrection(String section, String key, String field) {
	}
}
