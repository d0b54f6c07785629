package no.hod.styringsregister.organisasjon.internal.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.hod.styringsregister.dokumenter.LineCleaner;

/**
 * One non-blank line of the extracted text, cleaned: trimmed, odd spaces made plain, runs collapsed.
 * {@code blankBefore} keeps what the blank lines said: in web text they separate paragraphs.
 */
record Row(String text, boolean blankBefore) {

	/** A bullet, then the item; {@code -}, {@code –} and {@code o} mark sub-items under a {@code •} list. */
	private static final Pattern BULLET = Pattern.compile("^([•▪\\uf0b7]|[-–o](?=\\s))\\s*(.+)$");
	private static final Pattern NUMBERED = Pattern.compile("^\\d{1,2}[.)]\\s+\\p{Lu}.*");

	static List<Row> read(String text) {
		List<Row> rows = new ArrayList<>();
		boolean blankBefore = false;
		for (String raw : text.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
			String line = clean(raw);
			if (line.isEmpty()) {
				blankBefore = true;
				continue;
			}
			rows.add(new Row(line, blankBefore));
			blankBefore = false;
		}
		return rows;
	}

	/** The bullet matcher when this row is a bulleted item, else {@code null}. Group 1 the bullet, 2 the item. */
	Matcher bullet() {
		Matcher bullet = BULLET.matcher(text);
		return bullet.matches() ? bullet : null;
	}

	boolean numbered() {
		return NUMBERED.matcher(text).matches();
	}

	static String clean(String line) {
		return LineCleaner.clean(line);
	}
}
