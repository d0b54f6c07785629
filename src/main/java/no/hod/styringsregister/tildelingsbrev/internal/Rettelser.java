package no.hod.styringsregister.tildelingsbrev.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import no.hod.styringsregister.oppdrag.OppdragImport;
import no.hod.styringsregister.tildelingsbrev.TildelingsbrevImport.EarlierCorrection;
import no.hod.styringsregister.tildelingsbrev.internal.parsing.AssignmentDraft;
import no.hod.styringsregister.tildelingsbrev.internal.parsing.BudgetLineDraft;
import no.hod.styringsregister.tildelingsbrev.internal.parsing.CalendarEntryDraft;
import no.hod.styringsregister.tildelingsbrev.internal.parsing.LetterDraft;

/**
 * The admin's corrections of what the parser read, kept with the letter at confirm: a later import of the letter
 * whose parser reads the same wrong value again proposes the correction rather than undo it. Where the letter itself
 * says something else now, its new value stands. Assignments are matched by the id the parser read, budget lines
 * by {@link #linjer}, calendar entries by {@link #kalenderrader}. Each field is its own correction: a letter that
 * changed one field of a row keeps the corrections of the others. A budget line the admin added by hand
 * ({@code lagtTil}) is proposed again whole, after the letter's own lines, unless the letter now gives its post itself.
 */
