package no.hod.styringsregister.tildelingsbrev.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class LetterNotFoundException extends RuntimeException {

	LetterNotFoundException(long id) {
		super("Fant ikke tildelingsbrev " + id + ".");
	}
}
