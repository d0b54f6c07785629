package no.hod.styringsregister.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/** An upload over the limit is refused before any controller runs: answer 413 in the caller's language. */
@ControllerAdvice
class UploadLimitAdvice {

	static final String MESSAGE = "Filen er for stor. Registeret tar imot filer på inntil 20 MB.";

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(HttpServletRequest request) {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("error", MESSAGE));
		}
		ModelAndView view = new ModelAndView("error/413");
		view.setStatus(HttpStatus.CONTENT_TOO_LARGE);
		return view;
	}
}
