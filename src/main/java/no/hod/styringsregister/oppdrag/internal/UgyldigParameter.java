package no.hod.styringsregister.oppdrag.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import no.hod.styringsregister.Sitert;

/**
 * A query parameter of the list that cannot be read: 400, naming the parameter (the API), what a valid value looks
 * like, and the value sent.
 */
class UgyldigParameter extends ResponseStatusException {

	private final String parameter;

	private final String verdi;

	/**
	 * {@code form}: what the parameter takes, to follow «må være» ({@code true eller false}); {@code verdi} is kept
	 * without the controls a message must not quote (see Sitert), as the page's message quotes it too.
	 */
	UgyldigParameter(String parameter, String verdi, String form) {
		super(HttpStatus.BAD_REQUEST,
				"Parameteren " + Sitert.verdi(parameter) + " må være " + form + ", ikke " + Sitert.verdi(verdi) + ".");
		this.parameter = parameter;
		this.verdi = Sitert.utenRetningstegn(verdi);
	}

	String parameter() {
		return parameter;
	}

	String verdi() {
		return verdi;
	}
}
