package no.hod.styringsregister.oppdrag;

import java.util.Set;

/** Where an assignment stands. Labels for pages are in the module's message file ({@code oppdrag.status.*}). */
public enum OppdragStatus {

	IKKE_STARTET, PAAGAAR,
	/** Needs a new expected date and a reason. */
	FORSINKET, LEVERT, FULLFORT,
	/** Cancelled, with a reason. */
	UTGAAR,
	/** Carried over from last year's register, linked to its origin; keeps a delay's expected date and reason. */
	VIDEREFORT;

	private static final Set<OppdragStatus> AVSLUTTET = Set.of(FULLFORT, UTGAAR);

	/** Finished or cancelled: nothing more to deliver. */
	public boolean avsluttet() {
		return AVSLUTTET.contains(this);
	}

	/**
	 * Due on its expected date when it has one, rather than on the letter's deadline it already missed: Forsinket, and
	 * Videreført carrying a delay over from last year.
	 */
	public boolean medForventetDato() {
		return this == FORSINKET || this == VIDEREFORT;
	}

	/** Not delivered yet: counts as overdue once a deadline has passed, and is carried over at year end. */
	public boolean aapen() {
		return !avsluttet() && this != LEVERT;
	}
}
