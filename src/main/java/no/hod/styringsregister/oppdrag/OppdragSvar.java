package no.hod.styringsregister.oppdrag;

import java.time.OffsetDateTime;

/**
 * The ministry's answer on an assignment, as a given viewer may see it: a delivery accepted or sent back, another
 * change of status by a desk officer or an admin (such as Utgår), or a comment. For a viewer without clearance the
 * title of a wholly exempt assignment is the placeholder, and the text of an exempt comment, or any text on a wholly
 * exempt assignment, is withheld.
 *
 * @param id the assignment's shown id; link by {@link #adresse()}, which an id with a slash cannot be
 * @param nokkel the assignment's register key, for the address
 * @param fra the status before, for a change of status; else {@code null}
 * @param til the status after, for a change of status; else {@code null}
 * @param tekst the reason or comment; {@code null} when there is none or it is withheld ({@code tekstSkjult})
 * @param tekstSkjult the text, if any, is withheld from this viewer
 * @param tekstUnntatt the comment is marked exempt, so a cleared viewer knows not to pass it on
 */
public record OppdragSvar(String id, String nokkel, String tittel, boolean tittelSkjult, Slag slag, OppdragStatus fra,
		OppdragStatus til, String hvem, OffsetDateTime tidspunkt, String tekst, boolean tekstSkjult,
		boolean tekstUnntatt) {

	public enum Slag {

		/** Levert to Fullført. */
		GODKJENT,

		/** Levert to Pågår, as the assignment page's notice of a delivery sent back. */
		SENDT_TILBAKE,

		/** Any other change of status by a desk officer or an admin: set to Utgår, reopened, ... */
		STATUS,

		KOMMENTAR
	}

	/** The word its page's address names it by (OppdragSider.adresse), for {@code @{/oppdrag/{id}(id=...)}}. */
	public String adresse() {
		return OppdragSider.adresse(id, nokkel);
	}
}
