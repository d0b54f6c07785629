package no.hod.styringsregister.tildelingsbrev.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import no.hod.styringsregister.oppdrag.OppdragImport;
import no.hod.styringsregister.tildelingsbrev.internal.parsing.AssignmentDraft;
import no.hod.styringsregister.tildelingsbrev.internal.parsing.BudgetLineDraft;
import no.hod.styringsregister.tildelingsbrev.internal.parsing.LetterDraft;

/**
 * The admin's corrections of what the parser read, kept with the letter at confirm: a later import of the letter
 * whose parser reads the same wrong value again proposes the correction rather than undo it. Where the letter itself
 * says something else now, its new value stands. Assignments are matched by the id the parser read, budget lines
 * by {@link #linjer}.
 */
record Rettelser(List<Rettelse> oppdrag, List<Belop> budsjett) {

	static final Rettelser INGEN = new Rettelser(List.of(), List.of());

	Rettelser {
		oppdrag = oppdrag == null ? List.of() : List.copyOf(oppdrag);
		budsjett = budsjett == null ? List.of() : List.copyOf(budsjett);
	}

	/** A budget line's corrected amount (1 000 kr), with what the parser read; null: no amount. */
	record Belop(String linje, Long tolket, Long belop) {
	}

	/** The review's notes, by row of each table. */
	record Merknader(Map<Integer, Merknad> oppdrag, Map<Integer, String> budsjett) {

		static final Merknader INGEN = new Merknader(Map.of(), Map.of());
	}

	/**
	 * One assignment's corrected fields, each with what the parser read; a field not corrected is null in both.
	 */
	record Rettelse(String id, String tolketTittel, String tittel, List<LocalDate> tolketFrister,
			List<LocalDate> frister) {
	}

	/** A field of a row in the review that holds the earlier correction, with what the parser read ("" for nothing). */
	record Merknad(String tittel, String frister) {
	}

	/**
	 * What the admin corrected: the parsed draft and the confirmed one, row by row (same positions), rows taken out
	 * left out.
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
			if (tittel || frister) {
				rettelser.add(new Rettelse(t.id(), tittel ? t.title() : null, tittel ? b.title() : null,
						frister ? t.deadlines() : null, frister ? b.deadlines() : null));
			}
		}
		List<Belop> belop = new ArrayList<>();
		List<String> linjer = linjer(tolket.budgetLines());
		for (int i = 0; i < tolket.budgetLines().size() && i < bekreftet.budgetLines().size(); i++) {
			Long t = tolket.budgetLines().get(i).amount();
			Long b = bekreftet.budgetLines().get(i).amount();
			if (!uttatt.budsjett().contains(i) && !Objects.equals(t, b)) {
				belop.add(new Belop(linjer.get(i), t, b));
			}
		}
		return new Rettelser(rettelser, belop);
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
			if (!frister.equals(a.deadlines())) {
				Korrigeringer.fristSkrevetInn(advarsler, a, !frister.isEmpty());
			}
			assignments.add(new AssignmentDraft(a.id(), a.section(), a.hodDepartments(), tittel, a.text(), frister,
					a.deadlineText(), a.exempt(), a.parts(), a.references(), a.budgetRefs()));
		}
		Map<String, Belop> etterLinje = etterLinje();
		List<String> linjer = linjer(tolket.budgetLines());
		List<BudgetLineDraft> lines = new ArrayList<>();
		for (int i = 0; i < tolket.budgetLines().size(); i++) {
			BudgetLineDraft b = tolket.budgetLines().get(i);
			Belop r = etterLinje.get(linjer.get(i));
			lines.add(r == null || !Objects.equals(b.amount(), r.tolket()) ? b
					: new BudgetLineDraft(b.chapter(), b.post(), b.name(), r.belop(), b.previousYearAmount(), b.kind(),
							b.comment()));
		}
		return new LetterDraft(tolket.year(), tolket.agency(), tolket.kind(), tolket.layout(), tolket.goals(),
				assignments, lines, tolket.calendar(), tolket.specialReporting(), tolket.authorizations(),
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
			if (tittel || frister) {
				merknader.put(i, new Merknad(tittel ? Objects.toString(t.title(), "") : null,
						frister ? String.join(", ", t.deadlines().stream().map(dato).toList()) : null));
			}
		}
		Map<String, Belop> etterLinje = etterLinje();
		List<String> linjer = linjer(tolket.budgetLines());
		Map<Integer, String> budsjett = new HashMap<>();
		for (int i = 0; i < tolket.budgetLines().size() && i < utkast.budgetLines().size(); i++) {
			BudgetLineDraft t = tolket.budgetLines().get(i);
			Belop r = etterLinje.get(linjer.get(i));
			if (r != null && Objects.equals(t.amount(), r.tolket())
					&& Objects.equals(r.belop(), utkast.budgetLines().get(i).amount())) {
				budsjett.put(i, t.amount() == null ? "" : belop.apply(t.amount()));
			}
		}
		return new Merknader(merknader, budsjett);
	}

	private Map<String, Belop> etterLinje() {
		Map<String, Belop> etterLinje = new HashMap<>();
		budsjett.forEach(b -> etterLinje.putIfAbsent(b.linje(), b));
		return etterLinje;
	}

	/**
	 * How a budget line is known from one import to the next: a post can have several rows, so by chapter, post and
	 * purpose (the comment), and which of the post's rows with that purpose it is, in the letter's order
	 * ({@code 714.21 «Tilskudd» 2}).
	 */
	private static List<String> linjer(List<BudgetLineDraft> lines) {
		Map<String, Integer> sett = new HashMap<>();
		List<String> linjer = new ArrayList<>();
		for (BudgetLineDraft b : lines) {
			String post = b.chapter() + "." + b.post() + " «" + Objects.toString(b.comment(), "") + "»";
			linjer.add(post + " " + sett.merge(post, 1, Integer::sum));
		}
		return linjer;
	}

	private Map<String, Rettelse> etterId() {
		Map<String, Rettelse> etterId = new HashMap<>();
		oppdrag.forEach(r -> etterId.putIfAbsent(nokkel(r.id()), r));
		return etterId;
	}

	/** As the register matches ids: a dash or non-breaking hyphen is the hyphen, and case does not count. */
	private static String nokkel(String id) {
		return OppdragImport.offisiellId(id).toUpperCase(Locale.ROOT);
	}
}
