package no.hod.styringsregister.brukere.internal;

import java.util.List;

/**
 * A user's form opened before someone else changed the user. Carries the fields changed since ({@link #endret()}),
 * those of them the admin changed too ({@link #kolliderer()}), and the form to show again ({@link #skjema()}): the
 * admin's own changes kept, every other field as it is saved now, and the version it is now.
 */
class Brukerkonflikt extends RuntimeException {

	private final transient List<String> endret;

	private final transient List<String> kolliderer;

	private final transient BrukerSkjema skjema;

	Brukerkonflikt(List<String> endret, List<String> kolliderer, BrukerSkjema skjema) {
		super("Brukeren er endret siden skjemaet ble åpnet: " + endret);
		this.endret = List.copyOf(endret);
		this.kolliderer = List.copyOf(kolliderer);
		this.skjema = skjema;
	}

	List<String> endret() {
		return endret;
	}

	List<String> kolliderer() {
		return kolliderer;
	}

	BrukerSkjema skjema() {
		return skjema;
	}
}
