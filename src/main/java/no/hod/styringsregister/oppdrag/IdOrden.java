package no.hod.styringsregister.oppdrag;

import java.util.Comparator;

/**
 * Where an assignment stands in the natural order of ids the list sorts by (1.2 before 1.10, TB2025-2 before
 * TB2025-10): the stored sort key of its shown id, then its register key. For other modules that put assignments
 * among other items and must order them as the list does.
 *
 * @param prefiks the shown id without its trailing number, in lower case
 * @param nr the trailing number, 0 when there is none
 */
public record IdOrden(String prefiks, int nr, String nokkel) implements Comparable<IdOrden> {

	private static final Comparator<IdOrden> ORDEN = Comparator.comparing(IdOrden::prefiks)
		.thenComparingInt(IdOrden::nr)
		.thenComparing(IdOrden::nokkel);

	@Override
	public int compareTo(IdOrden annen) {
		return ORDEN.compare(this, annen);
	}
}
