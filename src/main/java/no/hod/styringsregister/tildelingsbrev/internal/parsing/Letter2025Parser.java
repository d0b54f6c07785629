package no.hod.styringsregister.tildelingsbrev.internal.parsing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The layout used from about 2021: numbered assignments {@code TB2025-1 Avd. HOD: FHA Title}, goals 3.x, budget in
 * chapter 4, Vedlegg I–IV.
 */
final class Letter2025Parser implements LayoutParser {

	/** Page numbers and link residue the PDF extraction leaves between the lines of a paragraph. */
	private static final Pattern JUNK = Pattern.compile("^(?:Side \\d+|mailto:\\S*|https?://\\S*)$");

	/** "… for Helsedirektoratet for 2025", "Tildelingsbrev til Statens helsetilsyn for 2026". */
	private static final Pattern AGENCY_YEAR = Pattern.compile(
			"\\b(?:for|til)\\s+(\\p{Lu}[\\p{L}-]+(?:\\s+(?!for\\b|til\\b)[\\p{L}-]+){0,4}?)"
					+ "\\s+for\\s+(?:budsjettåret\\s+|året\\s+)?(20\\d{2})\\b");
	private static final Pattern SUPPLEMENTARY = Pattern.compile(
			"^supplerende tildelingsbrev|\\bdette supplerende tildelingsbrev|\\bsupplerende tildelingsbrev nr\\b",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.MULTILINE);
	/** How many lines (blank ones included) of the beginning count as the letter's opening at most. */
	private static final int OPENING_LINES = 240;

