package no.hod.styringsregister.oppdrag.internal;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import no.hod.styringsregister.brukere.CurrentUsers;
import no.hod.styringsregister.oppdrag.OppdragFilter;
import no.hod.styringsregister.oppdrag.OppdragQueries;
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
	public List<Oppdrag> rutetTil(long enhetId) {
		OppdragFilter filter = OppdragFilter.alle().medDivisjon(enhetId).medSide(0, OppdragFilter.STORSTE_STORRELSE);
		return oppdrag.search(filter, currentUsers.current()).stream()
			.map(o -> new Oppdrag(o.id(), o.tittel(),
					messages.getMessage("oppdrag.status." + o.status().name(), null, o.status().name(), Formats.NORSK),
					"/oppdrag/" + o.id()))
			.toList();
	}
}
