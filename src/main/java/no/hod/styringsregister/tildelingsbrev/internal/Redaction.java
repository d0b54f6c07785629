package no.hod.styringsregister.tildelingsbrev.internal;

import java.util.ArrayList;
import java.util.List;

import no.hod.styringsregister.tildelingsbrev.internal.parsing.AssignmentDraft;
import no.hod.styringsregister.tildelingsbrev.internal.parsing.AssignmentDraft.TextPart;
import no.hod.styringsregister.tildelingsbrev.internal.parsing.LetterDraft;

/**
 * A draft as an admin without clearance may see it: exempt parts (a run of adjacent ones as one), and the title and
 * text of a wholly exempt assignment, are replaced by the placeholder; such an assignment's deadline phrase, references
 * and budget lines are left out, as are the references and budget lines only a partly exempt one's exempt parts cite.
 * Its deadline dates stay, as the register shows them to every reader once imported ({@code oppdrag_offentlig}).
 * Clearance is per user, independent of role, so the import preview honours it too. For showing only: what is
 * imported is the draft itself.
 */
final class Redaction {

	static final String PLACEHOLDER = "Unntatt offentlighet, jf. offl. § 22";

	private Redaction() {
	}

	static LetterDraft forViewer(LetterDraft draft, boolean cleared) {
		if (cleared) {
			return draft;
		}
		List<AssignmentDraft> assignments = draft.assignments().stream().map(Redaction::redact).toList();
		return new LetterDraft(draft.year(), draft.agency(), draft.kind(), draft.layout(), draft.goals(), assignments,
				draft.budgetLines(), draft.calendar(), draft.specialReporting(), draft.authorizations(), draft.warnings());
	}

	/**
	 * The public parts, and one placeholder for each run of adjacent exempt parts, as the register shows a stored
	 * assignment to an uncleared reader: how many parts are hidden does not show, where they stand does.
	 */
	static List<TextPart> redacted(List<TextPart> parts) {
		List<TextPart> redacted = new ArrayList<>();
		for (TextPart part : parts) {
			if (!part.exempt()) {
				redacted.add(part);
			}
			else if (redacted.isEmpty() || !redacted.get(redacted.size() - 1).exempt()) {
				redacted.add(new TextPart(PLACEHOLDER, true));
			}
		}
		return List.copyOf(redacted);
	}

	private static AssignmentDraft redact(AssignmentDraft a) {
		if (a.exempt() == AssignmentDraft.Exempt.NONE) {
			return a;
		}
		boolean whole = a.exempt() == AssignmentDraft.Exempt.WHOLE;
		List<TextPart> parts = whole ? List.of(new TextPart(PLACEHOLDER, true)) : redacted(a.parts());
		String text = String.join("\n\n", parts.stream().map(TextPart::text).toList());
		return new AssignmentDraft(a.id(), a.section(), a.hodDepartments(), whole ? PLACEHOLDER : a.title(), text,
				a.deadlines(), whole ? null : a.deadlineText(), a.exempt(), parts,
				whole ? List.of() : a.references(), whole ? List.of() : a.budgetRefs(), List.of(), List.of());
	}
}
