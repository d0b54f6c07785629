package no.hod.styringsregister.instrukser;

import java.time.LocalDate;
import java.util.List;

/**
 * One version of an agency's instruction as it was issued (or amended).
 *
 * @param gjelderFra the in-force date the text states, or {@code null} where it states none
 */
public record InstruksVersjon(long id, long etatId, String tittel, List<String> fastsattAv, LocalDate fastsatt,
		LocalDate endret, LocalDate gjelderFra, String erstatter) {

	/**
	 * The date from which this version counts as the agency's instruction: the in-force date, else the issue date,
	 * since an instruction without an in-force date applies from when it was set.
	 */
	public LocalDate start() {
		return gjelderFra != null ? gjelderFra : fastsatt;
	}
}
