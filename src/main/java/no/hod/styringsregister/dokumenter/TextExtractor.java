package no.hod.styringsregister.dokumenter;

import java.util.Objects;

import no.hod.styringsregister.Sitert;
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

	private final long maxBytes;

	/** What the file should hold, as «Velg filen med …» ends (tildelingsbrevet); {@code null} for any file. */
	private final String innhold;

	public TextExtractor(long maxBytes) {
		this(maxBytes, null);
	}

	/**
	 * @param innhold what the file should hold, as «Velg filen med …» ends («tildelingsbrevet»), so that an empty
	 * file is answered the same on every page and in every API that reads such files
	 */
	public TextExtractor(long maxBytes, String innhold) {
		if (maxBytes <= 0) {
			throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
		}
		this.maxBytes = maxBytes;
		this.innhold = innhold;
	}

	/**
	 * @param filename the name the user gave the file, may be null
	 * @param bytes the file's content
	 */
	public ExtractedText extract(String filename, byte[] bytes) {
		Objects.requireNonNull(bytes, "bytes");
		if (bytes.length == 0) {
			throw new UnreadableDocumentException(tom(filename));
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

	/**
	 * «Filen «brev.pdf» er tom. Velg filen med tildelingsbrevet.»: the file named, as one empty file among several
	 * picked by mistake (a placeholder saved from the mail) is otherwise hard to tell apart, and what to choose instead.
	 */
	private String tom(String filename) {
		String fil = filename == null || filename.isBlank() ? "Filen" : "Filen " + Sitert.verdi(filename);
		return fil + " er tom." + (innhold == null ? "" : " Velg filen med " + innhold + ".");
	}
}
