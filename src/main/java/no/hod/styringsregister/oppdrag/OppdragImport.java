package no.hod.styringsregister.oppdrag;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * How a letter's assignments enter the register. Called by the letter import inside its own transaction.
 * Re-import compares with what the same letter produced last time, keyed by official id (or, for assignments
 * without one, by section and title), and applies only the difference, so status and history survive.
 */
public interface OppdragImport {

	/**
	 * What {@link #apply} would do, without writing anything. Takes any draft a parser produces, an assignment
	 * without a title included (matched by official id only, listed without a title). {@code aar} and {@code etatId}:
	 * the letter's, as {@link #apply} gets them; they decide which earlier assignments an added one takes its routing
	 * from.
	 */
	ImportDiff compare(long brevId, int aar, long etatId, List<OppdragData> oppdrag);

	/**
	 * Writes the difference. Must run inside the caller's transaction; joins it. Every assignment must have a title:
	 * one without is refused with {@link IllegalArgumentException}, so check before. An assignment the letter adds that
	 * cites an earlier year's assignment of the agency (jf. TB2025-9) still open and routed is routed as that one is
	 * ({@link Endring#foreslattDivisjon}).
	 */
	ImportDiff apply(long brevId, int aar, long etatId, List<OppdragData> oppdrag);

	/**
	 * As {@link #apply(long, int, long, List)}, except that the added assignments at the positions {@code utenRuting}
	 * of {@code oppdrag} ({@link Endring#posisjon}) are left unrouted: the admin declined the proposed routing in the
	 * review. A position without a proposal declines nothing, so nothing is routed that the import would not route.
	 */
	ImportDiff apply(long brevId, int aar, long etatId, List<OppdragData> oppdrag, Set<Integer> utenRuting);

	/**
	 * Withdraws the letter: {@link #apply} of an empty letter, whose history rows say the letter was withdrawn rather
	 * than left out of a new version. Every assignment it produced is marked removed, status and history kept, so that
	 * importing the letter again brings them back ({@code GJENOPPRETTET}). {@link #compare} with an empty list tells
	 * what it would do. Joins the caller's transaction.
	 */
	ImportDiff withdraw(long brevId);

	/**
	 * The assignments outside the letter {@code brevId} (any letter, any year; removed ones too) that already have one
	 * of the official ids, compared without regard to case; {@code brevId} -1 for a letter not yet imported. An import
	 * must not give such an id to one of its assignments: two with one id both lose it as their shown id, and with it
	 * its address, links and references. {@link #apply} refuses it; the letter import names them before.
	 */
	List<IdIBruk> idIBrukAvAndre(long brevId, Collection<String> offisielleIder);

	/**
	 * An official id as the register keeps it: Word's non-breaking hyphen, a dash or a minus sign written as the
	 * hyphen, and no spaces, so «TB2025‑5» typed from a document is TB2025-5 and not a look-alike of it; {@code null}
	 * for none. Every import writes ids so; compare typed ids so.
	 */
	static String offisiellId(String id) {
		if (id == null || id.isBlank()) {
			return null;
		}
		return id.strip()
			.replaceAll("[\\u2010-\\u2015\\u2212\\uFE58\\uFE63\\uFF0D]", "-")
			.replaceAll("[\\s\\u00A0\\u2007\\u202F]", "");
	}

	/**
	 * An official id another letter's assignment has.
	 *
	 * @param visningsId the id the register shows the owner by (its official id, or its key if that is shared)
	 * @param aar the year of the owner's letter
	 * @param etat the agency of the owner's letter, by name: a letter to another agency may have the same year
	 * @param fjernet whether the owner was left out of a later version of its letter (it still keeps its id)
	 */
	record IdIBruk(String offisiellId, String visningsId, int aar, String etat, boolean fjernet) {

		/** The words that name the owner in a message: «oppdrag TB2026-1 i tildelingsbrevet for 2026 til Hdir…». */
		public String eier() {
			return "oppdrag " + visningsId + " i tildelingsbrevet for " + aar + (etat == null ? "" : " til " + etat);
		}
	}

