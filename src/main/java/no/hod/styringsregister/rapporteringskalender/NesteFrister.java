package no.hod.styringsregister.rapporteringskalender;

import java.time.LocalDate;
import java.util.List;

/** The next items of the reporting calendar for the signed-in user, for the home page. */
public interface NesteFrister {

	/**
	 * The next {@code antall} items from today on, as the signed-in user may see them: a division lead sees the
	 * deadlines of the division's assignments and the agency-wide calendar, others see everything.
	 */
	List<Neste> neste(int antall);

	/**
	 * @param type KALENDER, SAERSKILT or FRIST
	 * @param lenke the address of the source in the register, or {@code null}
	 * @param merketUnntatt an assignment exempt wholly or in part (offl. § 22), shown to a cleared user: marked as the
	 *     assignment list marks it (never for an uncleared user)
	 */
	record Neste(LocalDate dato, String tid, String type, String tittel, String etat, String lenke,
			boolean merketUnntatt) {
	}
}
