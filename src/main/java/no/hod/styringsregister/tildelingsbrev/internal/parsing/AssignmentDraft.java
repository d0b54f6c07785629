package no.hod.styringsregister.tildelingsbrev.internal.parsing;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One oppdrag as the letter states it.
 *
 * @param id official id ({@code TB2025-17}, {@code TTB2024-66}) or {@code null} where the letter gives none
 * @param section number of the goal or area it sits under ({@code 3.1}, {@code 2.3})
 * @param hodDepartments the ministry department codes ({@code FHA}, {@code KTA}), in the letter's order
 * @param text the full text: paragraphs separated by a blank line, numbered sub-tasks and bullets kept on their own lines
 * @param deadlines every deadline date the frist names, in order; empty where the frist is a phrase or missing
 * @param deadlineText the raw frist phrase after "Frist", or {@code null} where the letter states none; of a wholly
 *        exempt assignment it is exempt, as its title is
 * @param exempt how much of it is exempt from public disclosure (Offl. § 22)
 * @param parts the text split into paragraphs/points, each flagged exempt or not; joining the texts with a blank
 *        line gives {@code text}. Exempt content lives only in exempt parts (and in the title and deadline text
 *        when WHOLE).
 * @param references official ids of other assignments it refers to ({@code jf. TB2023-30}), without itself: of a
 *        partly exempt assignment, those its public parts (or title) name
 * @param budgetRefs budget lines it cites ({@code kap. 714, post 21}, {@code 714.21}), as {@code references}
 * @param exemptReferences of a partly exempt assignment, the ids only its exempt parts name: exempt as those parts
 *        are (Offl. § 22), so shown and stored flagged; one named in a public part too is among {@code references}
 *        only. Empty for the other assignments (a wholly exempt one's are all exempt, as it is).
 * @param exemptBudgetRefs of a partly exempt assignment, the budget lines only its exempt parts cite, as
 *        {@code exemptReferences}
 */
public record AssignmentDraft(
		String id,
		String section,
		List<String> hodDepartments,
		String title,
		String text,
		List<LocalDate> deadlines,
		String deadlineText,
		Exempt exempt,
		List<TextPart> parts,
		List<String> references,
		List<BudgetRef> budgetRefs,
		List<String> exemptReferences,
		List<BudgetRef> exemptBudgetRefs) {

	/** A draft stored before the exempt lists existed reads them as empty. */
	public AssignmentDraft {
		exemptReferences = exemptReferences == null ? List.of() : exemptReferences;
		exemptBudgetRefs = exemptBudgetRefs == null ? List.of() : exemptBudgetRefs;
	}

	/** One without references or budget lines in exempt parts. */
	public AssignmentDraft(String id, String section, List<String> hodDepartments, String title, String text,
			List<LocalDate> deadlines, String deadlineText, Exempt exempt, List<TextPart> parts,
			List<String> references, List<BudgetRef> budgetRefs) {
		this(id, section, hodDepartments, title, text, deadlines, deadlineText, exempt, parts, references, budgetRefs,
				List.of(), List.of());
	}

	/** Those of {@code exempt} not among {@code public}: a reference in a public part too is public. */
	static <T> List<T> onlyIn(List<T> exempt, List<T> inPublic) {
		return exempt.stream().filter(e -> !inPublic.contains(e)).distinct().toList();
	}

	/**
	 * An id as the parser writes it ({@link References#normaliseId}): {@code TB2025-12}, {@code TTB2024-66}. A
	 * corrected id must have this form too, as it becomes the assignment's address and is cited by other letters.
	 */
	public static final Pattern ID_FORM = Pattern.compile("T?TB\\d{4}-\\d{1,3}", Pattern.CASE_INSENSITIVE);

	public enum Exempt {
		NONE,
		/** Some points or paragraphs are exempt; title and the other parts are public. */
		PARTS,
		/** The whole assignment, title included, is exempt. */
		WHOLE
	}

	/** A paragraph or numbered point of the text. */
	public record TextPart(String text, boolean exempt) {
	}

	public record BudgetRef(int chapter, int post) {
	}

	/** For the JSON contract: true when the assignment or a part of it is exempt. */
	public boolean exemptFromPublic() {
		return exempt != Exempt.NONE;
	}
}