	/**
	 * One assignment as the letter states it.
	 *
	 * @param offisiellId {@code TB2025-17} or {@code null}
	 * @param seksjon the goal/area number it sits under ({@code 3.4})
	 * @param seksjonTittel the goal/area title
	 * @param deler the text in paragraphs/points, each flagged exempt or not (Offl. § 22)
	 * @param unntak how much is exempt: NONE, PARTS, WHOLE (WHOLE hides the title too)
	 * @param referanser official ids of other assignments it refers to
	 * @param unntatteReferanser of a partly exempt assignment, the ids only its exempt parts name: stored flagged
	 * ({@code oppdrag_referanse.unntatt}), so only cleared readers see them; one also in {@code referanser} is public
	 * @param unntatteBudsjettrefs the budget lines only its exempt parts cite, as {@code unntatteReferanser}
	 */
	record OppdragData(String offisiellId, String seksjon, String seksjonTittel, List<String> hodAvdelinger,
			String tittel, List<Tekstdel> deler, List<LocalDate> frister, String fristTekst, Unntak unntak,
			List<String> referanser, List<Budsjettref> budsjettrefs, List<String> unntatteReferanser,
			List<Budsjettref> unntatteBudsjettrefs) {

		/** One whose exempt parts cite nothing the public parts do not. */
		public OppdragData(String offisiellId, String seksjon, String seksjonTittel, List<String> hodAvdelinger,
				String tittel, List<Tekstdel> deler, List<LocalDate> frister, String fristTekst, Unntak unntak,
				List<String> referanser, List<Budsjettref> budsjettrefs) {
			this(offisiellId, seksjon, seksjonTittel, hodAvdelinger, tittel, deler, frister, fristTekst, unntak,
					referanser, budsjettrefs, List.of(), List.of());
		}
	}

	record Tekstdel(String tekst, boolean unntatt) {
	}

	record Budsjettref(int kapittel, int post) {
	}

	enum Unntak {
		NONE, PARTS, WHOLE
	}

	/**
	 * Per record: added, changed, removed, unchanged; with a line per record for the preview. The year end's copies
	 * the import takes out are not among the counts: see {@link #erstattes} and {@link #kopierTasUt}.
	 */
	record ImportDiff(int added, int changed, int removed, int unchanged, List<Endring> endringer) {

		/** The year end's copies that assignments of the letter take the place of. */
		public List<Aarsskiftekopi> erstattes() {
			return endringer.stream().filter(e -> !"REMOVED".equals(e.type())).flatMap(e -> e.kopier().stream())
				.toList();
		}

		/** The year end's copies that assignments the import removes had taken the place of, which come back. */
		public List<Aarsskiftekopi> kopierTilbake() {
			return endringer.stream().filter(e -> "REMOVED".equals(e.type())).flatMap(e -> e.tilbake().stream())
				.toList();
		}

		/**
		 * The year end's copies of assignments the import brings back (a withdrawn letter imported again, or a new
		 * version holding one again), taken out with them before, which come back with them. Never withheld, as those
		 * taken out with their origin are not.
		 */
		public List<Aarsskiftekopi> kopierTasInnIgjen() {
			return endringer.stream().filter(e -> !"REMOVED".equals(e.type())).flatMap(e -> e.tilbake().stream())
				.toList();
		}

		/** The year end's copies of assignments the import removes, which go with them. */
		public List<Aarsskiftekopi> kopierTasUt() {
			return endringer.stream().filter(e -> "REMOVED".equals(e.type())).flatMap(e -> e.kopier().stream())
				.toList();
		}
	}

