package no.hod.styringsregister.dokumenter.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import no.hod.styringsregister.dokumenter.DocumentFormat;
import no.hod.styringsregister.dokumenter.ExtractedText;
import no.hod.styringsregister.dokumenter.UnreadableDocumentException;

/**
 * Reads the body of a Word document with POI in document order: one line per paragraph (list paragraphs with their
 * number), each table cell on its own line(s), row by row. Headers and footers are left out: they repeat on every
 * page and are not part of the letter's content.
 */
public final class DocxText {

	/** The end-of-central-directory record sits in the last 22 bytes plus at most a 64 kB comment. */
	private static final int CENTRAL_DIRECTORY_WINDOW = 22 + 0xFFFF;

	private DocxText() {
	}

	public static ExtractedText extract(byte[] bytes) {
		// POI reads the ZIP entry by entry from the front, so a cut-off file can still yield its first pages; a
		// complete ZIP ends with its central directory.
		if (!Bytes.occursNearEnd(bytes, FormatDetector.END_OF_CENTRAL_DIRECTORY, CENTRAL_DIRECTORY_WINDOW)) {
			throw new UnreadableDocumentException(Messages.DAMAGED);
		}
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
			List<String> lines = new ArrayList<>();
			appendBody(document.getBodyElements(), new ListNumbering(document.getNumbering()), lines);
			String text = String.join("\n", lines);
			if (text.isBlank()) {
				throw new UnreadableDocumentException(Messages.NO_TEXT);
			}
			return new ExtractedText(DocumentFormat.DOCX, text, savedPageCount(document));
		}
		catch (UnreadableDocumentException noText) {
			throw noText;
		}
		catch (IOException | RuntimeException broken) {
			throw new UnreadableDocumentException(Messages.DAMAGED, broken);
		}
		catch (StackOverflowError deeplyNested) {
			// Tables nest in table cells without limit; the stack is unwound by now, so this is a damaged file.
			throw new UnreadableDocumentException(Messages.DAMAGED, deeplyNested);
		}
	}

	private static void appendBody(List<IBodyElement> elements, ListNumbering numbering, List<String> lines) {
		for (IBodyElement element : elements) {
			if (element instanceof XWPFParagraph paragraph) {
				addLines(numbering.label(paragraph) + paragraph.getText(), lines);
			}
			else if (element instanceof XWPFTable table) {
				appendTable(table, numbering, lines);
			}
			else if (element instanceof XWPFSDT contentControl) {
				addLines(contentControl.getContent().getText(), lines);
			}
		}
	}

	/** Empty cells are skipped: merged and spacer cells would otherwise leave runs of blank lines. */
	private static void appendTable(XWPFTable table, ListNumbering numbering, List<String> lines) {
		for (XWPFTableRow row : table.getRows()) {
			for (XWPFTableCell cell : row.getTableCells()) {
				List<String> cellLines = new ArrayList<>();
				appendBody(cell.getBodyElements(), numbering, cellLines);
				if (cellLines.stream().anyMatch(line -> !line.isBlank())) {
					lines.addAll(cellLines);
				}
			}
		}
	}

	private static void addLines(String text, List<String> lines) {
		for (String line : text.split("\r\n|\r|\n", -1)) {
			lines.add(line);
		}
	}

	private static int savedPageCount(XWPFDocument document) {
		return Math.max(0, document.getProperties().getExtendedProperties().getPages());
	}
}
