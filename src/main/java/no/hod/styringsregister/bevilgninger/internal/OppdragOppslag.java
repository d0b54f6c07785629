package no.hod.styringsregister.bevilgninger.internal;

import java.util.List;
import java.util.Set;

/**
 * Port to the assignments: which assignments cite a budget line, which of the ids a line's comment names are
 * assignments, and the titles a comment may name them by. {@link OppdragOppslagFraOppdrag} answers it from the
 * oppdrag module's read API; the port lets this module's tests put in citations of their own.
 */
interface OppdragOppslag {

	/**
	 * The assignments of the agency and year that cite the line, by official id (or register key) with their titles as
	 * the viewer may see them, in id order.
	 *
	 * @param klarert whether the viewer may see assignments exempt from public disclosure; an uncleared viewer must
	 *     not learn of a wholly exempt assignment
	 */
	List<Tittelnevninger.Tittel> oppdragSomViserTil(int aar, long etatId, int kapittel, int post, boolean klarert);

	/**
	 * The assignments of the agency and year among {@code ider}, titled as in {@link #oppdragSomViserTil}, in id
	 * order; {@code klarert} as there.
	 */
	List<Tittelnevninger.Tittel> oppdragMedIder(int aar, long etatId, Set<String> ider, boolean klarert);

	/**
	 * The assignments of the agency and year with their titles, in id order; {@code klarert} as for
	 * {@link #oppdragSomViserTil}: a wholly exempt assignment is left out for an uncleared viewer, so its title neither
	 * links nor makes another title ambiguous.
	 */
	List<Tittelnevninger.Tittel> titler(int aar, long etatId, boolean klarert);
}
