package no.hod.styringsregister.organisasjon.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.hod.styringsregister.organisasjon.Enhet;
import no.hod.styringsregister.organisasjon.Etat;
import no.hod.styringsregister.organisasjon.OrganisasjonService;

@Service
@Transactional(readOnly = true)
class DefaultOrganisasjonService implements OrganisasjonService {

	private final EtatRepository etater;

	private final EnhetRepository enheter;

	DefaultOrganisasjonService(EtatRepository etater, EnhetRepository enheter) {
		this.etater = etater;
		this.enheter = enheter;
	}

	@Override
	public List<Etat> etater() {
		return etater.findAllByOrderByNavn().stream().map(EtatEntity::toEtat).toList();
	}

	@Override
	public Optional<Etat> etat(long id) {
		return etater.findById(id).map(EtatEntity::toEtat);
	}

	@Override
	public Optional<Etat> etatByName(String navn) {
		return etater.findByNavnIgnoreCase(navn).map(EtatEntity::toEtat);
	}

	@Override
	public List<Enhet> divisjoner(long etatId) {
		return enheter.findByEtatIdAndTypeOrderByNavn(etatId, Enhet.Type.DIVISJON).stream().map(EnhetEntity::toEnhet)
			.toList();
	}

	@Override
	public List<Enhet> alleDivisjoner() {
		return enheter.findByTypeOrderByEtatIdAscNavnAsc(Enhet.Type.DIVISJON).stream().map(EnhetEntity::toEnhet).toList();
	}

	@Override
	public Optional<Enhet> enhet(long id) {
		return enheter.findById(id).map(EnhetEntity::toEnhet);
	}
}
