package no.hod.styringsregister.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import no.hod.styringsregister.StyringsregisterApplication;
import no.hod.styringsregister.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/** Two instances on one database, as behind a load balancer: a user signed in through A is signed in on B. */
class TwoInstancesTests {

	@Test
	void aSessionStartedOnOneInstanceIsValidOnTheOther() throws Exception {
		TestDatabase.Database database = TestDatabase.createDatabase();
		String[] args = { "--server.port=0", "--spring.datasource.url=" + database.url(),
				"--spring.datasource.username=" + database.user(), "--spring.datasource.password=" + database.password(),
				"--styringsregister.demo=false", "--styringsregister.admin.password=et-langt-passord" };
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
