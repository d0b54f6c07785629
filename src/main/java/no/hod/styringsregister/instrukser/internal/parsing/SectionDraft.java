package no.hod.styringsregister.instrukser.internal.parsing;

/**
 * One numbered section of an instruction.
 *
 * @param number the section number without a trailing dot: {@code 3}, {@code 3.1}
 * @param title the heading after the number
 * @param text the body up to the next numbered section: paragraphs separated by a blank line, list items on their
 *        own lines as {@code - item}, unnumbered sub-headings as paragraphs of their own; empty when the section goes
 *        straight on to its first subsection
 */
public record SectionDraft(String number, String title, String text) {
}
