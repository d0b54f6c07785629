package no.hod.styringsregister.instrukser.internal.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the lines of one section into its text: paragraphs separated by a blank line, list items on their own lines,
 * wrapped lines joined.
 * <p>
 * Extractions come in two shapes. Hard-wrapped ones (every line about as long as the page is wide) keep no reliable
 * paragraph spacing, so a line that ends a sentence is taken to end its paragraph, and a short line without a full
 * stop after a paragraph is an unnumbered sub-heading. Unwrapped ones hold a whole paragraph per line, separated by
 * blank lines; there a blank line ends a paragraph unless the next one goes on in lower case (a page break). A
 * hard-wrapped extraction that does mark paragraphs with blank lines (a PDF read by its vertical gaps), without
 * putting one between every line, is read by them as well.
 */
final class SectionText {

	/** A bullet or dash, then the item. {@code o} is the second-level bullet Word exports. */
	private static final Pattern ITEM = Pattern.compile("^(?:[-•–▪\\u2022\\uf0b7]|o(?=\\s))\\s*(.+)$");
	private static final Pattern SENTENCE_INSIDE = Pattern.compile("[.!?]\\s+\\p{Lu}");
	private static final int WRAPPED_MAX_WIDTH = 120;
	private static final int UNWRAPPED_HEADING_MAX = 80;
	private static final int HEADING_MAX = 120;

	private enum Kind {
		NONE, PROSE, ITEM, HEADING
	}

	private record Row(String text, String item, boolean blankBefore, boolean marked) {
	}

	private final boolean wrapped;
	private final boolean spaced;
	private final int shortLine;

	private SectionText(boolean wrapped, boolean spaced, int shortLine) {
		this.wrapped = wrapped;
		this.spaced = spaced;
		this.shortLine = shortLine;
	}

	/** Measures the body once: the typical line length tells whether the extraction is hard-wrapped. */
	static SectionText measure(List<SourceLine> body) {
		List<Integer> lengths = new ArrayList<>();
		int afterBlank = 0;
		boolean blankBefore = false;
		for (SourceLine line : body) {
			if (!line.blank() && !ITEM.matcher(line.text()).matches()) {
				lengths.add(line.text().length());
				afterBlank += blankBefore ? 1 : 0;
			}
			blankBefore = line.blank();
		}
		if (lengths.isEmpty()) {
			return new SectionText(false, false, 0);
		}
		// paragraphs marked by blank lines: some, but not one after every line as in a double-spaced extraction
		boolean spaced = afterBlank >= 2 && afterBlank * 2 <= lengths.size();
		lengths.sort(null);
		int typical = lengths.get(Math.min(lengths.size() - 1, lengths.size() * 9 / 10));
		return new SectionText(typical <= WRAPPED_MAX_WIDTH, spaced, typical * 7 / 10);
	}

	String build(List<SourceLine> lines) {
		List<Row> rows = rows(lines);
		StringBuilder out = new StringBuilder();
		Kind last = Kind.NONE;
		String lastText = "";
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			if (row.item() != null) {
				boolean sameList = last == Kind.ITEM || lastText.endsWith(":");
				out.append(last == Kind.NONE ? "" : sameList ? "\n" : "\n\n").append("- ").append(row.item());
				last = Kind.ITEM;
				lastText = row.item();
				continue;
			}
			int headingRows = headingRows(rows, i, last, lastText);
			if (headingRows > 0) {
				StringBuilder heading = new StringBuilder(row.text());
				for (int j = i + 1; j < i + headingRows; j++) {
					heading.append(' ').append(rows.get(j).text());
				}
				out.append(last == Kind.NONE ? "" : "\n\n").append(heading);
				last = Kind.HEADING;
				lastText = heading.toString();
				i += headingRows - 1;
				continue;
			}
			if (last == Kind.NONE) {
				out.append(row.text());
				last = Kind.PROSE;
			}
			else if (last != Kind.HEADING && continues(last, lastText, row)) {
				out.append(' ').append(row.text());
			}
			else {
				out.append("\n\n").append(row.text());
				last = Kind.PROSE;
			}
			lastText = row.text();
		}
		return out.toString();
	}

	private static List<Row> rows(List<SourceLine> lines) {
		List<Row> rows = new ArrayList<>();
		boolean blankBefore = false;
		for (SourceLine line : lines) {
			if (line.blank()) {
				blankBefore = true;
				continue;
			}
			Matcher item = ITEM.matcher(line.text());
			rows.add(new Row(line.text(), item.matches() ? item.group(1) : null, blankBefore, line.marked()));
			blankBefore = false;
		}
		return rows;
	}

	private boolean continues(Kind last, String lastText, Row row) {
		if (startsLowerCase(row.text())) {
			return true;
		}
		if (wrapped && !spaced) {
			return last == Kind.PROSE && !(endsSentence(lastText) && Character.isUpperCase(row.text().charAt(0)));
		}
		return last == Kind.PROSE && !row.blankBefore();
	}

	/** How many rows from {@code i} form an unnumbered sub-heading: 0 when they do not. */
	private int headingRows(List<Row> rows, int i, Kind last, String lastText) {
		Row row = rows.get(i);
		if (row.marked()) {
			return 1;
		}
		boolean paragraphEnded = last != Kind.PROSE || endsSentence(lastText);
		if (!paragraphEnded || !headingLike(row.text(), true)) {
			return 0;
		}
		if (!wrapped) {
			boolean standalone = last == Kind.NONE || row.blankBefore();
			return standalone && row.text().length() <= UNWRAPPED_HEADING_MAX && followedByBlock(rows, i + 1, true)
					? 1 : 0;
		}
		// A long heading wraps once; its last line is then short, like that of a one-line heading.
		for (int n = 1; n <= 2 && i + n - 1 < rows.size(); n++) {
			Row end = rows.get(i + n - 1);
			if (n > 1 && !headingLike(end.text(), false)) {
				return 0;
			}
			if (end.text().length() < shortLine) {
				return followedByBlock(rows, i + n, false) ? n : 0;
			}
		}
		return 0;
	}

	private static boolean followedByBlock(List<Row> rows, int next, boolean afterBlank) {
		if (next >= rows.size()) {
			return false;
		}
		Row row = rows.get(next);
		return (!afterBlank || row.blankBefore())
				&& (row.item() != null || Character.isUpperCase(row.text().charAt(0)));
	}

	private static boolean headingLike(String text, boolean first) {
		return text.length() <= HEADING_MAX && !ITEM.matcher(text).matches()
				&& !text.matches(".*[.,;:!?\\-–]$") && !SENTENCE_INSIDE.matcher(text).find()
				&& (!first || Character.isUpperCase(text.charAt(0)));
	}

	private static boolean endsSentence(String text) {
		return text.matches(".*[.!?:]$");
	}

	/** Lower case, or a parenthesis opening on lower case: the line carries on the sentence before it. */
	private static boolean startsLowerCase(String text) {
		int first = text.charAt(0) == '(' && text.length() > 1 ? 1 : 0;
		return Character.isLowerCase(text.charAt(first));
	}
}
