package no.hod.styringsregister.rapporteringskalender.internal;

import java.time.LocalDate;
import java.util.List;

import no.hod.styringsregister.oppdrag.IdOrden;
import no.hod.styringsregister.oppdrag.OppdragSider;

/**
 * Port to the assignments: their deadlines, for the timeline, the feed and the reminders. {@link FristerFraOppdrag}
 * answers it from the oppdrag module's read API; the port lets the calendar's tests put in deadlines of their own.
 */
interface FristKilde {

	/** How far back "overdue" looks: older open deadlines belong to carried-over assignments, which get new ones. */
	int OVERDUE_YEARS = 3;

	/**
	 * Deadlines of open assignments that fall from {@code fra} to {@code til}, both included, as the letters gave
	 * them: one the next letter's assignment does not repeat stays its origin's, in the month it was due.
	 *
	 * @param klarert whether the reader may see content exempt from public disclosure (Offl. § 22); when not, the
	 *     title of a wholly exempt assignment must already be replaced by a neutral text
	 */
	List<Frist> frister(LocalDate fra, LocalDate til, boolean klarert);

	/**
	 * The delayed assignments still open whose new expected date falls from {@code fra} to {@code til}, both
	 * included: one each, its {@link Frist#forventetDato()} the new date, its {@link Frist#dato()} the letter's last
	 * deadline ({@code null} when the letter gives none) and its {@link Frist#nokkel()} the assignment's alone, so it
	 * stays the same when the date is moved again.
	 */
	List<Frist> forventede(LocalDate fra, LocalDate til, boolean klarert);

	/**
	 * As {@link #frister}, of the work as it goes on now: an assignment carried over at year end gives none, its
	 * successor does, as the lead's «Trenger oppdatering» counts it. For what is due or overdue, not for history.
	 */
	List<Frist> gjeldendeFrister(LocalDate fra, LocalDate til, boolean klarert);

	/** As {@link #forventede}, of the work as it goes on now, as {@link #gjeldendeFrister}. */
	List<Frist> gjeldendeForventede(LocalDate fra, LocalDate til, boolean klarert);

	/** Deadlines before {@code dag} of the work still open, {@value #OVERDUE_YEARS} years back. */
	default List<Frist> forfalte(LocalDate dag, boolean klarert) {
		return gjeldendeFrister(dag.minusYears(OVERDUE_YEARS), dag.minusDays(1), klarert);
	}

	/** New expected dates before {@code dag} of the work still delayed, as far back as {@link #forfalte}. */
	default List<Frist> forfalteForventede(LocalDate dag, boolean klarert) {
		return gjeldendeForventede(dag.minusYears(OVERDUE_YEARS), dag.minusDays(1), klarert);
	}

	/**
	 * @param nokkel stable across calls and re-imports (register key and which deadline), used for feed UIDs
	 * @param oppdrag official id ({@code TB2025-3}) or register key, as used in the assignment's address
	 * @param enhetId the division the assignment is routed to, or {@code null}
	 * @param forventetDato the new expected date of a delayed assignment, else {@code null}: the deadline stays the
	 *     letter's, so the pages show the new date beside it
	 * @param viserUnntatt the title is exempt from public disclosure (a wholly exempt assignment's, to a cleared reader)
	 * @param merketUnntatt the assignment is exempt wholly or in part and the reader is cleared: marked as the
	 *     assignment list marks it, so the reader knows before passing it on (an uncleared reader gets no mark)
	 * @param idOrden the assignment's place in the list's natural order of ids, or {@code null} when not known (the
	 *     deadlines of one day then go by title)
	 * @param oppdragsnokkel the assignment's register key, which its address names it by where the id has a slash
	 *     ({@link OppdragSider#adresse}); not {@code nokkel}, which also says which deadline
	 */
	record Frist(String nokkel, LocalDate dato, String oppdrag, String tittel, long etatId, Long enhetId,
			LocalDate forventetDato, boolean viserUnntatt, boolean merketUnntatt, IdOrden idOrden,
			String oppdragsnokkel) {

		/** An assignment whose id an address carries as it is. */
		Frist(String nokkel, LocalDate dato, String oppdrag, String tittel, long etatId, Long enhetId) {
			this(nokkel, dato, oppdrag, tittel, etatId, enhetId, null, false, false, null, oppdrag);
		}

		/** An assignment whose id an address carries as it is. */
		Frist(String nokkel, LocalDate dato, String oppdrag, String tittel, long etatId, Long enhetId,
				LocalDate forventetDato, boolean viserUnntatt, boolean merketUnntatt) {
			this(nokkel, dato, oppdrag, tittel, etatId, enhetId, forventetDato, viserUnntatt, merketUnntatt, null,
					oppdrag);
		}

		/** The assignment's page, by the address rule every link to it follows. */
		String lenke() {
			return OppdragSider.detalj(oppdrag, oppdragsnokkel);
		}
	}
}
