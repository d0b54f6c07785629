package no.hod.styringsregister.rapporter.internal;

import java.time.OffsetDateTime;

import org.springframework.stereotype.Service;

import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.oppdrag.OppdragRapport;
import no.hod.styringsregister.web.Formats;

/**
 * Builds the status report for the signed-in user. Every signed-in role may read it, as it may read the assignment
 * list; what it shows is decided by the oppdrag read path, with the user's clearance.
 */
@Service
class StatusRapporter {

	private final OppdragRapport oppdrag;

	StatusRapporter(OppdragRapport oppdrag) {
		this.oppdrag = oppdrag;
	}

	StatusRapport lag(RapportValg valg, CurrentUser bruker) {
		return StatusRapport.av(valg.etat().navn(), valg.aar(), valg.dato(),
				oppdrag.registrertFra(valg.etat().id(), valg.aar()).orElse(null), OffsetDateTime.now(Formats.OSLO),
				bruker.navn(), oppdrag.statusPaa(valg.etat().id(), valg.aar(), valg.dato(), bruker));
	}
}
