package no.hod.styringsregister.instrukser.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * An instruction or agency the address names that the register does not have; the message names the number, the
 * heading ({@link #tittel()}) what was not found.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class InstruksIkkeFunnetException extends RuntimeException {

	private final String tittel;

	private InstruksIkkeFunnetException(String melding, String tittel) {
		super(melding);
		this.tittel = tittel;
	}

	static InstruksIkkeFunnetException instruks(long id) {
		return new InstruksIkkeFunnetException("Fant ingen instruks med nummer " + id + ".", "instr.feil.ikke-funnet");
	}

	static InstruksIkkeFunnetException etat(long id) {
		return new InstruksIkkeFunnetException("Fant ingen etat med nummer " + id + ".", "instr.feil.etat-ikke-funnet");
	}

	/** The message key of the page's heading. */
	String tittel() {
		return tittel;
	}
}
