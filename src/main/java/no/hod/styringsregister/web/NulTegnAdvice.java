package no.hod.styringsregister.web;

import java.sql.SQLException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Text the database cannot store (the NUL character) that came in a JSON body, where {@link NulTegnFilter} does not
 * look: a 400 with the reason rather than a 500. Any other integrity violation is left to the error handling as before.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class NulTegnAdvice {

	/** PostgreSQL's «character not in repertoire»: here, NUL in text. */
	private static final String TEGN_UTENFOR_TEGNSETTET = "22021";

	@ExceptionHandler(DataIntegrityViolationException.class)
	Object nulTegn(DataIntegrityViolationException ex, HttpServletRequest request) {
		if (!(ex.getMostSpecificCause() instanceof SQLException sql)
				|| !TEGN_UTENFOR_TEGNSETTET.equals(sql.getSQLState())) {
			throw ex;
		}
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("error", NulTegnFilter.MELDING));
		}
		ModelAndView side = new ModelAndView("error/400");
		side.setStatus(HttpStatus.BAD_REQUEST);
		return side;
	}
}
