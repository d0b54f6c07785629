package no.hod.styringsregister.bevilgninger.internal;

import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.hod.styringsregister.Sitert;
import no.hod.styringsregister.bevilgninger.internal.Bevilgningsoversikt.Departementsramme;
import no.hod.styringsregister.bevilgninger.internal.Bevilgningsoversikt.Fullmakt;
import no.hod.styringsregister.bevilgninger.internal.Bevilgningsoversikt.Kapittel;
import no.hod.styringsregister.bevilgninger.internal.Bevilgningsoversikt.Postgruppe;
import no.hod.styringsregister.bevilgninger.internal.BevilgningRepository.Linjetall;
import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.brukere.CurrentUsers;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.oppdrag.BudsjettlinjerSomNevner;
import no.hod.styringsregister.oppdrag.OppdragSummary;
import no.hod.styringsregister.organisasjon.Enhet;
import no.hod.styringsregister.organisasjon.Etat;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.web.Formats;

/** Reads appropriations for every signed-in user; what assignments a line lists depends on the viewer's clearance. */
@Service
@Transactional(readOnly = true)
class BevilgningTjeneste {

	/** An official assignment id as the letter parser reads them (TB2025-20, TTB2025-3), in any case. */
	private static final Pattern OPPDRAG_ID = Pattern.compile("\\bT?TB\\d{4}-\\d+\\b", Pattern.CASE_INSENSITIVE);

	private final BevilgningRepository repository;

	private final OrganisasjonService organisasjon;

	private final OppdragOppslag oppdrag;

	private final CurrentUsers currentUsers;

	BevilgningTjeneste(BevilgningRepository repository, OrganisasjonService organisasjon, OppdragOppslag oppdrag,
			CurrentUsers currentUsers) {
		this.repository = repository;
		this.organisasjon = organisasjon;
		this.oppdrag = oppdrag;
		this.currentUsers = currentUsers;
	}

	List<Etat> etater() {
		return organisasjon.etater();
	}

	/** The agency and year an overview shows. */
	record Valg(Etat etat, int aar) {
	}

	/**
	 * The page's agency and year: an agency named by its id, short name or name, else {@link #standardEtat}; the year
	 * asked for, else the agency's {@link #standardAar}. A refused year is quoted as typed («0000», not «0»).
	 */
	Valg valg(String etatParameter, String aarParameter) {
		Optional<Etat> navngitt = navngitt(etatParameter);
		if (aarParameter == null || aarParameter.isBlank()) {
			return valg(navngitt, null);
		}
		String skrevet = aarParameter.strip();
		try {
			return valg(navngitt, aar(Integer.parseInt(skrevet), skrevet));
		}
		catch (NumberFormatException ex) {
			throw new UgyldigValgt("aar", ikkeEtAar(skrevet));
		}
	}

	/** The API's agency and year, by the page's rule: year=0 was an empty year here and a 400 there. */
	Valg valg(String etatParameter, Integer aarParameter) {
		Optional<Etat> navngitt = navngitt(etatParameter);
		return valg(navngitt, aarParameter == null ? null : aar(aarParameter, String.valueOf(aarParameter)));
	}

	private Valg valg(Optional<Etat> navngitt, Integer aar) {
		Etat etat = navngitt.orElseGet(() -> standardEtat(aar));
		return new Valg(etat, aar != null ? aar : standardAar(etat.id()));
	}

	private Optional<Etat> navngitt(String parameter) {
		if (parameter == null || parameter.isBlank()) {
			return Optional.empty();
		}
		String verdi = parameter.strip();
		return Optional.of(organisasjon.etat(verdi).orElseThrow(() -> new UgyldigValgt("etat", ukjentEtat(verdi))));
	}

	/** Names the value and what is accepted, with a short name the register has (Hdir) as the example. */
	private String ukjentEtat(String verdi) {
		List<Etat> etater = organisasjon.etater();
		String melding = "Ukjent etat " + Sitert.verdi(verdi) + ". Bruk etatens id, kortnavn eller navn";
		return etater.stream().map(Etat::kortnavn).filter(k -> k != null && !k.isBlank()).findFirst()
			.or(() -> etater.stream().map(Etat::navn).findFirst())
			.map(eksempel -> melding + ", for eksempel " + eksempel + ".").orElse(melding + ".");
	}

