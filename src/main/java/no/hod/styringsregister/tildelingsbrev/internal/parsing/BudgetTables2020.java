package no.hod.styringsregister.tildelingsbrev.internal.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The appropriation tables of the 2020 layout, one or more per area, each with two amount columns. A table starts
 * at a header ({@code Kap. Post Postnavn ...}, {@code Kap Post Betegnelse}, {@code Post Betegnelse} under a
 * {@code Kap. 575 ...} heading, or a chapter row such as {@code 714 Folkehelse 2019 2020}); its header lines tell
 * what the columns hold. Where the first column is the previous year ({@code Saldert 2019}) it becomes
 * {@code previousYearAmount}; where it is the whole appropriation ({@code Forslag i Prop 1 S},
 * {@code Saldert budsjett 2020}) and the second the part allotted to the agency, the second is the amount and the
 * first is kept in the comment. A row with one number holds the agency's amount only. Amounts printed with a decimal
 * comma are in millions ("Beløp i mill. kroner"). Tables under a heading that names another ministry
 * ({@code 4.2 Arbeids- og sosialdepartementet}: chapters the agency administers for it) are not the ministry's
 * appropriations: their lines are kept, marked with that ministry, so that the register shows them apart and leaves
 * them out of the ministry's sums.
 */
final class BudgetTables2020 {

