package no.hod.styringsregister.oppdrag;

import java.time.OffsetDateTime;

/**
 * A division lead's comment on an assignment (the division's answer to the ministry), as a given viewer may see it:
 * for a viewer without clearance the title of a wholly exempt assignment is the placeholder, and the text of an exempt
 * comment, or any text on a wholly exempt assignment, is withheld.
 *
 * @param id the assignment's shown id; link by {@link #adresse()}, which an id with a slash cannot be
 * @param nokkel the assignment's register key, for the address
 * @param divisjon the division the assignment was routed to when the comment was written, by its name then;
 *        {@code null} when it was routed to none
 * @param tekst the comment; {@code null} when it is withheld ({@code tekstSkjult})
 * @param tekstSkjult the text is withheld from this viewer
 * @param tekstUnntatt the comment is marked exempt, so a cleared viewer knows not to pass it on
 * @param unntattOffentlighet the assignment or a part of it is exempt (offl. § 22)
 * @param heltUnntatt the assignment the comment was written on is exempt as a whole: its title and every comment on
 *        it are exempt content
 * @param paaKopi the comment was written on the year end's copy that the next letter's assignment {@code id}
 *        replaced: comments stay on the copy, and the work goes on on {@code id}
 * @param kopi the copy's id, when {@code paaKopi}; {@code null} where either of the two is wholly exempt and the
 *        viewer is not cleared (told there is a copy, not which, as on the assignments' pages)
 */
public record OppdragKommentar(String id, String nokkel, String tittel, boolean tittelSkjult, String divisjon, String hvem,
		OffsetDateTime tidspunkt, String tekst, boolean tekstSkjult, boolean tekstUnntatt, boolean unntattOffentlighet,
		boolean heltUnntatt, boolean paaKopi, String kopi) {

	/** The word its page's address names it by (OppdragSider.adresse), for {@code @{/oppdrag/{id}(id=...)}}. */
	public String adresse() {
		return OppdragSider.adresse(id, nokkel);
	}
}
