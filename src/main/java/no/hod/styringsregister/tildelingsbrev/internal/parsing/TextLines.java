package no.hod.styringsregister.tildelingsbrev.internal.parsing;

import java.util.ArrayList;
import java.util.List;

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
		StringBuilder out = new StringBuilder(line.length());
		boolean space = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '\u00a0' || c == '\u2007' || c == '\u202f' || c == '\t' || c == '\u2002' || c == '\u2003'
					|| c == '\u2009' || c == '\ufeff' || Character.isISOControl(c)) {
				c = ' ';
			}
			if (c == ' ') {
				space = true;
				continue;
			}
			if (space && out.length() > 0) {
				out.append(' ');
			}
			space = false;
			out.append(c);
		}
		return out.toString();
	}
}
