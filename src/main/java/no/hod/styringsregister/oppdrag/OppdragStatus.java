package no.hod.styringsregister.oppdrag;

import java.util.Set;

/** Where an assignment stands. Labels for pages are in the module's message file ({@code oppdrag.status.*}). */
public enum OppdragStatus {

	IKKE_STARTET, PAAGAAR,
	/** Needs a new expected date and a reason. */
	FORSINKET, LEVERT, FULLFORT,
	/** Cancelled, with a reason. */
	UTGAAR,
	/** Carried over from last year's register, linked to its origin. */
	VIDEREFORT;

	private static final Set<OppdragStatus> AVSLUTTET = Set.of(FULLFORT, UTGAAR);

	/** Finished or cancelled: nothing more to deliver. */
	public boolean avsluttet() {
		return AVSLUTTET.contains(this);
	}

	/** Not delivered yet: counts as overdue once a deadline has passed, and is carried over at year end. */
	public boolean aapen() {
		return !avsluttet() && this != LEVERT;
	}
}
