package no.hod.styringsregister.instrukser.internal.parsing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.hod.styringsregister.Sitert;

/**
 * Reads a standing instruction (instruks, hovedinstruks) from extracted text: title and agency from the title page,
 * who set it and when, when it comes into force and what it replaces, and its numbered sections. Free of Spring so it
 * tests fast and can be fuzzed. Given any text it returns a draft or throws {@link InstruksParseException}.
 * <p>
 * Sections come from the body only: a table of contents (lines ending in dot leaders and a page number) is read
 * just to check the body against it. A numbered line counts as a heading only where the numbering can go on from
 * the heading before ({@code 3} → {@code 3.1}, {@code 4}), so a wrapped line starting with a number does not.
 */
public final class InstruksParser {

	private static final Pattern TOC_ENTRY = Pattern.compile(
			"(\\d{1,2}(?:\\.\\d{1,2}){0,3})\\.?\\s+(.+?)\\s*\\.{3,}\\s*\\d{1,3}");
	private static final Pattern TOC_TITLE = Pattern.compile("(?iu)innhold(sfortegnelse)?");
	private static final Pattern PAGE_NUMBER = Pattern.compile("\\d{1,3}");
	private static final Pattern HEADING = Pattern.compile("(\\d{1,2}(?:\\.\\d{1,2}){0,3})\\.?\\s+(\\p{Lu}.*)");
	private static final Pattern SENTENCE_INSIDE = Pattern.compile("[.!?]\\s+\\p{Lu}");
	private static final int HEADING_MAX = 120;

