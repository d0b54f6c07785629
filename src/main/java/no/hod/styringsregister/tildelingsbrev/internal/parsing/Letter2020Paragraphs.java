package no.hod.styringsregister.tildelingsbrev.internal.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import no.hod.styringsregister.dokumenter.LineEndHyphen;

/**
 * Rebuilds paragraphs from the wrapped lines of the 2020 letter. The PDF extraction puts blank lines in the middle of
 * sentences (often after the first line of a bullet, and around page breaks), so a blank line only ends a paragraph
 * when the next line does not continue the sentence, nor a «quoted title» left open just before.
 */
final class Letter2020Paragraphs {

	private static final Pattern BULLET = Pattern.compile("^(?:[•\\u25CF\\u25AA\\uF0B7]\\s*|-\\s+|o\\s+)(?=\\S)");
	private static final Pattern NUMBERED = Pattern.compile(
			"^\\d{1,2}\\.(?:\\s+|(?=\\p{Lu}))(?!(?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember)\\b)\\S",
			Pattern.UNICODE_CHARACTER_CLASS);
	private static final Pattern PAGE_MARKER = Pattern.compile("^Side \\d+$");
	/** A line ending in a word no sentence ends with. */
	private static final Pattern OPEN_ENDING = Pattern.compile(
			"\\s(?:av|i|for|og|eller|til|med|om|på|fra|mot|under|etter|ved|samt|som|at|en|et|det|den|de)$",
			Pattern.UNICODE_CHARACTER_CLASS);
	/** Lines this long or longer run across the page; a shorter line ends where its author ended it. */
	private static final int FULL_LINE = 75;

	private Letter2020Paragraphs() {
	}

	/** A bullet ("•", "-", "o") opening a line. */
	static boolean isBullet(String line) {
		return BULLET.matcher(line).find();
	}

	/** A bullet or a numbered point ("1.", "2. Følge opp …"), which always starts its own paragraph. */
	static boolean isItem(String line) {
		return isBullet(line) || NUMBERED.matcher(line).find();
	}

	static boolean isPageMarker(String line) {
		return PAGE_MARKER.matcher(line).matches();
	}

	/** The paragraphs of the lines: items on their own, wrapped lines joined with a space. */
	static List<String> paragraphs(List<String> lines) {
		List<String> paragraphs = new ArrayList<>();
		List<String> current = new ArrayList<>();
		boolean blankBefore = false;
		for (String line : lines) {
			if (line.isBlank() || isPageMarker(line)) {
				blankBefore = !current.isEmpty();
				continue;
			}
			boolean newParagraph = current.isEmpty() || isItem(line)
					|| blankBefore && !continues(current.get(current.size() - 1), line)
							&& !Quotations.endsInsideOne(join(current))
					|| isItemHeading(current, line);
			if (newParagraph && !current.isEmpty()) {
				paragraphs.add(join(current));
				current = new ArrayList<>();
			}
			current.add(line);
			blankBefore = false;
		}
		if (!current.isEmpty()) {
			paragraphs.add(join(current));
		}
		return paragraphs;
	}

	/** Joins wrapped lines; a word split with a hyphen at the line end ("ISF-" / "refusjon") stays one word. */
	static String join(List<String> lines) {
		StringBuilder out = new StringBuilder();
		for (String raw : lines) {
			String line = raw.trim();
			if (!line.isEmpty()) {
				LineEndHyphen.append(out, line);
			}
		}
		return out.toString();
	}

	/**
	 * Whether {@code next}, after a blank line, goes on with the sentence {@code previous} left open. A lower-case
	 * start always does (also after "f.eks."), except after a colon; a parenthesis only after an open sentence; any
	 * line after a sentence cut at a preposition or conjunction ("i regi av" / "Direktoratet for e-helse.").
	 */
	private static boolean continues(String previous, String next) {
		String prev = previous.trim();
		char last = prev.charAt(prev.length() - 1);
		char first = next.charAt(0);
		if (Character.isLowerCase(first)) {
			return last != ':';
		}
		boolean open = last != '.' && last != ':' && last != '!' && last != '?';
		return open && (first == '(' || OPEN_ENDING.matcher(prev).find());
	}

	/**
	 * A numbered sub-task title on a line of its own ("2. Følge opp Helsetilsynets rapport …") followed by its text:
	 * the title is shorter than a full line and the text starts a new sentence.
	 */
	private static boolean isItemHeading(List<String> current, String next) {
		if (current.size() != 1 || !NUMBERED.matcher(current.get(0)).find()) {
			return false;
		}
		String heading = current.get(0).trim();
		char last = heading.charAt(heading.length() - 1);
		return heading.length() < FULL_LINE && Character.isUpperCase(next.charAt(0)) && last != ','
				&& !OPEN_ENDING.matcher(heading).find();
	}
}
