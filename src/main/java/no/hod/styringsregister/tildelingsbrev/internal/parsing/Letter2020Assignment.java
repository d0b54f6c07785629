package no.hod.styringsregister.tildelingsbrev.internal.parsing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.hod.styringsregister.Sitert;

/**
 * Reads one assignment box of the 2020 template: {@code ID: Fylles inn av HDIR}, {@code Eieravdeling HOD: FHA}, the
 * title in a narrow column, then the text in full width. The extraction scatters the box over lines in many ways:
 * "HDIR", "Eieravdeling", "HOD:" and the codes each on the same or on a following line, the title starting on the
 * header line, codes in the middle of the title, blank lines inside the title.
 */
final class Letter2020Assignment {

	/** The opening of a box; "ID:" is missing in some, "ID:(" and extra spaces occur. */
	static final Pattern HEADER = Pattern.compile("^(?:ID\\s*:\\s*\\(?\\s*)?Fylles inn av\\b\\s*(.*)$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern HDIR = Pattern.compile("HDIR\\)?");
	private static final Pattern OWNER = Pattern.compile("Eieravdeling\\b\\s*:?", Pattern.CASE_INSENSITIVE);
	private static final Pattern HOD = Pattern.compile("HOD\\s*:");
	private static final String CODE = "[A-ZÆØÅ]{2,4}";
	/** "FHA", "SHA/SHF/PTA/HRA", "SHA (SHF)", "(SHF)". */
	private static final Pattern CODES = Pattern.compile("\\(?" + CODE + "\\)?(?:\\s*/\\s*" + CODE + "|\\s*\\(" + CODE
			+ "\\))*(?=\\s|$)");
	private static final Pattern PAREN_CODE = Pattern.compile("\\(" + CODE + "\\)");
	/** The template's placeholder left in some boxes: "Kortnavn/overskrift (fylles ut av HOD)", "Kortnavn". */
	private static final Pattern PLACEHOLDER = Pattern.compile("^Kortnavn\\b(?:/overskrift \\(fylles ut av(?: HOD\\))?)?\\s*",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern PLACEHOLDER_END = Pattern.compile("^HOD\\)$");
	private static final Pattern ACRONYM = Pattern.compile("^[A-ZÆØÅ0-9]{2,6}\\.?$");
	/** Title lines are at most this long (a narrow table column); the text runs across the page. */
	private static final int TITLE_WIDTH = 45;

	private static final Pattern REFERENCE = Pattern.compile("\\bT?TB\\d{4}-\\d+\\b");
	private static final Pattern KAP_POST = Pattern.compile(
			"\\b[Kk]ap\\.?\\s*(\\d{3,4})\\s*[,.]?\\s*post(?:ene)?\\s*(\\d{2}(?:\\s*(?:,|og(?:\\s+post)?)\\s*\\d{2}(?!\\d))*)");
	private static final Pattern DOTTED = Pattern.compile("(?<![\\d.,])(\\d{3,4})\\.(\\d{2})(?![\\d]|\\.\\d)");
	private static final Pattern EXEMPT_MARK = Pattern.compile("\\(\\s*Unntatt offentlighet\\s*,?\\s*jf\\.?\\s*offl\\.?\\s*§\\s*22",
			Pattern.CASE_INSENSITIVE);

	private final List<String> lines;
	private final int end;
	private int line;
	private String rest;
	private String lastAccepted;

	private Letter2020Assignment(List<String> lines, int start, int end) {
		this.lines = lines;
		this.end = end;
		this.line = start;
		Matcher header = HEADER.matcher(lines.get(start));
		this.rest = header.matches() ? header.group(1).trim() : "";
	}

	/**
	 * Reads the box from {@code start} (the "Fylles inn av" line) to {@code end} (exclusive).
	 *
	 * @param section the area number the box sits under
	 * @param sectionBudgetRefs budget lines the area's introduction says fund all its assignments
	 */
	static AssignmentDraft read(List<String> lines, int start, int end, String section,
			List<AssignmentDraft.BudgetRef> sectionBudgetRefs, int year, List<String> warnings) {
		return new Letter2020Assignment(lines, start, end).read(section, sectionBudgetRefs, year, warnings);
	}

	private AssignmentDraft read(String section, List<AssignmentDraft.BudgetRef> sectionBudgetRefs, int year,
			List<String> warnings) {
		accept(HDIR, false);
		boolean owner = accept(OWNER, false);
		boolean hod = accept(HOD, false);
		List<String> departments = new ArrayList<>();
		if ((owner || hod) && accept(CODES, true)) {
			addCodes(departments, lastAccepted);
			if (accept(PAREN_CODE, true)) {
				addCodes(departments, lastAccepted);
			}
		}
		List<String> titleLines = new ArrayList<>();
		int textStart = readTitle(titleLines, departments);

		String title = title(titleLines);
		List<String> paragraphs = Letter2020Paragraphs.paragraphs(lines.subList(textStart, end));
		List<AssignmentDraft.TextPart> parts = new ArrayList<>();
		boolean anyExempt = false;
		for (String paragraph : paragraphs) {
			boolean exempt = EXEMPT_MARK.matcher(paragraph).find();
			anyExempt |= exempt;
			parts.add(new AssignmentDraft.TextPart(paragraph, exempt));
		}
		String text = String.join("\n\n", paragraphs);
		// The deadline, its words, the references and the budget lines are shown to everyone: they are read from the
		// public paragraphs only, or an exempt paragraph's words would reach an uncleared reader through them.
		String flat = String.join(" ", parts.stream().filter(part -> !part.exempt()).map(AssignmentDraft.TextPart::text)
			.toList());

		String where = section == null ? "" : " under " + section;
		String name = title.isEmpty() ? "uten tittel" + where : Sitert.verdi(title);
		if (title.isEmpty()) {
			warnings.add("Fant ingen tittel for et oppdrag" + where + ".");
		}
		if (departments.isEmpty()) {
			warnings.add("Fant ingen avdeling i HOD for oppdraget " + name + ".");
		}
		if (text.isEmpty()) {
			warnings.add("Fant ingen tekst for oppdraget " + name + ".");
		}
		Letter2020Deadlines.Found deadline = Letter2020Deadlines.find(flat, year);
		if (deadline == null) {
			warnings.add(LetterParser.ingenFrist("oppdraget " + name));
		}

		Set<AssignmentDraft.BudgetRef> budgetRefs = new LinkedHashSet<>(budgetRefs(flat));
		budgetRefs.addAll(sectionBudgetRefs);
		// What only the exempt paragraphs cite is kept for cleared readers, flagged.
		String exemptFlat = String.join(" ", parts.stream().filter(AssignmentDraft.TextPart::exempt)
			.map(AssignmentDraft.TextPart::text).toList());
		List<String> references = references(flat);
		List<AssignmentDraft.BudgetRef> publicBudgetRefs = List.copyOf(budgetRefs);
		return new AssignmentDraft(null, section, List.copyOf(departments), title, text,
				deadline == null ? List.of() : List.copyOf(deadline.dates()), deadline == null ? null : deadline.text(),
				anyExempt ? AssignmentDraft.Exempt.PARTS : AssignmentDraft.Exempt.NONE, List.copyOf(parts),
				references, publicBudgetRefs, AssignmentDraft.onlyIn(references(exemptFlat), references),
				AssignmentDraft.onlyIn(budgetRefs(exemptFlat), publicBudgetRefs));
	}

	/**
	 * Collects the title lines after the header into {@code titleLines}, and department codes met among them (a code
	 * line can sit in the middle of the title). Returns the index of the first line of the text.
	 */
	private int readTitle(List<String> titleLines, List<String> departments) {
		if (!rest.isEmpty()) {
			titleLines.add(rest);
		}
		boolean blankSeen = false;
		int i = line + 1;
		for (; i < end; i++) {
			String s = lines.get(i);
			if (s.isBlank() || Letter2020Paragraphs.isPageMarker(s)) {
				blankSeen = !titleLines.isEmpty();
				continue;
			}
			String candidate = PLACEHOLDER.matcher(s).replaceFirst("");
			if (candidate.isEmpty() || titleLines.isEmpty() && PLACEHOLDER_END.matcher(s).matches()) {
				continue;
			}
			boolean codes = departments.isEmpty() && CODES.matcher(s).matches()
					|| !departments.isEmpty() && titleLines.isEmpty() && PAREN_CODE.matcher(s).matches();
			if (codes) {
				addCodes(departments, s);
				continue;
			}
			if (candidate.length() > TITLE_WIDTH || Letter2020Paragraphs.isBullet(candidate)
					|| blankSeen && !continuesTitle(candidate)) {
				break;
			}
			titleLines.add(candidate);
			blankSeen = false;
		}
		return i;
	}

	/**
	 * Takes {@code pattern} from the rest of the current line, or else from the next non-blank line of the box.
	 * {@code wholeLine}: on a following line the pattern must fill the line (so a title is never taken for codes).
	 */
	private boolean accept(Pattern pattern, boolean wholeLine) {
		if (!rest.isEmpty()) {
			Matcher m = pattern.matcher(rest);
			if (m.lookingAt()) {
				lastAccepted = m.group();
				rest = rest.substring(m.end()).trim();
				return true;
			}
			return false;
		}
		int next = line + 1;
		while (next < end && (lines.get(next).isBlank() || Letter2020Paragraphs.isPageMarker(lines.get(next)))) {
			next++;
		}
		if (next >= end) {
			return false;
		}
		String candidate = lines.get(next);
		Matcher m = pattern.matcher(candidate);
		if (wholeLine ? m.matches() : m.lookingAt()) {
			lastAccepted = m.group();
			line = next;
			rest = candidate.substring(m.end()).trim();
			return true;
		}
		return false;
	}

	private static void addCodes(List<String> departments, String codes) {
		for (String code : codes.split("[\\s/,()]+")) {
			if (!code.isEmpty() && !departments.contains(code)) {
				departments.add(code);
			}
		}
	}

	/** After a blank line the title goes on only with a lower-case word, an acronym or a parenthesis ("barn", "IPS"). */
	private static boolean continuesTitle(String line) {
		char first = line.charAt(0);
		return Character.isLowerCase(first) || first == '(' || ACRONYM.matcher(line).matches();
	}

	private static String title(List<String> titleLines) {
		String title = PLACEHOLDER.matcher(Letter2020Paragraphs.join(titleLines)).replaceFirst("").trim();
		// A single closing full stop is punctuation of the table cell, not part of the name.
		if (title.endsWith(".") && !title.endsWith("..")) {
			title = title.substring(0, title.length() - 1).trim();
		}
		return title;
	}

	private static List<String> references(String text) {
		Set<String> ids = new LinkedHashSet<>();
		Matcher m = REFERENCE.matcher(text);
		while (m.find()) {
			ids.add(m.group());
		}
		return List.copyOf(ids);
	}

	/** {@code kap. 714, post 21}, {@code kap. 762 post 21, 60 og 70}, {@code 714.21}. */
	static List<AssignmentDraft.BudgetRef> budgetRefs(String text) {
		Set<AssignmentDraft.BudgetRef> refs = new LinkedHashSet<>();
		List<int[]> spans = new ArrayList<>();
		Matcher kap = KAP_POST.matcher(text);
		while (kap.find()) {
			int chapter = Integer.parseInt(kap.group(1));
			for (String post : kap.group(2).split("\\D+")) {
				if (!post.isEmpty()) {
					refs.add(new AssignmentDraft.BudgetRef(chapter, Integer.parseInt(post)));
				}
			}
			spans.add(new int[] { kap.start(), kap.end() });
		}
		Matcher dotted = DOTTED.matcher(text);
		while (dotted.find()) {
			int chapter = Integer.parseInt(dotted.group(1));
			boolean inKap = false;
			for (int[] span : spans) {
				inKap |= dotted.start() >= span[0] && dotted.start() < span[1];
			}
			// Years (2019.20) are not chapters; HOD's chapters avoid that range.
			if (!inKap && (chapter < 1990 || chapter > 2039)) {
				refs.add(new AssignmentDraft.BudgetRef(chapter, Integer.parseInt(dotted.group(2))));
			}
		}
		return List.copyOf(refs);
	}
}
