package no.hod.styringsregister.dokumenter;

import java.util.Objects;

import no.hod.styringsregister.dokumenter.internal.DocxText;
import no.hod.styringsregister.dokumenter.internal.FormatDetector;
import no.hod.styringsregister.dokumenter.internal.PdfText;
import no.hod.styringsregister.dokumenter.internal.PlainText;

/**
 * Turns an uploaded file into line-oriented plain text. The format is detected from the content; the file name's
 * extension only breaks ties. Given any bytes it returns a text or throws {@link UnreadableDocumentException} with
 * a Norwegian message for the user, never a PDFBox or POI exception. Thread-safe.
 */
public final class TextExtractor {

	static final String EMPTY = "Filen er tom.";

	private final long maxBytes;

	public TextExtractor(long maxBytes) {
		if (maxBytes <= 0) {
			throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
		}
		this.maxBytes = maxBytes;
	}

	/**
	 * @param filename the name the user gave the file, may be null
	 * @param bytes the file's content
	 */
	public ExtractedText extract(String filename, byte[] bytes) {
		Objects.requireNonNull(bytes, "bytes");
		if (bytes.length == 0) {
			throw new UnreadableDocumentException(EMPTY);
		}
		if (bytes.length > maxBytes) {
			throw new DocumentTooLargeException(maxBytes);
		}
		return switch (FormatDetector.detect(filename, bytes)) {
			case PDF -> PdfText.extract(bytes);
			case DOCX -> DocxText.extract(bytes);
			case TXT -> PlainText.extract(bytes);
		};
	}
}
