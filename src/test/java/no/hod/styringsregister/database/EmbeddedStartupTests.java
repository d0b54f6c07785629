package no.hod.styringsregister.database;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;
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
			// The pool settings of application.properties, as on a server: a request waits 3 s for a connection.
			HikariDataSource pool = app.getBean(HikariDataSource.class);
			assertThat(pool.getConnectionTimeout()).isEqualTo(3000);
			assertThat(pool.getMaximumPoolSize()).isEqualTo(10);
			assertThat(pool.getJdbcUrl()).startsWith("jdbc:postgresql://");
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
		Process jvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), OrphanPostgres.class.getName(), dataDir.toString())
			.redirectErrorStream(true)
			.start();
		try (BufferedReader out = new BufferedReader(new InputStreamReader(jvm.getInputStream()))) {
			String line;
			while ((line = out.readLine()) != null && !line.equals("READY")) {
				// PostgreSQL's start-up log
			}
		}
		jvm.destroyForcibly().waitFor();
		long orphanPid = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
		assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).contains(true);

		try (ConfigurableApplicationContext app = start()) {
			assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
			assertThat(get(app, "/login").statusCode()).isEqualTo(200);
		}
	}

	private static HttpResponse<String> get(ConfigurableApplicationContext app, String path) throws Exception {
		int port = ((WebServerApplicationContext) app).getWebServer().getPort();
		return HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
	}
}
