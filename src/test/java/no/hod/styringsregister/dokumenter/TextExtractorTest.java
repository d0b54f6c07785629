package no.hod.styringsregister.dokumenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import no.hod.styringsregister.testsupport.TestDocuments;

class TextExtractorTest {

	private static final long MAX_BYTES = 20L * 1024 * 1024;

	private static final String UNSUPPORTED = "Filtypen støttes ikke. Last opp en PDF-, Word- (.docx) eller tekstfil.";
	private static final String DAMAGED = "Filen er skadet og kan ikke leses.";
	private static final String NOT_PDF = "Filen er ikke en PDF, selv om navnet slutter på .pdf.";
	private static final String NOT_DOCX = "Filen er ikke et Word-dokument, selv om navnet slutter på .docx.";

	/** Lines a reader of the 2025 letter looks for first; copied from the letter, with their leading space trimmed. */
	private static final List<String> KEY_LINES_2025 = List.of(
			"TB2025-17 Avd. HOD: SHA Samarbeid om tjenester til innsatte i norske fengsler",
			"701.21 Spesielle",
			"Vedlegg I – Styrings- og rapporteringskalender 2025",
			"Vedlegg III – Særskilt rapportering 2025",
			"1. (Unntatt offentlighet, jf. Offl. § 22, 2. ledd)");

	private static String letter2025;
	private static byte[] letter2025Pdf;

	private final TextExtractor extractor = new TextExtractor(MAX_BYTES);

	@BeforeAll
	static void makeDocuments() {
		letter2025 = TestDocuments.seed("tildelingsbrev-helsedirektoratet-2025.txt");
		letter2025Pdf = TestDocuments.pdf(letter2025);
	}

	@Test
	void readsUtf8TextAsItIs() {
		ExtractedText extracted = extractor.extract("tildelingsbrev.txt", letter2025.getBytes(StandardCharsets.UTF_8));

		assertThat(extracted.format()).isEqualTo(DocumentFormat.TXT);
		assertThat(extracted.text()).isEqualTo(letter2025);
		assertThat(extracted.pages()).isEqualTo(1);
		assertThat(trimmedLines(extracted.text())).containsAll(KEY_LINES_2025);
	}

	@Test
	void readsThe2025LetterFromPdf() {
		ExtractedText extracted = extractor.extract("tildelingsbrev.pdf", letter2025Pdf);

		assertThat(extracted.format()).isEqualTo(DocumentFormat.PDF);
		List<String> lines = trimmedLines(extracted.text());
		assertThat(lines).containsAll(KEY_LINES_2025);
		// 61 lines fit on a page and the letter has over 5 000 lines, so it spans many pages, separated by \f
		assertThat(extracted.pages()).isGreaterThan(80);
		assertThat(extracted.text().chars().filter(c -> c == '\f').count()).isEqualTo(extracted.pages() - 1L);
		// every short line of the letter comes back, in order (long lines are wrapped by the PDF maker); the three
		// characters of the letter missing in WinAnsiEncoding (minus sign, box line, combining cedilla) print as '?'
		List<String> printed = shortLines(letter2025.replaceAll("[\u2212\u2500\u0327]", "?"));
		assertThat(shortLines(extracted.text())).containsSubsequence(printed);
	}

	@Test
	void turnsAVerticalGapBetweenPdfLinesIntoABlankLine() {
		String text = "3.1 Folkehelsearbeidet er kunnskapsbasert og\ntverrsektorielt\n\nI rapportering og vurdering "
				+ "av måloppnåelse\nskal Helsedirektoratet redegjøre for\n\n\nFrist: 31.12.2025";

		for (float size : new float[] { 8, 10, 14 }) {
			String extracted = extractor.extract("brev.pdf", TestDocuments.pdf(text, size)).text();

			// lines 1.2 font sizes apart follow each other, a gap of one or two empty lines is as many blank lines
			assertThat(extracted.lines().map(String::strip).toList()).as("%s pt", size).containsExactly(
					"3.1 Folkehelsearbeidet er kunnskapsbasert og", "tverrsektorielt", "",
					"I rapportering og vurdering av måloppnåelse", "skal Helsedirektoratet redegjøre for", "", "",
					"Frist: 31.12.2025");
		}
	}

