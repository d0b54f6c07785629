package no.hod.styringsregister.bevilgninger.internal;

import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.hod.styringsregister.bevilgninger.internal.Bevilgningsoversikt.Fullmakt;
import no.hod.styringsregister.bevilgninger.internal.Bevilgningsoversikt.Kapittel;
import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.brukere.CurrentUsers;
import no.hod.styringsregister.organisasjon.Etat;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.web.Formats;

/** Reads appropriations for every signed-in user; what assignments a line lists depends on the viewer's clearance. */
@Service
@Transactional(readOnly = true)
class BevilgningTjeneste {

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

	/** The agency a parameter names: its id, short name or name; the first agency when none is given. */
	Etat etat(String parameter) {
		if (parameter == null || parameter.isBlank()) {
			return organisasjon.etater().stream().findFirst()
				.orElseThrow(() -> new IllegalArgumentException("Det er ikke registrert noen etater ennå."));
		}
		String verdi = parameter.strip();
		return organisasjon.etat(verdi)
			.orElseThrow(() -> new IllegalArgumentException("Fant ingen etat «" + verdi + "»."));
	}

	List<Integer> aar(long etatId) {
		return repository.aar(etatId);
	}

	/**
	 * The year a page asks for, or the newest with data when it asks for none. A year that is not four digits is
	 * refused: it was shown as an empty year (for «12», no budget lines «i 12»).
	 */
	int valgtAar(Integer parameter, long etatId) {
		if (parameter == null) {
			return standardAar(etatId);
		}
		if (parameter < 1000 || parameter > 9999) {
			throw new IllegalArgumentException(ikkeEtAar(parameter));
		}
		return parameter;
	}

	static String ikkeEtKapittel(Object verdi) {
		return "«" + verdi + "» er ikke et kapittelnummer (for eksempel 714).";
	}

	static String ikkeEtAar(Object verdi) {
		return "«" + verdi + "» er ikke et år (fire sifre, for eksempel 2025).";
	}

	/** The newest year with data, or the current year when there is none. */
	int standardAar(long etatId) {
		return repository.aar(etatId).stream().findFirst().orElse(Year.now(Formats.OSLO).getValue());
	}

	Bevilgningsoversikt oversikt(Etat etat, int aar, Integer kapittelFilter) {
		// The state budget's chapters have three or four digits; -1 was shown as a chapter without lines.
		if (kapittelFilter != null && (kapittelFilter < 1 || kapittelFilter > 9999)) {
			throw new IllegalArgumentException(ikkeEtKapittel(kapittelFilter));
		}
		CurrentUser viewer = currentUsers.current();
		// Last year's amount per post (all its rows), for posts whose letter gives no previous-year column.
		Map<Post, Long> forrige = new HashMap<>();
		for (BevilgningRepository.Rad rad : repository.gjeldende(etat.id(), aar - 1)) {
			if (rad.belop() != null) {
				forrige.merge(new Post(rad.kapittel(), rad.post()), rad.belop(), Long::sum);
			}
		}
		List<BevilgningRepository.Rad> rader = repository.gjeldende(etat.id(), aar);
		Map<Post, Long> raderPerPost = rader.stream().collect(
				Collectors.groupingBy(rad -> new Post(rad.kapittel(), rad.post()), Collectors.counting()));
		Map<Integer, List<Bevilgningsoversikt.Linje>> perKapittel = new TreeMap<>();
		boolean sammenligning = false;
		for (BevilgningRepository.Rad rad : rader) {
			if (kapittelFilter != null && rad.kapittel() != kapittelFilter) {
				continue;
			}
			Post post = new Post(rad.kapittel(), rad.post());
			// A post split into several rows this year has no one row to set against last year's amount.
			Long forrigeAar = rad.belopForrigeAar() != null ? rad.belopForrigeAar()
					: raderPerPost.get(post) == 1 ? forrige.get(post) : null;
			sammenligning |= forrigeAar != null;
			List<String> viser = oppdrag.oppdragSomViserTil(aar, etat.id(), rad.kapittel(), rad.post(),
					viewer.klarert());
			perKapittel.computeIfAbsent(rad.kapittel(), k -> new ArrayList<>())
				.add(new Bevilgningsoversikt.Linje(rad.kapittel(), rad.post(), rad.nr(), rad.navn(), rad.belop(), forrigeAar, rad.inntekt(),
						rad.kommentar(), List.copyOf(viser)));
		}
		List<Kapittel> utgifter = new ArrayList<>();
		List<Kapittel> inntekter = new ArrayList<>();
		perKapittel.forEach((nummer, linjer) -> {
			Kapittel kapittel = kapittel(nummer, linjer);
			(kapittel.inntekt() ? inntekter : utgifter).add(kapittel);
		});
		List<Fullmakt> fullmakter = kapittelFilter != null ? List.of()
				: repository.fullmakter(etat.id(), aar).stream().map(f -> new Fullmakt(f.type(), f.tekst())).toList();
		return new Bevilgningsoversikt(etat, aar, kapittelFilter, utgifter, inntekter, sum(utgifter), sum(inntekter),
				fullmakter, sammenligning);
	}

	private static Kapittel kapittel(int nummer, List<Bevilgningsoversikt.Linje> linjer) {
		long sum = 0;
		long sumForrige = 0;
		boolean harForrige = false;
		for (Bevilgningsoversikt.Linje linje : linjer) {
			sum += linje.belop() == null ? 0 : linje.belop();
			if (linje.forrigeAar() != null) {
				sumForrige += linje.forrigeAar();
				harForrige = true;
			}
		}
		// A chapter is income or expense as a whole (3xxx and 5xxx are income); its lines say which.
		boolean inntekt = linjer.get(0).inntekt();
		return new Kapittel(nummer, inntekt, List.copyOf(linjer), sum, harForrige ? sumForrige : null);
	}

	private static long sum(List<Kapittel> kapitler) {
		return kapitler.stream().mapToLong(Kapittel::sum).sum();
	}

	/** A chapter and post, the key that last year's amounts and the rows of a split post are counted by. */
	private record Post(int kapittel, int post) {
	}
}
