package no.hod.styringsregister.brukere.internal;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The session's CSRF token for a script, which has no page to read it from: the API's changes are refused without
 * it, as the pages' forms are, since the session is a cookie a browser would send for any site. Open before
 * signing in too, for the login form's own token; signing in gives the session a new one, so a script asks again
 * after it. Another site's page cannot read the answer (no CORS), so the token stays the session's secret.
 */
@RestController
class CsrfApiController {

	static final String STI = "/api/csrf";

	/** {@code token}: send it in the header named {@code header}, or in a form as the parameter {@code parameter}. */
	record CsrfSvar(String token, String header, String parameter) {
	}

	@GetMapping(STI)
	CsrfSvar csrf(CsrfToken token) {
		return new CsrfSvar(token.getToken(), token.getHeaderName(), token.getParameterName());
	}
}
