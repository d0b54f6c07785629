package no.hod.styringsregister.oppdrag.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.oppdrag.OppdragQueries;
import no.hod.styringsregister.oppdrag.OppdragStatus;
import no.hod.styringsregister.oppdrag.OppdragUpdates;

/** The workflow of the pages, for other modules. */
@Component
class OppdragUpdatesFraArbeidsflyt implements OppdragUpdates {

	private final OppdragArbeidsflyt arbeidsflyt;

	private final OppdragQueries oppdrag;

	OppdragUpdatesFraArbeidsflyt(OppdragArbeidsflyt arbeidsflyt, OppdragQueries oppdrag) {
		this.arbeidsflyt = arbeidsflyt;
		this.oppdrag = oppdrag;
	}

	@Override
	public int route(List<String> ids, long divisjonId, Long avdelingId, CurrentUser user) {
		return arbeidsflyt.rute(ids, divisjonId, avdelingId, user).antall();
	}

	@Override
	public void changeStatus(String id, OppdragStatus status, String note, LocalDate expectedDate, String reason,
			CurrentUser user) {
		long versjon = oppdrag.find(id, user).orElseThrow(() -> new IkkeFunnet(id)).versjon();
		arbeidsflyt.endreStatus(id, new StatusEndring(status, note, expectedDate, reason, versjon), user);
	}
}