	@Test
	void closesAWordBrokenAtALineEndAsNorwegianWritesItAndNeverWithANumber() {
		// Lines of a budget table and a paragraph as a PDF lays them out, without gaps between them.
		String text = String.join("\n", "701.60 Tilskudd til", "helseteknologi i", "kommunal helse-",
				"71 211 Søknadsbasert tilskuddsordninger for kommuner", "og", "omsorgstjeneste", "2751.71 Lege-",
				"erklæringer", "765.74 Kompetanse-", "sentre (kan", "i henhold til bevilgnings-",
				"reglementet (regjeringen.no). Avgiften på e-", "sigaretter og DPS-", "seminar i helse-",
				"og omsorgstjenesten.");

		String extracted = extractor.extract("brev.pdf", TestDocuments.pdf(text)).text();

		assertThat(extracted.lines().map(String::strip).toList()).containsExactly("701.60 Tilskudd til",
				"helseteknologi i", "kommunal helse-", "71 211 Søknadsbasert tilskuddsordninger for kommuner", "og",
				"omsorgstjeneste", "2751.71 Legeerklæringer", "765.74 Kompetansesentre (kan",
				"i henhold til bevilgningsreglementet (regjeringen.no). Avgiften på e-sigaretter og DPS-seminar i helse-",
				"og omsorgstjenesten.");
	}

	@Test
	void readsThe2025LetterFromWordLineByLine() {
		ExtractedText extracted = extractor.extract("tildelingsbrev.docx", TestDocuments.docx(letter2025));

		assertThat(extracted.format()).isEqualTo(DocumentFormat.DOCX);
		assertThat(extracted.text()).isEqualTo(letter2025);
		assertThat(trimmedLines(extracted.text())).containsAll(KEY_LINES_2025);
	}

	@Test
	void readsTablesCellByCellInDocumentOrder() {
		byte[] docx = TestDocuments.docxWithTable("4.1 Bevilgninger",
				List.of(List.of("Kap./post", "Benevnelse", "Tildeling"),
						List.of("701.21", "Spesielle driftsutgifter", "30 000"),
						List.of("714.21", "", "12 500")),
				"Særskilt rapportering");

		ExtractedText extracted = extractor.extract("brev.docx", docx);

		// the empty cell leaves no line
		assertThat(extracted.text()).isEqualTo(String.join("\n", "4.1 Bevilgninger", "Kap./post", "Benevnelse",
				"Tildeling", "701.21", "Spesielle driftsutgifter", "30 000", "714.21", "12 500",
				"Særskilt rapportering"));
	}

	@Test
	void keepsTheNumbersOfNumberedLists() {
		byte[] docx = TestDocuments.docxWithList(List.of("Første oppdrag", "\tFørste del", "\tAndre del",
				"Andre oppdrag", "\tNy del", "\t\tEt kulepunkt", "Tredje oppdrag"));

		ExtractedText extracted = extractor.extract("brev.docx", docx);

		assertThat(extracted.text().split("\n")).containsExactly("1. Første oppdrag", "a) Første del",
				"b) Andre del", "2. Andre oppdrag", "a) Ny del", "• Et kulepunkt", "3. Tredje oppdrag");
	}

	@Test
	void detectsTheFormatFromTheContentNotTheName() {
		byte[] docx = TestDocuments.docx("Tildelingsbrev 2025");

		assertThat(extractor.extract("brev.docx", letter2025Pdf).format()).isEqualTo(DocumentFormat.PDF);
		assertThat(extractor.extract("brev.pdf", docx).format()).isEqualTo(DocumentFormat.DOCX);
		assertThat(extractor.extract(null, docx).format()).isEqualTo(DocumentFormat.DOCX);
		assertThat(extractor.extract("brev.pdf", "Tildelingsbrev 2025".getBytes(StandardCharsets.UTF_8)).format())
				.isEqualTo(DocumentFormat.TXT);
	}

	@Test
	void fallsBackToWindows1252WhenTheTextIsNotUtf8() {
		byte[] bytes = "Særskilt rapportering – § 5, kap. 714 «Folkehelse»\r\nÅrsrapport"
				.getBytes(Charset.forName("windows-1252"));

		ExtractedText extracted = extractor.extract("brev.txt", bytes);

		assertThat(extracted.text()).isEqualTo("Særskilt rapportering – § 5, kap. 714 «Folkehelse»\nÅrsrapport");
	}

