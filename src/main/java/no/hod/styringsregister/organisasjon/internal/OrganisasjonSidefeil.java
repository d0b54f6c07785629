package no.hod.styringsregister.organisasjon.internal;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerMapping;

import no.hod.styringsregister.Sitert;

/**
 * The organisation pages' answer, the admin's too, to a unit that is not there or an address that names none: which,
 * and the way back to the organisation, rather than the general «Fant ikke siden» or «Sjekk det du fylte inn»
 * (nothing was filled in).
 */
@ControllerAdvice(assignableTypes = { OrganisasjonController.class, OrganisasjonAdminController.class })
class OrganisasjonSidefeil {

	private static final String START = "/organisasjon";

	private static final String TILBAKE = "org.tilbake";

	@ExceptionHandler(EnhetIkkeFunnetException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String ikkeFunnet(EnhetIkkeFunnetException ex, Model model) {
		model.addAttribute("tittel", "org.feil.ikke-funnet");
		model.addAttribute("feilmelding", ex.getMessage());
		model.addAttribute("lenke", START);
		model.addAttribute("lenketekst", TILBAKE);
		return "feilside";
	}

	/** {@code /organisasjon/enhet/abc}, {@code /admin/organisasjon/enhet/abc}, {@code ?alle=kanskje}. */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String ugyldig(MethodArgumentTypeMismatchException ex, HttpServletRequest request, Model model) {
		Class<?> type = ex.getRequiredType();
		// The unit's number in the address (/enhet/{id}), as the mapping names it.
		boolean enhet = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) instanceof String sti
				&& sti.contains("/enhet/{" + ex.getName() + "}");
		model.addAttribute("feilmelding", Sitert.verdi(ex.getValue()) + " " + (enhet ? "er ikke et gyldig enhetsnummer."
				: type == long.class || type == Long.class ? "er ikke et gyldig nummer."
						: type == UUID.class ? "viser ikke til noen import."
								: "er ikke en gyldig verdi for " + Sitert.verdi(ex.getName()) + "."));
		// The register's page for a refused choice (web's UgyldigValg), filled in here: web depends, through the
		// users module, on this one.
		model.addAttribute("lenke", START);
		model.addAttribute("lenketekst", TILBAKE);
		return "ugyldig";
	}
}
