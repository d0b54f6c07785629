package no.hod.styringsregister.tildelingsbrev.internal;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import no.hod.styringsregister.EnLinje;
import no.hod.styringsregister.Sitert;
import no.hod.styringsregister.Tekstlengde;
import no.hod.styringsregister.oppdrag.OppdragImport;
import no.hod.styringsregister.tildelingsbrev.internal.parsing.AssignmentDraft;
import no.hod.styringsregister.tildelingsbrev.internal.parsing.BudgetLineDraft;
import no.hod.styringsregister.tildelingsbrev.internal.parsing.CalendarEntryDraft;
import no.hod.styringsregister.tildelingsbrev.internal.parsing.LetterDraft;
import no.hod.styringsregister.tildelingsbrev.internal.parsing.LetterParser;
import no.hod.styringsregister.tildelingsbrev.internal.parsing.TypedDates;
import no.hod.styringsregister.web.Avvisninger;
import no.hod.styringsregister.web.Formats;

/**
 * The admin's corrections on the preview page: one row per record, by position, with a "drop" box. A field left out
 * of the form (the title of a wholly exempt assignment, hidden from an uncleared admin) keeps the parsed value, and
 * such a title sent by an uncleared admin is refused. Such an assignment's deadlines are in the form for every admin:
 * the register shows its dates to every reader.
 */
class Korrigeringer implements Serializable {

	private static final long serialVersionUID = 1L;

	/** How the form shows a deadline: the typed form its help text names, two digits for day and month. */
	private static final DateTimeFormatter NORSK_DATO = DateTimeFormatter.ofPattern("dd.MM.uuuu");

	/**
	 * The largest amount a budget line may have, in 1 000 kr: 1 000 billion kroner, several times the ministry's whole
	 * budget. Above it, a slip of the keyboard would pass into the appropriations and their sums.
	 */
	static final long MAKS_BELOP = 1_000_000_000L;

	/**
	 * The longest value each text field takes, also the fields' maxlength; a value the letter itself gives may be
	 * longer and stays. A title, a budget line's name and a calendar activity: {@link Tekstlengde#TITTEL}, as a
	 * calendar entry's title in the register and an instruction's title. An id (TTB2024-66), the department codes and the deadlines (some 40 dates): with room to spare. A
	 * time: as long as «09:00-11:00».
	 */
	record Maks(int tekst, int id, int avdelinger, int frister, int tid) {
	}

	static final Maks MAKS = new Maks(Tekstlengde.TITTEL, 40, 200, 500, 11);

	/**
	 * The most rows of each table the form may send: far more than a letter has (the 2025 letter has 64 assignments),
	 * so that every row of a large letter binds. A row beyond the draft's is ignored; one beyond this, refused.
	 */
	static final int MAKS_RADER = 1000;

	/** A time or a span as the parser writes them: {@code 09:00} or {@code 09:00-11:00}. */
	private static final Pattern TID = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d(-([01]\\d|2[0-3]):[0-5]\\d)?");

	private List<OppdragRad> oppdrag = new ArrayList<>();

	private List<BudsjettRad> budsjett = new ArrayList<>();

	private List<KalenderRad> kalender = new ArrayList<>();

	/** A budget line the admin adds by hand, such as one the letter gives in a sentence rather than a table. */
	private NyBudsjettlinje nyLinje = new NyBudsjettlinje();

	/** Fields the form sent that could not be read ({@code kalender[1].dato}): already named, not named again. */
	private Set<String> uleste = Set.of();

	static Korrigeringer of(LetterDraft draft, boolean cleared) {
		return of(draft, cleared, Uttatt.INGEN);
	}

	/** The form for a stored draft, with the rows the admin took out still there and ticked, so they can be put back. */
	static Korrigeringer of(LetterDraft draft, boolean cleared, Uttatt uttatt) {
		Korrigeringer k = new Korrigeringer();
		for (AssignmentDraft a : draft.assignments()) {
			OppdragRad rad = new OppdragRad();
			rad.dropp = uttatt.oppdrag().contains(k.oppdrag.size());
			rad.rut = !uttatt.utenRuting().contains(k.oppdrag.size());
			rad.id = a.id();
			rad.tittel = a.exempt() == AssignmentDraft.Exempt.WHOLE && !cleared ? null : a.title();
			rad.avdelinger = String.join(", ", a.hodDepartments());
			rad.frister = String.join(", ", a.deadlines().stream().map(d -> d.format(NORSK_DATO)).toList());
			k.oppdrag.add(rad);
		}
		for (BudgetLineDraft b : draft.budgetLines()) {
			BudsjettRad rad = new BudsjettRad();
			rad.dropp = uttatt.budsjett().contains(k.budsjett.size());
			rad.kapittel = b.chapter();
			rad.post = b.post();
			rad.navn = b.name();
			rad.belop = b.amount();
			k.budsjett.add(rad);
		}
		for (CalendarEntryDraft c : draft.calendar()) {
			KalenderRad rad = new KalenderRad();
			rad.dropp = uttatt.kalender().contains(k.kalender.size());
			rad.dato = c.date();
			rad.tid = c.time();
			rad.aktivitet = c.activity();
			k.kalender.add(rad);
		}
		return k;
	}

