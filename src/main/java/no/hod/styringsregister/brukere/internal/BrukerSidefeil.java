package no.hod.styringsregister.brukere.internal;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import no.hod.styringsregister.Sitert;

/**
 * A user that does not exist (an old link, a number typed in, a user list open while another admin's change went
 * through): which user, and the way back to the list, rather than the general «Fant ikke siden». An address that
 * names no user ({@code /admin/brukere/abc}) says so, rather than asking to check what was filled in.
 */
@ControllerAdvice(assignableTypes = AdminBrukerController.class)
class BrukerSidefeil {

	private static final String LISTE = "/admin/brukere";

	private static final String TILBAKE = "bruker.feil.tilbake";

	@ExceptionHandler(BrukerIkkeFunnetException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String ikkeFunnet(BrukerIkkeFunnetException ex, Model model) {
		model.addAttribute("tittel", "bruker.feil.ikke-funnet");
		model.addAttribute("feilmelding", ex.getMessage());
		model.addAttribute("lenke", LISTE);
		model.addAttribute("lenketekst", TILBAKE);
		return "feilside";
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String ugyldigNummer(MethodArgumentTypeMismatchException ex, Model model) {
		// The register's page for a refused choice (web's UgyldigValg), filled in here: web depends on this module.
		model.addAttribute("feilmelding", Sitert.verdi(ex.getValue()) + " er ikke et gyldig brukernummer.");
		model.addAttribute("lenke", LISTE);
		model.addAttribute("lenketekst", TILBAKE);
		return "ugyldig";
	}
}
