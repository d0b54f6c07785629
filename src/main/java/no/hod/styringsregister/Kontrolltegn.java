package no.hod.styringsregister;

import java.util.regex.Pattern;

/**
 * Control characters in text. Text pasted from Word brings vertical tabs (a line break there) and other control
 * characters: bound for formats that allow none (XML for the PDF report, iCalendar), one of them made a whole report
 * fail, and kept in a note or comment they reached pages, exports and the API as they were (a spreadsheet shows them
 * as «?»). In the base package, outside the modules, as {@link EnLinje}: every module saves free text, and the reports
 * and the calendar feed write it.
 */
public final class Kontrolltegn {

	private static final Pattern LINJESKIFT = Pattern.compile("[\\u000B\\u000C\\u0085]");

	/** C0 but tab and line feed, DEL, C1, the two non-characters; a carriage return too (a line feed follows it). */
	private static final Pattern ULOVLIGE = Pattern
		.compile("[\\u0000-\\u0008\\u000E-\\u001F\\u007F-\\u009F\\uFFFE\\uFFFF\\r]");

	/**
	 * A byte order mark or a zero-width space, joiner or word joiner, with white space, at the start or end: invisible,
	 * left there by a copy from another program, and a text that seems empty would not be.
	 */
	private static final Pattern USYNLIG_I_ENDENE = Pattern
		.compile("^[\\s\\uFEFF\\u200B-\\u200D\\u2060]+|[\\s\\uFEFF\\u200B-\\u200D\\u2060]+$");

	private Kontrolltegn() {
	}

	/** The text with vertical tabs and form feeds as line breaks, and no other control characters but tab and line feed. */
	public static String fjern(String tekst) {
		return ULOVLIGE.matcher(LINJESKIFT.matcher(tekst).replaceAll("\n")).replaceAll("");
	}

	/**
	 * Free text as the register saves it (a note, a reason, a comment): as {@link #fjern}, and without the invisible
	 * characters and white space at its ends; {@code null} stays {@code null}.
	 */
	public static String fritekst(String tekst) {
		return tekst == null ? null : USYNLIG_I_ENDENE.matcher(fjern(tekst)).replaceAll("");
	}
}
