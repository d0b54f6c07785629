package no.hod.styringsregister.organisasjon;

import java.time.LocalDate;

/**
 * A department of the ministry ({@code FHA} Folkehelseavdelingen). Codes change over the years, so each has a
 * validity period; {@code null} ends mean open.
 */
public record Departementsavdeling(long id, String kode, String navn, LocalDate gyldigFra, LocalDate gyldigTil) {

	public boolean gyldig(LocalDate dato) {
		return (gyldigFra == null || !dato.isBefore(gyldigFra)) && (gyldigTil == null || !dato.isAfter(gyldigTil));
	}
}
