package no.hod.styringsregister.instrukser;

/**
 * Imports an instruction in one step, for callers without a browser review such as the demo data. The agency is the
 * one the instruction names and must be registered. A second import of the same instruction (same agency, title and
 * dates, same content) changes nothing. The caller must be an admin, or run with the admin role.
 */
public interface InstruksImport {

	Resultat importer(String filnavn, byte[] innhold);

	record Resultat(long id, Status status, String tittel) {
	}

	/** {@code GJENINNSATT}: the file matched a version an admin had withdrawn, which is now back with its content. */
	enum Status {
		NY, OPPDATERT, UENDRET, GJENINNSATT
	}
}
