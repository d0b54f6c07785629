package no.hod.styringsregister.dokumenter.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import no.hod.styringsregister.dokumenter.DocumentFormat;
import no.hod.styringsregister.dokumenter.UnreadableDocumentException;

/**
 * Detects the format from the content (magic bytes), never trusting the extension alone: users rename files, and
 * a renamed image must be refused, not fed to a parser.
 */
public final class FormatDetector {

	private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	/** Acrobat finds the PDF header within the first kilobyte. */
	private static final int HEADER_WINDOW = 1024;

	/** Ends every ZIP; an empty ZIP is nothing else. */
	static final byte[] END_OF_CENTRAL_DIRECTORY = { 'P', 'K', 5, 6 };

	private static final byte[] RTF = "{\\rtf".getBytes(StandardCharsets.US_ASCII);
	private static final String WORD_DOCUMENT = "word/document.xml";

	private FormatDetector() {
	}

	/** The format of the bytes, or {@link UnreadableDocumentException} if it is none we read. */
	public static DocumentFormat detect(String filename, byte[] bytes) {
		if (Bytes.startsWith(bytes, PDF)) {
			return DocumentFormat.PDF;
		}
		if (Bytes.startsWith(bytes, ZIP) || Bytes.startsWith(bytes, END_OF_CENTRAL_DIRECTORY)) {
			return detectZip(filename, bytes);
		}
		// RTF is plain ASCII but would come out as markup
		if (!Bytes.startsWith(bytes, RTF) && PlainText.decode(bytes).isPresent()) {
			return DocumentFormat.TXT;
		}
		if (hasExtension(filename, ".pdf")) {
			// Readers accept a PDF whose header comes after some junk; one that has no header at all is no PDF,
			// damaged or not (an image or another file renamed), and the user should hear that, not «skadet».
			if (Bytes.occursNearStart(bytes, PDF, HEADER_WINDOW)) {
				return DocumentFormat.PDF;
			}
			throw new UnreadableDocumentException(Messages.NOT_PDF);
		}
		if (hasExtension(filename, ".docx")) {
			throw new UnreadableDocumentException(Messages.NOT_DOCX);
		}
		throw new UnreadableDocumentException(Messages.UNSUPPORTED);
	}

	/**
	 * A Word document is a ZIP holding {@code word/document.xml}. A ZIP that breaks off before that entry is taken
	 * as a damaged Word document if it already showed Word parts or is named .docx, so the user hears it is damaged
	 * rather than of the wrong type.
	 */
	private static DocumentFormat detectZip(String filename, byte[] bytes) {
		boolean wordParts = false;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().equals(WORD_DOCUMENT)) {
					return DocumentFormat.DOCX;
				}
				wordParts |= entry.getName().startsWith("word/");
			}
		}
		catch (IOException | RuntimeException broken) {
			if (wordParts || hasExtension(filename, ".docx")) {
				return DocumentFormat.DOCX;
			}
		}
		// A whole ZIP without the Word part: named .docx, the user should hear it is no Word document, as for .pdf.
		if (hasExtension(filename, ".docx")) {
			throw new UnreadableDocumentException(Messages.NOT_DOCX);
		}
		throw new UnreadableDocumentException(Messages.UNSUPPORTED);
	}

	private static boolean hasExtension(String filename, String extension) {
		return filename != null && filename.strip().toLowerCase(Locale.ROOT).endsWith(extension);
	}
}
