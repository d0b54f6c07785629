package no.hod.styringsregister.dokumenter;

/**
 * The uploaded file cannot be turned into text. The message is Norwegian and is shown to the user as it is; the
 * cause, if any, is the parser's own exception and is for the log only.
 */
public class UnreadableDocumentException extends RuntimeException {

	public UnreadableDocumentException(String message) {
		super(message);
	}

	public UnreadableDocumentException(String message, Throwable cause) {
		super(message, cause);
	}
}
