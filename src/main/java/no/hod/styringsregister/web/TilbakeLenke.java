package no.hod.styringsregister.web;

import java.net.URI;
import java.net.URISyntaxException;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;

/** The way back to the page a refused request came from, for an error page's link. */
final class TilbakeLenke {

	private TilbakeLenke() {
	}

	/**
	 * The page the request came from (path and query of the Referer), when it is one of ours; else {@code null}. Only
	 * the path is used, so a link built from it stays on this site whatever the header says.
	 */
	static String sti(HttpServletRequest request) {
		String referer = request.getHeader(HttpHeaders.REFERER);
		if (referer == null || referer.isBlank()) {
			return null;
		}
		try {
			URI uri = new URI(referer.strip());
			String sti = uri.getRawPath();
			// The host alone decides: behind a proxy the scheme and port the app sees differ from the browser's.
			if (uri.getHost() == null || !uri.getHost().equalsIgnoreCase(request.getServerName()) || sti == null
					|| !sti.startsWith(request.getContextPath() + "/") || sti.startsWith("//")) {
				return null;
			}
			return uri.getRawQuery() == null ? sti : sti + "?" + uri.getRawQuery();
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}
}
