package no.hod.styringsregister.oppdrag.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.springframework.web.util.UriComponentsBuilder;

import no.hod.styringsregister.Kalendersider;
import no.hod.styringsregister.oppdrag.OppdragSummary;
import no.hod.styringsregister.web.Formats;

/**
 * A deadline on an assignment's page, linked to the reporting calendar's month of it for the assignment's agency, at
 * the deadline's row: what else is due around it. A month the calendar refuses is not linked.
 *
 * @param maaned the month in words ({@code juni 2025}), for the link's name
 * @param kalender the calendar's address, or {@code null} when it does not show the month
 */
record Fristlenke(LocalDate dato, String maaned, String kalender) {

	static List<Fristlenke> av(OppdragSummary oppdrag) {
		return oppdrag.frister().stream().map(frist -> av(oppdrag, frist)).toList();
	}

	/**
	 * The division goes along empty, as the calendar's «Alle»: a lead's calendar would otherwise start at the own
	 * division and leave out this deadline of another division's assignment.
	 */
	private static Fristlenke av(OppdragSummary oppdrag, LocalDate frist) {
		YearMonth maaned = YearMonth.from(frist);
		String kalender = !Kalendersider.gyldig(maaned) ? null
				: UriComponentsBuilder.fromPath(Listeadresse.KALENDEREN)
					.queryParam("visning", "maned")
					.queryParam("maned", maaned)
					.queryParam("etat", oppdrag.etatId())
					.queryParam("divisjon", "")
					.fragment(Kalendersider.fristRad(oppdrag.id(), frist))
					.toUriString();
		return new Fristlenke(frist, Formats.maaned(maaned), kalender);
	}
}
