package no.hod.styringsregister.brukere.internal;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import no.hod.styringsregister.TilbakeLenke;

/**
 * A form sent after the session ran out: its CSRF token lived in the session, so it is refused before anyone asks who
 * sent it. Not signed in any more, the user is sent to log in, and afterwards back to the page the form was on (the
 * Referer, when it is one of ours: never another site), where the browser gives back what was typed
 * (styringsregister.js). The form itself is not sent again: its page is, by GET. «Logg ut» is no form whose content
 * was lost: the user is logged out already, and told so as after any logout. Signed in, the form is only older than
 * the session, and the error page says so. A script calling the API without a session (no cookie, or its session
 * ended) gets the 401 a GET gets: signing in is what it lacks, not a token. Signed in, its bad token stays a 403.
 */
final class UtloptOkt implements AccessDeniedHandler {

	static final String LOGIN = "/login?utlopt";

	private static final RequestMatcher API = PathPatternRequestMatcher.pathPattern("/api/**");

	private static final RequestMatcher LOGG_UT = PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/logout");

	private final AuthenticationEntryPoint apiInnlogging;

	private final AccessDeniedHandler ellers;

	UtloptOkt(AuthenticationEntryPoint apiInnlogging, AccessDeniedHandler ellers) {
		this.apiInnlogging = apiInnlogging;
		this.ellers = ellers;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refusal)
			throws IOException, ServletException {
		if (!(refusal instanceof CsrfException) || response.isCommitted()
				|| Rolletilgang.innlogget(SecurityContextHolder.getContext().getAuthentication())) {
			ellers.handle(request, response, refusal);
			return;
		}
		if (API.matches(request)) {
			apiInnlogging.commence(request, response,
					new InsufficientAuthenticationException("Ingen innlogget økt", refusal));
			return;
		}
		if (LOGG_UT.matches(request)) {
			response.sendRedirect(request.getContextPath() + SecurityConfiguration.UTLOGGET);
			return;
		}
		SideEtterInnlogging.husk(request, TilbakeLenke.sti(request));
		response.sendRedirect(request.getContextPath() + LOGIN);
	}
}
