package no.hod.styringsregister.oppdrag.internal;

import java.util.List;

/**
 * A change that breaks a workflow rule or lacks a required field, or a list address refused; the message is for the
 * user. {@link #felt()} names the form's fields it concerns ({@code notat}, {@code forventetDato}, ...), so the page
 * can mark them, or the list's parameters, so the refusal can lead back without them; may be empty.
 */
class Avvist extends RuntimeException {

	private final transient List<String> felt;

	Avvist(String melding, String... felt) {
		super(melding);
		this.felt = List.of(felt);
	}

	List<String> felt() {
		return felt;
	}
}
