package no.hod.styringsregister.tildelingsbrev.internal.parsing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 2020 layout gives a post's earmarks not in the table's comment column but in running text under it, each post
 * under a heading of its own ({@code Kap. 714, post 21}, {@code Kap 714, post 60 Kommunale tiltak, kan overføres},
 * {@code • Kap. 762, post 21 Helsedirektoratet skal …}, {@code Kap. 740 post 01:}), or after a line that leads into a
 * list for one post ({@code Videreføring av … tildelinger over kap. 740 post 01:}). That text is added to the post's
 * comment, one line per paragraph or list item. A section ends at the next such heading, a chapter heading
 * ({@code Kap. 733 Habilitering …}), a numbered heading, an assignment ({@code ID: …}), a table, or a new paragraph
 * after a finished sentence. Text under a heading for a post that has no line in the tables but gives an amount is
 * reported: the letter allocates money the tables do not show.
 */
final class BudgetSections2020 {

	private static final Pattern HEADING = Pattern.compile("^(?:[•\\-]\\s*)?Kap\\.?\\s*(\\d{3,4})(?:\\s*[.,]\\s*|\\s+)"
			+ "(?:post(?:ene)?\\s*)?(\\d{2})(?!\\d)((?:\\s*(?:,|og)\\s*(?:post\\s*)?\\d{2}(?!\\d))*)\\s*[:\\-–]?\\s*(.*)$");
	private static final Pattern MORE_POSTS = Pattern.compile("\\d{2}");
	/** A line that leads into a list for one post: it names the post and ends with a colon. */
	private static final Pattern INTRO = Pattern.compile("^\\p{Lu}.*\\bkap\\.?\\s*(\\d{3,4}),?\\s*post\\s*(\\d{2}):$");
	private static final Pattern CHAPTER_HEADING = Pattern.compile("^Kap\\.?\\s*\\d{3,4}\\s+\\p{Lu}.*");
	private static final Pattern NUMBERED_HEADING = Pattern.compile("^\\d(?:\\.\\d{1,2})*\\.?\\s+\\p{Lu}.*");
	private static final Pattern TABLE_LINE = Pattern.compile(
			"^(?:\\d{3,4}\\s+\\d{2}\\s.*|\\d{3,4}\\s+\\p{Lu}.*\\d{4}\\s+\\d{4}|Kap\\.?\\s*Post\\b.*|Post\\s+Betegnelse\\b.*"
					+ "|\\(?Beløp i .*|ID:.*)$",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern AMOUNT = Pattern.compile("\\d+(?:,\\s?\\d+)?\\s*(?:mill\\.|millioner)\\s*kr",
			Pattern.CASE_INSENSITIVE);

	private BudgetSections2020() {
	}

	/** A post's text: its chapter and posts, and its paragraphs. */
	private record Section(int chapter, List<Integer> posts, List<String> paragraphs) {
	}

	/**
	 * The budget lines with each post's text added to its comment after what the table gave; a warning for each post
	 * the text allocates an amount to that no line holds.
	 */
	static List<BudgetLineDraft> attach(List<String> lines, List<BudgetLineDraft> budget, List<String> warnings) {
		Map<String, List<String>> texts = new LinkedHashMap<>();
		List<String> notInTables = new ArrayList<>();
		for (Section section : sections(lines, budget)) {
			if (section.paragraphs().isEmpty()) {
				continue;
			}
			boolean found = false;
			for (int post : section.posts()) {
				if (line(budget, section.chapter(), post) != null) {
					texts.computeIfAbsent(key(section.chapter(), post), k -> new ArrayList<>()).addAll(section.paragraphs());
					found = true;
				}
			}
			if (!found && section.paragraphs().stream().anyMatch(p -> AMOUNT.matcher(p).find())) {
				notInTables.add(section.chapter() + "." + String.format(Locale.ROOT, "%02d", section.posts().get(0)));
			}
		}
		if (!notInTables.isEmpty()) {
			warnings.add("Brevet tildeler i teksten beløp over " + (notInTables.size() == 1 ? "kap./post " : "kap./postene ")
					+ String.join(", ", notInTables) + ", som ingen bevilgningstabell har. Sjekk om de skal føres inn.");
		}
		List<BudgetLineDraft> result = new ArrayList<>(budget.size());
		for (BudgetLineDraft line : budget) {
			List<String> text = texts.get(key(line.chapter(), line.post()));
			if (text == null) {
				result.add(line);
				continue;
			}
			String added = String.join("\n", text);
			result.add(new BudgetLineDraft(line.chapter(), line.post(), line.name(), line.amount(),
					line.previousYearAmount(), line.kind(), line.comment() == null ? added : line.comment() + "\n" + added,
					line.ministry()));
		}
		return result;
	}

	private static List<Section> sections(List<String> lines, List<BudgetLineDraft> budget) {
		List<Section> sections = new ArrayList<>();
		Section open = null;
		List<String> paragraph = new ArrayList<>();
		int blanks = 0;
		for (String line : lines) {
			if (line.isEmpty()) {
				blanks++;
				continue;
			}
			Matcher heading = HEADING.matcher(line);
			Matcher intro = INTRO.matcher(line);
			if (heading.matches() || intro.matches()) {
				close(open, paragraph);
				int chapter = Integer.parseInt(heading.matches() ? heading.group(1) : intro.group(1));
				List<Integer> posts = new ArrayList<>();
				posts.add(Integer.parseInt(heading.matches() ? heading.group(2) : intro.group(2)));
				String rest = line;
				if (heading.matches()) {
					Matcher more = MORE_POSTS.matcher(heading.group(3));
					while (more.find()) {
						posts.add(Integer.parseInt(more.group()));
					}
					rest = heading.group(4);
				}
				open = new Section(chapter, posts, new ArrayList<>());
				sections.add(open);
				// «Kap 714, post 60 Kommunale tiltak, kan overføres»: the post's name; any other words start its text
				if (!rest.isEmpty() && !isName(rest, budget, chapter, posts.get(0))) {
					paragraph.add(rest);
				}
			} else if (open != null && ends(line, paragraph, open, blanks)) {
				close(open, paragraph);
				open = null;
			} else if (open != null) {
				if (Cells.isBullet(line) && !paragraph.isEmpty()) {
					close(open, paragraph);
				}
				paragraph.add(line);
			}
			blanks = 0;
		}
		close(open, paragraph);
		return sections;
	}

	private static boolean ends(String line, List<String> paragraph, Section open, int blanks) {
		if (CHAPTER_HEADING.matcher(line).matches() || NUMBERED_HEADING.matcher(line).matches()
				|| TABLE_LINE.matcher(line).matches()) {
			return true;
		}
		// A new paragraph that is no list item, after a finished sentence: the letter has moved on. Where the
		// extraction spaced a list item's lines by a blank line, only a longer gap ends the item.
		String last = paragraph.isEmpty() ? lastParagraph(open) : paragraph.get(paragraph.size() - 1);
		boolean inItem = !paragraph.isEmpty() && Cells.isBullet(paragraph.get(0));
		char first = line.charAt(0);
		return (blanks >= 2 || blanks == 1 && !inItem) && last != null && last.endsWith(".") && !Cells.isBullet(line)
				&& !Character.isLowerCase(first) && !Character.isDigit(first);
	}

	private static String lastParagraph(Section open) {
		return open.paragraphs().isEmpty() ? null : open.paragraphs().get(open.paragraphs().size() - 1);
	}

	private static void close(Section open, List<String> paragraph) {
		if (open != null && !paragraph.isEmpty()) {
			open.paragraphs().add(Cells.join(paragraph));
		}
		paragraph.clear();
	}

	/** Whether the heading's words after the post are the post's name, as the table gives it. */
	private static boolean isName(String rest, List<BudgetLineDraft> budget, int chapter, int post) {
		BudgetLineDraft line = line(budget, chapter, post);
		if (line == null || line.name() == null) {
			return !rest.matches(".*\\d.*") && !rest.endsWith(".");
		}
		return firstWord(rest).equals(firstWord(line.name()));
	}

	private static String firstWord(String text) {
		String word = text.replaceFirst("^[\\s–\\-]+", "").split("[\\s,]+")[0];
		return word.toLowerCase(Locale.ROOT);
	}

	private static BudgetLineDraft line(List<BudgetLineDraft> budget, int chapter, int post) {
		return budget.stream().filter(l -> l.chapter() == chapter && l.post() == post).findFirst().orElse(null);
	}

	private static String key(int chapter, int post) {
		return chapter + "." + post;
	}
}
