package no.hod.styringsregister.instrukser;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import no.hod.styringsregister.web.Formats;

/**
 * One version of an agency's instruction as it was issued (or amended).
 *
 * @param gjelderFra the in-force date the text states, or {@code null} where it states none
 */
public record InstruksVersjon(long id, long etatId, String tittel, List<String> fastsattAv, LocalDate fastsatt,
		LocalDate endret, LocalDate gjelderFra, String erstatter) {

	private static final DateTimeFormatter DATO = DateTimeFormatter.ofPattern("d. MMMM yyyy", Formats.NORSK);

	/**
	 * The date from which this version counts as the agency's instruction: the in-force date, else the amendment
	 * date, else the issue date. An amendment keeps the original issue date, so without the amendment date every
	 * amended version of one instruction would count from the same day and the newest would seem in force years
	 * before it was made. The one rule for «in force»: the pages and the citations read it from here.
	 */
	public LocalDate start() {
		return gjelderFra != null ? gjelderFra : endret != null ? endret : fastsatt;
	}

	/** Whether this version counts as the instruction on the day, or at least has begun to (a later one may replace it). */
	public boolean begynt(LocalDate dag) {
		return start() != null && !start().isAfter(dag);
	}

	/**
	 * The version's name where versions of one instruction are listed or chosen: title, issue date and, where amended,
	 * the amendment date, «Instruks for Helsedirektoratet (10. januar 2018, endret 3. mars 2026)». Versions of one
	 * agency's instruction differ in at least one of these (the unique index), so two amendments never read alike.
	 */
	public String etikett() {
		StringBuilder etikett = new StringBuilder(tittel).append(" (");
		etikett.append(fastsatt == null ? "uten dato" : DATO.format(fastsatt));
		if (endret != null) {
			etikett.append(", endret ").append(DATO.format(endret));
		}
		return etikett.append(')').toString();
	}
}
