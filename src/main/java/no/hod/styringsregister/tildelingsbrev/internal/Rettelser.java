package no.hod.styringsregister.tildelingsbrev.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import no.hod.styringsregister.oppdrag.OppdragImport;
import no.hod.styringsregister.tildelingsbrev.internal.parsing.AssignmentDraft;
import no.hod.styringsregister.tildelingsbrev.internal.parsing.LetterDraft;

/**
 * The admin's corrections of what the parser read, kept with the letter at confirm: a later import of the letter
 * whose parser reads the same wrong value again proposes the correction rather than undo it. Where the letter itself
 * says something else now, its new value stands. Assignments are matched by the id the parser read.
 */
record Rettelser(List<Rettelse> oppdrag) {

	static final Rettelser INGEN = new Rettelser(List.of());

	Rettelser {
		oppdrag = oppdrag == null ? List.of() : List.copyOf(oppdrag);
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
	static Rettelser av(LetterDraft tolket, LetterDraft bekreftet, Set<Integer> uttatt) {
		List<Rettelse> rettelser = new ArrayList<>();
		for (int i = 0; i < tolket.assignments().size() && i < bekreftet.assignments().size(); i++) {
			AssignmentDraft t = tolket.assignments().get(i);
			AssignmentDraft b = bekreftet.assignments().get(i);
			if (uttatt.contains(i) || t.id() == null) {
				continue;
			}
			boolean tittel = !Objects.equals(t.title(), b.title());
			boolean frister = !t.deadlines().equals(b.deadlines());
			if (tittel || frister) {
				rettelser.add(new Rettelse(t.id(), tittel ? t.title() : null, tittel ? b.title() : null,
						frister ? t.deadlines() : null, frister ? b.deadlines() : null));
			}
		}
		return new Rettelser(rettelser);
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
		return new LetterDraft(tolket.year(), tolket.agency(), tolket.kind(), tolket.layout(), tolket.goals(),
				assignments, tolket.budgetLines(), tolket.calendar(), tolket.specialReporting(), tolket.authorizations(),
				List.copyOf(advarsler));
	}

	/**
	 * The review's notes, by row: a field that still holds the earlier correction of what the parser read again.
	 * A field the admin changed since has none.
	 *
	 * @param dato how a deadline is written on the pages
	 */
	Map<Integer, Merknad> merknader(LetterDraft tolket, LetterDraft utkast,
			Function<LocalDate, String> dato) {
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
		return merknader;
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
