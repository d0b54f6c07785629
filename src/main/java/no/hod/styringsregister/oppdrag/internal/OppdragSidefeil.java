package no.hod.styringsregister.oppdrag.internal;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.HandlerMapping;

import no.hod.styringsregister.web.Formats;
import no.hod.styringsregister.web.UgyldigValg;

/**
 * The pages' answer to a list address that cannot be read, a refused choice or change, or an unknown assignment: the
 * reason in Norwegian, in the common layout, and a way back to the assignment and the list, rather than the general
 * error page. A refusal (400) is the page every module gives (UgyldigValg). The API answers in JSON on its own.
 */
@ControllerAdvice(assignableTypes = { OppdragController.class, OppdragEksport.class })
class OppdragSidefeil {

	private static final String SIDE = "oppdrag/feil";

	private static final String LISTE = "/oppdrag";

	private final MessageSource messages;

	OppdragSidefeil(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(UgyldigParameter.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String ugyldigParameter(UgyldigParameter ex, Model model, HttpServletRequest request) {
		String felt = messages.getMessage("oppdrag.parameter." + ex.parameter(), null, ex.parameter(), Formats.NORSK);
		return UgyldigValg.side(model, request,
				messages.getMessage("oppdrag.feil.ugyldig.parameter", new Object[] { ex.verdi(), felt }, Formats.NORSK),
				LISTE, "oppdrag.tilbake", ex.parameter());
	}

	/** A refused filter leads back to the list without the parameters it names, a refused change to its assignment. */
	@ExceptionHandler(Avvist.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String avvist(Avvist ex, Model model, HttpServletRequest request) {
		String oppdragId = oppdragId(request);
		if (oppdragId == null) {
			return UgyldigValg.side(model, request, ex.getMessage(), LISTE, "oppdrag.tilbake",
					ex.felt().toArray(String[]::new));
		}
		model.addAttribute("lenkeargument", oppdragId);
		return UgyldigValg.side(model, request, ex.getMessage(), LISTE + "/" + oppdragId, "oppdrag.tilbake.til");
	}

	/** Still a 403, with the workflow's reason (another division's assignment, a role's limits). */
	@ExceptionHandler(Nektet.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String nektet(Nektet ex, Model model, HttpServletRequest request) {
		return side(model, oppdragId(request), "oppdrag.feil.nektet", ex.getMessage());
	}

	@ExceptionHandler(IkkeFunnet.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String ikkeFunnet(IkkeFunnet ex, Model model) {
		// No way back to an assignment that is not there: only to the list.
		return side(model, null, "oppdrag.feil.ikke-funnet", ex.getMessage());
	}

	private static String side(Model model, String oppdragId, String tittel, String feilmelding) {
		model.addAttribute("oppdragId", oppdragId);
		model.addAttribute("tittel", tittel);
		model.addAttribute("feilmelding", feilmelding);
		return SIDE;
	}

	/** The assignment of the address ({@code /oppdrag/{id}/...}), to lead back to it; {@code null} for the list. */
	private static String oppdragId(HttpServletRequest request) {
		Object variabler = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		return variabler instanceof Map<?, ?> map && map.get("id") instanceof String id ? id : null;
	}
}
