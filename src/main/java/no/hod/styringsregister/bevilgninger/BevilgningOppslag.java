package no.hod.styringsregister.bevilgninger;

import java.util.List;

/** The budget lines of an agency and year, for other modules (the assignment page links to the lines it cites). */
public interface BevilgningOppslag {

	/**
	 * The lines of the given chapter/post pairs that exist for the agency and year, in chapter and post order. A post
	 * the letter splits into several rows (each with its own purpose) gives one line per row. Where several letters of
	 * the year give the same post, the latest letter's rows count.
	 */
	List<Linje> linjer(int aar, long etatId, List<Post> poster);

	record Post(int kapittel, int post) {
	}

	/** Amount in 1 000 NOK, {@code null} where the letter prints none. */
	record Linje(int kapittel, int post, String navn, Long belop, boolean inntekt) {
	}
}
