package no.hod.styringsregister.rapporteringskalender.internal;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import no.hod.styringsregister.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * V108 on a database that already holds entries made by hand twice (from before the check, or from two requests at
 * the same instant): it keeps every row, marks the later copies, and the index holds from then on.
 */
class KalenderDublettMigreringTests {

	record Rad(long id, Long brevId, boolean tidligereDublett) {
	}

	@Test
	void entriesMadeTwiceBeforeTheIndexAreKeptAndMarkedAndNewCopiesAreRefused() {
		TestDatabase.Database database = TestDatabase.createDatabase();
		DriverManagerDataSource kilde = new DriverManagerDataSource(database.url(), database.user(),
				database.password());
		Flyway.configure().dataSource(kilde).locations("classpath:db/migration").target("107").load().migrate();
		JdbcClient jdbc = JdbcClient.create(kilde);
		long etat = jdbc.sql("SELECT min(id) FROM etat").query(Long.class).single();

		long forste = forHaand(jdbc, etat, "10:00");
		long kopi = forHaand(jdbc, etat, "10:00");
		long annenTid = forHaand(jdbc, etat, null);
		long kopiUtenTid = forHaand(jdbc, etat, null);
		long fraBrev = jdbc.sql("""
				INSERT INTO kalenderoppforing (brev_id, kilde_nokkel, kilde, aar, etat_id, type, dato, tid, tittel)
				VALUES (77, 'k', 'VEDLEGG', 2174, :etat, 'KALENDER', DATE '2174-02-03', '10:00', 'Møte') RETURNING id""")
			.param("etat", etat).query(Long.class).single();

		Flyway.configure().dataSource(kilde).locations("classpath:db/migration").target("108").load().migrate();

		// Every row is still there; the later copy of each is marked, the first and the letter's are not.
		assertThat(jdbc.sql("SELECT id, brev_id, tidligere_dublett FROM kalenderoppforing ORDER BY id")
			.query(Rad.class).list())
			.containsExactly(new Rad(forste, null, false), new Rad(kopi, null, true), new Rad(annenTid, null, false),
					new Rad(kopiUtenTid, null, true), new Rad(fraBrev, 77L, false));
		// Another copy made by hand is refused, with no time as with a time.
		assertThatThrownBy(() -> forHaand(jdbc, etat, "10:00")).isInstanceOf(DuplicateKeyException.class);
		assertThatThrownBy(() -> forHaand(jdbc, etat, null)).isInstanceOf(DuplicateKeyException.class);
		// A marked copy changed comes under the index again.
		assertThatThrownBy(() -> jdbc.sql("UPDATE kalenderoppforing SET tidligere_dublett = false WHERE id = :id")
			.param("id", kopi).update()).isInstanceOf(DuplicateKeyException.class);
		// Another letter may still name the same entry.
		jdbc.sql("""
				INSERT INTO kalenderoppforing (brev_id, kilde_nokkel, kilde, aar, etat_id, type, dato, tid, tittel)
				VALUES (78, 'k', 'VEDLEGG', 2174, :etat, 'KALENDER', DATE '2174-02-03', '10:00', 'Møte')""")
			.param("etat", etat).update();
		assertThat(jdbc.sql("SELECT count(*) FROM kalenderoppforing").query(Long.class).single()).isEqualTo(6);
	}

	private static long forHaand(JdbcClient jdbc, long etat, String tid) {
		return jdbc.sql("""
				INSERT INTO kalenderoppforing (aar, etat_id, type, dato, tid, tittel, manuelt_endret)
				VALUES (2174, :etat, 'KALENDER', DATE '2174-02-03', :tid, 'Møte', true) RETURNING id""")
			.param("etat", etat).param("tid", tid).query(Long.class).single();
	}
}
