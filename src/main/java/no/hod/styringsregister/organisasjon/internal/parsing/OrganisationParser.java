package no.hod.styringsregister.organisasjon.internal.parsing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.hod.styringsregister.Sitert;

/**
 * Reads an agency's organisation description (text from its web pages): divisions ({@code Divisjon folkehelse}),
 * each followed by its departments. Free of Spring so it tests fast and can be fuzzed. Given any text it returns a
 * draft or throws {@link OrganisationParseException}.
 * <p>
 * A department is a short stand-alone heading followed by its text, which has a leader line
 * ({@code Avdelingsdirektør: …}). The department texts have short stand-alone sub-headings too
 * ({@code Kvalitetsbasert finansiering}); the two look alike, so the leader line decides: after a leader line the
 * next heading opens a new department, and until then headings belong to the department's text. The part after an
 * {@code Etater} heading describes subordinate bodies (Helfo, Statens strålevern), which are neither divisions nor
 * departments; it is left out with a warning that names them.
 */
public final class OrganisationParser {

	private static final Pattern DIVISION = Pattern.compile("Divisjon\\s+\\p{Ll}[\\p{L} ,-]*");
	private static final Pattern SUBORDINATE_BODIES = Pattern.compile("(?iu)(?:underliggende\\s+|ytre\\s+)?etater");
	private static final Pattern SENTENCE_INSIDE = Pattern.compile("[.!?]\\s+\\p{Lu}");
	private static final Pattern AGENCY_NAME = Pattern.compile(
			"(?<!\\p{L})(\\p{Lu}\\p{Ll}+direktoratet)(?=s?(?!\\p{L}))");
	private static final int HEADING_MAX = 80;
	private static final int HEADING_MAX_WORDS = 10;
	private static final int AGENCY_MIN_MENTIONS = 3;

	/**
	 * Reads the text and works out the agency from it: the directorate it names most often, clearly ahead of the
	 * others, with a warning, since organisation pages rarely name their own agency in a heading. Callers that know
	 * the agency should use {@link #parse(String, String)}.
	 */
	public OrganisationDraft parse(String text) {
		return parse(text, null);
	}

	/**
	 * Reads the text as the organisation of {@code agency}; a blank agency is worked out as in
	 * {@link #parse(String)}.
	 */
	public OrganisationDraft parse(String text, String agency) {
		if (text == null || text.isBlank()) {
			throw new OrganisationParseException("Teksten er tom eller inneholder ingen lesbar tekst.");
		}
		List<String> warnings = new ArrayList<>();
		String name = agency == null || agency.isBlank() ? inferAgency(text, warnings) : agency.trim();

		List<Row> rows = Row.read(text);
		int end = 0;
		while (end < rows.size() && !SUBORDINATE_BODIES.matcher(rows.get(end).text()).matches()) {
			end++;
		}
		List<Integer> starts = new ArrayList<>();
		for (int i = 0; i < end; i++) {
			if (DIVISION.matcher(rows.get(i).text()).matches() && headingLike(rows.get(i))) {
				starts.add(i);
			}
		}
		if (starts.isEmpty()) {
			throw new OrganisationParseException("Fant ingen divisjoner («Divisjon …») i teksten. Den ser ikke ut som "
					+ "en beskrivelse av en etats organisering.");
		}
		if (starts.get(0) > 0) {
			warnings.add("Teksten foran «" + rows.get(starts.get(0)).text() + "» er ikke tatt med.");
		}
		List<DivisionDraft> divisions = new ArrayList<>();
		for (int d = 0; d < starts.size(); d++) {
			int from = starts.get(d);
			int to = d + 1 < starts.size() ? starts.get(d + 1) : end;
			divisions.add(division(rows.get(from).text(), rows.subList(from + 1, to), warnings));
		}
		if (divisions.stream().allMatch(division -> division.departments().isEmpty())) {
			throw new OrganisationParseException("Fant divisjoner, men ingen avdelinger med leder "
					+ "(«Avdelingsdirektør: …»). Teksten ser ikke ut som en beskrivelse av en etats organisering.");
		}
		warnSubordinateBodies(rows.subList(end, rows.size()), warnings);
		return new OrganisationDraft(name, List.copyOf(divisions), List.copyOf(warnings));
	}

