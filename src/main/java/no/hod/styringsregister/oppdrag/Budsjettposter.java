package no.hod.styringsregister.oppdrag;

import java.util.Set;

/**
 * The chapters and posts an agency's appropriations give in a year, so an assignment's page links a post it cites
 * only where the appropriations page has that post. Owned here and implemented by the appropriations module, as
 * {@link BudsjettlinjerSomNevner} is, so the dependency keeps its one direction.
 */
public interface Budsjettposter {

	/** The posts with at least one budget line for the agency's year; empty where the year has none. */
	Set<Post> gitt(long etatId, int aar);

	record Post(int kapittel, int post) {
	}
}
