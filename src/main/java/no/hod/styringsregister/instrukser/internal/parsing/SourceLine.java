package no.hod.styringsregister.instrukser.internal.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import no.hod.styringsregister.dokumenter.LineCleaner;

/**
 * One line of the extracted text: spaces made plain and collapsed, Markdown heading and emphasis marks removed.
 * {@code marked} remembers that the source marked the line as a heading ({@code ## …} or a fully bold line), which
 * some extractions give and others do not.
 */
record SourceLine(String text, boolean marked) {

	private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+");
	private static final Pattern EMPHASIS = Pattern.compile("\\*{1,3}(?=\\S)|(?<=\\S)\\*{1,3}");

	boolean blank() {
		return text.isEmpty();
	}

	static List<SourceLine> read(String text) {
		String[] raw = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
		List<SourceLine> lines = new ArrayList<>(raw.length);
		for (String line : raw) {
			lines.add(of(clean(line)));
		}
		return lines;
	}

	private static SourceLine of(String cleaned) {
		String text = cleaned;
		boolean marked = false;
		if (MARKDOWN_HEADING.matcher(text).find()) {
			marked = true;
			text = MARKDOWN_HEADING.matcher(text).replaceFirst("");
		}
		if (text.length() > 4 && text.startsWith("**") && text.endsWith("**")) {
			marked = true;
		}
		text = EMPHASIS.matcher(text).replaceAll("").trim();
		return new SourceLine(text, marked && !text.isEmpty());
	}

	static String clean(String line) {
		return LineCleaner.clean(line);
	}
}
