package no.hod.styringsregister.rapporteringskalender.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.oppdrag.FristRef;
import no.hod.styringsregister.oppdrag.OppdragQueries;

/** Assignment deadlines from the oppdrag module's clearance-aware read path: titles arrive already redacted. */
@Component
class FristerFraOppdrag implements FristKilde {

	private final OppdragQueries oppdrag;

	FristerFraOppdrag(OppdragQueries oppdrag) {
		this.oppdrag = oppdrag;
	}

	@Override
	public List<Frist> frister(LocalDate fra, LocalDate til, boolean klarert) {
		return open(oppdrag.deadlines(fra, til, null, null, reader(klarert)), klarert);
	}

	@Override
	public List<Frist> forventede(LocalDate fra, LocalDate til, boolean klarert) {
		return forventede(oppdrag.expectedDates(fra, til, null, null, reader(klarert)), klarert);
	}

	@Override
	public List<Frist> gjeldendeFrister(LocalDate fra, LocalDate til, boolean klarert) {
		return open(oppdrag.currentDeadlines(fra, til, null, null, reader(klarert)), klarert);
	}

	@Override
	public List<Frist> gjeldendeForventede(LocalDate fra, LocalDate til, boolean klarert) {
		return forventede(oppdrag.currentExpectedDates(fra, til, null, null, reader(klarert)), klarert);
	}

	/** Only a delayed assignment has one, and a delayed assignment is open. */
	private static List<Frist> forventede(List<FristRef> datoer, boolean klarert) {
		return datoer.stream()
			.map(f -> new Frist(f.nokkel(), f.frist(), f.id(), f.tittel(), f.etatId(), f.divisjonId(), f.forventetDato(),
					f.viserUnntatt(), klarert && f.unntattOffentlighet(), f.idOrden(), f.nokkel()))
			.toList();
	}

	private static List<Frist> open(List<FristRef> frister, boolean klarert) {
		return frister.stream()
			.filter(f -> f.status().aapen())
			.map(f -> new Frist(f.nokkel() + "/" + f.frist(), f.frist(), f.id(), f.tittel(), f.etatId(), f.divisjonId(),
					f.forventetDato(), f.viserUnntatt(), klarert && f.unntattOffentlighet(), f.idOrden(), f.nokkel()))
			.toList();
	}

	/** The port knows only the reader's clearance; the read path needs no more for deadlines. */
	private static CurrentUser reader(boolean klarert) {
		return new CurrentUser(0, "kalender", "Rapporteringskalender", Rolle.HOD_SAKSBEHANDLER, null, klarert);
	}
}
