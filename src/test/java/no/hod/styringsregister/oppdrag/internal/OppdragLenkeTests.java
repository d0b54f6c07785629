package no.hod.styringsregister.oppdrag.internal;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.web.util.HtmlUtils;

import no.hod.styringsregister.oppdrag.OppdragImport;
import no.hod.styringsregister.oppdrag.OppdragImport.OppdragData;
import no.hod.styringsregister.oppdrag.OppdragImport.Tekstdel;
import no.hod.styringsregister.oppdrag.OppdragImport.Unntak;
import no.hod.styringsregister.oppdrag.OppdragSider;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ids stored before the import checked them (a space, a slash, «æøå») still lead to their page: the list's link is
 * followed through the real server, which refuses an encoded slash, and the page answers 200.
 */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class OppdragLenkeTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	OppdragImport oppdragImport;

	@Autowired
	OrganisasjonService organisasjon;

	@Autowired
	NamedParameterJdbcTemplate jdbc;

	@Test
	void anOddIdStoredStraightInTheDatabaseIsLinkedFromTheListToItsPage() throws Exception {
		int aar = OppdragTestdata.nyttAar();
		long etat = organisasjon.etatByName("Helsedirektoratet").orElseThrow().id();
		oppdragImport.apply(OppdragTestdata.nyttBrev(), aar, etat, List.of(oppdrag("TB" + aar + "-1", "Skråstrek"),
				oppdrag("TB" + aar + "-2", "Mellomrom")));
		String medSkraastrek = "TB " + aar + "/æøå 1";
		String utenSkraastrek = "TB " + aar + " æøå#2?";
		gi("TB" + aar + "-1", medSkraastrek);
		gi("TB" + aar + "-2", utenSkraastrek);

		HttpClient klient = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		HttpResponse<String> innlogget = post(klient, "/login", "username=admin&password="
				+ IntegrationTest.ADMIN_PASSWORD + "&_csrf=" + csrf(hent(klient, "/login").body()));
		assertThat(innlogget.statusCode()).isEqualTo(302);
		String liste = hent(klient, "/oppdrag?year=" + aar).body();

		for (String id : List.of(medSkraastrek, utenSkraastrek)) {
			Matcher lenke = Pattern.compile("<a href=\"([^\"]+)\"[^>]*>" + Pattern.quote(HtmlUtils.htmlEscape(id, "UTF-8")) + "</a>")
				.matcher(liste);
			assertThat(lenke.find()).as(id).isTrue();
			String href = HtmlUtils.htmlUnescape(lenke.group(1));
			assertThat(href).as("only what an address carries as it is").matches("[A-Za-z0-9._~%/?=&-]+");
			HttpResponse<String> side = hent(klient, href);
			assertThat(side.statusCode()).as(href).isEqualTo(200);
			assertThat(side.body()).contains(HtmlUtils.htmlEscape(id, "UTF-8"));
		}
		// The id without a slash travels encoded as itself; the page finds it so typed, as it does the key.
		assertThat(OppdragSider.detalj(utenSkraastrek, "x")).isEqualTo("/oppdrag/TB%20" + aar + "%20%C3%A6%C3%B8%C3%A5%232%3F");
		assertThat(hent(klient, OppdragSider.detalj(utenSkraastrek, "x")).statusCode()).isEqualTo(200);
		assertThat(OppdragSider.detalj(medSkraastrek, "O-" + aar + "-0001")).isEqualTo("/oppdrag/O-" + aar + "-0001");
	}

	private void gi(String id, String nyId) {
		assertThat(jdbc.update("UPDATE oppdrag SET offisiell_id = :ny, visnings_id = :ny WHERE offisiell_id = :id",
				Map.of("id", id, "ny", nyId))).isEqualTo(1);
	}

	private static OppdragData oppdrag(String id, String tittel) {
		return new OppdragData(id, "1.1", "Mål", List.of(), tittel, List.of(new Tekstdel("Teksten.", false)),
				List.of(), "Løpende", Unntak.NONE, List.of(), List.of());
	}

	private static String csrf(String side) {
		Matcher csrf = CSRF.matcher(side);
		assertThat(csrf.find()).isTrue();
		return csrf.group(1);
	}

	private HttpResponse<String> hent(HttpClient klient, String sti) throws Exception {
		return klient.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + sti))
			.header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(HttpClient klient, String sti, String skjema) throws Exception {
		return klient.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + sti))
			.header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(skjema)).build(), HttpResponse.BodyHandlers.ofString());
	}
}
