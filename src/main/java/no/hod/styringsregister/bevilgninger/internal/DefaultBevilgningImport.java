package no.hod.styringsregister.bevilgninger.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.hod.styringsregister.bevilgninger.BevilgningImport;

/**
 * Lines are matched by chapter, post and row number within the letter (a post may have several rows, each with its
 * own amount and purpose) and updated in place; authorisations are compared by
 * type and text (a reworded authorisation counts as one removed and one added).
 */
@Service
@Transactional
class DefaultBevilgningImport implements BevilgningImport {

	private final BevilgningRepository repository;

	DefaultBevilgningImport(BevilgningRepository repository) {
		this.repository = repository;
	}

	@Override
	@Transactional(readOnly = true)
	public Diff compare(long brevId, List<BevilgningData> linjer, List<FullmaktData> fullmakter) {
		return plan(brevId, linjer, fullmakter).diff();
	}

	@Override
	public Diff apply(long brevId, int aar, long etatId, List<BevilgningData> linjer, List<FullmaktData> fullmakter) {
		Plan plan = plan(brevId, linjer, fullmakter);
		plan.nye().forEach((nokkel, ny) -> repository.insert(brevId, aar, etatId, nokkel.nr(), ny));
		// Year and agency are written on every kept line too: a letter re-imported under a corrected year moves.
		plan.beholdte().forEach((id, linje) -> repository.update(id, aar, etatId, linje));
		plan.fjernede().forEach(repository::delete);
		repository.replaceFullmakter(brevId, aar, etatId, normaliserte(fullmakter));
		return plan.diff();
	}

	private record Plan(Map<Nokkel, BevilgningData> nye, Map<Long, BevilgningData> beholdte, List<Long> fjernede,
			Diff diff) {
	}

	/** @param nr which row of the post, in letter order, from 1 */
	private record Nokkel(int kapittel, int post, int nr) {
	}

	private Plan plan(long brevId, List<BevilgningData> linjer, List<FullmaktData> fullmakter) {
		Map<Nokkel, BevilgningData> inn = new LinkedHashMap<>();
		Map<List<Integer>, Integer> rader = new HashMap<>();
		for (BevilgningData linje : Objects.requireNonNullElse(linjer, List.<BevilgningData>of())) {
			BevilgningData normalisert = normalisert(linje);
			int nr = rader.merge(List.of(normalisert.kapittel(), normalisert.post()), 1, Integer::sum);
			inn.put(new Nokkel(normalisert.kapittel(), normalisert.post(), nr), normalisert);
		}
		Map<Nokkel, BevilgningRepository.Rad> lagrede = new HashMap<>();
		repository.forBrev(brevId).forEach(rad -> lagrede.put(new Nokkel(rad.kapittel(), rad.post(), rad.nr()), rad));

		Map<Nokkel, BevilgningData> nye = new LinkedHashMap<>();
		Map<Long, BevilgningData> beholdte = new LinkedHashMap<>();
		int changed = 0;
		int unchanged = 0;
		for (Map.Entry<Nokkel, BevilgningData> entry : inn.entrySet()) {
			BevilgningRepository.Rad lagret = lagrede.remove(entry.getKey());
			if (lagret == null) {
				nye.put(entry.getKey(), entry.getValue());
			}
			else {
				beholdte.put(lagret.id(), entry.getValue());
				if (lagret.data().equals(entry.getValue())) {
					unchanged++;
				}
				else {
					changed++;
				}
			}
		}
		List<Long> fjernede = lagrede.values().stream().map(BevilgningRepository.Rad::id).toList();

		// Authorisations as multisets of (type, text).
		List<FullmaktData> gamle = new ArrayList<>(repository.fullmakterForBrev(brevId));
		int fullmakterLagtTil = 0;
		int fullmakterUendret = 0;
		for (FullmaktData fullmakt : normaliserte(fullmakter)) {
			if (gamle.remove(fullmakt)) {
				fullmakterUendret++;
			}
			else {
				fullmakterLagtTil++;
			}
		}
		Diff diff = new Diff(nye.size() + fullmakterLagtTil, changed, fjernede.size() + gamle.size(),
				unchanged + fullmakterUendret);
		return new Plan(nye, beholdte, fjernede, diff);
	}

	private static BevilgningData normalisert(BevilgningData linje) {
		if (linje.kapittel() <= 0 || linje.post() < 0) {
			throw new IllegalArgumentException(
					"Ugyldig kapittel eller post: kap. " + linje.kapittel() + ", post " + linje.post() + ".");
		}
		return new BevilgningData(linje.kapittel(), linje.post(), tekst(linje.navn(), ""), linje.belop(),
				linje.belopForrigeAar(), linje.inntekt(), tekst(linje.kommentar(), null));
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
