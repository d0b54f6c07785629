package no.hod.styringsregister.oppdrag.internal;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import no.hod.styringsregister.web.Formats;

/**
 * The pages' answer to a list address that cannot be read, a refused choice or change, or an unknown assignment: the
 * reason in Norwegian and a way back to the list, rather than the general error page. The API answers in JSON on its
 * own.
 */
@ControllerAdvice(assignableTypes = { OppdragController.class, OppdragEksport.class })
class OppdragSidefeil {

	private static final String SIDE = "oppdrag/feil";

	private final MessageSource messages;

	OppdragSidefeil(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(UgyldigParameter.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String ugyldigParameter(UgyldigParameter ex, Model model) {
		String felt = messages.getMessage("oppdrag.parameter." + ex.parameter(), null, ex.parameter(), Formats.NORSK);
		return side(model, "oppdrag.feil.ugyldig",
				messages.getMessage("oppdrag.feil.ugyldig.parameter", new Object[] { ex.verdi(), felt }, Formats.NORSK));
	}

	@ExceptionHandler(Avvist.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String avvist(Avvist ex, Model model) {
		return side(model, "oppdrag.feil.ugyldig", ex.getMessage());
	}

	/** Still a 403, with the workflow's reason (another division's assignment, a role's limits). */
	@ExceptionHandler(Nektet.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String nektet(Nektet ex, Model model) {
		return side(model, "oppdrag.feil.nektet", ex.getMessage());
	}

	@ExceptionHandler(IkkeFunnet.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String ikkeFunnet(IkkeFunnet ex, Model model) {
		return side(model, "oppdrag.feil.ikke-funnet", ex.getMessage());
	}

	private static String side(Model model, String tittel, String feilmelding) {
		model.addAttribute("tittel", tittel);
		model.addAttribute("feilmelding", feilmelding);
		return SIDE;
	}
}