	/**
	 * The draft with the corrections applied and the rows taken out left out. Throws {@link Avvisninger} naming every
	 * value it cannot read, so that the admin can fix them all in one go.
	 *
	 * @param klarert whether the admin who sent the corrections is cleared for exempt content (see {@link #rett})
	 */
	LetterDraft applyTo(LetterDraft draft, Set<String> kjenteAvdelinger, boolean klarert) {
		return applyTo(draft, kjenteAvdelinger, Map.of(), klarert);
	}

	/** As {@link #applyTo(LetterDraft, Set, boolean)}, refusing also the ids of {@code andresIder} (see {@link #rett}). */
	LetterDraft applyTo(LetterDraft draft, Set<String> kjenteAvdelinger, Map<String, String> andresIder,
			boolean klarert) {
		return uttatt(draft).fjernFra(rett(draft, kjenteAvdelinger, andresIder, klarert));
	}

	/**
	 * The draft with the corrections applied to every row not taken out. A row taken out stays as it was, so that
	 * the review can show it ticked and the admin can put it back: {@link #uttatt} says which rows to leave out.
	 * Rows the draft does not have are ignored. Throws {@link Avvisninger} naming every value it cannot read, and an
	 * id another letter's assignment has.
	 *
	 * @param kjenteAvdelinger the codes of the ministry's departments in the register, upper case: a code typed into
	 *        the form must be one of them (a code the letter itself gives may stay, known or not)
	 * @param andresIder the ids of {@link #ider} that belong to another letter's assignment, upper case, each with
	 *        the words naming that assignment ({@code oppdrag TB2025-8 i tildelingsbrevet for 2025 til Helsedirektoratet})
	 * @param klarert whether the admin who sent the corrections is cleared for exempt content (offl. § 22): an
	 *        uncleared admin's form has no title for a wholly exempt assignment, and a title sent for one is refused
	 */
	LetterDraft rett(LetterDraft draft, Set<String> kjenteAvdelinger, Map<String, String> andresIder,
			boolean klarert) {
		List<String> feil = new ArrayList<>();
		Map<String, String> felter = new LinkedHashMap<>();
		List<AssignmentDraft> assignments = new ArrayList<>();
		List<String> advarsler = new ArrayList<>(draft.warnings());
		Set<String> ider = new HashSet<>();
		for (int i = 0; i < draft.assignments().size(); i++) {
			AssignmentDraft a = draft.assignments().get(i);
			OppdragRad rad = i < oppdrag.size() ? oppdrag.get(i) : null;
			String label = a.id() != null ? a.id() : "nr. " + (i + 1);
			boolean skjultTittel = !klarert && a.exempt() == AssignmentDraft.Exempt.WHOLE;
			if (skjultTittel && rad != null && rad.tittel != null) {
				// The form leaves the title out for this admin, so a title sent is a forged or stale form. Refused
				// rather than ignored: ignored, the admin would be told the corrections were saved, this one not.
				// Not tied to a field: the admin's page has none for it.
				feil.add("Tittelen på oppdrag " + label + " er unntatt offentlighet (offl. § 22) og kan bare rettes av "
						+ "en bruker som er klarert for unntatt innhold.");
			}
			if (rad == null || rad.dropp) {
				assignments.add(a);
				if (rad == null) {
					sjekkId(a.id(), label, null, ider, andresIder, feil, felter);
				}
				continue;
			}
			String felt = "oppdrag[" + i + "].";
			String tittel = a.title();
			boolean lestTittel = a.title() != null && !a.title().isBlank();
			// A title the form left out (a wholly exempt one, for this admin) stays as the letter has it.
			if (!skjultTittel && rad.tittel != null) {
				if (rad.tittel.isBlank() && lestTittel) {
					feltfeil(feil, felter, felt + "tittel", "Oppdrag " + label + " må ha en tittel.");
				}
				else if (!EnLinje.Regel.godtatt(rad.tittel)) {
					feltfeil(feil, felter, felt + "tittel", EnLinje.Regel.melding("Tittelen på oppdrag " + label));
				}
				else if (forLang(rad.tittel, a.title(), MAKS.tekst())) {
					feltfeil(feil, felter, felt + "tittel",
							Tekstlengde.melding("Tittelen på oppdrag " + label, rad.tittel, MAKS.tekst()));
				}
				else {
					tittel = rad.tittel.trim();
				}
			}
			// Written as the register keeps ids: a dash or Word's non-breaking hyphen typed is the hyphen.
			String id = OppdragImport.offisiellId(rad.id);
			if (!EnLinje.Regel.godtatt(rad.id)) {
				feltfeil(feil, felter, felt + "id", EnLinje.Regel.melding("Id-en på oppdrag " + label));
			}
			else if (forLang(rad.id, a.id(), MAKS.id())) {
				feltfeil(feil, felter, felt + "id",
						Tekstlengde.melding("Id-en på oppdrag " + label, rad.id, MAKS.id()));
			}
			// Only the form letters give ids in: an id is the assignment's address. The letter's own stays.
			else if (id != null && !id.equals(a.id()) && !AssignmentDraft.ID_FORM.matcher(id).matches()) {
				feltfeil(feil, felter, felt + "id", "Id-en " + Sitert.verdi(rad.id.strip()) + " på oppdrag " + label
						+ " har ikke formen brevene gir id-er i. Skriv den som TB2025-12 eller TTB2024-66, eller la "
						+ "feltet stå tomt.");
			}
			sjekkId(id, "nr. " + (i + 1), felt + "id", ider, andresIder, feil, felter);
			List<String> avdelinger = a.hodDepartments();
			if (forLang(rad.avdelinger, null, MAKS.avdelinger())) {
				feltfeil(feil, felter, felt + "avdelinger",
						Tekstlengde.melding("Feltet Avdeling i HOD på oppdrag " + label, rad.avdelinger, MAKS.avdelinger()));
			}
			else if (rad.avdelinger != null) {
				avdelinger = avdelinger(rad.avdelinger, a.hodDepartments(), kjenteAvdelinger, label, felt + "avdelinger",
						feil, felter);
			}
			List<LocalDate> frister = a.deadlines();
			if (forLang(rad.frister, null, MAKS.frister())) {
				feltfeil(feil, felter, felt + "frister",
						Tekstlengde.melding("Fristene for oppdrag " + label, rad.frister, MAKS.frister()));
			}
			else if (rad.frister != null) {
				frister = dates(rad.frister, a.deadlines(), draft.year(), label, felt + "frister", feil, felter);
			}
			if (!frister.equals(a.deadlines())) {
				fristSkrevetInn(advarsler, a, !frister.isEmpty());
			}
			assignments.add(new AssignmentDraft(id, a.section(), avdelinger, tittel, a.text(), frister,
					a.deadlineText(), a.exempt(),
					a.parts(), a.references(), a.budgetRefs(), a.exemptReferences(), a.exemptBudgetRefs()));
		}
		List<BudgetLineDraft> lines = new ArrayList<>();
		for (int i = 0; i < draft.budgetLines().size(); i++) {
			BudgetLineDraft b = draft.budgetLines().get(i);
			BudsjettRad rad = i < budsjett.size() ? budsjett.get(i) : null;
			if (rad == null || rad.dropp) {
				lines.add(b);
				continue;
			}
			String felt = "budsjett[" + i + "].";
			if (rad.kapittel == null || rad.post == null) {
				if (!uleste.contains(felt + "kapittel") && !uleste.contains(felt + "post")) {
					feltfeil(feil, felter, felt + (rad.kapittel == null ? "kapittel" : "post"),
							"Budsjettlinje " + (i + 1) + " må ha kapittel og post.");
				}
				continue;
			}
			// The state budget's numbering: chapters have three or four digits, posts two.
			if (rad.kapittel < 100 || rad.kapittel > 9999) {
				feltfeil(feil, felter, felt + "kapittel",
						"Kapittelet på budsjettlinje " + (i + 1) + " må ha tre eller fire sifre (for eksempel 714).");
			}
			if (rad.post < 1 || rad.post > 99) {
				feltfeil(feil, felter, felt + "post",
						"Posten på budsjettlinje " + (i + 1) + " må være et tall fra 1 til 99 (for eksempel 21).");
			}
			// A line the letter names must keep a name; one it gives none may stay so.
			if (rad.navn != null && rad.navn.isBlank() && b.name() != null && !b.name().isBlank()) {
				feltfeil(feil, felter, felt + "navn", "Budsjettlinje " + (i + 1) + " må ha et navn.");
			}
			else if (!EnLinje.Regel.godtatt(rad.navn)) {
				feltfeil(feil, felter, felt + "navn", EnLinje.Regel.melding("Navnet på budsjettlinje " + (i + 1)));
			}
			else if (forLang(rad.navn, b.name(), MAKS.tekst())) {
				feltfeil(feil, felter, felt + "navn",
						Tekstlengde.melding("Navnet på budsjettlinje " + (i + 1), rad.navn, MAKS.tekst()));
			}
			if (rad.belop != null && rad.belop < 0) {
				feltfeil(feil, felter, felt + "belop", "Beløpet på budsjettlinje " + (i + 1) + " kan ikke være negativt.");
			}
			else if (rad.belop != null && rad.belop > MAKS_BELOP) {
				feltfeil(feil, felter, felt + "belop", "Beløpet " + tusener(rad.belop) + " på budsjettlinje " + (i + 1)
						+ " er for stort. Beløp står i 1 000 kr og kan være høyst " + tusener(MAKS_BELOP)
						+ " (1 000 milliarder kroner).");
			}
			lines.add(new BudgetLineDraft(rad.kapittel, rad.post, rad.navn == null ? b.name() : blankToNull(rad.navn),
					rad.belop, b.previousYearAmount(), BudgetLineDraft.Kind.ofChapter(rad.kapittel), b.comment(), b.ministry()));
		}
		if (!nyLinje.erTom()) {
			BudgetLineDraft ny = nyLinje.les(lines, feil, felter);
			if (ny != null) {
				lines.add(ny);
			}
		}
		List<CalendarEntryDraft> entries = new ArrayList<>();
		for (int i = 0; i < draft.calendar().size(); i++) {
			CalendarEntryDraft c = draft.calendar().get(i);
			KalenderRad rad = i < kalender.size() ? kalender.get(i) : null;
			if (rad == null || rad.dropp) {
				entries.add(c);
				continue;
			}
			String felt = "kalender[" + i + "].";
			if (rad.dato == null) {
				if (!uleste.contains(felt + "dato")) {
					feltfeil(feil, felter, felt + "dato", "Kalenderoppføring " + (i + 1) + " må ha en dato.");
				}
				continue;
			}
			String tid = blankToNull(rad.tid);
			if (forLang(tid, null, MAKS.tid())) {
				feltfeil(feil, felter, felt + "tid",
						Tekstlengde.melding("Tiden på kalenderoppføring " + (i + 1), tid, MAKS.tid())
								+ " Skriv 09:00 eller 09:00-11:00.");
			}
			else if (tid != null && !TID.matcher(tid).matches()) {
				feltfeil(feil, felter, felt + "tid", "Tiden " + Sitert.verdi(tid) + " på kalenderoppføring " + (i + 1)
						+ " er ikke et klokkeslett. Skriv 09:00 eller 09:00-11:00.");
			}
			if (rad.aktivitet != null && rad.aktivitet.isBlank() && c.activity() != null && !c.activity().isBlank()) {
				feltfeil(feil, felter, felt + "aktivitet", "Kalenderoppføring " + (i + 1) + " må ha en aktivitet.");
			}
			else if (!EnLinje.Regel.godtatt(rad.aktivitet)) {
				feltfeil(feil, felter, felt + "aktivitet", EnLinje.Regel.melding("Aktiviteten på kalenderoppføring " + (i + 1)));
			}
			else if (forLang(rad.aktivitet, c.activity(), MAKS.tekst())) {
				feltfeil(feil, felter, felt + "aktivitet",
						Tekstlengde.melding("Aktiviteten på kalenderoppføring " + (i + 1), rad.aktivitet, MAKS.tekst()));
			}
			entries.add(new CalendarEntryDraft(rad.dato, tid,
					rad.aktivitet == null ? c.activity() : blankToNull(rad.aktivitet), c.note(), c.source()));
		}
		if (!feil.isEmpty()) {
			throw new Avvisninger(feil, felter);
		}
		return new LetterDraft(draft.year(), draft.agency(), draft.kind(), draft.layout(), draft.goals(), assignments,
				lines, entries, draft.specialReporting(), draft.authorizations(), List.copyOf(advarsler));
	}

