package no.hod.styringsregister.dokumenter;

/**
 * The one way every reader of extracted text tidies a line: trimmed, non-breaking and other odd spaces made plain,
 * runs of them collapsed, invisible soft hyphens and zero-width spaces dropped.
 */
public final class LineCleaner {

	private LineCleaner() {
	}

	public static String clean(String line) {
		StringBuilder out = new StringBuilder(line.length());
		boolean space = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '\u00ad' || c == '\u200b') {
				continue; // invisible on the page, noise in the text
			}
			if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\ufeff' || Character.isISOControl(c)) {
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
