package no.hod.styringsregister.tildelingsbrev.internal;

import no.hod.styringsregister.tildelingsbrev.LetterImportException;

/**
 * The draft was confirmed already, by another admin or in another tab: nothing is imported again. Names who and when,
 * and the letter it went into, so the page can lead there.
 */
class UtkastBekreftetException extends LetterImportException {

	private static final long serialVersionUID = 1L;

	private final Long brevId;

	UtkastBekreftetException(String message, Long brevId) {
		super(message);
		this.brevId = brevId;
	}

	/** The letter the draft was imported into; {@code null} if it is gone. */
	Long brevId() {
		return brevId;
	}
}
