package no.hod.styringsregister.dokumenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import com.code_intelligence.jazzer.junit.FuzzTest;

import no.hod.styringsregister.testsupport.TestDocuments;

/**
 * The extractor's contract: given any bytes it returns a text or throws {@link UnreadableDocumentException}, never
 * a PDFBox, POI or JDK exception.
 * <p>
 * {@code mvn test} runs the fuzz test in regression mode on the files in
 * {@code src/test/resources/no/hod/styringsregister/dokumenter/TextExtractorFuzzTestInputs/
 * extractReturnsTextOrRefuses/} (a small PDF, Word and text file) plus the empty input. To fuzz for real, run
 * <pre>
 * JAZZER_FUZZ=1 ./mvnw test -Dtest=TextExtractorFuzzTest#extractReturnsTextOrRefuses
 * </pre>
 * By default Jazzer only measures coverage in the project's own classes, so it cannot steer into PDFBox and POI;
 * add {@code -Djazzer.instrument=no.hod.**,org.apache.pdfbox.**,org.apache.poi.**} to fuzz the parsers
 * themselves. {@code -Djazzer.max_duration=2m} shortens the run.
 */
class TextExtractorFuzzTest {

	private static final long RANDOM_SEED = 20250117L;
	private static final int PDF_VARIANTS = 120;
	private static final int DOCX_VARIANTS = 120;
	private static final int DOCX_XML_VARIANTS = 60;
	private static final int RANDOM_FILES = 100;