	private static DivisionDraft division(String name, List<Row> rows, List<String> warnings) {
		List<DepartmentDraft> departments = new ArrayList<>();
		Leader divisionLeader = null;
		String heading = null;
		List<Row> content = new ArrayList<>();
		Leader leader = null;
		boolean expectHeading = true;
		boolean preamble = false;
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			Leader found = Leader.of(row.text());
			if (found != null) {
				if (heading == null && found.divisionLevel() && divisionLeader == null) {
					divisionLeader = found;
				}
				else if (heading == null) {
					warnings.add(Sitert.verdi(row.text()) + " står i " + name
							+ " foran første avdeling og er ikke knyttet "
							+ "til noen avdeling.");
				}
				else if (leader != null) {
					warnings.add("Avdeling " + heading + " har flere lederlinjer; bare «" + leader.name()
							+ "» er tatt med.");
				}
				else {
					leader = found;
					if (found.corrected()) {
						warnings.add("Rettet tittelen " + Sitert.verdi(found.writtenTitle()) + " til «" + found.title()
								+ "» for avdeling " + heading + ".");
					}
				}
				expectHeading = true;
			}
			else if (expectHeading && departmentHeading(rows, i)) {
				if (heading != null) {
					departments.add(department(name, heading, content, leader, warnings));
				}
				heading = row.text();
				content = new ArrayList<>();
				leader = null;
				expectHeading = false;
			}
			else if (heading != null) {
				content.add(row);
			}
			else {
				preamble = true;
			}
		}
		if (heading != null) {
			departments.add(department(name, heading, content, leader, warnings));
		}
		if (preamble) {
			warnings.add("Teksten mellom " + Sitert.verdi(name) + " og første avdeling er ikke tatt med.");
		}
		return new DivisionDraft(name, divisionLeader == null ? null : divisionLeader.name(),
				divisionLeader == null ? null : divisionLeader.title(), List.copyOf(departments));
	}

	private static DepartmentDraft department(String division, String heading, List<Row> content, Leader leader,
			List<String> warnings) {
		if (leader == null) {
			warnings.add("Fant ingen leder for avdeling " + heading + " i " + division + ".");
		}
		return DepartmentText.read(heading, content, leader, warnings);
	}

	/** A short line standing alone between blank lines, with text after it. */
	private static boolean departmentHeading(List<Row> rows, int i) {
		return rows.get(i).blankBefore() && i + 1 < rows.size() && rows.get(i + 1).blankBefore()
				&& headingLike(rows.get(i));
	}

	private static boolean headingLike(Row row) {
		String text = row.text();
		return text.length() <= HEADING_MAX && text.split(" ").length <= HEADING_MAX_WORDS
				&& Character.isUpperCase(text.charAt(0)) && !text.contains(":") && !text.matches(".*[.,;!?]$")
				&& !SENTENCE_INSIDE.matcher(text).find() && row.bullet() == null && !row.numbered();
	}

	/** Names the bodies under an "Etater" heading: headings with a paragraph after them. */
	private static void warnSubordinateBodies(List<Row> rows, List<String> warnings) {
		List<String> bodies = new ArrayList<>();
		for (int i = 1; i + 1 < rows.size(); i++) {
			if (departmentHeading(rows, i) && !headingLike(rows.get(i + 1))) {
				bodies.add(rows.get(i).text());
			}
		}
		if (!rows.isEmpty()) {
			String named = bodies.isEmpty() ? "" : " (" + String.join(", ", bodies) + ")";
			warnings.add("Teksten beskriver også underliggende etater" + named
					+ ". De er verken divisjoner eller avdelinger og er ikke tatt med.");
		}
	}

	private static String inferAgency(String text, List<String> warnings) {
		Map<String, Integer> mentions = new LinkedHashMap<>();
		Matcher name = AGENCY_NAME.matcher(text);
		while (name.find()) {
			mentions.merge(name.group(1), 1, Integer::sum);
		}
		String best = null;
		int bestCount = 0;
		int secondCount = 0;
		for (Map.Entry<String, Integer> entry : mentions.entrySet()) {
			if (entry.getValue() > bestCount) {
				secondCount = bestCount;
				best = entry.getKey();
				bestCount = entry.getValue();
			}
			else if (entry.getValue() > secondCount) {
				secondCount = entry.getValue();
			}
		}
		if (bestCount >= AGENCY_MIN_MENTIONS && bestCount >= 2 * secondCount) {
			warnings.add("Teksten sier ikke i en overskrift hvilken etat den beskriver. Antar " + best + ", som er "
					+ "nevnt " + bestCount + " ganger; oppgi etaten ved import hvis det er feil.");
			return best;
		}
		warnings.add("Fant ikke hvilken etat teksten beskriver; oppgi etaten ved import.");
		return null;
	}
}
