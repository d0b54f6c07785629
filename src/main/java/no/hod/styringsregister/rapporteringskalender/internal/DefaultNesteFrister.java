package no.hod.styringsregister.rapporteringskalender.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;

import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.brukere.CurrentUsers;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.rapporteringskalender.NesteFrister;
import no.hod.styringsregister.web.Formats;

@Service
class DefaultNesteFrister implements NesteFrister {

	/** How far ahead the home page looks. */
	private static final int DAGER = 180;

	private final Tidslinje tidslinje;

	private final CurrentUsers currentUsers;

	DefaultNesteFrister(Tidslinje tidslinje, CurrentUsers currentUsers) {
		this.tidslinje = tidslinje;
		this.currentUsers = currentUsers;
	}

	@Override
	public List<Neste> neste(int antall) {
		CurrentUser bruker = currentUsers.current();
		Long divisjon = bruker.is(Rolle.HDIR_LEDER) ? bruker.enhetId() : null;
		LocalDate iDag = LocalDate.now(Formats.OSLO);
		return tidslinje.hendelser(iDag, iDag.plusDays(DAGER), new Tidslinje.Filter(null, null, divisjon), bruker.klarert())
			.stream()
			.limit(Math.max(0, antall))
			.map(h -> new Neste(h.dato(), h.tid(), h.type().name(), h.tittel(), h.etat(), h.lenke(),
					h.merketUnntatt()))
			.toList();
	}
}
