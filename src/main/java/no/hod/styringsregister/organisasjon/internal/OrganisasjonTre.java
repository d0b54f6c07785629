package no.hod.styringsregister.organisasjon.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.hod.styringsregister.organisasjon.Enhet;
import no.hod.styringsregister.organisasjon.Etat;

/** The tree the pages and the API show: agencies, their divisions and each division's departments. */
@Component
@Transactional(readOnly = true)
class OrganisasjonTre {

	private final OrganisasjonRepository repository;

	OrganisasjonTre(OrganisasjonRepository repository) {
		this.repository = repository;
	}

	record EtatNode(Etat etat, List<DivisjonNode> divisjoner) {
	}

	record DivisjonNode(EnhetDetaljer divisjon, List<EnhetDetaljer> avdelinger) {
	}

	List<EtatNode> tre(boolean medInaktive) {
		List<EtatNode> tre = new ArrayList<>();
		for (Etat etat : repository.etater()) {
			List<EnhetDetaljer> enheter = repository.enheter(etat.id());
			List<DivisjonNode> divisjoner = new ArrayList<>();
			for (EnhetDetaljer divisjon : enheter) {
				if (divisjon.enhet().type() != Enhet.Type.DIVISJON || !(medInaktive || divisjon.enhet().aktiv())) {
					continue;
				}
				List<EnhetDetaljer> avdelinger = enheter.stream()
					.filter(avdeling -> divisjon.enhet().id() == (avdeling.enhet().overordnetId() == null ? -1
							: avdeling.enhet().overordnetId()))
					.filter(avdeling -> medInaktive || avdeling.enhet().aktiv())
					.toList();
				divisjoner.add(new DivisjonNode(divisjon, avdelinger));
			}
			tre.add(new EtatNode(etat, divisjoner));
		}
		return tre;
	}

	EnhetDetaljer enhet(long id) {
		return repository.enhet(id).orElseThrow(() -> new EnhetIkkeFunnetException(id));
	}
}
