package no.hod.styringsregister.tildelingsbrev.internal.parsing;

import java.util.List;

/**
 * Entry point of the letter parser: plain text in, a {@link LetterDraft} out. Free of Spring so it tests fast and
 * can be fuzzed. Given any text it returns a draft or throws {@link LetterParseException}, nothing else.
 */
public final class LetterParser {

	private final List<LayoutParser> layouts = List.of(new Letter2025Parser(), new Letter2020Parser());

	/**
	 * The warning for an assignment the parser found no deadline for, with what the admin can do about it; the review
	 * shows it above the table of assignments.
	 *
	 * @param navn {@code oppdrag TB2025-37} or {@code oppdraget «Tittel»}
	 */
	public static String ingenFrist(String navn) {
		return "Fant ingen frist for " + navn + ". Skriv fristen i tabellen under, eller la feltet stå tomt.";
	}

	public LetterDraft parse(String text) {
		if (text == null || text.isBlank()) {
			throw new LetterParseException("Filen er tom eller inneholder ingen lesbar tekst.");
		}
		List<String> lines = TextLines.normalise(text);
		for (LayoutParser layout : layouts) {
			if (layout.recognises(lines)) {
				return layout.parse(lines);
			}
		}
		throw new LetterParseException(
				"Teksten ser ikke ut som et tildelingsbrev: fant verken oppdrag (TB…) eller oppdragsmalen «ID: Fylles inn av HDIR».");
	}
}
