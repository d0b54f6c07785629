package no.hod.styringsregister.oppdrag;

import java.util.Map;
import java.util.Set;

/**
 * The chapters and posts an agency's appropriations give in a year, so an assignment's page links a post it cites
 * only where the appropriations page has that post. Owned here and implemented by the appropriations module, as
 * {@link BudsjettlinjerSomNevner} is, so the dependency keeps its one direction.
 */
public interface Budsjettposter {

	/** The posts with at least one budget line for the agency's year; empty where the year has none. */
	Set<Post> gitt(long etatId, int aar);

	/**
	 * The posts an authorisation of the agency's year names («Kap. 710 …, post 23 …»), each with the first such
	 * authorisation: a post funded through an authorisation only is no budget line, but is not unknown either.
	 */
	Map<Post, Fullmakt> fullmakter(long etatId, int aar);

	record Post(int kapittel, int post) {
	}

	/**
	 * @param type as the letter heads it («Bestillingsfullmakt»)
	 * @param anker the authorisation's place on the appropriations page of the agency's year ({@code fullmakt-3})
	 */
	record Fullmakt(String type, String anker) {
	}
}
