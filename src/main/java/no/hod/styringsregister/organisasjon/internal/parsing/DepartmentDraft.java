package no.hod.styringsregister.organisasjon.internal.parsing;

import java.util.List;

/**
 * One department (avdeling) of a division.
 *
 * @param name the heading as written, e.g. {@code Global helse}
 * @param description everything else the text says about the department: paragraphs separated by a blank line,
 *        list items on their own lines as {@code - item} (sub-items as {@code   - item}), sub-headings such as
 *        {@code ISF-ordningen og DRG-systemet} as paragraphs of their own
 * @param tasks the items of the list the text labels {@code Oppgaver:}, {@code Hovedoppgaver:} or
 *        {@code Arbeidsoppgaver:}, one string per item with wrapped lines joined; other lists stay in the description
 * @param targetGroups the text after {@code Målgrupper:}, or {@code null}
 * @param partners the text after {@code Samarbeidspartnere:}, or {@code null}
 * @param leader the leader's name without e-mail address, or {@code null} where the text names none
 * @param leaderTitle the title as written before the name ({@code Avdelingsdirektør}, {@code Konstituert
 *        avdelingsdirektør}), a misspelt {@code -direktør} corrected, or {@code null}
 */
public record DepartmentDraft(
		String name,
		String description,
		List<String> tasks,
		String targetGroups,
		String partners,
		String leader,
		String leaderTitle) {
}
