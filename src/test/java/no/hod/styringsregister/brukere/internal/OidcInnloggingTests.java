package no.hod.styringsregister.brukere.internal;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-on end to end against a real OpenID Connect provider (NAV's mock-oauth2-server, started here): a client that
 * follows redirects and keeps cookies walks login page, provider, callback, as a browser does. The register takes the
 * user name from a configured claim ({@code hod_brukernavn}, not the default), and password login is switched off.
 */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {
		"spring.security.oauth2.client.registration.testidp.client-id=styringsregister",
		"spring.security.oauth2.client.registration.testidp.client-secret=hemmelig",
		"spring.security.oauth2.client.registration.testidp.client-name=Testinnlogging",
		"spring.security.oauth2.client.registration.testidp.scope=openid,profile,email",
		"styringsregister.oidc.brukernavn-claim=hod_brukernavn",
		"styringsregister.login.passord-innlogging=false" })
class OidcInnloggingTests {

	private static final String ISSUER_ID = "hod";

	private static final String VENTER = "Du er logget inn, men har ikke fått tilgang ennå. En administrator må gi deg "
			+ "en rolle.";

	private static final MockOAuth2Server IDP = startIdp();

	private static MockOAuth2Server startIdp() {
		MockOAuth2Server server = new MockOAuth2Server();
		server.start();
		return server;
	}

	@DynamicPropertySource
	static void idp(DynamicPropertyRegistry registry) {
		registry.add("spring.security.oauth2.client.provider.testidp.issuer-uri",
				() -> IDP.issuerUrl(ISSUER_ID).toString());
	}

	@AfterAll
	static void stopIdp() {
		IDP.shutdown();
	}

	@LocalServerPort
	int port;

	@Autowired
	BrukerService brukere;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OidcBrukere oidcBrukere;