	/**
	 * The parser's warning that it found no deadline for the assignment, once the admin has typed one: it says so
	 * instead of standing as if nothing were done; emptied again, the warning is back. By the id or title the
	 * assignment had before this correction, as the parser named it.
	 */
	static void fristSkrevetInn(List<String> advarsler, AssignmentDraft a, boolean harFrist) {
		String navn = a.id() != null ? "oppdrag " + a.id()
				: a.title() != null && !a.title().isBlank() ? "oppdraget " + Sitert.verdi(a.title()) : null;
		if (navn == null) {
			return;
		}
		String mangler = "Fant ingen frist for " + navn + ".";
		String skrevetInn = "Fant ingen frist for " + navn + " i brevet; fristen er skrevet inn i gjennomgangen.";
		for (int i = 0; i < advarsler.size(); i++) {
			if (harFrist && advarsler.get(i).startsWith(mangler)) {
				advarsler.set(i, skrevetInn);
			}
			else if (!harFrist && advarsler.get(i).equals(skrevetInn)) {
				advarsler.set(i, LetterParser.ingenFrist(navn));
			}
		}
	}

	/**
	 * An id is how a later import finds the assignment again: two with one id would make one of them replace the other
	 * (an existing assignment lost its id and its links when a mistyped id was confirmed). Rows taken out don't count.
	 * {@code felt}: the form's field for the id, {@code null} for a row the form did not send.
	 */
	private static void sjekkId(String id, String rad, String felt, Set<String> ider, Map<String, String> andresIder,
			List<String> feil, Map<String, String> felter) {
		if (id == null) {
			return;
		}
		String stor = id.toUpperCase(Locale.ROOT);
		if (!ider.add(stor)) {
			feltfeil(feil, felter, felt, "Id-en " + Sitert.verdi(id)
					+ " står på flere oppdrag i brevet. Hvert oppdrag må ha sin "
					+ "egen id; rett den eller la feltet stå tomt.");
		}
		else if (andresIder.containsKey(stor)) {
			feltfeil(feil, felter, felt, idTilhorerAnnet(id, rad, andresIder.get(stor)));
		}
	}

