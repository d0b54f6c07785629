package no.hod.styringsregister.brukere;

import java.util.List;
import java.util.Optional;

/** Users as other modules (and the demo data) see them. */
public interface BrukerService {

	/**
	 * Creates a user with the given password. Fails when the name is taken or the password too long to keep, and with
	 * {@code AccessDeniedException} when a signed-in user who is not cleared for exempt content asks for a cleared one.
	 */
	CurrentUser create(NyBruker bruker);

	boolean anyUsers();

	/** An active user; a deactivated one is as good as gone (feeds, reminders). */
	Optional<CurrentUser> find(long id);

	/** Active division leads of a unit, with their e-mail, for reminders. */
	List<Mottaker> ledereFor(long enhetId);

	/** The names of a unit's active division leads, with or without e-mail, by name. */
	List<String> ledernavn(long enhetId);

	/**
	 * Whether an active division lead of the unit is cleared for exempt content (offl. § 22): if none is, the unit's
	 * leads cannot read what is written on a wholly exempt assignment routed to it.
	 */
	boolean harKlarertLeder(long enhetId);

	record NyBruker(String brukernavn, String navn, String passord, Rolle rolle, Long enhetId, boolean klarert,
			String epost) {
	}

	record Mottaker(String navn, String epost) {
	}
}