	@Test
	void theLoginPageOffersTheProviderAndNoPasswordForm() throws Exception {
		HttpResponse<String> login = get(browser(), "/login");
		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.body()).contains("Logg inn med Testinnlogging").contains("/oauth2/authorization/testidp")
			.doesNotContain("name=\"password\"");
	}

	@Test
	void aNewUserIsCreatedWithoutARoleWaitsAndGetsInOnceAnAdminGrantsOne() throws Exception {
		HttpClient kari = browser();
		Map<String, Object> claims = Map.of("hod_brukernavn", "kari.nordmann", "preferred_username", "ikke.dette",
				"name", "Kari Nordmann", "email", "kari@hod.test", "roles", List.of("ADMIN"));
		HttpResponse<String> landed = signOn(kari, "sub-kari", claims);

		assertThat(landed.uri().getPath()).isEqualTo("/venter");
		assertThat(landed.statusCode()).isEqualTo(200);
		assertThat(landed.body()).contains(VENTER).contains("kari.nordmann");
		Map<String, Object> row = jdbc.sql("SELECT * FROM bruker WHERE brukernavn = 'kari.nordmann'").query().singleRow();
		assertThat(row.get("rolle")).isNull();
		assertThat(row.get("passord_hash")).isNull();
		assertThat(row.get("navn")).isEqualTo("Kari Nordmann");
		assertThat(row.get("epost")).isEqualTo("kari@hod.test");
		assertThat(row.get("oidc_subject")).isEqualTo("sub-kari");
		assertThat(row.get("oidc_issuer")).isEqualTo(IDP.issuerUrl(ISSUER_ID).toString());
		assertThat(count("ikke.dette")).as("the default claim is not used when another is configured").isZero();

		// Refused everywhere else, with the reason; the token's "roles" claim counts for nothing.
		HttpResponse<String> oppdrag = get(kari, "/oppdrag");
		assertThat(oppdrag.statusCode()).isEqualTo(403);
		assertThat(oppdrag.body()).contains(VENTER);
		HttpResponse<String> api = send(kari, HttpRequest.newBuilder(url("/api/oppdrag"))
			.header("Accept", "application/json"));
		assertThat(api.statusCode()).isEqualTo(403);
		assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
		assertThat(api.body()).contains("\"error\"").contains(VENTER);
		assertThat(get(kari, "/admin/brukere").statusCode()).isEqualTo(403);

		// The admin (matched by user name on first sign-on) sees her waiting and grants a role in the user form.
		HttpClient admin = browser();
		assertThat(signOn(admin, "sub-admin", Map.of("hod_brukernavn", "admin", "name", "Admin")).uri().getPath())
			.isEqualTo("/");
		HttpResponse<String> list = get(admin, "/admin/brukere");
		assertThat(list.body()).contains("kari.nordmann").contains("Venter på rolle").contains("venter på en rolle");
		long id = ((Number) row.get("id")).longValue();
		HttpResponse<String> form = get(admin, "/admin/brukere/" + id);
		assertThat(form.body()).contains("Velg rolle").contains("Brukeren logger inn gjennom innloggingstjenesten");
		HttpResponse<String> saved = postForm(admin, "/admin/brukere/" + id, Map.of("_csrf", csrf(form.body()),
				"versjon", skjult(form.body(), "versjon"),
				"navn", "Kari Nordmann", "epost", "kari@hod.test", "rolle", "HOD_SAKSBEHANDLER", "aktiv", "true"));
		assertThat(saved.uri().getPath()).isEqualTo("/admin/brukere");
		assertThat(saved.body()).contains("Endringene for «kari.nordmann» er lagret.");
		assertThat(jdbc.sql("SELECT rolle FROM bruker WHERE id = ?").param(id).query(String.class).single())
			.isEqualTo("HOD_SAKSBEHANDLER");

		// The same session gets in without signing in again: the refused request takes the new role along.
		HttpResponse<String> nowIn = get(kari, "/oppdrag");
		assertThat(nowIn.statusCode()).isEqualTo(200);
		assertThat(nowIn.uri().getPath()).isEqualTo("/oppdrag");
		assertThat(send(kari, HttpRequest.newBuilder(url("/api/oppdrag")).header("Accept", "application/json"))
			.statusCode()).isEqualTo(200);
		assertThat(get(kari, "/admin/brukere").statusCode()).as("the register's role, not the token's").isEqualTo(403);

		// And a new sign-on lands on the start page as the same user, with the role.
		HttpClient again = browser();
		HttpResponse<String> start = signOn(again, "sub-kari", claims);
		assertThat(start.uri().getPath()).isEqualTo("/");
		assertThat(start.statusCode()).isEqualTo(200);
		assertThat(start.body()).contains("Kari Nordmann").contains("Saksbehandler i HOD");
		assertThat(get(again, "/oppdrag").statusCode()).isEqualTo(200);
		assertThat(count("kari.nordmann")).isEqualTo(1);
	}

	@Test
	void aUserTheAdminCreatedIsMatchedByNameThenKeptByIdentity() throws Exception {
		brukere.create(new NyBruker("per.hansen", "Per Hansen", "et-langt-passord", Rolle.HOD_SAKSBEHANDLER, null,
				false, null));

		HttpClient per = browser();
		HttpResponse<String> start = signOn(per, "sub-per", Map.of("hod_brukernavn", "Per.Hansen", "name", "P. H."));
		assertThat(start.uri().getPath()).isEqualTo("/");
		assertThat(start.statusCode()).isEqualTo(200);
		assertThat(start.body()).contains("Per Hansen");
		assertThat(get(per, "/oppdrag").statusCode()).isEqualTo(200);
		assertThat(count("per.hansen")).isEqualTo(1);
		assertThat(jdbc.sql("SELECT oidc_subject FROM bruker WHERE brukernavn = 'per.hansen'").query(String.class)
			.single()).isEqualTo("sub-per");

		// A new name at the provider: still the same user in the register, no second one.
		HttpClient renamed = browser();
		HttpResponse<String> again = signOn(renamed, "sub-per", Map.of("hod_brukernavn", "per.hansen2"));
		assertThat(again.uri().getPath()).isEqualTo("/");
		assertThat(again.body()).contains("Per Hansen");
		assertThat(count("per.hansen2")).isZero();

		// Someone else at the provider who now carries the name does not get Per's access.
		HttpClient other = browser();
		HttpResponse<String> refused = signOn(other, "sub-noen-andre", Map.of("hod_brukernavn", "per.hansen"));
		assertThat(refused.uri().getPath()).isEqualTo("/login");
		assertThat(refused.uri().getQuery()).isEqualTo("oidc-annen-identitet");
		assertThat(refused.body()).contains("allerede knyttet til en annen identitet");
		assertThat(get(other, "/oppdrag").uri().getPath()).isEqualTo("/login");
	}

	@Test
	void aDeactivatedUserIsRefused() throws Exception {
		brukere.create(new NyBruker("ola.deaktivert", "Ola", "et-langt-passord", Rolle.HOD_SAKSBEHANDLER, null, false,
				null));
		assertThat(signOn(browser(), "sub-ola", Map.of("hod_brukernavn", "ola.deaktivert")).uri().getPath())
			.isEqualTo("/");
		jdbc.sql("UPDATE bruker SET aktiv = false WHERE brukernavn = 'ola.deaktivert'").update();

		HttpClient ola = browser();
		HttpResponse<String> refused = signOn(ola, "sub-ola", Map.of("hod_brukernavn", "ola.deaktivert"));
		assertThat(refused.uri().getPath()).isEqualTo("/login");
		assertThat(refused.uri().getQuery()).isEqualTo("deaktivert");
		assertThat(refused.body()).contains("Brukeren din er deaktivert");
		assertThat(get(ola, "/oppdrag").uri().getPath()).isEqualTo("/login");

		// Deactivated before the first sign-on: refused too, and not tied to the identity.
		brukere.create(new NyBruker("lise.deaktivert", "Lise", "et-langt-passord", Rolle.HOD_SAKSBEHANDLER, null,
				false, null));
		jdbc.sql("UPDATE bruker SET aktiv = false WHERE brukernavn = 'lise.deaktivert'").update();
		assertThat(signOn(browser(), "sub-lise", Map.of("hod_brukernavn", "lise.deaktivert")).uri().getQuery())
			.isEqualTo("deaktivert");
		assertThat(jdbc.sql("SELECT count(*) FROM bruker WHERE oidc_subject = 'sub-lise'").query(Long.class).single())
			.isZero();
	}

	@Test
	void aTokenWithoutTheUserNameClaimIsRefused() throws Exception {
		HttpResponse<String> refused = signOn(browser(), "sub-uten-navn",
				Map.of("preferred_username", "har.bare.standard"));
		assertThat(refused.uri().getQuery()).isEqualTo("oidc-brukernavn");
		assertThat(refused.body()).contains("sendte ikke et brukernavn");
		assertThat(count("har.bare.standard")).isZero();
	}

	/** The provider issues the next token with these claims; then the button on the login page is followed. */
	@Test
	void loggingOutEndsTheSessionHereAndAtTheProvider() throws Exception {
		brukere.create(new NyBruker("lise.logg", "Lise", "et-langt-passord", Rolle.HOD_SAKSBEHANDLER, null, false,
				null));
		HttpClient lise = browser();
		HttpResponse<String> start = signOn(lise, "sub-lise-logg", Map.of("hod_brukernavn", "lise.logg"));
		assertThat(start.uri().getPath()).isEqualTo("/");

		HttpResponse<String> ut = postForm(lise, "/logout", Map.of("_csrf", csrf(start.body())));

		assertThat(ut.uri().getPath()).isEqualTo("/login");
		assertThat(ut.uri().getQuery()).isEqualTo("utlogget");
		// On the way: the provider's end-session address, with the sign-on's id token and the way back.
		URI endSession = URI.create(IDP.endSessionEndpointUrl(ISSUER_ID).toString());
		List<URI> veien = new ArrayList<>();
		for (HttpResponse<String> svar = ut; svar != null; svar = svar.previousResponse().orElse(null)) {
			veien.add(svar.uri());
		}
		URI hosLeverandor = veien.stream().filter(uri -> uri.getPath().equals(endSession.getPath())).findFirst()
			.orElseThrow(() -> new AssertionError("not signed out at the provider: " + veien));
		assertThat(hosLeverandor.getQuery()).contains("id_token_hint=")
			.contains("post_logout_redirect_uri=" + url("/login?utlogget"));
		assertThat(get(lise, "/oppdrag").uri().getPath()).isEqualTo("/login");
	}

	@Test
	void twoFirstSignOnsOfOnePersonAtOnceEndAsOneUser() throws Exception {
		brukere.create(new NyBruker("eva.samtidig", "Eva", "et-langt-passord", Rolle.HOD_SAKSBEHANDLER, null, false,
				null));
		// Rounds, as the two must meet in the database to race: new people (both insert) and one the admin created
		// beforehand (both tie the identity to the same row).
		List<String> navn = List.of("ny.samtidig-1", "ny.samtidig-2", "ny.samtidig-3", "ny.samtidig-4", "eva.samtidig");
		ExecutorService tabs = Executors.newFixedThreadPool(2);
		try {
			for (String brukernavn : navn) {
				OidcUser person = oidcUser("sub-" + brukernavn, brukernavn);
				CyclicBarrier start = new CyclicBarrier(2);
				Callable<Long> tab = () -> {
					start.await();
					return oidcBrukere.logInn(person).getId();
				};
				Future<Long> first = tabs.submit(tab);
				Future<Long> second = tabs.submit(tab);
				assertThat(first.get(30, TimeUnit.SECONDS)).as(brukernavn).isEqualTo(second.get(30, TimeUnit.SECONDS));
				assertThat(count(brukernavn)).as(brukernavn).isEqualTo(1);
				assertThat(jdbc.sql("SELECT oidc_subject FROM bruker WHERE brukernavn = ?").param(brukernavn)
					.query(String.class).single()).isEqualTo("sub-" + brukernavn);
			}
		}
		finally {
			tabs.shutdownNow();
		}
	}

	private static OidcUser oidcUser(String subject, String brukernavn) {
		Instant now = Instant.now();
		OidcIdToken token = new OidcIdToken("token", now, now.plusSeconds(300),
				Map.of("iss", "https://idp.example/hod", "sub", subject, "hod_brukernavn", brukernavn));
		return new DefaultOidcUser(List.of(), token);
	}

	private HttpResponse<String> signOn(HttpClient browser, String subject, Map<String, Object> claims)
			throws Exception {
		IDP.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", List.of("styringsregister"),
				claims, 3600));
		HttpResponse<String> login = get(browser, "/login");
		Matcher button = Pattern.compile("href=\"(/oauth2/authorization/[^\"]+)\"").matcher(login.body());
		assertThat(button.find()).as("a sign-on button on the login page").isTrue();
		return get(browser, button.group(1));
	}

	private long count(String brukernavn) {
		return jdbc.sql("SELECT count(*) FROM bruker WHERE lower(brukernavn) = lower(?)").param(brukernavn)
			.query(Long.class).single();
	}

	private static HttpClient browser() {
		return HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
	}

	private URI url(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private HttpResponse<String> get(HttpClient browser, String path) throws IOException, InterruptedException {
		return send(browser, HttpRequest.newBuilder(url(path)).header("Accept", "text/html"));
	}

	private HttpResponse<String> postForm(HttpClient browser, String path, Map<String, String> fields)
			throws IOException, InterruptedException {
		String body = new LinkedHashMap<>(fields).entrySet().stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(browser, HttpRequest.newBuilder(url(path)).header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private static HttpResponse<String> send(HttpClient browser, HttpRequest.Builder request)
			throws IOException, InterruptedException {
		return browser.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** A hidden field's value in the page, as the browser sends it back. */
	private static String skjult(String page, String name) {
		Matcher felt = Pattern.compile("type=\"hidden\" name=\"" + name + "\" value=\"([^\"]*)\"").matcher(page);
		assertThat(felt.find()).as(name).isTrue();
		return felt.group(1);
	}

	private static String csrf(String page) {
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(token.find()).as("a CSRF token in the form").isTrue();
		return token.group(1);
	}
}