	private static final Pattern HEADER = Pattern.compile("^(?:Kap\\.?\\s*/?\\s*Post|Post\\s+Betegnelse)\\b.*",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern CHAPTER_HEADER = Pattern.compile("^(\\d{3,4})\\s+\\p{Lu}[^\\d]*\\s(\\d{4})\\s+(\\d{4})$");
	private static final Pattern CHAPTER_HEADING = Pattern.compile("^Kap\\.?\\s*(\\d{3,4})\\s+\\p{Lu}.*");
	private static final Pattern CHAPTER_ROW = Pattern.compile("^(\\d{3,4})(?:\\s+|\\.)(\\d{2})(/\\d{2})?(?:\\s+(.*))?$");
	private static final Pattern POST_ROW = Pattern.compile("^(\\d{2})(/\\d{2})?(?:\\s+(\\p{Lu}.*))?$");
	private static final Pattern NUMBERS_ONLY = Pattern.compile("^[\\d ,\\-–]+$");
	private static final Pattern NUMBER_TOKEN = Pattern.compile("\\d+(?:,\\d+)?|[-–]");
	private static final int MAX_HEADER_LINES = 12;
	/** A numbered heading of the letter ({@code 4.2 Arbeids- og sosialdepartementet}), not a table's chapter row. */
	private static final Pattern SECTION_HEADING = Pattern.compile("^\\d(?:\\.\\d{1,2})*\\.?\\s+(\\p{Lu}.*)$");
	private static final Pattern OTHER_MINISTRY = Pattern.compile(
			"^(?!Helse- og omsorgsdepartementet)\\p{Lu}[\\p{L} -]*departementet$");

	private BudgetTables2020() {
	}

	/** The state of the table being read: its columns, its chapter, and the row under way. */
	private static final class Table {
		final boolean previousYear;
		final String firstColumn;
		int chapter;
		Row row;

		Table(String header, int year, int chapter) {
			this.previousYear = header.contains(String.valueOf(year - 1));
			this.firstColumn = header.toLowerCase(Locale.ROOT).contains("saldert") ? "Saldert budsjett"
					: "Forslag i Prop. 1 S";
			this.chapter = chapter;
		}
	}

	private record Row(int chapter, int post, String combinedPosts, List<String> text) {
	}

	static List<BudgetLineDraft> read(List<String> lines, int year, List<String> warnings) {
		List<BudgetLineDraft> result = new ArrayList<>();
		Table table = null;
		StringBuilder header = null;
		int headerChapter = 0;
		int headerLines = 0;
		int headingChapter = 0;
		String otherMinistry = null;
		int readBefore = 0;
		for (String line : lines) {
			Matcher section = SECTION_HEADING.matcher(line);
			if (section.matches()) {
				if (table != null) {
					finish(table, result, warnings);
					table = null;
				}
				header = null;
				markOtherMinistry(otherMinistry, result, readBefore);
				readBefore = result.size();
				otherMinistry = OTHER_MINISTRY.matcher(section.group(1).strip()).matches() ? section.group(1).strip()
						: null;
			}
			if (table != null) {
				if (continueTable(table, line, result, warnings)) {
					continue;
				}
				table = null;
			}
			if (header != null) {
				if (rowStart(line, headerChapter)) {
					table = new Table(header.toString(), year, headerChapter);
					header = null;
					continueTable(table, line, result, warnings);
					continue;
				}
				if (!line.isEmpty()) {
					header.append(' ').append(line);
					if (++headerLines > MAX_HEADER_LINES) {
						header = null;
					}
				}
				continue;
			}
			Matcher heading = CHAPTER_HEADING.matcher(line);
			if (heading.matches()) {
				headingChapter = Integer.parseInt(heading.group(1));
			}
			Matcher chapterHeader = CHAPTER_HEADER.matcher(line);
			if (HEADER.matcher(line).matches() || chapterHeader.matches()) {
				header = new StringBuilder(line);
				// only a header without a Kap. column takes its chapter from the heading above it
				headerChapter = chapterHeader.matches() ? Integer.parseInt(chapterHeader.group(1))
						: line.toLowerCase(Locale.ROOT).startsWith("post") ? headingChapter : 0;
				headerLines = 0;
			}
		}
		if (table != null) {
			finish(table, result, warnings);
		}
		markOtherMinistry(otherMinistry, result, readBefore);
		return result;
	}

	/** Marks the lines read under another ministry's heading (since {@code from}) as that ministry's. */
	private static void markOtherMinistry(String ministry, List<BudgetLineDraft> result, int from) {
		if (ministry == null) {
			return;
		}
		for (int i = from; i < result.size(); i++) {
			result.set(i, result.get(i).ofMinistry(ministry));
		}
	}

	private static boolean rowStart(String line, int chapter) {
		return CHAPTER_ROW.matcher(line).matches() || (chapter != 0 && POST_ROW.matcher(line).matches());
	}

	/** Feeds one line to the table; false when the line ends the table (the row under way is then finished). */
	private static boolean continueTable(Table table, String line, List<BudgetLineDraft> result, List<String> warnings) {
		if (line.isEmpty()) {
			return true;
		}
		Row row = table.row;
		if (row != null && line.matches("^\\d{2}$") && Cells.joinName(row.text()).matches("(?s).*\\bpost(?:ene)?$")) {
			row.text().add(line);
			return true;
		}
		Matcher chapterRow = CHAPTER_ROW.matcher(line);
		Matcher postRow = POST_ROW.matcher(line);
		if (chapterRow.matches() || (table.chapter != 0 && postRow.matches())) {
			finish(table, result, warnings);
			Matcher start = chapterRow.matches() ? chapterRow : postRow;
			int offset = chapterRow.matches() ? 1 : 0;
			if (chapterRow.matches()) {
				table.chapter = Integer.parseInt(chapterRow.group(1));
			}
			List<String> text = new ArrayList<>();
			String rest = start.group(3 + offset);
			if (rest != null) {
				text.add(rest);
			}
			String combined = start.group(2 + offset);
			table.row = new Row(table.chapter, Integer.parseInt(start.group(1 + offset)),
					combined == null ? null : start.group(1 + offset) + combined, text);
			return true;
		}
		if (line.toLowerCase(Locale.ROOT).startsWith("sum ")) {
			finish(table, result, warnings);
			return true;
		}
		if (row != null && (NUMBERS_ONLY.matcher(line).matches() || columns(row) == null)) {
			row.text().add(line);
			return true;
		}
		finish(table, result, warnings);
		return false;
	}

	private static void finish(Table table, List<BudgetLineDraft> result, List<String> warnings) {
		Row row = table.row;
		if (row == null) {
			return;
		}
		table.row = null;
		Reading reading = columns(row);
		String joined = Cells.joinName(row.text());
		if (reading == null) {
			warnings.add("Kunne ikke lese budsjettlinje: «" + row.chapter() + " " + row.post() + " " + joined + "»");
			result.add(new BudgetLineDraft(row.chapter(), row.post(), joined.isEmpty() ? null : joined, null, null,
					BudgetLineDraft.Kind.ofChapter(row.chapter()), null));
			return;
		}
		Long first = reading.columns().first();
		Long second = reading.columns().second();
		List<String> comments = new ArrayList<>();
		if (row.combinedPosts() != null) {
			comments.add("Gjelder postene " + row.combinedPosts() + " samlet.");
		}
		Long previous = null;
		if (table.previousYear) {
			previous = first;
		} else if (first != null) {
			comments.add(table.firstColumn + ": " + format(first) + ".");
		}
		result.add(new BudgetLineDraft(row.chapter(), row.post(), reading.name().isEmpty() ? null : reading.name(),
				second, previous, BudgetLineDraft.Kind.ofChapter(row.chapter()),
				comments.isEmpty() ? null : String.join(" ", comments)));
	}

	private record Reading(String name, Amounts.Columns columns) {
	}

	/** The row's name and amounts, or {@code null} while the row has no amounts yet. */
	private static Reading columns(Row row) {
		List<String> words = new ArrayList<>(List.of(Cells.joinName(row.text()).split(" ")));
		words.removeIf(String::isEmpty);
		int start = words.size();
		while (start > 0 && NUMBER_TOKEN.matcher(words.get(start - 1)).matches()) {
			start--;
		}
		// "kan nyttes under post 79 192 152 169 152", "under post 70, 74 og 79 ...": the first number is the post's
		if (start > 0 && start < words.size()
				&& words.get(start - 1).toLowerCase(Locale.ROOT).matches("post(?:ene)?|og|.*,")) {
			start++;
		}
		start = Math.max(start, words.size() - Amounts.MAX_TOKENS);
		if (start >= words.size()) {
			return null;
		}
		Amounts.Columns columns = Amounts.trailingColumns(words.subList(start, words.size()));
		if (columns == null || (columns.first() == null && columns.second() == null)) {
			return null;
		}
		String name = String.join(" ", words.subList(0, start + columns.nameTokens()));
		return new Reading(name, columns);
	}

	private static String format(long amount) {
		return String.format(Locale.ROOT, "%,d", amount).replace(',', ' ');
	}
}
