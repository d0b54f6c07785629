package no.hod.styringsregister.tildelingsbrev.internal.parsing;

/**
 * The one exception the parser throws: the input is not a letter it can read. The message is Norwegian and is
 * shown to the user as it is.
 */
public class LetterParseException extends RuntimeException {

	public LetterParseException(String message) {
		super(message);
	}
}
