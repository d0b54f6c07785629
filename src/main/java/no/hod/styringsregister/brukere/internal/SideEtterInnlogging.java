package no.hod.styringsregister.brukere.internal;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.savedrequest.SimpleSavedRequest;

/**
 * The page to come back to after logging in when the refused request is no page itself (a form sent after its session
 * ran out, a filter htmx asked for): the page the browser showed, named by the browser. Never the login itself, nor
 * the API (a script is answered, not sent to log in).
 */
final class SideEtterInnlogging {

	/** Where Spring Security's session request cache keeps the address to return to after logging in. */
	private static final String LAGRET = "SPRING_SECURITY_SAVED_REQUEST";

	private SideEtterInnlogging() {
	}

	/**
	 * Keeps the page for after the login, in a session started for it.
	 *
	 * @param side path and query of one of our pages, context path first (TilbakeLenke); {@code null}: none
	 */
	static void husk(HttpServletRequest request, String side) {
		if (side == null) {
			return;
		}
		String sti = side.substring(request.getContextPath().length());
		if (sti.equals("/login") || sti.startsWith("/login?") || sti.startsWith("/login/") || sti.equals("/api")
				|| sti.startsWith("/api/") || sti.startsWith("/api?")) {
			return;
		}
		request.getSession().setAttribute(LAGRET, new SimpleSavedRequest(sti));
	}
}
