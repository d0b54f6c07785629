package no.hod.styringsregister.oppdrag;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import no.hod.styringsregister.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The addresses under {@code /oppdrag/} that only a form posts to, opened in the browser: the page that says so
 * (405), not «Fant ikke oppdraget» as if the address's last word were an assignment's id. Through the real server, since
 * MockMvc renders no error pages.
 */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SkjemaadresserTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping adresser;

	@Test
	void everyFormOnlyAddressBesideTheAssignmentsAnswersThatItCannotBeOpened() throws Exception {
		// Every address one level under /oppdrag/ that answers POST alone, as the controllers map them today.
		List<String> skjemaadresser = adresser.getHandlerMethods().keySet().stream()
			.filter(info -> info.getMethodsCondition().getMethods().equals(Set.of(RequestMethod.POST)))
			.flatMap(info -> info.getPatternValues().stream())
			.filter(sti -> sti.matches("/oppdrag/[^/{]+"))
			.toList();
		assertThat(skjemaadresser).contains("/oppdrag/ruting", "/oppdrag/videreforing");

		HttpClient klient = innlogget();
		for (String sti : skjemaadresser) {
			HttpResponse<String> side = hent(klient, sti);
			assertThat(side.statusCode()).as(sti).isEqualTo(405);
			assertThat(side.body()).as(sti).contains("<h1>Adressen kan ikke åpnes direkte</h1>",
					"brukes av et skjema i registeret", "<a href=\"/oppdrag\">Til oppdragslisten</a>",
					"<a href=\"/\">Til forsiden</a>").doesNotContain("Fant ikke", "Til oppdraget");
		}
		// An assignment's page is still found by its id, and an unknown id still says so.
		assertThat(hent(klient, "/oppdrag/TB1999-404").body()).contains("Fant ikke oppdrag TB1999-404");
	}

	/** The way back from a form's address is to what it belongs to: the assignment, its module's list, the start. */
	@Test
	void aFormsAddressLeadsBackToItsModulesList() throws Exception {
		HttpClient klient = innlogget();
		HttpResponse<String> oppdrag = hent(klient, "/oppdrag/TB1999-405/status");
		assertThat(oppdrag.statusCode()).isEqualTo(405);
		assertThat(oppdrag.body()).contains("<a href=\"/oppdrag/TB1999-405\">Til oppdraget</a>",
				"<a href=\"/oppdrag\">Til oppdragslisten</a>", "<a href=\"/\">Til forsiden</a>");
		for (var sti : List.of(
				List.of("/rapporteringskalender/abonnement", "/rapporteringskalender", "Til rapporteringskalenderen"),
				List.of("/rapporteringskalender/1/slett", "/rapporteringskalender", "Til rapporteringskalenderen"),
				List.of("/instrukser/1/gjeninnsett", "/instrukser", "Til instruksene"))) {
			HttpResponse<String> side = hent(klient, sti.get(0));
			assertThat(side.statusCode()).as(sti.get(0)).isEqualTo(405);
			assertThat(side.body()).as(sti.get(0))
				.contains("<a href=\"" + sti.get(1) + "\">" + sti.get(2) + "</a>", "<a href=\"/\">Til forsiden</a>")
				.doesNotContain("Til oppdraget", "Til oppdragslisten");
		}
		// An address under no module's list (the register's own /admin) keeps the start page alone.
		HttpResponse<String> admin = hent(klient, "/admin/brukere/1/las-opp");
		assertThat(admin.statusCode()).isEqualTo(405);
		assertThat(admin.body()).contains("<a href=\"/\">Til forsiden</a>").doesNotContain(">Til oppdragslisten<",
				">Til instruksene<", ">Til organisasjonen<");
	}

	private HttpClient innlogget() throws Exception {
		HttpClient klient = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		Matcher csrf = CSRF.matcher(hent(klient, "/login").body());
		assertThat(csrf.find()).isTrue();
		HttpResponse<String> login = klient.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + IntegrationTest.ADMIN_PASSWORD
					+ "&_csrf=" + csrf.group(1)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(302);
		return klient;
	}

	private HttpResponse<String> hent(HttpClient klient, String sti) throws Exception {
		return klient.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + sti))
			.header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
	}
}
