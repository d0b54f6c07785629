package no.hod.styringsregister.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.brukere.Rolle;
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

	@Autowired
	BrukerService brukere;

	@Autowired
	JdbcClient jdbc;

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

		// As a browser sends the form: the token only in the form's body, which the server cannot read past the limit.
		HttpResponse<String> nettleser = lastOpp(klient, csrf.group(1), skjema, "text/html", false);
		assertThat(nettleser.statusCode()).isEqualTo(413);
		assertThat(nettleser.body()).contains("større enn 20 MB")
			.contains("href=\"/instrukser/import?fra=meny\">Tilbake til siden du kom fra</a>")
			.doesNotContain("Til forsiden</a>");

		HttpResponse<String> json = lastOpp(klient, csrf.group(1), skjema, "application/json");
		assertThat(json.statusCode()).isEqualTo(413);
		assertThat(json.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/json"));
		assertThat(json.body()).isEqualTo("{\"error\":\"Filen er for stor. Registeret tar imot filer på inntil 20 MB.\"}");
	}

	/**
	 * Tomcat reads a part's header, which carries the file's name, up to a limit: a name over it is refused as such,
	 * not as a file too large, on the page (the token in a header or only in the form) and in the API, whichever
	 * module's upload it is. A name of 255 characters, the longest a file system gives, is taken.
	 */
	@Test
	void anUploadWithAFileNameLongerThanTheServerReadsSaysTheNameIsTooLong() throws Exception {
		HttpClient klient = innlogget();
		Matcher csrf = CSRF.matcher(hent(klient, "/instrukser/import", "text/html").body());
		assertThat(csrf.find()).isTrue();
		String skjema = "http://localhost:" + port + "/instrukser/import?fra=meny";
		String langt = "navn".repeat(500) + ".txt";

		for (boolean header : new boolean[] { true, false }) {
			HttpResponse<String> side = lastOpp(klient, "/instrukser/import", "fil", langt, new byte[22], csrf.group(1),
					skjema, "text/html", header);
			assertThat(side.statusCode()).as("token i header: %s", header).isEqualTo(413);
			assertThat(side.body()).as("token i header: %s", header).contains("<h1>Filnavnet er for langt</h1>")
				.contains("Navnet på filen du lastet opp er lengre enn registeret tar imot.")
				.contains("Gi filen et kortere navn og last den opp på nytt.")
				.contains("href=\"/instrukser/import?fra=meny\">Tilbake til siden du kom fra</a>")
				.doesNotContain("Filen er for stor").doesNotContain("større enn 20 MB");
		}
		// A script that sends the token in the form, as a browser does: the error answer says it too.
		HttpResponse<String> skript = lastOpp(klient, "/instrukser/import", "fil", langt, new byte[22], csrf.group(1),
				skjema, "application/json", false);
		assertThat(skript.statusCode()).isEqualTo(413);
		assertThat(skript.body()).contains("\"error\":\"Filnavnet er for langt. Gi filen et kortere navn og send den på "
				+ "nytt.\"");
		for (String api : new String[] { "/api/instrukser/preview", "/api/tildelingsbrev/preview" }) {
			HttpResponse<String> json = lastOpp(klient, api, "file", langt, new byte[22], csrf.group(1), skjema,
					"application/json", true);
			assertThat(json.statusCode()).as(api).isEqualTo(413);
			assertThat(json.body()).as(api)
				.isEqualTo("{\"error\":\"Filnavnet er for langt. Gi filen et kortere navn og send den på nytt.\"}");
		}

		// Two bytes a letter: over Tomcat's own 512 bytes, and read.
		String norsk = "æøå".repeat(84) + ".txt";
		HttpResponse<String> lest = lastOpp(klient, "/api/instrukser/preview", "file", norsk,
				"Ikke en instruks".getBytes(StandardCharsets.UTF_8), csrf.group(1), skjema, "application/json", true);
		assertThat(lest.statusCode()).isEqualTo(400);
		assertThat(lest.body()).contains("\"error\":").doesNotContain("Filnavnet").doesNotContain("for stor");
	}

	/** A 400 leads back to the page the refused form was on, as the 403 and 413 pages do; never to another site. */
	@Test
	void aRefusedFormLeadsBackToThePageItCameFrom() throws Exception {
		HttpClient klient = innlogget();
		Matcher csrf = CSRF.matcher(hent(klient, "/oppdrag/TB2025-1", "text/html").body());
		assertThat(csrf.find()).isTrue();
		for (String[] fraTil : new String[][] {
				{ "http://localhost:" + port + "/oppdrag/TB2025-1?fane=status", "/oppdrag/TB2025-1?fane=status" },
				{ "https://annet.example/oppdrag/TB2025-1", null } }) {
			// A NUL character in a field: refused before the form is read (NulTegnFilter).
			HttpResponse<String> side = klient.send(HttpRequest.newBuilder(adresse("/oppdrag/TB2025-1/status"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Referer", fraTil[0])
				.header("Accept", "text/html")
				.POST(HttpRequest.BodyPublishers.ofString("status=PAAGAAR%00&_csrf=" + csrf.group(1)))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(side.statusCode()).as(fraTil[0]).isEqualTo(400);
			assertThat(side.body()).as(fraTil[0]).contains("<h1>Ugyldig forespørsel</h1>");
			if (fraTil[1] == null) {
				assertThat(side.body()).contains("href=\"/\">Til forsiden</a>").doesNotContain("Tilbake til siden");
			}
			else {
				assertThat(side.body()).contains("href=\"" + fraTil[1] + "\">Tilbake til siden du kom fra</a>")
					.doesNotContain("Til forsiden</a>");
			}
		}
	}

	@Test
	void aFormRefusedForItsCsrfTokenSaysTheSessionRanOutAndTheLoginLeadsBackToTheFormsPageOnly() throws Exception {
		HttpClient klient = innlogget();
		String skjema = "http://localhost:" + port + "/oppdrag/TB2025-1?fane=status";

		// Signed in, but the form carries no token, or one that is not the session's (a form from before a sign-in).
		for (String token : new String[] { null, "ikke-sesjonens-token" }) {
			HttpResponse<String> side = send(klient, "/oppdrag/TB2025-1/status", token, skjema, "text/html");
			assertThat(side.statusCode()).as("token %s", token).isEqualTo(403);
			assertThat(side.body()).as("token %s", token).contains("Økten er utløpt eller skjemaet er utdatert")
				.contains("href=\"/login\">Logg inn på nytt</a>")
				.contains("href=\"/oppdrag/TB2025-1?fane=status\">Tilbake til siden du kom fra</a>")
				.doesNotContain("Kontakt en administrator").doesNotContain("Exception");
		}

		// The session ran out: the browser still sends its cookie and the form's token, the server knows neither. To
		// the login, and after it back to the form's page; never to another site's page the Referer names.
		CookieManager kaker = new CookieManager();
		HttpClient utlopt = innlogget(kaker, "admin", IntegrationTest.ADMIN_PASSWORD);
		for (String[] fraTil : new String[][] { { "https://annet.example/oppdrag/TB2025-1", "/" },
				{ "http://annet.example:" + port + "/oppdrag/TB2025-1", "/" }, { "//annet.example/x", "/" },
				{ "http://localhost:" + port + "/login?feil", "/" }, { skjema, "/oppdrag/TB2025-1?fane=status" } }) {
			Matcher csrf = CSRF.matcher(hent(utlopt, "/", "text/html").body());
			assertThat(csrf.find()).isTrue();
			String sesjon = kaker.getCookieStore().getCookies().stream().filter(k -> k.getName().equals("SESSION"))
				.findFirst().orElseThrow().getValue();
			assertThat(jdbc.sql("DELETE FROM spring_session WHERE session_id = ?")
				.param(new String(Base64.getDecoder().decode(sesjon), StandardCharsets.UTF_8)).update()).isEqualTo(1);
			HttpResponse<String> side = send(utlopt, "/oppdrag/TB2025-1/status", csrf.group(1), fraTil[0], "text/html");
			assertThat(side.statusCode()).as(fraTil[0]).isEqualTo(302);
			assertThat(side.headers().firstValue("Location")).as(fraTil[0]).hasValue(adresse("/login?utlopt").toString());
			assertThat(hent(utlopt, "/login?utlopt", "text/html").body()).contains("Økten din var utløpt, så det du "
					+ "sendte, er ikke lagret. Logg inn igjen, så kommer du tilbake til siden du var på.");
			assertThat(loggInn(utlopt, "admin", IntegrationTest.ADMIN_PASSWORD).headers().firstValue("Location"))
				.as(fraTil[0]).hasValue(adresse(fraTil[1]).toString());
		}

		// A script is told what to send, in the error answer's usual shape.
		for (String sti : new String[] { "/api/oppdrag/TB2025-1/status", "/oppdrag/TB2025-1/status" }) {
			HttpResponse<String> json = send(klient, sti, null, skjema, "application/json");
			assertThat(json.statusCode()).as(sti).isEqualTo(403);
			assertThat(json.headers().firstValue("Content-Type")).hasValueSatisfying(
					type -> assertThat(type).startsWith("application/json"));
			// The API in its documented shape, the error alone; another address in Spring's, with the status.
			assertThat(json.body()).as(sti).contains(sti.startsWith("/api/") ? "{\"error\":" : "\"status\":403")
				.contains("\"error\":\"CSRF-tokenet mangler eller er ugyldig. Send tokenet fra økten i headeren "
						+ "X-CSRF-TOKEN; er økten utløpt, logg inn på nytt og hent et nytt token.\"")
				.doesNotContain("Ingen tilgang");
		}
	}

	@Test
	void aRefusalThatIsNoCsrfFailureStillSaysNoAccess() throws Exception {
		brukere.create(new NyBruker("feilsvar-sb", "Feilsvar Sb", "et-langt-passord", Rolle.HOD_SAKSBEHANDLER, null, false,
				null));
		HttpResponse<String> side = hent(innlogget("feilsvar-sb", "et-langt-passord"), "/admin", "text/html");
		assertThat(side.statusCode()).isEqualTo(403);
		assertThat(side.body()).contains("Du har ikke tilgang til denne siden eller handlingen")
			.doesNotContain("Økten er utløpt");
	}

	@Test
	void anAddressOnlyAFormPostsToSaysSoWhenOpenedAndLinksBackToTheAssignment() throws Exception {
		HttpClient klient = innlogget();

		HttpResponse<String> side = hent(klient, "/oppdrag/TB2025-1/status", "text/html");
		assertThat(side.statusCode()).isEqualTo(405);
		assertThat(side.body()).contains("<h1>Adressen kan ikke åpnes direkte</h1>")
			.contains("brukes av et skjema i registeret").contains("href=\"/oppdrag/TB2025-1\">Til oppdraget</a>")
			.contains("href=\"/\">Til forsiden</a>").doesNotContain("Noe gikk galt");

		// Not under an assignment: the front page only.
		HttpResponse<String> passord = hent(klient, "/admin/brukere/1/passord", "text/html");
		assertThat(passord.statusCode()).isEqualTo(405);
		assertThat(passord.body()).contains("<h1>Adressen kan ikke åpnes direkte</h1>")
			.contains("href=\"/\">Til forsiden</a>").doesNotContain("Til oppdraget");

		HttpResponse<String> api = hent(klient, "/api/oppdrag/TB2025-1/status", "application/json");
		assertThat(api.statusCode()).isEqualTo(405);
		// The API names the method, not a page opened from a bookmark (ApiFeilsvarTests).
		assertThat(api.body()).isEqualTo("{\"error\":\"Metoden GET støttes ikke for denne adressen. Den støtter POST.\"}");
	}

	@Test
	void theImportFormsTargetsOpenedAsPagesLeadToTheirForms() throws Exception {
		HttpClient klient = innlogget();

		HttpResponse<String> brev = hent(klient, "/tildelingsbrev/import", "text/html");
		assertThat(brev.statusCode()).isEqualTo(302);
		assertThat(brev.headers().firstValue("Location")).hasValueSatisfying(
				sted -> assertThat(sted).endsWith("/tildelingsbrev"));

		// The other import forms answer at their own targets.
		for (String sti : new String[] { "/instrukser/import", "/admin/organisasjon/import" }) {
			HttpResponse<String> side = hent(klient, sti, "text/html");
			assertThat(side.statusCode()).as(sti).isEqualTo(200);
			assertThat(side.body()).as(sti).contains("enctype=\"multipart/form-data\"");
		}
	}

	@Test
	void anImportFormSentWithoutItsFileIsShownAgainSayingToChooseOne() throws Exception {
		HttpClient klient = innlogget();
		for (String sti : new String[] { "/instrukser/import", "/admin/organisasjon/import" }) {
			Matcher csrf = CSRF.matcher(hent(klient, sti, "text/html").body());
			assertThat(csrf.find()).isTrue();
			String token = csrf.group(1);
			String grense = "----grense" + System.nanoTime();
			List<HttpRequest.Builder> utenFil = List.of(
					// As a script or a form without enctype sends it.
					HttpRequest.newBuilder(adresse(sti)).header("Content-Type", "application/x-www-form-urlencoded")
						.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token + "&fil=abc&etatId=1")),
					// Multipart without the file's part.
					HttpRequest.newBuilder(adresse(sti)).header("Content-Type", "multipart/form-data; boundary=" + grense)
						.POST(HttpRequest.BodyPublishers.ofString("--" + grense
								+ "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n--" + grense
								+ "\r\nContent-Disposition: form-data; name=\"etatId\"\r\n\r\n1\r\n--" + grense + "--\r\n")),
					// As a browser sends the form when no file was chosen.
					HttpRequest.newBuilder(adresse(sti)).header("Content-Type", "multipart/form-data; boundary=" + grense)
						.POST(HttpRequest.BodyPublishers.ofString("--" + grense
								+ "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n--" + grense
								+ "\r\nContent-Disposition: form-data; name=\"etatId\"\r\n\r\n1\r\n--" + grense
								+ "\r\nContent-Disposition: form-data; name=\"fil\"; filename=\"\"\r\n"
								+ "Content-Type: application/octet-stream\r\n\r\n\r\n--" + grense + "--\r\n")));
			for (HttpRequest.Builder request : utenFil) {
				HttpResponse<String> side = klient.send(request.header("Accept", "text/html").build(),
						HttpResponse.BodyHandlers.ofString());
				assertThat(side.statusCode()).as(sti).isEqualTo(400);
				assertThat(side.body()).as(sti).contains("Velg en fil å laste opp.")
					.contains("action=\"" + sti + "\"").contains("enctype=\"multipart/form-data\"")
					.doesNotContain("Ugyldig forespørsel").doesNotContain("Noe gikk galt").doesNotContain("Exception");
			}
		}
	}

	@Test
	void anUnknownUserSaysSoAndLinksBackToTheUserList() throws Exception {
		HttpResponse<String> side = hent(innlogget(), "/admin/brukere/999999", "text/html");
		assertThat(side.statusCode()).isEqualTo(404);
		assertThat(side.body()).contains("<h1>Fant ikke brukeren</h1>").contains("Fant ingen bruker med id 999999.")
			.contains("href=\"/admin/brukere\">Tilbake til brukerne</a>").doesNotContain("Fant ikke siden");
	}

	/** Posts the status form as a browser does, with the given token in the form ({@code null}: none). */
	private HttpResponse<String> send(HttpClient klient, String sti, String token, String referer, String accept)
			throws Exception {
		return klient.send(HttpRequest.newBuilder(adresse(sti))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Referer", referer)
			.header("Accept", accept)
			.POST(HttpRequest.BodyPublishers.ofString("status=PAAGAAR" + (token == null ? "" : "&_csrf=" + token)))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Posts a file one byte over the configured 20 MB to the instruction import, as the form does. */
	private HttpResponse<String> lastOpp(HttpClient klient, String csrf, String referer, String accept)
			throws Exception {
		return lastOpp(klient, csrf, referer, accept, true);
	}

	/** As above; {@code header}: the token also in X-CSRF-TOKEN, as a script sends it, not only in the form's body. */
	private HttpResponse<String> lastOpp(HttpClient klient, String csrf, String referer, String accept, boolean header)
			throws Exception {
		byte[] fil = new byte[20 * 1024 * 1024 + 1];
		Arrays.fill(fil, (byte) 'a');
		return lastOpp(klient, "/instrukser/import", "fil", "stor.txt", fil, csrf, referer, accept, header);
	}

	/** Posts {@code fil} named {@code filnavn} in the field {@code felt} to {@code sti}, as a browser does. */
	private HttpResponse<String> lastOpp(HttpClient klient, String sti, String felt, String filnavn, byte[] fil,
			String csrf, String referer, String accept, boolean header) throws Exception {
		String grense = "----grense" + System.nanoTime();
		byte[] start = ("--" + grense + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n--"
				+ grense + "\r\nContent-Disposition: form-data; name=\"" + felt + "\"; filename=\"" + filnavn + "\"\r\n"
				+ "Content-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] slutt = ("\r\n--" + grense + "--\r\n").getBytes(StandardCharsets.UTF_8);
		HttpRequest.Builder request = HttpRequest.newBuilder(adresse(sti))
			.header("Content-Type", "multipart/form-data; boundary=" + grense)
			.header("Referer", referer)
			.header("Accept", accept)
			.POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(start, fil, slutt)));
		if (header) {
			request.header("X-CSRF-TOKEN", csrf);
		}
		return klient.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI adresse(String sti) {
		return URI.create("http://localhost:" + port + sti);
	}

	/**
	 * Behind the load balancer that ends TLS (README: running in production), addresses the register gives out are
	 * the public ones: the calendar subscription, redirects.
	 */
	@Test
	void behindAProxyTheAddressesGivenOutAreThePublicOnes() throws Exception {
		HttpClient klient = innlogget();
		HttpResponse<String> abonnement = klient.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
				+ "/api/rapporteringskalender/abonnement"))
			.header("Accept", "application/json")
			.header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-Host", "styringsregister.example")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(abonnement.statusCode()).isEqualTo(200);
		assertThat(abonnement.body()).contains("\"https://styringsregister.example/api/rapporteringskalender/ical/");

		HttpResponse<String> innlogging = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
				URI.create("http://localhost:" + port + "/oppdrag"))
			.header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-Host", "styringsregister.example")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(innlogging.statusCode()).isEqualTo(302);
		assertThat(innlogging.headers().firstValue("Location")).hasValueSatisfying(
				adresse -> assertThat(adresse).doesNotContain("localhost").doesNotStartWith("http:"));
	}

	private HttpClient innlogget() throws Exception {
		return innlogget("admin", IntegrationTest.ADMIN_PASSWORD);
	}

	private HttpClient innlogget(String brukernavn, String passord) throws Exception {
		return innlogget(new CookieManager(), brukernavn, passord);
	}

	private HttpClient innlogget(CookieManager kaker, String brukernavn, String passord) throws Exception {
		HttpClient klient = HttpClient.newBuilder().cookieHandler(kaker).build();
		assertThat(loggInn(klient, brukernavn, passord).statusCode()).isEqualTo(302);
		return klient;
	}

	private HttpResponse<String> loggInn(HttpClient klient, String brukernavn, String passord) throws Exception {
		Matcher csrf = CSRF.matcher(hent(klient, "/login", "text/html").body());
		assertThat(csrf.find()).isTrue();
		return klient.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + brukernavn + "&password=" + passord
					+ "&_csrf=" + csrf.group(1)))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> hent(HttpClient klient, String sti, String accept) throws Exception {
		return klient.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + sti)).header("Accept", accept)
			.build(), HttpResponse.BodyHandlers.ofString());
	}
}