	/**
	 * The agency an overview opens at when none is named, so that the menu's link does not land on an agency without
	 * lines (a new one, first by name): a division lead's own agency if it has lines, else the agency with most lines
	 * in the newest year with any, ties by name. A year asked for counts first, as it would be empty for the others.
	 * One query; the first agency by name only when no agency has lines.
	 */
	private Etat standardEtat(Integer aar) {
		List<Etat> etater = organisasjon.etater();
		if (etater.isEmpty()) {
			throw new IllegalArgumentException("Det er ikke registrert noen etater ennå.");
		}
		Map<Long, Integer> etterNavn = new HashMap<>();
		etater.forEach(e -> etterNavn.put(e.id(), etterNavn.size()));
		Long egen = egenEtat();
		List<Linjetall> tall = repository.linjetall(aar, egen).stream()
			.filter(t -> etterNavn.containsKey(t.etatId())).toList();
		// The lead's agency is among the rows only if it has lines, of some year.
		return forst(tall.stream().filter(t -> t.iAaret() > 0), egen, Linjetall::iAaret, etterNavn)
			.or(() -> forst(tall.stream().filter(t -> t.iNyeste() > 0 || Objects.equals(t.etatId(), egen)), egen,
					Linjetall::iNyeste, etterNavn))
			.map(t -> etater.get(etterNavn.get(t.etatId())))
			.orElse(etater.get(0));
	}

	/** The lead's own agency first, then the one with most lines, then by name. */
	private static Optional<Linjetall> forst(Stream<Linjetall> kandidater, Long egen, ToLongFunction<Linjetall> linjer,
			Map<Long, Integer> etterNavn) {
		return kandidater.min(Comparator.comparing((Linjetall t) -> !Objects.equals(t.etatId(), egen))
			.thenComparing(Comparator.comparingLong(linjer).reversed())
			.thenComparing(t -> etterNavn.get(t.etatId())));
	}

	/** A division lead's agency, through the division; {@code null} for others. */
	private Long egenEtat() {
		CurrentUser bruker = currentUsers.current();
		if (!bruker.is(Rolle.HDIR_LEDER) || bruker.enhetId() == null) {
			return null;
		}
		return organisasjon.enhet(bruker.enhetId()).map(Enhet::etatId).orElse(null);
	}

	/** Whether the agency has lines or authorisations of any year, so that another year could show some. */
	boolean harBevilgninger(long etatId) {
		return !repository.aar(etatId).isEmpty();
	}

	/**
	 * The years the page's form offers: the agency's years with lines. An agency without any is offered none, as no
	 * year of it has anything to show: the page says so instead of pretending a year.
	 */
	List<Integer> aarValg(long etatId) {
		return repository.aar(etatId);
	}

	/**
	 * The years a page or the API may ask for without lines: «9999» is a typing error, not a year without lines. A
	 * year with lines, of any agency, is shown whatever it is, as the assignments that cite them link to it.
	 */
	static final int FORSTE_AAR = 2000;

	static final int SISTE_AAR = 2100;

	private int aar(int aar, String skrevet) {
		if (aar < 1000 || aar > 9999) {
			throw new UgyldigValgt("aar", ikkeEtAar(skrevet));
		}
		if ((aar < FORSTE_AAR || aar > SISTE_AAR) && !repository.aar().contains(aar)) {
			throw new UgyldigValgt("aar", "Det er ingen budsjettlinjer for " + Sitert.verdi(skrevet)
					+ ". Velg et år fra "
					+ FORSTE_AAR + " til " + SISTE_AAR + ".");
		}
		return aar;
	}

	static String ikkeEtKapittel(Object verdi) {
		return Sitert.verdi(verdi) + " er ikke et kapittelnummer (for eksempel 714).";
	}

	static String ikkeEtAar(Object verdi) {
		return Sitert.verdi(verdi) + " er ikke et år (fire sifre, for eksempel 2025).";
	}

	/**
	 * What the comments of one agency's year name, for one viewer: the assignments named by official id («jf.
	 * TB2025-20») and those named by title ({@link Tittelnevninger}), of the letter and such as the viewer may know
	 * of: the port leaves out a wholly exempt one for an uncleared viewer, as it does for a citation. The titles are
	 * read once, at the first comment.
	 */
	private final class Nevnte {

		private final int aar;

		private final long etatId;

		private final boolean klarert;

		private List<Tittelnevninger.Tittel> titler;

		Nevnte(int aar, long etatId, boolean klarert) {
			this.aar = aar;
			this.etatId = etatId;
			this.klarert = klarert;
		}

