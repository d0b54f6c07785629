package no.hod.styringsregister.oppdrag.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.oppdrag.OppdragQueries;
import no.hod.styringsregister.oppdrag.OppdragRef;
import no.hod.styringsregister.oppdrag.OppdragStatus;
import no.hod.styringsregister.oppdrag.OppdragSummary;

/**
 * Everything about one assignment as a given viewer may see it (built by {@link OppdragLeser} only).
 *
 * @param referanser what it refers to; {@code oppdrag} is null where the id is not in the register
 * @param videreforing the assignments it was carried over into
 * @param erstattetAv for a year end's copy a letter took the place of: the letter's assignment that did
 * @param erstatter for a letter's assignment: the year end's copies it took the place of
 * @param heltUnntatt the assignment is exempt as a whole (offl. § 22): whatever is written on it, notes, reasons and
 *        comments alike, is shown to cleared users only, whoever the viewer is
 * @param unntatteReferanserHoldt the viewer is not cleared and the assignment has exempt parts: what only they refer
 *        to, if anything, is left out of {@code referanser}. True whether or not they refer to anything, since that
 *        they do is their content too
 * @param unntattBudsjettHoldt as {@code unntatteReferanserHoldt}, for the budget lines it cites
 */
record OppdragDetalj(OppdragSummary oppdrag, List<Del> deler, String fremdrift, String statusGrunn,
		List<Referanse> referanser, List<OppdragRef> referertAv, List<Budsjettlinje> budsjett, OppdragRef opphav,
		List<OppdragRef> videreforing, Erstatning erstattetAv, List<Erstatning> erstatter, List<Hendelse> historikk,
		boolean fjernet, boolean heltUnntatt, boolean unntatteReferanserHoldt, boolean unntattBudsjettHoldt) {

	/**
	 * The page shows its reader content exempt from public disclosure: a cleared reader's page of an assignment exempt
	 * wholly or in part, with a comment marked exempt, or with an earlier text that had exempt parts. An uncleared
	 * reader gets the public view, which has none.
	 */
	boolean viserUnntatt(CurrentUser leser) {
		return leser.klarert() && (oppdrag.unntattOffentlighet()
				|| historikk.stream().anyMatch(h -> h.unntatt() && h.notat() != null
						|| h.tidligereTekst().stream().anyMatch(Del::unntatt)));
	}

	/**
	 * The progress note and the reason are withheld from this viewer: the assignment is wholly exempt and the viewer
	 * not cleared. Then both read as the placeholder wherever they have a place (page, API, exports, report), whether
	 * or not anything is written: an empty field would tell that nothing is.
	 */
	public boolean notaterSkjult() {
		return oppdrag.tittelSkjult();
	}

	/**
	 * What the assignment's exempt content links it to is withheld from this viewer, on the same condition as
	 * {@link #notaterSkjult()}: the posts it cites, the budget lines whose comment names it and what it refers to
	 * (the read views leave them out). Then the page and the API say they are withheld rather than «none», as for
	 * the instruction's sections ({@link Instrukshenvisninger#skjult}), whether or not there are any.
	 */
	boolean koblingerSkjult() {
		return notaterSkjult();
	}

	/**
	 * What it refers to may be withheld from this viewer, in whole or in part: the whole, where
	 * {@link #koblingerSkjult()}; those only its exempt parts name, if any, of a partly exempt one. The page and the API
	 * say only that, the same for every such assignment.
	 */
	boolean referanserSkjult() {
		return koblingerSkjult() || unntatteReferanserHoldt;
	}

	/** Some or all of the budget lines it cites are withheld from this viewer, as {@link #referanserSkjult()}. */
	boolean budsjettSkjult() {
		return koblingerSkjult() || unntattBudsjettHoldt;
	}

	/** The progress note as this viewer may read it: the placeholder where {@link #notaterSkjult()}. */
	public String fremdriftVist() {
		return notaterSkjult() ? OppdragQueries.UNNTATT : fremdrift;
	}

	/** The reason for Forsinket or Utgår as this viewer may read it: the placeholder where {@link #notaterSkjult()}. */
	public String statusGrunnVist() {
		return notaterSkjult() ? OppdragQueries.UNNTATT : statusGrunn;
	}

	/**
	 * The ministry's sending back of the delivery (Levert to Pågår, with the reason as its note), while it is the
	 * latest word on the status: gone once the status or progress note changes again. A lead moving her own delivery
	 * back is none: the rule is the start page's ({@link Hendelse#departementets}), so the two agree.
	 */
	Optional<Hendelse> tilbakesendt(CurrentUser leser) {
		if (oppdrag.status() != OppdragStatus.PAAGAAR) {
			return Optional.empty();
		}
		// The history is newest first; comments, citations and routing say nothing about the status.
		return historikk.stream()
			.filter(h -> "STATUS".equals(h.type()) || "FREMDRIFT".equals(h.type()))
			.findFirst()
			.filter(h -> h.tilbakesending() && h.departementets(leser));
	}

	/** A paragraph or point; {@code skjult} when the text is the placeholder. */
	record Del(int nr, String tekst, boolean unntatt, boolean skjult) {
	}

	record Referanse(String tilId, OppdragRef oppdrag) {
	}

	/**
	 * A year end's copy and the letter's assignment that took its place, seen from the other.
	 *
	 * @param oppdrag the other, titled as the viewer may see it
	 * @param aar the other's year (the letter's)
	 * @param arbeid work is recorded on the copy since the year end (status, progress note, comment or routing): it
	 * stays on the copy
	 */
	record Erstatning(OppdragRef oppdrag, int aar, boolean arbeid) {
	}

	record Budsjettlinje(int kapittel, int post) {
	}

	/**
	 * One history row; {@code skjult} when something was withheld from the viewer ({@code notatSkjult}: a note that
	 * existed, {@code verdierSkjult}: the from and to values), {@code unntatt} when the row itself (a comment) was
	 * marked exempt from public disclosure; {@code rolle} the role its maker acted in, {@code null} on rows from before
	 * roles were recorded and the import's (which have no {@code brukerId} either). {@code tidligereTekst}: on an
	 * import's change of the text, the text it replaced as the viewer may see it (exempt parts as the placeholder);
	 * empty on other rows and on rows written before old texts were kept.
	 */
	record Hendelse(OffsetDateTime tidspunkt, String hvem, String type, String felt, String fra, String til,
			String notat, boolean skjult, boolean unntatt, boolean notatSkjult, boolean verdierSkjult, String rolle,
			Long brukerId, List<Del> tidligereTekst) {

		/** An import's change of the text, which kept the text before it or (older rows) did not. */
		public boolean tekstendring() {
			return "IMPORT".equals(type) && "tekst".equals(felt);
		}

		/** The roles that act for the ministry: their changes of status are answers to the division. */
		static final List<String> DEPARTEMENTET = List.of(Rolle.HOD_SAKSBEHANDLER.name(), Rolle.ADMIN.name());

		/**
		 * Made by the ministry (a desk officer, or an admin, who acts for it), not by the division: the role at the
		 * time counts, not the maker's today. A row without a role counts unless the reader made it himself: that one
		 * at least is known to be no answer to him.
		 */
		boolean departementets(CurrentUser leser) {
			return rolle != null ? DEPARTEMENTET.contains(rolle) : !Objects.equals(brukerId, leser.id());
		}

		/** A delivery sent back: Levert to Pågår, with the reason as its note. */
		boolean tilbakesending() {
			return statusendring(OppdragStatus.LEVERT, OppdragStatus.PAAGAAR);
		}

		/** A delivery accepted: Levert to Fullført. */
		boolean godkjenning() {
			return statusendring(OppdragStatus.LEVERT, OppdragStatus.FULLFORT);
		}

		boolean kommentar() {
			return "KOMMENTAR".equals(type);
		}

		private boolean statusendring(OppdragStatus fraStatus, OppdragStatus tilStatus) {
			return "STATUS".equals(type) && "status".equals(felt) && fraStatus.name().equals(fra)
					&& tilStatus.name().equals(til);
		}
	}
}
