package no.hod.styringsregister.dokumenter.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import no.hod.styringsregister.dokumenter.DocumentFormat;
import no.hod.styringsregister.dokumenter.ExtractedText;
import no.hod.styringsregister.dokumenter.LineEndHyphen;
import no.hod.styringsregister.dokumenter.UnreadableDocumentException;

/**
 * Reads the text layer of a PDF with PDFBox, one line per text line in reading position order, pages separated by
 * a form-feed line. A vertical gap between two lines clearly larger than the line spacing becomes a blank line, as
 * the paragraph breaks of a text or Word file are: the parsers rely on them to tell a heading from the paragraph
 * after it.
 */
public final class PdfText {

	static final String ENCRYPTED = "PDF-filen er kryptert eller passordbeskyttet. Fjern passordet (skriv ut til en "
			+ "ny PDF eller lagre uten passord) og last den opp igjen.";

	static final String NO_TEXT_LAYER = "PDF-filen inneholder ingen lesbar tekst. Den er trolig skannet som bilde; "
			+ "last opp en PDF med tekst, eller en Word- eller tekstfil.";

	/** Decoded streams beyond this go to a temporary file, so a large PDF cannot exhaust the heap. */
	private static final long MAX_MAIN_MEMORY = 32L * 1024 * 1024;

	/** And the temporary file is capped too: a small compressed PDF can inflate to gigabytes. */
	private static final long MAX_STORAGE = 512L * 1024 * 1024;

	private static final String PAGE_BREAK = "\n\f\n";

	private static final byte[] END_OF_FILE = "%%EOF".getBytes(StandardCharsets.US_ASCII);

	/** Readers accept some trailing bytes after the end-of-file marker; Acrobat looks within the last kilobyte. */
	private static final int END_OF_FILE_WINDOW = 1024;

	private PdfText() {
	}

	public static ExtractedText extract(byte[] bytes) {
		// PDFBox rebuilds a cut-off file from what is left and returns part of the text, and half a letter must
		// not pass for the letter: a complete PDF ends with %%EOF.
		if (!Bytes.occursNearEnd(bytes, END_OF_FILE, END_OF_FILE_WINDOW)) {
			throw new UnreadableDocumentException(Messages.DAMAGED);
		}
		try (PDDocument document = Loader.loadPDF(bytes, "", null, null,
				MemoryUsageSetting.setupMixed(MAX_MAIN_MEMORY, MAX_STORAGE).streamCache)) {
			return read(document);
		}
		catch (UnreadableDocumentException noText) {
			throw noText;
		}
		catch (InvalidPasswordException encrypted) {
			throw new UnreadableDocumentException(ENCRYPTED, encrypted);
		}
		catch (IOException | RuntimeException broken) {
			throw new UnreadableDocumentException(Messages.DAMAGED, broken);
		}
		catch (StackOverflowError deeplyNested) {
			// PDFBox walks object graphs recursively; a crafted file can nest deep enough to overflow the stack.
			// The stack is unwound by now, so this is as recoverable as any other damaged file.
			throw new UnreadableDocumentException(Messages.DAMAGED, deeplyNested);
		}
	}

	private static ExtractedText read(PDDocument document) throws IOException {
		int pageCount = document.getNumberOfPages();
		GapStripper stripper = new GapStripper();
		stripper.setSortByPosition(true);
		stripper.setLineSeparator("\n");
		List<String> pages = new ArrayList<>(pageCount);
		List<PageEdges> edges = new ArrayList<>(pageCount);
		boolean anyText = false;
		for (int page = 1; page <= pageCount; page++) {
			stripper.setStartPage(page);
			stripper.setEndPage(page);
			String text = joinHyphenatedLines(stripTrailingNewlines(stripper.getText(document)));
			anyText |= !text.isBlank();
			pages.add(text);
			edges.add(stripper.edges());
		}
		if (!anyText) {
			throw new UnreadableDocumentException(NO_TEXT_LAYER);
		}
		return new ExtractedText(DocumentFormat.PDF, joinPages(pages, edges), pageCount);
	}

	/**
	 * Joins the pages with a form feed. A page break inside a paragraph is a form feed opening the next page's first
	 * line, as pdftotext writes it; where the paragraph ends at the page break, the form feed stands on a line of
	 * its own, the blank line of a paragraph break, with more blank lines where the gap holds more. Whether it does
	 * is told by the room left below the page's last line and above the next page's first, measured from the lowest
	 * last and the highest first line of all pages (the text area), as if the two pages were one.
	 */
	private static String joinPages(List<String> pages, List<PageEdges> edges) {
		float top = Float.MAX_VALUE;
		float bottom = -Float.MAX_VALUE;
		for (PageEdges page : edges) {
			if (page != null) {
				top = Math.min(top, page.firstBaseline());
				bottom = Math.max(bottom, page.lastBaseline());
			}
		}
		StringBuilder out = new StringBuilder(pages.get(0));
		for (int i = 1; i < pages.size(); i++) {
			PageEdges before = edges.get(i - 1);
			PageEdges after = edges.get(i);
			int blanks = 1;
			if (before != null && after != null) {
				float size = Math.max(before.lastSize(), after.firstSize());
				float drop = (bottom - before.lastBaseline()) + (after.firstBaseline() - top) + LINE_STEP * size;
				blanks = GapStripper.blankLines(drop, size);
			}
			if (blanks == 0) {
				out.append("\n\f");
			}
			else {
				out.append("\n\f\n").append("\n".repeat(blanks - 1));
			}
			out.append(pages.get(i));
		}
		return out.toString();
	}

