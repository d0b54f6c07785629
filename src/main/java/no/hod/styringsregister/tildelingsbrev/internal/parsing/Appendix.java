package no.hod.styringsregister.tildelingsbrev.internal.parsing;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a numbered appendix ({@code Vedlegg I – Styrings- og rapporteringskalender 2025}) in a letter. The heading
 * must start a line and carry a dash or the appendix's own keyword, so a mention such as "jf. vedlegg I" in the
 * body is not taken for it; where a table of contents repeats the heading, the last one is the appendix itself.
 */
final class Appendix {

	private static final Pattern HEADING = Pattern.compile(
			"^Vedlegg\\s+(IV|V|III|II|I|\\d)\\b\\.?\\s*(?:([–—:-])\\s*)?(.*)$", Pattern.CASE_INSENSITIVE);

	private Appendix() {
	}

	/** Lines {@code [from, to)} of the appendix body, after its heading. */
	record Range(int from, int to) {
	}

	/**
	 * The body of appendix {@code numeral} (roman, e.g. "II"), or {@code null} where the letter has none.
	 *
	 * @param keyword a lower-case word its title holds ("kalender"), accepted in place of the dash
	 */
	static Range find(List<String> lines, String numeral, String keyword) {
		int start = -1;
		for (int i = 0; i < lines.size(); i++) {
			Matcher heading = HEADING.matcher(lines.get(i));
			if (heading.matches() && sameNumeral(heading.group(1), numeral) && (heading.group(2) != null
					|| heading.group(3).toLowerCase(Locale.ROOT).contains(keyword))) {
				start = i;
			}
		}
		if (start < 0) {
			return null;
		}
		int end = lines.size();
		for (int i = start + 1; i < lines.size(); i++) {
			Matcher heading = HEADING.matcher(lines.get(i));
			if (heading.matches() && heading.group(2) != null) {
				end = i;
				break;
			}
		}
		return new Range(start + 1, end);
	}

	private static boolean sameNumeral(String written, String numeral) {
		String roman = switch (written.toUpperCase(Locale.ROOT)) {
			case "1" -> "I";
			case "2" -> "II";
			case "3" -> "III";
			case "4" -> "IV";
			case "5" -> "V";
			default -> written.toUpperCase(Locale.ROOT);
		};
		return roman.equals(numeral);
	}
}
