package no.hod.styringsregister.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

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
		return tekst(storrelse.toBytes());
	}

	static String tekst(long bytes) {
		long mb = 1024L * 1024;
		if (bytes >= mb) {
			return desimal(bytes, mb) + " MB";
		}
		if (bytes >= 1024) {
			return desimal(bytes, 1024) + " kB";
		}
		return bytes + " byte";
	}

	private static String desimal(long bytes, long enhet) {
		long tideler = Math.round(bytes * 10.0 / enhet);
		return tideler % 10 == 0 ? Long.toString(tideler / 10) : (tideler / 10) + "," + (tideler % 10);
	}
}