	private static final Pattern INSTRUKS_WORD = Pattern.compile("(?iu)\\p{L}*instruks(?!\\p{L})");
	/**
	 * The word in the forms a sentence about the instruction itself takes: «Instruksen gjelder fra …», «instruksens
	 * punkt 3», «instruksene». Not «instruksjon»; the title keeps to the bare word («Instruks for …»).
	 */
	private static final Pattern INSTRUKS_FORM = Pattern.compile("(?iu)\\p{L}*instruks(?:en|ens|ene)?(?!\\p{L})");
	private static final Pattern TITLE = Pattern.compile("(?iu)(.*?instruks)\\s+(?:(for|til)\\s+)?(.+)");
	private static final int TITLE_LINE_MAX = 80;
	private static final Pattern SET_BY = Pattern.compile("(?iu)fastsatt\\s+av\\s+(.+)");
	/** {@code Finansdepartementet}, {@code Helse- og omsorgsdepartementet}, {@code Barne-, ungdoms- og familie…}. */
	private static final Pattern MINISTRY = Pattern.compile(
			"\\p{Lu}\\p{Ll}*(?:-,?\\s+(?:og\\s+)?\\p{Ll}+)*departementet");
	private static final Pattern AMENDMENT_BEFORE = Pattern.compile(
			"(?iu)(?:justert|endret|revidert)(?:\\s+(?:sist|senest|den))*[\\s,]*$");
	/**
	 * What lies between two dates of one list, «justert 20. mai 2019 og 12. januar 2026», «endret 1.2.2020, 3.4.2021
	 * og sist 5.6.2022»: a date after it belongs to the list the first began.
	 */
	private static final Pattern LIST_GOES_ON = Pattern.compile(
			"(?iu)\\s*,?\\s*(?:(?:og|samt)\\s+)?(?:(?:sist|senest|den)\\s+)*");
	private static final Pattern EFFECTIVE = Pattern.compile(
			"(?iu)(?:(?:trer|trådte)\\s+i\\s+kraft|gjelder|virkning)\\s+(?:fra\\s+)?(?:og\\s+med\\s+|den\\s+)?"
					+ NorwegianDates.DATE);
	private static final Pattern REPLACES = Pattern.compile("(?iu)\\berstatter\\s+(.+?)[.\\s]*$");
	private static final Pattern REPLACES_END = Pattern.compile("(?iu)\\s+og\\s+(?:trer|gjelder)\\b.*$");
	private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu})|\\n+");

	private record Heading(int line, String number, String title) {
	}

	private record TocEntry(String number, String title) {
	}

	private record Title(String kind, String preposition, String agency) {
	}

	public InstruksDraft parse(String text) {
		if (text == null || text.isBlank()) {
			throw new InstruksParseException("Teksten er tom eller inneholder ingen lesbar tekst.");
		}
		List<TocEntry> toc = new ArrayList<>();
		List<SourceLine> lines = new ArrayList<>();
		for (SourceLine line : SourceLine.read(text)) {
			Matcher entry = TOC_ENTRY.matcher(line.text());
			if (entry.matches()) {
				toc.add(new TocEntry(entry.group(1), entry.group(2)));
			}
			else if (PAGE_NUMBER.matcher(line.text()).matches()) {
				lines.add(new SourceLine("", false));
			}
			else if (!TOC_TITLE.matcher(line.text()).matches()) {
				lines.add(line);
			}
		}
		List<Heading> headings = headings(lines);
		if (headings.isEmpty()) {
			throw new InstruksParseException(
					"Fant ingen nummererte punkter (1, 2, 3.1 …) i teksten. Den ser ikke ut som en instruks.");
		}
		List<SourceLine> header = lines.subList(0, headings.get(0).line());
		String body = bodyText(lines, headings.get(0).line());
		Title title = title(header, body);

		List<String> warnings = new ArrayList<>();
		List<SectionDraft> sections = sections(lines, headings, warnings);
		checkAgainstToc(toc, sections, warnings);

		String headerText = joined(header);
		List<String> sentences = instruksSentences(headerText, sections);
		List<String> issuedBy = issuers(headerText, sentences);
		if (issuedBy.isEmpty()) {
			warnings.add("Fant ikke hvem som har fastsatt instruksen («Fastsatt av …»).");
		}
		LocalDate[] headerDates = headerDates(headerText);
		LocalDate issued = issued(headerDates[0], sentences, warnings);
		LocalDate amended = headerDates[1] != null ? headerDates[1] : amended(sentences);
		return new InstruksDraft(title.kind() + " " + title.preposition() + " " + title.agency(), title.agency(),
				issuedBy, issued, amended, effectiveFrom(headerText, sentences), replaces(sentences),
				List.copyOf(sections), List.copyOf(warnings));
	}

	private static List<Heading> headings(List<SourceLine> lines) {
		List<Heading> headings = new ArrayList<>();
		String previous = null;
		for (int i = 0; i < lines.size(); i++) {
			Matcher heading = HEADING.matcher(lines.get(i).text());
			if (heading.matches() && plausibleTitle(heading.group(2)) && follows(previous, heading.group(1))) {
				previous = heading.group(1);
				headings.add(new Heading(i, previous, heading.group(2)));
			}
		}
		return headings;
	}

	private static boolean plausibleTitle(String title) {
		return title.length() <= HEADING_MAX && !title.matches(".*[.,;:]$") && !SENTENCE_INSIDE.matcher(title).find();
	}

	/** Whether {@code number} can come next after {@code previous}: its first child, next sibling or an uncle. */
	static boolean follows(String previous, String number) {
		if (previous == null) {
			return number.equals("1");
		}
		int[] parts = Arrays.stream(previous.split("\\.")).mapToInt(Integer::parseInt).toArray();
		if (number.equals(previous + ".1")) {
			return true;
		}
		for (int depth = parts.length; depth >= 1; depth--) {
			StringBuilder next = new StringBuilder();
			for (int i = 0; i < depth - 1; i++) {
				next.append(parts[i]).append('.');
			}
			next.append(parts[depth - 1] + 1);
			if (number.equals(next.toString())) {
				return true;
			}
		}
		return false;
	}

	private static List<SectionDraft> sections(List<SourceLine> lines, List<Heading> headings, List<String> warnings) {
		SectionText layout = SectionText.measure(lines.subList(headings.get(0).line() + 1, lines.size()));
		List<SectionDraft> sections = new ArrayList<>();
		for (int h = 0; h < headings.size(); h++) {
			Heading heading = headings.get(h);
			int end = h + 1 < headings.size() ? headings.get(h + 1).line() : lines.size();
			String text = layout.build(lines.subList(heading.line() + 1, end));
			boolean hasSubsections = h + 1 < headings.size()
					&& headings.get(h + 1).number().startsWith(heading.number() + ".");
			if (text.isEmpty() && !hasSubsections) {
				warnings.add("Punkt " + heading.number() + " " + Sitert.verdi(heading.title()) + " har ingen tekst.");
			}
			warnRepeatedParagraphs(heading, text, warnings);
			sections.add(new SectionDraft(heading.number(), heading.title(), text));
		}
		return sections;
	}

	private static void warnRepeatedParagraphs(Heading heading, String text, List<String> warnings) {
		String[] paragraphs = text.split("\n\n");
		for (int i = 1; i < paragraphs.length; i++) {
			if (paragraphs[i].equals(paragraphs[i - 1])) {
				warnings.add("Punkt " + heading.number() + " har samme avsnitt to ganger etter hverandre: «"
						+ paragraphs[i] + "»");
			}
		}
	}

	private static void checkAgainstToc(List<TocEntry> toc, List<SectionDraft> sections, List<String> warnings) {
		if (toc.isEmpty()) {
			return;
		}
		Map<String, String> tocTitles = new HashMap<>();
		for (TocEntry entry : toc) {
			tocTitles.put(entry.number(), entry.title());
		}
		for (SectionDraft section : sections) {
			String listed = tocTitles.remove(section.number());
			if (listed == null) {
				warnings.add("Punkt " + section.number() + " «" + section.title()
						+ "» står ikke i innholdsfortegnelsen.");
			}
			else if (!listed.equalsIgnoreCase(section.title())) {
				warnings.add("Punkt " + section.number() + " heter «" + section.title()
						+ "» i teksten, men " + Sitert.verdi(listed) + " i innholdsfortegnelsen.");
			}
		}
		for (TocEntry entry : toc) {
			if (tocTitles.containsKey(entry.number())) {
				warnings.add("Innholdsfortegnelsen har punkt " + entry.number() + " «" + entry.title()
						+ "», men teksten har det ikke.");
			}
		}
	}

	/** The title page: the line naming the kind of instruction and the lines after it, up to "Fastsatt" or a date. */
	private static Title title(List<SourceLine> header, String body) {
		StringBuilder text = null;
		int taken = 0;
		for (SourceLine line : header) {
			if (line.blank()) {
				continue;
			}
			if (text == null) {
				if (line.text().length() <= TITLE_LINE_MAX && INSTRUKS_WORD.matcher(line.text()).find()) {
					text = new StringBuilder(line.text());
					taken = 1;
				}
				continue;
			}
			if (line.text().toLowerCase(Locale.ROOT).startsWith("fastsatt")
					|| NorwegianDates.PATTERN.matcher(line.text()).find() || ++taken > 4) {
				break;
			}
			text.append(' ').append(line.text());
		}
		Matcher title = text == null ? null : TITLE.matcher(text.toString().trim());
		if (title == null || !title.matches()) {
			throw new InstruksParseException("Fant ikke tittelen («Instruks for …» eller «Hovedinstruks for …») foran "
					+ "punkt 1. Teksten ser ikke ut som en instruks.");
		}
		String preposition = title.group(2) == null ? "for" : title.group(2).toLowerCase(Locale.ROOT);
		String agency = title.group(3).replaceAll("[\\s.,:;]+$", "");
		String kind = readerCase(title.group(1), body);
		String capitalised = Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
		return new Title(capitalised, preposition, readerCase(agency, body));
	}

	/**
	 * Title pages often set names in capitals. The body writes the name as a reader would ({@code Helsedirektoratet});
	 * where it does not, the name gets a capital first letter only.
	 */
	private static String readerCase(String text, String body) {
		if (!text.equals(text.toUpperCase(Locale.ROOT))) {
			return text;
		}
		Pattern anyCase = Pattern.compile("(?<!\\p{L})" + Pattern.quote(text),
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
		Matcher inBody = anyCase.matcher(body);
		while (inBody.find()) {
			if (!inBody.group().equals(text)) {
				return inBody.group();
			}
		}
		String lower = text.toLowerCase(Locale.ROOT);
		return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
	}

	private static String bodyText(List<SourceLine> lines, int from) {
		StringBuilder text = new StringBuilder();
		for (SourceLine line : lines.subList(from, lines.size())) {
			text.append(line.text()).append('\n');
		}
		return text.toString();
	}

	private static String joined(List<SourceLine> lines) {
		StringBuilder text = new StringBuilder();
		for (SourceLine line : lines) {
			if (!line.blank()) {
				text.append(text.isEmpty() ? "" : " ").append(line.text());
			}
		}
		return text.toString();
	}

	/** Sentences of the title page and the body that speak of the instruction itself. */
	private static List<String> instruksSentences(String headerText, List<SectionDraft> sections) {
		List<String> sentences = new ArrayList<>();
		List<String> texts = new ArrayList<>();
		texts.add(headerText);
		sections.forEach(section -> texts.add(section.text()));
		for (String text : texts) {
			for (String sentence : SENTENCE_BREAK.split(text)) {
				if (INSTRUKS_FORM.matcher(sentence).find()) {
					sentences.add(sentence.trim());
				}
			}
		}
		return sentences;
	}

	private static List<String> issuers(String headerText, List<String> sentences) {
		List<String> sources = new ArrayList<>();
		sources.add(headerText);
		sources.addAll(sentences);
		for (String source : sources) {
			Matcher setBy = SET_BY.matcher(source);
			if (setBy.find()) {
				String names = setBy.group(1);
				Matcher date = NorwegianDates.PATTERN.matcher(names);
				if (date.find()) {
					names = names.substring(0, date.start());
				}
				List<String> ministries = new ArrayList<>();
				Matcher ministry = MINISTRY.matcher(names);
				while (ministry.find()) {
					ministries.add(ministry.group());
				}
				if (!ministries.isEmpty()) {
					return List.copyOf(ministries);
				}
			}
		}
		return List.of();
	}

	/**
	 * The title page's date of issue ([0]) and of amendment ([1]), either {@code null}. Of several amendments the
	 * latest counts: it is the one that made this version.
	 */
	private static LocalDate[] headerDates(String headerText) {
		LocalDate[] dates = new LocalDate[2];
		int setAt = Math.max(0, headerText.toLowerCase(Locale.ROOT).indexOf("fastsatt"));
		Matcher date = NorwegianDates.PATTERN.matcher(headerText).region(setAt, headerText.length());
		int previousEnd = -1;
		while (date.find()) {
			Optional<LocalDate> value = NorwegianDates.of(date, 1);
			boolean amendment = amendment(headerText, date.start(), previousEnd);
			previousEnd = amendment ? date.end() : -1;
			if (value.isEmpty()) {
				continue;
			}
			if (amendment) {
				dates[1] = latest(dates[1], value.get());
			}
			else if (dates[0] == null) {
				dates[0] = value.get();
			}
		}
		return dates;
	}

	private static boolean amendment(String text, int dateStart) {
		return AMENDMENT_BEFORE.matcher(text.substring(Math.max(0, dateStart - 30), dateStart)).find();
	}

	/**
	 * An amendment date: after «justert», or next in the list an amendment date began ({@code previousEnd}: where that
	 * one ended, -1 when the date before was none).
	 */
	private static boolean amendment(String text, int dateStart, int previousEnd) {
		return amendment(text, dateStart)
				|| previousEnd >= 0 && LIST_GOES_ON.matcher(text.substring(previousEnd, dateStart)).matches();
	}

	private static LocalDate latest(LocalDate current, LocalDate candidate) {
		return current == null || candidate.isAfter(current) ? candidate : current;
	}

	/** The title page's date, checked against the body's "Instruksen er fastsatt … 17.12.2025" where both exist. */
	private static LocalDate issued(LocalDate fromHeader, List<String> sentences, List<String> warnings) {
		LocalDate fromBody = null;
		for (String sentence : sentences) {
			String lower = sentence.toLowerCase(Locale.ROOT);
			int setAt = lower.indexOf("fastsatt");
			if (setAt < 0 || lower.contains("erstatter")) {
				continue;
			}
			Matcher date = NorwegianDates.PATTERN.matcher(sentence);
			if (date.find(setAt) && !amendment(sentence, date.start())) {
				fromBody = NorwegianDates.of(date, 1).orElse(null);
				break;
			}
		}
		if (fromHeader != null && fromBody != null && !fromHeader.equals(fromBody)) {
			warnings.add("Forsiden sier at instruksen ble fastsatt " + fromHeader + ", teksten sier " + fromBody + ".");
		}
		LocalDate issued = fromHeader != null ? fromHeader : fromBody;
		if (issued == null) {
			warnings.add("Fant ingen dato for når instruksen ble fastsatt.");
		}
		return issued;
	}

	/** The first sentence's amendment date that names one; of a list of them, the latest. */
	private static LocalDate amended(List<String> sentences) {
		for (String sentence : sentences) {
			LocalDate amended = null;
			Matcher date = NorwegianDates.PATTERN.matcher(sentence);
			int previousEnd = -1;
			while (date.find()) {
				boolean amendment = amendment(sentence, date.start(), previousEnd);
				previousEnd = amendment ? date.end() : -1;
				if (amendment) {
					Optional<LocalDate> value = NorwegianDates.of(date, 1);
					if (value.isPresent()) {
						amended = latest(amended, value.get());
					}
				}
			}
			if (amended != null) {
				return amended;
			}
		}
		return null;
	}

	private static LocalDate effectiveFrom(String headerText, List<String> sentences) {
		List<String> sources = new ArrayList<>();
		sources.add(headerText);
		sources.addAll(sentences);
		for (String source : sources) {
			Matcher effective = EFFECTIVE.matcher(source);
			if (effective.find()) {
				return NorwegianDates.of(effective, 1).orElse(null);
			}
		}
		return null;
	}

	private static String replaces(List<String> sentences) {
		for (String sentence : sentences) {
			Matcher replaces = REPLACES.matcher(sentence);
			if (replaces.find()) {
				String replaced = REPLACES_END.matcher(replaces.group(1)).replaceFirst("");
				if (INSTRUKS_WORD.matcher(replaced).find()) {
					return replaced;
				}
			}
		}
		return null;
	}
}
