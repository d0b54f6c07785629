package no.hod.styringsregister.tildelingsbrev;

import java.util.List;

/**
 * Imports a letter file in one step (for scripts and demo data): the same rules as confirming a reviewed preview. A
 * letter already imported is updated by its difference; an identical one changes nothing.
 */
public interface TildelingsbrevImport {

	Resultat importFile(String filnavn, byte[] innhold, String importertAv);

	record Resultat(long letterId, int year, String agency, int added, int changed, int removed, int unchanged,
			List<String> warnings) {
	}
}
