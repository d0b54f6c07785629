package no.hod.styringsregister.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

import no.hod.styringsregister.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests Tomcat refuses before the application sees them, sent over a socket as a script or curl sends them (an HTTP
 * client would encode them first): the answer is the register's Norwegian page, without Tomcat's report or name.
 */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class TomcatfeilsiderTests {

	@LocalServerPort
	int port;

	@Autowired
	MessageSource tekster;

	@ParameterizedTest
	@ValueSource(strings = { "/oppdrag/..%2F", "/oppdrag?q=snøugleplanen" })
	void anAddressTomcatRefusesIsAnsweredInNorwegianWithoutServerDetails(String adresse) throws IOException {
		String svar = send("GET " + adresse + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
				+ "Connection: close\r\n\r\n");
		assertThat(svar).startsWith("HTTP/1.1 400 ");
		String kropp = svar.substring(svar.indexOf("\r\n\r\n"));
		assertThat(kropp).contains("<html lang=\"nb\">", "<h1>Ugyldig forespørsel</h1>",
				"Adressen inneholder tegn som registeret ikke kan lese", "<a href=\"/\">Til forsiden</a>")
			.doesNotContainIgnoringCase("tomcat").doesNotContain("HTTP Status", "Bad Request");
		assertThat(svar).containsIgnoringCase("Content-Type: text/html;charset=UTF-8");
	}

	/**
	 * The API's address with the same refusal: its JSON shape, in Norwegian, whatever the client asks for. (Raw
	 * non-ASCII bytes break the request line itself: Tomcat has no address to tell an API request by, so the page.)
	 */
	@ParameterizedTest
	@ValueSource(strings = { "/api/oppdrag/..%2F", "/api/oppdrag/TB2025-1%00", "/api/oppdrag/a%5Cb" })
	void anApiAddressTomcatRefusesIsAnsweredInJson(String adresse) throws IOException {
		String svar = send("GET " + adresse + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
				+ "Connection: close\r\n\r\n");
		assertThat(svar).startsWith("HTTP/1.1 400 ").containsIgnoringCase("Content-Type: application/json");
		JsonNode json = JsonMapper.shared().readTree(svar.substring(svar.indexOf("\r\n\r\n")));
		assertThat(json.propertyNames()).containsExactly("error");
		assertThat(json.get("error").asString()).isEqualTo(tekster.getMessage("feil.400.adresse.api", null,
				Formats.NORSK));
	}

	/**
	 * More than Tomcat reads (8 kB for the request line and headers): an address too long, nearly always a search with
	 * much text, says so, and headers too large say that, not that the address has characters it cannot read. The API
	 * answers in its shape also for an address too long for Tomcat to have read to its end.
	 */
	@ParameterizedTest
	@CsvSource({ "/oppdrag?q=, , feil.400.lang", "/oppdrag, X-Stor, feil.400.headere",
			"/api/oppdrag?q=, , feil.400.lang.api", "/api/oppdrag, X-Stor, feil.400.headere.api" })
	void aRequestLongerThanTomcatReadsSaysWhatIsTooLong(String adresse, String header, String melding)
			throws IOException {
		String lang = "a".repeat(10_000);
		String svar = send("GET " + adresse + (header == null ? lang : "") + " HTTP/1.1\r\nHost: localhost\r\n"
				+ "Accept: text/html\r\n" + (header == null ? "" : header + ": " + lang + "\r\n")
				+ "Connection: close\r\n\r\n");
		assertThat(svar).startsWith("HTTP/1.1 400 ");
		String kropp = svar.substring(svar.indexOf("\r\n\r\n"));
		String tekst = tekster.getMessage(melding, null, Formats.NORSK);
		if (adresse.startsWith("/api/")) {
			assertThat(svar).containsIgnoringCase("Content-Type: application/json");
			JsonNode json = JsonMapper.shared().readTree(kropp);
			assertThat(json.propertyNames()).containsExactly("error");
			assertThat(json.get("error").asString()).isEqualTo(tekst);
			return;
		}
		assertThat(svar).containsIgnoringCase("Content-Type: text/html;charset=UTF-8");
		assertThat(kropp).contains("<html lang=\"nb\">", HtmlUtils.htmlEscape(tekst, "UTF-8"),
				"<a href=\"/\">Til forsiden</a>")
			.contains(header == null ? "<h1>Adressen er for lang</h1>" : "<h1>Ugyldig forespørsel</h1>")
			.doesNotContain("tegn som registeret ikke kan lese").doesNotContainIgnoringCase("tomcat");
	}

	/** The request's bytes as they are (the address's letters in UTF-8, not percent-encoded); the whole answer back. */
	private String send(String sendes) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(10_000);
			OutputStream ut = socket.getOutputStream();
			ut.write(sendes.getBytes(StandardCharsets.UTF_8));
			ut.flush();
			InputStream inn = socket.getInputStream();
			ByteArrayOutputStream alt = new ByteArrayOutputStream();
			inn.transferTo(alt);
			return alt.toString(StandardCharsets.UTF_8);
		}
	}
}
