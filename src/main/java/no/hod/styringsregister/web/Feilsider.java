package no.hod.styringsregister.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the error pages need beyond the status: whether a form was refused for its CSRF token, and the way back to
 * the page a request came from.
 */
@ControllerAdvice(assignableTypes = ErrorController.class)
class Feilsider {

	/**
	 * A form refused by the CSRF check. Nearly always the session ran out while the form stood open (the token lived
	 * in it), or the form is older than the latest sign-in: the user needs to sign in or reload, not an administrator.
	 */
	static boolean skjemaUtlopt(HttpServletRequest request) {
		return request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof CsrfException;
	}

	@ModelAttribute("skjemaUtlopt")
	boolean skjemaUtloptAttributt(HttpServletRequest request) {
		return skjemaUtlopt(request);
	}

	/** The page the refused request came from, when it is one of ours; else {@code null}. */
	@ModelAttribute("tilbake")
	String tilbake(HttpServletRequest request) {
		return TilbakeLenke.sti(request);
	}
}
