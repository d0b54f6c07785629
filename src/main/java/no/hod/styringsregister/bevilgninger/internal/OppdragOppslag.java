package no.hod.styringsregister.bevilgninger.internal;

import java.util.List;
import java.util.Set;

/**
 * Port to the assignments: which assignments cite a budget line, and which of the ids a line's comment names are
 * assignments. {@link OppdragOppslagFraOppdrag} answers it from the
 * oppdrag module's read API; the port lets this module's tests put in citations of their own.
 */
interface OppdragOppslag {

	/**
	 * Official ids (or register keys) of the assignments of the agency and year that cite the line, in id order.
	 *
	 * @param klarert whether the viewer may see assignments exempt from public disclosure; an uncleared viewer must
	 *     not learn of a wholly exempt assignment
	 */
	List<String> oppdragSomViserTil(int aar, long etatId, int kapittel, int post, boolean klarert);

	/**
	 * Official ids (or register keys) of the assignments of the agency and year among {@code ider}, in id order;
	 * {@code klarert} as for {@link #oppdragSomViserTil}.
	 */
	List<String> oppdragMedIder(int aar, long etatId, Set<String> ider, boolean klarert);
}
