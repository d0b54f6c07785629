package no.hod.styringsregister.organisasjon.internal;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The organisation pages' answer to a unit that is not there or an address that names none: which, and the way back
 * to the organisation, rather than the general «Fant ikke siden» or «Sjekk det du fylte inn» (nothing was filled in).
 */
@ControllerAdvice(assignableTypes = OrganisasjonController.class)
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

	/** {@code /organisasjon/enhet/abc}, {@code ?alle=kanskje}. */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String ugyldig(MethodArgumentTypeMismatchException ex, Model model) {
		Class<?> type = ex.getRequiredType();
		model.addAttribute("feilmelding", type == long.class || type == Long.class
				? "«" + ex.getValue() + "» er ikke et gyldig nummer."
				: "«" + ex.getValue() + "» er ikke en gyldig verdi for «" + ex.getName() + "».");
		// The register's page for a refused choice (web's UgyldigValg), filled in here: web depends, through the
		// users module, on this one.
		model.addAttribute("lenke", START);
		model.addAttribute("lenketekst", TILBAKE);
		return "ugyldig";
	}
}
