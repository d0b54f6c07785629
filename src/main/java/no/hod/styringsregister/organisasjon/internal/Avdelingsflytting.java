package no.hod.styringsregister.organisasjon.internal;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import no.hod.styringsregister.organisasjon.AvdelingFlyttet;
import no.hod.styringsregister.organisasjon.Enhet;
import no.hod.styringsregister.organisasjon.OmorganiseringensOppdrag;

/**
 * Moves a department to another division, by hand or by an import, and tells the modules that route assignments to
 * it ({@link AvdelingFlyttet}), in the caller's transaction: what they do commits or fails with the move.
 */
@Component
class Avdelingsflytting {

	private final OrganisasjonRepository repository;

	private final ApplicationEventPublisher hendelser;

	private final List<OmorganiseringensOppdrag> oppdrag;

	Avdelingsflytting(OrganisasjonRepository repository, ApplicationEventPublisher hendelser,
			List<OmorganiseringensOppdrag> oppdrag) {
		this.repository = repository;
		this.hendelser = hendelser;
		this.oppdrag = oppdrag;
	}

	/**
	 * Moves the department and answers how many assignments followed it.
	 *
	 * @param grunn how it moved, ending the history note of what follows: «ved import av organisasjonsbeskrivelsen …»
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	long flytt(Enhet avdeling, long divisjonId, String grunn) {
		Enhet fra = repository.enhet(avdeling.overordnetId()).orElseThrow().enhet();
		Enhet til = repository.enhet(divisjonId).orElseThrow().enhet();
		long folger = oppdrag.stream().mapToLong(kilde -> kilde.antallRutetTil(avdeling)).sum();
		repository.move(avdeling.id(), divisjonId);
		hendelser.publishEvent(new AvdelingFlyttet(avdeling.id(), avdeling.navn(), fra.id(), fra.navn(), til.id(),
				til.navn(), grunn));
		return folger;
	}
}
