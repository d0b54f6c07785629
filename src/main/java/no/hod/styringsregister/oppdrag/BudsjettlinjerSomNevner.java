package no.hod.styringsregister.oppdrag;

import java.util.List;

import no.hod.styringsregister.brukere.CurrentUser;

/**
 * The budget lines whose comment names an assignment, for its page. Owned here and implemented by the appropriations
 * module, which reads the lines and already asks this module which assignments a comment names: the dependency keeps
 * its one direction.
 */
public interface BudsjettlinjerSomNevner {

	/**
	 * The lines of the assignment's agency and year whose comment names it, by official id or by title, as the viewer
	 * may see the register (for an uncleared viewer a wholly exempt assignment is named by none), by chapter, post and
	 * row.
	 */
	List<Linje> nevner(OppdragSummary oppdrag, CurrentUser viewer);

	/**
	 * A budget line as its page shows it; {@code nr} its row within the post (a post split into several rows), from 1;
	 * {@code utdrag} the part of its comment that names the assignment.
	 */
	record Linje(int kapittel, int post, int nr, String navn, Utdrag utdrag) {
	}

	/**
	 * Where a comment names the assignment: the mention (empty where it could not be placed) and the words around it,
	 * with «…» where the comment goes on.
	 */
	record Utdrag(String foran, String nevning, String etter) {
	}
}
