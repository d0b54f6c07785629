package no.hod.styringsregister.tildelingsbrev.internal.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.hod.styringsregister.Sitert;

/**
 * The budget tables of chapter "4. Budsjettildeling" (4.1 Utgifter, 4.2 Inntekter) in the 2025 layout: columns
 * {@code Kap./post | Benevnelse | Tildeling | Kommentarer}. A row starts with {@code 701.21}; the extraction then
 * interleaves the lines of the name, the amount and the comment cells. The reader takes the first amount-shaped
 * number as the Tildeling cell: everything before it is the name, everything after it the comment, except that a
 * name left unfinished ({@code kommunal helse-}) takes back the short lines at the end of the row
 * ({@code og}, {@code omsorgstjeneste}), where the narrow name column ran on past the comment.
 */
final class BudgetTable2025 {

	private static final Pattern HEADING = Pattern.compile("^(?:(\\d{1,2})\\.?\\s+)?Budsjett\\s?t?ildeling\\b.*",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern ROW = Pattern.compile("^(\\d{3,4})\\.(\\d{2})(?=\\s|$)\\s*(.*)$");
	private static final Pattern SUBSECTION = Pattern.compile("^(\\d{1,2})\\.(\\d{1,2})\\.?\\s+(\\S.*)$");
	private static final Pattern TOP_HEADING = Pattern.compile("^(\\d{1,2})\\.?\\s+\\p{Lu}.*");
	private static final Pattern APPENDIX = Pattern.compile("^Vedlegg\\s+[IVX\\d]+\\b.*", Pattern.CASE_INSENSITIVE);
	/** The chapter number of a heading without one: then any other numbered heading ends the table. */
	private static final int UNNUMBERED = -1;
	private static final Pattern TABLE_HEADER = Pattern.compile("^(?:Kap\\.?\\s*/?\\s*post\\b.*|Kommentarer"
			+ "|\\(?(?:alle tall|beløp) i 1 ?000 kr(?:oner)?\\.?\\)?|Side \\d+.*)$",
			Pattern.CASE_INSENSITIVE);
	/** A number shaped like an amount: digit groups of three after the first, not part of a decimal or a word. */
	private static final Pattern AMOUNT = Pattern.compile("(?<![\\p{L}\\d,.\\-])\\d{1,3}(?: \\d{3}){0,5}(?![\\d,\\p{L}])");
	/** Words before a number that make it part of the text ("under post 70", "fra 2025"), not the amount. */
	private static final Set<String> NOT_BEFORE_AMOUNT = Set.of("post", "postene", "poster", "fra", "til", "i", "og",
			"kap.", "kap", "jf.", "under", "nr.", "pkt.", "punkt", "år", "innen");
	private static final Pattern UNIT_AFTER = Pattern.compile("^\\s*(?:mill|millioner|mrd|milliarder|kr|kroner|%|prosent)\\b.*",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	private static final Pattern NAME_TAIL = Pattern.compile("^(?:kan\\s+)?(?:nyttes|overføres)\\b.*|^\\d{1,2}\\)?$");
	/** A line that starts an earmark of a comment's list, as the letter writes them: «0,52 mill. kroner til …». */
	private static final Pattern EARMARK = Pattern.compile(
			"^(?:ca\\.\\s*|inntil\\s+|minst\\s+)?\\d+(?:,\\d+)?\\s*(?:mill\\.?|millioner|mrd\\.?|milliarder)\\s*(?:kr\\b|kroner\\b)",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	/** Stands in a row's lines where the letter leaves a blank line between paragraphs of the comment. */
	private static final String PARAGRAPH_BREAK = "";

	private BudgetTable2025() {
	}

	/**
	 * Reads the budget lines; adds a warning when the chapter has no table at all or when a line in it cannot be
	 * placed in a row.
	 */
	static List<BudgetLineDraft> read(List<String> lines, List<String> warnings) {
		for (int i = 0; i < lines.size(); i++) {
			Matcher heading = HEADING.matcher(lines.get(i));
			if (heading.matches()) {
				List<String> stray = new ArrayList<>();
				int number = heading.group(1) == null ? UNNUMBERED : Integer.parseInt(heading.group(1));
				List<BudgetLineDraft> rows = readChapter(lines, i + 1, number, doubleSpaced(lines) ? 2 : 1, stray);
				if (!rows.isEmpty()) {
					for (String line : stray) {
						warnings.add("Kunne ikke lese budsjettlinje: " + Sitert.verdi(line));
					}
					return rows;
				}
			}
		}
		warnings.add("Fant ingen budsjettabell (kapittelet «Budsjettildeling» med kapittel og post).");
		return List.of();
	}

	/**
	 * Whether the extraction put a blank line after every line of text, as the PDF's does: then only a longer run of
	 * blank lines is a blank line of the letter.
	 */
	private static boolean doubleSpaced(List<String> lines) {
		int text = 0;
		int single = 0;
		for (int i = 0; i + 2 < lines.size(); i++) {
			if (!lines.get(i).isEmpty()) {
				text++;
				if (lines.get(i + 1).isEmpty() && !lines.get(i + 2).isEmpty()) {
					single++;
				}
			}
		}
		return single > text / 2;
	}

	private static List<BudgetLineDraft> readChapter(List<String> lines, int from, int chapterNumber, int paragraphGap,
			List<String> stray) {
		List<BudgetLineDraft> rows = new ArrayList<>();
		Matcher row = null;
		List<String> rowLines = new ArrayList<>();
		int blanks = 0;
		for (int i = from; i < lines.size(); i++) {
			String line = lines.get(i);
			if (endsChapter(line, chapterNumber)) {
				break;
			}
			if (line.isEmpty()) {
				blanks++;
				continue;
			}
			boolean afterGap = blanks >= paragraphGap;
			blanks = 0;
			Matcher start = ROW.matcher(line);
			if (start.matches()) {
				if (row != null) {
					rows.add(parseRow(row, rowLines));
				}
				row = start;
				rowLines = new ArrayList<>();
			} else if (TABLE_HEADER.matcher(line).matches() || Cells.isUrl(line) || isSubsection(line, chapterNumber)) {
				continue;
			} else if (row != null) {
				// the comment's paragraphs (its earmarks) keep their blank line; the name and amount cells skip it. A
				// line in lower case after one goes on across a page break.
				if (afterGap && !rowLines.isEmpty() && !Character.isLowerCase(line.charAt(0))) {
					rowLines.add(PARAGRAPH_BREAK);
				}
				rowLines.add(line);
			} else {
				stray.add(line);
			}
		}
		if (row != null) {
			rows.add(parseRow(row, rowLines));
		}
		return rows;
	}

	private static boolean isSubsection(String line, int chapterNumber) {
		Matcher sub = SUBSECTION.matcher(line);
		return sub.matches() && ofChapter(sub.group(1), chapterNumber)
				&& sub.group(3).toLowerCase(Locale.ROOT).matches("(utgifter|inntekter)\\b.*");
	}

	/** The table ends at the chapter's next subsection (4.3), at the next chapter (5.) or at an appendix. */
	private static boolean endsChapter(String line, int chapterNumber) {
		if (APPENDIX.matcher(line).matches()) {
			return true;
		}
		Matcher sub = SUBSECTION.matcher(line);
		if (sub.matches() && ofChapter(sub.group(1), chapterNumber) && Character.isUpperCase(sub.group(3).charAt(0))
				&& !isSubsection(line, chapterNumber)) {
			return true;
		}
		Matcher top = TOP_HEADING.matcher(line);
		return top.matches() && (chapterNumber == UNNUMBERED || Integer.parseInt(top.group(1)) == chapterNumber + 1)
				&& !ROW.matcher(line).matches();
	}

	private static boolean ofChapter(String number, int chapterNumber) {
		return chapterNumber == UNNUMBERED || Integer.parseInt(number) == chapterNumber;
	}

	private static BudgetLineDraft parseRow(Matcher start, List<String> following) {
		int chapter = Integer.parseInt(start.group(1));
		int post = Integer.parseInt(start.group(2));
		List<String> cells = new ArrayList<>();
		if (!start.group(3).isEmpty()) {
			cells.add(start.group(3));
		}
		cells.addAll(following);

		List<String> name = new ArrayList<>();
		List<String> comment = new ArrayList<>();
		Long amount = null;
		boolean amountCell = false;
		int next = 0;
		for (; next < cells.size() && !amountCell; next++) {
			String line = cells.get(next);
			if (line.equals(PARAGRAPH_BREAK)) {
				continue;
			}
			if (line.matches("[-–]")) {
				// a dash alone is the Tildeling cell saying "no amount"
				amountCell = true;
				continue;
			}
			Matcher found = Cells.joinName(name).matches("(?s).*\\bpost(?:ene|er)?$") && line.matches("^\\d.*") ? null
					: amountIn(line);
			if (found == null) {
				name.add(line);
				continue;
			}
			String before = line.substring(0, found.start()).strip();
			String after = line.substring(found.end()).strip();
			String digits = found.group();
			// "15 104" + "900": the last digit group went to the next line
			if (after.isEmpty() && next + 1 < cells.size() && cells.get(next + 1).matches("\\d{3}")
					&& digits.split(" ").length < 6) {
				digits = digits + " " + cells.get(++next);
			}
			amount = Amounts.parse(digits);
			amountCell = true;
			if (!before.isEmpty()) {
				name.add(before);
			}
			if (!after.isEmpty()) {
				comment.add(after);
			}
		}
		for (; next < cells.size(); next++) {
			comment.add(cells.get(next));
		}
		if (unfinished(Cells.joinName(name))) {
			int tail = comment.size();
			while (tail > 0 && nameTail(comment.get(tail - 1))) {
				tail--;
			}
			name.addAll(comment.subList(tail, comment.size()));
			comment = new ArrayList<>(comment.subList(0, tail));
		}
		String nameText = Cells.joinName(name);
		// "701.22   Posten avsluttes fra 2025": a closed post's only text is read as its name, the one thing that
		// names the line on the budget page.
		return new BudgetLineDraft(chapter, post, nameText.isEmpty() ? null : nameText, amount, null,
				BudgetLineDraft.Kind.ofChapter(chapter), comment(comment));
	}

	/** The first amount-shaped number in the line that is not part of the text around it. */
	private static Matcher amountIn(String line) {
		Matcher number = AMOUNT.matcher(line);
		while (number.find()) {
			String before = line.substring(0, number.start()).strip();
			String wordBefore = before.isEmpty() ? "" : before.substring(before.lastIndexOf(' ') + 1);
			String after = line.substring(number.end());
			boolean textAround = NOT_BEFORE_AMOUNT.contains(wordBefore.toLowerCase(Locale.ROOT))
					|| UNIT_AFTER.matcher(after).matches() || after.startsWith(")") || after.startsWith(".")
					|| after.startsWith("-");
			if (!textAround) {
				return number;
			}
		}
		return null;
	}

	private static boolean unfinished(String name) {
		if (name.isEmpty()) {
			return false;
		}
		if (name.endsWith("-") || name.endsWith(",") || name.endsWith("(")) {
			return true;
		}
		String last = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
		return Set.of("kan", "og", "i", "til", "post", "under", "(kan", "for", "av").contains(last);
	}

	/** A line short enough to be the end of a broken name rather than a comment sentence. */
	private static boolean nameTail(String line) {
		if (NAME_TAIL.matcher(line).matches()) {
			return true;
		}
		return !line.isEmpty() && line.split(" ").length <= 2 && !line.endsWith(".") && !line.endsWith(":")
				&& Character.isLowerCase(line.charAt(0));
	}

	/**
	 * The comment cell, one line per paragraph: the cell is mostly a list of earmarks, and each starts a line of its
	 * own where the letter starts it, after a blank line, at a bullet or at its amount («0,52 mill. kroner til …»), so
	 * that no earmark runs into the next.
	 */
	private static String comment(List<String> lines) {
		List<String> paragraphs = new ArrayList<>();
		List<String> paragraph = new ArrayList<>();
		for (String line : lines) {
			if (line.equals(PARAGRAPH_BREAK) || Cells.isBullet(line) || EARMARK.matcher(line).find()) {
				if (!paragraph.isEmpty()) {
					paragraphs.add(Cells.join(paragraph));
				}
				paragraph.clear();
			}
			if (!line.equals(PARAGRAPH_BREAK)) {
				paragraph.add(line);
			}
		}
		if (!paragraph.isEmpty()) {
			paragraphs.add(Cells.join(paragraph));
		}
		String text = String.join("\n", paragraphs).strip();
		return text.isEmpty() ? null : text;
	}
}
