package no.hod.styringsregister.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;

import no.hod.styringsregister.Sitert;
import no.hod.styringsregister.TilbakeLenke;

/**
 * The request the API cannot take as sent (a method the address does not take, a body of the wrong type, a file
 * not sent as a file, a parameter left out): {@code {"error": "…"}} in Norwegian, saying what to send, with the
 * status Spring gives it and its headers ({@code Allow}, {@code Accept}). Without this Spring answered through the
 * error controller: the general title («Adressen kan ikke åpnes direkte», written for a page opened from a bookmark)
 * in another shape, or a 500 for a body that was no upload. A module's own handler for the same exception comes
 * first; a page's request is left to the error pages as before.
 * <p>
 * Last among the advices: these types are handled by none of the modules' page advices today, and one that takes
 * them up for its pages should come before this.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiFeilsvar {

	/** What every upload address of the API takes. */
	static final String FIL = "Send filen i feltet «file» (multipart/form-data).";

	static final String JSON = "Send forespørselen som JSON, med Content-Type: application/json.";

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<Map<String, String>> metode(HttpRequestMethodNotSupportedException ex, HttpServletRequest request)
			throws HttpRequestMethodNotSupportedException {
		api(ex, request);
		Set<HttpMethod> stottet = ex.getSupportedHttpMethods();
		String melding = "Metoden " + ex.getMethod() + " støttes ikke for denne adressen."
				+ (stottet == null || stottet.isEmpty() ? ""
						: " Den støtter " + oppramsing(stottet.stream().map(HttpMethod::name).toList()) + ".");
		return svar(HttpStatus.METHOD_NOT_ALLOWED, ex.getHeaders(), melding);
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<Map<String, String>> innholdstype(HttpMediaTypeNotSupportedException ex, HttpServletRequest request)
			throws HttpMediaTypeNotSupportedException {
		api(ex, request);
		List<MediaType> stottet = ex.getSupportedMediaTypes();
		String melding = stottet.stream().anyMatch(MediaType.MULTIPART_FORM_DATA::includes) ? FIL
				: stottet.stream().anyMatch(MediaType.APPLICATION_JSON::includes) ? JSON
						: "Innholdstypen støttes ikke for denne adressen. Send " + oppramsing(typer(stottet)) + ".";
		return svar(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ex.getHeaders(), melding);
	}

	/** Only where an address gives another format than JSON (see {@link ApiSvarerJson}). */
	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	ResponseEntity<Map<String, String>> format(HttpMediaTypeNotAcceptableException ex, HttpServletRequest request)
			throws HttpMediaTypeNotAcceptableException {
		api(ex, request);
		return svar(HttpStatus.NOT_ACCEPTABLE, HttpHeaders.EMPTY, "Adressen svarer bare med "
				+ oppramsing(typer(ex.getSupportedMediaTypes())) + ". Send den typen i Accept, eller utelat Accept.");
	}

	/**
	 * A file sent as something else than a part of a multipart body, or a multipart body that cannot be read. A file
	 * over the limit is {@link UploadLimitAdvice}'s, which comes before this.
	 */
	@ExceptionHandler({ MultipartException.class, MissingServletRequestPartException.class })
	Object fil(Exception ex, HttpServletRequest request) throws Exception {
		if (!ApiAdresser.gjelder(request)) {
			if (ex instanceof MissingServletRequestPartException) {
				throw ex;
			}
			// A page's upload with a broken body: the 400 page rather than a 500, with the error pages' way back.
			ModelAndView side = new ModelAndView("error/400");
			side.setStatus(HttpStatus.BAD_REQUEST);
			side.addObject("tilbake", TilbakeLenke.sti(request));
			return side;
		}
		return svar(HttpStatus.BAD_REQUEST, HttpHeaders.EMPTY, ex instanceof MissingServletRequestPartException del
				? "Send filen i feltet " + Sitert.verdi(del.getRequestPartName()) + " (multipart/form-data)." : FIL);
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<Map<String, String>> parameter(MissingServletRequestParameterException ex,
			HttpServletRequest request) throws MissingServletRequestParameterException {
		api(ex, request);
		return svar(HttpStatus.BAD_REQUEST, HttpHeaders.EMPTY, "Parameteren " + Sitert.verdi(ex.getParameterName())
				+ " mangler.");
	}

	/** A page's request goes on to Spring's own handling and the error pages. */
	private static <E extends Exception> void api(E ex, HttpServletRequest request) throws E {
		if (!ApiAdresser.gjelder(request)) {
			throw ex;
		}
	}

	/** The content type set here, so no Accept header can make the answer fail to be written. */
	private static ResponseEntity<Map<String, String>> svar(HttpStatus status, HttpHeaders headers, String melding) {
		return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("error", melding));
	}

	private static List<String> typer(List<MediaType> typer) {
		return typer.stream().map(MediaType::toString).collect(Collectors.toCollection(ArrayList::new));
	}

	/** {@code GET}, {@code GET og POST}, {@code GET, PUT og POST}. */
	private static String oppramsing(List<String> ledd) {
		if (ledd.size() < 2) {
			return String.join("", ledd);
		}
		return String.join(", ", ledd.subList(0, ledd.size() - 1)) + " og " + ledd.get(ledd.size() - 1);
	}
}
