package no.hod.styringsregister.rapporteringskalender.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class OppforingIkkeFunnetException extends RuntimeException {

	OppforingIkkeFunnetException(String message) {
		super(message);
	}
}
