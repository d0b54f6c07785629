package no.hod.styringsregister.oppdrag.internal;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.UriUtils;

import no.hod.styringsregister.oppdrag.OppdragSider;
import no.hod.styringsregister.oppdrag.OppdragSummary;

/**
 * Where an assignment's page came from, carried through the page and its forms as the parameter {@code liste}, so its
 * back link returns there: the list's query (filter, sorting, page), for «Tilbake til oppdragslisten» to the same
 * list, {@value OppdragSider#FORSIDEN}, for «Tilbake til forsiden», the reporting calendar's, the appropriations' or
 * the status report's address with its view and filters, for «Tilbake til rapporteringskalenderen», «Tilbake til
 * bevilgningene» or «Tilbake til rapporten», or a unit's page ({@code /organisasjon/enhet/7}), for «Tilbake til» the
 * unit. One of those pages may end in the id of the row the link was on ({@code #post-714-21}), so the way back lands
 * there. Read back only as that word, as one of those pages with its own parameters and plain values, or as the list's
 * own parameters with values the list can read, and written out again by this class alone: the link always stays on
 * {@code /oppdrag}, {@code /} or one of those pages, whatever was sent.
 *
 * @param sporring the parameter's value: the query, every name and value form-encoded ({@code year=2025&division=1}),
 *        {@value OppdragSider#FORSIDEN}, or a page's path with its query and perhaps a row's id
 *        ({@code /bevilgninger?aar=2025#post-714-21})
 */
record Listeadresse(String sporring) {

	/** The start page. */
	static final Listeadresse FORSIDEN = new Listeadresse(OppdragSider.FORSIDEN);

	static final String PARAMETER = "liste";

	/** The list's parameters (those {@link ListeParametre#fra} reads); anything else makes it no list's query. */
	private static final Set<String> NAVN = Set.of("q", "year", "agency", "status", "division", "department",
			"section", "hodDepartment", "letter", "deadlineFrom", "deadlineTo", "overdue", "unrouted", "notCarriedOver", "sort",
			"desc", "page", "size");

	/** The reporting calendar's page. */
	static final String KALENDEREN = "/rapporteringskalender";

	/** The appropriations' page. */
	private static final String BEVILGNINGENE = "/bevilgninger";

	/** The status report's page (the form with the report shown). */
	private static final String RAPPORTEN = "/rapporter";

	/** The pages besides the list whose links send their own address along, each with the parameters it may hold. */
	private static final Map<String, Set<String>> SIDER = Map.of(
			KALENDEREN, Set.of("visning", "dager", "maned", "etat", "type", "divisjon"),
			BEVILGNINGENE, Set.of("etat", "aar", "kapittel"),
			RAPPORTEN, Set.of("agency", "year", "date"));

	/** Those pages check the values themselves; here only that they are plain words, numbers, months or dates. */
	private static final Pattern SIDEVERDI = Pattern.compile("[A-Za-z0-9_-]{0,40}");

	/** A row's id on one of those pages, after its {@code #}: as plain as a value, so it cannot leave the page. */
	private static final Pattern RAD = Pattern.compile("[A-Za-z0-9_-]{1,80}");

	/** A unit's page in the organisation, which lists the assignments routed to the unit. */
	private static final String ENHETEN = "/organisasjon/enhet/";

	private static final Pattern ENHET = Pattern.compile(Pattern.quote(ENHETEN) + "(\\d{1,18})");

	/** Far more than any filter needs; a longer value is not one the list made. */
	private static final int MAKS_LENGDE = 2000;

	/** The list request's own parameters with a value; empty when there are none (the plain list). */
	static Optional<Listeadresse> av(Map<String, String[]> parametre) {
		Map<String, List<String>> verdier = new LinkedHashMap<>();
		parametre.forEach((navn, alle) -> {
			if (NAVN.contains(navn)) {
				for (String verdi : alle) {
					if (verdi != null && !verdi.isEmpty()) {
						verdier.computeIfAbsent(navn, n -> new ArrayList<>()).add(verdi);
					}
				}
			}
		});
		return verdier.isEmpty() ? Optional.empty() : Optional.of(new Listeadresse(skriv(verdier)));
	}

	/**
	 * A carried query or the start page's word as a link or form sent it back; empty (the plain list) when it is
	 * missing, too long, names a parameter the list does not have, holds a control character or a value the list cannot
	 * read.
	 */
	static Optional<Listeadresse> les(String raa) {
		if (raa == null || raa.isBlank() || raa.length() > MAKS_LENGDE) {
			return Optional.empty();
		}
		// The one word besides a query; no list parameter is named so, so it cannot be mistaken for one.
		if (raa.equals(OppdragSider.FORSIDEN)) {
			return Optional.of(FORSIDEN);
		}
		if (raa.startsWith("/")) {
			return side(raa);
		}
		Map<String, List<String>> verdier = new LinkedHashMap<>();
		try {
			for (String del : raa.split("&")) {
				if (del.isEmpty()) {
					continue;
				}
				int lik = del.indexOf('=');
				String navn = URLDecoder.decode(lik < 0 ? del : del.substring(0, lik), StandardCharsets.UTF_8);
				String verdi = lik < 0 ? "" : URLDecoder.decode(del.substring(lik + 1), StandardCharsets.UTF_8);
				if (!NAVN.contains(navn) || verdi.chars().anyMatch(Character::isISOControl)) {
					return Optional.empty();
				}
				if (!verdi.isEmpty()) {
					verdier.computeIfAbsent(navn, n -> new ArrayList<>()).add(verdi);
				}
			}
			Map<String, String[]> parametre = new LinkedHashMap<>();
			verdier.forEach((navn, alle) -> parametre.put(navn, alle.toArray(String[]::new)));
			ListeParametre.fra(parametre);
		}
		catch (IllegalArgumentException | UgyldigParameter ugyldig) {
			// A broken %-escape (URLDecoder) or a value the list cannot read (UgyldigParameter).
			return Optional.empty();
		}
		return verdier.isEmpty() ? Optional.empty() : Optional.of(new Listeadresse(skriv(verdier)));
	}

