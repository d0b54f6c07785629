package no.hod.styringsregister;

import java.util.regex.Pattern;

/**
 * A value the user sent, as a message quotes it back. The bidirectional embedding, override and isolate controls
 * (U+202A–U+202E, U+2066–U+2069) are left out: sent in a value, a right-to-left override turned the rest of the
 * register's own sentence around («Ugyldig år «‮abc»» read backwards). In the base package, outside the modules, as
 * {@link EnLinje}, which refuses the same characters in one-line text: every module's messages quote what was sent.
 */
public final class Sitert {

	/** The controls, as a character class's ranges, for {@link EnLinje} too. */
	static final String RETNINGSTEGN = "\\u202A-\\u202E\\u2066-\\u2069";

	private static final Pattern RETNING = Pattern.compile("[" + RETNINGSTEGN + "]");

	private Sitert() {
	}

	/** The value in «», as a message names it: «‮abc» becomes «abc». */
	public static String verdi(Object verdi) {
		return "«" + utenRetningstegn(verdi) + "»";
	}

	/** The value as text without those controls, for a message that names it without «» (an id, a number). */
	public static String utenRetningstegn(Object verdi) {
		return RETNING.matcher(String.valueOf(verdi)).replaceAll("");
	}
}
