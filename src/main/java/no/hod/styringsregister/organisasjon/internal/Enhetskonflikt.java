package no.hod.styringsregister.organisasjon.internal;

import java.util.List;

import no.hod.styringsregister.organisasjon.internal.OrganisasjonRepository.Felter;

/**
 * A unit form opened before someone else changed the unit. Carries the fields changed since ({@link #endret()}),
 * those of them the admin changed too ({@link #kolliderer()}), the form to show again ({@link #vist()}: the admin's
 * own changes, every other field as saved now), and what is saved now with its version, which the form is opened
 * with again.
 */
class Enhetskonflikt extends RuntimeException {

	/** The unit form's fields, in the form's order. */
	static final List<String> FELTER = List.of("navn", "lederTittel", "leder", "oppgaver", "malgrupper",
			"samarbeidspartnere", "beskrivelse");

	private final transient List<String> endret;

	private final transient List<String> kolliderer;

	private final transient Felter vist;

	private final transient Felter lagret;

	private final long versjon;

	Enhetskonflikt(List<String> endret, List<String> kolliderer, Felter vist, Felter lagret, long versjon) {
		super("Enheten er endret siden skjemaet ble åpnet: " + endret);
		this.endret = List.copyOf(endret);
		this.kolliderer = List.copyOf(kolliderer);
		this.vist = vist;
		this.lagret = lagret;
		this.versjon = versjon;
	}

	List<String> endret() {
		return endret;
	}

	List<String> kolliderer() {
		return kolliderer;
	}

	Felter vist() {
		return vist;
	}

	Felter lagret() {
		return lagret;
	}

	long versjon() {
		return versjon;
	}
}
