package no.hod.styringsregister.dokumenter;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one rule for a line that ends in a hyphen, shared by the PDF extraction and every parser that joins wrapped
 * lines, so that the same letter reads the same whatever its format. Norwegian writes most compounds as one word, so
 * a hyphen a line break put inside a plain word is dropped ({@code Lege-} / {@code erklæringer}: Legeerklæringer);
 * it stays where Norwegian keeps it: after a letter, an acronym or a number ({@code e-} / {@code sigaretter},
 * {@code ROS-} / {@code analyser}, {@code 79-} / {@code poster}), between capitalised parts ({@code Sør-} /
 * {@code Trøndelag}) and in a number range ({@code 2024-} / {@code 2025)}). Before a conjunction it stands for a
 * shared word part and the line goes on after a space ({@code helse-} / {@code og omsorgstjenesten}). A word is never
 * joined with the amount of a table's next column ({@code kommunal helse-} / {@code 71 211 Søknadsbasert …}).
 */
public final class LineEndHyphen {

	/** How the line after a hyphen goes on. */
	public enum Join {
		/** Not a broken word: a space between the lines, the hyphen kept. */
		SPACE,
		/** One word with its hyphen ({@code e-sigaretter}). */
		KEEP_HYPHEN,
		/** One word without the hyphen ({@code Legeerklæringer}). */
		DROP_HYPHEN
	}

	/** Words after which the hyphen stands for a shared word part: «helse- og omsorgstjenesten». */
	private static final Set<String> CONJUNCTIONS = Set.of("og", "eller", "samt", "til", "enn", "and", "or", "to");

	/** Plain words Norwegian joins with a hyphen all the same: «ikke-statlige». */
	private static final Set<String> KEEPS_HYPHEN = Set.of("ikke");

	/** A plain word of three letters or more, lower case after the first: the first part of a closed compound. */
	private static final Pattern PLAIN_WORD = Pattern.compile("\\p{L}\\p{Ll}{2,}");

	/** An amount written in groups of thousands ({@code 71 211}), as a table's amount column holds it. */
	private static final Pattern GROUPED_AMOUNT = Pattern.compile("\\d{1,3}(?: \\d{3})+(?![\\d,.])");

	private static final Pattern FIRST_WORD = Pattern.compile("^[\\p{L}]+");

	private LineEndHyphen() {
	}

	/**
	 * How {@code next} joins the text before it, when that ends in a hyphen after a letter or digit; {@link Join#SPACE}
	 * when it does not.
	 */
	public static Join join(CharSequence before, String next) {
		int end = before.length();
		while (end > 0 && isSpace(before.charAt(end - 1))) {
			end--;
		}
		if (end < 2 || before.charAt(end - 1) != '-' || !Character.isLetterOrDigit(before.charAt(end - 2))) {
			return Join.SPACE;
		}
		String line = next.strip();
		if (line.isEmpty()) {
			return Join.SPACE;
		}
		Matcher firstWord = FIRST_WORD.matcher(line);
		if (firstWord.find() && CONJUNCTIONS.contains(firstWord.group())) {
			return Join.SPACE;
		}
		String word = wordBefore(before, end - 1);
		char first = line.charAt(0);
		if (Character.isDigit(first)) {
			// A range goes on (2024-2025); a word before a number is a cell before the amount column's next figure.
			boolean range = Character.isDigit(before.charAt(end - 2)) && !GROUPED_AMOUNT.matcher(line).lookingAt();
			return range ? Join.KEEP_HYPHEN : Join.SPACE;
		}
		if (Character.isLowerCase(first)) {
			return PLAIN_WORD.matcher(word).matches() && !KEEPS_HYPHEN.contains(word.toLowerCase(Locale.ROOT))
					? Join.DROP_HYPHEN : Join.KEEP_HYPHEN;
		}
		if (Character.isUpperCase(first)) {
			return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) ? Join.KEEP_HYPHEN : Join.SPACE;
		}
		return first == '/' ? Join.KEEP_HYPHEN : Join.SPACE;
	}

	/** Appends {@code next} to {@code text} as {@link #join} says: after a space, or closing the broken word. */
	public static void append(StringBuilder text, String next) {
		String line = next.strip();
		if (text.length() == 0) {
			text.append(line);
			return;
		}
		switch (join(text, line)) {
			case SPACE -> text.append(' ').append(line);
			case KEEP_HYPHEN -> trimEnd(text).append(line);
			case DROP_HYPHEN -> {
				trimEnd(text).setLength(text.length() - 1);
				text.append(line);
			}
		}
	}

	/** The word the hyphen at {@code hyphen} ends: back to a space or an opening bracket or quote. */
	private static String wordBefore(CharSequence text, int hyphen) {
		int start = hyphen;
		while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))
				&& "([«\"'/".indexOf(text.charAt(start - 1)) < 0) {
			start--;
		}
		return text.subSequence(start, hyphen).toString();
	}

	/** Spaces and tabs only: a line break before the hyphen's line is a paragraph break, not a wrap. */
	private static boolean isSpace(char c) {
		return c == ' ' || c == '\t';
	}

	private static StringBuilder trimEnd(StringBuilder text) {
		int end = text.length();
		while (end > 0 && isSpace(text.charAt(end - 1))) {
			end--;
		}
		text.setLength(end);
		return text;
	}
}
