package no.hod.styringsregister.tildelingsbrev.internal.parsing;

import java.util.ArrayList;
import java.util.List;

import no.hod.styringsregister.dokumenter.LineCleaner;

/**
 * Turns extracted text into the lines every layout parser reads: trimmed, non-breaking and odd spaces made plain,
 * runs of spaces collapsed. Blank lines are kept (as "") since they often separate paragraphs.
 */
final class TextLines {

	private TextLines() {
	}

	static List<String> normalise(String text) {
		String[] raw = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
		List<String> lines = new ArrayList<>(raw.length);
		for (String line : raw) {
			lines.add(clean(line));
		}
		return lines;
	}

	static String clean(String line) {
		return LineCleaner.clean(line);
	}
}
