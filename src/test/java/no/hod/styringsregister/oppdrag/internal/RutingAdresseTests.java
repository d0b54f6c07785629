package no.hod.styringsregister.oppdrag.internal;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.hod.styringsregister.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The list's routing form sends the list's query back, for the way back to it. Through the real server, whose limit
 * on a redirect's headers MockMvc does not have: a query over about 8 KB gave a blank 500 there. Now the longest the
 * form takes still returns to the list, and a longer one is refused in Norwegian.
 */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class RutingAdresseTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Test
	void theLongestListQueryStillLeadsBackAndALongerOneIsRefusedWithAPage() throws Exception {
		HttpClient klient = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String innlogging = hent(klient, "/login").body();
		HttpResponse<String> innlogget = post(klient, "/login", "username=admin&password="
				+ IntegrationTest.ADMIN_PASSWORD + "&_csrf=" + csrf(innlogging));
		assertThat(innlogget.statusCode()).isEqualTo(302);
		String token = csrf(hent(klient, "/oppdrag").body());

		String start = "year=2025&q=";
		String lengst = start + "a".repeat(OppdragController.MAKS_SPORRING - start.length());
		HttpResponse<String> tilbake = ruting(klient, token, lengst);
		assertThat(tilbake.statusCode()).isEqualTo(302);
		assertThat(tilbake.headers().firstValue("Location")).hasValueSatisfying(
				adresse -> assertThat(adresse).endsWith("/oppdrag?" + lengst));

		String forLang = start + "a".repeat(9_000);
		HttpResponse<String> avvist = ruting(klient, token, forLang);
		assertThat(avvist.statusCode()).isEqualTo(400);
		assertThat(avvist.body()).contains("Adressen til listen du kom fra er for lang (" + forLang.length()
				+ " tegn, høyst " + OppdragController.MAKS_SPORRING + "). Ingen oppdrag er rutet.")
			.contains("<a href=\"/oppdrag\"");
	}

	/** The routing form with nothing ticked, as the list sends it. */
	private HttpResponse<String> ruting(HttpClient klient, String token, String sporring) throws Exception {
		return post(klient, "/oppdrag/ruting", "divisjon=&sporring=" + URLEncoder.encode(sporring, StandardCharsets.UTF_8)
				+ "&_csrf=" + token);
	}

	private static String csrf(String side) {
		Matcher csrf = CSRF.matcher(side);
		assertThat(csrf.find()).isTrue();
		return csrf.group(1);
	}

	private HttpResponse<String> hent(HttpClient klient, String sti) throws Exception {
		return klient.send(HttpRequest.newBuilder(adresse(sti)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(HttpClient klient, String sti, String skjema) throws Exception {
		return klient.send(HttpRequest.newBuilder(adresse(sti)).header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(skjema)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI adresse(String sti) {
		return URI.create("http://localhost:" + port + sti);
	}
}
