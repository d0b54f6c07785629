package no.hod.styringsregister.brukere.internal;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * A signed-in user without a role is refused with 403 everywhere, and told why: the API answers JSON, pages show the
 * waiting page. Everyone else gets the ordinary 403, with the refusal kept in the request (as Spring Security does
 * when it forwards to an error page) so the error page can tell a form refused for its CSRF token, one older than
 * the session it is sent in (a form whose session ran out goes to the login: UtloptOkt), from a lack of access.
 */
class VenterPaRolleHandler implements AccessDeniedHandler {

	static final String TEKST = "Du er logget inn, men har ikke fått tilgang ennå. En administrator må gi deg en rolle.";

	/** Marks a request forwarded to the waiting page because it was refused. */
	static final String NEKTET = VenterPaRolleHandler.class.getName() + ".NEKTET";

	private static final RequestMatcher API = PathPatternRequestMatcher.pathPattern("/api/**");

	private final AccessDeniedHandler standard = new AccessDeniedHandlerImpl();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refusal)
			throws IOException, ServletException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (response.isCommitted() || !Rolletilgang.innlogget(authentication) || Rolletilgang.harRolle(authentication)) {
			request.setAttribute(WebAttributes.ACCESS_DENIED_403, refusal);
			standard.handle(request, response, refusal);
			return;
		}
		response.setStatus(HttpStatus.FORBIDDEN.value());
		if (API.matches(request)) {
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			response.getWriter().write("{\"error\": \"" + TEKST + "\"}");
			return;
		}
		request.setAttribute(NEKTET, Boolean.TRUE);
		request.getRequestDispatcher("/venter").forward(request, response);
	}
}