	/**
	 * An id another letter's assignment has: confirming it would take the id (and its address, links and references)
	 * from that assignment without giving it to this one.
	 */
	static String idTilhorerAnnet(String id, String rad, String eier) {
		return "Id-en " + Sitert.verdi(id) + " på oppdrag " + rad + " tilhører " + eier
				+ ". Et oppdrag kan ikke ta id-en til et "
				+ "annet; rett den eller la feltet stå tomt.";
	}

	/** The ids the rows not taken out will have once the corrections are applied, as typed. */
	List<String> ider(LetterDraft draft) {
		List<String> ider = new ArrayList<>();
		for (int i = 0; i < draft.assignments().size(); i++) {
			OppdragRad rad = i < oppdrag.size() ? oppdrag.get(i) : null;
			String id = rad == null ? draft.assignments().get(i).id()
					: rad.dropp ? null : OppdragImport.offisiellId(rad.id);
			if (id != null) {
				ider.add(id);
			}
		}
		return ider;
	}

	/** The years a deadline of a letter for {@code aar} may fall in: from the year before to five years after. */
	static boolean fristIRimeligAar(LocalDate frist, int aar) {
		return frist.getYear() >= aar - 1 && frist.getYear() <= aar + 5;
	}

	/** What the admin is told of a deadline outside {@link #fristIRimeligAar}. */
	static String fristUtenforAar(String frist, String label, int aar) {
		return "Fristen " + frist + " for oppdrag " + label + " ligger langt fra brevets år (" + aar + "). Frister må "
				+ "ligge mellom " + (aar - 1) + " og " + (aar + 5) + ".";
	}

