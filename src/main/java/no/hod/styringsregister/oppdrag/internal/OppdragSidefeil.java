package no.hod.styringsregister.oppdrag.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.hod.styringsregister.Sitert;
import no.hod.styringsregister.oppdrag.OppdragStatus;
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

	/** The status form's address, as it is mapped. */
	private static final String STATUSSKJEMA = "/oppdrag/{id}/status";

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

	/**
	 * A form value that cannot be read: a status the form does not offer ({@code UKJENT}), or a hidden field changed
	 * ({@code versjon=abc}, {@code fremdriftSkjult=x}), from a stale or tampered page. The status form comes back
	 * with what was typed in it and the reason, as any refused change does, rather than a page that loses the text;
	 * nothing is saved. Any other address answers 400, with the way back to its assignment.
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	String ugyldigVerdi(MethodArgumentTypeMismatchException ex, Model model, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		boolean status = "status".equals(ex.getName());
		String melding = status
				? Sitert.verdi(ex.getValue()) + " er ikke en status oppdraget kan få. Velg status i listen og lagre "
						+ "igjen; det du skrev, står i skjemaet."
				: "Skjemaet kom tilbake med en verdi siden ikke gir: " + Sitert.verdi(ex.getValue()) + " i feltet «"
						+ ex.getName() + "». Ingenting ble lagret; last siden på nytt om det skjer igjen. Det du skrev, "
						+ "står i skjemaet.";
		String oppdragId = oppdragId(request);
		if (oppdragId != null && STATUSSKJEMA.equals(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE))) {
			OppdragController.Statusskjema skjema = new OppdragController.Statusskjema(
					status ? null : lesbarStatus(request.getParameter("status")),
					OppdragController.utenNul(request.getParameter("notat")),
					OppdragController.utenNul(request.getParameter("forventetDato")),
					OppdragController.utenNul(request.getParameter("grunn")));
			return OppdragController.tilbakeTilSkjema(melding, status ? List.of("status") : List.of(), skjema,
					oppdragId, Listeadresse.les(request.getParameter(Listeadresse.PARAMETER)), redirect);
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		if (oppdragId == null) {
			return UgyldigValg.side(model, request, melding, LISTE, "oppdrag.tilbake", ex.getName());
		}
		model.addAttribute("lenkeargument", oppdragId);
		return UgyldigValg.side(model, request, melding, LISTE + "/" + oppdragId, "oppdrag.tilbake.til");
	}

	/** A status sent beside the value that could not be read, to show it chosen again; {@code null} for none. */
	private static OppdragStatus lesbarStatus(String verdi) {
		return Arrays.stream(OppdragStatus.values()).filter(s -> s.name().equals(verdi)).findFirst().orElse(null);
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
