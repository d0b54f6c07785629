package no.hod.styringsregister.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import no.hod.styringsregister.TilbakeLenke;

/**
 * What the error pages need beyond the status: whether a form was refused for its CSRF token, the way back to the
 * page a request came from, and the assignment an address under it belongs to.
 */
@ControllerAdvice(assignableTypes = ErrorController.class)
class Feilsider {

	/** {@code /oppdrag/TB2025-1/status}: an address of one assignment's forms. */
	private static final Pattern OPPDRAG = Pattern.compile("/oppdrag/([^/]+)/.+");

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

	/** {@code /oppdrag/TB2025-1} for an address under an assignment (without the context path); else {@code null}. */
	@ModelAttribute("oppdragSti")
	String oppdragSti(HttpServletRequest request) {
		if (!(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String adresse)
				|| !adresse.startsWith(request.getContextPath())) {
			return null;
		}
		Matcher m = OPPDRAG.matcher(adresse.substring(request.getContextPath().length()));
		return m.matches() ? "/oppdrag/" + m.group(1) : null;
	}
}