		/** Ids named by id first, then those named by title, each once, with its title as the viewer sees it. */
		Map<String, Tittelnevninger.Tittel> i(String kommentar) {
			Map<String, Tittelnevninger.Tittel> nevnte = new LinkedHashMap<>();
			if (kommentar == null || kommentar.isBlank()) {
				return nevnte;
			}
			Set<String> ider = new LinkedHashSet<>();
			Matcher m = OPPDRAG_ID.matcher(kommentar);
			while (m.find()) {
				ider.add(m.group());
			}
			if (!ider.isEmpty()) {
				oppdrag.oppdragMedIder(aar, etatId, ider, klarert).forEach(t -> nevnte.putIfAbsent(t.id(), t));
			}
			if (titler == null) {
				titler = oppdrag.titler(aar, etatId, klarert);
			}
			Set<String> vedTittel = Tittelnevninger.nevnte(kommentar, titler);
			titler.stream().filter(t -> vedTittel.contains(t.id())).forEach(t -> nevnte.putIfAbsent(t.id(), t));
			return nevnte;
		}
	}

	/** The assignments citing the post, then those the line's comment names. */
	private static List<Tittelnevninger.Tittel> medNevnte(List<Tittelnevninger.Tittel> viser,
			Map<String, Tittelnevninger.Tittel> nevnte) {
		Map<String, Tittelnevninger.Tittel> alle = new LinkedHashMap<>();
		viser.forEach(t -> alle.put(t.id(), t));
		nevnte.forEach(alle::putIfAbsent);
		return List.copyOf(alle.values());
	}

	/**
	 * The lines of the assignment's agency and year whose comment names it, by official id or by title, as the
	 * viewer may see the register. Only a comment that could name it (its id or its title's words are there) is read
	 * against the letter's other titles, so a page whose assignment no comment names costs one query. A wholly exempt
	 * assignment shown to an uncleared viewer is named by none: its title is the placeholder. Each line comes with the
	 * part of its comment that names the assignment ({@link Nevningsutdrag}).
	 */
	List<BudsjettlinjerSomNevner.Linje> nevner(OppdragSummary o, CurrentUser viewer) {
		if (o.tittelSkjult()) {
			return List.of();
		}
		Nevnte nevnte = new Nevnte(o.aar(), o.etatId(), viewer.klarert());
		List<Tittelnevninger.Tittel> bareDenne = List.of(new Tittelnevninger.Tittel(o.id(), o.tittel(), o.adresse()));
		return repository.gjeldende(o.etatId(), o.aar()).stream()
			.filter(r -> r.kommentar() != null)
			.filter(r -> o.offisiellId() != null
					&& r.kommentar().toLowerCase(Locale.ROOT).contains(o.offisiellId().toLowerCase(Locale.ROOT))
					|| !Tittelnevninger.nevnte(r.kommentar(), bareDenne).isEmpty())
			.filter(r -> nevnte.i(r.kommentar()).containsKey(o.id()))
			.map(r -> new BudsjettlinjerSomNevner.Linje(r.kapittel(), r.post(), r.nr(), r.navn(),
					Nevningsutdrag.av(r.kommentar(), o.offisiellId(), o.tittel())))
			.toList();
	}

	/**
	 * The agency's newest year with data; for an agency without any, the register's newest (the year the other
	 * agencies open at), or the current year when the register has none.
	 */
	int standardAar(long etatId) {
		return repository.aar(etatId).stream().findFirst()
			.or(() -> repository.aar().stream().findFirst())
			.orElse(Year.now(Formats.OSLO).getValue());
	}

