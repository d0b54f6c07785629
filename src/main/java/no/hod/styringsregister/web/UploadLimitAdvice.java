package no.hod.styringsregister.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

import no.hod.styringsregister.TilbakeLenke;

/**
 * An upload over the limit is refused before any controller runs: answer 413 in the caller's language, naming the
 * configured limit, or saying the file's name is too long when that was what Tomcat refused (see
 * {@link Filnavnsgrense}). A page gets a link back to the form the file came from; the API and other callers that ask
 * for JSON get {@code {"error": "…"}}.
 * <p>
 * First among the advices: the file too large is a {@code MultipartException}, which {@link ApiFeilsvar} answers for
 * any other broken upload.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

	private final Opplastingsgrense grense;

	private final Filnavnsgrense filnavn;

	private final MessageSource tekster;

	UploadLimitAdvice(Opplastingsgrense grense, Filnavnsgrense filnavn, MessageSource tekster) {
		this.grense = grense;
		this.filnavn = filnavn;
		this.tekster = tekster;
	}

	String melding() {
		return "Filen er for stor. Registeret tar imot filer på inntil " + grense.tekst() + ".";
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request) {
		boolean navn = filnavn.overskredet(ex);
		if (json(request)) {
			String melding = navn ? tekster.getMessage("feil.413.filnavn.api", null, Formats.NORSK) : melding();
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("error", melding));
		}
		ModelAndView view = new ModelAndView("error/413");
		view.setStatus(HttpStatus.CONTENT_TOO_LARGE);
		view.addObject("filnavnForLangt", navn);
		// Only what the error controller's model (Feilsider) also has: a form posted as browsers do, with its token
		// in the body the server stops reading at the limit, gets its 413 page from there, not from here.
		view.addObject("tilbake", TilbakeLenke.sti(request));
		return view;
	}

	/** The API always; others when they ask for JSON and not for a page. */
	private static boolean json(HttpServletRequest request) {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return true;
		}
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		if (accept == null || accept.isBlank()) {
			return false;
		}
		try {
			List<MediaType> typer = MediaType.parseMediaTypes(accept);
			return typer.stream().anyMatch(t -> !t.isWildcardSubtype() && MediaType.APPLICATION_JSON.includes(t))
					&& typer.stream().noneMatch(t -> !t.isWildcardType() && MediaType.TEXT_HTML.includes(t));
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}
}