record Rettelser(List<Rettelse> oppdrag, List<Belop> budsjett, List<Navn> navn, List<Kalender> kalender,
		List<LagtTil> lagtTil) {

	static final Rettelser INGEN = new Rettelser(List.of(), List.of(), List.of(), List.of(), List.of());

	Rettelser {
		// Corrections kept before a kind of them was remembered have none of it.
		oppdrag = oppdrag == null ? List.of() : List.copyOf(oppdrag);
		budsjett = budsjett == null ? List.of() : List.copyOf(budsjett);
		navn = navn == null ? List.of() : List.copyOf(navn);
		kalender = kalender == null ? List.of() : List.copyOf(kalender);
		lagtTil = lagtTil == null ? List.of() : List.copyOf(lagtTil);
	}

	/**
	 * A budget line the admin added by hand in the review (one the letter gives in running text), as it was
	 * imported: without it, the next version of the letter would silently drop it from the register.
	 */
	record LagtTil(int kapittel, int post, String navn, Long belop, Long forrigeAar, String kommentar) {

		static LagtTil av(BudgetLineDraft linje) {
			return new LagtTil(linje.chapter(), linje.post(), linje.name(), linje.amount(),
					linje.previousYearAmount(), linje.comment());
		}

		BudgetLineDraft linje() {
			return new BudgetLineDraft(kapittel, post, navn, belop, forrigeAar, BudgetLineDraft.Kind.ofChapter(kapittel),
					kommentar);
		}

		/** Whether the letter now gives the post itself, among the ministry's own lines: then its line stands. */
		boolean iBrevet(List<BudgetLineDraft> linjer) {
			return linjer.stream().anyMatch(l -> l.chapter() == kapittel && l.post() == post && l.ministry() == null);
		}
	}

	/** A budget line's corrected amount (1 000 kr), with what the parser read; null: no amount. */
	record Belop(String linje, Long tolket, Long belop) {
	}

	/** A budget line's corrected name, with what the parser read; null: no name. */
	record Navn(String linje, String tolket, String navn) {
	}

	/**
	 * One calendar entry's corrected fields, each with what the parser read; a field not corrected is null in both.
	 * Times are as the form writes them, "" for none.
	 */
	record Kalender(String rad, LocalDate tolketDato, LocalDate dato, String tolketTid, String tid,
			String tolketAktivitet, String aktivitet) {
	}

	/**
	 * The review's notes, by row of each table; {@code lagtTil}, the budget rows that are a line added by hand at the
	 * letter's last import, proposed again.
	 */
	record Merknader(Map<Integer, Merknad> oppdrag, Map<Integer, String> budsjett, Map<Integer, String> navn,
			Map<Integer, KalenderMerknad> kalender, Set<Integer> lagtTil) {

		static final Merknader INGEN = new Merknader(Map.of(), Map.of(), Map.of(), Map.of(), Set.of());
	}

	/**
	 * One assignment's corrected fields, each with what the parser read; a field not corrected is null in both.
	 */
	record Rettelse(String id, String tolketTittel, String tittel, List<LocalDate> tolketFrister,
			List<LocalDate> frister, List<String> tolketAvdelinger, List<String> avdelinger) {
	}

	/** A field of a row in the review that holds the earlier correction, with what the parser read ("" for nothing). */
	record Merknad(String tittel, String frister, String avdelinger) {

		/** Without the title, which the review hides on a wholly exempt assignment; null if none left. */
		Merknad utenSkjulte() {
			return frister == null && avdelinger == null ? null : new Merknad(null, frister, avdelinger);
		}
	}

	/** A field of a calendar row in the review that holds the earlier correction, with what the parser read. */
	record KalenderMerknad(String dato, String tid, String aktivitet) {
	}

	/**
	 * What the admin corrected: the parsed draft and the confirmed one, row by row (same positions), rows taken out
	 * left out. The confirmed draft's budget rows after the parsed ones are the lines added by hand (those carried
	 * over from the last import first): each kept one is remembered whole.
	 */
	static Rettelser av(LetterDraft tolket, LetterDraft bekreftet, Korrigeringer.Uttatt uttatt) {
		List<Rettelse> rettelser = new ArrayList<>();
		for (int i = 0; i < tolket.assignments().size() && i < bekreftet.assignments().size(); i++) {
			AssignmentDraft t = tolket.assignments().get(i);
			AssignmentDraft b = bekreftet.assignments().get(i);
			if (uttatt.oppdrag().contains(i) || t.id() == null) {
				continue;
			}
			boolean tittel = !Objects.equals(t.title(), b.title());
			boolean frister = !t.deadlines().equals(b.deadlines());
			boolean avdelinger = !t.hodDepartments().equals(b.hodDepartments());
			if (tittel || frister || avdelinger) {
				rettelser.add(new Rettelse(t.id(), tittel ? t.title() : null, tittel ? b.title() : null,
						frister ? t.deadlines() : null, frister ? b.deadlines() : null,
						avdelinger ? t.hodDepartments() : null, avdelinger ? b.hodDepartments() : null));
			}
		}
		List<Belop> belop = new ArrayList<>();
		List<Navn> navn = new ArrayList<>();
		List<String> linjer = linjer(tolket.budgetLines());
		for (int i = 0; i < tolket.budgetLines().size() && i < bekreftet.budgetLines().size(); i++) {
			BudgetLineDraft t = tolket.budgetLines().get(i);
			BudgetLineDraft b = bekreftet.budgetLines().get(i);
			if (uttatt.budsjett().contains(i)) {
				continue;
			}
			if (!Objects.equals(t.amount(), b.amount())) {
				belop.add(new Belop(linjer.get(i), t.amount(), b.amount()));
			}
			if (!Objects.equals(t.name(), b.name())) {
				navn.add(new Navn(linjer.get(i), t.name(), b.name()));
			}
		}
		List<LagtTil> lagtTil = new ArrayList<>();
		for (int i = tolket.budgetLines().size(); i < bekreftet.budgetLines().size(); i++) {
			if (!uttatt.budsjett().contains(i)) {
				lagtTil.add(LagtTil.av(bekreftet.budgetLines().get(i)));
			}
		}
		List<Kalender> kalender = new ArrayList<>();
		List<String> rader = kalenderrader(tolket.calendar());
		for (int i = 0; i < tolket.calendar().size() && i < bekreftet.calendar().size(); i++) {
			CalendarEntryDraft t = tolket.calendar().get(i);
			CalendarEntryDraft b = bekreftet.calendar().get(i);
			boolean dato = !Objects.equals(t.date(), b.date());
			boolean tid = !Objects.equals(t.time(), b.time());
			boolean aktivitet = !Objects.equals(t.activity(), b.activity());
			if (!uttatt.kalender().contains(i) && (dato || tid || aktivitet)) {
				kalender.add(new Kalender(rader.get(i), dato ? t.date() : null, dato ? b.date() : null,
						tid ? tid(t) : null, tid ? tid(b) : null, aktivitet ? t.activity() : null,
						aktivitet ? b.activity() : null));
			}
		}
		return new Rettelser(rettelser, belop, navn, kalender, lagtTil);
	}

	/** The parsed draft with the earlier corrections in the fields the parser read as it did then. */
	LetterDraft foreslaa(LetterDraft tolket) {
		Map<String, Rettelse> etterId = etterId();
		List<AssignmentDraft> assignments = new ArrayList<>();
		List<String> advarsler = new ArrayList<>(tolket.warnings());
		for (AssignmentDraft a : tolket.assignments()) {
			Rettelse r = a.id() == null ? null : etterId.get(nokkel(a.id()));
			if (r == null) {
				assignments.add(a);
				continue;
			}
			String tittel = r.tittel() != null && Objects.equals(a.title(), r.tolketTittel()) ? r.tittel() : a.title();
			List<LocalDate> frister = r.frister() != null && a.deadlines().equals(r.tolketFrister()) ? r.frister()
					: a.deadlines();
			List<String> avdelinger = r.avdelinger() != null && a.hodDepartments().equals(r.tolketAvdelinger())
					? r.avdelinger() : a.hodDepartments();
			if (!frister.equals(a.deadlines())) {
				Korrigeringer.fristSkrevetInn(advarsler, a, !frister.isEmpty());
			}
			assignments.add(new AssignmentDraft(a.id(), a.section(), avdelinger, tittel, a.text(), frister,
					a.deadlineText(), a.exempt(), a.parts(), a.references(), a.budgetRefs(), a.exemptReferences(),
					a.exemptBudgetRefs()));
		}
		Map<String, Belop> etterLinje = etter(budsjett, Belop::linje);
		Map<String, Navn> navnEtterLinje = etter(navn, Navn::linje);
		List<String> linjer = linjer(tolket.budgetLines());
		List<BudgetLineDraft> lines = new ArrayList<>();
		for (int i = 0; i < tolket.budgetLines().size(); i++) {
			BudgetLineDraft b = tolket.budgetLines().get(i);
			Belop r = etterLinje.get(linjer.get(i));
			Navn n = navnEtterLinje.get(linjer.get(i));
			Long belop = r != null && Objects.equals(b.amount(), r.tolket()) ? r.belop() : b.amount();
			String name = n != null && Objects.equals(b.name(), n.tolket()) ? n.navn() : b.name();
			lines.add(new BudgetLineDraft(b.chapter(), b.post(), name, belop, b.previousYearAmount(), b.kind(),
					b.comment(), b.ministry()));
		}
		foreslatteLinjer(tolket).forEach(l -> lines.add(l.linje()));
		Map<String, Kalender> etterRad = etter(kalender, Kalender::rad);
		List<String> rader = kalenderrader(tolket.calendar());
		List<CalendarEntryDraft> entries = new ArrayList<>();
		for (int i = 0; i < tolket.calendar().size(); i++) {
			CalendarEntryDraft c = tolket.calendar().get(i);
			Kalender k = etterRad.get(rader.get(i));
			if (k == null) {
				entries.add(c);
				continue;
			}
			LocalDate dato = k.dato() != null && Objects.equals(c.date(), k.tolketDato()) ? k.dato() : c.date();
			String tid = k.tid() != null && tid(c).equals(k.tolketTid()) ? blankToNull(k.tid()) : c.time();
			String aktivitet = k.aktivitet() != null && Objects.equals(c.activity(), k.tolketAktivitet())
					? k.aktivitet() : c.activity();
			entries.add(new CalendarEntryDraft(dato, tid, aktivitet, c.note(), c.source()));
		}
		return new LetterDraft(tolket.year(), tolket.agency(), tolket.kind(), tolket.layout(), tolket.goals(),
				assignments, lines, entries, tolket.specialReporting(), tolket.authorizations(),
				List.copyOf(advarsler));
	}

	/**
	 * The review's notes, by row: a field that still holds the earlier correction of what the parser read again.
	 * A field the admin changed since has none.
	 *
	 * @param dato how a deadline is written on the pages
	 * @param belop how an amount is written on the pages
	 */
	Merknader merknader(LetterDraft tolket, LetterDraft utkast, Function<LocalDate, String> dato,
			Function<Long, String> belop) {
		Map<String, Rettelse> etterId = etterId();
		Map<Integer, Merknad> merknader = new HashMap<>();
		for (int i = 0; i < tolket.assignments().size() && i < utkast.assignments().size(); i++) {
			AssignmentDraft t = tolket.assignments().get(i);
			AssignmentDraft u = utkast.assignments().get(i);
			Rettelse r = t.id() == null ? null : etterId.get(nokkel(t.id()));
			if (r == null) {
				continue;
			}
			boolean tittel = r.tittel() != null && Objects.equals(t.title(), r.tolketTittel())
					&& r.tittel().equals(u.title());
			boolean frister = r.frister() != null && t.deadlines().equals(r.tolketFrister())
					&& r.frister().equals(u.deadlines());
			boolean avdelinger = r.avdelinger() != null && t.hodDepartments().equals(r.tolketAvdelinger())
					&& r.avdelinger().equals(u.hodDepartments());
			if (tittel || frister || avdelinger) {
				merknader.put(i, new Merknad(tittel ? Objects.toString(t.title(), "") : null,
						frister ? String.join(", ", t.deadlines().stream().map(dato).toList()) : null,
						avdelinger ? String.join(", ", t.hodDepartments()) : null));
			}
		}
		Map<String, Belop> etterLinje = etter(budsjett, Belop::linje);
		Map<String, Navn> navnEtterLinje = etter(navn, Navn::linje);
		List<String> linjer = linjer(tolket.budgetLines());
		Map<Integer, String> budsjettMerknader = new HashMap<>();
		Map<Integer, String> navnMerknader = new HashMap<>();
		for (int i = 0; i < tolket.budgetLines().size() && i < utkast.budgetLines().size(); i++) {
			BudgetLineDraft t = tolket.budgetLines().get(i);
			BudgetLineDraft u = utkast.budgetLines().get(i);
			Belop r = etterLinje.get(linjer.get(i));
			if (r != null && Objects.equals(t.amount(), r.tolket()) && Objects.equals(r.belop(), u.amount())) {
				budsjettMerknader.put(i, t.amount() == null ? "" : belop.apply(t.amount()));
			}
			Navn n = navnEtterLinje.get(linjer.get(i));
			if (n != null && Objects.equals(t.name(), n.tolket()) && Objects.equals(n.navn(), u.name())) {
				navnMerknader.put(i, Objects.toString(t.name(), ""));
			}
		}
		Map<String, Kalender> etterRad = etter(kalender, Kalender::rad);
		List<String> rader = kalenderrader(tolket.calendar());
		Map<Integer, KalenderMerknad> kalenderMerknader = new HashMap<>();
		for (int i = 0; i < tolket.calendar().size() && i < utkast.calendar().size(); i++) {
			CalendarEntryDraft t = tolket.calendar().get(i);
			CalendarEntryDraft u = utkast.calendar().get(i);
			Kalender k = etterRad.get(rader.get(i));
			if (k == null) {
				continue;
			}
			boolean d = k.dato() != null && Objects.equals(t.date(), k.tolketDato()) && k.dato().equals(u.date());
			boolean tid = k.tid() != null && tid(t).equals(k.tolketTid()) && k.tid().equals(tid(u));
			boolean aktivitet = k.aktivitet() != null && Objects.equals(t.activity(), k.tolketAktivitet())
					&& k.aktivitet().equals(u.activity());
			if (d || tid || aktivitet) {
				kalenderMerknader.put(i, new KalenderMerknad(d ? t.date() == null ? "" : dato.apply(t.date()) : null,
						tid ? tid(t) : null, aktivitet ? Objects.toString(t.activity(), "") : null));
			}
		}
		return new Merknader(merknader, budsjettMerknader, navnMerknader, kalenderMerknader,
				lagtTilMerknader(tolket, utkast));
	}

	/** The lines added by hand at the last import that {@link #foreslaa} proposes again: those the letter lacks. */
	private List<LagtTil> foreslatteLinjer(LetterDraft tolket) {
		List<LagtTil> foreslatte = new ArrayList<>();
		for (LagtTil l : lagtTil) {
			if (!l.iBrevet(tolket.budgetLines())
					&& foreslatte.stream().noneMatch(f -> f.kapittel() == l.kapittel() && f.post() == l.post())) {
				foreslatte.add(l);
			}
		}
		return foreslatte;
	}

	/**
	 * The budget rows of {@code utkast} that are a line added by hand at the last import: where {@link #foreslaa}
	 * put them, after the parser's rows, as long as the row still has that chapter and post (a line the admin adds
	 * now comes after them, and is no earlier correction).
	 */
	private Set<Integer> lagtTilMerknader(LetterDraft tolket, LetterDraft utkast) {
		Set<Integer> rader = new TreeSet<>();
		List<LagtTil> foreslatte = foreslatteLinjer(tolket);
		for (int j = 0; j < foreslatte.size(); j++) {
			int rad = tolket.budgetLines().size() + j;
			if (rad < utkast.budgetLines().size() && utkast.budgetLines().get(rad).chapter() == foreslatte.get(j).kapittel()
					&& utkast.budgetLines().get(rad).post() == foreslatte.get(j).post()) {
				rader.add(rad);
			}
		}
		return rader;
	}

	/**
	 * The fields of {@code foreslatt} that hold an earlier correction of what the parser read, named as the API's
	 * JSON names them, in the letter's order. Only which field of which row: no value, so that nothing exempt is told.
	 */
	List<EarlierCorrection> brukt(LetterDraft tolket, LetterDraft foreslatt) {
		Merknader m = merknader(tolket, foreslatt, LocalDate::toString, String::valueOf);
		List<EarlierCorrection> brukt = new ArrayList<>();
		new TreeMap<>(m.oppdrag()).forEach((i, merknad) -> {
			String id = tolket.assignments().get(i).id();
			leggTil(brukt, "assignments", id, "title", merknad.tittel());
			leggTil(brukt, "assignments", id, "deadlines", merknad.frister());
			leggTil(brukt, "assignments", id, "hodDepartments", merknad.avdelinger());
		});
		List<String> linjer = linjer(tolket.budgetLines());
		for (int i = 0; i < linjer.size(); i++) {
			leggTil(brukt, "budgetLines", linjer.get(i), "name", m.navn().get(i));
			leggTil(brukt, "budgetLines", linjer.get(i), "amount", m.budsjett().get(i));
		}
		// A line added by hand is carried over whole: named as a line, by its key among all the draft's lines.
		List<String> alleLinjer = linjer(foreslatt.budgetLines());
		m.lagtTil().forEach(rad -> brukt.add(new EarlierCorrection("budgetLines", alleLinjer.get(rad), "line")));
		List<String> rader = kalenderrader(tolket.calendar());
		new TreeMap<>(m.kalender()).forEach((i, merknad) -> {
			leggTil(brukt, "calendar", rader.get(i), "date", merknad.dato());
			leggTil(brukt, "calendar", rader.get(i), "time", merknad.tid());
			leggTil(brukt, "calendar", rader.get(i), "activity", merknad.aktivitet());
		});
		return brukt;
	}

	private static void leggTil(List<EarlierCorrection> brukt, String section, String key, String field,
			String merknad) {
		if (merknad != null) {
			brukt.add(new EarlierCorrection(section, key, field));
		}
	}

	/** The first correction of each row, by its key. */
	private static <T> Map<String, T> etter(List<T> rettelser, Function<T, String> nokkel) {
		Map<String, T> etter = new HashMap<>();
		rettelser.forEach(r -> etter.putIfAbsent(nokkel.apply(r), r));
		return etter;
	}

	/**
	 * How a budget line is known from one import to the next: a post can have several rows, so by chapter, post and
	 * purpose (the comment), and which of the post's rows with that purpose it is, in the letter's order
	 * ({@code 714.21 «Tilskudd» 2}).
	 */
	private static List<String> linjer(List<BudgetLineDraft> lines) {
		return lopenummer(lines.stream()
			.map(b -> b.chapter() + "." + b.post() + " «" + Objects.toString(b.comment(), "") + "»")
			.toList());
	}

	/**
	 * How a calendar entry is known from one import to the next: by its activity as the parser read it, and which of
	 * the entries with that activity it is, in the letter's order ({@code «Møte i etatsstyringen» 2}). Not by its
	 * date, so that a corrected date is found again; a letter that rewords the activity is new, and its words stand.
	 */
	private static List<String> kalenderrader(List<CalendarEntryDraft> entries) {
		return lopenummer(entries.stream().map(c -> "«" + Objects.toString(c.activity(), "") + "»").toList());
	}

	/** Each key with its number among the keys like it so far: {@code a 1, b 1, a 2}. */
	private static List<String> lopenummer(List<String> nokler) {
		Map<String, Integer> sett = new HashMap<>();
		List<String> numrert = new ArrayList<>();
		for (String n : nokler) {
			numrert.add(n + " " + sett.merge(n, 1, Integer::sum));
		}
		return numrert;
	}

	/** A time as the form writes it, "" for none. */
	private static String tid(CalendarEntryDraft c) {
		return Objects.toString(c.time(), "");
	}

	private static String blankToNull(String value) {
		return value.isEmpty() ? null : value;
	}

	private Map<String, Rettelse> etterId() {
		return etter(oppdrag, r -> nokkel(r.id()));
	}

	/** As the register matches ids: a dash or non-breaking hyphen is the hyphen, and case does not count. */
	private static String nokkel(String id) {
		return OppdragImport.offisiellId(id).toUpperCase(Locale.ROOT);
	}
}