	private static final Pattern GOAL = Pattern.compile("^3\\.(\\d{1,2})\\.?\\s+(\\p{Lu}.*)$");
	private static final Pattern GOAL_SECTION = Pattern.compile("^3\\.(\\d{1,2})\\.(\\d{1,2})\\.?\\s+(\\S.*)$");
	/** The end of the goals and assignments: chapter 4 (budget) or the first appendix. */
	private static final Pattern MAIN_END = Pattern.compile(
			"^(?:4\\.\\s+(?:Budsjett|Bevilgning|Tildeling|Økonomi)\\p{L}*$|4\\.1\\.?\\s+\\p{Lu}|Vedlegg\\s+[IVX]+\\s*[–-])");
	private static final Pattern EXEMPT_APPENDIX = Pattern.compile("^Vedlegg\\s+IV\\b");
	private static final Pattern LATER_APPENDIX = Pattern.compile("^Vedlegg\\s+(?:V|VI|VII)\\b");
	private static final Pattern EXEMPT_POINTS = Pattern.compile(
			"^(T?TB-?\\d{4}-\\d{1,3})\\s*,\\s*(?:punkt|pkt\\.?|deloppdrag)\\s*(\\d{1,2}(?:\\s*(?:,|og)\\s*\\d{1,2})*)(.*)$",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern BARE_ID = Pattern.compile("^(T?TB-?\\d{4}-\\d{1,3})\\b\\s*[:,]?\\s*(.*)$");
	private static final Pattern ITEM_MARK = Pattern.compile("^[•◦▪‣·o\\-–]\\s+|^\\d{1,2}[.)]\\s+|^[a-zæøå][.)]\\s+");

	@Override
	public String name() {
		return "2025";
	}

	@Override
	public boolean recognises(List<String> lines) {
		for (String line : lines) {
			if (Assignments2025.isHeader(line)) {
				return true;
			}
		}
		return false;
	}

	@Override
	public LetterDraft parse(List<String> rawLines) {
		List<String> lines = rawLines.stream().filter(l -> !JUNK.matcher(l).matches()).toList();
		List<String> warnings = new ArrayList<>();
		String opening = opening(lines);
		Matcher agencyYear = AGENCY_YEAR.matcher(opening);
		if (!agencyYear.find()) {
			throw new LetterParseException("Fant ikke hvilken virksomhet og hvilket år brevet gjelder. Innledningen må "
					+ "si det, for eksempel «… for Helsedirektoratet for 2025».");
		}
		String agency = agencyYear.group(1);
		int year = Integer.parseInt(agencyYear.group(2));

		int mainEnd = mainEnd(lines);
		List<GoalDraft> goals = new ArrayList<>();
		Map<String, Assignments2025.Work> works = new LinkedHashMap<>();
		readMainPart(lines.subList(0, mainEnd), goals, works, warnings);
		applyExemptAppendix(lines, mainEnd, works, warnings);

		List<AssignmentDraft> assignments = new ArrayList<>();
		List<String> otherYear = new ArrayList<>();
		for (Assignments2025.Work work : works.values()) {
			if (!work.id.contains(String.valueOf(year))) {
				otherYear.add(work.id);
			}
			assignments.add(Assignments2025.finish(work, year, warnings));
		}
		// A copy of last year's letter with only the year changed has every id wrong: one line, not one per id.
		if (otherYear.size() == 1) {
			warnings.add("Oppdrag " + otherYear.get(0) + " har et annet år enn brevet (" + year + ").");
		}
		else if (!otherYear.isEmpty()) {
			warnings.add(otherYear.size() + " oppdrag har id-er med et annet år enn brevet (" + year + "): "
					+ IdRanges.of(otherYear) + ".");
		}
		if (assignments.isEmpty()) {
			warnings.add("Fant ingen oppdrag i brevet.");
		}
		boolean supplementary = SUPPLEMENTARY.matcher(opening).find()
				|| !assignments.isEmpty() && assignments.stream().allMatch(a -> a.id().startsWith("TTB"));
		AppendixReader.Appendices appendices = new AppendixReader().read2025(lines, year, warnings);
		List<CalendarEntryDraft> calendar = new ArrayList<>(appendices.calendar());
		calendar.addAll(DatedDuties2025.read(lines, mainEnd, year, appendices.calendar()));
		return new LetterDraft(year, agency,
				supplementary ? LetterDraft.LetterKind.SUPPLEMENTARY : LetterDraft.LetterKind.MAIN, name(),
				List.copyOf(goals), List.copyOf(assignments), appendices.budgetLines(), List.copyOf(calendar),
				appendices.specialReporting(), appendices.authorizations(), List.copyOf(warnings));
	}

	/** The beginning of the letter up to its first assignment, one line per line, wrapped sentences joined. */
	private static String opening(List<String> lines) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < lines.size() && i < OPENING_LINES; i++) {
			String line = lines.get(i);
			if (Assignments2025.isHeader(line)) {
				break;
			}
			if (!line.isBlank()) {
				text.append(line).append('\n');
			}
		}
		// A line that starts in lower case continues the sentence above; other line starts stay for the title check.
		return text.toString().replaceAll("\n(?=\\p{Ll})", " ");
	}

	private static int mainEnd(List<String> lines) {
		boolean seenAssignment = false;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (Assignments2025.isHeader(line)) {
				seenAssignment = true;
			}
			else if (seenAssignment && MAIN_END.matcher(line).find()) {
				return i;
			}
		}
		return lines.size();
	}

	private enum Section {
		INTRO, STEERING, KEY_FIGURES, OTHER
	}

	private static void readMainPart(List<String> lines, List<GoalDraft> goals,
			Map<String, Assignments2025.Work> works, List<String> warnings) {
		String goalNumber = null;
		String goalTitle = null;
		List<String> steering = new ArrayList<>();
		List<String> keyFigures = new ArrayList<>();
		Section section = Section.INTRO;
		List<String> block = null;
		int lastGoal = 0;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			Matcher goal = GOAL.matcher(line);
			Matcher goalSection = GOAL_SECTION.matcher(line);
			boolean isGoal = goal.matches() && Integer.parseInt(goal.group(1)) == lastGoal + 1;
			boolean isGoalSection = goalNumber != null && goalSection.matches()
					&& ("3." + goalSection.group(1)).equals(goalNumber);
			boolean isHeader = Assignments2025.isHeader(line);
			if (block != null && (isGoal || isGoalSection || isHeader)) {
				addWork(block, goalNumber, works, warnings);
				block = null;
			}
			if (isGoal) {
				if (goalNumber != null) {
					goals.add(new GoalDraft(goalNumber, goalTitle, List.copyOf(steering), List.copyOf(keyFigures)));
				}
				lastGoal++;
				goalNumber = "3." + lastGoal;
				StringBuilder title = new StringBuilder(goal.group(2).trim());
				// A wrapped goal heading continues on the very next lines, without the blank line text has. A Word or
				// PDF file may have no blank line before the paragraph after it either: a line in lower case, or after
				// a heading left open («… i trygge» / «og helsefremmende …»), goes on; a new sentence does not.
				while (i + 1 < lines.size() && !lines.get(i + 1).isBlank() && !title.toString().endsWith(".")
						&& !Assignments2025.isHeader(lines.get(i + 1)) && !GOAL_SECTION.matcher(lines.get(i + 1)).find()
						&& Cells.continues(title.toString(), lines.get(i + 1)) && title.length() < 250) {
					Assignments2025.join(title, lines.get(++i));
				}
				goalTitle = title.toString().replaceAll("\\.$", "").trim();
				steering = new ArrayList<>();
				keyFigures = new ArrayList<>();
				section = Section.INTRO;
			}
			else if (isGoalSection) {
				String name = goalSection.group(3).toLowerCase();
				section = name.startsWith("styringsparamet") ? Section.STEERING
						: name.startsWith("nøkkeltall") ? Section.KEY_FIGURES : Section.OTHER;
			}
			else if (isHeader) {
				block = new ArrayList<>();
				block.add(line);
			}
			else if (block != null) {
				block.add(line);
			}
			else if (section == Section.STEERING) {
				addBullet(steering, line);
			}
			else if (section == Section.KEY_FIGURES) {
				addBullet(keyFigures, line);
			}
		}
		if (block != null) {
			addWork(block, goalNumber, works, warnings);
		}
		if (goalNumber != null) {
			goals.add(new GoalDraft(goalNumber, goalTitle, List.copyOf(steering), List.copyOf(keyFigures)));
		}
	}

	private static void addWork(List<String> block, String section, Map<String, Assignments2025.Work> works,
			List<String> warnings) {
		Assignments2025.Work work = Assignments2025.read(block, section);
		if (works.containsKey(work.id)) {
			warnings.add("Oppdrag " + work.id + " står flere ganger i brevet; bare det første er tatt med.");
			return;
		}
		works.put(work.id, work);
	}

	/** Bullets ("•") start an item; sub-items ("o", "a.") go on their own line inside it; other lines continue it. */
	private static void addBullet(List<String> items, String line) {
		if (line.isBlank()) {
			return;
		}
		if (line.startsWith("•")) {
			items.add(line.substring(1).trim());
		}
		else if (!items.isEmpty()) {
			int last = items.size() - 1;
			boolean subItem = line.matches("^(?:o|[a-zæøå][.)]|[-–◦])\\s+\\S.*");
			StringBuilder item = new StringBuilder(items.get(last));
			if (subItem) {
				item.append('\n').append(line.startsWith("o ") ? "◦ " + line.substring(2).trim() : line);
			}
			else {
				Assignments2025.join(item, line);
			}
			items.set(last, item.toString());
		}
	}

	/**
	 * Vedlegg IV of the ministry's full letter lists exempt assignments: whole ({@code TB2026-4 Avd. HOD: SHA Title}
	 * and its text) or by point ({@code TB2026-3, punkt 1}).
	 */
	private static void applyExemptAppendix(List<String> lines, int from, Map<String, Assignments2025.Work> works,
			List<String> warnings) {
		int start = -1;
		for (int i = from; i < lines.size(); i++) {
			if (EXEMPT_APPENDIX.matcher(lines.get(i)).find()) {
				start = i;
			}
		}
		if (start < 0) {
			return;
		}
		int end = lines.size();
		for (int i = start + 1; i < lines.size(); i++) {
			if (LATER_APPENDIX.matcher(lines.get(i)).find()) {
				end = i;
				break;
			}
		}
		List<Integer> entries = new ArrayList<>();
		for (int i = start + 1; i < end; i++) {
			if (BARE_ID.matcher(lines.get(i)).find()) {
				entries.add(i);
			}
		}
		for (int e = 0; e < entries.size(); e++) {
			int entryEnd = e + 1 < entries.size() ? entries.get(e + 1) : end;
			List<String> entry = lines.subList(entries.get(e), entryEnd);
			Matcher points = EXEMPT_POINTS.matcher(entry.get(0));
			if (points.find()) {
				exemptPoints(points, entry, works, warnings);
			}
			else {
				exemptWhole(entry, works, warnings);
			}
		}
	}

	private static void exemptWhole(List<String> entry, Map<String, Assignments2025.Work> works,
			List<String> warnings) {
		Assignments2025.Work listed;
		if (Assignments2025.isHeader(entry.get(0))) {
			listed = Assignments2025.read(entry, null);
		}
		else {
			Matcher bare = BARE_ID.matcher(entry.get(0));
			bare.find();
			listed = new Assignments2025.Work();
			listed.id = References.normaliseId(bare.group(1));
			listed.title = bare.group(2).trim();
			listed.parts = Assignments2025.parts(entry.subList(1, entry.size()));
		}
		listed.whole = true;
		Assignments2025.Work work = works.get(listed.id);
		if (work == null) {
			warnings.add("Oppdrag " + listed.id + " står bare i vedlegg IV; fant ikke hvilket hovedmål det hører til.");
			works.put(listed.id, listed);
			return;
		}
		work.whole = true;
		if (!listed.title.isEmpty()) {
			work.title = listed.title;
		}
		if (work.departments.isEmpty()) {
			work.departments = listed.departments;
		}
		work.parts.addAll(listed.parts);
	}

	private static void exemptPoints(Matcher points, List<String> entry, Map<String, Assignments2025.Work> works,
			List<String> warnings) {
		String id = References.normaliseId(points.group(1));
		Assignments2025.Work work = works.get(id);
		List<String> textLines = new ArrayList<>();
		textLines.add(points.group(3).replaceFirst("^\\s*[:.–-]?\\s*", ""));
		textLines.addAll(entry.subList(1, entry.size()));
		String listedText = String.join(" ", textLines.stream().filter(l -> !l.isBlank()).toList()).trim();
		for (String number : points.group(2).split("\\s*(?:,|og)\\s*")) {
			int n = Integer.parseInt(number.trim());
			int index = work == null ? -1 : pointIndex(work.parts, n);
			if (index < 0) {
				warnings.add("Vedlegg IV unntar punkt " + n + " i oppdrag " + id
						+ ", men fant ikke det punktet i oppdraget.");
				if (work != null && !listedText.isEmpty()) {
					Assignments2025.Part part = new Assignments2025.Part(n + ". " + listedText,
							Assignments2025.Kind.DIGIT, n);
					part.exempt = true;
					work.parts.add(part);
				}
				continue;
			}
			Assignments2025.Part point = work.parts.get(index);
			if (!listedText.isEmpty() && onlyMark(point.text)) {
				point.text = point.text + " " + listedText;
			}
			Assignments2025.markPoint(work.parts, index);
		}
	}

	private static int pointIndex(List<Assignments2025.Part> parts, int number) {
		for (int i = 0; i < parts.size(); i++) {
			if (parts.get(i).kind == Assignments2025.Kind.DIGIT && Integer.valueOf(number).equals(parts.get(i).number)) {
				return i;
			}
		}
		return -1;
	}

	/** Whether a point holds nothing but its number and the exemption mark (the public version's placeholder). */
	private static boolean onlyMark(String text) {
		String rest = ITEM_MARK.matcher(text).replaceFirst("");
		return rest.replaceAll("(?i)\\(?\\s*unntatt offentlighet[^)]*\\)?\\.?", "").isBlank();
	}
}
