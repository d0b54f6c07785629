package no.hod.styringsregister.organisasjon.internal.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the rows of one department into the labelled fields (tasks, target groups, partners) and the description,
 * which keeps everything else in the text's order.
 */
final class DepartmentText {

	private static final Pattern TASKS_LABEL = Pattern.compile("(?iu)(?:hoved|arbeids)?oppgaver\\s*:");
	private static final Pattern TARGET_GROUPS = Pattern.compile("(?iu)målgrupper\\s*:\\s*(.*)");
	private static final Pattern PARTNERS = Pattern.compile("(?iu)samarbeidspartnere\\s*:\\s*(.*)");
	private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:]$");

	private final String name;
	private final List<String> warnings;
	private final List<String> tasks = new ArrayList<>();
	private final StringBuilder description = new StringBuilder();
	private String targetGroups;
	private String partners;

	private enum Last {
		NONE, PROSE, ITEM
	}

	private Last last = Last.NONE;
	private String lastText = "";
	private String listBullet;

	private DepartmentText(String name, List<String> warnings) {
		this.name = name;
		this.warnings = warnings;
	}

	static DepartmentDraft read(String name, List<Row> rows, Leader leader, List<String> warnings) {
		DepartmentText text = new DepartmentText(name, warnings);
		text.readRows(rows);
		return new DepartmentDraft(name, text.description.toString(), List.copyOf(text.tasks), text.targetGroups,
				text.partners, leader == null ? null : leader.name(), leader == null ? null : leader.title());
	}

	private void readRows(List<Row> rows) {
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			Matcher targetGroups = TARGET_GROUPS.matcher(row.text());
			Matcher partners = PARTNERS.matcher(row.text());
			if (TASKS_LABEL.matcher(row.text()).matches() && i + 1 < rows.size() && rows.get(i + 1).bullet() != null) {
				i = readTasks(rows, i + 1) - 1;
			}
			else if (targetGroups.matches()) {
				int end = continuation(rows, i);
				this.targetGroups = labelled("Målgrupper", this.targetGroups,
						joined(targetGroups.group(1), rows, i, end));
				i = end - 1;
			}
			else if (partners.matches()) {
				int end = continuation(rows, i);
				this.partners = labelled("Samarbeidspartnere", this.partners, joined(partners.group(1), rows, i, end));
				i = end - 1;
			}
			else {
				describe(row);
			}
		}
	}

	/** Reads the task items from {@code from}; returns the index of the first row after the list. */
	private int readTasks(List<Row> rows, int from) {
		int i = from;
		for (; i < rows.size(); i++) {
			Row row = rows.get(i);
			Matcher bullet = row.bullet();
			if (bullet != null) {
				tasks.add(bullet.group(2));
			}
			else if (!row.blankBefore() && !isLabel(row.text())) {
				// the item wraps onto this line
				tasks.set(tasks.size() - 1, tasks.get(tasks.size() - 1) + " " + row.text());
			}
			else {
				break;
			}
		}
		return i;
	}

	/**
	 * The index after the rows that carry on the labelled row {@code i}: in a PDF a long value wraps onto lines of
	 * its own, with no blank line before them.
	 */
	private static int continuation(List<Row> rows, int i) {
		int end = i + 1;
		while (end < rows.size() && !rows.get(end).blankBefore() && rows.get(end).bullet() == null
				&& !isLabel(rows.get(end).text())) {
			end++;
		}
		return end;
	}

	private static String joined(String value, List<Row> rows, int labelled, int end) {
		StringBuilder joined = new StringBuilder(value);
		for (int i = labelled + 1; i < end; i++) {
			joined.append(joined.isEmpty() ? "" : " ").append(rows.get(i).text());
		}
		return joined.toString();
	}

	private String labelled(String label, String before, String value) {
		if (before != null) {
			warnings.add("Avdeling " + name + " har «" + label + ":» flere ganger; bare den første er tatt med.");
			return before;
		}
		return value.isEmpty() ? null : value;
	}

	private static boolean isLabel(String text) {
		return TARGET_GROUPS.matcher(text).matches() || PARTNERS.matcher(text).matches()
				|| TASKS_LABEL.matcher(text).matches();
	}

	/**
	 * Appends a row to the description: a bulleted or numbered row starts a line of its own, a row after a blank line
	 * a paragraph, anything else carries on the line before.
	 */
	private void describe(Row row) {
		Matcher bullet = row.bullet();
		if (bullet != null || row.numbered()) {
			boolean sameList = last == Last.ITEM || lastText.endsWith(":");
			description.append(last == Last.NONE ? "" : sameList ? "\n" : "\n\n");
			if (bullet != null) {
				boolean subItem = last == Last.ITEM && listBullet != null && !listBullet.equals(bullet.group(1))
						&& "-–o".contains(bullet.group(1));
				if (last != Last.ITEM) {
					listBullet = bullet.group(1);
				}
				description.append(subItem ? "  - " : "- ").append(bullet.group(2));
			}
			else {
				description.append(row.text());
			}
			last = Last.ITEM;
			lastText = row.text();
			return;
		}
		boolean lowerCase = Character.isLowerCase(row.text().charAt(0));
		if (last == Last.NONE) {
			description.append(row.text());
			last = Last.PROSE;
		}
		else if (last == Last.ITEM && !row.blankBefore()) {
			// more about the item: lower case goes on with it, a new sentence gets its own line
			description.append(lowerCase ? " " : "\n").append(row.text());
		}
		else if (!row.blankBefore() || lowerCase && !SENTENCE_END.matcher(lastText).matches()) {
			description.append(' ').append(row.text());
		}
		else {
			description.append("\n\n").append(row.text());
			last = Last.PROSE;
		}
		lastText = row.text();
	}
}
