package no.hod.styringsregister.bevilgninger.internal;

import java.util.Set;

import org.springframework.stereotype.Component;

import no.hod.styringsregister.oppdrag.Budsjettposter;

/** The posts of an agency's year as the appropriations page lists them, for the assignment page's links. */
@Component
class GitteBudsjettposter implements Budsjettposter {

	private final BevilgningRepository repository;

	GitteBudsjettposter(BevilgningRepository repository) {
		this.repository = repository;
	}

	@Override
	public Set<Post> gitt(long etatId, int aar) {
		return Set.copyOf(repository.poster(etatId, aar));
	}
}