	/**
	 * The rows of {@code draft} the admin ticked «Ta ut», and the routing proposals unticked, by position. A row the
	 * draft does not have takes nothing out.
	 */
	Uttatt uttatt(LetterDraft draft) {
		return new Uttatt(ticked(oppdrag.stream().map(r -> r.dropp).toList(), draft.assignments().size()),
				ticked(budsjett.stream().map(r -> r.dropp).toList(), draft.budgetLines().size()),
				ticked(kalender.stream().map(r -> r.dropp).toList(), draft.calendar().size()),
				ticked(oppdrag.stream().map(r -> Boolean.FALSE.equals(r.rut)).toList(), draft.assignments().size()));
	}

	private static Set<Integer> ticked(List<Boolean> dropp, int rader) {
		Set<Integer> ticked = new TreeSet<>();
		for (int i = 0; i < dropp.size() && i < rader; i++) {
			if (dropp.get(i)) {
				ticked.add(i);
			}
		}
		return ticked;
	}

	/**
	 * The rows of a stored draft the admin took out, by position: kept in the draft until it is confirmed, so that
	 * taking one out can be undone. {@code utenRuting}: the assignments whose proposed routing the admin unticked
	 * («Rut til …»), imported unrouted; a row without a proposal there declines nothing.
	 */
	record Uttatt(Set<Integer> oppdrag, Set<Integer> budsjett, Set<Integer> kalender, Set<Integer> utenRuting)
			implements Serializable {

		static final Uttatt INGEN = new Uttatt(Set.of(), Set.of(), Set.of(), Set.of());

		Uttatt {
			oppdrag = oppdrag == null ? Set.of() : Set.copyOf(oppdrag);
			budsjett = budsjett == null ? Set.of() : Set.copyOf(budsjett);
			kalender = kalender == null ? Set.of() : Set.copyOf(kalender);
			// Drafts stored before the choice was offered route every proposal, as they did.
			utenRuting = utenRuting == null ? Set.of() : Set.copyOf(utenRuting);
		}

		/**
		 * The row in the draft of the assignment at {@code posisjon} among those imported (not taken out). Public: the
		 * review page calls it.
		 */
		public int oppdragsrad(int posisjon) {
			int sett = -1;
			for (int rad = 0;; rad++) {
				if (!oppdrag.contains(rad) && ++sett == posisjon) {
					return rad;
				}
			}
		}

		/** {@link #utenRuting} by position among the assignments imported, as {@link OppdragImport#apply} names them. */
		Set<Integer> utenRutingVedImport() {
			return utenRuting.stream().filter(rad -> !oppdrag.contains(rad))
				.map(rad -> rad - (int) oppdrag.stream().filter(uttatt -> uttatt < rad).count())
				.collect(Collectors.toSet());
		}

		/** The draft as it will be imported: without the rows taken out. */
		LetterDraft fjernFra(LetterDraft draft) {
			return new LetterDraft(draft.year(), draft.agency(), draft.kind(), draft.layout(), draft.goals(),
					uten(draft.assignments(), oppdrag), uten(draft.budgetLines(), budsjett),
					uten(draft.calendar(), kalender), draft.specialReporting(), draft.authorizations(), draft.warnings());
		}

		private static <T> List<T> uten(List<T> rows, Set<Integer> positions) {
			List<T> kept = new ArrayList<>();
			for (int i = 0; i < rows.size(); i++) {
				if (!positions.contains(i)) {
					kept.add(rows.get(i));
				}
			}
			return kept;
		}
	}

