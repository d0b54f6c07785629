package no.hod.styringsregister;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The reporting calendar's month view as other modules' pages link to it: the months it shows, and the id of an
 * assignment deadline's row, for a link straight to it. In the base package, outside the modules, as EnLinje: the
 * calendar reads the assignments, so the assignments' page cannot depend on the calendar module.
 */
public final class Kalendersider {

	/**
	 * The years an entry may be dated in, and whose months a page shows: «januar 0001» is a typing error, not a month
	 * without events.
	 */
	public static final int FORSTE_AAR = 2000;

	public static final int SISTE_AAR = 2199;

	private Kalendersider() {
	}

	/** Whether the month view shows the month; it refuses any other. */
	public static boolean gyldig(YearMonth maaned) {
		return maaned.getYear() >= FORSTE_AAR && maaned.getYear() <= SISTE_AAR;
	}

	/** The id of the row of an assignment's deadline ({@code frist-TB2025-3-2025-06-30}); the assignment by its shown id. */
	public static String fristRad(String oppdragId, LocalDate frist) {
		return "frist-" + oppdragId + "-" + frist;
	}
}
