package no.hod.styringsregister.organisasjon.internal.parsing;

import java.util.List;

/**
 * What the parser understood of an agency's organisation description: its divisions and their departments, the tree
 * that assignments are routed to. Plain data for the preview; the admin corrects and confirms it.
 *
 * @param agency the agency described, e.g. {@code Helsedirektoratet}; {@code null} where neither the caller nor the
 *        text names it
 * @param divisions the divisions in the text's order
 * @param warnings what the admin should check, in Norwegian
 */
public record OrganisationDraft(String agency, List<DivisionDraft> divisions, List<String> warnings) {
}