	private static List<String> split(String value) {
		return Arrays.stream(value.split("[,/ ]+")).map(String::trim).filter(s -> !s.isEmpty()).toList();
	}

	/**
	 * The ministry departments typed for an assignment. A code the letter gives for it stays as it is; any other must
	 * be in the register, so that a typo does not become a department (and a filter choice) of its own.
	 */
	private static List<String> avdelinger(String value, List<String> iBrevet, Set<String> kjente, String label,
			String felt, List<String> feil, Map<String, String> felter) {
		Map<String, String> lest = new HashMap<>();
		iBrevet.forEach(k -> lest.putIfAbsent(k.toUpperCase(Locale.ROOT), k));
		List<String> koder = new ArrayList<>();
		for (String kode : split(value)) {
			String stor = kode.toUpperCase(Locale.ROOT);
			if (lest.containsKey(stor) || kjente.contains(stor)) {
				// Written as the letter writes it, else as the register does.
				koder.add(lest.getOrDefault(stor, stor));
			}
			else {
				feltfeil(feil, felter, felt, "Avdeling i HOD " + Sitert.verdi(kode) + " på oppdrag " + label
						+ " finnes ikke blant "
						+ "departementsavdelingene i registeret (" + String.join(", ", new TreeSet<>(kjente)) + "). En ny "
						+ "avdeling legges inn under Administrer organisasjonen → Departementets avdelinger.");
			}
		}
		return koder;
	}

	/** 1000000000 as {@code 1 000 000 000}, as the form's amounts are written. */
	private static String tusener(long belop) {
		return String.format(Locale.ROOT, "%,d", belop).replace(',', ' ');
	}

	/**
	 * The deadlines typed for an assignment. A date the letter itself gives for it may stay (the review warns of it);
	 * a date typed must fall in {@link #fristIRimeligAar}, so that a slip of the keyboard (1026 for 2026) is caught.
	 */
	private static List<LocalDate> dates(String value, List<LocalDate> iBrevet, Integer aar, String label,
			String felt, List<String> feil, Map<String, String> felter) {
		List<LocalDate> dates = new ArrayList<>();
		for (TypedDates.Typed typed : TypedDates.read(value)) {
			LocalDate dato = typed.date();
			if (dato == null) {
				int eksempel = aar != null ? aar : LocalDate.now(Formats.OSLO).getYear();
				feltfeil(feil, felter, felt, "Fristen " + Sitert.verdi(typed.written()) + " for oppdrag " + label
						+ " kan ikke leses "
						+ "som en dato. Skriv dag, måned og år, for eksempel 31. desember " + eksempel + " eller 31.12."
						+ eksempel + ", og skill flere frister med komma.");
				continue;
			}
			if (aar != null && !iBrevet.contains(dato) && !fristIRimeligAar(dato, aar)) {
				feltfeil(feil, felter, felt, fristUtenforAar(typed.written(), label, aar));
			}
			dates.add(dato);
		}
		return dates;
	}

	/**
	 * Whether a value typed is longer than {@code maks} (trimmed, as it is kept). The value the letter itself gives
	 * ({@code lest}) stays however long, so that a letter sent back untouched is never refused for it.
	 */
	private static boolean forLang(String skrevet, String lest, int maks) {
		return Tekstlengde.forLang(skrevet, maks) && !skrevet.trim().equals(lest);
	}

