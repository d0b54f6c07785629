package no.hod.styringsregister.oppdrag;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import no.hod.styringsregister.brukere.CurrentUser;

/**
 * Reading assignments from other modules (reports, calendar, appropriations). Every answer has passed the same read
 * path as the pages: exempt titles are replaced by {@link #UNNTATT} and search sees only public text unless the
 * viewer is cleared. Removed assignments (gone from a newer version of their letter) are listed only by
 * {@link #removedFromLetter}.
 */
public interface OppdragQueries {

	/** What a viewer without clearance sees instead of exempt content. */
	String UNNTATT = "Unntatt offentlighet, jf. offl. § 22";

	/** One page of the filtered list, in the filter's order. */
	List<OppdragSummary> search(OppdragFilter filter, CurrentUser viewer);

	/** How many match the filter (ignoring paging). */
	long count(OppdragFilter filter, CurrentUser viewer);

	/** By shown id (official id or register key). */
	Optional<OppdragSummary> find(String id, CurrentUser viewer);

	/** Assignments of an agency's letter for a year that cite a budget line, in natural id order. */
	List<OppdragRef> citing(int year, long etatId, int kapittel, int post, CurrentUser viewer);

	/**
	 * The assignments of an agency's letter for a year with these official ids (in any case), in natural id order: the
	 * ones a text names, such as a budget line's comment. Ids not in the register and removed assignments are left
	 * out, and for an uncleared viewer so is a wholly exempt assignment, as from {@link #citing}.
	 */
	List<OppdragRef> named(int year, long etatId, Collection<String> officialIds, CurrentUser viewer);

	/**
	 * Last year's register against a new letter of an agency for {@code year}: of the agency's assignments of
	 * {@code year - 1}, in natural id order, those the letter continues, each with the first of the letter's
	 * assignments that does, and the open ones ({@link OppdragStatus#aapen()}) it does not. The rule is the year end's:
	 * an assignment continues one it cites by official id, else one with the same normalised title; citing comes
	 * first, then the letter's order. For an uncleared viewer a wholly exempt assignment has the placeholder title and
	 * is matched by citation only, since matching its title would tell the title. Empty for an agency's first letter.
	 */
	List<Forgjenger> previousYear(int year, long etatId, List<Brevoppdrag> letter, CurrentUser viewer);

	/** One of a new letter's assignments, as far as continuing goes: its title and the official ids it cites. */
	record Brevoppdrag(String tittel, Collection<String> referanser) {
	}

	/**
	 * One of last year's assignments, its official id ({@code null}: none, as a year end's copy), and the position in
	 * the letter's list of the assignment that continues it ({@code null}: none does). {@code viderefort}: the year end
	 * has handled it already (copied or linked), and {@code som} the shown id of the next year's assignment it goes on
	 * in ({@code null} where none has it as origin, or it is not handled).
	 */
	record Forgjenger(OppdragRef oppdrag, String offisiellId, Integer videreforesAv, boolean viderefort, String som) {
	}

	/**
	 * How many of an agency's open assignments of a year the year end has not handled yet (neither copied to the next
	 * year nor linked to the next year's letter): what «Årsskifte» for that year is still to carry over. Only a count,
	 * so it tells nothing exempt.
	 */
	int notCarriedOver(int year, long etatId);

	/**
	 * Every assignment of an agency's letters for a year with its title as the viewer sees it, in natural id order:
	 * what a text may name by title, such as a budget line's comment. Removed assignments are left out, and for an
	 * uncleared viewer so is a wholly exempt assignment, as from {@link #named}: its hidden title can be named by no
	 * one, and it must not count among the titles that make a name ambiguous.
	 */
	List<OppdragRef> titled(int year, long etatId, CurrentUser viewer);

	/**
	 * The assignments a newer version of a letter no longer has, in natural id order: they keep their status and
	 * history but leave every list, so the letter's page is where they are found.
	 */
	List<OppdragRef> removedFromLetter(long letterId, CurrentUser viewer);

	/**
	 * Whether the letter has an assignment exempt from public disclosure, wholly or in part: its original file then
	 * shows exempt text in full. Assignments taken out count too, as those of a withdrawn letter are, whose file still
	 * holds them. Says nothing exempt, so it needs no viewer.
	 */
	boolean exemptInLetter(long letterId);

	/**
	 * Every deadline between the dates (inclusive), by date; optionally of one agency and/or division. A deadline an
	 * assignment's successor carries on (the year end's copy keeps its origin's deadlines) is given once, by the
	 * successor, where the work goes on; a deadline the successor does not repeat stays its origin's.
	 */
	List<FristRef> deadlines(LocalDate from, LocalDate to, Long etatId, Long divisjonId, CurrentUser viewer);

	/**
	 * The delayed (Forsinket) assignments whose new expected date falls between the dates (inclusive), one each, by
	 * that date: their current due date. {@link FristRef#frist()} is the letter's last deadline ({@code null} when the
	 * letter gives none) and {@link FristRef#forventetDato()} the new date. As in {@link #deadlines}, a new date the
	 * successor took over (a copy keeps the delay) is given by the successor alone.
	 */
	List<FristRef> expectedDates(LocalDate from, LocalDate to, Long etatId, Long divisjonId, CurrentUser viewer);

	/**
	 * As {@link #deadlines}, but only of the assignments that are the newest of their chain: one carried over at year
	 * end (a copy or the next letter's assignment has it as origin) gives none, whatever its successor's deadlines,
	 * since the work goes on there. What is due now, counted as the lead's «Trenger oppdatering» counts it
	 * ({@link OppdragFilter#utenVidereforte()}): for what is overdue and for reminders, not for a month's history.
	 */
	List<FristRef> currentDeadlines(LocalDate from, LocalDate to, Long etatId, Long divisjonId, CurrentUser viewer);

	/** As {@link #expectedDates}, but only of the newest of each chain, as {@link #currentDeadlines}. */
	List<FristRef> currentExpectedDates(LocalDate from, LocalDate to, Long etatId, Long divisjonId,
			CurrentUser viewer);

	/**
	 * What others than division leads answered since the time on the assignments routed to a division, newest first:
	 * deliveries accepted or sent back, any other change of status by a desk officer or an admin, and comments.
	 */
	List<OppdragSvar> replies(long divisjonId, OffsetDateTime since, CurrentUser viewer);

	/**
	 * The assignments routed (or rerouted) to a division since the time and still there, newest first, each with its
	 * latest routing to the division.
	 */
	List<OppdragRutet> routedTo(long divisjonId, OffsetDateTime since, CurrentUser viewer);

	/**
	 * The assignments routed away from a division since the time (to another division, or the routing removed) and
	 * not back there, newest first, each with its latest routing away from the division.
	 */
	List<OppdragFlyttet> routedAwayFrom(long divisjonId, OffsetDateTime since, CurrentUser viewer);

	/**
	 * The comments written since the time by users acting as division lead (the divisions' answers to the ministry),
	 * on assignments of any division, newest first.
	 */
	List<OppdragKommentar> leadComments(OffsetDateTime since, CurrentUser viewer);

	/** Up to {@code limit} deliveries waiting for acceptance (status Levert), the longest waiting first. */
	List<OppdragLevert> awaitingAcceptance(int limit, CurrentUser viewer);
}
