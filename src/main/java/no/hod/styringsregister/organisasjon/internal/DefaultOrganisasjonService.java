package no.hod.styringsregister.organisasjon.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.hod.styringsregister.organisasjon.Departementsavdeling;
import no.hod.styringsregister.organisasjon.Enhet;
import no.hod.styringsregister.organisasjon.Etat;
import no.hod.styringsregister.organisasjon.OrganisasjonService;

@Service
@Transactional(readOnly = true)
class DefaultOrganisasjonService implements OrganisasjonService {

	/**
	 * The cache of the whole lists most pages read (see Mellomlager); the repository empties it on every change. The
	 * lists are unmodifiable, as they are shared.
	 */
	static final String MELLOMLAGER = "organisasjon";

	private final OrganisasjonRepository repository;

	DefaultOrganisasjonService(OrganisasjonRepository repository) {
		this.repository = repository;
	}

	@Override
	@Cacheable(cacheNames = MELLOMLAGER, key = "'etater'")
	public List<Etat> etater() {
		return List.copyOf(repository.etater());
	}

	@Override
	public Optional<Etat> etat(long id) {
		return repository.etat(id);
	}

	@Override
	public Optional<Etat> etatByName(String navn) {
		return navn == null || navn.isBlank() ? Optional.empty() : repository.etatByName(navn);
	}

	@Override
	public Optional<Etat> etat(String idEllerNavn) {
		if (idEllerNavn == null || idEllerNavn.isBlank()) {
			return Optional.empty();
		}
		String verdi = idEllerNavn.strip();
		return etater().stream()
			.filter(e -> String.valueOf(e.id()).equals(verdi) || verdi.equalsIgnoreCase(e.navn())
					|| verdi.equalsIgnoreCase(e.kortnavn()))
			.findFirst();
	}

	@Override
	@Cacheable(cacheNames = MELLOMLAGER, key = "'divisjoner:' + #p0")
	public List<Enhet> divisjoner(long etatId) {
		return repository.enheter(etatId, Enhet.Type.DIVISJON).stream().map(EnhetDetaljer::enhet).toList();
	}

	@Override
	@Cacheable(cacheNames = MELLOMLAGER, key = "'alleDivisjoner'")
	public List<Enhet> alleDivisjoner() {
		return repository.divisjoner().stream().map(EnhetDetaljer::enhet).toList();
	}

	@Override
	@Cacheable(cacheNames = MELLOMLAGER, key = "'enhetsnavn'")
	public Map<Long, String> enhetsnavn() {
		return Map.copyOf(repository.enhetsnavn());
	}

	@Override
	public Optional<Enhet> enhet(long id) {
		return repository.enhet(id).map(EnhetDetaljer::enhet);
	}

	@Override
	public List<Enhet> avdelinger(long divisjonId) {
		return repository.avdelinger(divisjonId).stream().map(EnhetDetaljer::enhet).toList();
	}

	@Override
	@Cacheable(cacheNames = MELLOMLAGER, key = "'alleAvdelinger'")
	public List<Enhet> alleAvdelinger() {
		return repository.alleAvdelinger().stream().map(EnhetDetaljer::enhet).toList();
	}

	@Override
	public List<TidligereNavn> tidligereNavn(long enhetId) {
		return repository.formerNames(enhetId);
	}

	@Override
	public List<Departementsavdeling> departementsavdelinger() {
		return repository.departementsavdelinger();
	}

	@Override
	public Optional<Departementsavdeling> departementsavdeling(String kode, LocalDate dato) {
		return repository.departementsavdelinger().stream()
			.filter(avdeling -> avdeling.kode().equalsIgnoreCase(kode.trim()) && avdeling.gyldig(dato))
			.findFirst();
	}
}
