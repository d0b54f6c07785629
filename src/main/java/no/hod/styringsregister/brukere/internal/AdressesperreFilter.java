package no.hod.styringsregister.brukere.internal;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a password login from a client address locked by too many failed logins (see {@link LoginAttempts}),
 * before the user name is looked at: the answer is the same whatever the name, and no password is checked. The
 * address is the one the server resolved: behind the proxy, the client's (server.forward-headers-strategy=native).
 */
final class AdressesperreFilter extends OncePerRequestFilter {

	static final String SPERRET = "/login?sperret-adresse";

	private static final RequestMatcher INNLOGGING = pathPattern(HttpMethod.POST, "/login");

	private final LoginAttempts attempts;

	AdressesperreFilter(LoginAttempts attempts) {
		this.attempts = attempts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (INNLOGGING.matches(request) && attempts.isAddressLocked(request.getRemoteAddr())) {
			response.sendRedirect(request.getContextPath() + SPERRET);
			return;
		}
		chain.doFilter(request, response);
	}
}
