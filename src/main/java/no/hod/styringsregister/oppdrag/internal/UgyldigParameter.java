package no.hod.styringsregister.oppdrag.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A query parameter of the list that cannot be read: 400, naming the parameter. */
class UgyldigParameter extends ResponseStatusException {

	UgyldigParameter(String parameter) {
		super(HttpStatus.BAD_REQUEST, "Ugyldig verdi for parameteren «" + parameter + "».");
	}
}