	@Test
	void stripsTheByteOrderMark() {
		byte[] utf8 = "\uFEFFSærskilt rapportering".getBytes(StandardCharsets.UTF_8);
		byte[] utf16 = "\uFEFFSærskilt rapportering".getBytes(StandardCharsets.UTF_16LE);

		assertThat(extractor.extract("brev.txt", utf8).text()).isEqualTo("Særskilt rapportering");
		assertThat(extractor.extract("brev.txt", utf16).text()).isEqualTo("Særskilt rapportering");
	}

	@Test
	void countsFormFeedSeparatedPagesOfText() {
		byte[] bytes = "Side 1\n\fSide 2\n\f\nSide 3\n\f".getBytes(StandardCharsets.UTF_8);

		assertThat(extractor.extract("brev.txt", bytes).pages()).isEqualTo(3);
	}

	@Test
	void refusesEmptyFiles() {
		assertRefused("brev.pdf", new byte[0], "Filen «brev.pdf» er tom.");
	}

	@Test
	void refusesFilesAboveTheLimitAsTooLarge() {
		byte[] tooLarge = new byte[(int) MAX_BYTES + 1];
		Arrays.fill(tooLarge, (byte) 'a');

		assertThatThrownBy(() -> extractor.extract("brev.txt", tooLarge))
				.isInstanceOf(DocumentTooLargeException.class).hasMessage("Filen er for stor (maks 20 MB).");
		assertThatThrownBy(() -> new TextExtractor(1536).extract("brev.txt", new byte[2000]))
				.isInstanceOf(DocumentTooLargeException.class).hasMessage("Filen er for stor (maks 1,5 kB).");
	}

	@Test
	void acceptsAFileOfExactlyTheLimit() {
		assertThat(new TextExtractor(5).extract("brev.txt", "Brev!".getBytes(StandardCharsets.UTF_8)).text())
				.isEqualTo("Brev!");
	}

	@Test
	void refusesEncryptedPdf() {
		assertRefused("brev.pdf", TestDocuments.encryptedPdf("Tildelingsbrev 2025"),
				"PDF-filen er kryptert eller passordbeskyttet");
	}

	@Test
	void refusesCutOffPdf() {
		byte[] pdf = letter2025Pdf;

		assertRefused("brev.pdf", Arrays.copyOf(pdf, pdf.length / 2), "Filen er skadet og kan ikke leses");
	}

	@Test
	void refusesCutOffDocx() {
		byte[] docx = TestDocuments.docx(letter2025);

		assertRefused("brev.docx", Arrays.copyOf(docx, docx.length / 2), "Filen er skadet og kan ikke leses");
		assertRefused("brev.docx", Arrays.copyOf(docx, 100), "Filen er skadet og kan ikke leses");
	}

	@Test
	void wrapsTheParsersExceptionsForBrokenFiles() throws IOException {
		byte[] brokenPdf = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\n%%EOF\n"
				.getBytes(StandardCharsets.US_ASCII);
		byte[] brokenDocx = zip("word/document.xml", "<w:document><w:body><w:p>");

		assertThatThrownBy(() -> extractor.extract("brev.pdf", brokenPdf)).isExactlyInstanceOf(
				UnreadableDocumentException.class).hasMessageStartingWith("Filen er skadet og kan ikke leses")
				.hasCauseInstanceOf(IOException.class);
		assertThatThrownBy(() -> extractor.extract("brev.docx", brokenDocx)).isExactlyInstanceOf(
				UnreadableDocumentException.class).hasMessageStartingWith("Filen er skadet og kan ikke leses")
				.cause().isNotNull();
	}

	@Test
	void refusesPdfWithoutTextLayer() {
		assertRefused("skannet.pdf", TestDocuments.scannedPdf(2), "PDF-filen inneholder ingen lesbar tekst");
	}

	@Test
	void tellsAFileNamedPdfOrDocxThatIsNoneAtAllWhatItIsNot() {
		byte[] random = new byte[4096];
		new Random(42).nextBytes(random);

		assertRefused("brev.pdf", random, NOT_PDF);
		assertRefused("brev.PDF", TestDocuments.png(), NOT_PDF);
		assertRefused("brev.docx", random, NOT_DOCX);
		assertRefused("brev.docx", TestDocuments.png(), NOT_DOCX);
		assertRefused("brev.bin", random, UNSUPPORTED);
	}

