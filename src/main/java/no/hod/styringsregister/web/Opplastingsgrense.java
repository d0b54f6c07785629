package no.hod.styringsregister.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import no.hod.styringsregister.dokumenter.DocumentTooLargeException;

/**
 * The largest file the server takes in an upload, as configured, in the words the pages use («20 MB»). Templates
 * read it as {@code @opplastingsgrense.tekst}, so help texts and the 413 page name the limit that applies rather than
 * a number written into them.
 */
@Component("opplastingsgrense")
public class Opplastingsgrense {

	private final DataSize storrelse;

	Opplastingsgrense(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize storrelse) {
		this.storrelse = storrelse;
	}

	public DataSize storrelse() {
		return storrelse;
	}

	/** {@code 20 MB}, {@code 1,5 MB}, {@code 500 kB}, {@code 800 byte} (1 MB = 1 048 576 byte). */
	public String tekst() {
		// As the importers' own refusal of a file too large writes it.
		return DocumentTooLargeException.readableSize(storrelse.toBytes());
	}
}
