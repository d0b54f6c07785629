package no.hod.styringsregister.oppdrag;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import no.hod.styringsregister.brukere.CurrentUser;

/**
 * Assignments as they stood on a past date, for the status reports (2nd tertial, annual report). Read through the
 * same views as every page, chosen by the viewer's clearance: for a viewer without clearance a wholly exempt
 * assignment has {@link OppdragQueries#UNNTATT} as title and no progress note or reason, whatever the date.
 */
public interface OppdragRapport {

	/**
	 * Every assignment of an agency's year as it stood at the end of {@code dato} (Europe/Oslo): status, progress
	 * note, expected date, reason, routing and deadlines are replayed from the history. Assignments created after the
	 * date, or removed from their letter on that date, are left out. In natural id order.
	 */
	List<StatusPaaDato> statusPaa(long etatId, int aar, LocalDate dato, CurrentUser viewer);

	/**
	 * The first day the register knew an assignment of the agency's year (its first history row), if any: a report
	 * for an earlier date is empty, as the register knew nothing then.
	 */
	java.util.Optional<LocalDate> registrertFra(long etatId, int aar);

	/** The years that have assignments, newest first. */
	List<Integer> aarstall();

	/** The years the agency has assignments in, newest first. */
	List<Integer> aarstall(long etatId);

	/**
	 * One assignment on the date.
	 *
	 * @param id the shown id today (official id where unique, else the register key)
	 * @param tittelSkjult the title is the placeholder (the viewer is not cleared)
	 * @param unntattOffentlighet the assignment or a part of it is exempt (offl. § 22)
	 * @param viserUnntatt the row shows the viewer content exempt from public disclosure: a wholly exempt
	 *     assignment read by a cleared viewer (a partly exempt one's title, notes and deadline are public)
	 * @param divisjon the responsible division's name then, {@code null} when not routed
	 * @param opphavId the shown id of the assignment it was carried over from, {@code null} when not carried over
	 * @param sistEndret the last recorded change up to the date
	 */
	record StatusPaaDato(String id, String nokkel, int aar, String seksjon, String seksjonTittel, String tittel,
			boolean tittelSkjult, boolean unntattOffentlighet, boolean viserUnntatt, OppdragStatus status,
			String fremdrift, LocalDate forventetDato, String statusGrunn, String divisjon, String avdeling,
			List<LocalDate> frister, String fristTekst, String opphavId, Integer opphavAar, OffsetDateTime sistEndret) {

		/** The word its page's address names it by (OppdragSider.adresse), for {@code @{/oppdrag/{id}(id=...)}}. */
		public String adresse() {
			return OppdragSider.adresse(id, nokkel);
		}

		/** The first deadline, or {@code null}. */
		public LocalDate forsteFrist() {
			return frister.isEmpty() ? null : frister.stream().min(LocalDate::compareTo).orElseThrow();
		}

		/** Not delivered and the first deadline passed before the date. */
		public boolean forfalt(LocalDate dato) {
			LocalDate forste = forsteFrist();
			return status.aapen() && forste != null && forste.isBefore(dato);
		}
	}
}
