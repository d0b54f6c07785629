package no.hod.styringsregister.organisasjon;

/**
 * Imports an agency's organisation description (divisions, departments, their tasks and leaders) in one step, for
 * callers without a browser review such as the demo data. Units are matched by name, so existing divisions are filled
 * in, not duplicated, and a second import of the same text changes nothing. The caller must have the admin role.
 */
public interface OrganisasjonImport {

	Resultat importer(String etatNavn, String filnavn, byte[] innhold);

	/**
	 * How many units the import added, changed and left as they were, and how many assignments followed a department
	 * it moved to another division (see {@link AvdelingFlyttet}).
	 */
	record Resultat(int nye, int endrede, int uendrede, long oppdragFlyttet) {
	}
}
