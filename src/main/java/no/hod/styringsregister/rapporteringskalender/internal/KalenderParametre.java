package no.hod.styringsregister.rapporteringskalender.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

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

	/** The feed's parameters: each filter by the page's name and by the JSON API's. */
	private static final Set<String> FEEDNAVN = Set.of("etat", "agency", "type", "kind", "divisjon", "division");

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

	/**
	 * The feed's filters from its address, each by the page's name or the JSON API's ({@code agency}, {@code kind},
	 * {@code division}). Any other parameter is refused, and so is a filter given twice with different values:
	 * ignored, a misspelt filter gave every event, and the subscription looked right.
	 */
	Tidslinje.Filter feedFilter(Map<String, String[]> parametre) {
		List<String> ukjente = parametre.keySet().stream().filter(navn -> !FEEDNAVN.contains(navn)).toList();
		if (!ukjente.isEmpty()) {
			throw new IllegalArgumentException((ukjente.size() == 1 ? "Ukjent parameter " : "Ukjente parametre ")
					+ ukjente.stream().map(Sitert::verdi).collect(Collectors.joining(", "))
					+ ". Kalenderadressen tar bare etat (eller agency), type (eller kind) og divisjon"
					+ " (eller division).");
		}
		return new Tidslinje.Filter(feedVerdi(parametre, "etat", "agency", this::etatId),
				feedVerdi(parametre, "type", "kind", KalenderParametre::type),
				feedVerdi(parametre, "divisjon", "division", this::divisjonId));
	}

	/** One filter's value, the same however often and by whichever name it is given; «Alle» is empty, as on the page. */
	private static <T> T feedVerdi(Map<String, String[]> parametre, String navn, String synonym,
			Function<String, T> les) {
		Set<T> verdier = new LinkedHashSet<>();
		List<String> gitt = new ArrayList<>();
		for (String n : List.of(navn, synonym)) {
			for (String verdi : parametre.getOrDefault(n, new String[0])) {
				verdier.add(les.apply(verdi));
				gitt.add(n + " " + Sitert.verdi(verdi));
			}
		}
		if (verdier.size() > 1) {
			throw new IllegalArgumentException("Filteret " + navn + " er gitt med ulike verdier: "
					+ String.join(" og ", gitt) + ". Oppgi det én gang.");
		}
		return verdier.isEmpty() ? null : verdier.iterator().next();
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