	/** Starts random files so they get past format detection into each reader. */
	private static final List<byte[]> PREFIXES = List.of(new byte[0], bytes("%PDF-1.7\n"),
			new byte[] { 'P', 'K', 3, 4 }, new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF },
			new byte[] { (byte) 0xFF, (byte) 0xFE }, bytes("{\\rtf1"));

	private static byte[] pdf;
	private static byte[] docx;

	private final TextExtractor extractor = new TextExtractor(20L * 1024 * 1024);

	@BeforeAll
	static void makeDocuments() {
		// the first pages of the 2025 letter: assignments, long lines, blank lines, § and «»
		String excerpt = String.join("\n",
				TestDocuments.seed("tildelingsbrev-helsedirektoratet-2025.txt").lines().limit(150).toList());
		pdf = TestDocuments.pdf(excerpt);
		docx = TestDocuments.docxWithTable(excerpt,
				List.of(List.of("Kap./post", "Tildeling"), List.of("701.21", "30 000")), "Vedlegg I");
	}

	@FuzzTest(maxDuration = "10m")
	void extractReturnsTextOrRefuses(byte[] bytes) {
		assertExtractsOrRefuses("opplastet.docx", bytes, "fuzz input");
	}

	@Test
	@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
	void mutatedPdfIsReadOrRefused() {
		Random random = new Random(RANDOM_SEED);
		for (int variant = 0; variant < PDF_VARIANTS; variant++) {
			StringBuilder description = new StringBuilder();
			byte[] mutated = mutate(pdf, random, description);
			assertExtractsOrRefuses("brev.pdf", mutated, "PDF variant " + variant + description);
		}
	}

	@Test
	@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
	void mutatedDocxIsReadOrRefused() throws IOException {
		Random random = new Random(RANDOM_SEED);
		for (int variant = 0; variant < DOCX_VARIANTS; variant++) {
			StringBuilder description = new StringBuilder();
			byte[] mutated = mutate(docx, random, description);
			assertExtractsOrRefuses("brev.docx", mutated, "DOCX variant " + variant + description);
		}
		// a ZIP that is intact around damaged XML gets past the ZIP reader into POI's XML parsing
		for (int variant = 0; variant < DOCX_XML_VARIANTS; variant++) {
			StringBuilder description = new StringBuilder();
			byte[] mutated = mutateEntry(docx, "word/document.xml", random, description);
			assertExtractsOrRefuses("brev.docx", mutated, "DOCX XML variant " + variant + description);
		}
	}

	@Test
	@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
	void randomBytesAreReadOrRefused() {
		Random random = new Random(RANDOM_SEED);
		for (int i = 0; i < RANDOM_FILES; i++) {
			byte[] prefix = PREFIXES.get(i % PREFIXES.size());
			byte[] bytes = Arrays.copyOf(prefix, prefix.length + random.nextInt(3000));
			for (int b = prefix.length; b < bytes.length; b++) {
				// half the files are ASCII-ish, so some pass as text
				bytes[b] = (byte) (i % 4 < 2 ? random.nextInt(256) : 32 + random.nextInt(95));
			}
			assertExtractsOrRefuses("brev", bytes, "random file " + i);
		}
	}

	private void assertExtractsOrRefuses(String filename, byte[] bytes, String what) {
		try {
			ExtractedText extracted = extractor.extract(filename, bytes);
			assertThat(extracted.format()).as(what).isNotNull();
			assertThat(extracted.text()).as(what).isNotBlank();
			assertThat(extracted.pages()).as(what).isNotNegative();
		}
		catch (UnreadableDocumentException refused) {
			assertThat(refused.getMessage()).as(what).isNotBlank();
		}
		catch (RuntimeException | StackOverflowError e) {
			fail("extract threw " + e + " for " + what, e);
		}
	}

	/** One to three byte-level edits, described for the failure message. */
	private static byte[] mutate(byte[] original, Random random, StringBuilder description) {
		byte[] bytes = original.clone();
		int edits = 1 + random.nextInt(3);
		for (int e = 0; e < edits && bytes.length > 0; e++) {
			int from = random.nextInt(bytes.length);
			int to = Math.min(bytes.length, from + 1 + random.nextInt(64));
			switch (random.nextInt(6)) {
				case 0 -> {
					description.append(" flip ").append(from);
					bytes[from] ^= (byte) (1 << random.nextInt(8));
				}
				case 1 -> {
					description.append(" overwrite ").append(from).append("..").append(to);
					for (int i = from; i < to; i++) {
						bytes[i] = (byte) random.nextInt(256);
					}
				}
				case 2 -> {
					description.append(" delete ").append(from).append("..").append(to);
					bytes = concat(Arrays.copyOfRange(bytes, 0, from), Arrays.copyOfRange(bytes, to, bytes.length));
				}
				case 3 -> {
					description.append(" duplicate ").append(from).append("..").append(to);
					bytes = concat(Arrays.copyOfRange(bytes, 0, to), Arrays.copyOfRange(bytes, from, bytes.length));
				}
				case 4 -> {
					description.append(" truncate ").append(from);
					bytes = Arrays.copyOf(bytes, from);
				}
				default -> {
					description.append(" digits ").append(from).append("..").append(to);
					// numbers carry the offsets, lengths and counts PDF and ZIP structures rely on
					for (int i = from; i < to; i++) {
						if (bytes[i] >= '0' && bytes[i] <= '9') {
							bytes[i] = (byte) ('0' + random.nextInt(10));
						}
					}
				}
			}
		}
		return bytes;
	}

	/** The ZIP with one entry's content edited and everything else copied, so the ZIP itself stays valid. */
	private static byte[] mutateEntry(byte[] zip, String name, Random random, StringBuilder description)
			throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
				ZipOutputStream copy = new ZipOutputStream(out)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				if (entry.getName().equals(name)) {
					content = random.nextInt(4) == 0 ? insertMarkup(content, random, description)
							: mutate(content, random, description);
				}
				copy.putNextEntry(new ZipEntry(entry.getName()));
				copy.write(content);
				copy.closeEntry();
			}
		}
		return out.toByteArray();
	}

	private static byte[] insertMarkup(byte[] xml, Random random, StringBuilder description) {
		List<String> markup = List.of("<", "&", "]]>", "<w:p>", "</w:tbl>",
				"<w:numPr><w:numId w:val=\"99\"/></w:numPr>", "<!DOCTYPE x [<!ENTITY e SYSTEM \"secret.txt\">]>",
				"&e;", "\u0000");
		int at = random.nextInt(xml.length + 1);
		String inserted = markup.get(random.nextInt(markup.size()));
		description.append(" insert ").append(inserted).append(" at ").append(at);
		return concat(concat(Arrays.copyOf(xml, at), bytes(inserted)), Arrays.copyOfRange(xml, at, xml.length));
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] both = Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
