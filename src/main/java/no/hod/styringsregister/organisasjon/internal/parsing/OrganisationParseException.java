package no.hod.styringsregister.organisasjon.internal.parsing;

/**
 * The one exception the organisation parser throws: the input is not an organisation description it can read. The
 * message is Norwegian and is shown to the user as it is.
 */
public class OrganisationParseException extends RuntimeException {

	public OrganisationParseException(String message) {
		super(message);
	}
}
