package no.hod.styringsregister.organisasjon;

import java.util.List;

/**
 * Implemented by the users module, which depends on this one, so a unit's page can name the division leads the
 * register has, the users who follow up what is routed there, without this module reading that module's tables.
 */
public interface Divisjonsledere {

	/** The names of the division's active leads, by name; names only, as every signed-in user reads the page. */
	List<String> navn(long divisjonId);
}
