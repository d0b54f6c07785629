package no.hod.styringsregister.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import no.hod.styringsregister.StyringsregisterApplication;
import no.hod.styringsregister.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances on one database, as behind a load balancer: a user signed in through A is signed in on B, and a change
 * made through A reaches B's cached lists when they expire.
 */
class TwoInstancesTests {

	@Test
	void aSessionStartedOnOneInstanceIsValidOnTheOtherAndChangesReachBoth() throws Exception {
		TestDatabase.Database database = TestDatabase.createDatabase();
		String[] args = { "--server.port=0", "--spring.datasource.url=" + database.url(),
				"--spring.datasource.username=" + database.user(), "--spring.datasource.password=" + database.password(),
				"--styringsregister.demo=false", "--styringsregister.admin.password=et-langt-passord",
				"--styringsregister.mellomlager.levetid=2s" };
		try (ConfigurableApplicationContext a = new SpringApplication(StyringsregisterApplication.class).run(args);
				ConfigurableApplicationContext b = new SpringApplication(StyringsregisterApplication.class).run(args)) {
			String baseA = base(a);
			String baseB = base(b);
			assertThat(baseA).isNotEqualTo(baseB);
			CookieManager cookies = new CookieManager();
			HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();

			String page = get(client, baseA + "/login").body();
			Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
			assertThat(csrf.find()).isTrue();
			HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(baseA + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("username=admin&password=et-langt-passord&_csrf=" + csrf.group(1)))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(login.statusCode()).isEqualTo(302);

			// Cookies are kept per host, and both instances are "localhost": the same cookie goes to B.
			HttpResponse<String> onB = get(client, baseB + "/admin/brukere");
			assertThat(onB.statusCode()).isEqualTo(200);
			assertThat(onB.body()).contains("Administrator");

			HttpClient stranger = HttpClient.newHttpClient();
			assertThat(get(stranger, baseB + "/admin/brukere").statusCode()).isEqualTo(302);

			// Both instances have the agencies of the list's filter cached; one is added through A.
			assertThat(get(client, baseA + "/oppdrag").body()).doesNotContain("Tilsynsetaten for test");
			assertThat(get(client, baseB + "/oppdrag").body()).doesNotContain("Tilsynsetaten for test");
			Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
				.matcher(get(client, baseA + "/admin/organisasjon").body());
			assertThat(token.find()).isTrue();
			HttpResponse<String> lagtTil = client.send(HttpRequest.newBuilder(URI.create(baseA + "/admin/organisasjon/etat"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("navn=Tilsynsetaten+for+test&_csrf=" + token.group(1)))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(lagtTil.statusCode()).isEqualTo(302);
			assertThat(get(client, baseA + "/oppdrag").body()).as("at once on the instance that made the change")
				.contains("Tilsynsetaten for test");
			long frist = System.nanoTime() + Duration.ofSeconds(10).toNanos();
			while (!get(client, baseB + "/oppdrag").body().contains("Tilsynsetaten for test")) {
				assertThat(System.nanoTime()).as("on the other instance when its entry expires (2 s)").isLessThan(frist);
				Thread.sleep(200);
			}
		}
	}

	private static String base(ConfigurableApplicationContext app) {
		return "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
	}

	private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
		return client.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
	}
}
