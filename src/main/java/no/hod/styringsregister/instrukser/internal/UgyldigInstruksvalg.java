package no.hod.styringsregister.instrukser.internal;

/**
 * A choice on the instruction pages that cannot be answered (a date that is none, two agencies' instructions to
 * compare): 400 with the reason in Norwegian and a way back to where the choice is made.
 *
 * @see InstrukserSidefeil
 */
class UgyldigInstruksvalg extends IllegalArgumentException {

	private final String lenke;

	private final String lenketekst;

	/**
	 * @param lenke the page to go back to, a path in the app
	 * @param lenketekst the message key of the link's text
	 */
	UgyldigInstruksvalg(String melding, String lenke, String lenketekst) {
		super(melding);
		this.lenke = lenke;
		this.lenketekst = lenketekst;
	}

	String lenke() {
		return lenke;
	}

	String lenketekst() {
		return lenketekst;
	}
}
