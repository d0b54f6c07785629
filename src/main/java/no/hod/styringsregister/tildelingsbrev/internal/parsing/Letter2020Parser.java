package no.hod.styringsregister.tildelingsbrev.internal.parsing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The older layout (2020): assignments without numbers ({@code ID: Fylles inn av HDIR}, {@code Eieravdeling HOD: FHA})
 * grouped under areas 2.1 … 5.x, appropriation tables per area with two year columns.
 */
final class Letter2020Parser implements LayoutParser {

	/**
	 * "2.1.4 Spesielle oppdrag", also "3 .3 .4 Spesielle oppdrag:" with stray spaces. A two-level number needs a
	 * capitalised title, so that a wrapped line like "1.5 mill. kroner …" is not taken for a heading.
	 */
	private static final Pattern SUB_HEADING = Pattern.compile(
			"^([1-9](?:\\s*\\.\\s*\\d{1,2}){2,})\\.?\\s+(\\p{L}.*)$|^([1-9]\\s*\\.\\s*\\d{1,2})\\.?\\s+(\\p{Lu}.*)$",
			Pattern.UNICODE_CHARACTER_CLASS);
	/** "3 MÅL OG RESULTATKRAV FOR TVERRGÅENDE OMRÅDER": one digit, a title without digits. */
	private static final Pattern TOP_HEADING = Pattern.compile("^([1-9])\\s+(\\p{Lu}[^\\d]*)$",
			Pattern.UNICODE_CHARACTER_CLASS);
	private static final Pattern ASSIGNMENTS_HEADING = Pattern.compile("^Spesielle oppdrag\\b.*",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern STEERING_HEADING = Pattern.compile("^Styringsparamet.*", Pattern.CASE_INSENSITIVE);
	private static final Pattern KEY_FIGURES_HEADING = Pattern.compile("^Nøkkeltall.*", Pattern.CASE_INSENSITIVE);
	private static final Pattern YEAR = Pattern.compile("\\btildeling(?:en|sbrev(?:et)?)?\\s+for\\s+(\\d{4})\\b",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern NUMBERED_HEADER_2025 = Pattern.compile("\\bT?TB20\\d\\d-\\d+\\s+Avd\\.\\s*HOD\\b");
	/** Agencies HOD sends allocation letters to; the opening names the addressee most often. */
	private static final List<String> AGENCIES = List.of("Helsedirektoratet", "Statens helsetilsyn",
			"Folkehelseinstituttet", "Direktoratet for e-helse", "Statens legemiddelverk", "Direktoratet for medisinske produkter",
			"Norsk helsenett", "Direktoratet for strålevern og atomsikkerhet", "Statens undersøkelseskommisjon for helse- og omsorgstjenesten",
			"Helsetilsynet", "Bioteknologirådet", "Nasjonalt klageorgan for helsetjenesten");
	/** The opening text: the lines searched for year and agency. */
	private static final int OPENING_LINES = 100;

	private record Heading(int line, String number, String title) {
	}

	@Override
	public String name() {
		return "2020";
	}

	@Override
	public boolean recognises(List<String> lines) {
		boolean template = false;
		boolean owner = false;
		for (String line : lines) {
			if (NUMBERED_HEADER_2025.matcher(line).find()) {
				return false;
			}
			template |= line.contains("Fylles inn av HDIR") || Letter2020Assignment.HEADER.matcher(line).matches();
			owner |= line.contains("Eieravdeling");
		}
		return template && owner;
	}

	@Override
	public LetterDraft parse(List<String> lines) {
		int year = year(lines);
		String agency = agency(lines);
		List<String> warnings = new ArrayList<>();

		List<Heading> headings = headings(lines);
		Map<String, Heading> areas = new LinkedHashMap<>();
		List<AssignmentDraft> assignments = new ArrayList<>();
		int h = 0;
		Heading current = null;
		List<AssignmentDraft.BudgetRef> sectionRefs = List.of();
		for (int i = 0; i < lines.size(); i++) {
			if (h < headings.size() && headings.get(h).line() == i) {
				current = headings.get(h++);
				sectionRefs = isAssignmentsHeading(current) ? sectionBudgetRefs(lines, current.line() + 1) : List.of();
				continue;
			}
			if (!Letter2020Assignment.HEADER.matcher(lines.get(i)).matches()) {
				continue;
			}
			int end = i + 1;
			while (end < lines.size() && !Letter2020Assignment.HEADER.matcher(lines.get(end)).matches()
					&& !(h < headings.size() && headings.get(h).line() == end)) {
				end++;
			}
			Heading area = area(current, headings);
			String section = area == null ? null : area.number();
			if (area == null) {
				warnings.add("Fant et oppdrag før første nummererte overskrift (linje " + (i + 1) + ").");
			}
			else {
				areas.putIfAbsent(area.number(), area);
			}
			assignments.add(Letter2020Assignment.read(lines, i, end, section, sectionRefs, year, warnings));
			i = end - 1;
		}
		if (assignments.isEmpty()) {
			warnings.add("Fant ingen oppdrag i brevet.");
		}

		List<GoalDraft> goals = new ArrayList<>();
		for (Heading area : areas.values()) {
			goals.add(new GoalDraft(area.number(), area.title(), listUnder(lines, headings, area, STEERING_HEADING),
					listUnder(lines, headings, area, KEY_FIGURES_HEADING)));
		}

		AppendixReader.Appendices appendices = new AppendixReader().read2020(lines, year, warnings);
		return new LetterDraft(year, agency, LetterDraft.LetterKind.MAIN, name(), List.copyOf(goals),
				List.copyOf(assignments), appendices.budgetLines(), appendices.calendar(),
				appendices.specialReporting(), appendices.authorizations(), List.copyOf(warnings));
	}

	private static int year(List<String> lines) {
		for (int i = 0; i < Math.min(OPENING_LINES, lines.size()); i++) {
			Matcher m = YEAR.matcher(lines.get(i));
			if (m.find()) {
				return Integer.parseInt(m.group(1));
			}
		}
		throw new LetterParseException(
				"Fant ikke budsjettåret i innledningen av brevet (ventet en setning som «tildeling for 2020»).");
	}

	private static String agency(List<String> lines) {
		String best = null;
		int bestCount = 0;
		String opening = String.join("\n", lines.subList(0, Math.min(OPENING_LINES, lines.size())));
		for (String agency : AGENCIES) {
			int count = 0;
			for (int at = opening.indexOf(agency); at >= 0; at = opening.indexOf(agency, at + agency.length())) {
				count++;
			}
			if (count > bestCount) {
				best = agency;
				bestCount = count;
			}
		}
		if (best == null) {
			throw new LetterParseException(
					"Fant ikke hvilken virksomhet brevet gjelder (for eksempel Helsedirektoratet) i innledningen av brevet.");
		}
		return best;
	}

	private static List<Heading> headings(List<String> lines) {
		List<Heading> headings = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			Matcher sub = SUB_HEADING.matcher(line);
			Matcher top = TOP_HEADING.matcher(line);
			if (sub.matches()) {
				boolean deep = sub.group(1) != null;
				headings.add(new Heading(i, sub.group(deep ? 1 : 3).replaceAll("\\s+", ""),
						cleanTitle(sub.group(deep ? 2 : 4))));
			}
			else if (top.matches() && line.length() <= 80) {
				headings.add(new Heading(i, top.group(1), cleanTitle(top.group(2))));
			}
		}
		return headings;
	}

	private static String cleanTitle(String title) {
		return title.replaceAll("[\\s:]+$", "");
	}

	private static boolean isAssignmentsHeading(Heading heading) {
		return ASSIGNMENTS_HEADING.matcher(heading.title()).matches();
	}

	/**
	 * The area an assignment sits under: the owner of the "Spesielle oppdrag" heading (2.1 for 2.1.4), or the
	 * heading itself where assignments follow a subject heading directly (2.3.4).
	 */
	private static Heading area(Heading current, List<Heading> headings) {
		if (current == null || !isAssignmentsHeading(current)) {
			return current;
		}
		int dot = current.number().lastIndexOf('.');
		if (dot < 0) {
			return current;
		}
		String parent = current.number().substring(0, dot);
		Heading owner = null;
		for (Heading heading : headings) {
			if (heading.line() < current.line() && heading.number().equals(parent)) {
				owner = heading;
			}
		}
		return owner == null ? current : owner;
	}

	/**
	 * Budget lines named by the introduction of a "Spesielle oppdrag" section in a sentence about funding ("Oppdragene
	 * nedenfor er finansiert over kap. 740.01, 702.21 og 702.70."); they fund every assignment of the section.
	 */
	private static List<AssignmentDraft.BudgetRef> sectionBudgetRefs(List<String> lines, int from) {
		List<String> intro = new ArrayList<>();
		for (int i = from; i < lines.size() && !Letter2020Assignment.HEADER.matcher(lines.get(i)).matches(); i++) {
			if (SUB_HEADING.matcher(lines.get(i)).matches() || TOP_HEADING.matcher(lines.get(i)).matches()) {
				break;
			}
			intro.add(lines.get(i));
		}
		List<AssignmentDraft.BudgetRef> refs = new ArrayList<>();
		for (String sentence : Letter2020Paragraphs.join(intro).split("(?<=\\.)\\s+(?=\\p{Lu})")) {
			if (sentence.toLowerCase(Locale.ROOT).contains("finansier")) {
				refs.addAll(Letter2020Assignment.budgetRefs(sentence));
			}
		}
		return List.copyOf(refs);
	}

	/**
	 * The bullet list under the area's child heading matching {@code kind} ("2.1.2 Styringsparametere"). The list
	 * ends at the next heading or at a paragraph that is not a bullet.
	 */
	private static List<String> listUnder(List<String> lines, List<Heading> headings, Heading area, Pattern kind) {
		for (int k = 0; k < headings.size(); k++) {
			Heading heading = headings.get(k);
			boolean child = heading.number().startsWith(area.number() + ".")
					&& heading.number().chars().filter(c -> c == '.').count() == area.number().chars()
							.filter(c -> c == '.').count() + 1;
			if (!child || !kind.matcher(heading.title()).matches()) {
				continue;
			}
			int end = k + 1 < headings.size() ? headings.get(k + 1).line() : lines.size();
			List<String> items = new ArrayList<>();
			for (String paragraph : Letter2020Paragraphs.paragraphs(lines.subList(heading.line() + 1, end))) {
				if (!Letter2020Paragraphs.isBullet(paragraph)) {
					break;
				}
				items.add(paragraph.replaceFirst("^(?:[•\\u25CF\\u25AA\\uF0B7]\\s*|-\\s+|o\\s+)", "").trim());
			}
			return List.copyOf(items);
		}
		return List.of();
	}
}
