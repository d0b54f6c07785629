package no.hod.styringsregister.instrukser.internal;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import no.hod.styringsregister.web.UgyldigValg;

/**
 * The instruction pages' answer to an unknown number or a choice that cannot be answered: the reason in Norwegian
 * inside the layout and a link back to the instructions, rather than the general error page. The API answers in JSON
 * on its own.
 */
@ControllerAdvice(assignableTypes = InstrukserController.class)
class InstrukserSidefeil {

	private static final String SIDE = "feilside";

	@ExceptionHandler(InstruksIkkeFunnetException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String ikkeFunnet(InstruksIkkeFunnetException ex, Model model) {
		return side(model, "instr.feil.ikke-funnet", ex.getMessage(), "/instrukser", "instr.tilbake");
	}

	@ExceptionHandler(UgyldigInstruksvalg.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String ugyldig(UgyldigInstruksvalg ex, Model model, HttpServletRequest request) {
		return UgyldigValg.side(model, request, ex.getMessage(), ex.lenke(), ex.lenketekst());
	}

	/** {@code /instrukser/abc}, {@code ?fra=x}: without this, the general page and no word of what was wrong. */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String ugyldigTall(MethodArgumentTypeMismatchException ex, Model model, HttpServletRequest request) {
		Class<?> type = ex.getRequiredType();
		String melding = type == LocalDate.class ? "«" + ex.getValue() + "» er ikke en gyldig dato. Skriv datoen som "
				+ "2025-06-01."
				: type == long.class || type == Long.class ? "«" + ex.getValue() + "» er ikke et gyldig nummer."
						: "«" + ex.getValue() + "» er ikke en gyldig verdi for «" + ex.getName() + "».";
		// The same page without the bad parameter; a bad number in the path has no page to return to but the start.
		String sti = ex.getParameter().hasParameterAnnotation(PathVariable.class) ? "/instrukser"
				: request.getRequestURI().substring(request.getContextPath().length());
		return UgyldigValg.side(model, request, melding, sti, "instr.tilbake", ex.getName());
	}

	private static String side(Model model, String tittel, String feilmelding, String lenke, String lenketekst) {
		model.addAttribute("tittel", tittel);
		model.addAttribute("feilmelding", feilmelding);
		model.addAttribute("lenke", lenke);
		model.addAttribute("lenketekst", lenketekst);
		return SIDE;
	}
}
