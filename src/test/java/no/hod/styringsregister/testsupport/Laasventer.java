package no.hod.styringsregister.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;

/**
 * For tests of two requests at the same moment: one connection holds a lock, both requests are sent, and this waits
 * until both wait for it in the database, so that releasing it lets them race for real.
 */
public final class Laasventer {

	private Laasventer() {
	}

	/** Waits until {@code antall} sessions of this database wait for a lock, the holder's own not counted. */
	public static void venterPaaLaas(Connection holder, int antall) throws Exception {
		long frist = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (System.nanoTime() < frist) {
			try (PreparedStatement s = holder.prepareStatement("SELECT count(*) FROM pg_stat_activity "
					+ "WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()");
					ResultSet rs = s.executeQuery()) {
				rs.next();
				if (rs.getInt(1) >= antall) {
					return;
				}
			}
			Thread.sleep(50);
		}
		throw new AssertionError("the requests did not all reach the database: fewer than " + antall
				+ " wait for the lock");
	}
}
