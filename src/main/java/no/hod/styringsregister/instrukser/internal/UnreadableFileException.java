package no.hod.styringsregister.instrukser.internal;

/** An uploaded file that cannot be read as text; the message is Norwegian and shown as it is. */
class UnreadableFileException extends RuntimeException {

	private final boolean tooLarge;

	UnreadableFileException(String message, boolean tooLarge) {
		super(message);
		this.tooLarge = tooLarge;
	}

	boolean tooLarge() {
		return tooLarge;
	}
}
