package no.hod.styringsregister.instrukser.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An instruction or agency the address names that the register does not have; the message names the number. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class InstruksIkkeFunnetException extends RuntimeException {

	private InstruksIkkeFunnetException(String melding) {
		super(melding);
	}

	static InstruksIkkeFunnetException instruks(long id) {
		return new InstruksIkkeFunnetException("Fant ingen instruks med nummer " + id + ".");
	}

	static InstruksIkkeFunnetException etat(long id) {
		return new InstruksIkkeFunnetException("Fant ingen etat med nummer " + id + ".");
	}
}
