package no.hod.styringsregister.instrukser.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class InstruksIkkeFunnetException extends RuntimeException {

	InstruksIkkeFunnetException() {
		super("Fant ikke instruksen.");
	}
}
