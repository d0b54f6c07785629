package no.hod.styringsregister.web;

import java.util.List;
import java.util.Optional;
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
 * What the error pages need beyond the status: whether a form was refused for its CSRF token or an upload for its
 * file's name, the way back to the page a request came from, and the assignment and the module's list an address under
 * them belongs to.
 */
@ControllerAdvice(assignableTypes = ErrorController.class)
class Feilsider {

	/** {@code /oppdrag/TB2025-1/status}: an address of one assignment's forms. */
	private static final Pattern OPPDRAG = Pattern.compile("/oppdrag/([^/]+)/.+");

	/** The modules' lists, as the menu has them; the link's text is {@code feil.liste.oppdrag} and so on. */
	private static final List<String> MODULLISTER = List.of("/oppdrag", "/tildelingsbrev", "/bevilgninger",
			"/rapporteringskalender", "/instrukser", "/organisasjon");

	private final Filnavnsgrense filnavn;

	Feilsider(Filnavnsgrense filnavn) {
		this.filnavn = filnavn;
	}

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

	/**
	 * A form sent as browsers send it, with its token in the body: Tomcat refuses the upload when the CSRF check reads
	 * the body, and the 413 comes here, with Tomcat's refusal as the error.
	 */
	@ModelAttribute("filnavnForLangt")
	boolean filnavnForLangt(HttpServletRequest request) {
		return request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable feil
				&& filnavn.overskredet(feil);
	}

	/** The page the refused request came from, when it is one of ours; else {@code null}. */
	@ModelAttribute("tilbake")
	String tilbake(HttpServletRequest request) {
		return TilbakeLenke.sti(request);
	}

	/** {@code /oppdrag/TB2025-1} for an address under an assignment (without the context path); else {@code null}. */
	@ModelAttribute("oppdragSti")
	String oppdragSti(HttpServletRequest request) {
		return adresse(request).map(OPPDRAG::matcher).filter(Matcher::matches).map(m -> "/oppdrag/" + m.group(1))
			.orElse(null);
	}

	/** The list of the module an address is under ({@code /oppdrag} for {@code /oppdrag/ruting}); else {@code null}. */
	@ModelAttribute("modulSti")
	String modulSti(HttpServletRequest request) {
		return adresse(request).flatMap(sti -> MODULLISTER.stream().filter(liste -> sti.startsWith(liste + "/"))
			.findFirst()).orElse(null);
	}

	/** The failed request's address without the context path, when it is under it. */
	private static Optional<String> adresse(HttpServletRequest request) {
		if (!(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String adresse)
				|| !adresse.startsWith(request.getContextPath())) {
			return Optional.empty();
		}
		return Optional.of(adresse.substring(request.getContextPath().length()));
	}
}