	@Test
	void keepsDamagedForARealPdfThatIsBroken() {
		byte[] headerOnly = "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1);
		byte[] noEnd = Arrays.copyOf(letter2025Pdf, 3000);

		assertRefused("brev.pdf", headerOnly, DAMAGED);
		assertRefused("brev.pdf", noEnd, DAMAGED);
		assertRefused("brev.bin", noEnd, DAMAGED);
	}

	@Test
	void readsAPdfNamedSoWhoseHeaderComesAfterSomeJunk() {
		byte[] pdf = TestDocuments.pdf("Tildelingsbrev 2025");
		byte[] junk = new byte[300];
		new Random(7).nextBytes(junk);
		byte[] prefixed = Arrays.copyOf(junk, junk.length + pdf.length);
		System.arraycopy(pdf, 0, prefixed, junk.length, pdf.length);

		ExtractedText extracted = extractor.extract("brev.pdf", prefixed);

		assertThat(extracted.format()).isEqualTo(DocumentFormat.PDF);
		assertThat(extracted.text()).isEqualTo("Tildelingsbrev 2025");
	}

	@Test
	void refusesImages() {
		assertRefused("brev.png", TestDocuments.png(), UNSUPPORTED);
		assertRefused("brev.txt", TestDocuments.png(), UNSUPPORTED);
	}

	@Test
	void refusesZipThatIsNotAWordDocument() throws IOException {
		byte[] zip = zip("xl/workbook.xml", "<workbook/>");

		assertRefused("brev.zip", zip, UNSUPPORTED);
		assertRefused("brev.xlsx", zip, UNSUPPORTED);
	}

	@Test
	void tellsAZipNamedDocxWithoutAWordDocumentInItThatItIsNoWordDocument() throws IOException {
		// As an admin met it: a ZIP of junk named .docx (a binary entry and a stray XML file), and an empty ZIP.
		byte[] junk = new byte[2000];
		new Random(3).nextBytes(junk);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("junk.bin"));
			zip.write(junk);
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("x.xml"));
			zip.write("hi\n".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		ByteArrayOutputStream empty = new ByteArrayOutputStream();
		new ZipOutputStream(empty).close();

		assertRefused("junk.docx", out.toByteArray(), NOT_DOCX);
		assertRefused("empty.docx", empty.toByteArray(), NOT_DOCX);
		assertRefused("brev.DOCX", zip("xl/workbook.xml", "<workbook/>"), NOT_DOCX);
	}

	@Test
	void refusesOldBinaryWordDocuments() throws IOException {
		ByteArrayOutputStream doc = new ByteArrayOutputStream();
		try (POIFSFileSystem ole2 = new POIFSFileSystem()) {
			ole2.createDocument(new ByteArrayInputStream(new byte[4096]), "WordDocument");
			ole2.writeFilesystem(doc);
		}

		assertRefused("brev.doc", doc.toByteArray(), UNSUPPORTED);
	}

	@Test
	void refusesExecutablesAndRtf() {
		byte[] exe = new byte[512];
		exe[0] = 'M';
		exe[1] = 'Z';

		assertRefused("brev.exe", exe, UNSUPPORTED);
		assertRefused("brev.rtf", "{\\rtf1\\ansi Tildelingsbrev}".getBytes(StandardCharsets.US_ASCII), UNSUPPORTED);
	}

	@Test
	void refusesBlankTextAndBlankWordDocuments() {
		assertRefused("brev.txt", " \n\t\n".getBytes(StandardCharsets.UTF_8), "Filen inneholder ingen tekst.");
		assertRefused("brev.docx", TestDocuments.docx("\n  \n"), "Filen inneholder ingen tekst.");
	}

	private void assertRefused(String filename, byte[] bytes, String messageStart) {
		assertThatThrownBy(() -> extractor.extract(filename, bytes)).isExactlyInstanceOf(
				UnreadableDocumentException.class).hasMessageStartingWith(messageStart);
	}

	private static byte[] zip(String entry, String content) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry(entry));
			zip.write(content.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return out.toByteArray();
	}

	private static List<String> trimmedLines(String text) {
		return text.lines().map(String::strip).toList();
	}

	/** The non-blank lines short enough not to be wrapped in the PDF, runs of whitespace made one space. */
	private static List<String> shortLines(String text) {
		return text.lines().map(line -> line.strip().replaceAll("\\s+", " "))
				.filter(line -> !line.isEmpty() && line.length() <= 80).toList();
	}
}