	/**
	 * A problem with one field of the form, named so that the page can mark the field and link to it; {@code felt}
	 * {@code null} for a problem no field of the form holds.
	 */
	private static void feltfeil(List<String> feil, Map<String, String> felter, String felt, String problem) {
		feil.add(problem);
		if (felt != null) {
			felter.putIfAbsent(problem, felt);
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	/**
	 * The fields that could not be read, so that a row's missing value is not named twice. Not a setter: the form must
	 * not bind it.
	 */
	void markerUleste(Set<String> uleste) {
		this.uleste = Set.copyOf(uleste);
	}

	/** No rows were sent: a confirmation without the form, as the API's. */
	boolean erTomt() {
		return oppdrag.isEmpty() && budsjett.isEmpty() && kalender.isEmpty() && nyLinje.erTom();
	}

	/** Whether the form adds a budget line. */
	boolean leggerTilLinje() {
		return !nyLinje.erTom();
	}

	public List<OppdragRad> getOppdrag() {
		return oppdrag;
	}

	public void setOppdrag(List<OppdragRad> oppdrag) {
		this.oppdrag = oppdrag;
	}

	public List<BudsjettRad> getBudsjett() {
		return budsjett;
	}

	public void setBudsjett(List<BudsjettRad> budsjett) {
		this.budsjett = budsjett;
	}

	public List<KalenderRad> getKalender() {
		return kalender;
	}

	public void setKalender(List<KalenderRad> kalender) {
		this.kalender = kalender;
	}

	public NyBudsjettlinje getNyLinje() {
		return nyLinje;
	}

	public void setNyLinje(NyBudsjettlinje nyLinje) {
		this.nyLinje = nyLinje == null ? new NyBudsjettlinje() : nyLinje;
	}

	/**
	 * The form's fields for a budget line added by hand. Text, not numbers, so that each value that cannot be read is
	 * told in its own words («12,5» is no whole number of thousands, «-5» is negative) rather than as a binding error.
	 * All empty adds nothing; once added, the line is one of the draft's rows, corrected or taken out as they are.
	 */
	public static class NyBudsjettlinje implements Serializable {

		private static final long serialVersionUID = 1L;

		private static final Pattern KAPITTEL = Pattern.compile("\\d{3,4}");

		private static final Pattern POST = Pattern.compile("\\d{1,2}");

		/** Whole thousands, digits with or without spaces between the groups as the page writes them (73 326). */
		private static final Pattern BELOP = Pattern.compile("-?\\d{1,3}(?:[ \\u00A0\\u202F]?\\d{3})*|-?\\d+");

		private static final String FELT = "nyLinje.";

		private String kapittel;

		private String post;

		private String navn;

		private String belop;

		boolean erTom() {
			return blankToNull(kapittel) == null && blankToNull(post) == null && blankToNull(navn) == null
					&& blankToNull(belop) == null;
		}

		/**
		 * The line typed, or {@code null} with every problem in {@code feil}. A chapter and post a line of the draft
		 * not taken out has already is refused: the admin corrects that line instead.
		 */
		BudgetLineDraft les(List<BudgetLineDraft> linjer, List<String> feil, Map<String, String> felter) {
			int forFeil = feil.size();
			String kap = blankToNull(kapittel);
			String pst = blankToNull(post);
			String tittel = blankToNull(navn);
			String sum = blankToNull(belop);
			if (kap == null) {
				feltfeil(feil, felter, FELT + "kapittel", "Den nye budsjettlinjen må ha et kapittel (for eksempel 709).");
			}
			else if (!KAPITTEL.matcher(kap).matches() || Integer.parseInt(kap) < 100) {
				feltfeil(feil, felter, FELT + "kapittel", "Kapittelet " + Sitert.verdi(kap)
						+ " på den nye budsjettlinjen må være et tall med tre eller fire sifre (for eksempel 709).");
			}
			if (pst == null) {
				feltfeil(feil, felter, FELT + "post", "Den nye budsjettlinjen må ha en post (for eksempel 01).");
			}
			else if (!POST.matcher(pst).matches() || Integer.parseInt(pst) < 1) {
				feltfeil(feil, felter, FELT + "post", "Posten " + Sitert.verdi(pst)
						+ " på den nye budsjettlinjen må være et tall fra 1 til 99 (for eksempel 01).");
			}
			if (tittel == null) {
				feltfeil(feil, felter, FELT + "navn",
						"Den nye budsjettlinjen må ha et navn (for eksempel Driftsutgifter).");
			}
			else if (!EnLinje.Regel.godtatt(tittel)) {
				feltfeil(feil, felter, FELT + "navn", EnLinje.Regel.melding("Navnet på den nye budsjettlinjen"));
			}
			else if (Tekstlengde.forLang(tittel, MAKS.tekst())) {
				feltfeil(feil, felter, FELT + "navn",
						Tekstlengde.melding("Navnet på den nye budsjettlinjen", tittel, MAKS.tekst()));
			}
			Long tusen = null;
			if (sum == null) {
				feltfeil(feil, felter, FELT + "belop", "Den nye budsjettlinjen må ha et beløp i 1 000 kr "
						+ "(for eksempel 73 326 for 73,326 millioner kroner).");
			}
			else if (!BELOP.matcher(sum).matches()) {
				feltfeil(feil, felter, FELT + "belop", "Beløpet " + Sitert.verdi(sum) + " på den nye budsjettlinjen "
						+ "er ikke et helt tall. Skriv beløpet i hele 1 000 kr med sifre, for eksempel 73 326 for "
						+ "73,326 millioner kroner.");
			}
			else if (sum.startsWith("-")) {
				feltfeil(feil, felter, FELT + "belop", "Beløpet på den nye budsjettlinjen kan ikke være negativt.");
			}
			else {
				String sifre = sum.replaceAll("\\D", "");
				// More digits than a long holds is as much a slip as one above the ceiling.
				tusen = sifre.length() > 18 ? Long.MAX_VALUE : Long.parseLong(sifre);
				if (tusen > MAKS_BELOP) {
					feltfeil(feil, felter, FELT + "belop", "Beløpet " + Sitert.verdi(sum) + " på den nye "
							+ "budsjettlinjen er for stort. Beløp står i 1 000 kr og kan være høyst "
							+ tusener(MAKS_BELOP) + " (1 000 milliarder kroner).");
				}
			}
			if (feil.size() > forFeil) {
				return null;
			}
			int k = Integer.parseInt(kap);
			int p = Integer.parseInt(pst);
			if (linjer.stream().anyMatch(l -> l.chapter() == k && l.post() == p && l.ministry() == null)) {
				feltfeil(feil, felter, FELT + "post", "Budsjettlinje " + k + "." + String.format(Locale.ROOT, "%02d", p)
						+ " står allerede i brevet. Rett beløpet på den linjen i stedet for å legge den til på nytt.");
				return null;
			}
			return new BudgetLineDraft(k, p, tittel, tusen, null, BudgetLineDraft.Kind.ofChapter(k),
					"Lagt til for hånd i gjennomgangen.");
		}

		public String getKapittel() {
			return kapittel;
		}

		public void setKapittel(String kapittel) {
			this.kapittel = kapittel;
		}

		public String getPost() {
			return post;
		}

		public void setPost(String post) {
			this.post = post;
		}

		public String getNavn() {
			return navn;
		}

		public void setNavn(String navn) {
			this.navn = navn;
		}

		public String getBelop() {
			return belop;
		}

		public void setBelop(String belop) {
			this.belop = belop;
		}
	}

	public static class OppdragRad implements Serializable {

		private static final long serialVersionUID = 1L;

		private boolean dropp;

		private String id;

		private String tittel;

		private String avdelinger;

		private String frister;

		/** Whether its proposed routing stays: {@code null} where the form has no proposal for it. */
		private Boolean rut;

		public boolean isDropp() {
			return dropp;
		}

		public Boolean getRut() {
			return rut;
		}

		public void setRut(Boolean rut) {
			this.rut = rut;
		}

		public void setDropp(boolean dropp) {
			this.dropp = dropp;
		}

		public String getId() {
			return id;
		}

		public void setId(String id) {
			this.id = id;
		}

		public String getTittel() {
			return tittel;
		}

		public void setTittel(String tittel) {
			this.tittel = tittel;
		}

		public String getAvdelinger() {
			return avdelinger;
		}

		public void setAvdelinger(String avdelinger) {
			this.avdelinger = avdelinger;
		}

		public String getFrister() {
			return frister;
		}

		public void setFrister(String frister) {
			this.frister = frister;
		}
	}

	public static class BudsjettRad implements Serializable {

		private static final long serialVersionUID = 1L;

		private boolean dropp;

		private Integer kapittel;

		private Integer post;

		private String navn;

		private Long belop;

		public boolean isDropp() {
			return dropp;
		}

		public void setDropp(boolean dropp) {
			this.dropp = dropp;
		}

		public Integer getKapittel() {
			return kapittel;
		}

		public void setKapittel(Integer kapittel) {
			this.kapittel = kapittel;
		}

		public Integer getPost() {
			return post;
		}

		public void setPost(Integer post) {
			this.post = post;
		}

		public String getNavn() {
			return navn;
		}

		public void setNavn(String navn) {
			this.navn = navn;
		}

		public Long getBelop() {
			return belop;
		}

		public void setBelop(Long belop) {
			this.belop = belop;
		}
	}

	public static class KalenderRad implements Serializable {

		private static final long serialVersionUID = 1L;

		private boolean dropp;

		@org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
		private LocalDate dato;

		private String tid;

		private String aktivitet;

		public boolean isDropp() {
			return dropp;
		}

		public void setDropp(boolean dropp) {
			this.dropp = dropp;
		}

		public LocalDate getDato() {
			return dato;
		}

		public void setDato(LocalDate dato) {
			this.dato = dato;
		}

		public String getTid() {
			return tid;
		}

		public void setTid(String tid) {
			this.tid = tid;
		}

		public String getAktivitet() {
			return aktivitet;
		}

		public void setAktivitet(String aktivitet) {
			this.aktivitet = aktivitet;
		}
	}
}
