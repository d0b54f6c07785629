package no.hod.styringsregister.tildelingsbrev.internal.parsing;

/**
 * Quoted titles in a letter's running text. A title may hold a full stop and wrap («… av røyking.» / «En vurdering
 * …»), so a paragraph does not end inside one.
 */
final class Quotations {

	/** A quoted title is at most this long. */
	private static final int QUOTED_TITLE = 160;

	private Quotations() {
	}

	/**
	 * Whether {@code text} ends inside a «quotation» opened shortly before. A quotation left open further back is taken
	 * for a missing «»», or it would swallow the paragraphs after it.
	 */
	static boolean endsInsideOne(CharSequence text) {
		int open = -1;
		int depth = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '«') {
				depth++;
				open = depth == 1 ? i : open;
			}
			else if (c == '»' && depth > 0) {
				depth--;
			}
		}
		return depth > 0 && text.length() - open <= QUOTED_TITLE;
	}
}
