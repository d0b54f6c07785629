package no.hod.styringsregister.bevilgninger.internal;

/**
 * An agency, year or chapter the overview cannot show, naming the page's parameter it came in, so that the page's
 * refusal can lead back to the same overview without it. The API answers with the message alone.
 */
class UgyldigValgt extends IllegalArgumentException {

	private final String parameter;

	UgyldigValgt(String parameter, String melding) {
		super(melding);
		this.parameter = parameter;
	}

	String parameter() {
		return parameter;
	}
}
