package no.hod.styringsregister.instrukser.internal.parsing;

import java.time.LocalDate;
import java.util.List;

/**
 * What the parser understood of one instruction (instruks or hovedinstruks). Plain data: the preview shows it, the
 * admin corrects it, and confirming stores it as a version. Field names follow the JSON contract of the instruction
 * preview. A date is {@code null} where the text states none; the parser never guesses one.
 *
 * @param title the title as a reader would write it, e.g. {@code Hovedinstruks for Statens helsetilsyn}
 * @param agency the agency the instruction is for, e.g. {@code Statens helsetilsyn}
 * @param issuedBy the ministries that set it ({@code Fastsatt av …}), in the text's order
 * @param issued the date it was set (fastsatt)
 * @param amended the date it was last adjusted (justert, endret), or {@code null}
 * @param effectiveFrom the date it comes into force (trer i kraft), or {@code null} where the text gives none
 * @param replaces the instruction it replaces as the text words it, or {@code null}
 * @param sections the numbered sections of the body in document order, parents before their subsections
 * @param warnings what the admin should check, in Norwegian
 */
public record InstruksDraft(
		String title,
		String agency,
		List<String> issuedBy,
		LocalDate issued,
		LocalDate amended,
		LocalDate effectiveFrom,
		String replaces,
		List<SectionDraft> sections,
		List<String> warnings) {
}
