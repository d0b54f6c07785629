package no.hod.styringsregister.tildelingsbrev.internal.parsing;

import java.util.List;

/**
 * One parser per letter layout. The layout is recognised from the text, never from the file name.
 */
interface LayoutParser {

	/** A short name for logs and the preview ("2025", "2020"). */
	String name();

	/** Whether the lines look like this layout. Must be cheap and must not throw. */
	boolean recognises(List<String> lines);

	/** Parses lines this parser recognised. Throws only {@link LetterParseException}. */
	LetterDraft parse(List<String> lines);
}
