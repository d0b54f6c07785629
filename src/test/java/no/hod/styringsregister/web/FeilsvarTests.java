package no.hod.styringsregister.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.hod.styringsregister.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Error answers through the real server's error handling (MockMvc renders no error pages): Norwegian for a page and
 * for the API alike, never the HTTP reason phrase, a message or a stack trace.
 */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class FeilsvarTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Test
	void anUnknownAddressAndAParameterWithNulAreAnsweredInNorwegian() throws Exception {
		HttpClient klient = innlogget();

		HttpResponse<String> api = hent(klient, "/api/finnes-ikke", "application/json");
		assertThat(api.statusCode()).isEqualTo(404);
		assertThat(api.body()).contains("\"error\":\"Fant ikke siden\"").doesNotContain("Not Found")
			.doesNotContain("Exception");

		HttpResponse<String> side = hent(klient, "/oppdrag?q=a%00b", "text/html");
		assertThat(side.statusCode()).isEqualTo(400);
		assertThat(side.body()).contains("Ugyldig forespørsel").doesNotContain("Exception");
	}

	private HttpClient innlogget() throws Exception {
		HttpClient klient = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		Matcher csrf = CSRF.matcher(hent(klient, "/login", "text/html").body());
		assertThat(csrf.find()).isTrue();
		HttpResponse<String> svar = klient.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + IntegrationTest.ADMIN_PASSWORD
					+ "&_csrf=" + csrf.group(1)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(svar.statusCode()).isEqualTo(302);
		return klient;
	}

	private HttpResponse<String> hent(HttpClient klient, String sti, String accept) throws Exception {
		return klient.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + sti)).header("Accept", accept)
			.build(), HttpResponse.BodyHandlers.ofString());
	}
}
