package no.hod.styringsregister.oppdrag;

/**
 * Which letters are withdrawn. A withdrawn letter's page answers «not found» to all but admins, while its assignments
 * stay visible for their history: their pages then name the letter without a link for others. Owned here and
 * implemented by the letter module, as {@link Budsjettposter} is, so the dependency keeps its one direction.
 */
public interface TilbaketrukneBrev {

	/** Whether the letter is withdrawn now; {@code false} for a letter the letter module does not know. */
	boolean trukketTilbake(long brevId);
}
