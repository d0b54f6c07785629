package no.hod.styringsregister.bevilgninger.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.function.Predicate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.hod.styringsregister.bevilgninger.BevilgningImport;
import no.hod.styringsregister.web.Formats;

/**
 * Lines are matched by chapter and post; where a post has several rows, each with its own amount and purpose, a row
 * is matched to the same row, else to the row with the same purpose, else by its place among the post's rows; matched
 * lines are updated in place; authorisations are compared by
 * type and text (a reworded authorisation counts as one removed and one added).
 */
@Service
@Transactional
class DefaultBevilgningImport implements BevilgningImport {

	private final BevilgningRepository repository;

	private final Formats formats;

	DefaultBevilgningImport(BevilgningRepository repository, Formats formats) {
		this.repository = repository;
		this.formats = formats;
	}

	@Override
	@Transactional(readOnly = true)
	public Diff compare(long brevId, List<BevilgningData> linjer, List<FullmaktData> fullmakter) {
		return plan(brevId, linjer, fullmakter).diff();
	}

	@Override
	@Transactional(readOnly = true)
	public List<BevilgningData> gjeldende(long etatId, int aar) {
		return repository.gjeldende(etatId, aar).stream().map(BevilgningRepository.Rad::data).toList();
	}

	@Override
	public Diff apply(long brevId, int aar, long etatId, List<BevilgningData> linjer, List<FullmaktData> fullmakter) {
		Plan plan = plan(brevId, linjer, fullmakter);
		plan.nye().forEach((nokkel, ny) -> repository.insert(brevId, aar, etatId, nokkel.nr(), ny));
		// Year and agency are written on every kept line too: a letter re-imported under a corrected year moves.
		plan.beholdte().forEach((id, beholdt) -> {
			repository.update(id, aar, etatId, beholdt.nr(), beholdt.linje());
			// Updated in place, the line would not show that the letter's new version changed its amount.
			if (!Objects.equals(beholdt.belopFor(), beholdt.linje().belop())) {
				repository.belopEndret(id, brevId, beholdt.belopFor(), beholdt.linje().belop());
			}
		});
		plan.fjernede().forEach(repository::delete);
		repository.replaceFullmakter(brevId, aar, etatId, normaliserte(fullmakter));
		return plan.diff();
	}

	private record Plan(Map<Nokkel, BevilgningData> nye, Map<Long, Beholdt> beholdte, List<Long> fjernede,
			Diff diff) {
	}

	/** @param nr which row of the post, in letter order, from 1 */
	private record Nokkel(int kapittel, int post, int nr) {
	}

	/** A stored line kept, with its row number in the letter as it now is and the amount it had until now. */
	private record Beholdt(int nr, BevilgningData linje, Long belopFor) {
	}

	private static List<Integer> post(BevilgningData linje) {
		return List.of(linje.kapittel(), linje.post());
	}

	/** Pairs each unpaired incoming row of a post with the first free stored row the rule accepts. */
	private static void par(List<Integer> indekser, List<BevilgningRepository.Rad> ledige,
			BevilgningRepository.Rad[] par, IntFunction<Predicate<BevilgningRepository.Rad>> regel) {
		for (int i : indekser) {
			if (par[i] == null) {
				ledige.stream().filter(regel.apply(i)).findFirst().ifPresent(rad -> {
					par[i] = rad;
					ledige.remove(rad);
				});
			}
		}
	}

