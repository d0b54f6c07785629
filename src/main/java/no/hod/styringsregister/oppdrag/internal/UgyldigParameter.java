package no.hod.styringsregister.oppdrag.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A query parameter of the list that cannot be read: 400, naming the parameter (the API) and its value. */
class UgyldigParameter extends ResponseStatusException {

	private final String parameter;

	private final String verdi;

	UgyldigParameter(String parameter, String verdi) {
		super(HttpStatus.BAD_REQUEST, "Ugyldig verdi for parameteren «" + parameter + "».");
		this.parameter = parameter;
		this.verdi = verdi;
	}

	String parameter() {
		return parameter;
	}

	String verdi() {
		return verdi;
	}
}
