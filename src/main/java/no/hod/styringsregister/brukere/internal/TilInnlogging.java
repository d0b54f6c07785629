package no.hod.styringsregister.brukere.internal;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Sends a browser that is not signed in to the login page, saying so when the session it sent has run out (a first
 * visit, without one, is only asked to log in). The page it was going to is kept by the request cache.
 * <p>
 * htmx (the list's filters) would follow a redirect inside its own request, put the login page's address in the
 * address bar and leave the old list on screen: it is answered 401 with HX-Redirect instead, which htmx 2 obeys
 * whatever the status, by opening the login page. Its address is the page to come back to: htmx asks for the results
 * at the address it then puts in the address bar (hx-push-url), which opened without HX-Request is the whole page,
 * with the filter change that met the expired session (the page it was sent from, HX-Current-URL, had lost it).
 */
final class TilInnlogging implements AuthenticationEntryPoint {

	private static final String LOGIN = "/login";

	private static final String UTLOPT = "/login?sesjon-utlopt";

	private final AuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint(LOGIN);

	private final AuthenticationEntryPoint utlopt = new LoginUrlAuthenticationEntryPoint(UTLOPT);

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException, ServletException {
		if (htmx(request)) {
			// The list was shown signed in: without a session the server knows (its cookie gone, or the session
			// ended), the session ran out. One it still knows only lost its sign-in (a user deactivated meanwhile,
			// which the login page tells itself).
			boolean gyldig = request.isRequestedSessionIdValid();
			if (HttpMethod.GET.matches(request.getMethod())) {
				String query = request.getQueryString();
				SideEtterInnlogging.husk(request, request.getRequestURI() + (query == null ? "" : "?" + query));
			}
			response.setStatus(HttpStatus.UNAUTHORIZED.value());
			response.setHeader("HX-Redirect", request.getContextPath() + (gyldig ? LOGIN : UTLOPT));
			return;
		}
		boolean utloptSesjon = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
		(utloptSesjon ? utlopt : login).commence(request, response, exception);
	}

	/** Whether htmx sent the request (for part of a page), not the browser for a page. */
	static boolean htmx(HttpServletRequest request) {
		return "true".equals(request.getHeader("HX-Request"));
	}
}
