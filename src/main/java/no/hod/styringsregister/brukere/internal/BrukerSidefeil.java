package no.hod.styringsregister.brukere.internal;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A user that does not exist (an old link, a number typed in, a user list open while another admin's change went
 * through): which user, and the way back to the list, rather than the general «Fant ikke siden».
 */
@ControllerAdvice(assignableTypes = AdminBrukerController.class)
class BrukerSidefeil {

	@ExceptionHandler(BrukerIkkeFunnetException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String ikkeFunnet(BrukerIkkeFunnetException ex, Model model) {
		model.addAttribute("tittel", "bruker.feil.ikke-funnet");
		model.addAttribute("feilmelding", ex.getMessage());
		model.addAttribute("lenke", "/admin/brukere");
		model.addAttribute("lenketekst", "bruker.feil.tilbake");
		return "feilside";
	}
}
