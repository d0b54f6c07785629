package no.hod.styringsregister.rapporteringskalender.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import no.hod.styringsregister.Sitert;

/**
 * Expands a row of special reporting (Vedlegg III) into concrete dates in the year. Where the letter names no day,
 * each occurrence is placed at the end of its period (twice a year: 30 June and 31 December; three times: the
 * tertials, 30 April, 31 August, 31 December; four times: the quarters) and marked as an estimate for an admin to
 * correct. A named day replaces the estimate of the period it falls in.
 */
final class Gjentakelse {

	private Gjentakelse() {
	}

	/** @param anslatt the letter does not give this day; it is the end of the period */
	record Forekomst(LocalDate dato, boolean anslatt) {
	}

	static List<Forekomst> utvid(int aar, LocalDate dato, String frekvens) {
		int antall = antall(frekvens);
		List<Forekomst> forekomster = new ArrayList<>();
		for (int periode = 1; periode <= antall; periode++) {
			YearMonth forsteMaaned = YearMonth.of(aar, 12 * (periode - 1) / antall + 1);
			YearMonth sisteMaaned = YearMonth.of(aar, 12 * periode / antall);
			if (dato != null && !dato.isBefore(forsteMaaned.atDay(1)) && !dato.isAfter(sisteMaaned.atEndOfMonth())) {
				forekomster.add(new Forekomst(dato, false));
			}
			else {
				forekomster.add(new Forekomst(sisteMaaned.atEndOfMonth(), true));
			}
		}
		// A named day outside the year (a report on last year, due in January) stands on its own.
		if (dato != null && dato.getYear() != aar) {
			forekomster.set(0, new Forekomst(dato, false));
		}
		return forekomster;
	}

	/** Occurrences per year; a row with a day but no frequency, or neither, happens once. */
	static int antall(String frekvens) {
		if (frekvens == null) {
			return 1;
		}
		return switch (frekvens) {
			case "YEARLY" -> 1;
			case "TWICE_A_YEAR" -> 2;
			case "THREE_TIMES_A_YEAR" -> 3;
			case "FOUR_TIMES_A_YEAR" -> 4;
			case "MONTHLY" -> 12;
			default -> throw new IllegalArgumentException("Ukjent hyppighet " + Sitert.verdi(frekvens) + ".");
		};
	}
}