	/** The page that lists a unit's assignments, for its links to them. */
	static Listeadresse enheten(long id) {
		return new Listeadresse(ENHETEN + id);
	}

	/**
	 * A unit's page, or the calendar's, appropriations' or report's page with its view and filters, each value kept (an
	 * empty division is a lead's «Alle»), and the row's id when there is one; else empty.
	 */
	private static Optional<Listeadresse> side(String raa) {
		Matcher enhet = ENHET.matcher(raa);
		if (enhet.matches()) {
			return Optional.of(enheten(Long.parseLong(enhet.group(1))));
		}
		int skigard = raa.indexOf('#');
		String rad = skigard < 0 ? "" : raa.substring(skigard);
		if (skigard >= 0 && !RAD.matcher(rad.substring(1)).matches()) {
			return Optional.empty();
		}
		String adresse = skigard < 0 ? raa : raa.substring(0, skigard);
		int sporsmal = adresse.indexOf('?');
		String sti = sporsmal < 0 ? adresse : adresse.substring(0, sporsmal);
		Set<String> navn = SIDER.get(sti);
		if (navn == null) {
			return Optional.empty();
		}
		List<String> deler = new ArrayList<>();
		for (String del : sporsmal < 0 ? new String[0] : adresse.substring(sporsmal + 1).split("&")) {
			int lik = del.indexOf('=');
			String parameter = lik < 0 ? del : del.substring(0, lik);
			String verdi = lik < 0 ? "" : del.substring(lik + 1);
			if (!navn.contains(parameter) || !SIDEVERDI.matcher(verdi).matches()) {
				return Optional.empty();
			}
			deler.add(parameter + "=" + verdi);
		}
		return Optional.of(new Listeadresse((deler.isEmpty() ? sti : sti + "?" + String.join("&", deler)) + rad));
	}

	/** Whether the page came from the start page rather than the list. */
	boolean forsiden() {
		return equals(FORSIDEN);
	}

	/** Whether it is the list's own query, not the start page or another page's address. */
	boolean listen() {
		return !forsiden() && !sporring.startsWith("/");
	}

	/** The unit whose page it came from. */
	Optional<Long> enhet() {
		Matcher enhet = ENHET.matcher(sporring);
		return enhet.matches() ? Optional.of(Long.valueOf(enhet.group(1))) : Optional.empty();
	}

	/** The back link's text (its message key); the text for a unit whose name is known is the controller's. */
	String tekst() {
		if (forsiden()) {
			return "oppdrag.tilbake.forside";
		}
		if (enhet().isPresent()) {
			return "oppdrag.tilbake.enhet";
		}
		String sti = sporring.split("[?#]", 2)[0];
		return sti.equals(KALENDEREN) ? "oppdrag.tilbake.kalender"
				: sti.equals(BEVILGNINGENE) ? "oppdrag.tilbake.bevilgninger"
						: sti.equals(RAPPORTEN) ? "oppdrag.tilbake.rapport" : "oppdrag.tilbake";
	}

	/** The start page, the page it came from as it was (at the row the link was on), or the list with this query. */
	String tilbake() {
		return forsiden() ? "/" : sporring.startsWith("/") ? sporring : "/oppdrag?" + sporring;
	}

	/** {@code ?liste=…} to append to an assignment's address. */
	String somParameter() {
		return "?" + PARAMETER + "=" + URLEncoder.encode(sporring, StandardCharsets.UTF_8);
	}

	/** Characters that stand in a path segment as they are (RFC 3986's unreserved ones). */
	private static final Pattern I_STIEN = Pattern.compile("[A-Za-z0-9._~-]+");

	/**
	 * The word to address an assignment by: its id, or its key where the id has characters an address cannot carry
	 * as they are. The review took any one-line id once, and one such as {@code TB2025/2?x#y} made the page's forms
	 * post to an address that finds nothing.
	 */
	static String adresse(OppdragSummary oppdrag) {
		return I_STIEN.matcher(oppdrag.id()).matches() ? oppdrag.id() : oppdrag.nokkel();
	}

	/** An assignment's page ({@code id} as words of an address are: see adresse), with the list's query if any. */
	static String detalj(String id, Optional<Listeadresse> liste) {
		return "/oppdrag/" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8)
				+ liste.map(Listeadresse::somParameter).orElse("");
	}

	/** Form-encoded, so the query holds nothing but letters, digits, {@code %}, {@code +}, {@code =} and {@code &}. */
	private static String skriv(Map<String, List<String>> verdier) {
		List<String> deler = new ArrayList<>();
		verdier.forEach((navn, alle) -> alle.forEach(verdi -> deler.add(URLEncoder.encode(navn, StandardCharsets.UTF_8)
				+ "=" + URLEncoder.encode(verdi, StandardCharsets.UTF_8))));
		return String.join("&", deler);
	}
}
