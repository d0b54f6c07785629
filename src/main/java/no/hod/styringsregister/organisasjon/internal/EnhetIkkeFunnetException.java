package no.hod.styringsregister.organisasjon.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class EnhetIkkeFunnetException extends RuntimeException {

	EnhetIkkeFunnetException(long id) {
		super("Fant ingen enhet med nummer " + id + ".");
	}
}