	private Plan plan(long brevId, List<BevilgningData> linjer, List<FullmaktData> fullmakter) {
		List<BevilgningData> inn = Objects.requireNonNullElse(linjer, List.<BevilgningData>of()).stream()
			.map(DefaultBevilgningImport::normalisert)
			.toList();
		Map<List<Integer>, List<BevilgningRepository.Rad>> lagredePerPost = new HashMap<>();
		repository.forBrev(brevId)
			.forEach(rad -> lagredePerPost.computeIfAbsent(post(rad.data()), post -> new ArrayList<>()).add(rad));
		Map<List<Integer>, List<Integer>> innPerPost = new LinkedHashMap<>();
		for (int i = 0; i < inn.size(); i++) {
			innPerPost.computeIfAbsent(post(inn.get(i)), post -> new ArrayList<>()).add(i);
		}
		BevilgningRepository.Rad[] par = new BevilgningRepository.Rad[inn.size()];
		int[] nr = new int[inn.size()];
		innPerPost.forEach((post, indekser) -> {
			for (int n = 0; n < indekser.size(); n++) {
				nr[indekser.get(n)] = n + 1;
			}
			List<BevilgningRepository.Rad> ledige = lagredePerPost.getOrDefault(post, new ArrayList<>());
			// A row inserted among a post's rows must not shift the rows after it: the same row first, then the
			// same purpose, and only then what is left in the letter's order.
			par(indekser, ledige, par, i -> rad -> rad.data().equals(inn.get(i)));
			par(indekser, ledige, par, i -> rad -> inn.get(i).kommentar() != null
					&& inn.get(i).kommentar().equals(rad.kommentar()));
			par(indekser, ledige, par, i -> rad -> true);
		});

		Map<Nokkel, BevilgningData> nye = new LinkedHashMap<>();
		Map<Long, Beholdt> beholdte = new LinkedHashMap<>();
		List<Linjeendring> linjeendringer = new ArrayList<>();
		int changed = 0;
		int unchanged = 0;
		for (int i = 0; i < inn.size(); i++) {
			BevilgningData ny = inn.get(i);
			BevilgningRepository.Rad lagret = par[i];
			if (lagret == null) {
				nye.put(new Nokkel(ny.kapittel(), ny.post(), nr[i]), ny);
				linjeendringer.add(new Linjeendring("ADDED", ny.kapittel(), ny.post(), ny.navn(), belop(ny.belop()),
						List.of(), null, ny.belop()));
			}
			else {
				beholdte.put(lagret.id(), new Beholdt(nr[i], ny, lagret.belop()));
				if (lagret.data().equals(ny)) {
					unchanged++;
				}
				else {
					changed++;
					linjeendringer.add(new Linjeendring("CHANGED", ny.kapittel(), ny.post(), ny.navn(),
							belop(ny.belop()), verdier(lagret.data(), ny), lagret.belop(), ny.belop()));
				}
			}
		}
		// The removed in the letter's order, as the stored rows were.
		List<BevilgningRepository.Rad> fjernedeRader = lagredePerPost.values().stream()
			.flatMap(List::stream)
			.sorted(Comparator.comparing(BevilgningRepository.Rad::kapittel).thenComparing(BevilgningRepository.Rad::post)
				.thenComparing(BevilgningRepository.Rad::nr))
			.toList();
		fjernedeRader.forEach(rad -> linjeendringer.add(new Linjeendring("REMOVED", rad.kapittel(), rad.post(),
				rad.navn(), belop(rad.belop()), List.of(), rad.belop(), null)));
		List<Long> fjernede = fjernedeRader.stream().map(BevilgningRepository.Rad::id).toList();

		// Authorisations as multisets of (type, text).
		List<FullmaktData> gamle = new ArrayList<>(repository.fullmakterForBrev(brevId));
		List<Fullmaktendring> fullmaktendringer = new ArrayList<>();
		int fullmakterUendret = 0;
		for (FullmaktData fullmakt : normaliserte(fullmakter)) {
			if (gamle.remove(fullmakt)) {
				fullmakterUendret++;
			}
			else {
				fullmaktendringer.add(new Fullmaktendring("ADDED", fullmakt));
			}
		}
		int fullmakterLagtTil = fullmaktendringer.size();
		gamle.forEach(fullmakt -> fullmaktendringer.add(new Fullmaktendring("REMOVED", fullmakt)));
		Diff diff = new Diff(nye.size() + fullmakterLagtTil, changed, fjernede.size() + gamle.size(),
				unchanged + fullmakterUendret, List.copyOf(linjeendringer), List.copyOf(fullmaktendringer));
		return new Plan(nye, beholdte, fjernede, diff);
	}

	/** The fields of a matched line that differ, before and after, written for reading. */
	private List<Verdiendring> verdier(BevilgningData gammel, BevilgningData ny) {
		List<Verdiendring> verdier = new ArrayList<>();
		if (!Objects.equals(gammel.navn(), ny.navn())) {
			verdier.add(new Verdiendring("navn", strekForTom(gammel.navn()), strekForTom(ny.navn())));
		}
		if (!Objects.equals(gammel.belop(), ny.belop())) {
			verdier.add(new Verdiendring("belop", belop(gammel.belop()), belop(ny.belop())));
		}
		if (!Objects.equals(gammel.belopForrigeAar(), ny.belopForrigeAar())) {
			verdier.add(new Verdiendring("belop_forrige_aar", belop(gammel.belopForrigeAar()),
					belop(ny.belopForrigeAar())));
		}
		if (gammel.inntekt() != ny.inntekt()) {
			verdier.add(new Verdiendring("inntekt", art(gammel.inntekt()), art(ny.inntekt())));
		}
		if (!Objects.equals(gammel.kommentar(), ny.kommentar())) {
			verdier.add(new Verdiendring("kommentar", strekForTom(gammel.kommentar()), strekForTom(ny.kommentar())));
		}
		if (!Objects.equals(gammel.departement(), ny.departement())) {
			verdier.add(new Verdiendring("departement", strekForTom(gammel.departement()),
					strekForTom(ny.departement())));
		}
		return verdier;
	}

	private String belop(Long belop) {
		return belop == null ? "–" : formats.belop(belop);
	}

	private static String art(boolean inntekt) {
		return inntekt ? "Inntekt" : "Utgift";
	}

	private static String strekForTom(String verdi) {
		return verdi == null || verdi.isBlank() ? "–" : verdi;
	}

	private static BevilgningData normalisert(BevilgningData linje) {
		if (linje.kapittel() <= 0 || linje.post() < 0) {
			throw new IllegalArgumentException(
					"Ugyldig kapittel eller post: kap. " + linje.kapittel() + ", post " + linje.post() + ".");
		}
		return new BevilgningData(linje.kapittel(), linje.post(), tekst(linje.navn(), ""), linje.belop(),
				linje.belopForrigeAar(), linje.inntekt(), tekst(linje.kommentar(), null), tekst(linje.departement(), null));
	}

	private static List<FullmaktData> normaliserte(List<FullmaktData> fullmakter) {
		List<FullmaktData> resultat = new ArrayList<>();
		for (FullmaktData fullmakt : Objects.requireNonNullElse(fullmakter, List.<FullmaktData>of())) {
			String tekst = tekst(fullmakt.tekst(), null);
			if (tekst != null) {
				resultat.add(new FullmaktData(tekst(fullmakt.type(), "Fullmakt"), tekst));
			}
		}
		return resultat;
	}

	private static String tekst(String verdi, String tom) {
		if (verdi == null || verdi.isBlank()) {
			return tom;
		}
		return verdi.strip();
	}
}
