package no.hod.styringsregister.tildelingsbrev.internal;

import java.util.List;

import no.hod.styringsregister.tildelingsbrev.internal.parsing.AssignmentDraft;
import no.hod.styringsregister.tildelingsbrev.internal.parsing.AssignmentDraft.TextPart;
import no.hod.styringsregister.tildelingsbrev.internal.parsing.LetterDraft;

/**
 * A draft as an admin without clearance may see it: exempt parts, and the title of a wholly exempt assignment, are
 * replaced by the placeholder. Clearance is per user, independent of role, so the import preview honours it too.
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

	private static AssignmentDraft redact(AssignmentDraft a) {
		if (a.exempt() == AssignmentDraft.Exempt.NONE) {
			return a;
		}
		boolean whole = a.exempt() == AssignmentDraft.Exempt.WHOLE;
		List<TextPart> parts = whole ? List.of(new TextPart(PLACEHOLDER, true))
				: a.parts().stream().map(p -> p.exempt() ? new TextPart(PLACEHOLDER, true) : p).toList();
		String text = String.join("\n\n", parts.stream().map(TextPart::text).toList());
		return new AssignmentDraft(a.id(), a.section(), a.hodDepartments(), whole ? PLACEHOLDER : a.title(), text,
				whole ? List.of() : a.deadlines(), whole ? null : a.deadlineText(), a.exempt(), parts,
				whole ? List.of() : a.references(), whole ? List.of() : a.budgetRefs());
	}
}
