package no.hod.styringsregister.tildelingsbrev.internal.parsing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.hod.styringsregister.dokumenter.LineEndHyphen;

/**
 * Reads one assignment block of the 2025 layout: the header ({@code TB2025-4 Avd. HOD: KTA/SHA/ FHA} and a title that
 * may wrap), then the body split into paragraphs and points, the frist phrases and the Offl. § 22 marks.
 */
final class Assignments2025 {

	static final Pattern HEADER = Pattern.compile("^(T?TB-?\\d{4}-\\d{1,3})\\s*,?\\s*Avd\\.?\\s*HOD\\b\\s*:?\\s*(.*)$");

	private static final Pattern CODE = Pattern.compile("^([A-ZÆØÅ]{2,5})(?![\\p{L}\\d@-])");
	private static final Pattern SEPARATOR = Pattern.compile("^(?:,|/|&|og(?=\\s))\\s*");
	private static final Pattern CODES_LINE = Pattern.compile(
			"^(?:,|/|&|og)\\s*[A-ZÆØÅ]{2,5}(?:\\s*(?:,|/|&|og)\\s*[A-ZÆØÅ]{2,5})*\\s*[,/]?$");
	private static final Pattern CONNECTOR_END = Pattern.compile(
			"(?:\\s(?:og|eller|i|for|av|blant|mot|med|til|om|på|ved|fra|under)|[-–,])$");

