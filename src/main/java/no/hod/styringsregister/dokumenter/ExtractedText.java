package no.hod.styringsregister.dokumenter;

import java.util.Objects;

/**
 * The text of an uploaded file, lines separated by {@code \n}. Pages of a PDF are separated by a line holding a
 * single form feed ({@code \f}), as pdftotext does.
 *
 * @param format the format detected from the content
 * @param text the text, never blank
 * @param pages pages in a PDF; for Word the page count Word saved in the file (0 if it saved none); for a text file
 *        the number of form-feed separated pages with text, at least 1
 */
public record ExtractedText(DocumentFormat format, String text, int pages) {

	public ExtractedText {
		Objects.requireNonNull(format, "format");
		Objects.requireNonNull(text, "text");
	}
}
