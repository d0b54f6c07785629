package no.hod.styringsregister.tildelingsbrev.internal.parsing;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import no.hod.styringsregister.dokumenter.LineEndHyphen;

/**
 * Helpers for table cells that the PDF extraction has broken over several lines, and for telling where one cell
 * ends and the next begins. The extraction loses the column positions, so the rules read the words: a line that
 * starts in lower case, or follows a line ending in a preposition, continues the cell before it; a line starting
 * with a capital after a complete phrase starts a new cell.
 */
final class Cells {

	/** Words after which a phrase cannot end, so the next line continues it. */
	private static final Set<String> OPEN_ENDINGS = Set.of("til", "for", "av", "og", "i", "med", "om", "på", "per",
			"fra", "inkludert", "under", "mot", "etter", "eller", "samt", "som", "blant", "de", "det", "den", "en", "et",
			"ved", "hos", "jf.", "kap.", "prop.", "st.", "meld.", "nr.", "innen", "kan", "herunder", "mellom", "over",
			"uten", "hvor", "at");

	/** Short words that stand as words of their own, never as the tail of a word broken without a hyphen. */
	private static final Set<String> SHORT_WORDS = Set.of("og", "i", "til", "kan", "mv", "mv.", "med", "for", "av",
			"på", "om", "m.m.", "rus", "post", "samt", "ved", "uten", "mot", "som", "fra", "over", "del");

	private static final Pattern BULLET = Pattern.compile("^[•▪◦●\\-–o·*]\\s+");
	private static final Pattern PLAIN_WORD = Pattern.compile("\\p{L}*\\p{Ll}");
	private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");
	private static final Pattern URL = Pattern.compile("^(?:https?://|www\\.)\\S*$");

	private Cells() {
	}

	static boolean isBullet(String line) {
		return BULLET.matcher(line).find();
	}

	static String stripBullet(String line) {
		return BULLET.matcher(line).replaceFirst("");
	}

	/** Page footers carry the address of a linked document; they belong to no cell. */
	static boolean isUrl(String line) {
		return URL.matcher(line).matches();
	}

	/** Whether {@code line} continues the phrase that {@code previous} started (same cell). */
	static boolean continues(String previous, String line) {
		if (line.isEmpty()) {
			return false;
		}
		char first = line.charAt(0);
		if (Character.isLowerCase(first) || Character.isDigit(first) || "(,.;:)-–".indexOf(first) >= 0) {
			return true;
		}
		if (previous == null || previous.isEmpty()) {
			return false;
		}
		if (previous.endsWith("-") || previous.endsWith(",") || previous.endsWith("/")) {
			return true;
		}
		String last = lastWord(previous).toLowerCase(Locale.ROOT);
		if (OPEN_ENDINGS.contains(last)) {
			return true;
		}
		// "Prop. 1" + "S for 2026": the S belongs to the document name
		return Character.isDigit(previous.charAt(previous.length() - 1)) && line.matches("^(?:S|L|LS)(?:\\s.*)?$");
	}

	/**
	 * Splits a line where a capitalised word starts a new cell mid-line ({@code Etatsstyringsmøte Hos
	 * Helsedirektoratet}): the capital must follow a plain lower-case word that is not a preposition, and must not be
	 * an acronym. A proper noun after a plain word would be split too; the calendar's activities rarely have one. Returns the two parts, or {@code null} where the line reads as one phrase.
	 */
	static String[] splitInline(String line) {
		String[] words = line.split(" ");
		for (int i = 1; i < words.length; i++) {
			String word = words[i];
			String before = words[i - 1];
			boolean capital = !word.isEmpty() && Character.isUpperCase(word.charAt(0))
					&& (word.length() == 1 || !Character.isUpperCase(word.charAt(1))) && !HAS_DIGIT.matcher(word).matches();
			boolean plainBefore = PLAIN_WORD.matcher(before).matches() && !OPEN_ENDINGS.contains(before.toLowerCase(Locale.ROOT));
			if (capital && plainBefore) {
				return new String[] { String.join(" ", List.of(words).subList(0, i)),
						String.join(" ", List.of(words).subList(i, words.length)) };
			}
		}
		return null;
	}

	/** Joins the lines of one cell with spaces, closing words broken at a hyphen ({@code 79-} + {@code poster}). */
	static String join(List<String> lines) {
		StringBuilder out = new StringBuilder();
		for (String line : lines) {
			if (line.isEmpty()) {
				continue;
			}
			if (out.length() > 0) {
				append(out, line);
			} else {
				out.append(line);
			}
		}
		return out.toString().strip();
	}

	/**
	 * Joins the lines of a budget post name, which the narrow column also breaks without a hyphen
	 * ({@code kontrollkommisjo} + {@code nene}, {@code overslagsbevilgnin} + {@code g}).
	 */
	static String joinName(List<String> lines) {
		StringBuilder out = new StringBuilder();
		for (String line : lines) {
			if (line.isEmpty()) {
				continue;
			}
			if (out.length() > 0 && wordTail(out, line)) {
				out.append(line);
			} else if (out.length() > 0) {
				append(out, line);
			} else {
				out.append(line);
			}
		}
		return out.toString().strip();
	}

	/** Appends a line after a space, or closes a word broken at a hyphen as {@link LineEndHyphen} says. */
	private static void append(StringBuilder out, String line) {
		LineEndHyphen.append(out, line);
	}

	private static boolean wordTail(StringBuilder out, String next) {
		return Character.isLowerCase(out.charAt(out.length() - 1)) && next.matches("\\p{Ll}{1,4}")
				&& !SHORT_WORDS.contains(next);
	}

	private static String lastWord(String text) {
		int space = text.lastIndexOf(' ');
		return space < 0 ? text : text.substring(space + 1);
	}
}
