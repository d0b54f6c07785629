package no.hod.styringsregister.oppdrag;

import java.time.OffsetDateTime;

/**
 * The ministry's answer on an assignment, as a given viewer may see it: a delivery accepted or sent back, or a
 * comment. For a viewer without clearance the title of a wholly exempt assignment is the placeholder, and the text of
 * an exempt comment, or any text on a wholly exempt assignment, is withheld.
 *
 * @param id the assignment's shown id; use it in URLs
 * @param tekst the reason or comment; {@code null} when there is none or it is withheld ({@code tekstSkjult})
 * @param tekstSkjult the text, if any, is withheld from this viewer
 * @param tekstUnntatt the comment is marked exempt, so a cleared viewer knows not to pass it on
 */
public record OppdragSvar(String id, String tittel, boolean tittelSkjult, Slag slag, String hvem,
		OffsetDateTime tidspunkt, String tekst, boolean tekstSkjult, boolean tekstUnntatt) {

	public enum Slag {

		/** Levert to Fullført. */
		GODKJENT,

		/** Levert to Pågår, as the assignment page's notice of a delivery sent back. */
		SENDT_TILBAKE,

		KOMMENTAR
	}
}
