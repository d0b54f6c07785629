package no.hod.styringsregister.oppdrag;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What to list. Every field is optional ({@code null} or empty = no restriction).
 *
 * @param q free text: an id, words of the title or text (full-text search plus near-miss spellings)
 * @param seksjon a goal or section number; {@code 3} also takes {@code 3.4}
 * @param hodAvdeling a ministry department code ({@code FHA})
 * @param forfalt only open assignments whose first deadline has passed
 * @param ikkeRutet only assignments not routed to a division
 * @param utenVidereforte leave out the assignments that year end carried over to the next year (a copy or next
 *        year's letter's assignment has them as origin): the successor is the same work, so it counts once
 * @param sortering {@code id} (natural), {@code frist}, {@code status}, {@code endret}; with a query and no sort,
 *        by relevance; with neither, the newest year first and then the natural order
 * @param synkende reverse the chosen order
 * @param side page number from 0
 * @param storrelse page size, 1 to 500
 */
public record OppdragFilter(String q, Integer aar, Long etatId, List<OppdragStatus> statuser, Long divisjonId,
		Long avdelingId, String seksjon, String hodAvdeling, Long brevId, LocalDate fristFra, LocalDate fristTil,
		boolean forfalt, boolean ikkeRutet, boolean utenVidereforte, String sortering, boolean synkende, int side,
		int storrelse) {

	public static final int STANDARD_STORRELSE = 50;

	public static final int STORSTE_STORRELSE = 500;

	public OppdragFilter {
		q = q == null || q.isBlank() ? null : q.strip();
		statuser = statuser == null ? List.of() : List.copyOf(statuser);
		seksjon = seksjon == null || seksjon.isBlank() ? null : seksjon.strip();
		hodAvdeling = hodAvdeling == null || hodAvdeling.isBlank() ? null : hodAvdeling.strip();
		sortering = sortering == null || sortering.isBlank() ? null : sortering.strip();
		side = Math.max(0, side);
		storrelse = storrelse <= 0 ? STANDARD_STORRELSE : Math.min(storrelse, STORSTE_STORRELSE);
	}

	/** Without the choice of leaving out carried-over assignments, as every filter was before it. */
	public OppdragFilter(String q, Integer aar, Long etatId, List<OppdragStatus> statuser, Long divisjonId,
			Long avdelingId, String seksjon, String hodAvdeling, Long brevId, LocalDate fristFra, LocalDate fristTil,
			boolean forfalt, boolean ikkeRutet, String sortering, boolean synkende, int side, int storrelse) {
		this(q, aar, etatId, statuser, divisjonId, avdelingId, seksjon, hodAvdeling, brevId, fristFra, fristTil,
				forfalt, ikkeRutet, false, sortering, synkende, side, storrelse);
	}

	/** Everything, first page. */
	public static OppdragFilter alle() {
		return new OppdragFilter(null, null, null, List.of(), null, null, null, null, null, null, null, false, false,
				null, false, 0, STANDARD_STORRELSE);
	}

	/** Whether anything besides the words narrows the list (sorting and paging narrow nothing). */
	public boolean avgrenset() {
		return aar != null || etatId != null || !statuser.isEmpty() || divisjonId != null || avdelingId != null
				|| seksjon != null || hodAvdeling != null || brevId != null || fristFra != null || fristTil != null
				|| forfalt || ikkeRutet || utenVidereforte;
	}

	/**
	 * How many choices besides the words narrow the list: each field, each ticked status (sorting and paging none). The
	 * filter box counts these; the words stand in the search field outside it.
	 */
	public int antallValg() {
		return (int) Stream.of(aar, etatId, divisjonId, avdelingId, seksjon, hodAvdeling, brevId, fristFra, fristTil)
			.filter(Objects::nonNull)
			.count() + statuser.size() + (forfalt ? 1 : 0) + (ikkeRutet ? 1 : 0)
				+ (utenVidereforte ? 1 : 0);
	}

	/** The words alone, without any other filter, first page. */
	public static OppdragFilter sok(String q) {
		return new OppdragFilter(q, null, null, List.of(), null, null, null, null, null, null, null, false, false,
				null, false, 0, STANDARD_STORRELSE);
	}

	public OppdragFilter medAar(Integer nyttAar) {
		return new OppdragFilter(q, nyttAar, etatId, statuser, divisjonId, avdelingId, seksjon, hodAvdeling, brevId,
				fristFra, fristTil, forfalt, ikkeRutet, utenVidereforte, sortering, synkende, side, storrelse);
	}

	public OppdragFilter medEtat(Long nyEtat) {
		return new OppdragFilter(q, aar, nyEtat, statuser, divisjonId, avdelingId, seksjon, hodAvdeling, brevId,
				fristFra, fristTil, forfalt, ikkeRutet, utenVidereforte, sortering, synkende, side, storrelse);
	}

	public OppdragFilter medStatus(OppdragStatus... nye) {
		return new OppdragFilter(q, aar, etatId, List.of(nye), divisjonId, avdelingId, seksjon, hodAvdeling, brevId,
				fristFra, fristTil, forfalt, ikkeRutet, utenVidereforte, sortering, synkende, side, storrelse);
	}

	public OppdragFilter medDivisjon(Long nyDivisjon) {
		return new OppdragFilter(q, aar, etatId, statuser, nyDivisjon, avdelingId, seksjon, hodAvdeling, brevId,
				fristFra, fristTil, forfalt, ikkeRutet, utenVidereforte, sortering, synkende, side, storrelse);
	}

	public OppdragFilter medAvdeling(Long nyAvdeling) {
		return new OppdragFilter(q, aar, etatId, statuser, divisjonId, nyAvdeling, seksjon, hodAvdeling, brevId,
				fristFra, fristTil, forfalt, ikkeRutet, utenVidereforte, sortering, synkende, side, storrelse);
	}

	/** Only the assignments not routed to a division. */
	public OppdragFilter medIkkeRutet() {
		return new OppdragFilter(q, aar, etatId, statuser, divisjonId, avdelingId, seksjon, hodAvdeling, brevId,
				fristFra, fristTil, forfalt, true, utenVidereforte, sortering, synkende, side, storrelse);
	}

	/** Without the assignments carried over to the next year: each piece of work once, as its latest year's. */
	public OppdragFilter medUtenVidereforte() {
		return new OppdragFilter(q, aar, etatId, statuser, divisjonId, avdelingId, seksjon, hodAvdeling, brevId,
				fristFra, fristTil, forfalt, ikkeRutet, true, sortering, synkende, side, storrelse);
	}

	public OppdragFilter medFrister(LocalDate fra, LocalDate til) {
		return new OppdragFilter(q, aar, etatId, statuser, divisjonId, avdelingId, seksjon, hodAvdeling, brevId, fra,
				til, forfalt, ikkeRutet, utenVidereforte, sortering, synkende, side, storrelse);
	}

	public OppdragFilter medSide(int nySide, int nyStorrelse) {
		return new OppdragFilter(q, aar, etatId, statuser, divisjonId, avdelingId, seksjon, hodAvdeling, brevId,
				fristFra, fristTil, forfalt, ikkeRutet, utenVidereforte, sortering, synkende, nySide, nyStorrelse);
	}
}
