package no.hod.styringsregister.rapporteringskalender.internal;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.rapporteringskalender.internal.KalenderAdministrasjon.AlleredeIKalenderen;
import no.hod.styringsregister.rapporteringskalender.internal.KalenderAdministrasjon.Oppforing;
import no.hod.styringsregister.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The check that refuses an entry the calendar has, with the unique index (V108) behind it: two requests at the same
 * instant both pass the check, and the index lets one in. The first request's transaction is held open until the
 * second is seen waiting on it in PostgreSQL, so the two truly overlap every time the test runs.
 */
@IntegrationTest
@Import(Testporter.class)
class KalenderUnikOppforingTests {

	static final String MELDING = "Kalenderen har allerede en oppføring med samme etat, type, dato, tid og tekst, så "
			+ "denne ble ikke lagt inn en gang til.";

	@Autowired
	KalenderAdministrasjon administrasjon;

	@Autowired
	TransactionTemplate transaksjon;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OrganisasjonService organisasjon;

	long hdir;

	@BeforeEach
	void oppsett() {
		hdir = organisasjon.etatByName("Helsedirektoratet").orElseThrow().id();
	}

	private Oppforing oppforing(String dato, String tittel) {
		return new Oppforing(hdir, "KALENDER", dato, "10:00", tittel, null, null);
	}

	@Test
	void twoRequestsAtTheSameInstantMakeOneEntryAndTheOtherIsToldItIsThere() throws Exception {
		String tittel = "Samtidig innsendt møte";
		Oppforing oppforing = oppforing("2173-06-10", tittel);

		AlleredeIKalenderen avvist = samtidig(() -> administrasjon.lag(oppforing), () -> administrasjon.lag(oppforing));

		List<Long> rader = rader(tittel);
		assertThat(rader).hasSize(1);
		assertThat(avvist).hasMessage(MELDING);
		// It had to wait for the other, so it can say which entry it met.
		assertThat(avvist.id()).isEqualTo(rader.get(0));
	}

	@Test
	void anEntryChangedAtTheSameInstantIntoOneMadeIsRefusedWithTheSameMessage() throws Exception {
		String tittel = "Samtidig endret møte";
		som(() -> administrasjon.lag(oppforing("2173-06-11", "Et annet møte")));
		long annen = rader("Et annet møte").get(0);
		long versjon = som(() -> administrasjon.hent(annen)).versjon();

		AlleredeIKalenderen avvist = samtidig(() -> administrasjon.lag(oppforing("2173-06-11", tittel)),
				() -> administrasjon.endre(annen,
						new Oppforing(hdir, "KALENDER", "2173-06-11", "10:00", tittel, null, versjon)));

		assertThat(avvist).hasMessage(MELDING);
		assertThat(rader(tittel)).hasSize(1);
		// The change was not saved.
		assertThat(rader("Et annet møte")).containsExactly(annen);
	}

	/** One made by hand changed into another made by hand, one after the other: the check says where it is. */
	@Test
	void anEntryChangedIntoAnotherIsRefusedWithALinkToIt() {
		som(() -> administrasjon.lag(oppforing("2173-06-12", "Første møte")));
		som(() -> administrasjon.lag(oppforing("2173-06-12", "Andre møte")));
		long forste = rader("Første møte").get(0);
		long andre = rader("Andre møte").get(0);
		long versjon = som(() -> administrasjon.hent(andre)).versjon();

		assertThatThrownBy(() -> som(() -> administrasjon.endre(andre,
				new Oppforing(hdir, "KALENDER", "2173-06-12", "10:00", "Første møte", "Merknad", versjon))))
			.isInstanceOfSatisfying(AlleredeIKalenderen.class, ex -> assertThat(ex.id()).isEqualTo(forste))
			.hasMessage(MELDING);
		// Its own note may change: an entry is not like itself.
		som(() -> administrasjon.endre(andre,
				new Oppforing(hdir, "KALENDER", "2173-06-12", "10:00", "Andre møte", "Ny merknad", versjon)));
		assertThat(som(() -> administrasjon.hent(andre)).merknad()).isEqualTo("Ny merknad");
	}

	/**
	 * {@code forst} in a transaction held open until {@code saa}, started after it and in one of its own, waits on
	 * it in PostgreSQL (or has finished without waiting, as it would with no index); then both end.
	 *
	 * @return what {@code saa} was refused with
	 */
	private AlleredeIKalenderen samtidig(Runnable forst, Runnable saa) throws Exception {
		CountDownLatch forstSkrevet = new CountDownLatch(1);
		CountDownLatch slipp = new CountDownLatch(1);
		CompletableFuture<Void> a = CompletableFuture.runAsync(() -> som(() -> transaksjon.executeWithoutResult(s -> {
			forst.run();
			forstSkrevet.countDown();
			vent(slipp);
		})));
		vent(forstSkrevet);
		CompletableFuture<Void> b = CompletableFuture.runAsync(() -> som(() -> transaksjon.executeWithoutResult(
				s -> saa.run())));
		long frist = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		while (!b.isDone() && !venterPaaLaas() && System.nanoTime() < frist) {
			Thread.sleep(20);
		}
		slipp.countDown();
		a.get(20, TimeUnit.SECONDS);
		Throwable feil = null;
		try {
			b.get(20, TimeUnit.SECONDS);
		}
		catch (java.util.concurrent.ExecutionException ex) {
			feil = ex.getCause();
		}
		assertThat(feil).as("the second request is refused").isInstanceOf(AlleredeIKalenderen.class);
		return (AlleredeIKalenderen) feil;
	}

	/** Whether another session of this database waits on a lock while it writes a calendar entry. */
	private boolean venterPaaLaas() {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM pg_stat_activity
				               WHERE datname = current_database() AND pid <> pg_backend_pid()
				                 AND wait_event_type = 'Lock' AND query LIKE '%kalenderoppforing%')""")
			.query(Boolean.class).single();
	}

	private List<Long> rader(String tittel) {
		return jdbc.sql("SELECT id FROM kalenderoppforing WHERE tittel = :tittel AND NOT slettet ORDER BY id")
			.param("tittel", tittel).query(Long.class).list();
	}

	private static void vent(CountDownLatch latch) {
		try {
			if (!latch.await(20, TimeUnit.SECONDS)) {
				throw new IllegalStateException("Ventet forgjeves");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void som(Runnable handling) {
		som(() -> {
			handling.run();
			return null;
		});
	}

	private static <T> T som(Supplier<T> handling) {
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
				"admin", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
		try {
			return handling.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
