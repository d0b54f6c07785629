package no.hod.styringsregister.oppdrag.internal;

import no.hod.styringsregister.Sitert;

/**
 * The years the register takes: four digits, as everywhere a year is typed. «99999» is a typing error, not a year
 * without assignments, and «-1» no year at all. The list's filter and the year end both ask.
 */
final class Aarstall {

	private Aarstall() {
	}

	static boolean gyldig(int aar) {
		return aar >= 1000 && aar <= 9999;
	}

	/** The refusal of a year that is not one, naming what was sent and the parameter or field. */
	static Avvist ugyldig(Object aar, String felt) {
		return new Avvist("Ugyldig år " + Sitert.verdi(aar) + ". Skriv året med fire sifre, for eksempel 2025.", felt);
	}
}