	Bevilgningsoversikt oversikt(Etat etat, int aar, Integer kapittelFilter) {
		// The state budget's chapters have three or four digits; -1 was shown as a chapter without lines.
		if (kapittelFilter != null && (kapittelFilter < 1 || kapittelFilter > 9999)) {
			throw new UgyldigValgt("kapittel", ikkeEtKapittel(kapittelFilter));
		}
		CurrentUser viewer = currentUsers.current();
		Nevnte nevnte = new Nevnte(aar, etat.id(), viewer.klarert());
		Map<Post, List<BevilgningRepository.Rad>> ifjor = perPost(repository.gjeldende(etat.id(), aar - 1),
				kapittelFilter);
		Map<Post, List<BevilgningRepository.Rad>> iAar = perPost(repository.gjeldende(etat.id(), aar), kapittelFilter);
		Map<Long, List<BevilgningRepository.Belopsendring>> endringer = repository.belopsendringer(iAar.values()
			.stream().flatMap(List::stream).map(BevilgningRepository.Rad::id).toList());
		Map<Integer, List<Postgruppe>> perKapittel = new TreeMap<>();
		for (Map.Entry<Post, List<BevilgningRepository.Rad>> entry : iAar.entrySet()) {
			Post post = entry.getKey();
			List<BevilgningRepository.Rad> rader = entry.getValue();
			List<BevilgningRepository.Rad> forrigeRader = ifjor.getOrDefault(post, List.of());
			List<Long> matchet = forrigeLinjevis(rader, forrigeRader);
			List<Tittelnevninger.Tittel> viser = oppdrag.oppdragSomViserTil(aar, etat.id(), post.kapittel(), post.post(),
					viewer.klarert());
			List<Bevilgningsoversikt.Linje> linjer = new ArrayList<>();
			for (int i = 0; i < rader.size(); i++) {
				BevilgningRepository.Rad rad = rader.get(i);
				Long forrigeAar = rad.belopForrigeAar() != null ? rad.belopForrigeAar() : matchet.get(i);
				linjer.add(new Bevilgningsoversikt.Linje(rad.kapittel(), rad.post(), rad.nr(), rad.navn(), rad.belop(),
						forrigeAar, rad.inntekt(), rad.kommentar(),
						medNevnte(viser, nevnte.i(rad.kommentar())), rad.departement(),
						endringer.getOrDefault(rad.id(), List.of()).stream()
							.map(e -> new Bevilgningsoversikt.Belopsendring(e.belopFra(), e.belopTil(), e.endret(),
									e.brevId()))
							.toList()));
			}
			perKapittel.computeIfAbsent(post.kapittel(), k -> new ArrayList<>())
				.add(new Postgruppe(post.post(), List.copyOf(linjer), radSum(rader), forrigeSum(rader, forrigeRader)));
		}
		List<Kapittel> utgifter = new ArrayList<>();
		List<Kapittel> inntekter = new ArrayList<>();
		Map<String, List<Kapittel>> andre = new TreeMap<>();
		perKapittel.forEach((nummer, poster) -> {
			// Last year's posts that this year's letter no longer gives still belong to last year's chapter sum.
			List<Long> avsluttede = ifjor.entrySet().stream()
				.filter(e -> e.getKey().kapittel() == nummer && !iAar.containsKey(e.getKey()))
				.map(e -> forrigeSum(List.of(), e.getValue())).toList();
			Kapittel kapittel = kapittel(nummer, poster, avsluttede);
			// Another ministry's chapter (the letter's heading over it names the ministry) is kept out of the sums.
			String departement = poster.get(0).linjer().get(0).departement();
			if (departement != null) {
				andre.computeIfAbsent(departement, d -> new ArrayList<>()).add(kapittel);
			}
			else {
				(kapittel.inntekt() ? inntekter : utgifter).add(kapittel);
			}
		});
		List<Departementsramme> andreDepartementer = andre.entrySet().stream()
			.map(e -> new Departementsramme(e.getKey(), List.copyOf(e.getValue()))).toList();
		boolean sammenligning = Stream.concat(Stream.concat(utgifter.stream(), inntekter.stream()),
				andreDepartementer.stream().flatMap(d -> d.kapitler().stream()))
			.anyMatch(k -> k.sumForrigeAar() != null || k.linjer().stream().anyMatch(l -> l.forrigeAar() != null));
		List<Fullmakt> fullmakter = kapittelFilter != null ? List.of()
				: repository.fullmakter(etat.id(), aar).stream().map(f -> new Fullmakt(f.type(), f.tekst())).toList();
		return new Bevilgningsoversikt(etat, aar, kapittelFilter, utgifter, inntekter, fullmakter, sammenligning,
				andreDepartementer);
	}

	private static Map<Post, List<BevilgningRepository.Rad>> perPost(List<BevilgningRepository.Rad> rader,
			Integer kapittelFilter) {
		Map<Post, List<BevilgningRepository.Rad>> perPost = new LinkedHashMap<>();
		for (BevilgningRepository.Rad rad : rader) {
			if (kapittelFilter == null || rad.kapittel() == kapittelFilter) {
				perPost.computeIfAbsent(new Post(rad.kapittel(), rad.post()), p -> new ArrayList<>()).add(rad);
			}
		}
		return perPost;
	}

