package no.hod.styringsregister.rapporteringskalender.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.springframework.stereotype.Component;

import no.hod.styringsregister.Sitert;
import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.organisasjon.Etat;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.rapporteringskalender.internal.Hendelse.Type;

/** Reads the filters the pages, the API and the feed share, with Norwegian messages for bad values. */
@Component
class KalenderParametre {

	private final OrganisasjonService organisasjon;

	KalenderParametre(OrganisasjonService organisasjon) {
		this.organisasjon = organisasjon;
	}

	/**
	 * The page's filter, which its exports share. A lead starts at the own division's deadlines; «Alle» in the form
	 * sends the parameter empty, not absent.
	 */
	Tidslinje.Filter filter(String etat, String type, String divisjon, CurrentUser bruker) {
		if (divisjon == null && bruker.is(Rolle.HDIR_LEDER) && bruker.enhetId() != null) {
			return filter(etat, type, String.valueOf(bruker.enhetId()));
		}
		return filter(etat, type, divisjon);
	}

	Tidslinje.Filter filter(String etat, String type, String divisjon) {
		return new Tidslinje.Filter(etatId(etat), type(type), divisjonId(divisjon));
	}

	/** An agency by id, short name or name. */
	Long etatId(String verdi) {
		if (blank(verdi)) {
			return null;
		}
		String tekst = verdi.strip();
		return organisasjon.etat(tekst).map(Etat::id)
			.orElseThrow(() -> new IllegalArgumentException("Fant ingen etat " + Sitert.verdi(tekst) + "."));
	}

	static Type type(String verdi) {
		if (blank(verdi)) {
			return null;
		}
		try {
			return Type.valueOf(verdi.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new UkjentTypeException(verdi);
		}
	}

	Long divisjonId(String verdi) {
		if (blank(verdi)) {
			return null;
		}
		try {
			long id = Long.parseLong(verdi.strip());
			return organisasjon.enhet(id).map(e -> e.id())
				.orElseThrow(() -> new IllegalArgumentException("Fant ingen divisjon med id " + id + "."));
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("Divisjonen må oppgis med id, ikke " + Sitert.verdi(verdi) + ".");
		}
	}

	static LocalDate dato(String verdi, String felt) {
		if (blank(verdi)) {
			return null;
		}
		try {
			return LocalDate.parse(verdi.strip());
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(felt + " må være en dato som 2025-04-03, ikke " + Sitert.verdi(verdi)
					+ ".");
		}
	}

	static boolean blank(String verdi) {
		return verdi == null || verdi.isBlank();
	}
}
