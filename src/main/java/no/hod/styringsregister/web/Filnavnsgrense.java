package no.hod.styringsregister.web;

import org.apache.tomcat.util.http.fileupload.impl.SizeLimitExceededException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Whether an upload was refused for its file's name rather than its size. Tomcat refuses a part whose header, which
 * carries the file's name, is over {@code server.tomcat.max-part-header-size} with the exception it has for a request
 * over the size limit, and Spring reports both as an upload too large: only the limit the exception names tells them
 * apart.
 */
@Component
class Filnavnsgrense {

	private final long delhode;

	Filnavnsgrense(@Value("${server.tomcat.max-part-header-size}") DataSize delhode) {
		this.delhode = delhode.toBytes();
	}

	/** {@code feil} or one of its causes is Tomcat's refusal of a part's header. */
	boolean overskredet(Throwable feil) {
		for (Throwable arsak = feil; arsak != null; arsak = arsak.getCause()) {
			if (arsak instanceof SizeLimitExceededException grense && grense.getPermittedSize() == delhode) {
				return true;
			}
		}
		return false;
	}
}