	/**
	 * A word split at a line end after a hyphen is one word in the text and Word files, so the line goes on without
	 * a break, the hyphen dropped or kept by {@link LineEndHyphen}: {@code Lege-} / {@code erklæringer},
	 * {@code DPS-} / {@code seminar}. Where it is no broken word ({@code helse-} / {@code og omsorg}, a name cell
	 * before the amount column's {@code 71 211}) the line break stays for the parsers to read.
	 */
	static String joinHyphenatedLines(String page) {
		String[] lines = page.split("\n", -1);
		StringBuilder out = new StringBuilder(page.length());
		out.append(lines[0]);
		for (int i = 1; i < lines.length; i++) {
			LineEndHyphen.Join join = LineEndHyphen.join(out.substring(out.lastIndexOf("\n") + 1), lines[i]);
			if (join == LineEndHyphen.Join.SPACE) {
				out.append('\n').append(lines[i]);
				continue;
			}
			int end = out.length();
			while (end > 0 && (out.charAt(end - 1) == ' ' || out.charAt(end - 1) == '\t')) {
				end--;
			}
			out.setLength(join == LineEndHyphen.Join.DROP_HYPHEN ? end - 1 : end);
			out.append(lines[i].stripLeading());
		}
		return out.toString();
	}

	/** The baseline step within a paragraph, in font sizes: what a line of the gap counts as. */
	private static final float LINE_STEP = 1.2f;

	/** The first and last line of a page: baseline from the top and font size. */
	private record PageEdges(float firstBaseline, float firstSize, float lastBaseline, float lastSize) {
	}

	private static String stripTrailingNewlines(String text) {
		int end = text.length();
		while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
			end--;
		}
		return text.substring(0, end);
	}

	/**
	 * Writes a blank line before a line whose baseline lies more than {@link #PARAGRAPH_DROP} font sizes below the
	 * previous line's. PDF has no paragraphs, only glyphs at positions: a paragraph break, or the empty line of a
	 * text laid out line by line, is just a larger step down. Lines within a paragraph step 1.15 to 1.4 font sizes
	 * (single spacing, Word's 1.08 and 1.15 multiples); a paragraph with Word's default 8 pt spacing after steps
	 * about 2, an empty line between lines about 2.4. PDFBox's own paragraph detection is not used: it also breaks
	 * at indents and list items, where the text and Word files have no blank line.
	 */
	private static final class GapStripper extends PDFTextStripper {

		private static final float PARAGRAPH_DROP = 1.6f;

		/** At most this many blank lines for one gap: a half-empty page is no more a break than three lines. */
		private static final int MAX_BLANK_LINES = 3;

		private boolean lineStart = true;
		private float firstBaseline = Float.NaN;
		private float firstSize;
		private float previousBaseline = Float.NaN;
		private float previousSize;
		private float lineBaseline;
		private float lineSize;

		GapStripper() {
		}

		@Override
		protected void startPage(PDPage page) throws IOException {
			super.startPage(page);
			lineStart = true;
			previousBaseline = Float.NaN;
			firstBaseline = Float.NaN;
		}

		/** The page just read: its first and last line, or null when it has no text. */
		PageEdges edges() {
			float last = lineStart ? previousBaseline : lineBaseline;
			float lastFont = lineStart ? previousSize : lineSize;
			return Float.isNaN(firstBaseline) || Float.isNaN(last) ? null
					: new PageEdges(firstBaseline, firstSize, last, lastFont);
		}

		/**
		 * The blank lines a baseline drop holds: none within a paragraph, else one for each line step of room the
		 * gap leaves, so the empty lines of a text laid out line by line come back (double spacing, one empty line
		 * between lines, puts three between paragraphs).
		 */
		static int blankLines(float drop, float size) {
			if (!(drop > PARAGRAPH_DROP * size)) {
				return 0;
			}
			int lines = Math.round(drop / (LINE_STEP * size)) - 1;
			return Math.max(1, Math.min(MAX_BLANK_LINES, lines));
		}

		@Override
		protected void writeLineSeparator() throws IOException {
			super.writeLineSeparator();
			if (!lineStart) {
				previousBaseline = lineBaseline;
				previousSize = lineSize;
			}
			lineStart = true;
		}

		@Override
		protected void writeString(String text, List<TextPosition> positions) throws IOException {
			if (!positions.isEmpty()) {
				float size = size(positions);
				if (lineStart) {
					lineBaseline = positions.get(0).getYDirAdj();
					lineSize = size;
					float drop = lineBaseline - previousBaseline;
					if (Float.isNaN(firstBaseline)) {
						firstBaseline = lineBaseline;
						firstSize = size;
					}
					// no blank lines while previous is NaN: the comparisons are false
					int blanks = blankLines(drop, Math.max(previousSize, size));
					for (int i = 0; i < blanks; i++) {
						output.write(getLineSeparator());
					}
					lineStart = false;
				}
				else {
					lineSize = Math.max(lineSize, size);
				}
			}
			super.writeString(text, positions);
		}

		/** The largest font size of the glyphs as drawn, scaled by the text and page matrices. */
		private static float size(List<TextPosition> positions) {
			float size = 0;
			for (TextPosition position : positions) {
				float scale = position.getYScale();
				size = Math.max(size, scale > 0 ? scale : position.getHeightDir());
			}
			return size;
		}
	}
}
