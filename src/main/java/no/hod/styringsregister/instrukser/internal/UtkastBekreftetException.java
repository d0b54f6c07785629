package no.hod.styringsregister.instrukser.internal;

/**
 * A draft that was already confirmed (by another admin on the same review page): refused, naming who and when, and
 * leading to the version it became.
 */
class UtkastBekreftetException extends IllegalArgumentException {

	private final Long instruksId;

	UtkastBekreftetException(String melding, Long instruksId) {
		super(melding);
		this.instruksId = instruksId;
	}

	/** The version the draft became, or {@code null} if it has since been deleted. */
	Long instruksId() {
		return instruksId;
	}
}
