package no.hod.styringsregister.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import no.hod.styringsregister.StyringsregisterApplication;
import no.hod.styringsregister.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances on one database, as behind a load balancer: a user signed in through A is signed in on B, requests of
 * one session may arrive at both at once, a change made through A reaches B's cached lists when they expire, and
 * failed logins from one client count on both.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private ConfigurableApplicationContext a;

	private ConfigurableApplicationContext b;

	private String baseA;

	private String baseB;

	@BeforeAll
	void start() {
		TestDatabase.Database database = TestDatabase.createDatabase();
		String[] args = { "--server.port=0", "--spring.datasource.url=" + database.url(),
				"--spring.datasource.username=" + database.user(), "--spring.datasource.password=" + database.password(),
				"--styringsregister.demo=false", "--styringsregister.admin.password=et-langt-passord",
				"--styringsregister.mellomlager.levetid=2s" };
		a = new SpringApplication(StyringsregisterApplication.class).run(args);
		b = new SpringApplication(StyringsregisterApplication.class).run(args);
		baseA = base(a);
		baseB = base(b);
		assertThat(baseA).isNotEqualTo(baseB);
	}

	@AfterAll
	void stop() {
		if (b != null) {
			b.close();
		}
		if (a != null) {
			a.close();
		}
	}

	@Test
	void aSessionStartedOnOneInstanceIsValidOnTheOther() throws Exception {
		HttpClient client = signedInOnA();
		// Cookies are kept per host, and both instances are "localhost": the same cookie goes to B.
		HttpResponse<String> onB = get(client, baseB + "/admin/brukere");
		assertThat(onB.statusCode()).isEqualTo(200);
		assertThat(onB.body()).contains("Administrator");

		HttpClient stranger = HttpClient.newHttpClient();
		assertThat(get(stranger, baseB + "/admin/brukere").statusCode()).isEqualTo(302);
	}

	@Test
	void theFirstRequestsOfASessionMayArriveAtOnce() throws Exception {
		// Just signed in, nothing stored in the session yet but the sign-in: eight pages at once, on both instances,
		// each with a form that stores the session's CSRF token (two tabs, a browser restoring its tabs). The token's
		// row was inserted by each, and all but one failed on the duplicate key (500).
		HttpClient client = signedInOnA();
		CyclicBarrier start = new CyclicBarrier(8);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<Integer>> svar = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				String base = i % 2 == 0 ? baseA : baseB;
				svar.add(pool.submit(() -> {
					start.await(10, TimeUnit.SECONDS);
					return get(client, base + "/oppdrag").statusCode();
				}));
			}
			for (Future<Integer> s : svar) {
				assertThat(s.get(30, TimeUnit.SECONDS)).isEqualTo(200);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aChangeThroughOneInstanceReachesTheOtherWhenItsCacheExpires() throws Exception {
		HttpClient client = signedInOnA();
		// Both instances have the agencies of the list's filter cached; one is added through A.
		assertThat(get(client, baseA + "/oppdrag").body()).doesNotContain("Tilsynsetaten for test");
		assertThat(get(client, baseB + "/oppdrag").body()).doesNotContain("Tilsynsetaten for test");
		Matcher token = CSRF.matcher(get(client, baseA + "/admin/organisasjon").body());
		assertThat(token.find()).isTrue();
		assertThat(post(client, baseA + "/admin/organisasjon/etat", "navn=Tilsynsetaten+for+test&_csrf=" + token.group(1))
			.statusCode()).isEqualTo(302);
		assertThat(get(client, baseA + "/oppdrag").body()).as("at once on the instance that made the change")
			.contains("Tilsynsetaten for test");
		long frist = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (!get(client, baseB + "/oppdrag").body().contains("Tilsynsetaten for test")) {
			assertThat(System.nanoTime()).as("on the other instance when its entry expires (2 s)").isLessThan(frist);
			Thread.sleep(200);
		}
	}

	@Test
	void failedLoginsFromOneClientCountOnEveryInstance() throws Exception {
		// Behind the proxy (a local address, so trusted): the client's address is the one it forwards.
		String klient = "203.0.113.7";
		for (int i = 0; i < 20; i++) {
			assertThat(login(i % 2 == 0 ? baseA : baseB, klient, "ukjent-" + i, "feil-passord")).endsWith("/login?feil");
		}
		// Twenty failures, half through each instance: the address is locked on both, even for the right password.
		assertThat(login(baseA, klient, "admin", "et-langt-passord")).endsWith("/login?sperret-adresse");
		assertThat(login(baseB, klient, "admin", "et-langt-passord")).endsWith("/login?sperret-adresse");
		// Another client is not, and the account is not locked.
		assertThat(login(baseB, "203.0.113.8", "admin", "et-langt-passord")).doesNotContain("/login");
	}

	/** Signs in from the forwarded client address; where the answer sends the browser. */
	private static String login(String base, String klient, String brukernavn, String passord) throws Exception {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		Matcher csrf = CSRF.matcher(get(client, base + "/login").body());
		assertThat(csrf.find()).isTrue();
		HttpResponse<String> svar = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Forwarded-For", klient)
			.POST(HttpRequest.BodyPublishers.ofString("username=" + brukernavn + "&password=" + passord + "&_csrf="
					+ csrf.group(1)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(svar.statusCode()).isEqualTo(302);
		return svar.headers().firstValue("Location").orElseThrow();
	}

	/** A client with the admin's new session, signed in through A; nothing after the sign-in's redirect is fetched. */
	private HttpClient signedInOnA() throws Exception {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		Matcher csrf = CSRF.matcher(get(client, baseA + "/login").body());
		assertThat(csrf.find()).isTrue();
		assertThat(post(client, baseA + "/login", "username=admin&password=et-langt-passord&_csrf=" + csrf.group(1))
			.statusCode()).isEqualTo(302);
		return client;
	}

	private static HttpResponse<String> post(HttpClient client, String url, String form) throws Exception {
		return client.send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String base(ConfigurableApplicationContext app) {
		return "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
	}

	private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
		return client.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
	}
}
