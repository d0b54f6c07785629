package no.hod.styringsregister.instrukser.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns an uploaded file into text. This is the one place that reads files: it stands in for the dokumenter module's
 * {@code TextExtractor} and, until that module is on this branch, reads UTF-8 text only. With it, the body becomes
 * {@code new TextExtractor(maxBytes).extract(filnavn, innhold).text()}, with {@code UnreadableDocumentException}
 * turned into {@link UnreadableFileException}.
 */
final class DocumentReader {

	private final long maxBytes;

	DocumentReader(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	String read(String filnavn, byte[] innhold) {
		if (innhold == null || innhold.length == 0) {
			throw new UnreadableFileException("Filen er tom.", false);
		}
		if (innhold.length > maxBytes) {
			throw new UnreadableFileException("Filen er for stor. Største tillatte størrelse er "
					+ maxBytes / (1024 * 1024) + " MB.", true);
		}
		try {
			String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(innhold)).toString();
			if (text.indexOf('\0') >= 0) {
				throw new CharacterCodingException();
			}
			return text.startsWith("\ufeff") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			throw new UnreadableFileException("Kunne ikke lese «" + filnavn + "». Foreløpig leses bare tekstfiler "
					+ "(UTF-8); lagre dokumentet som ren tekst og prøv igjen.", false);
		}
	}
}
