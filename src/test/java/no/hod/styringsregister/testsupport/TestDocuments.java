package no.hod.styringsregister.testsupport;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Real PDF and Word files made in the test, so the extractor is tested on what PDFBox and POI themselves write,
 * without binary fixtures in the repository.
 */
public final class TestDocuments {

	private static final float FONT_SIZE = 10;
	private static final float MARGIN = 50;
	private static final PDRectangle PAGE = PDRectangle.A4;
	private static final float TEXT_WIDTH = PAGE.getWidth() - 2 * MARGIN;

	private TestDocuments() {
	}

	/** A seed letter from {@code src/test/resources/seeds/}. */
	public static String seed(String name) {
		return resource("/seeds/" + name);
	}

	/** A UTF-8 text file from the test class path, e.g. {@code /letters/tildelingsbrev-full-2026.txt}. */
	public static String resource(String path) {
		try (InputStream in = TestDocuments.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalArgumentException("No resource " + path);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * A PDF with the text in Helvetica (WinAnsiEncoding: covers æøå, §, –, «», •), as many A4 pages as it takes.
	 * Characters the font cannot encode become '?'; lines wider than the page are wrapped at spaces (about 95
	 * characters), as a word processor would.
	 */
	public static byte[] pdf(String text) {
		return pdf(text, FONT_SIZE);
	}

	/**
	 * Like {@link #pdf(String)} in the given font size, lines 1.2 font sizes apart, as a plain PDF writer lays out
	 * a text line by line: an empty line is only a gap, twice the line spacing. At 8 pt a line of about 120
	 * characters fits, so the letters keep their lines and only long paragraphs are wrapped.
	 */
	public static byte[] pdf(String text, float fontSize) {
		return save(textDocument(text, fontSize));
	}

	/**
	 * Like {@link #pdf(String, float)}, but a paragraph break (a run of at least {@code paragraphGap} empty lines
	 * before a line of text) within {@code nearEnd} lines of the page end also ends the page, as a writer keeping
	 * the lines of a paragraph together does. The run is by turns the last lines of the page it ends and the first
	 * of the next, so the paragraph gap sits at the bottom or the top of a page; other pages break where full.
	 */
	public static byte[] pdfBreakingAtParagraphs(String text, float fontSize, int paragraphGap, int nearEnd) {
		return save(textDocument(text, fontSize, paragraphGap, nearEnd));
	}

	/** Like {@link #pdf(String)}, but opening it needs a user password. */
	public static byte[] encryptedPdf(String text) {
		PDDocument document = textDocument(text, FONT_SIZE);
		StandardProtectionPolicy policy = new StandardProtectionPolicy("eierpassord", "brukerpassord",
				new AccessPermission());
		policy.setEncryptionKeyLength(256);
		try {
			document.protect(policy);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return save(document);
	}

	/** A PDF whose pages hold only an image, like a scanned letter without OCR. */
	public static byte[] scannedPdf(int pages) {
		PDDocument document = new PDDocument();
		try {
			PDImageXObject scan = LosslessFactory.createFromImage(document, scanImage());
			for (int i = 0; i < pages; i++) {
				PDPage page = new PDPage(PAGE);
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					content.drawImage(scan, MARGIN, MARGIN, TEXT_WIDTH, PAGE.getHeight() - 2 * MARGIN);
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return save(document);
	}

	/** A PNG image. */
	public static byte[] png() {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			javax.imageio.ImageIO.write(scanImage(), "png", out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A Word document with one paragraph per line of the text. */
	public static byte[] docx(String text) {
		XWPFDocument document = new XWPFDocument();
		addParagraphs(document, text);
		return save(document);
	}

	/** A Word document: paragraphs, then a table with the given cells, then paragraphs. */
	public static byte[] docxWithTable(String before, List<List<String>> rows, String after) {
		XWPFDocument document = new XWPFDocument();
		addParagraphs(document, before);
		XWPFTable table = document.createTable(rows.size(), rows.get(0).size());
		for (int r = 0; r < rows.size(); r++) {
			XWPFTableRow row = table.getRow(r);
			for (int c = 0; c < rows.get(r).size(); c++) {
				row.getCell(c).setText(rows.get(r).get(c));
			}
		}
		addParagraphs(document, after);
		return save(document);
	}

	/**
	 * A Word document with one list: leading tabs give an item's level. Level 0 is numbered "1.", level 1 "a)",
	 * level 2 is bulleted.
	 */
	public static byte[] docxWithList(List<String> items) {
		XWPFDocument document = new XWPFDocument();
		XWPFNumbering numbering = document.createNumbering();
		CTAbstractNum list = CTAbstractNum.Factory.newInstance();
		list.setAbstractNumId(BigInteger.ONE);
		addLevel(list, 0, STNumberFormat.DECIMAL, "%1.");
		addLevel(list, 1, STNumberFormat.LOWER_LETTER, "%2)");
		addLevel(list, 2, STNumberFormat.BULLET, "\uF0B7");
		BigInteger numId = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(list)));
		for (String item : items) {
			int level = 0;
			while (item.charAt(level) == '\t') {
				level++;
			}
			XWPFParagraph paragraph = document.createParagraph();
			paragraph.setNumID(numId);
			paragraph.setNumILvl(BigInteger.valueOf(level));
			paragraph.createRun().setText(item.substring(level));
		}
		return save(document);
	}

	private static void addLevel(CTAbstractNum list, int level, STNumberFormat.Enum format, String text) {
		CTLvl lvl = list.addNewLvl();
		lvl.setIlvl(BigInteger.valueOf(level));
		lvl.addNewStart().setVal(BigInteger.ONE);
		lvl.addNewNumFmt().setVal(format);
		lvl.addNewLvlText().setVal(text);
	}

	private static void addParagraphs(XWPFDocument document, String text) {
		for (String line : text.split("\n", -1)) {
			document.createParagraph().createRun().setText(line);
		}
	}

	private static PDDocument textDocument(String text, float fontSize) {
		return textDocument(text, fontSize, 0, 0);
	}

	private static PDDocument textDocument(String text, float fontSize, int paragraphGap, int nearEnd) {
		PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
		float leading = fontSize * 1.2f;
		int linesPerPage = (int) ((PAGE.getHeight() - 2 * MARGIN) / leading);
		List<String> lines = new ArrayList<>();
		for (String line : text.split("\n", -1)) {
			lines.addAll(wrap(encodable(line, font), font, fontSize));
		}
		List<List<String>> pages = new ArrayList<>();
		List<String> current = new ArrayList<>();
		List<String> emptyRun = new ArrayList<>();
		int paragraphBreaks = 0;
		for (String line : lines) {
			if (line.isEmpty()) {
				emptyRun.add(line);
				continue;
			}
			boolean breakHere = nearEnd > 0 && emptyRun.size() >= paragraphGap && !current.isEmpty()
					&& linesPerPage - current.size() - emptyRun.size() <= nearEnd
					&& linesPerPage - current.size() - emptyRun.size() >= 0;
			if (breakHere && ++paragraphBreaks % 2 == 0) {
				current = addAll(pages, current, emptyRun, linesPerPage); // the gap ends this page
				pages.add(current);
				current = new ArrayList<>();
			}
			else if (breakHere) {
				pages.add(current); // the gap opens the next page
				current = addAll(pages, new ArrayList<>(), emptyRun, linesPerPage);
			}
			else {
				current = addAll(pages, current, emptyRun, linesPerPage);
			}
			emptyRun.clear();
			current = addAll(pages, current, List.of(line), linesPerPage);
		}
		current = addAll(pages, current, emptyRun, linesPerPage);
		if (!current.isEmpty()) {
			pages.add(current);
		}
		PDDocument document = new PDDocument();
		try {
			for (List<String> pageLines : pages) {
				PDPage page = new PDPage(PAGE);
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					content.beginText();
					content.setFont(font, fontSize);
					content.setLeading(leading);
					content.newLineAtOffset(MARGIN, PAGE.getHeight() - MARGIN);
					for (String line : pageLines) {
						content.showText(line);
						content.newLine();
					}
					content.endText();
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return document;
	}

	/** Adds the lines to the page, starting a new one when it is full; returns the page now being filled. */
	private static List<String> addAll(List<List<String>> pages, List<String> page, List<String> lines,
			int linesPerPage) {
		List<String> current = page;
		for (String line : lines) {
			if (current.size() == linesPerPage) {
				pages.add(current);
				current = new ArrayList<>();
			}
			current.add(line);
		}
		return current;
	}

	private static String encodable(String line, PDType1Font font) {
		StringBuilder out = new StringBuilder(line.length());
		line.codePoints().forEach(c -> out.append(canEncode(font, c) ? Character.toString(c) : "?"));
		return out.toString();
	}

	private static boolean canEncode(PDType1Font font, int codePoint) {
		try {
			font.encode(Character.toString(codePoint));
			return true;
		}
		catch (IOException | IllegalArgumentException notInFont) {
			return false;
		}
	}

	private static List<String> wrap(String line, PDType1Font font, float fontSize) {
		List<String> wrapped = new ArrayList<>();
		String rest = line;
		while (width(rest, font, fontSize) > TEXT_WIDTH) {
			// the longest prefix that fits, found by halving: the width grows with the length
			int fits = 1;
			int tooLong = rest.length();
			while (tooLong - fits > 1) {
				int middle = (fits + tooLong) >>> 1;
				if (width(rest.substring(0, middle), font, fontSize) > TEXT_WIDTH) {
					tooLong = middle;
				}
				else {
					fits = middle;
				}
			}
			int cut = fits;
			int space = rest.lastIndexOf(' ', cut);
			int end = space > 0 ? space : cut;
			wrapped.add(rest.substring(0, end));
			rest = rest.substring(end).stripLeading();
		}
		wrapped.add(rest);
		return wrapped;
	}

	private static float width(String text, PDType1Font font, float fontSize) {
		try {
			return font.getStringWidth(text) / 1000 * fontSize;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static BufferedImage scanImage() {
		BufferedImage image = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, 200, 280);
		g.setColor(Color.DARK_GRAY);
		for (int y = 20; y < 260; y += 12) {
			g.fillRect(15, y, 170 - (y % 50), 5);
		}
		g.dispose();
		return image;
	}

	private static byte[] save(PDDocument document) {
		try (document) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static byte[] save(XWPFDocument document) {
		try (document) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
