package no.hod.styringsregister.brukere;

/** What a user may do. Clearance for exempt content is separate: see {@link CurrentUser#klarert()}. */
public enum Rolle {

	/** A desk officer in the ministry: reads, comments, accepts deliveries. */
	HOD_SAKSBEHANDLER,

	/** A division lead in the directorate: keeps the status of the division's assignments current. */
	HDIR_LEDER,

	/** Imports letters and instructions, maintains the organisation and the users. */
	ADMIN;

	/** The Spring Security authority for this role. */
	public String authority() {
		return "ROLE_" + name();
	}
}
