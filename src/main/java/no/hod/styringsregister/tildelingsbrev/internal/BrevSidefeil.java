package no.hod.styringsregister.tildelingsbrev.internal;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerMapping;

import no.hod.styringsregister.Sitert;
import no.hod.styringsregister.web.UgyldigValg;

/**
 * The letter pages' answer to an unknown letter or a refused original file: the reason and a way back to the
 * letters, rather than the general error page.
 */
@ControllerAdvice(assignableTypes = LetterController.class)
class BrevSidefeil {

	private static final String LISTE = "/tildelingsbrev";

	private static final String TILBAKE = "tildelingsbrev.tilbake";

	@ExceptionHandler(LetterNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String ikkeFunnet(LetterNotFoundException ex, Model model) {
		return side(model, "tildelingsbrev.feil.ikke-funnet", ex.getMessage());
	}

	@ExceptionHandler(ImportfilFinnesIkke.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String importfilFinnesIkke(ImportfilFinnesIkke ex, Model model) {
		return side(model, "tildelingsbrev.feil.importfil", ex.getMessage());
	}

	@ExceptionHandler(OriginalfilNektet.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String nektet(OriginalfilNektet ex, Model model) {
		return side(model, "tildelingsbrev.feil.nektet", ex.getMessage());
	}

	/** {@code /tildelingsbrev/abc}, an import draft's address cut short: nothing was filled in to check. */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String ugyldigNummer(MethodArgumentTypeMismatchException ex, Model model, HttpServletRequest request) {
		String melding = ex.getRequiredType() == UUID.class
				? Sitert.verdi(ex.getValue()) + " er ikke adressen til en påbegynt import."
				: "import".equals(ex.getName()) ? Sitert.verdi(ex.getValue()) + " er ikke et gyldig nummer på en import."
						: Sitert.verdi(ex.getValue()) + " er ikke et gyldig nummer på et tildelingsbrev.";
		return UgyldigValg.side(model, request, melding, LISTE, TILBAKE, ex.getName());
	}

	/**
	 * A corrections form with a row the review cannot have ({@code oppdrag[-1].tittel}, {@code budsjett[9000].navn},
	 * {@code kalender[x].dato}): the page never sends one, so the request is not read at all and nothing is saved or
	 * imported; the way back is to the review.
	 */
	@ExceptionHandler(InvalidPropertyException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String ukjentRad(InvalidPropertyException ex, Model model, HttpServletRequest request) {
		String melding = "Skjemaet hadde et felt for en rad som ikke finnes i gjennomgangen («" + ex.getPropertyName()
				+ "»). Ingenting ble lagret eller importert. Åpne gjennomgangen på nytt, og rett og bekreft derfra.";
		return UgyldigValg.side(model, request, melding, gjennomgang(request), "tildelingsbrev.tilbake-til-gjennomgangen");
	}

	/** The review of the draft the refused request was for: {@code /tildelingsbrev/import/{id}}. */
	private static String gjennomgang(HttpServletRequest request) {
		Object variabler = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		Object id = variabler instanceof Map<?, ?> map ? map.get("id") : null;
		return id == null ? LISTE : LISTE + "/import/" + id;
	}

	private static String side(Model model, String tittel, String feilmelding) {
		model.addAttribute("tittel", tittel);
		model.addAttribute("feilmelding", feilmelding);
		model.addAttribute("lenke", LISTE);
		model.addAttribute("lenketekst", TILBAKE);
		return "feilside";
	}

	/** An import the letter's history does not have, or one logged before the files of imports were kept. */
	static class ImportfilFinnesIkke extends RuntimeException {

		private static final long serialVersionUID = 1L;

		ImportfilFinnesIkke(long importId) {
			super("Brevet har ingen import nr. " + importId + " med fil. Filene fra importer før filene ble tatt vare "
					+ "på, finnes ikke lenger; Importhistorikken på brevets side lenker til dem som finnes.");
		}
	}

	/** The original file to a user without clearance: still a 403, with the reason. */
	static class OriginalfilNektet extends AccessDeniedException {

		private static final long serialVersionUID = 1L;

		OriginalfilNektet() {
			super("Originalfilen kan inneholde tekst unntatt offentlighet og kan bare lastes ned av klarerte brukere. "
					+ "Innholdet ellers står på brevets side og i oppdragene.");
		}
	}
}
