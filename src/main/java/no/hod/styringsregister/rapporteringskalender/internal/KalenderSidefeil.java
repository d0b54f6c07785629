package no.hod.styringsregister.rapporteringskalender.internal;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * A view or filter that cannot be read, on the page or in its exports: the reason in Norwegian on the calendar's
 * error page, a 400. The API and the feed answer on their own.
 */
@ControllerAdvice(assignableTypes = { RapporteringskalenderController.class, KalenderEksport.class })
class KalenderSidefeil {

	@ExceptionHandler(IllegalArgumentException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String ugyldig(IllegalArgumentException ex, Model model) {
		model.addAttribute("feilmelding", ex.getMessage());
		return "rapporteringskalender/ugyldig";
	}

	/** A number that is not one; without this, the number parser's English message reached the page. */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String ugyldigTall(MethodArgumentTypeMismatchException ex, Model model) {
		model.addAttribute("feilmelding", "dager".equals(ex.getName()) ? "Velg 30 eller 90 dager."
				: "«" + ex.getValue() + "» er ikke et gyldig nummer.");
		return "rapporteringskalender/ugyldig";
	}
}