	/**
	 * Last year's amount for each of this year's rows of a post, {@code null} where no row of last year is the same
	 * line. A post of one row is the post as a whole, set against all of last year's rows. Rows of a split post share
	 * the post's name, so they are paired by name and comment, then by comment alone (a renamed row), and what is
	 * left by order only when as many rows are left on each side: with a row added or dropped, order says nothing.
	 */
	static List<Long> forrigeLinjevis(List<BevilgningRepository.Rad> iAar, List<BevilgningRepository.Rad> ifjor) {
		List<Long> forrige = new ArrayList<>(Collections.nCopies(iAar.size(), (Long) null));
		if (ifjor.isEmpty()) {
			return forrige;
		}
		if (iAar.size() == 1) {
			forrige.set(0, belopSum(ifjor));
			return forrige;
		}
		List<Integer> igjen = new ArrayList<>();
		for (int i = 0; i < iAar.size(); i++) {
			igjen.add(i);
		}
		List<BevilgningRepository.Rad> ledige = new ArrayList<>(ifjor);
		par(iAar, igjen, ledige, forrige,
				(ny, gammel) -> Objects.equals(ny.navn(), gammel.navn()) && Objects.equals(ny.kommentar(), gammel.kommentar()));
		par(iAar, igjen, ledige, forrige,
				(ny, gammel) -> ny.kommentar() != null && ny.kommentar().equals(gammel.kommentar()));
		if (igjen.size() == ledige.size()) {
			for (int i = 0; i < igjen.size(); i++) {
				forrige.set(igjen.get(i), ledige.get(i).belop());
			}
		}
		return forrige;
	}

	private static void par(List<BevilgningRepository.Rad> iAar, List<Integer> igjen,
			List<BevilgningRepository.Rad> ledige, List<Long> forrige,
			BiPredicate<BevilgningRepository.Rad, BevilgningRepository.Rad> sammeLinje) {
		for (Iterator<Integer> it = igjen.iterator(); it.hasNext();) {
			int i = it.next();
			for (Iterator<BevilgningRepository.Rad> g = ledige.iterator(); g.hasNext();) {
				BevilgningRepository.Rad gammel = g.next();
				if (sammeLinje.test(iAar.get(i), gammel)) {
					forrige.set(i, gammel.belop());
					g.remove();
					it.remove();
					break;
				}
			}
		}
	}

	/**
	 * Last year's sum of a post, counted over all its rows whatever the pairing of rows: the letter's previous-year
	 * column where every row of this year gives it, else last year's import, else what the column gives.
	 */
	private static Long forrigeSum(List<BevilgningRepository.Rad> iAar, List<BevilgningRepository.Rad> ifjor) {
		boolean helKolonne = !iAar.isEmpty() && iAar.stream().allMatch(r -> r.belopForrigeAar() != null);
		if (!helKolonne && belopSum(ifjor) != null) {
			return belopSum(ifjor);
		}
		return iAar.stream().map(BevilgningRepository.Rad::belopForrigeAar).filter(Objects::nonNull)
			.reduce(Long::sum).orElse(null);
	}

	/** The sum of the rows' amounts, a row without one as nothing; {@code null} when no row has one. */
	private static Long belopSum(List<BevilgningRepository.Rad> rader) {
		return rader.stream().map(BevilgningRepository.Rad::belop).filter(Objects::nonNull).reduce(Long::sum)
			.orElse(null);
	}

	private static long radSum(Collection<BevilgningRepository.Rad> rader) {
		return rader.stream().map(BevilgningRepository.Rad::belop).filter(Objects::nonNull).mapToLong(Long::longValue)
			.sum();
	}

	private static Kapittel kapittel(int nummer, List<Postgruppe> poster, List<Long> avsluttede) {
		long sum = poster.stream().mapToLong(Postgruppe::sum).sum();
		Long sumForrige = Stream.concat(poster.stream().map(Postgruppe::sumForrigeAar), avsluttede.stream())
			.filter(Objects::nonNull).reduce(Long::sum).orElse(null);
		// The change as the posts' changes added up, so it compares like with like (and agrees with «Sum post»).
		Long endring = poster.stream().filter(Postgruppe::sammenlignbar).map(Postgruppe::endring)
			.reduce(Long::sum).orElse(null);
		int utenfor = (int) (poster.stream()
			.filter(p -> !p.sammenlignbar() && (p.harBelop() || p.sumForrigeAar() != null)).count()
				+ avsluttede.stream().filter(Objects::nonNull).count());
		// A chapter is income or expense as a whole (3xxx and 5xxx are income); its lines say which.
		boolean inntekt = poster.get(0).linjer().get(0).inntekt();
		return new Kapittel(nummer, inntekt, List.copyOf(poster), sum, sumForrige, endring, utenfor);
	}

	/** A chapter and post, the key that last year's amounts and the rows of a split post are counted by. */
	private record Post(int kapittel, int post) {
	}
}
