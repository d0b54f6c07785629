package no.hod.styringsregister.rapporteringskalender.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import no.hod.styringsregister.Kalendersider;
import no.hod.styringsregister.oppdrag.IdOrden;

/**
 * One item of the timeline, whatever its source.
 *
 * @param tid {@code 09:00} or {@code 09:00-11:00}, or {@code null} for the whole day
 * @param oppdrag the assignment of a deadline, else {@code null}
 * @param kilde where the item comes from, in words
 * @param lenke the address of the source in the register, or {@code null}
 * @param oppforingId the calendar entry an admin may edit, {@code null} for deadlines
 * @param datoAnslatt the letter gives no exact day; the date is the end of the period
 * @param naarTekst the letter's own words for when, for special reporting
 * @param manueltEndret a letter's entry an admin has changed by hand (not one made by hand: its source says so)
 * @param uid stable identity for calendar clients
 * @param forventetDato for a deadline of a delayed assignment, its new expected date; else {@code null}
 * @param nyForventetDato the item is a delayed assignment's new expected date (its current due date), not a deadline
 *     of the letter
 * @param brevetsFrist for a new expected date, the letter's deadline it replaces ({@code null} when none)
 * @param viserUnntatt the title is content exempt from public disclosure, shown to a cleared reader
 * @param merketUnntatt the item's assignment is exempt wholly or in part and the reader is cleared: the page and the
 *     exports mark it as the assignment list does
 * @param flereKilder the other letters that name the same entry (shown once, from {@code kilde}); empty for most
 * @param endring for a letter's entry changed by hand, who changed it, when, and what the letter itself gave, in
 *     words ({@link Endringstekst}); else {@code null}
 * @param idOrden for a deadline or a new expected date, its assignment's place in the natural order of ids, when
 *     known; else {@code null}
 * @param handendring {@code endring} as data, for the API; {@code null} where {@code endring} is
 */
record Hendelse(LocalDate dato, String tid, Type type, String tittel, Long etatId, String etat, Long enhetId,
		String oppdrag, String kilde, String lenke, Long oppforingId, boolean datoAnslatt, String merknad,
		String naarTekst, boolean manueltEndret, String uid, LocalDate forventetDato, boolean nyForventetDato,
		LocalDate brevetsFrist, boolean viserUnntatt, boolean merketUnntatt, List<Kildelenke> flereKilder,
		String endring, IdOrden idOrden, Handendring handendring) {

	/**
	 * Who changed a letter's entry by hand and when, and what the letter itself gave.
	 *
	 * @param av the display name, {@code null} when not known
	 * @param tid {@code null} when not known
	 * @param brevetsDato {@code null} for an entry edited before the letter's own was kept (V113); then the time and
	 *     title are too
	 */
	record Handendring(String av, OffsetDateTime tid, LocalDate brevetsDato, String brevetsTid,
			boolean brevetsDatoAnslatt, String brevetsTittel) {
	}

	/** A source in words and its address in the register. */
	record Kildelenke(String tekst, String lenke) {
	}

	/** Every source in words, for the API, the exports and the feed: the one shown first, then the others. */
	public String kilder() {
		return Stream.concat(Stream.of(kilde), flereKilder.stream().map(Kildelenke::tekst))
			.collect(Collectors.joining("; "));
	}

	/**
	 * The row's id on the page for a deadline of the letter, which the assignment's page links to; {@code null} for
	 * anything else (a new expected date has its own row on another day).
	 */
	public String rad() {
		return type == Type.FRIST && oppdrag != null && !nyForventetDato ? Kalendersider.fristRad(oppdrag, dato) : null;
	}

	public enum Type {
		KALENDER, SAERSKILT, FRIST
	}
}
