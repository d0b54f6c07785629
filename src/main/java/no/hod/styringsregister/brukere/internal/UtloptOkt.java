package no.hod.styringsregister.brukere.internal;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.savedrequest.SimpleSavedRequest;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import no.hod.styringsregister.TilbakeLenke;

/**
 * A form sent after the session ran out: its CSRF token lived in the session, so it is refused before anyone asks who
 * sent it. Not signed in any more, the user is sent to log in, and afterwards back to the page the form was on (the
 * Referer, when it is one of ours: never another site), where the browser gives back what was typed
 * (styringsregister.js). The form itself is not sent again: its page is, by GET. Signed in, the form is only older
 * than the session, and the error page says so; the API answers a script as before.
 */
final class UtloptOkt implements AccessDeniedHandler {

	static final String LOGIN = "/login?utlopt";

	/** Where Spring Security's session request cache keeps the address to return to after logging in. */
	private static final String LAGRET = "SPRING_SECURITY_SAVED_REQUEST";

	private static final RequestMatcher API = PathPatternRequestMatcher.pathPattern("/api/**");

	private final AccessDeniedHandler ellers;

	UtloptOkt(AccessDeniedHandler ellers) {
		this.ellers = ellers;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refusal)
			throws IOException, ServletException {
		if (!(refusal instanceof CsrfException) || response.isCommitted() || API.matches(request)
				|| Rolletilgang.innlogget(SecurityContextHolder.getContext().getAuthentication())) {
			ellers.handle(request, response, refusal);
			return;
		}
		String side = TilbakeLenke.sti(request);
		String login = request.getContextPath() + "/login";
		// The login form's own page is no page to come back to.
		if (side != null && !side.equals(login) && !side.startsWith(login + "?")) {
			request.getSession().setAttribute(LAGRET,
					new SimpleSavedRequest(side.substring(request.getContextPath().length())));
		}
		response.sendRedirect(request.getContextPath() + LOGIN);
	}
}
