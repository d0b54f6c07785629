package no.hod.styringsregister.database;

import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Run in a child JVM by {@link EmbeddedStartupTests}: starts PostgreSQL on a data directory and waits to be killed
 * with {@code kill -9}, which leaves the server running without its owner.
 */
public final class OrphanPostgres {

	private OrphanPostgres() {
	}

	public static void main(String[] args) throws Exception {
		EmbeddedPostgres.builder().setDataDirectory(Path.of(args[0])).setCleanDataDirectory(false).start();
		System.out.println("READY");
		System.out.flush();
		Thread.sleep(Long.MAX_VALUE);
	}
}
