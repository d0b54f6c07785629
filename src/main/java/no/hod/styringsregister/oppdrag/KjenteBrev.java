package no.hod.styringsregister.oppdrag;

/**
 * Which letters the register holds, for the list's letter filter: a letter with no assignments (a supplementary letter
 * of budget lines only) is still a letter, whose «Oppdrag fra brevet» gets an empty list, not «not found». Owned here
 * and implemented by the letter module, as {@link TilbaketrukneBrev} is, so the dependency keeps its one direction.
 */
public interface KjenteBrev {

	/** Whether the letter module holds the letter, withdrawn or not. */
	boolean finnes(long brevId);
}
