package no.hod.styringsregister.brukere.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class BrukerIkkeFunnetException extends RuntimeException {

	BrukerIkkeFunnetException(long id) {
		super("Fant ingen bruker med id " + id + ".");
	}
}
