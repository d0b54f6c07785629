package no.hod.styringsregister.tildelingsbrev;

/** A letter file that cannot be imported. The message is Norwegian and shown as it is. */
public class LetterImportException extends RuntimeException {

	private final boolean tooLarge;

	public LetterImportException(String message, boolean tooLarge, Throwable cause) {
		super(message, cause);
		this.tooLarge = tooLarge;
	}

	public LetterImportException(String message) {
		this(message, false, null);
	}

	/** The file is over the size limit: HTTP 413 rather than 400. */
	public boolean tooLarge() {
		return tooLarge;
	}
}
