package no.hod.styringsregister.oppdrag.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.brukere.CurrentUsers;
import no.hod.styringsregister.oppdrag.OppdragFilter;
import no.hod.styringsregister.oppdrag.OppdragQueries;
import no.hod.styringsregister.organisasjon.Enhet;
import no.hod.styringsregister.organisasjon.EnhetensOppdrag;
import no.hod.styringsregister.web.Formats;

/** The assignments routed to a unit, for the organisation pages, as the signed-in user may see them. */
@Component
class EnhetensOppdragFraOppdrag implements EnhetensOppdrag {

	private final OppdragQueries oppdrag;

	private final CurrentUsers currentUsers;

	private final MessageSource messages;

	EnhetensOppdragFraOppdrag(OppdragQueries oppdrag, CurrentUsers currentUsers, MessageSource messages) {
		this.oppdrag = oppdrag;
		this.currentUsers = currentUsers;
		this.messages = messages;
	}

	@Override
	public Utvalg rutetTil(Enhet enhet) {
		boolean avdeling = enhet.type() == Enhet.Type.AVDELING;
		OppdragFilter filter = avdeling ? OppdragFilter.alle().medAvdeling(enhet.id())
				: OppdragFilter.alle().medDivisjon(enhet.id());
		// Opened from the unit's page, an assignment leads back to it.
		return utvalg(filter, "/oppdrag?" + (avdeling ? "department=" : "division=") + enhet.id(),
				Optional.of(Listeadresse.enheten(enhet.id())));
	}

	/** The first page of what the filter finds, as the signed-in user may see it, and how many there are. */
	Utvalg utvalg(OppdragFilter filter, String alle) {
		return utvalg(filter, alle, Optional.empty());
	}

	/** As above, the links to the assignments leading back to {@code tilbake}. */
	private Utvalg utvalg(OppdragFilter filter, String alle, Optional<Listeadresse> tilbake) {
		filter = filter.medSide(0, OppdragFilter.STORSTE_STORRELSE);
		CurrentUser bruker = currentUsers.current();
		List<Oppdrag> forste = oppdrag.search(filter, bruker).stream()
			.map(o -> new Oppdrag(o.id(), o.tittel(),
					messages.getMessage("oppdrag.status." + o.status().name(), null, o.status().name(), Formats.NORSK),
					Listeadresse.detalj(o.adresse(), tilbake), bruker.klarert() && o.unntattOffentlighet()))
			.toList();
		// Counted only when the page is full: a shorter page is all of them.
		long antall = forste.size() < filter.storrelse() ? forste.size() : oppdrag.count(filter, bruker);
		return new Utvalg(forste, antall, alle);
	}
}
