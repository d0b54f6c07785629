package no.hod.styringsregister.rapporteringskalender.internal;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import no.hod.styringsregister.Sitert;
import no.hod.styringsregister.web.Formats;
import no.hod.styringsregister.web.UgyldigValg;

/**
 * A view or filter that cannot be read, on the page or in its exports: the reason in Norwegian on the register's
 * page for a refused choice, a 400. An entry that is not there (an old link to its form): which, and the way back to
 * the calendar. The API and the feed answer on their own.
 */
@ControllerAdvice(assignableTypes = { RapporteringskalenderController.class, KalenderEksport.class })
class KalenderSidefeil {

	private static final String START = "/rapporteringskalender";

	private static final String TILBAKE = "rapporteringskalender.tilbake";

	private final MessageSource tekster;

	KalenderSidefeil(MessageSource tekster) {
		this.tekster = tekster;
	}

	@ExceptionHandler(OppforingIkkeFunnetException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String ikkeFunnet(OppforingIkkeFunnetException ex, Model model) {
		model.addAttribute("tittel", "rapporteringskalender.feil.ikke-funnet");
		model.addAttribute("feilmelding", ex.getMessage());
		model.addAttribute("lenke", START);
		model.addAttribute("lenketekst", TILBAKE);
		return "feilside";
	}

	/** Which of the view's parameters was wrong is not known here: back to the calendar's start. */
	@ExceptionHandler(IllegalArgumentException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String ugyldig(IllegalArgumentException ex, Model model, HttpServletRequest request) {
		return UgyldigValg.side(model, request, ex.getMessage(), START, TILBAKE);
	}

	/**
	 * The type as the filter names it (Kalender, Særskilt rapportering, Oppdragsfrist), not the codes in the address,
	 * and back to the same view without it.
	 */
	@ExceptionHandler(UkjentTypeException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String ukjentType(UkjentTypeException ex, Model model, HttpServletRequest request) {
		List<String> navn = Arrays.stream(Hendelse.Type.values())
			.map(type -> tekster.getMessage("rapporteringskalender.type." + type.name(), null, Formats.NORSK))
			.toList();
		String valg = String.join(", ", navn.subList(0, navn.size() - 1)) + " eller " + navn.get(navn.size() - 1);
		return UgyldigValg.side(model, request, tekster.getMessage("rapporteringskalender.feil.type",
				new Object[] { ex.verdi(), valg }, Formats.NORSK), START, TILBAKE, "type");
	}

	/** A number that is not one; without this, the number parser's English message reached the page. */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String ugyldigTall(MethodArgumentTypeMismatchException ex, Model model, HttpServletRequest request) {
		return UgyldigValg.side(model, request, "dager".equals(ex.getName()) ? "Velg 30 eller 90 dager."
				: Sitert.verdi(ex.getValue()) + " er ikke et gyldig nummer.", START, TILBAKE, ex.getName());
	}
}
