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

	/**
	 * How the department is named wherever it is chosen or shown: «FHA – Folkehelseavdelingen», or the code alone
	 * where no name is known (KFI is in the letters without one, so it was registered with its code as its name).
	 */
	public String etikett() {
		return navn == null || navn.isBlank() || navn.strip().equalsIgnoreCase(kode.strip()) ? kode : kode + " – " + navn;
	}
}
