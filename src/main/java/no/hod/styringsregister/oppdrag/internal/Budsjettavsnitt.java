package no.hod.styringsregister.oppdrag.internal;

import java.util.List;

import no.hod.styringsregister.oppdrag.BudsjettlinjerSomNevner.Linje;

/**
 * The assignment page's budget section: the posts it cites, each with the lines of that post whose comment also names
 * it, and the other lines whose comment names it. A line is listed once, under the citation where there is one.
 */
record Budsjettavsnitt(List<Sitert> sitert, List<Linje> nevnt) {

	/** A cited post, and the lines of it whose comment names the assignment too. */
	record Sitert(int kapittel, int post, List<Linje> nevnerOgsa) {
	}

	static Budsjettavsnitt av(List<OppdragDetalj.Budsjettlinje> sitert, List<Linje> nevnt) {
		return new Budsjettavsnitt(sitert.stream()
			.map(s -> new Sitert(s.kapittel(), s.post(), nevnt.stream().filter(l -> sammePost(s, l)).toList()))
			.toList(), nevnt.stream().filter(l -> sitert.stream().noneMatch(s -> sammePost(s, l))).toList());
	}

	private static boolean sammePost(OppdragDetalj.Budsjettlinje sitert, Linje linje) {
		return sitert.kapittel() == linje.kapittel() && sitert.post() == linje.post();
	}

	public boolean tomt() {
		return sitert.isEmpty() && nevnt.isEmpty();
	}
}
