package no.hod.styringsregister;

import java.net.URI;
import java.net.URISyntaxException;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;

/**
 * The way back to the page a refused request came from: an error page's link, and the page a form sent after its
 * session ran out returns to after logging in. In the base package, outside the modules, as EnLinje: the web module's
 * error pages and the brukere module's login both need it, and the web module depends on brukere.
 */
public final class TilbakeLenke {

	private TilbakeLenke() {
	}

	/**
	 * The page the request came from (path and query of the Referer), when it is one of ours; else {@code null}. Only
	 * the path is used, so a link built from it stays on this site whatever the header says.
	 */
	public static String sti(HttpServletRequest request) {
		return sti(request, request.getHeader(HttpHeaders.REFERER));
	}

	/**
	 * As {@link #sti(HttpServletRequest)}, for an address named otherwise than by the Referer: its
	 * path and query when it is one of ours, else {@code null}.
	 */
	public static String sti(HttpServletRequest request, String adresse) {
		if (adresse == null || adresse.isBlank()) {
			return null;
		}
		try {
			URI uri = new URI(adresse.strip());
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
