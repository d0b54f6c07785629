package no.hod.styringsregister.instrukser.internal.parsing;

/**
 * The one exception the instruction parser throws: the input is not an instruction it can read. The message is
 * Norwegian and is shown to the user as it is.
 */
public class InstruksParseException extends RuntimeException {

	public InstruksParseException(String message) {
		super(message);
	}
}
