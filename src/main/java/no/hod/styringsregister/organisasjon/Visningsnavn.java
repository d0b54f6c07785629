package no.hod.styringsregister.organisasjon;

/**
 * Implemented by the users module, which depends on this one, so this module can record who did something by the
 * name people know (an import confirmed «av Ada Admin») without reading that module's tables.
 */
public interface Visningsnavn {

	/** The display name of the user with the user name, or the user name itself if there is no such user. */
	String av(String brukernavn);
}
