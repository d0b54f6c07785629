package no.hod.styringsregister.web;

import java.util.regex.Pattern;

/**
 * Control characters in text bound for formats that allow none (XML for the PDF report, iCalendar): text pasted from
 * Word brings vertical tabs (a line break there) and other control characters, and one of them made a whole report
 * fail.
 */
public final class Kontrolltegn {

	private static final Pattern LINJESKIFT = Pattern.compile("[\\u000B\\u000C]");

	private static final Pattern ULOVLIGE = Pattern.compile("[\\u0000-\\u0008\\u000E-\\u001F\\u007F\\uFFFE\\uFFFF\\r]");

	private Kontrolltegn() {
	}

	/** The text with vertical tabs and form feeds as line breaks, and no other control characters but tab and line feed. */
	public static String fjern(String tekst) {
		return ULOVLIGE.matcher(LINJESKIFT.matcher(tekst).replaceAll("\n")).replaceAll("");
	}
}
