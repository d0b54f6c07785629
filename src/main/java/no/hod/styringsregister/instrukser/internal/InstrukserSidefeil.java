package no.hod.styringsregister.instrukser.internal;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import no.hod.styringsregister.Sitert;
import no.hod.styringsregister.web.UgyldigValg;

/**
 * The instruction pages' answer to an unknown number or a choice that cannot be answered: the reason in Norwegian
 * inside the layout and a link back to the instructions, rather than the general error page. The API answers in JSON
 * on its own.
 */
@ControllerAdvice(assignableTypes = InstrukserController.class)
class InstrukserSidefeil {

	private static final String SIDE = "feilside";

	/** The choices a link or form sends as true or false, by the label the page gives them. */
	private static final Map<String, String> VALG = Map.of("erstattede", "Ta med erstattede versjoner", "likevel",
			"Importer likevel");

	@ExceptionHandler(InstruksIkkeFunnetException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String ikkeFunnet(InstruksIkkeFunnetException ex, Model model) {
		return side(model, ex.tittel(), ex.getMessage(), "/instrukser", "instr.tilbake");
	}

	@ExceptionHandler(UgyldigInstruksvalg.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String ugyldig(UgyldigInstruksvalg ex, Model model, HttpServletRequest request) {
		return UgyldigValg.side(model, request, ex.getMessage(), ex.lenke(), ex.lenketekst());
	}

	/**
	 * {@code /instrukser/abc}, {@code ?fra=x}: without this, the general page and no word of what was wrong. A choice
	 * is named as the page labels it, never by the parameter's name in the address.
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String ugyldigTall(MethodArgumentTypeMismatchException ex, Model model, HttpServletRequest request) {
		// The same page without the bad parameter; a bad number in the path has no page to return to but the start,
		// a form's the page it is on (its address without the action: /instrukser/import/{id} for …/bekreft).
		String sti = request.getRequestURI().substring(request.getContextPath().length());
		if (ex.getParameter().hasParameterAnnotation(PathVariable.class)) {
			return UgyldigValg.side(model, request, melding(ex), "/instrukser", "instr.tilbake", ex.getName());
		}
		if (!"GET".equals(request.getMethod())) {
			return UgyldigValg.side(model, request, melding(ex), sti.substring(0, sti.lastIndexOf('/')),
					"instr.feil.tilbake-skjema", ex.getName());
		}
		return UgyldigValg.side(model, request, melding(ex), sti, "instr.tilbake", ex.getName());
	}

	private static String melding(MethodArgumentTypeMismatchException ex) {
		Class<?> type = ex.getRequiredType();
		String verdi = Sitert.verdi(ex.getValue());
		if (type == long.class || type == Long.class) {
			return verdi + " er ikke et gyldig nummer.";
		}
		if (type == UUID.class) {
			return verdi + " er ikke nummeret på en import. Last opp filen på nytt.";
		}
		if (VALG.containsKey(ex.getName())) {
			return verdi + " er ikke et gyldig valg for «" + VALG.get(ex.getName()) + "».";
		}
		return verdi + " er ikke en gyldig verdi i adressen.";
	}

	private static String side(Model model, String tittel, String feilmelding, String lenke, String lenketekst) {
		model.addAttribute("tittel", tittel);
		model.addAttribute("feilmelding", feilmelding);
		model.addAttribute("lenke", lenke);
		model.addAttribute("lenketekst", lenketekst);
		return SIDE;
	}
}
