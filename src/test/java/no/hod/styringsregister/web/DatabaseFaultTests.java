package no.hod.styringsregister.web;

import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import no.hod.styringsregister.StyringsregisterApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database goes away and comes back: requests in between get the Norwegian "try again" answer (503), and the
 * register recovers without a restart.
 */
class DatabaseFaultTests {

	@TempDir
	Path dataDir;

	@Test
	void requestsGet503WhileTheDatabaseIsDownAndTheAppRecoversWhenItIsBack() throws Exception {
		int dbPort = freePort();
		EmbeddedPostgres postgres = start(dbPort);
		try (ConfigurableApplicationContext app = new SpringApplication(StyringsregisterApplication.class).run(
				"--server.port=0", "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
				"--spring.datasource.username=postgres", "--styringsregister.demo=false",
				"--styringsregister.admin.password=et-langt-passord")) {
			String base = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
			HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
			login(client, base);
			assertThat(get(client, base + "/admin/brukere").statusCode()).isEqualTo(200);

			postgres.close();
			HttpResponse<String> down = get(client, base + "/admin/brukere");
			assertThat(down.statusCode()).isEqualTo(503);
			assertThat(down.body()).contains("Prøv igjen").doesNotContain("Exception");
			HttpResponse<String> apiDown = get(client, base + "/api/tildelingsbrev/finnes-ikke");
			assertThat(apiDown.statusCode()).isIn(503, 404, 405);

			postgres = start(dbPort);
			// Like a user pressing reload: the pool finds the database again within seconds, with no restart.
			HttpResponse<String> back = get(client, base + "/admin/brukere");
			for (int i = 0; i < 30 && back.statusCode() != 200; i++) {
				Thread.sleep(1000);
				back = get(client, base + "/admin/brukere");
			}
			assertThat(back.statusCode()).isEqualTo(200);
			assertThat(back.body()).contains("admin");
		}
		finally {
			postgres.close();
		}
	}

	private EmbeddedPostgres start(int port) throws Exception {
		return EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).setPort(port).start();
	}

	private static void login(HttpClient client, String base) throws Exception {
		String page = get(client, base + "/login").body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(csrf.find()).isTrue();
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=admin&password=et-langt-passord&_csrf=" + csrf.group(1)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
	}

	private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
		return client.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static int freePort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
