package no.hod.styringsregister.database;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.hod.styringsregister.StyringsregisterApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Boots the register exactly as {@code ./mvnw spring-boot:run} does by default: no database configured, so it starts
 * its own PostgreSQL with data in a folder, in demo mode. Also: data survives a restart, and a server left behind by a
 * killed JVM does not stop the next start.
 */
class EmbeddedStartupTests {

	@TempDir
	Path dataDir;

	private ConfigurableApplicationContext start() {
		return new SpringApplication(StyringsregisterApplication.class).run("--server.port=0",
				"--styringsregister.database.data-dir=" + dataDir);
	}

	@Test
	void startsOnItsOwnDatabaseInDemoModeServesTheLoginPageAndKeepsDataAcrossRestarts() throws Exception {
		try (ConfigurableApplicationContext app = start()) {
			assertThat(app.getEnvironment().getProperty("spring.datasource.url")).isNull();
			HttpResponse<String> login = get(app, "/login");
			assertThat(login.statusCode()).isEqualTo(200);
			assertThat(login.body()).contains("Logg inn");
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			assertThat(jdbc.sql("SELECT brukernavn FROM bruker ORDER BY brukernavn").query(String.class).list())
				.containsExactly("admin", "leder-folkehelse", "leder-spesialist", "saksbehandler", "saksbehandler-klarert");
			assertThat(jdbc.sql("SHOW fsync").query(String.class).single()).isEqualTo("on");
			assertThat(jdbc.sql("SHOW synchronous_commit").query(String.class).single()).isEqualTo("on");
			jdbc.sql("UPDATE bruker SET navn = 'Endret før omstart' WHERE brukernavn = 'saksbehandler'").update();
		}
		assertThat(dataDir.resolve("PG_VERSION")).exists();

		try (ConfigurableApplicationContext app = start()) {
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			assertThat(jdbc.sql("SELECT navn FROM bruker WHERE brukernavn = 'saksbehandler'").query(String.class).single())
				.isEqualTo("Endret før omstart");
			assertThat(jdbc.sql("SELECT count(*) FROM bruker").query(Long.class).single()).isEqualTo(5);
		}
	}

	@Test
	void aServerLeftRunningByAKilledJvmIsStoppedAndTheAppStarts() throws Exception {
		try (ConfigurableApplicationContext app = start()) {
			assertThat(get(app, "/login").statusCode()).isEqualTo(200);
		}
		// What a JVM killed with kill -9 leaves: a running postmaster on the data directory, owned by nobody.
		EmbeddedPostgres orphan = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false)
			.start();
		assertThat(Files.exists(dataDir.resolve("postmaster.pid"))).isTrue();
		long orphanPid = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());

		try (ConfigurableApplicationContext app = start()) {
			assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
			assertThat(get(app, "/login").statusCode()).isEqualTo(200);
		}
		finally {
			closeQuietly(orphan);
		}
	}

	private static HttpResponse<String> get(ConfigurableApplicationContext app, String path) throws Exception {
		int port = ((WebServerApplicationContext) app).getWebServer().getPort();
		return HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
	}

	private static void closeQuietly(EmbeddedPostgres postgres) {
		try {
			postgres.close();
		}
		catch (IOException | RuntimeException ex) {
			// Already stopped by the app, which is the point of the test.
		}
	}
}
