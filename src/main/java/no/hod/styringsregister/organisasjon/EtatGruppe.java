package no.hod.styringsregister.organisasjon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Units of one agency. Agencies give their divisions the same names («Divisjon digitalisering»), so a choice of
 * divisions across agencies groups them by agency (see the fragment {@code fragments/valg :: divisjoner}).
 */
public record EtatGruppe(Etat etat, List<Enhet> enheter) {

	/** The units grouped by agency, in the agencies' order and the units' own; agencies without units left out. */
	public static List<EtatGruppe> av(List<Etat> etater, List<Enhet> enheter) {
		Map<Long, List<Enhet>> perEtat = new LinkedHashMap<>();
		for (Enhet enhet : enheter) {
			perEtat.computeIfAbsent(enhet.etatId(), id -> new ArrayList<>()).add(enhet);
		}
		List<EtatGruppe> grupper = new ArrayList<>();
		for (Etat etat : etater) {
			List<Enhet> etatens = perEtat.get(etat.id());
			if (etatens != null) {
				grupper.add(new EtatGruppe(etat, List.copyOf(etatens)));
			}
		}
		return List.copyOf(grupper);
	}

	/**
	 * What to call each unit of the groups where it stands alone (a list, a group of its departments): its name, and
	 * its agency's in brackets when there are several groups.
	 */
	public static Map<Long, String> etiketter(List<EtatGruppe> grupper) {
		Map<Long, String> etiketter = new HashMap<>();
		for (EtatGruppe gruppe : grupper) {
			for (Enhet enhet : gruppe.enheter()) {
				etiketter.put(enhet.id(),
						grupper.size() > 1 ? enhet.navn() + " (" + gruppe.etat().navn() + ")" : enhet.navn());
			}
		}
		return Map.copyOf(etiketter);
	}
}
