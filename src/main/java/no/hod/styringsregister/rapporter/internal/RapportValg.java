package no.hod.styringsregister.rapporter.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import no.hod.styringsregister.Sitert;
import no.hod.styringsregister.organisasjon.Etat;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.web.Formats;

/**
 * The report's parameters, checked: {@code agency} (id, name or short name, as the assignment list takes it),
 * {@code year} (default the cut-off date's year) and {@code date} (ISO or dd.mm.åååå, default today, not in the
 * future).
 */
record RapportValg(Etat etat, int aar, LocalDate dato) {

	static final int FORSTE_AAR = 2000;

	static RapportValg les(String agency, String year, String date, LocalDate idag, OrganisasjonService organisasjon) {
		if (agency == null || agency.isBlank()) {
			throw new UgyldigRapport("agency", "Velg en etat.");
		}
		Etat etat = etat(agency.strip(), organisasjon);
		LocalDate dato;
		if (date == null || date.isBlank()) {
			dato = idag;
		}
		else {
			try {
				// Typed as the domain writes dates (31.08.2025) where the browser has no date field, or ISO.
				dato = Formats.skjemadato(date);
			}
			catch (DateTimeParseException ex) {
				throw new UgyldigRapport("date", "Ugyldig dato " + Sitert.verdi(date.strip())
						+ ". Skriv datoen som 31.08."
						+ idag.getYear() + " eller " + idag.getYear() + "-08-31.");
			}
		}
		if (dato.isAfter(idag)) {
			throw new UgyldigRapport("date", "Datoen kan ikke være etter i dag: rapporten viser status slik den var.");
		}
		int aar;
		if (year == null || year.isBlank()) {
			aar = dato.getYear();
		}
		else if (!year.strip().matches("\\d{4}")) {
			throw new UgyldigRapport("year", "Ugyldig år " + Sitert.verdi(year.strip())
					+ ". Skriv året med fire sifre, for "
					+ "eksempel " + idag.getYear() + ".");
		}
		else {
			aar = Integer.parseInt(year.strip());
		}
		kreverAarViRapportererPaa(aar, idag);
		return new RapportValg(etat, aar, dato);
	}

	/** From the first year the register can hold to next year (a letter comes before its year). */
	static void kreverAarViRapportererPaa(int aar, LocalDate idag) {
		if (aar < FORSTE_AAR || aar > idag.getYear() + 1) {
			throw new UgyldigRapport("year", "Året må være mellom " + FORSTE_AAR + " og " + (idag.getYear() + 1) + ".");
		}
	}

	private static Etat etat(String verdi, OrganisasjonService organisasjon) {
		return organisasjon.etat(verdi).orElseThrow(() -> new UgyldigRapport("agency", "Ukjent etat "
				+ Sitert.verdi(verdi) + "."));
	}
}
