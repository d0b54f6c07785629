package no.hod.styringsregister.brukere;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.instrukser.InstruksImport;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.testsupport.TestDocuments;
import no.hod.styringsregister.tildelingsbrev.TildelingsbrevImport;
import no.hod.styringsregister.web.Formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every endpoint for every kind of caller, from one table a reader can check. Columns: anonymous, desk officer,
 * desk officer with clearance, lead of division A (folkehelse, which TB2026-1 is routed to), lead of division B
 * (spesialisthelsetjenester), admin, and a user signed in through the identity provider who has no role yet (an
 * admin has not granted one). {@code A} allowed, {@code D} denied (403, or a form sent back with the refusal),
 * {@code L} must sign in first (login page, or 401 from the API).
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTests {

	private static final String[] CALLERS = { "anonym", "sb", "sb-klarert", "leder-a", "leder-b", "adm", "venter" };

	static Stream<String[]> matrix() {
		return Stream.of(new String[][] {
				// method, path, anon sb sbk ldA ldB adm vnt
				{ "GET", "/", "L A A A A A D" },
				// The waiting page: the one place a user without a role may go (the others are sent on from it).
				{ "GET", "/venter", "L A A A A A A" },
				{ "GET", "/oppdrag", "L A A A A A D" },
				{ "GET", "/oppdrag?q=barn&year=2026", "L A A A A A D" },
				{ "GET", "/oppdrag/TB2026-1", "L A A A A A D" },
				{ "GET", "/oppdrag/eksport.xlsx", "L A A A A A D" },
				{ "GET", "/oppdrag/eksport.csv", "L A A A A A D" },
				{ "GET", "/api/oppdrag", "L A A A A A D" },
				{ "GET", "/api/oppdrag/TB2026-1", "L A A A A A D" },
				// A desk officer may cancel (Utgår with a reason); a lead only what is routed to the division.
				{ "POST", "/api/oppdrag/TB2026-2/status", "L A A D D A D" },
				{ "POST", "/api/oppdrag/TB2026-1/status", "L D D A D A D" },
				{ "POST", "/oppdrag/TB2026-2/ruting", "L D D D D A D" },
				// Comments: the ministry's desk officers, admins and the lead of the assignment's division. Citations
				// of the instruction: the ministry's desk officers and admins.
				{ "POST", "/oppdrag/TB2026-1/kommentar", "L A A A D A D" },
				{ "POST", "/oppdrag/TB2026-1/instruks", "L A A D D A D" },
				{ "POST", "/oppdrag/videreforing", "L D D D D A D" },
				// The page's forms run the same rules as the API.
				{ "POST", "/oppdrag/TB2026-1/status", "L D D A D A D" },
				{ "POST", "/oppdrag/TB2026-1/instruks/999999/fjern", "L A A D D A D" },
				{ "POST", "/oppdrag/ruting", "L D D D D A D" },
				{ "GET", "/?agency=Helsedirektoratet&year=2026", "L A A A A A D" },
				{ "GET", "/rapporter", "L A A A A A D" },
				{ "GET", "/rapporter?agency=Helsedirektoratet&year=2026", "L A A A A A D" },
				{ "GET", "/rapporter/status?agency=Helsedirektoratet&year=2026", "L A A A A A D" },
				{ "GET", "/rapporter/status.xlsx?agency=Helsedirektoratet&year=2026", "L A A A A A D" },
				{ "GET", "/rapporter/status.pdf?agency=Helsedirektoratet&year=2026", "L A A A A A D" },
				{ "GET", "/bevilgninger", "L A A A A A D" },
				{ "GET", "/bevilgninger/eksport.xlsx", "L A A A A A D" },
				{ "GET", "/bevilgninger/eksport.csv", "L A A A A A D" },
				{ "GET", "/api/bevilgninger?agency=Helsedirektoratet&year=2026", "L A A A A A D" },
				{ "GET", "/rapporteringskalender", "L A A A A A D" },
				{ "GET", "/rapporteringskalender/eksport.xlsx", "L A A A A A D" },
				{ "GET", "/rapporteringskalender/eksport.csv", "L A A A A A D" },
				{ "GET", "/api/rapporteringskalender?from=2026-01-01&to=2026-12-31", "L A A A A A D" },
				{ "GET", "/api/rapporteringskalender/abonnement", "L A A A A A D" },
				{ "GET", "/rapporteringskalender/ny", "L D D D D A D" },
				{ "POST", "/rapporteringskalender/ny", "L D D D D A D" },
				{ "GET", "/rapporteringskalender/999999/endre", "L D D D D A D" },
				{ "POST", "/rapporteringskalender/999999/endre", "L D D D D A D" },
				{ "POST", "/rapporteringskalender/999999/slett", "L D D D D A D" },
				{ "GET", "/rapporteringskalender/fjernet", "L D D D D A D" },
				{ "POST", "/rapporteringskalender/999999/gjenopprett", "L D D D D A D" },
				// The feed is read by calendar programs without a session: the token is the key. (Before the rows
				// below, which give every caller a new token.)
				{ "GET", "/api/rapporteringskalender/ical/{token}.ics", "A A A A A A A" },
				{ "POST", "/rapporteringskalender/abonnement", "L A A A A A D" },
				{ "POST", "/api/rapporteringskalender/abonnement", "L A A A A A D" },
				{ "GET", "/instrukser", "L A A A A A D" },
				{ "GET", "/instrukser/sok?q=tilsyn", "L A A A A A D" },
				{ "GET", "/instrukser/etat/{etat}", "L A A A A A D" },
				{ "GET", "/instrukser/{instruks}", "L A A A A A D" },
				{ "GET", "/instrukser/{instruks}/original", "L A A A A A D" },
				{ "GET", "/instrukser/sammenlign", "L A A A A A D" },
				{ "GET", "/instrukser/import", "L D D D D A D" },
				{ "POST", "/instrukser/import", "L D D D D A D" },
				{ "GET", "/instrukser/import/{utkast}", "L D D D D A D" },
				{ "POST", "/instrukser/import/{utkast}/bekreft", "L D D D D A D" },
				{ "POST", "/instrukser/import/{utkast}/avbryt", "L D D D D A D" },
				{ "POST", "/api/instrukser/preview", "L D D D D A D" },
				{ "POST", "/api/instrukser", "L D D D D A D" },
				{ "GET", "/organisasjon", "L A A A A A D" },
				{ "GET", "/api/organisasjon", "L A A A A A D" },
				{ "GET", "/organisasjon/enhet/{divisjon}", "L A A A A A D" },
				{ "GET", "/admin/organisasjon", "L D D D D A D" },
				{ "GET", "/admin/organisasjon/enhet/{divisjon}", "L D D D D A D" },
				{ "GET", "/admin/organisasjon/departementsavdelinger", "L D D D D A D" },
				{ "GET", "/admin/organisasjon/import", "L D D D D A D" },
				{ "GET", "/admin/organisasjon/import/{utkast}", "L D D D D A D" },
				// Admin forms, sent empty: the admin's is refused as incomplete (4xx), not denied.
				{ "POST", "/admin/organisasjon/etat", "L D D D D A D" },
				{ "POST", "/admin/organisasjon/divisjon", "L D D D D A D" },
				{ "POST", "/admin/organisasjon/avdeling", "L D D D D A D" },
				{ "POST", "/admin/organisasjon/enhet/{divisjon}", "L D D D D A D" },
				{ "POST", "/admin/organisasjon/enhet/{divisjon}/flytt", "L D D D D A D" },
				{ "POST", "/admin/organisasjon/enhet/{divisjon}/aktiv", "L D D D D A D" },
				{ "POST", "/admin/organisasjon/departementsavdelinger", "L D D D D A D" },
				{ "POST", "/admin/organisasjon/departementsavdelinger/999999", "L D D D D A D" },
				{ "POST", "/admin/organisasjon/import", "L D D D D A D" },
				{ "POST", "/admin/organisasjon/import/{utkast}/bekreft", "L D D D D A D" },
				{ "POST", "/admin/organisasjon/import/{utkast}/avbryt", "L D D D D A D" },
				{ "GET", "/tildelingsbrev", "L A A A A A D" },
				{ "GET", "/tildelingsbrev/{brev}", "L A A A A A D" },
				{ "GET", "/tildelingsbrev/{brev}/fil", "L D A D D A D" },
				{ "POST", "/api/tildelingsbrev/preview", "L D D D D A D" },
				{ "POST", "/api/tildelingsbrev", "L D D D D A D" },
				{ "POST", "/tildelingsbrev/import", "L D D D D A D" },
				{ "GET", "/tildelingsbrev/import/{utkast}", "L D D D D A D" },
				{ "POST", "/tildelingsbrev/import/{utkast}/rett", "L D D D D A D" },
				{ "POST", "/tildelingsbrev/import/{utkast}/bekreft", "L D D D D A D" },
				{ "POST", "/tildelingsbrev/import/{utkast}/avbryt", "L D D D D A D" },
				{ "GET", "/admin", "L D D D D A D" },
				{ "GET", "/admin/brukere", "L D D D D A D" },
				{ "GET", "/admin/brukere/ny", "L D D D D A D" },
				{ "POST", "/admin/brukere/ny", "L D D D D A D" },
				{ "GET", "/admin/brukere/{bruker}", "L D D D D A D" },
				{ "POST", "/admin/brukere/{bruker}", "L D D D D A D" },
				{ "POST", "/admin/brukere/{bruker}/passord", "L D D D D A D" },
				{ "GET", "/actuator/health", "A A A A A A A" },
				{ "GET", "/actuator/health/readiness", "A A A A A A A" },
				{ "GET", "/actuator/metrics", "L D D D D A D" },
				{ "GET", "/actuator/flyway", "L D D D D A D" },
				{ "GET", "/actuator/info", "L D D D D A D" },
		});
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	BrukerService brukere;

	@Autowired
	OrganisasjonService organisasjon;

	@Autowired
	TildelingsbrevImport letters;

	@Autowired
	InstruksImport instrukser;

	@Autowired
	JdbcClient jdbc;

	private long brevId;

	private long folkehelse;

	private long hdir;

	private long instruksId;

	private long sbId;

	private String token;

	@BeforeAll
	void data() throws Exception {
		hdir = organisasjon.etatByName("Helsedirektoratet").orElseThrow().id();
		folkehelse = division(hdir, "Divisjon folkehelse");
		long spesialist = division(hdir, "Divisjon spesialisthelsetjenester");
		sbId = brukere.create(new NyBruker("sb", "Sb", "et-langt-passord", Rolle.HOD_SAKSBEHANDLER, null, false, null))
			.id();
		brukere.create(new NyBruker("sb-klarert", "Sbk", "et-langt-passord", Rolle.HOD_SAKSBEHANDLER, null, true, null));
		brukere.create(new NyBruker("leder-a", "Leder A", "et-langt-passord", Rolle.HDIR_LEDER, folkehelse, false, null));
		brukere.create(new NyBruker("leder-b", "Leder B", "et-langt-passord", Rolle.HDIR_LEDER, spesialist, false, null));
		brukere.create(new NyBruker("adm", "Adm", "et-langt-passord", Rolle.ADMIN, null, true, null));
		// As the first sign-on through the identity provider leaves a user: no password, no role.
		jdbc.sql("INSERT INTO bruker (brukernavn, navn, oidc_issuer, oidc_subject) VALUES ('venter', 'Venter', "
				+ "'https://idp.example', 'sub-venter')").update();
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("adm",
				null, List.of(new SimpleGrantedAuthority(Rolle.ADMIN.authority()))));
		try {
			brevId = letters.importFile("tb2026.txt", TestDocuments.resource("/letters/tildelingsbrev-full-2026.txt")
				.getBytes(StandardCharsets.UTF_8), "adm").letterId();
			instruksId = instrukser.importer("hdir.txt", TestDocuments.seed("instruks-helsedirektoratet-2018-2019.txt")
				.getBytes(StandardCharsets.UTF_8)).id();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		mvc.perform(post("/oppdrag/TB2026-1/ruting").param("divisjon", String.valueOf(folkehelse))
			.with(user("adm").roles("ADMIN")).with(csrf()));
		String url = mvc.perform(get("/api/rapporteringskalender/abonnement").with(user("sb").roles("HOD_SAKSBEHANDLER")))
			.andReturn().getResponse().getContentAsString();
		token = url.replaceAll("(?s).*/ical/([^.\"]+)\\.ics.*", "$1");
	}

	private long division(long etatId, String navn) {
		return organisasjon.divisjoner(etatId).stream().filter(d -> d.navn().equals(navn)).findFirst().orElseThrow()
			.id();
	}

	@ParameterizedTest(name = "{0} {1}: {2}")
	@MethodSource("matrix")
	void everyCallerGetsWhatTheTableSays(String method, String path, String expected) throws Exception {
		String[] outcomes = expected.split(" ");
		List<String> wrong = new ArrayList<>();
		for (int i = 0; i < CALLERS.length; i++) {
			MvcResult result = mvc.perform(request(method, konkret(path), i)).andReturn();
			String actual = outcome(result);
			assertThat(result.getResponse().getHeader("Content-Security-Policy")).as("CSP on %s %s", method, path)
				.isNotNull();
			if (!actual.equals(outcomes[i])) {
				wrong.add(CALLERS[i] + " expected " + outcomes[i] + " but got " + actual + " (HTTP "
						+ result.getResponse().getStatus() + ", " + result.getFlashMap() + ")");
			}
		}
		assertThat(wrong).as("%s %s", method, path).isEmpty();
	}

	private String konkret(String path) {
		return path.replace("{brev}", String.valueOf(brevId)).replace("{etat}", String.valueOf(hdir))
			.replace("{instruks}", String.valueOf(instruksId)).replace("{divisjon}", String.valueOf(folkehelse))
			.replace("{bruker}", String.valueOf(sbId)).replace("{token}", token)
			.replace("{utkast}", "00000000-0000-0000-0000-000000000000");
	}

	private AbstractMockHttpServletRequestBuilder<?> request(String method, String path, int caller) {
		AbstractMockHttpServletRequestBuilder<?> request;
		if (method.equals("GET")) {
			request = get(path).accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON, MediaType.ALL);
		}
		else if (path.endsWith("TB2026-2/status")) {
			request = post(path).contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"UTGAAR\", \"reason\": "
					+ "\"Matrisetest\", \"version\": " + version("TB2026-2") + "}");
		}
		else if (path.startsWith("/oppdrag/") && path.endsWith("/status")) {
			// Levert: a lead reports it, a desk officer never sets it.
			request = post(path).param("status", "LEVERT").param("versjon", String.valueOf(version("TB2026-1")));
		}
		else if (path.endsWith("/status")) {
			request = post(path).contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"FORSINKET\", "
					+ "\"expectedDate\": \"" + LocalDate.now(Formats.OSLO).plusMonths(1) + "\", \"reason\": \"Matrisetest\", \"version\": " + version("TB2026-1")
					+ "}");
		}
		else if (path.equals("/oppdrag/ruting")) {
			request = post(path).param("valgt", "TB2026-2").param("divisjon", String.valueOf(folkehelse));
		}
		else if (path.endsWith("/ruting")) {
			request = post(path).param("divisjon", String.valueOf(folkehelse));
		}
		else if (path.endsWith("/videreforing")) {
			request = post(path).param("aar", "2040").param("bekreftet", "true");
		}
		else if (path.startsWith("/api/") && (path.contains("tildelingsbrev") || path.contains("instrukser"))) {
			request = multipart(path).file(new MockMultipartFile("file", "tom.txt", "text/plain", new byte[0]));
		}
		else if (path.startsWith("/instrukser/import/") && path.endsWith("/bekreft")) {
			request = post(path).param("etatId", String.valueOf(hdir)).param("tittel", "Instruks");
		}
		else if (path.endsWith("/import")) {
			// The pages' upload forms: a file that is not a letter or an instruction.
			request = multipart(path).file(new MockMultipartFile("fil", "notat.txt", "text/plain",
					"Et notat.".getBytes(StandardCharsets.UTF_8)));
		}
		else {
			request = post(path);
		}
		request.with(csrf());
		return switch (CALLERS[caller]) {
			case "anonym" -> request;
			case "sb", "sb-klarert" -> request.with(user(CALLERS[caller]).roles("HOD_SAKSBEHANDLER"));
			case "leder-a", "leder-b" -> request.with(user(CALLERS[caller]).roles("HDIR_LEDER"));
			case "venter" -> request.with(user("venter").authorities(List.of()));
			default -> request.with(user("adm").roles("ADMIN"));
		};
	}

	/** The current version, so a status change is judged on who asks, not refused as stale. */
	private long version(String id) {
		return jdbc.sql("SELECT versjon FROM oppdrag WHERE offisiell_id = ?").param(id).query(Long.class).single();
	}

	/** A: the request got past every access rule; D: refused; L: sent to sign in. */
	private static String outcome(MvcResult result) {
		int status = result.getResponse().getStatus();
		String location = result.getResponse().getRedirectedUrl();
		if (status == 401 || (status == 302 && location != null && location.endsWith("/login"))) {
			return "L";
		}
		if (status == 403) {
			return "D";
		}
		Object refusal = result.getFlashMap().get("feil");
		if (status == 302 && refusal != null && String.valueOf(refusal).matches("(?is).*(ikke lov|tilgang|bare administrator|kan ikke).*")) {
			return "D";
		}
		return "A";
	}
}
