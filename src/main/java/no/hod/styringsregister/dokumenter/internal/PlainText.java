package no.hod.styringsregister.dokumenter.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import no.hod.styringsregister.dokumenter.DocumentFormat;
import no.hod.styringsregister.dokumenter.ExtractedText;
import no.hod.styringsregister.dokumenter.UnreadableDocumentException;

/**
 * Reads a text file: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252, which is what Norwegian
 * Windows programs save. Bytes that decode in neither, or that are full of control characters, are binary.
 */
public final class PlainText {

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	/** Text files may hold a stray control character (copied from PDFs), binaries hold many. */
	private static final int MAX_CONTROL_CHARS_PER_HUNDRED = 1;

	private PlainText() {
	}

	public static ExtractedText extract(byte[] bytes) {
		String text = decode(bytes).orElseThrow(() -> new UnreadableDocumentException(Messages.UNSUPPORTED));
		if (text.isBlank()) {
			throw new UnreadableDocumentException(Messages.NO_TEXT);
		}
		return new ExtractedText(DocumentFormat.TXT, text, pages(text));
	}

	/** The text with line ends made {@code \n}, or empty if the bytes do not look like text. */
	static Optional<String> decode(byte[] bytes) {
		return decodeCharset(bytes).filter(PlainText::looksLikeText)
				.map(text -> text.replace("\r\n", "\n").replace('\r', '\n'));
	}

	private static Optional<String> decodeCharset(byte[] bytes) {
		if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
			return Optional.of(lenient(bytes, 3, StandardCharsets.UTF_8));
		}
		if (startsWith(bytes, 0xFF, 0xFE)) {
			return Optional.of(lenient(bytes, 2, StandardCharsets.UTF_16LE));
		}
		if (startsWith(bytes, 0xFE, 0xFF)) {
			return Optional.of(lenient(bytes, 2, StandardCharsets.UTF_16BE));
		}
		for (byte b : bytes) {
			if (b == 0) {
				return Optional.empty();
			}
		}
		return strict(bytes, StandardCharsets.UTF_8).or(() -> strict(bytes, WINDOWS_1252));
	}

	private static boolean looksLikeText(String text) {
		int control = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\u000b') {
				control++;
			}
		}
		return control * 100L <= (long) text.length() * MAX_CONTROL_CHARS_PER_HUNDRED && text.indexOf('\0') < 0;
	}

	/** Pages as pdftotext separates them, by form feeds; only pages with text count. */
	private static int pages(String text) {
		int pages = 0;
		for (String page : text.split("\f")) {
			if (!page.isBlank()) {
				pages++;
			}
		}
		return Math.max(pages, 1);
	}

	private static Optional<String> strict(byte[] bytes, Charset charset) {
		try {
			CharBuffer chars = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
			return Optional.of(chars.toString());
		}
		catch (CharacterCodingException notThisCharset) {
			return Optional.empty();
		}
	}

	/** With a BOM the file says what it is; a broken character then becomes U+FFFD rather than a refusal. */
	private static String lenient(byte[] bytes, int bomLength, Charset charset) {
		return new String(bytes, bomLength, bytes.length - bomLength, charset);
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}
}