	private static final String NOT_A_POINT = "(?!(?:januar|februar|mars|april|mai|juni|juli|august|september|oktober"
			+ "|november|desember|jan|feb|apr|aug|sep|okt|nov|des|kvartal|tertial|ledd|klasse|trinn)\\b)";
	private static final Pattern DIGIT_POINT = Pattern.compile("^(\\d{1,2})[.)]\\s+" + NOT_A_POINT + "\\S",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	private static final Pattern LETTER_POINT = Pattern.compile("^[a-zæøå][.)]\\s+\\S");
	private static final Pattern BULLET = Pattern.compile("^[•◦▪‣·o\\-–]\\s+\\S");
	private static final Pattern FRIST_START = Pattern.compile("^(?:Frister|Frist)(?!\\p{L})\\s*:?\\s*");
	/** "… gjøres. Frist: 15. juni …" and "Deloppdraget har frist 1. oktober 2025". */
	private static final Pattern FRIST_INLINE = Pattern.compile(
			"(?<=[.!?)»]\\s)(?:Frister|Frist)(?!\\p{L})\\s*:?\\s*|\\bfrist\\s+(?=\\d{1,2}\\.)");
	/**
	 * Where no frist is stated, "ferdigstilles innen 31.12.2025", "innen utgangen av mai 2025" or "innen første
	 * kvartal 2025" still names the deadline.
	 */
	private static final Pattern WITHIN = Pattern.compile("\\binnen\\s+(?=\\d{1,2}\\.|(?:utgangen|slutten)\\s+av\\s"
			+ "|(?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember)\\s+\\d{4}"
			+ "|(?:første|andre|tredje|fjerde)\\s+kvartal|\\d{4})");
	private static final Pattern SENTENCE_END = Pattern.compile("\\.\\s+(?=\\p{Lu})");
	private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.,;:]+$");
	private static final Pattern EXEMPT = Pattern.compile("unntatt\\s+offentlighet",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	private static final Pattern WHOLLY_EXEMPT = Pattern.compile(
			"(?<!\\p{L})oppdraget\\s+(?:i sin helhet\\s+)?er\\s+(?:i sin helhet\\s+)?unntatt\\s+offentlighet",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** A line shorter than this that is followed by a capitalised line ends its paragraph. */
	private static final int SHORT_LINE = 60;
	/** A sentence ending on a line shorter than this, followed by a capitalised line, ends its paragraph. */
	private static final int SHORT_SENTENCE_LINE = 70;

	private Assignments2025() {
	}

	enum Kind {
		PLAIN(0), BULLET(1), LETTER(2), DIGIT(3), FRIST(0);

		final int rank;

		Kind(int rank) {
			this.rank = rank;
		}
	}

	/** A paragraph or point while the letter is being read; {@code number} is set for digit points. */
	static final class Part {
		String text;
		final Kind kind;
		final Integer number;
		boolean exempt;

		Part(String text, Kind kind, Integer number) {
			this.text = text;
			this.kind = kind;
			this.number = number;
		}
	}

	/** An assignment as read so far; the parser may still add Vedlegg IV content before {@link #finish}. */
	static final class Work {
		String id;
		String section;
		List<String> departments = new ArrayList<>();
		String title;
		List<Part> parts = new ArrayList<>();
		boolean whole;
	}

	static boolean isHeader(String line) {
		return HEADER.matcher(line).find();
	}

	/** Reads a block: its first line is a header, the rest runs to the next header or heading. */
	static Work read(List<String> block, String section) {
		Matcher header = HEADER.matcher(block.get(0));
		if (!header.find()) {
			throw new IllegalArgumentException("not a header: " + block.get(0));
		}
		Work work = new Work();
		work.id = References.normaliseId(header.group(1));
		work.section = section;
		int next = readDepartmentsAndTitle(block, header.group(2), work);
		work.parts = parts(block.subList(next, block.size()));
		markExempt(work);
		return work;
	}

	/** Returns the index of the first body line. */
	private static int readDepartmentsAndTitle(List<String> block, String rest, Work work) {
		int line = 0;
		String s = rest.trim();
		boolean expectCode = true;
		while (true) {
			if (s.isEmpty()) {
				int following = nextNonBlank(block, line + 1);
				if (following < 0 || following > line + 4) {
					break;
				}
				String candidate = block.get(following);
				if (expectCode && kindOf(candidate) == Kind.PLAIN
						|| !expectCode && CODES_LINE.matcher(candidate).matches()) {
					line = following;
					s = candidate;
					continue;
				}
				break;
			}
			Matcher m = expectCode ? CODE.matcher(s) : SEPARATOR.matcher(s);
			if (!m.find()) {
				break;
			}
			if (expectCode) {
				work.departments.add(m.group(1));
			}
			s = s.substring(m.end()).trim();
			expectCode = !expectCode;
		}
		int titleLine = line;
		if (s.isEmpty()) {
			titleLine = nextNonBlank(block, line + 1);
			if (titleLine < 0) {
				work.title = "";
				return block.size();
			}
			s = block.get(titleLine);
		}
		StringBuilder title = new StringBuilder(s.trim());
		int lines = 1;
		while (lines < 4) {
			int following = nextNonBlank(block, titleLine + 1);
			if (following < 0 || following > titleLine + 2) {
				break;
			}
			String candidate = block.get(following);
			boolean continues = startsLower(candidate) || CONNECTOR_END.matcher(title).find();
			if (!continues || kindOf(candidate) != Kind.PLAIN) {
				break;
			}
			join(title, candidate);
			titleLine = following;
			lines++;
		}
		work.title = title.toString().trim();
		return titleLine + 1;
	}

	static List<Part> parts(List<String> body) {
		List<Part> parts = new ArrayList<>();
		StringBuilder current = null;
		Kind kind = Kind.PLAIN;
		Integer number = null;
		String previous = null;
		int blanks = 0;
		for (String line : body) {
			if (line.isBlank()) {
				blanks++;
				continue;
			}
			Kind lineKind = kindOf(line);
			// A quoted title may hold a full stop and wrap («… av røyking.» / «En vurdering …»): inside an open
			// quotation a short line does not end the paragraph.
			boolean starts = current == null || blanks >= 2 || lineKind != Kind.PLAIN
					|| startsUpper(line) && !Quotations.endsInsideOne(current)
							&& (previous.length() < SHORT_LINE
									|| previous.length() < SHORT_SENTENCE_LINE && previous.matches(".*[.:]$"));
			if (starts) {
				if (current != null) {
					parts.add(new Part(current.toString().trim(), kind, number));
				}
				current = new StringBuilder(line);
				kind = lineKind;
				number = lineKind == Kind.DIGIT ? pointNumber(line) : null;
			}
			else {
				join(current, line);
			}
			previous = line;
			blanks = 0;
		}
		if (current != null) {
			parts.add(new Part(current.toString().trim(), kind, number));
		}
		return parts;
	}

	static Kind kindOf(String line) {
		if (FRIST_START.matcher(line).find()) {
			return Kind.FRIST;
		}
		if (DIGIT_POINT.matcher(line).find()) {
			return Kind.DIGIT;
		}
		if (LETTER_POINT.matcher(line).find()) {
			return Kind.LETTER;
		}
		return BULLET.matcher(line).find() ? Kind.BULLET : Kind.PLAIN;
	}

	private static Integer pointNumber(String line) {
		Matcher m = DIGIT_POINT.matcher(line);
		return m.find() ? Integer.valueOf(m.group(1)) : null;
	}

	/**
	 * A part that carries the Offl. § 22 mark is exempt, and so is what belongs to it: the paragraphs and lower points
	 * up to the next point of its own level or the frist. "Oppdraget er unntatt offentlighet" makes all of it exempt.
	 */
	private static void markExempt(Work work) {
		for (int i = 0; i < work.parts.size(); i++) {
			Part part = work.parts.get(i);
			if (WHOLLY_EXEMPT.matcher(part.text).find()) {
				work.whole = true;
			}
			if (EXEMPT.matcher(part.text).find()) {
				markPoint(work.parts, i);
			}
		}
	}

	/** Marks part {@code i} and what belongs to it exempt. */
	static void markPoint(List<Part> parts, int i) {
		Part point = parts.get(i);
		point.exempt = true;
		if (point.kind.rank == 0) {
			return;
		}
		for (int j = i + 1; j < parts.size(); j++) {
			Part next = parts.get(j);
			if (next.kind == Kind.FRIST || next.kind.rank >= point.kind.rank) {
				return;
			}
			next.exempt = true;
		}
	}

	/**
	 * Turns the work into the draft: frist phrases and dates, references, and the exemption. The frist that ends the
	 * text goes to {@code deadlineText} only. Of a partly exempt assignment only the public parts give dates, phrases and
	 * references; of a wholly exempt one everything does (it is hidden as a whole), its frist phrase included: the
	 * register withholds that phrase from an uncleared reader as it does the title ({@code oppdrag_offentlig}, the
	 * preview's redaction), and a cleared one needs it where the frist is only in Vedlegg IV. Its frist stays in the
	 * exempt parts too, as the letter has it.
	 */
	static AssignmentDraft finish(Work work, int year, List<String> warnings) {
		List<Part> parts = new ArrayList<>(work.parts);
		if (work.whole) {
			parts.forEach(p -> p.exempt = true);
		}
		else {
			while (!parts.isEmpty() && parts.get(parts.size() - 1).kind == Kind.FRIST) {
				parts.remove(parts.size() - 1);
			}
		}
		List<Part> readable = work.parts.stream().filter(p -> work.whole || !p.exempt).toList();
		List<String> phrases = new ArrayList<>();
		readable.forEach(p -> phrases(p, year, phrases));
		List<String> allPhrases = new ArrayList<>();
		work.parts.forEach(p -> phrases(p, year, allPhrases));
		List<LocalDate> deadlines = new ArrayList<>();
		phrases.forEach(phrase -> addDates(phrase, year, deadlines));
		if (allPhrases.isEmpty()) {
			List<String> within = new ArrayList<>();
			readable.forEach(p -> sentencesAfter(WITHIN, p.text, year, within));
			within.forEach(w -> addDates(w, year, deadlines));
			// Warnings are public: an exempt assignment's sentences are not quoted. A quoted sentence that ends the
			// warning's sentence brings its own full stop.
			String sitat = String.join("», «", within);
			String used = work.whole ? " Brukte datoer fra teksten." : " Brukte datoene i teksten: «" + sitat + "»"
					+ (sitat.endsWith(".") || sitat.endsWith("!") || sitat.endsWith("?") ? "" : ".");
			warnings.add(within.isEmpty() ? LetterParser.ingenFrist("oppdrag " + work.id) : "Fant ingen frist for oppdrag "
					+ work.id + "." + used + " Rett fristen i tabellen under om den ikke stemmer.");
		}
		List<String> stated = phrases.stream().filter(p -> !p.isEmpty()).distinct().toList();

		StringBuilder cited = new StringBuilder(work.whole || work.title == null ? "" : work.title);
		readable.forEach(p -> cited.append('\n').append(p.text));
		if (work.whole) {
			cited.append('\n').append(work.title);
		}
		List<AssignmentDraft.TextPart> textParts = parts.stream()
				.map(p -> new AssignmentDraft.TextPart(p.text, p.exempt))
				.toList();
		String text = String.join("\n\n", textParts.stream().map(AssignmentDraft.TextPart::text).toList());
		AssignmentDraft.Exempt exempt = work.whole ? AssignmentDraft.Exempt.WHOLE
				: textParts.stream().anyMatch(AssignmentDraft.TextPart::exempt) ? AssignmentDraft.Exempt.PARTS
						: AssignmentDraft.Exempt.NONE;
		List<String> references = References.assignmentIds(cited.toString(), work.id);
		List<AssignmentDraft.BudgetRef> budgetRefs = References.budgetLines(cited.toString());
		// What only the exempt parts of a partly exempt assignment cite is kept for cleared readers, flagged; it must
		// not reach the public lists, or an exempt part's words would show through them.
		StringBuilder exemptText = new StringBuilder();
		if (!work.whole) {
			work.parts.stream().filter(p -> p.exempt).forEach(p -> exemptText.append('\n').append(p.text));
		}
		return new AssignmentDraft(work.id, work.section, List.copyOf(work.departments), work.title, text,
				List.copyOf(deadlines), deadlineText(stated), exempt, textParts, references, budgetRefs,
				AssignmentDraft.onlyIn(References.assignmentIds(exemptText.toString(), work.id), references),
				AssignmentDraft.onlyIn(References.budgetLines(exemptText.toString()), budgetRefs));
	}

	/**
	 * The frist phrases joined with "; ". Where there are several, each loses its own closing punctuation, or the
	 * text would read «… svangerskapsuke.; 31. desember 2025 …»; a phrase repeated («1. juni» and «1. juni.») is
	 * given once.
	 */
	private static String deadlineText(List<String> phrases) {
		if (phrases.size() < 2) {
			return phrases.isEmpty() ? null : phrases.get(0);
		}
		return String.join("; ",
				phrases.stream().map(p -> TRAILING_PUNCTUATION.matcher(p).replaceFirst("")).distinct().toList());
	}

	private static void addDates(String phrase, int year, List<LocalDate> into) {
		Deadlines.parse(phrase, year).stream().filter(d -> !into.contains(d)).forEach(into::add);
	}

	private static void phrases(Part part, int year, List<String> into) {
		if (part.kind == Kind.FRIST) {
			Matcher m = FRIST_START.matcher(part.text);
			if (m.find()) {
				into.add(part.text.substring(m.end()).trim());
			}
			return;
		}
		sentencesAfter(FRIST_INLINE, part.text, year, into);
	}

	/** The rest of each sentence after a match of {@code start}; WITHIN keeps its "innen" and needs a date. */
	private static void sentencesAfter(Pattern start, String text, int year, List<String> into) {
		Matcher m = start.matcher(text);
		while (m.find()) {
			String rest = text.substring(start == WITHIN ? m.start() : m.end());
			Matcher end = SENTENCE_END.matcher(rest);
			String sentence = (end.find() ? rest.substring(0, end.start() + 1) : rest).trim();
			if (start != WITHIN || !Deadlines.parse(sentence, year).isEmpty()) {
				into.add(sentence);
			}
		}
	}

	/**
	 * Joins a wrapped line: a word broken after a hyphen stays one word as {@link LineEndHyphen} says
	 * ({@code e-} / {@code sigaretter}, {@code Lege-} / {@code erklæringer}), and so does a range broken after its dash.
	 */
	static void join(StringBuilder text, String line) {
		int n = text.length();
		if (n >= 2 && text.charAt(n - 1) == '–' && Character.isDigit(text.charAt(n - 2))) {
			text.append(line.trim());
			return;
		}
		LineEndHyphen.append(text, line);
	}

	static int nextNonBlank(List<String> lines, int from) {
		for (int i = from; i < lines.size(); i++) {
			if (!lines.get(i).isBlank()) {
				return i;
			}
		}
		return -1;
	}

	private static boolean startsUpper(String line) {
		return !line.isEmpty() && Character.isUpperCase(line.charAt(0));
	}

	private static boolean startsLower(String line) {
		return !line.isEmpty() && Character.isLowerCase(line.charAt(0));
	}
}
