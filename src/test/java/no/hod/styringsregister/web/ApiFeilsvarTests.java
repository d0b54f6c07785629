package no.hod.styringsregister.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.testsupport.TestDocuments;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON API as a script meets it, through the real server (MockMvc renders no error dispatch and knows no
 * session cookie): signing in, the CSRF token, and every error answered as {@code {"error": "…"}} in Norwegian,
 * whatever the request's Accept header says.
 */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ApiFeilsvarTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String LETTER_2025 = TestDocuments.seed("tildelingsbrev-helsedirektoratet-2025.txt");

	/** What a script, a browser's address bar and a client that asks for something odd send. */
	private static final List<String> ACCEPT = List.of("text/html", "text/plain", "application/xml", "*/*",
			"application/json");

	@LocalServerPort
	int port;

	@Autowired
	MessageSource tekster;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aScriptSignsInWithoutReadingAPageGetsTheTokenAndUpdatesAStatus() throws Exception {
		HttpClient skript = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

		// Before signing in: a token for the login itself.
		JsonNode forInnlogging = json(hent(skript, "/api/csrf", "application/json"), 200);
		assertThat(forInnlogging.get("header").asString()).isEqualTo("X-CSRF-TOKEN");
		assertThat(forInnlogging.get("parameter").asString()).isEqualTo("_csrf");
		HttpResponse<String> innlogging = skript.send(HttpRequest.newBuilder(adresse("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-CSRF-TOKEN", forInnlogging.get("token").asString())
			.POST(HttpRequest.BodyPublishers.ofString("username=admin&password="
					+ URLEncoder.encode(IntegrationTest.ADMIN_PASSWORD, StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(innlogging.statusCode()).isEqualTo(302);
		assertThat(innlogging.headers().firstValue("Location")).hasValueSatisfying(
				sted -> assertThat(sted).doesNotContain("/login"));

		// Signing in gave the session a new token: the one from before is refused, the new one works.
		String gammelt = forInnlogging.get("token").asString();
		HttpResponse<String> medGammelt = lastOpp(skript, "/api/tildelingsbrev", gammelt, "brev.txt",
				LETTER_2025.getBytes(StandardCharsets.UTF_8));
		assertThat(json(medGammelt, 403).get("error").asString()).startsWith("CSRF-tokenet mangler eller er ugyldig");
		String token = json(hent(skript, "/api/csrf", "application/json"), 200).get("token").asString();
		json(lastOpp(skript, "/api/tildelingsbrev", token, "brev.txt", LETTER_2025.getBytes(StandardCharsets.UTF_8)),
				200);

		long versjon = json(hent(skript, "/api/oppdrag/TB2025-1", "application/json"), 200).get("version").asLong();
		String endring = "{\"status\": \"PAAGAAR\", \"note\": \"Fra skriptet\", \"version\": " + versjon + "}";

		// CSRF protection stays on for the cookie session: without the token, no change.
		HttpResponse<String> utenToken = skript.send(HttpRequest.newBuilder(adresse("/api/oppdrag/TB2025-1/status"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(endring))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(json(utenToken, 403).get("error").asString()).contains("X-CSRF-TOKEN");

		HttpResponse<String> oppdatert = skript.send(HttpRequest.newBuilder(adresse("/api/oppdrag/TB2025-1/status"))
			.header("Content-Type", "application/json")
			.header("X-CSRF-TOKEN", token)
			.POST(HttpRequest.BodyPublishers.ofString(endring))
			.build(), HttpResponse.BodyHandlers.ofString());
		JsonNode detalj = json(oppdatert, 200);
		assertThat(detalj.get("status").asString()).isEqualTo("PAAGAAR");
		assertThat(detalj.get("progressNote").asString()).isEqualTo("Fra skriptet");
	}

	@Test
	void withoutASessionTheApiAnswers401InJsonAndPagesStillGoToTheLogin() throws Exception {
		HttpClient anonym = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		for (String accept : ACCEPT) {
			for (String sti : new String[] { "/api/oppdrag", "/api/oppdrag/TB2025-1", "/api/finnes-ikke" }) {
				HttpResponse<String> svar = hent(anonym, sti, accept);
				// A 401 names how to authenticate (RFC 9110): here, by the login and its session cookie.
				assertThat(svar.headers().allValues("WWW-Authenticate")).as("%s %s", sti, accept)
					.containsExactly(
							"Cookie realm=\"Styringsregister\", form-action=\"/login\", cookie-name=\"SESSION\"");
				assertThat(json(svar, 401).get("error").asString()).as("%s %s", sti, accept)
					.startsWith("Logg inn først");
			}
		}

		HttpResponse<String> side = hent(anonym, "/oppdrag", "text/html");
		assertThat(side.statusCode()).isEqualTo(302);
		assertThat(side.headers().firstValue("Location")).hasValueSatisfying(
				sted -> assertThat(sted).endsWith("/login"));
	}

	/**
	 * A change is refused for its CSRF token before anyone asks who sent it; without a session that refusal would say
	 * «token» where the script lacks a sign-in. So it is the GET's 401, and a 403 only within a signed-in session.
	 */
	@Test
	void aChangeWithoutASessionOrFromAnEndedOneIs401LikeAGetWhileASessionsBadTokenStays403() throws Exception {
		HttpClient utenKake = HttpClient.newHttpClient();
		for (String metode : new String[] { "POST", "PUT", "DELETE" }) {
			for (String sti : new String[] { "/api/oppdrag/TB2025-1/status", "/api/rapporteringskalender/abonnement",
					"/api/finnes-ikke" }) {
				for (String token : new String[] { null, "et-token-uten-okt" }) {
					for (String accept : ACCEPT) {
						HttpResponse<String> svar = send(utenKake, metode, sti, token, "application/json",
								"{\"version\": 0}", accept);
						String hva = metode + " " + sti + " " + token + " " + accept;
						assertThat(svar.headers().allValues("WWW-Authenticate")).as(hva).containsExactly(
								"Cookie realm=\"Styringsregister\", form-action=\"/login\", cookie-name=\"SESSION\"");
						assertThat(json(svar, 401).get("error").asString()).as(hva).startsWith("Logg inn først");
					}
				}
			}
		}

		CookieManager kaker = new CookieManager();
		HttpClient skript = innlogget(kaker);
		String token = token(skript, "/");
		String endring = "{\"status\": \"PAAGAAR\", \"version\": 0}";
		// Signed in, a token that is not the session's is what is wrong: 403, no challenge.
		HttpResponse<String> feilToken = send(skript, "POST", "/api/oppdrag/TB2025-1/status", "ikke-oktens-token",
				"application/json", endring, "application/json");
		assertThat(json(feilToken, 403).get("error").asString()).startsWith("CSRF-tokenet mangler eller er ugyldig");
		assertThat(feilToken.headers().allValues("WWW-Authenticate")).isEmpty();

		// The session ends on the server; the script still sends its cookie and the token it had.
		String sesjon = kaker.getCookieStore().getCookies().stream().filter(k -> k.getName().equals("SESSION"))
			.findFirst().orElseThrow().getValue();
		assertThat(jdbc.sql("DELETE FROM spring_session WHERE session_id = ?")
			.param(new String(Base64.getDecoder().decode(sesjon), StandardCharsets.UTF_8)).update()).isEqualTo(1);
		for (String metode : new String[] { "POST", "PUT", "DELETE" }) {
			HttpResponse<String> svar = send(skript, metode, "/api/oppdrag/TB2025-1/status", token,
					"application/json", endring, "application/json");
			assertThat(svar.headers().allValues("WWW-Authenticate")).as(metode).containsExactly(
					"Cookie realm=\"Styringsregister\", form-action=\"/login\", cookie-name=\"SESSION\"");
			assertThat(json(svar, 401).get("error").asString()).as(metode).startsWith("Logg inn først");
		}
	}

	@Test
	void apiErrorsAreJsonInTheDocumentedShapeWhateverTheAcceptHeader() throws Exception {
		HttpClient admin = innlogget();
		for (String accept : ACCEPT) {
			assertThat(feil(hent(admin, "/api/oppdrag?status=FOO", accept), 400)).as(accept)
				.isEqualTo("Ukjent status «FOO».");
			assertThat(feil(hent(admin, "/api/oppdrag?page=-1", accept), 400)).as(accept)
				.isEqualTo("Parameteren «page» må være et helt tall fra 0 og oppover, ikke «-1».");
			assertThat(feil(hent(admin, "/api/oppdrag/TB1999-404", accept), 404)).as(accept)
				.isEqualTo("Fant ikke oppdrag TB1999-404.");
			assertThat(feil(hent(admin, "/api/finnes-ikke", accept), 404)).as(accept).isEqualTo("Fant ikke siden");
			// Refused by the security filters before any controller: the same shape.
			assertThat(feil(send(admin, "POST", "/api/oppdrag/TB1999-404/status", null, "application/json", "{}",
					accept), 403)).as(accept).startsWith("CSRF-tokenet mangler eller er ugyldig");
		}
	}

	@Test
	void aSuccessfulApiAnswerIsJsonEvenToAClientThatAsksForAPage() throws Exception {
		HttpClient admin = innlogget();
		json(lastOpp(admin, "/api/tildelingsbrev", token(admin, "/"), "brev.txt",
				LETTER_2025.getBytes(StandardCharsets.UTF_8)), 200);
		for (String accept : ACCEPT) {
			assertThat(json(hent(admin, "/api/oppdrag/TB2025-1", accept), 200).get("id").asString()).as(accept)
				.isEqualTo("TB2025-1");
			assertThat(json(hent(admin, "/api/oppdrag?size=5", accept), 200).get("items").isArray()).as(accept)
				.isTrue();
			// A size out of range is refused in the API's shape, whatever the Accept; not a 406 to a page's Accept.
			assertThat(feil(hent(admin, "/api/oppdrag?size=-5", accept), 400)).as(accept)
				.isEqualTo("Antall per side må være fra 1 til 500, ikke «-5».");
		}
		assertThat(json(hent(admin, "/api/csrf", "text/html"), 200).get("header").asString()).isEqualTo("X-CSRF-TOKEN");
	}

	@Test
	void aMethodTheAddressDoesNotTakeIs405WithAllowAndTheDocumentedShape() throws Exception {
		HttpClient admin = innlogget();
		String token = token(admin, "/");
		for (String accept : ACCEPT) {
			HttpResponse<String> slett = send(admin, "DELETE", "/api/oppdrag/TB2025-10", token, null, null, accept);
			assertThat(feil(slett, 405)).as(accept)
				.isEqualTo("Metoden DELETE støttes ikke for denne adressen. Den støtter GET.");
			assertThat(slett.headers().firstValue("Allow")).as(accept).hasValueSatisfying(
					allow -> assertThat(allow).contains("GET").doesNotContain("DELETE"));

			HttpResponse<String> hent = hent(admin, "/api/oppdrag/TB2025-10/status", accept);
			assertThat(feil(hent, 405)).as(accept)
				.isEqualTo("Metoden GET støttes ikke for denne adressen. Den støtter POST.");
			assertThat(hent.headers().firstValue("Allow")).hasValue("POST");
		}
	}

	@Test
	void anUploadWithoutAMultipartBodySaysToSendTheFileInTheFieldFile() throws Exception {
		HttpClient admin = innlogget();
		String token = token(admin, "/");
		for (String sti : new String[] { "/api/tildelingsbrev/preview", "/api/tildelingsbrev",
				"/api/instrukser/preview", "/api/instrukser" }) {
			for (String[] kropp : new String[][] { { "application/json", "{\"file\": \"abc\"}" },
					{ "application/x-www-form-urlencoded", "file=abc" }, { null, null } }) {
				HttpResponse<String> svar = send(admin, "POST", sti, token, kropp[0], kropp[1], "application/json");
				assertThat(feil(svar, 415)).as("%s %s", sti, kropp[0])
					.isEqualTo("Send filen i feltet «file» (multipart/form-data).");
				assertThat(svar.headers().firstValue("Accept")).as(sti).hasValue("multipart/form-data");
			}
		}
		// The status update takes JSON: says so, as before.
		HttpResponse<String> skjema = send(admin, "POST", "/api/oppdrag/TB1999-404/status", token,
				"application/x-www-form-urlencoded", "status=PAAGAAR", "text/html");
		assertThat(feil(skjema, 415)).isEqualTo("Send forespørselen som JSON, med Content-Type: application/json.");
	}

	/**
	 * Addresses refused before the application reads them, by Tomcat ({@code %00}, {@code %2F}, {@code %5C}) or by
	 * Spring Security's firewall ({@code ;}, {@code //}, {@code %25}, an encoded {@code ..}): under {@code /api/} the
	 * API's shape with what an address may not have, signed in or not; a page's address keeps the error page.
	 */
	@Test
	void anAddressRefusedBeforeTheApplicationIsAnsweredInTheApiShape() throws Exception {
		String melding = tekster.getMessage("feil.400.adresse.api", null, Formats.NORSK);
		HttpClient anonym = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		HttpClient admin = innlogget();
		for (String sti : List.of("TB2025-1%00", "a%2Fb", "%2e%2e%2fx", "a%5Cb", "a;b", "a//b", "a%25b", "%2e%2e")) {
			for (HttpClient klient : List.of(anonym, admin)) {
				for (String accept : ACCEPT) {
					assertThat(feil(hent(klient, "/api/oppdrag/" + sti, accept), 400)).as("%s %s", sti, accept)
						.isEqualTo(melding);
				}
			}
			HttpResponse<String> side = hent(admin, "/oppdrag/" + sti, "text/html");
			assertThat(side.statusCode()).as(sti).isEqualTo(400);
			assertThat(side.headers().firstValue("Content-Type")).as(sti)
				.hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		}
	}

	/**
	 * The error's message, after checking the status and that the answer is JSON in the documented shape: {@code error}
	 * and nothing else (the assignment API's {@code current}, set only on a conflict, is null).
	 */
	private static String feil(HttpResponse<String> svar, int status) throws Exception {
		JsonNode json = json(svar, status);
		assertThat(json.propertyNames()).as(svar.body()).contains("error").isSubsetOf("error", "current");
		assertThat(json.path("current").isMissingNode() || json.get("current").isNull()).as(svar.body()).isTrue();
		return json.get("error").asString();
	}

	private static JsonNode json(HttpResponse<String> svar, int status) throws Exception {
		assertThat(svar.statusCode()).as("%s %s: %s", svar.request().method(), svar.uri(), svar.body())
			.isEqualTo(status);
		assertThat(svar.headers().firstValue("Content-Type")).as("%s %s", svar.request().method(), svar.uri())
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
		assertThat(svar.body()).doesNotContain("Exception").doesNotContain("timestamp");
		return JSON.readTree(svar.body());
	}

	/**
	 * The session's token as a page's form carries it (the login page before signing in, the start page's sign-out
	 * form after): the tests of the error answers do not lean on {@code /api/csrf}, which has a test of its own.
	 */
	private String token(HttpClient klient, String side) throws Exception {
		Matcher csrf = CSRF.matcher(hent(klient, side, "text/html").body());
		assertThat(csrf.find()).isTrue();
		return csrf.group(1);
	}

	private HttpClient innlogget() throws Exception {
		return innlogget(new CookieManager());
	}

	private HttpClient innlogget(CookieManager kaker) throws Exception {
		HttpClient klient = HttpClient.newBuilder().cookieHandler(kaker).build();
		HttpResponse<String> svar = klient.send(HttpRequest.newBuilder(adresse("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=admin&password="
					+ URLEncoder.encode(IntegrationTest.ADMIN_PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
					+ token(klient, "/login")))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(svar.statusCode()).isEqualTo(302);
		return klient;
	}

	private HttpResponse<String> hent(HttpClient klient, String sti, String accept) throws Exception {
		return klient.send(HttpRequest.newBuilder(adresse(sti)).header("Accept", accept).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** {@code token}, {@code type} and {@code kropp} may be {@code null}: none sent. */
	private HttpResponse<String> send(HttpClient klient, String metode, String sti, String token, String type,
			String kropp, String accept) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(adresse(sti)).header("Accept", accept)
			.method(metode, kropp == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(kropp));
		if (token != null) {
			request.header("X-CSRF-TOKEN", token);
		}
		if (type != null) {
			request.header("Content-Type", type);
		}
		return klient.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A file in the multipart field {@code file}, as {@code curl -F file=@brev.txt} sends it. */
	private HttpResponse<String> lastOpp(HttpClient klient, String sti, String token, String filnavn, byte[] fil)
			throws Exception {
		String grense = "----grense" + System.nanoTime();
		byte[] start = ("--" + grense + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filnavn
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] slutt = ("\r\n--" + grense + "--\r\n").getBytes(StandardCharsets.UTF_8);
		return klient.send(HttpRequest.newBuilder(adresse(sti))
			.header("Content-Type", "multipart/form-data; boundary=" + grense)
			.header("Accept", "application/json")
			.header("X-CSRF-TOKEN", token)
			.POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(start, fil, slutt)))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI adresse(String sti) {
		return URI.create("http://localhost:" + port + sti);
	}
}
