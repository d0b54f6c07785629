package no.hod.styringsregister.oppdrag.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import no.hod.styringsregister.oppdrag.BudsjettlinjerSomNevner.Linje;
import no.hod.styringsregister.oppdrag.Budsjettposter.Fullmakt;
import no.hod.styringsregister.oppdrag.Budsjettposter.Post;

/**
 * The assignment page's budget section: the posts it cites, each with the lines of that post whose comment also names
 * it, and the other lines whose comment names it. A line is listed once, under the citation where there is one.
 */
record Budsjettavsnitt(List<Sitert> sitert, List<Linje> nevnt) {

	/**
	 * A cited post, and the lines of it whose comment names the assignment too.
	 *
	 * @param gitt the agency's appropriations for the year have the post: only then is there a row to link to
	 * @param fullmakt an authorisation of the year that names the post, {@code null} where none does
	 */
	record Sitert(int kapittel, int post, boolean gitt, Fullmakt fullmakt, List<Linje> nevnerOgsa) {
	}

	/**
	 * @param gitt the posts the agency's appropriations give in the assignment's year
	 * @param fullmakter the posts the year's authorisations name, for a cited post that is no budget line
	 */
	static Budsjettavsnitt av(List<OppdragDetalj.Budsjettlinje> sitert, Set<Post> gitt, Map<Post, Fullmakt> fullmakter,
			List<Linje> nevnt) {
		return new Budsjettavsnitt(sitert.stream()
			.map(s -> new Sitert(s.kapittel(), s.post(), gitt.contains(new Post(s.kapittel(), s.post())),
					fullmakter.get(new Post(s.kapittel(), s.post())),
					nevnt.stream().filter(l -> sammePost(s, l)).toList()))
			.toList(), nevnt.stream().filter(l -> sitert.stream().noneMatch(s -> sammePost(s, l))).toList());
	}

	private static boolean sammePost(OppdragDetalj.Budsjettlinje sitert, Linje linje) {
		return sitert.kapittel() == linje.kapittel() && sitert.post() == linje.post();
	}

	public boolean tomt() {
		return sitert.isEmpty() && nevnt.isEmpty();
	}
}
