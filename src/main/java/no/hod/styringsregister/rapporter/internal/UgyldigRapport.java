package no.hod.styringsregister.rapporter.internal;

/**
 * A report asked for with parameters that make no sense; the message is for the user (bokmål). Answered with 400.
 * {@link #felt()} names the parameter it concerns ({@code agency}, {@code year}, {@code date}), so the form can mark
 * that field.
 */
class UgyldigRapport extends RuntimeException {

	private final String felt;

	UgyldigRapport(String felt, String melding) {
		super(melding);
		this.felt = felt;
	}

	String felt() {
		return felt;
	}
}
