package no.hod.styringsregister.oppdrag.internal;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongPredicate;
import java.util.regex.Pattern;

import no.hod.styringsregister.Sitert;
import no.hod.styringsregister.oppdrag.OppdragFilter;
import no.hod.styringsregister.oppdrag.OppdragStatus;
import no.hod.styringsregister.organisasjon.Etat;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.web.Formats;

/**
 * The list's query parameters, shared by the page, the exports and the API so a link means the same everywhere. Read
 * by {@link #fra(Map)} rather than by Spring's data binding, which reflected on the record's 16 components again on
 * every request (7 % of a list page's CPU, measured with bench/run.sh).
 *
 * @param agency an agency's id, name or short name ({@code Hdir})
 * @param section a goal or section number ({@code 3} or {@code 3.4})
 * @param letter the id of the letter the assignments came from
 * @param notCarriedOver leave out the assignments year end carried over to the next year
 */
record ListeParametre(String q, Integer year, String agency, List<String> status, Long division, Long department,
		String section, String hodDepartment, Long letter, LocalDate deadlineFrom, LocalDate deadlineTo, Boolean overdue,
		Boolean unrouted, Boolean notCarriedOver, String sort, Boolean desc, Integer page, Integer size) {

	static final List<String> SORTERINGER = List.of("relevans", "id", "frist", "status", "endret");

	/** The longest search text; the search field takes no more. */
	static final int MAKS_SOKETEKST = 500;

	/** A goal or section number as the letters have them: numbers joined by dots ({@code 3.4}, {@code 2.2.1}). */
	private static final Pattern SEKSJON = Pattern.compile("[0-9]{1,9}(\\.[0-9]{1,9})*");

	/**
	 * A number as an address writes it: ASCII digits, perhaps a minus. Java reads any script's digits («٣» as 3), and
	 * so did an id.
	 */
	private static final Pattern TALL = Pattern.compile("-?[0-9]+");

	/** An agency's id, as against its name. */
	private static final Pattern ETAT_ID = Pattern.compile("[0-9]+");

	/**
	 * The parameters of a request: an empty value counts as absent, a repeated one as its first (the status as every
	 * value, also comma-separated); a number, section ({@code 3.4}), date ({@code 2025-12-31}) or yes/no that cannot be
	 * read is refused.
	 *
	 * @throws UgyldigParameter naming the first parameter that cannot be read
	 */
	static ListeParametre fra(Map<String, String[]> verdier) {
		Verdier v = new Verdier(verdier);
		return new ListeParametre(v.tekst("q"),
				v.verdi("year", tall(Integer::valueOf), "et år med fire sifre, som 2025"), v.tekst("agency"),
				v.statuser(), v.verdi("division", ListeParametre::divisjon, "et tall (divisjonens id) eller " + ALLE),
				v.verdi("department", tall(Long::valueOf), "et tall (avdelingens id)"),
				v.verdi("section", ListeParametre::seksjon, "et mål- eller seksjonsnummer som 3 eller 3.4"),
				v.tekst("hodDepartment"), v.verdi("letter", tall(Long::valueOf), "et tall (tildelingsbrevets id)"),
				v.verdi("deadlineFrom", Formats::skjemadato, DATO), v.verdi("deadlineTo", Formats::skjemadato, DATO),
				v.janei("overdue"), v.janei("unrouted"), v.janei("notCarriedOver"), v.tekst("sort"), v.janei("desc"),
				v.verdi("page", tall(ListeParametre::sidetall), "et helt tall fra 0 og oppover"),
				v.verdi("size", tall(Integer::valueOf), "et helt tall fra 1 til " + OppdragFilter.STORSTE_STORRELSE));
	}

	/**
	 * The division filter's value for «every division»: the page starts a division lead at the own division, and a
	 * link must be able to say «no division filter» (an empty value is dropped from the list's links).
	 */
	static final String ALLE = "alle";

	/** A division's id, or none for {@value #ALLE}. */
	private static Long divisjon(String verdi) {
		return ALLE.equalsIgnoreCase(verdi) ? null : tall(Long::valueOf).apply(verdi);
	}

	/** Reads a number of ASCII digits only; one too large for its type is refused by {@code tolk} itself. */
	private static <T> Function<String, T> tall(Function<String, T> tolk) {
		return verdi -> {
			if (!TALL.matcher(verdi).matches()) {
				throw new NumberFormatException("Ikke et tall " + verdi);
			}
			return tolk.apply(verdi);
		};
	}

	/** A date as the API writes it, in a refusal's «must be» (as the calendar's API says it). */
	static final String DATO = "en dato som 2025-04-03";

	/** Pages count from 0: a negative number is no page, refused like one that is not a number. */
	private static Integer sidetall(String verdi) {
		int side = Integer.parseInt(verdi);
		if (side < 0) {
			throw new NumberFormatException("Ingen side " + verdi);
		}
		return side;
	}

	/**
	 * A goal or section number: «3,2» (the Norwegian decimal comma) is 3.2, «3.» (as a heading writes it) is 3. Any
	 * other value is refused: as a filter it would find nothing and not say why.
	 */
	private static String seksjon(String verdi) {
		String seksjon = verdi.replace(',', '.');
		if (seksjon.endsWith(".")) {
			seksjon = seksjon.substring(0, seksjon.length() - 1);
		}
		if (!SEKSJON.matcher(seksjon).matches()) {
			throw new NumberFormatException("Ingen seksjon " + verdi);
		}
		return seksjon;
	}

	/**
	 * The filter the parameters ask for, refused when one names nothing: a unit or agency the organisation does not
	 * have, or a letter no assignment came from ({@code kjentBrev}).
	 */
	OppdragFilter filter(OrganisasjonService organisasjon, LongPredicate kjentBrev) {
		// PostgreSQL leaves out words of over 2 047 characters: a pasted page would find nothing, and say nothing.
		if (q != null && q.length() > MAKS_SOKETEKST) {
			throw new Avvist("Søketeksten kan være høyst " + MAKS_SOKETEKST + " tegn; denne har " + q.length()
					+ ". Søk på noen få ord fra oppdraget.", "q");
		}
		if (year != null && !Aarstall.gyldig(year)) {
			throw Aarstall.ugyldig(year, "year");
		}
		kjentEnhet(division, "divisjon", "division", organisasjon);
		kjentEnhet(department, "avdeling", "department", organisasjon);
		// As an unknown unit: an error in the address, not an empty list. The letters are the letter module's, which
		// depends on this one: known here is a letter some assignment came from.
		if (letter != null && !kjentBrev.test(letter)) {
			throw new Avvist("Fant ingen tildelingsbrev med id " + letter + ".", "letter");
		}
		if (sort != null && !sort.isBlank() && !SORTERINGER.contains(sort)) {
			throw new Avvist("Ukjent sortering " + Sitert.verdi(sort) + ". Bruk en av " + String.join(", ", SORTERINGER)
					+ ".", "sort");
		}
		if (deadlineFrom != null && deadlineTo != null && deadlineTo.isBefore(deadlineFrom)) {
			throw new Avvist("Fristen til kan ikke være før fristen fra.", "deadlineFrom", "deadlineTo");
		}
		boolean ikkeRutet = Boolean.TRUE.equals(unrouted);
		if (ikkeRutet && (division != null || department != null)) {
			throw new Avvist(
					"Velg enten en divisjon eller avdeling, eller bare oppdrag som ikke er rutet, ikke begge.",
					"unrouted");
		}
		return new OppdragFilter(q, year, etat(organisasjon), statuser(), division, department, section, hodDepartment,
				letter, deadlineFrom, deadlineTo, Boolean.TRUE.equals(overdue), ikkeRutet,
				Boolean.TRUE.equals(notCarriedOver), sort, Boolean.TRUE.equals(desc), page == null ? 0 : page,
				size == null ? OppdragFilter.STANDARD_STORRELSE : size);
	}

	/** A unit that does not exist is an error in the address, not a unit without assignments. */
	private static void kjentEnhet(Long id, String slag, String parameter, OrganisasjonService organisasjon) {
		if (id != null && !organisasjon.enhetsnavn().containsKey(id)) {
			throw new Avvist("Fant ingen " + slag + " med id " + id + ".", parameter);
		}
	}

	private Long etat(OrganisasjonService organisasjon) {
		if (agency == null || agency.isBlank()) {
			return null;
		}
		String verdi = agency.strip();
		// Only ASCII digits make an id; read as a BigInteger, one too long for a long names no agency either.
		if (ETAT_ID.matcher(verdi).matches()) {
			BigInteger id = new BigInteger(verdi);
			return organisasjon.etater().stream().map(Etat::id).filter(etat -> BigInteger.valueOf(etat).equals(id))
				.findFirst().orElseThrow(() -> new Avvist("Fant ingen etat med id " + verdi + ".", "agency"));
		}
		return organisasjon.etat(verdi).map(Etat::id)
			.orElseThrow(() -> new Avvist("Ukjent etat " + Sitert.verdi(verdi) + ".", "agency"));
	}

	private List<OppdragStatus> statuser() {
		List<OppdragStatus> valgt = new ArrayList<>();
		if (status != null) {
			for (String s : status) {
				if (s == null || s.isBlank()) {
					continue;
				}
				try {
					valgt.add(OppdragStatus.valueOf(s.strip().toUpperCase(Locale.ROOT)));
				}
				catch (IllegalArgumentException ex) {
					throw new Avvist("Ukjent status " + Sitert.verdi(s) + ".", "status");
				}
			}
		}
		return valgt;
	}

	private record Verdier(Map<String, String[]> verdier) {

		String tekst(String navn) {
			String[] alle = verdier.get(navn);
			return alle == null || alle.length == 0 ? null : alle[0];
		}

		private String utfylt(String navn) {
			String verdi = tekst(navn);
			return verdi == null || verdi.isBlank() ? null : verdi.strip();
		}

		/** A number or a date ({@code 2025-12-31}); {@code form} is what the refusal says a valid one is. */
		<T> T verdi(String navn, Function<String, T> tolk, String form) {
			String verdi = utfylt(navn);
			try {
				return verdi == null ? null : tolk.apply(verdi);
			}
			catch (NumberFormatException | DateTimeParseException ex) {
				throw new UgyldigParameter(navn, verdi, form);
			}
		}

		/** The words Spring's binding took for a checkbox's value, so old links keep working. */
		Boolean janei(String navn) {
			String verdi = utfylt(navn);
			if (verdi == null) {
				return null;
			}
			return switch (verdi.toLowerCase(Locale.ROOT)) {
				case "true", "on", "yes", "1" -> true;
				case "false", "off", "no", "0" -> false;
				default -> throw new UgyldigParameter(navn, verdi, "true eller false");
			};
		}

		List<String> statuser() {
			String[] alle = verdier.get("status");
			if (alle == null) {
				return null;
			}
			List<String> statuser = new ArrayList<>();
			for (String verdi : alle) {
				statuser.addAll(List.of(verdi.split(",")));
			}
			return statuser;
		}
	}
}
