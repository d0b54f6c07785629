package no.hod.styringsregister.oppdrag.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;

import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.brukere.CurrentUsers;
import no.hod.styringsregister.oppdrag.FristRef;
import no.hod.styringsregister.oppdrag.OppdragFilter;
import no.hod.styringsregister.oppdrag.OppdragLevert;
import no.hod.styringsregister.oppdrag.OppdragQueries;
import no.hod.styringsregister.oppdrag.OppdragRef;
import no.hod.styringsregister.oppdrag.OppdragRutet;
import no.hod.styringsregister.oppdrag.OppdragStatus;
import no.hod.styringsregister.oppdrag.OppdragSummary;
import no.hod.styringsregister.oppdrag.OppdragSvar;
import no.hod.styringsregister.organisasjon.Enhet;
import no.hod.styringsregister.organisasjon.EnhetensOppdrag.Utvalg;

import static org.assertj.core.api.Assertions.assertThat;

class EnhetensOppdragFraOppdragTest {

	static final Enhet DIVISJON = new Enhet(7, 1, null, Enhet.Type.DIVISJON, "Divisjon", null, null, true);

	static final Enhet AVDELING = new Enhet(8, 1, 7L, Enhet.Type.AVDELING, "Avdeling", null, null, true);

	@Test
	void aDepartmentListsWhatIsRoutedToTheDepartmentAndADivisionWhatIsRoutedToTheDivision() {
		Oppdragene oppdragene = new Oppdragene(3, 3);
		Utvalg avdeling = tjeneste(oppdragene).rutetTil(AVDELING);
		assertThat(oppdragene.filtre.get(0).avdelingId()).isEqualTo(8L);
		assertThat(oppdragene.filtre.get(0).divisjonId()).isNull();
		assertThat(avdeling.alle()).isEqualTo("/oppdrag?department=8");
		assertThat(avdeling.oppdrag()).hasSize(3);
		assertThat(avdeling.antall()).isEqualTo(3);

		Utvalg divisjon = tjeneste(oppdragene).rutetTil(DIVISJON);
		assertThat(oppdragene.filtre.get(1).divisjonId()).isEqualTo(7L);
		assertThat(oppdragene.filtre.get(1).avdelingId()).isNull();
		assertThat(divisjon.alle()).isEqualTo("/oppdrag?division=7");
	}

	@Test
	void aFullPageSaysHowManyThereAreInAll() {
		Utvalg utvalg = tjeneste(new Oppdragene(OppdragFilter.STORSTE_STORRELSE, 612)).rutetTil(DIVISJON);
		assertThat(utvalg.oppdrag()).hasSize(OppdragFilter.STORSTE_STORRELSE);
		assertThat(utvalg.antall()).isEqualTo(612);
	}

	static EnhetensOppdragFraOppdrag tjeneste(Oppdragene oppdragene) {
		return new EnhetensOppdragFraOppdrag(oppdragene, new Leser(), new StaticMessageSource());
	}

	static final class Leser implements CurrentUsers {

		@Override
		public CurrentUser current() {
			return OppdragTestdata.uklarert();
		}

		@Override
		public Optional<CurrentUser> currentIfSignedIn() {
			return Optional.of(current());
		}
	}

	/** As many assignments as a page holds ({@code side}) out of {@code alle}; remembers the filters asked for. */
	static final class Oppdragene implements OppdragQueries {

		final List<OppdragFilter> filtre = new ArrayList<>();

		final int side;

		final long alle;

		Oppdragene(int side, long alle) {
			this.side = side;
			this.alle = alle;
		}

		@Override
		public List<OppdragSummary> search(OppdragFilter filter, CurrentUser viewer) {
			filtre.add(filter);
			return IntStream.rangeClosed(1, side)
				.mapToObj(n -> new OppdragSummary("TB2100-" + n, "k" + n, "TB2100-" + n, 2100, 1, "Etat", null, null,
						List.of(), "Oppdrag " + n, false, OppdragStatus.IKKE_STARTET, List.of(), null, null, 7L,
						"Divisjon", null, null, false, null, null, 0))
				.toList();
		}

		@Override
		public long count(OppdragFilter filter, CurrentUser viewer) {
			return alle;
		}

		@Override
		public Optional<OppdragSummary> find(String id, CurrentUser viewer) {
			return Optional.empty();
		}

		@Override
		public List<OppdragRef> citing(int year, long etatId, int kapittel, int post, CurrentUser viewer) {
			return List.of();
		}

		@Override
		public List<OppdragRef> named(int year, long etatId, java.util.Collection<String> officialIds,
				CurrentUser viewer) {
			return List.of();
		}

		@Override
		public List<Forgjenger> previousYear(int year, long etatId, List<Brevoppdrag> letter, CurrentUser viewer) {
			return List.of();
		}

		@Override
		public List<OppdragRef> titled(int year, long etatId, CurrentUser viewer) {
			return List.of();
		}

		@Override
		public int notCarriedOver(int year, long etatId) {
			return 0;
		}

		@Override
		public List<OppdragRef> removedFromLetter(long letterId, CurrentUser viewer) {
			return List.of();
		}

		@Override
		public boolean exemptInLetter(long letterId) {
			return false;
		}

		@Override
		public List<FristRef> deadlines(LocalDate from, LocalDate to, Long etatId, Long divisjonId,
				CurrentUser viewer) {
			return List.of();
		}

		@Override
		public List<FristRef> expectedDates(LocalDate from, LocalDate to, Long etatId, Long divisjonId,
				CurrentUser viewer) {
			return List.of();
		}

		@Override
		public List<FristRef> currentDeadlines(LocalDate from, LocalDate to, Long etatId, Long divisjonId,
				CurrentUser viewer) {
			return List.of();
		}

		@Override
		public List<FristRef> currentExpectedDates(LocalDate from, LocalDate to, Long etatId, Long divisjonId,
				CurrentUser viewer) {
			return List.of();
		}

		@Override
		public List<OppdragSvar> replies(long divisjonId, OffsetDateTime since, CurrentUser viewer) {
			return List.of();
		}

		@Override
		public List<OppdragRutet> routedTo(long divisjonId, OffsetDateTime since, CurrentUser viewer) {
			return List.of();
		}

		@Override
		public List<no.hod.styringsregister.oppdrag.OppdragFlyttet> routedAwayFrom(long divisjonId,
				OffsetDateTime since, CurrentUser viewer) {
			return List.of();
		}

		@Override
		public List<no.hod.styringsregister.oppdrag.OppdragKommentar> leadComments(OffsetDateTime since,
				CurrentUser viewer) {
			return List.of();
		}

		@Override
		public List<OppdragLevert> awaitingAcceptance(int limit, CurrentUser viewer) {
			return List.of();
		}
	}
}