	/**
	 * @param type ADDED, CHANGED, REMOVED or UNCHANGED
	 * @param felter names the changed fields
	 * @param verdier the short fields' values before and after, and for the text a short excerpt around what changed
	 * (exempt parts as the placeholder for a user without clearance); of a wholly exempt assignment shown to a user
	 * without clearance, only its deadlines, which are public
	 * @param status where the register's assignment stands; {@code null} for one the letter adds
	 * @param iGang whether work on it is recorded: a status past Ikke startet, a progress note, a comment or a routing
	 * to a division, which a removal keeps but takes out of the lists
	 * @param bareAvsnitt whether the letter's text has the register's words, exempt parts and all, only broken into
	 * paragraphs elsewhere (a PDF and a text file of one letter): not a change of the text, so not among
	 * {@code felter}; an assignment that changes in nothing else stays unchanged and keeps its paragraphs
	 * @param foreslattDivisjon for an added assignment that cites an earlier year's open, routed one: that one's
	 * division (and department, «Divisjon folkehelse, Avdeling X»), which the import routes it to; else {@code null},
	 * as in {@link #apply}'s answer for one whose routing was declined
	 * @param foreslattSom the cited assignment whose routing it follows, by its shown id; {@code null} with no division
	 * @param foreslattSomNokkel that assignment's register key, for its address ({@link #foreslattSomAdresse()});
	 * {@code null} where {@code foreslattSom} is
	 * @param posisjon where the assignment stands in the list given, by which {@code utenRuting} names it; {@code null}
	 * for one the letter no longer holds
	 * @param kopier for an assignment the letter holds: the year end's copies in the letter's year of the assignments
	 * it continues, which it takes the place of; for a removed one: its copies (and theirs), which go with it
	 * @param tilbake the year end's copies that come back: for a removed one, those it had taken the place of (those
	 * another assignment of the letter takes the place of again are among that one's {@code kopier}); for one back in
	 * the letter ({@code felter} has {@code fjernet}), its copies (and theirs) taken out with it
	 */
	record Endring(String type, String nokkel, String tittel, List<String> felter, List<Verdiendring> verdier,
			OppdragStatus status, boolean iGang, boolean bareAvsnitt, String foreslattDivisjon, String foreslattSom,
			String foreslattSomNokkel, Integer posisjon, List<Aarsskiftekopi> kopier, List<Aarsskiftekopi> tilbake) {

		/** The word the cited assignment's address names it by (OppdragSider.adresse); {@code null} with none. */
		public String foreslattSomAdresse() {
			return foreslattSom == null ? null : OppdragSider.adresse(foreslattSom, foreslattSomNokkel);
		}
	}

	/**
	 * A copy the year end made (status Videreført, in no letter) that the import takes out of the register, soft as it
	 * removes an assignment: status and history kept.
	 *
	 * @param kopi its shown id ({@code O-2030-0001}), also where either is wholly exempt: ids are public, and the
	 * pairing follows from the public «Videreført fra» links anyway
	 * @param kopiNokkel its register key, for its address ({@link #kopiAdresse()})
	 * @param tittel its title; {@link OppdragQueries#UNNTATT} where it or the letter's assignment is wholly exempt and
	 * the user lacks clearance
	 * @param opphav the assignment it is a copy of, by shown id, which may be one no address carries (an id stored
	 * before the import checked ids, such as {@code TB2025/3})
	 * @param opphavNokkel the register key of the assignment it is a copy of, for its address ({@link #opphavAdresse()})
	 * @param status where the copy stands
	 * @param arbeid whether work is recorded on the copy since the year end: a status change, a progress note or a
	 * comment
	 * @param rutet whether the copy was routed since the year end, which says who is to do it, not that it is done
	 * @param rutesTil the division (and department) the letter's assignment takes over from the copy, as it is not
	 * routed; {@code null} for none
	 */
	record Aarsskiftekopi(String kopi, String kopiNokkel, String tittel, String opphav, String opphavNokkel,
			OppdragStatus status, boolean arbeid, boolean rutet, String rutesTil) {

		/** The word the copy's address names it by (OppdragSider.adresse), for {@code @{/oppdrag/{id}(id=...)}}. */
		public String kopiAdresse() {
			return OppdragSider.adresse(kopi, kopiNokkel);
		}

		/** The word the origin's address names it by (OppdragSider.adresse), for {@code @{/oppdrag/{id}(id=...)}}. */
		public String opphavAdresse() {
			return OppdragSider.adresse(opphav, opphavNokkel);
		}
	}

	/** A changed field's value as the register has it and as the letter now says, written for reading. */
	record Verdiendring(String felt, String fra, String til) {
	}
}
