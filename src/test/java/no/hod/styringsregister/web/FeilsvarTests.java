package no.hod.styringsregister.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
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

	@Test
	void anUploadOverTheLimitNamesTheLimitAndLinksBackToTheFormItCameFrom() throws Exception {
		HttpClient klient = innlogget();
		Matcher csrf = CSRF.matcher(hent(klient, "/instrukser/import", "text/html").body());
		assertThat(csrf.find()).isTrue();
		String skjema = "http://localhost:" + port + "/instrukser/import?fra=meny";

		HttpResponse<String> side = lastOpp(klient, csrf.group(1), skjema, "text/html");
		assertThat(side.statusCode()).isEqualTo(413);
		assertThat(side.body()).contains("Filen er for stor").contains("større enn 20 MB")
			.contains("href=\"/instrukser/import?fra=meny\">Tilbake til siden du kom fra</a>")
			.doesNotContain("Til forsiden</a>").doesNotContain("Exception");

		// another site's page is no way back: the front page instead
		HttpResponse<String> fremmed = lastOpp(klient, csrf.group(1), "https://annet.example/instrukser/import",
				"text/html");
		assertThat(fremmed.statusCode()).isEqualTo(413);
		assertThat(fremmed.body()).contains("større enn 20 MB").contains("href=\"/\">Til forsiden</a>")
			.doesNotContain("Tilbake til siden du kom fra");

		HttpResponse<String> json = lastOpp(klient, csrf.group(1), skjema, "application/json");
		assertThat(json.statusCode()).isEqualTo(413);
		assertThat(json.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/json"));
		assertThat(json.body()).isEqualTo("{\"error\":\"Filen er for stor. Registeret tar imot filer på inntil 20 MB.\"}");
	}

	/** Posts a file one byte over the configured 20 MB to the instruction import, as the form does. */
	private HttpResponse<String> lastOpp(HttpClient klient, String csrf, String referer, String accept)
			throws Exception {
		String grense = "----grense" + System.nanoTime();
		byte[] start = ("--" + grense + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n--"
				+ grense + "\r\nContent-Disposition: form-data; name=\"fil\"; filename=\"stor.txt\"\r\n"
				+ "Content-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] slutt = ("\r\n--" + grense + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] fil = new byte[20 * 1024 * 1024 + 1];
		Arrays.fill(fil, (byte) 'a');
		return klient.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/instrukser/import"))
			.header("Content-Type", "multipart/form-data; boundary=" + grense)
			.header("X-CSRF-TOKEN", csrf)
			.header("Referer", referer)
			.header("Accept", accept)
			.POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(start, fil, slutt)))
			.build(), HttpResponse.BodyHandlers.ofString());
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
