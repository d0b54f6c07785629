package no.hod.styringsregister.oppdrag.internal;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import no.hod.styringsregister.bevilgninger.BevilgningImport;
import no.hod.styringsregister.bevilgninger.BevilgningImport.BevilgningData;
import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.oppdrag.OppdragImport;
import no.hod.styringsregister.oppdrag.OppdragImport.OppdragData;
import no.hod.styringsregister.oppdrag.OppdragImport.Tekstdel;
import no.hod.styringsregister.oppdrag.OppdragImport.Unntak;
import no.hod.styringsregister.oppdrag.OppdragQueries;
import no.hod.styringsregister.oppdrag.OppdragStatus;
import no.hod.styringsregister.organisasjon.Enhet;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.testsupport.TestDocuments;
import no.hod.styringsregister.testsupport.Testbrukere;
import no.hod.styringsregister.tildelingsbrev.TildelingsbrevImport;
import no.hod.styringsregister.web.Formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@AutoConfigureMockMvc
class OppdragWebTests {

	/** Every word that must never reach an uncleared viewer. */
	static final List<String> HEMMELIGE = List.of(HemmeligBrev.HEMMELIG_DEL, HemmeligBrev.HEMMELIG_TITTEL,
			HemmeligBrev.HEMMELIG_TEKST, "beredskapslageret");

	@Autowired
	MockMvc mvc;

	@Autowired
	OppdragImport oppdragImport;

	@Autowired
	BevilgningImport bevilgningImport;

	@Autowired
	OppdragArbeidsflyt flyt;

	@Autowired
	BrukerService brukere;

	@Autowired
	OrganisasjonService organisasjon;

	@Autowired
	TildelingsbrevImport letters;

	int aar;

	Enhet divisjon;

	Enhet annen;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void fixture() {
		RutetBrev brev = RutetBrev.importer(oppdragImport, organisasjon, flyt);
		aar = brev.aar();
		divisjon = brev.divisjon();
		annen = brev.annenDivisjon();
		opprett("web-klarert", Rolle.HOD_SAKSBEHANDLER, null, true);
		opprett("web-uklarert", Rolle.HOD_SAKSBEHANDLER, null, false);
		opprett("web-leder", Rolle.HDIR_LEDER, divisjon.id(), false);
		opprett("web-annen-leder", Rolle.HDIR_LEDER, annen.id(), false);
		opprett("web-admin", Rolle.ADMIN, null, false);
		opprett("web-klarert-admin", Rolle.ADMIN, null, true);
	}

	void opprett(String navn, Rolle rolle, Long enhet, boolean klarert) {
		Testbrukere.opprett(brukere, new NyBruker(navn, "Navn " + navn, "passord-passord-1", rolle, enhet, klarert,
				null));
	}

	String tb(int n) {
		return "TB" + aar + "-" + n;
	}

	static RequestPostProcessor klarert() {
		return user("web-klarert").roles("HOD_SAKSBEHANDLER");
	}

	static RequestPostProcessor uklarert() {
		return user("web-uklarert").roles("HOD_SAKSBEHANDLER");
	}

	static RequestPostProcessor leder() {
		return user("web-leder").roles("HDIR_LEDER");
	}

	static RequestPostProcessor annenLeder() {
		return user("web-annen-leder").roles("HDIR_LEDER");
	}

	static RequestPostProcessor admin() {
		return user("web-admin").roles("ADMIN");
	}

	static RequestPostProcessor klarertAdmin() {
		return user("web-klarert-admin").roles("ADMIN");
	}

	/** Every way out this module owns, for the fixture's year. */
	List<String> alleUtganger(RequestPostProcessor hvem) throws Exception {
		List<String> svar = new ArrayList<>();
		String aarParam = String.valueOf(aar);
		svar.add(tekst(mvc.perform(get("/oppdrag").param("year", aarParam).with(hvem))));
		svar.add(tekst(mvc.perform(get("/oppdrag").param("year", aarParam).header("HX-Request", "true").with(hvem))));
		for (String ord : HEMMELIGE) {
			// The page shows the viewer's own query back (search box, links, the printout's line); that is not a leak, so
			// it is left out.
			svar.add(tekst(mvc.perform(get("/oppdrag").param("year", aarParam).param("q", ord).with(hvem)))
				.replace("value=\"" + ord + "\"", "")
				.replace("Søk: «" + ord + "»", "")
				.replace("q=" + java.net.URLEncoder.encode(ord, StandardCharsets.UTF_8), "q="));
			svar.add(tekst(mvc.perform(get("/api/oppdrag").param("year", aarParam).param("q", ord).with(hvem))));
		}
		for (int n : new int[] { 1, 2, 3, 10 }) {
			svar.add(tekst(mvc.perform(get("/oppdrag/" + tb(n)).with(hvem))));
			svar.add(tekst(mvc.perform(get("/api/oppdrag/" + tb(n)).with(hvem))));
		}
		svar.add(tekst(mvc.perform(get("/api/oppdrag").param("year", aarParam).with(hvem))));
		svar.add(tekst(mvc.perform(get("/oppdrag/eksport.csv").param("year", aarParam).with(hvem))));
		svar.add(xlsxTekst(mvc.perform(get("/oppdrag/eksport.xlsx").param("year", aarParam).with(hvem)).andReturn()
			.getResponse().getContentAsByteArray()));
		return svar;
	}

	static String tekst(ResultActions svar) throws Exception {
		return svar.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	/** The page of an answer whose status the caller has checked. */
	static String innhold(ResultActions svar) throws Exception {
		return svar.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	static String xlsxTekst(byte[] xlsx) throws Exception {
		StringBuilder alt = new StringBuilder();
		try (XSSFWorkbook bok = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Row rad : bok.getSheetAt(0)) {
				for (Cell celle : rad) {
					alt.append(celle.toString()).append('\t');
				}
				alt.append('\n');
			}
		}
		return alt.toString();
	}

	@Test
	void theSecretFixtureNeverReachesAnUnclearedViewerOnAnyWayOut() throws Exception {
		List<String> utganger = alleUtganger(uklarert());
		for (String svar : utganger) {
			for (String hemmelig : HEMMELIGE) {
				assertThat(svar).doesNotContainIgnoringCase(hemmelig);
			}
		}
		// The assignments are still there, with their ids and the placeholder.
		String liste = utganger.get(0);
		assertThat(liste).contains(tb(2), tb(3), OppdragQueries.UNNTATT);
		assertThat(utganger.get(utganger.size() - 1)).contains(tb(3), OppdragQueries.UNNTATT);
	}

	@Test
	void aClearedViewerSeesTheSecretsOnEveryWayOut() throws Exception {
		List<String> utganger = alleUtganger(klarert());
		String alt = String.join("\n", utganger);
		for (String hemmelig : HEMMELIGE) {
			assertThat(alt).contains(hemmelig);
		}
		String liste = utganger.get(0);
		assertThat(liste).contains(HemmeligBrev.HEMMELIG_TITTEL);
		String csv = utganger.get(utganger.size() - 2);
		String xlsx = utganger.get(utganger.size() - 1);
		assertThat(csv).contains(HemmeligBrev.HEMMELIG_TITTEL);
		assertThat(xlsx).contains(HemmeligBrev.HEMMELIG_TITTEL);
		mvc.perform(get("/oppdrag/" + tb(2)).with(klarert())).andExpect(content().string(containsString(
				"Det skal vurderes om " + HemmeligBrev.HEMMELIG_DEL)));
		mvc.perform(get("/api/oppdrag/" + tb(3)).with(klarert()))
			.andExpect(jsonPath("$.parts[0].text").value(containsString(HemmeligBrev.HEMMELIG_TEKST)));
	}

	@Test
	void theApiListAnswersTheAgreedShape() throws Exception {
		mvc.perform(get("/api/oppdrag").param("year", String.valueOf(aar)).param("size", "2").param("page", "1")
			.with(uklarert()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(5))
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.size").value(2))
			.andExpect(jsonPath("$.items.length()").value(2))
			.andExpect(jsonPath("$.items[0].id").value(tb(2)))
			.andExpect(jsonPath("$.items[1].id").value(tb(3)))
			.andExpect(jsonPath("$.items[1].title").value(OppdragQueries.UNNTATT))
			.andExpect(jsonPath("$.items[1].exemptFromPublic").value(true));
		mvc.perform(get("/api/oppdrag").param("year", String.valueOf(aar)).param("q", tb(10)).with(uklarert()))
			.andExpect(jsonPath("$.items[0].id").value(tb(10)))
			.andExpect(jsonPath("$.items[0].key").value(org.hamcrest.Matchers.startsWith("O-" + aar + "-")))
			.andExpect(jsonPath("$.items[0].year").value(aar))
			.andExpect(jsonPath("$.items[0].agency").value("Helsedirektoratet"))
			.andExpect(jsonPath("$.items[0].section").value("3.1"))
			.andExpect(jsonPath("$.items[0].hodDepartments[1]").value("KTA"))
			.andExpect(jsonPath("$.items[0].title").value("Rusforebyggende arbeid blant ungdom"))
			.andExpect(jsonPath("$.items[0].status").value("IKKE_STARTET"))
			.andExpect(jsonPath("$.items[0].deadlines[0]").value(aar + "-04-15"))
			.andExpect(jsonPath("$.items[0].division").doesNotExist())
			.andExpect(jsonPath("$.items[0].exemptFromPublic").value(false));
		mvc.perform(get("/api/oppdrag").param("year", String.valueOf(aar)).param("division",
				String.valueOf(divisjon.id())).param("status", "IKKE_STARTET").param("agency", "Hdir").with(uklarert()))
			.andExpect(jsonPath("$.total").value(3))
			.andExpect(jsonPath("$.items[0].division").value(divisjon.navn()));
		mvc.perform(get("/api/oppdrag").param("status", "FERDIG").with(uklarert())).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("Ukjent status «FERDIG»."));
		mvc.perform(get("/api/oppdrag").param("year", "tjuetjuefem").with(uklarert()))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value(containsString("year")));
		mvc.perform(get("/api/oppdrag")).andExpect(status().isUnauthorized());
	}

	@Test
	void theApiDetailHasVersionTextReferencesBudgetRoutingAndHistory() throws Exception {
		mvc.perform(get("/api/oppdrag/" + tb(1)).with(uklarert()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").isNumber())
			.andExpect(jsonPath("$.text").value(containsString("1. Vurdere nye vaksiner.\n2. Vurdere")))
			.andExpect(jsonPath("$.references.referredToBy[0].id").value(tb(10)))
			.andExpect(jsonPath("$.budgetLines[0].chapter").value(714))
			.andExpect(jsonPath("$.budgetLines[0].post").value(21))
			.andExpect(jsonPath("$.routing.division").value(divisjon.navn()))
			.andExpect(jsonPath("$.history[0].who").value("Admin Test"))
			.andExpect(jsonPath("$.history[0].type").value("RUTING"))
			.andExpect(jsonPath("$.history[0].when").isString());
		mvc.perform(get("/api/oppdrag/" + tb(10)).with(uklarert()))
			.andExpect(jsonPath("$.references.refersTo[0].id").value(tb(1)));
		mvc.perform(get("/api/oppdrag/TB1999-404").with(uklarert())).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.error").value("Fant ikke oppdrag TB1999-404."));
	}

	long versjon(String id) throws Exception {
		String json = tekst(mvc.perform(get("/api/oppdrag/" + id).with(klarert())));
		return Long.parseLong(json.replaceAll("(?s).*\"version\":(\\d+).*", "$1"));
	}

	@Test
	void theApiStatusEndpointAppliesThePagesRules() throws Exception {
		long v = versjon(tb(1));
		String omToMaaneder = LocalDate.now(Formats.OSLO).plusMonths(2).toString();
		mvc.perform(post("/api/oppdrag/" + tb(1) + "/status").with(annenLeder()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"PAAGAAR\", \"version\": " + v + "}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.error").value("Oppdraget er ikke rutet til din divisjon."));
		mvc.perform(post("/api/oppdrag/" + tb(1) + "/status").with(leder()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"FORSINKET\", \"version\": " + v + "}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("Forsinket krever ny forventet dato og en begrunnelse."));
		mvc.perform(post("/api/oppdrag/" + tb(1) + "/status").with(leder()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"FORSINKET\", \"expectedDate\": \"" + omToMaaneder
					+ "\", \"reason\": \"Venter på tall\", \"note\": \"Halvveis\", \"version\": " + v + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("FORSINKET"))
			.andExpect(jsonPath("$.expectedDate").value(omToMaaneder))
			.andExpect(jsonPath("$.version").value(v + 1))
			.andExpect(jsonPath("$.history[0].status").value("FORSINKET"))
			.andExpect(jsonPath("$.history[0].note").value("Venter på tall"));
		mvc.perform(post("/api/oppdrag/" + tb(1) + "/status").with(admin()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"LEVERT\", \"version\": " + v + "}"))
			.andExpect(status().isConflict())
			// Who, when and the status in words; no version numbers or status codes.
			.andExpect(jsonPath("$.error").value(containsString("endret av Navn web-leder ")))
			.andExpect(jsonPath("$.error").value(containsString("Status er nå «Forsinket».")))
			.andExpect(jsonPath("$.error").value(not(containsString("FORSINKET"))))
			.andExpect(jsonPath("$.error").value(not(containsString("versjon"))))
			.andExpect(jsonPath("$.current.status").value("FORSINKET"))
			.andExpect(jsonPath("$.current.version").value(v + 1));
		mvc.perform(post("/api/oppdrag/" + tb(1) + "/status").with(admin()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"KANSKJE\", \"version\": " + v + "}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value("Ukjent status «KANSKJE»."));
		mvc.perform(post("/api/oppdrag/" + tb(1) + "/status").with(admin()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"status\": "))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").isString());
	}

	@Test
	void anAddressWithAnUnknownUnitOrAnImpossibleYearIsRefusedAndANorwegianDateIsRead() throws Exception {
		String[][] tilfeller = { { "agency", "999999", "Fant ingen etat med id 999999." },
				{ "division", "999999", "Fant ingen divisjon med id 999999." },
				{ "department", "999999", "Fant ingen avdeling med id 999999." },
				{ "year", "99999", "Ugyldig år «99999». Skriv året med fire sifre, for eksempel 2025." },
				// Too long for a number: it was read as one and overflowed, a 500.
				{ "agency", "99999999999999999999999", "Fant ingen etat med id 99999999999999999999999." },
				// Arabic-Indic three, a digit to Java but no id: it was read as agency 3.
				{ "agency", "٣", "Ukjent etat «٣»." },
				// No such letter, as no such division.
				{ "letter", "8999999999", "Fant ingen tildelingsbrev med id 8999999999." } };
		for (String[] t : tilfeller) {
			mvc.perform(get("/oppdrag").param(t[0], t[1]).with(uklarert()))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString(t[2])));
			mvc.perform(get("/api/oppdrag").param(t[0], t[1]).with(uklarert()))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.error").value(t[2]));
			for (String eksport : List.of("/oppdrag/eksport.csv", "/oppdrag/eksport.xlsx")) {
				mvc.perform(get(eksport).param(t[0], t[1]).with(uklarert()))
					.andExpect(status().isBadRequest())
					.andExpect(content().string(containsString(t[2])));
			}
		}
		// Other scripts' digits are no number on the page either.
		mvc.perform(get("/oppdrag").param("division", "٣").with(uklarert()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("«٣» er ikke en gyldig verdi for")));
		// The letter the assignments came from is taken, as before.
		long brev = jdbc.queryForObject("SELECT brev_id FROM oppdrag WHERE offisiell_id = ?", Long.class, tb(1));
		mvc.perform(get("/api/oppdrag").param("letter", String.valueOf(brev)).with(uklarert()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id", hasItem(tb(1))));
		// A letter of budget lines only is a letter still: its «Oppdrag fra brevet» is an empty list, not refused.
		long utenOppdrag = jdbc.queryForObject("""
				INSERT INTO tildelingsbrev (etat_id, aar, type, layout, filnavn, format, fil, sha256, importert_av)
				SELECT etat_id, 2199, 'SUPPLEMENTARY', 'TB2025', 'bare-budsjett.pdf', 'PDF', '\\x00', 'x', 'test'
				FROM oppdrag WHERE offisiell_id = ? RETURNING id""", Long.class, tb(1));
		try {
			mvc.perform(get("/api/oppdrag").param("letter", String.valueOf(utenOppdrag)).with(uklarert()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.total").value(0));
			mvc.perform(get("/oppdrag").param("letter", String.valueOf(utenOppdrag)).with(uklarert()))
				.andExpect(status().isOk());
		}
		finally {
			// Helsedirektoratet's: other tests' letter lists stay as they were.
			jdbc.update("DELETE FROM tildelingsbrev WHERE id = ?", utenOppdrag);
		}
		// Units that exist are taken, as before.
		mvc.perform(get("/api/oppdrag").param("division", String.valueOf(divisjon.id())).param("year",
				String.valueOf(aar)).with(uklarert()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(3));
		// A date typed the Norwegian way reads as the same day as the date field's.
		String norsk = tekst(mvc.perform(get("/oppdrag").param("year", String.valueOf(aar))
			.param("deadlineFrom", "1.1." + aar).param("deadlineTo", "31.12." + aar).with(uklarert())));
		String iso = tekst(mvc.perform(get("/oppdrag").param("year", String.valueOf(aar))
			.param("deadlineFrom", aar + "-01-01").param("deadlineTo", aar + "-12-31").with(uklarert())));
		assertThat(antallTreff(norsk)).isEqualTo(antallTreff(iso)).isPositive();
	}

	/**
	 * A right-to-left override sent in a value turned the rest of the register's own sentence around where the message
	 * quoted it: the bidirectional controls are left out of what a message quotes, on the page and in the API.
	 */
	@Test
	void aValueQuotedInAMessageCannotTurnTheSentenceAround() throws Exception {
		String baklengs = "\u202Eabc";
		String side = innhold(mvc.perform(get("/oppdrag").param("year", baklengs).with(uklarert()))
			.andExpect(status().isBadRequest()));
		assertThat(side).contains("«abc» er ikke en gyldig verdi for").doesNotContain("\u202E");
		mvc.perform(get("/api/oppdrag").param("year", baklengs).with(uklarert()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("Parameteren «year» må være et år med fire sifre, som 2025, ikke «abc»."));
		for (String[] t : new String[][] { { "agency", "\u2067Hdirx\u2069", "Ukjent etat «Hdirx»." },
				{ "sort", "\u202Bfrist\u202C", "Ukjent sortering «frist». Bruk en av relevans, id, frist, status, endret." },
				{ "status", "\u202DKANSKJE", "Ukjent status «KANSKJE»." } }) {
			assertThat(innhold(mvc.perform(get("/oppdrag").param(t[0], t[1]).with(uklarert()))
				.andExpect(status().isBadRequest()))).contains(t[2]).doesNotContain("\u202B", "\u202C", "\u202D",
						"\u2067", "\u2069");
			mvc.perform(get("/api/oppdrag").param(t[0], t[1]).with(uklarert()))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.error").value(t[2]));
		}
		assertThat(innhold(mvc.perform(get("/oppdrag/" + baklengs).with(uklarert())).andExpect(status().isNotFound())))
			.contains("Fant ikke oppdrag abc.").doesNotContain("\u202E");
		// A search that finds nothing names the search without them.
		assertThat(tekst(mvc.perform(get("/oppdrag").param("q", "\u202Eqxzvyw").with(uklarert()))))
			.contains("Ingen oppdrag passer søket «qxzvyw».");
		mvc.perform(post("/api/oppdrag/" + tb(1) + "/status").with(admin()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"\u202Estatus\": \"LEVERT\", \"version\": " + versjon(tb(1)) + "}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value(startsWith("Ukjent felt «status» (kjente felt: ")));
		mvc.perform(post("/api/oppdrag/" + tb(1) + "/status").with(admin()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\": \"\u202ELEVERT\", \"version\": " + versjon(tb(1)) + "}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("Ukjent status «LEVERT»."));
	}

	private static int antallTreff(String side) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("<h2>(\\d+) oppdrag</h2>").matcher(side);
		assertThat(m.find()).as("the list's count").isTrue();
		return Integer.parseInt(m.group(1));
	}

	@Test
	void aSearchTextTooLongToSearchIsRefusedSayingSoNotThatItsWordsAreTooCommon() throws Exception {
		String ord = "a".repeat(5_000);
		mvc.perform(get("/oppdrag").param("q", ord).with(uklarert()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Søketeksten kan være høyst 500 tegn; denne har 5000.")))
			.andExpect(content().string(not(containsString("for vanlige"))));
		mvc.perform(get("/api/oppdrag").param("q", ord).with(uklarert()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value(containsString("høyst 500 tegn")));
		mvc.perform(get("/oppdrag").param("q", "b".repeat(500)).with(uklarert())).andExpect(status().isOk());
	}

	@Test
	void quotesOfAnyKindOrBalanceNeverBreakASearchAndTheHelpSaysWhatTheyDo() throws Exception {
		String aarParam = String.valueOf(aar);
		for (String q : List.of("\"", "\"vaksine", "vaksine\"", "\"\"\"", "«»", "«fengsel", "\"a & b | !c:* <-> (d)\"")) {
			mvc.perform(get("/oppdrag").param("year", aarParam).param("q", q).with(uklarert()))
				.andExpect(status().isOk());
			mvc.perform(get("/api/oppdrag").param("year", aarParam).param("q", q).with(uklarert()))
				.andExpect(status().isOk());
		}
		mvc.perform(get("/oppdrag").with(uklarert()))
			.andExpect(content().string(containsString(
					"Sett ordene i anførselstegn for å finne dem etter hverandre i den rekkefølgen (også bøyde former)")));
	}

	@Test
	void theStatusCountsMarkEveryChosenStatusAndCallOnlyASingleOneTheCurrentPage() throws Exception {
		String aarParam = String.valueOf(aar);
		Map<String, String> flere = statuslenker(tekst(mvc.perform(get("/oppdrag").param("year", aarParam)
			.param("status", "PAAGAAR").param("status", "FORSINKET").with(uklarert()))));
		assertThat(flere.get("Pågår")).contains("class=\"valgt\"").doesNotContain("aria-current");
		assertThat(flere.get("Forsinket")).contains("class=\"valgt\"").doesNotContain("aria-current");
		assertThat(flere.get("Levert")).doesNotContain("valgt").doesNotContain("aria-current");
		Map<String, String> en = statuslenker(tekst(mvc.perform(get("/oppdrag").param("year", aarParam)
			.param("status", "PAAGAAR").with(uklarert()))));
		assertThat(en.get("Pågår")).contains("aria-current=\"true\"").doesNotContain("valgt");
		assertThat(en.get("Forsinket")).doesNotContain("valgt").doesNotContain("aria-current");
	}

	/** The opening tag of each link in the status count bar, by the status it names. */
	private static Map<String, String> statuslenker(String side) {
		Matcher nav = Pattern.compile("<nav class=\"oppdrag-statuser\".*?</nav>", Pattern.DOTALL).matcher(side);
		assertThat(nav.find()).isTrue();
		Map<String, String> lenker = new HashMap<>();
		Matcher lenke = Pattern.compile("(<a [^>]*>)\\s*<span>([^<]+)</span>").matcher(nav.group());
		while (lenke.find()) {
			lenker.put(lenke.group(2), lenke.group(1));
		}
		assertThat(lenker).containsKeys("Pågår", "Forsinket", "Levert");
		return lenker;
	}

	@Test
	void theListPageSortsNaturallyCountsPerStatusAndLinksExportsWithTheSameFilter() throws Exception {
		String side = tekst(mvc.perform(get("/oppdrag").param("year", String.valueOf(aar)).with(uklarert())));
		assertThat(side.indexOf(">" + tb(2) + "<")).isLessThan(side.indexOf(">" + tb(10) + "<"));
		assertThat(side.indexOf(">" + tb(3) + "<")).isLessThan(side.indexOf(">" + tb(10) + "<"));
		assertThat(side).contains("5 oppdrag", "/oppdrag/eksport.xlsx?year=" + aar, "/oppdrag/eksport.csv?year=" + aar,
				"/oppdrag?year=" + aar + "&amp;status=PAAGAAR");
		String ingen = tekst(mvc.perform(get("/oppdrag").param("year", String.valueOf(aar)).param("q", "xyzæøå")
			.with(uklarert())));
		assertThat(ingen).contains("Ingen oppdrag passer søket og filtrene.", "Nullstill filtre");
		// A bad address says what was wrong and leads back to the list.
		mvc.perform(get("/oppdrag").param("status", "FERDIG").with(uklarert())).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Ukjent status «FERDIG».")))
			.andExpect(content().string(containsString("href=\"/oppdrag\"")));
		mvc.perform(get("/oppdrag").param("deadlineFrom", "1. mars").with(uklarert()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString(
					"«1. mars» er ikke en gyldig verdi for frist fra (skriv datoen som 31.12.2025).")));
		mvc.perform(get("/oppdrag/eksport.csv").param("page", "første").with(uklarert()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("«første» er ikke en gyldig verdi for side.")));
		mvc.perform(get("/oppdrag/TB1999-404").with(uklarert())).andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Fant ikke oppdrag TB1999-404.")));
		// The API keeps naming the parameter as scripts write it.
		mvc.perform(get("/api/oppdrag").param("deadlineFrom", "1. mars").with(uklarert()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("Parameteren «deadlineFrom» må være en dato som 2025-04-03, ikke «1. mars»."));
		String fragment = tekst(mvc.perform(get("/oppdrag").param("year", String.valueOf(aar))
			.header("HX-Request", "true").with(uklarert())));
		assertThat(fragment).contains("id=\"resultater\"", tb(10)).doesNotContain("<html");
		// Going back in history htmx asks for the whole page, or it would show the results without the layout.
		mvc.perform(get("/oppdrag").param("year", String.valueOf(aar)).header("HX-Request", "true")
			.header("HX-History-Restore-Request", "true").with(uklarert()))
			.andExpect(content().string(containsString("<html")))
			.andExpect(content().string(containsString(tb(10))))
			.andExpect(header().stringValues(HttpHeaders.VARY, hasItem(containsString("HX-Request"))));
	}

	@Test
	void aBudgetLineLinksToItsPostOnTheAppropriationsOfTheAssignmentsAgencyAndYear() throws Exception {
		// An agency of its own whose newest year is not the assignment's, so a link without agency and year lands
		// on another agency or year.
		int y = OppdragTestdata.nyttAar();
		String etatNavn = "Lenkeetat " + y;
		mvc.perform(post("/admin/organisasjon/etat").with(admin()).with(csrf()).param("navn", etatNavn))
			.andExpect(status().is3xxRedirection());
		long etat = organisasjon.etatByName(etatNavn).orElseThrow().id();
		oppdragImport.apply(OppdragTestdata.nyttBrev(), y, etat, HemmeligBrev.oppdrag(y));
		bevilgningImport.apply(OppdragTestdata.nyttBrev(), y, etat,
				List.of(new BevilgningData(714, 21, "Lenkepost i år", 100L, null, false, null),
						new BevilgningData(732, 21, "Annet kapittel", 200L, null, false, null)),
				List.of());
		bevilgningImport.apply(OppdragTestdata.nyttBrev(), y + 1, etat,
				List.of(new BevilgningData(714, 21, "Lenkepost neste år", 300L, null, false, null)), List.of());

		String detalj = tekst(mvc.perform(get("/oppdrag/TB" + y + "-1").with(uklarert())));
		Matcher lenke = Pattern.compile("href=\"(/bevilgninger[?#][^\"]*)\"").matcher(detalj);
		assertThat(lenke.find()).as("the budget line's link").isTrue();
		String[] adresse = lenke.group(1).replace("&amp;", "&").split("#", 2);

		String bevilgninger = tekst(mvc.perform(get(adresse[0]).with(uklarert())));
		assertThat(bevilgninger).as(lenke.group(1))
			.contains("<option value=\"" + etat + "\" selected=\"selected\">" + etatNavn + "<",
				"<option value=\"" + y + "\" selected=\"selected\">" + y + "<",
				"<option value=\"714\" selected=\"selected\">714<", "Lenkepost i år")
			.doesNotContain("Annet kapittel", "Lenkepost neste år");
		// The fragment is the post's row, where the browser scrolls to and the page marks it.
		assertThat(adresse).as("a fragment naming the post's row").hasSize(2);
		assertThat(adresse[1]).isEqualTo("post-714-21");
		assertThat(bevilgninger).contains("id=\"post-714-21\"");
	}

	/**
	 * A cited post the agency's appropriations for the year do not give would land on an empty chapter: it is shown
	 * unlinked, with a note saying so, while a post they give stays linked.
	 */
	@Test
	void aCitedPostTheAppropriationsDoNotGiveIsShownUnlinkedWithANote() throws Exception {
		int y = OppdragTestdata.nyttAar();
		String etatNavn = "Postetat " + y;
		mvc.perform(post("/admin/organisasjon/etat").with(admin()).with(csrf()).param("navn", etatNavn))
			.andExpect(status().is3xxRedirection());
		long etat = organisasjon.etatByName(etatNavn).orElseThrow().id();
		oppdragImport.apply(OppdragTestdata.nyttBrev(), y, etat, HemmeligBrev.oppdrag(y));
		// Chapter 765 is there, but not its post 21; post 21 is there the next year only, which is not this year's.
		bevilgningImport.apply(OppdragTestdata.nyttBrev(), y, etat,
				List.of(new BevilgningData(714, 21, "Gitt post", 100L, null, false, null),
						new BevilgningData(765, 23, "Annen post i kapitlet", 200L, null, false, null)),
				List.of());
		bevilgningImport.apply(OppdragTestdata.nyttBrev(), y + 1, etat,
				List.of(new BevilgningData(765, 21, "Posten neste år", 300L, null, false, null)), List.of());
		String merknad = "(ikke blant bevilgningene til " + etatNavn + " for " + y + ")";

		String gitt = tekst(mvc.perform(get("/oppdrag/TB" + y + "-1").with(uklarert())));
		assertThat(gitt).contains("href=\"/bevilgninger?etat=" + etat + "&amp;aar=" + y
				+ "&amp;kapittel=714#post-714-21\">Kap. 714, post 21</a>").doesNotContain(merknad);

		String ikkeGitt = tekst(mvc.perform(get("/oppdrag/TB" + y + "-10").with(uklarert())));
		assertThat(ikkeGitt).contains("<span>Kap. 765, post 21</span>", merknad)
			.doesNotContain("#post-765-21", "kapittel=765");
	}

	@Test
	void aPagePastTheEndShowsTheLastPageAndANegativePageIsRefused() throws Exception {
		String aarParam = String.valueOf(aar);
		// 5 assignments, 2 a page: page 999 (of an old link) shows the third and last, with a way back.
		String side = tekst(mvc.perform(get("/oppdrag").param("year", aarParam).param("size", "2").param("page", "999")
			.with(uklarert())));
		assertThat(side).contains("Side 3 av 3", "rel=\"prev\"", "page=1").doesNotContain("Side 1 000", "rel=\"next\"")
			.containsOnlyOnce("class=\"oppdrag-id\"");
		// The API keeps answering a page past the end empty, so a script paging until it is empty stops.
		mvc.perform(get("/api/oppdrag").param("year", aarParam).param("size", "2").param("page", "999")
			.with(uklarert()))
			.andExpect(jsonPath("$.page").value(999))
			.andExpect(jsonPath("$.items.length()").value(0));
		mvc.perform(get("/oppdrag").param("page", "-1").with(uklarert())).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("«-1» er ikke en gyldig verdi for side.")));
		mvc.perform(get("/api/oppdrag").param("page", "-1").with(uklarert())).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("Parameteren «page» må være et helt tall fra 0 og oppover, ikke «-1»."));
	}

	@Test
	void aListOfSeveralPagesPrintsWhichRowsItHoldsAndOffersThemAllOnOnePage() throws Exception {
		// 5 assignments, 2 a page; the agency and the year are the filters the link must keep.
		String liste = "/oppdrag?year=" + aar + "&agency=Helsedirektoratet&size=2";
		String forste = tekst(mvc.perform(get(liste).with(klarert())));
		assertThat(forste).contains("Side 1 av 3");
		assertThat(utskriftslinje(forste)).isEqualTo("Oppdrag: Helsedirektoratet, " + aar
				+ ". Utskriften har rad 1\u20132 av 5");
		Matcher lenke = Pattern.compile("<a href=\"([^\"]*)\">Vis alle 5 på én side</a>").matcher(forste);
		assertThat(lenke.find()).isTrue();
		String alle = lenke.group(1).replace("&amp;", "&");
		assertThat(alle).startsWith("/oppdrag?").endsWith("#resultater")
			.contains("year=" + aar, "agency=Helsedirektoratet", "size=5").doesNotContain("size=2", "page=");
		assertThat(utskriftslinje(tekst(mvc.perform(get(liste + "&page=1").with(klarert())))))
			.endsWith("Utskriften har rad 3\u20134 av 5");

		// All on one page: nothing left to say, nor to offer; nor on a list that had one page to begin with.
		String helt = tekst(mvc.perform(get(alle.substring(0, alle.indexOf('#'))).with(klarert())));
		assertThat(helt).contains("Side 1 av 1").doesNotContain("Vis alle", "Utskriften har rad");
		assertThat(helt.split("class=\"oppdrag-id\"", -1)).hasSize(5 + 1);
		assertThat(tekst(mvc.perform(get("/oppdrag?year=" + aar).with(klarert()))))
			.doesNotContain("Vis alle", "Utskriften har rad");
	}

	@Test
	void aLeadsListStartsAtTheOwnDivisionWithEveryAssignmentOneLinkAwayWhileTheApiKeepsItsDefault() throws Exception {
		String egen = String.valueOf(divisjon.id());
		mvc.perform(get("/oppdrag").with(leder())).andExpect(status().isFound())
			.andExpect(redirectedUrl("/oppdrag?division=" + egen));
		// A desk officer's list, and any list a lead asks for with a parameter, is what it was.
		mvc.perform(get("/oppdrag").with(uklarert())).andExpect(status().isOk())
			.andExpect(content().string(containsString("Alle oppdrag fra tildelingsbrevene")))
			.andExpect(content().string(not(containsString("Vis alle oppdrag"))));
		mvc.perform(get("/oppdrag").param("page", "0").with(leder())).andExpect(status().isOk());

		String side = tekst(mvc.perform(get("/oppdrag").param("division", egen).param("year", String.valueOf(aar))
			.with(leder())));
		// TB-1 to TB-3 are the division's, the rest of the year is not routed; the exports take what is shown.
		assertThat(side).contains(tb(1), tb(2), tb(3)).doesNotContain(tb(10) + "<")
			.contains("<a class=\"oppdrag-alle\" href=\"/oppdrag?division=alle\">Vis alle oppdrag</a>")
			.contains("/oppdrag/eksport.xlsx?division=" + egen + "&amp;year=" + aar)
			.contains("/oppdrag/eksport.csv?division=" + egen + "&amp;year=" + aar)
			.doesNotContain("Alle oppdrag fra tildelingsbrevene");
		String alle = tekst(mvc.perform(get("/oppdrag").param("division", "alle").param("year", String.valueOf(aar))
			.with(leder())));
		assertThat(alle).contains(tb(10) + "<").doesNotContain("Vis alle oppdrag");
		assertThat(alle.split("class=\"oppdrag-id\"", -1)).hasSize(5 + 1);
		// Paging «every division» keeps it so: no redirect back to the own division.
		assertThat(alle).contains("division=alle&amp;year=" + aar);
		mvc.perform(get("/oppdrag/eksport.csv").param("division", "alle").param("year", String.valueOf(aar))
			.with(leder())).andExpect(status().isOk()).andExpect(content().string(containsString(tb(10) + ";")));
		// Other tools read the API: for a lead it gives every assignment without a division, as before.
		mvc.perform(get("/api/oppdrag").param("year", String.valueOf(aar)).with(leder()))
			.andExpect(jsonPath("$.items.length()").value(5));
		mvc.perform(get("/oppdrag").param("division", "noen").with(leder())).andExpect(status().isBadRequest());
	}

	@Test
	void aFilteredListSaysOnTheScreenWhatItIsFilteredByAndTheWholeListSaysItIsWhole() throws Exception {
		String filtrert = tekst(mvc.perform(get("/oppdrag").param("year", String.valueOf(aar)).param("status", "FORSINKET")
			.param("q", "program").with(uklarert())));
		// The print line's words (without its rows), on the screen, in place of the whole list's introduction.
		String utvalg = "Oppdrag: Forsinket, " + aar + ". Søk: «program»";
		assertThat(filtrert).contains("<p class=\"ingress kun-skjerm\">" + utvalg + "</p>")
			.doesNotContain("Alle oppdrag fra tildelingsbrevene");
		assertThat(utskriftslinje(filtrert)).isEqualTo(utvalg);
		// A changed filter (htmx) gets the line with the results, as the count.
		String endret = tekst(mvc.perform(get("/oppdrag").param("year", String.valueOf(aar))
			.header("HX-Request", "true").with(uklarert())));
		assertThat(endret).contains("<div id=\"oppdrag-utvalg\">", "<p class=\"ingress kun-skjerm\">Oppdrag: " + aar + "</p>");
		assertThat(tekst(mvc.perform(get("/oppdrag").with(uklarert())))).contains("Alle oppdrag fra tildelingsbrevene")
			.doesNotContain("ingress kun-skjerm");
	}

	/** The list's line printed in place of its filter form. */
	static String utskriftslinje(String side) {
		Matcher linje = Pattern.compile("<p class=\"kun-utskrift\">([^<]*)</p>").matcher(side);
		assertThat(linje.find()).as("utskriftslinjen").isTrue();
		return linje.group(1);
	}

	@Test
	void theHistorySaysWhatChangedInWordsAndDates() throws Exception {
		LocalDate ny = LocalDate.now(Formats.OSLO).plusMonths(2);
		String skrevet = new Formats().dato(ny);
		mvc.perform(post("/oppdrag/" + tb(3) + "/status").with(leder()).with(csrf()).param("status", "FORSINKET")
			.param("forventetDato", ny.toString()).param("grunn", "Venter på tall")
			.param("versjon", String.valueOf(versjon(tb(3))))).andExpect(redirectedUrl("/oppdrag/" + tb(3)));
		String side = tekst(mvc.perform(get("/oppdrag/" + tb(3)).with(uklarert())));
		String historikk = side.substring(side.indexOf("Alle endringer, nyeste først"));
		assertThat(historikk).contains("<td>Status</td>", "<td>Status (ny forventet dato)</td>",
				" " + skrevet + "</td>", " Forsinket</td>", "<td>Ruting (divisjon)</td>")
			.doesNotContain("(status)", "forventet_dato", ">" + ny + "<");

		// Delivered: the expected date is taken away, and the row says so rather than leave «Til» blank.
		mvc.perform(post("/oppdrag/" + tb(3) + "/status").with(leder()).with(csrf()).param("status", "LEVERT")
			.param("versjon", String.valueOf(versjon(tb(3))))).andExpect(redirectedUrl("/oppdrag/" + tb(3)));
		String etter = tekst(mvc.perform(get("/oppdrag/" + tb(3)).with(uklarert())));
		String forste = etter.substring(etter.indexOf("<td>Status (ny forventet dato)</td>"));
		forste = forste.substring(0, forste.indexOf("</tr>"));
		// Labelled «Til» on a phone too, where an empty value otherwise takes no room.
		assertThat(forste).containsPattern(Pattern.quote(skrevet) + "</td>\\s*<td><span class=\"kun-smal\" "
				+ "aria-hidden=\"true\">Til</span> \\(ingen dato\\)</td>");
	}

	@Test
	void whoeverHasTheStatusFormGetsALinkStraightToItNearTheTop() throws Exception {
		String lenke = "<a href=\"#statusskjema\">Gå til statusskjemaet</a>";
		String egen = tekst(mvc.perform(get("/oppdrag/" + tb(2)).with(leder())));
		assertThat(egen).contains(lenke, "id=\"statusskjema\"");
		// In «Status og ansvar», before the assignment's text.
		assertThat(egen.indexOf(lenke)).isGreaterThan(egen.indexOf("Status og ansvar"))
			.isLessThan(egen.indexOf("Om oppdraget"));
		assertThat(tekst(mvc.perform(get("/oppdrag/" + tb(2)).with(uklarert())))).contains(lenke);
		String fremmed = tekst(mvc.perform(get("/oppdrag/" + tb(2)).with(annenLeder())));
		assertThat(fremmed).doesNotContain("#statusskjema", "id=\"statusskjema\"");
	}

	@Test
	void aLeadsFormOnAnAssignmentMovedAwaySinceSaysItWasMovedAndIsStillRefused() throws Exception {
		long v = versjon(tb(2));
		flyt.rute(List.of(tb(2)), annen.id(), null, OppdragTestdata.admin());
		mvc.perform(post("/oppdrag/" + tb(2) + "/status").with(leder()).with(csrf()).param("status", "PAAGAAR")
			.param("versjon", String.valueOf(v)))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("Oppdraget er flyttet til " + annen.navn() + " av Admin Test ")))
			.andExpect(content().string(containsString(". Endringen din er ikke lagret.")))
			.andExpect(content().string(containsString("Ingen tilgang")));
	}

	@Test
	void aLeadUpdatesStatusOnThePageAndALeadOfAnotherDivisionIsRefused() throws Exception {
		long v = versjon(tb(2));
		mvc.perform(post("/oppdrag/" + tb(2) + "/status").with(annenLeder()).with(csrf()).param("status", "LEVERT")
			.param("versjon", String.valueOf(v))).andExpect(status().isForbidden());
		String fremmed = tekst(mvc.perform(get("/oppdrag/" + tb(2)).with(annenLeder())));
		assertThat(fremmed).doesNotContain("Oppdater status");
		String egen = tekst(mvc.perform(get("/oppdrag/" + tb(2)).with(leder())));
		assertThat(egen).contains("Oppdater status", "name=\"forventetDato\"", "Begrunnelse (ved Forsinket)<");
		assertThat(tekst(mvc.perform(get("/oppdrag/" + tb(2)).with(admin()))))
			.contains("Begrunnelse (ved Forsinket og Utgår)");
		// A desk officer cannot set Forsinket: no expected date to fill in, a reason only for Utgår.
		String saksbehandler = tekst(mvc.perform(get("/oppdrag/" + tb(2)).with(uklarert())));
		assertThat(saksbehandler).contains("Oppdater status", "Begrunnelse (ved Utgår)")
			.doesNotContain("name=\"forventetDato\"");
		mvc.perform(post("/oppdrag/" + tb(2) + "/status").with(leder()).with(csrf()).param("status", "LEVERT")
			.param("notat", "Rapport sendt").param("versjon", String.valueOf(v)))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/oppdrag/" + tb(2)));
		mvc.perform(post("/oppdrag/" + tb(2) + "/status").with(uklarert()).with(csrf()).param("status", "FULLFORT")
			.param("versjon", String.valueOf(v + 1))).andExpect(redirectedUrl("/oppdrag/" + tb(2)));
		String etter = tekst(mvc.perform(get("/oppdrag/" + tb(2)).with(uklarert())));
		assertThat(etter).contains("Fullført", "Rapport sendt", "Navn web-leder", "Navn web-uklarert");
		// A stale form shows a message instead of overwriting.
		mvc.perform(post("/oppdrag/" + tb(2) + "/status").with(admin()).with(csrf()).param("status", "PAAGAAR")
			.param("versjon", String.valueOf(v))).andExpect(redirectedUrl("/oppdrag/" + tb(2) + "#statusskjema"))
			.andExpect(flash().attribute("feil",
					containsString("endret av Navn web-uklarert")))
			.andExpect(flash().attribute("feil", containsString("Status er nå «Fullført».")));
	}

	@Test
	void aRefusedStatusChangeComesBackWithWhatTheLeadTyped() throws Exception {
		String omToMaaneder = LocalDate.now(Formats.OSLO).plusMonths(2).toString();
		// A real session, as in the browser: the typed values travel through the session store to the next page.
		Cookie sesjon = mvc.perform(formLogin("/login").user("web-leder").password("passord-passord-1")).andReturn()
			.getResponse().getCookie("SESSION");
		long v = versjon(tb(1));
		mvc.perform(post("/oppdrag/" + tb(1) + "/status").cookie(sesjon).with(csrf()).param("status", "FORSINKET")
			.param("notat", "Halvveis med rapporten").param("grunn", "Venter på tall fra RHF")
			.param("versjon", String.valueOf(v))).andExpect(redirectedUrl("/oppdrag/" + tb(1) + "#statusskjema"));
		String side = tekst(mvc.perform(get("/oppdrag/" + tb(1)).cookie(sesjon)));
		// Only the date was missing, and only the date is named.
		assertThat(side).contains("Velg ny forventet dato for forsinkelsen.",
				"<option value=\"FORSINKET\" selected=\"selected\">Forsinket</option>",
				">Halvveis med rapporten</textarea>")
			.containsPattern("name=\"grunn\"\\s+value=\"Venter på tall fra RHF\"");
		// The date comes back too, and once shown the form holds the assignment's own values again.
		mvc.perform(post("/oppdrag/" + tb(1) + "/status").cookie(sesjon).with(csrf()).param("status", "FORSINKET")
			.param("forventetDato", omToMaaneder).param("versjon", String.valueOf(v)))
			.andExpect(redirectedUrl("/oppdrag/" + tb(1) + "#statusskjema"));
		assertThat(tekst(mvc.perform(get("/oppdrag/" + tb(1)).cookie(sesjon))))
			.contains("value=\"" + omToMaaneder + "\"");
		assertThat(tekst(mvc.perform(get("/oppdrag/" + tb(1)).cookie(sesjon))))
			.doesNotContain("value=\"" + omToMaaneder + "\"", "Halvveis med rapporten",
					"selected=\"selected\">Forsinket<");
	}

	@Test
	void aLeadOfAnotherDivisionIsToldWhoseAssignmentItIsAndWhyAChangeIsRefused() throws Exception {
		String rutet = "Oppdraget er rutet til " + divisjon.navn()
				+ ". Bare lederen for den divisjonen kan oppdatere statusen.";
		assertThat(tekst(mvc.perform(get("/oppdrag/" + tb(2)).with(annenLeder())))).contains(rutet)
			.doesNotContain("Oppdater status");
		assertThat(tekst(mvc.perform(get("/oppdrag/" + tb(10)).with(annenLeder()))))
			.contains("Oppdraget er ikke rutet til en divisjon ennå.");
		// Only leads are told: the division's own lead has the form, a desk officer is not a lead at all.
		assertThat(tekst(mvc.perform(get("/oppdrag/" + tb(2)).with(leder())))).doesNotContain(rutet)
			.contains("Oppdater status");
		assertThat(tekst(mvc.perform(get("/oppdrag/" + tb(2)).with(uklarert())))).doesNotContain(rutet);
		// Sent anyway, the form is refused with 403 and the workflow's reason, not the general page.
		mvc.perform(post("/oppdrag/" + tb(2) + "/status").with(annenLeder()).with(csrf()).param("status", "LEVERT")
			.param("versjon", String.valueOf(versjon(tb(2)))))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("Oppdraget er ikke rutet til din divisjon.")))
			.andExpect(content().string(containsString("Ingen tilgang")));
	}

	@Test
	void adminsRouteManyAtOnceFromTheList() throws Exception {
		mvc.perform(post("/oppdrag/ruting").with(uklarert()).with(csrf()).param("valgt", tb(10))
			.param("divisjon", String.valueOf(annen.id())).param("sporring", "year=" + aar))
			.andExpect(status().isForbidden());
		mvc.perform(post("/oppdrag/ruting").with(admin()).with(csrf()).param("valgt", tb(10), "O-" + aar + "-0005")
			.param("divisjon", String.valueOf(annen.id())).param("sporring", "year=" + aar))
			.andExpect(redirectedUrl("/oppdrag?year=" + aar));
		mvc.perform(get("/api/oppdrag").param("year", String.valueOf(aar)).param("division", String.valueOf(annen.id()))
			.with(uklarert())).andExpect(jsonPath("$.total").value(2));
	}

	/**
	 * A list query longer than any the list makes could not be returned to (a redirect longer than the server writes,
	 * a blank error page): refused with the reason, and nothing routed. RutingAdresseTests sends it to the real server.
	 */
	@Test
	void aListQueryTooLongToReturnToIsRefusedBeforeAnythingIsRouted() throws Exception {
		String lang = "year=" + aar + "&q=" + "a".repeat(OppdragController.MAKS_SPORRING);
		String side = innhold(mvc.perform(post("/oppdrag/ruting").with(admin()).with(csrf()).param("valgt", tb(10))
			.param("divisjon", String.valueOf(annen.id())).param("sporring", lang))
			.andExpect(status().isBadRequest()));
		assertThat(side).contains("Adressen til listen du kom fra er for lang (" + lang.length() + " tegn, høyst "
				+ OppdragController.MAKS_SPORRING + "). Ingen oppdrag er rutet.")
			.contains("href=\"/oppdrag\"");
		mvc.perform(get("/api/oppdrag/" + tb(10)).with(admin())).andExpect(jsonPath("$.routing.divisionId").doesNotExist());
		// At the limit it is the list's address as before.
		String grense = "year=" + aar + "&q=" + "a".repeat(OppdragController.MAKS_SPORRING - ("year=" + aar + "&q=").length());
		mvc.perform(post("/oppdrag/ruting").with(admin()).with(csrf()).param("divisjon", String.valueOf(annen.id()))
			.param("sporring", grense))
			.andExpect(redirectedUrl("/oppdrag?" + grense));
	}

	@Test
	void theUnroutedAssignmentsAreAFilterOfTheirOwnAndLeaveItWhenRouted() throws Exception {
		String aarParam = String.valueOf(aar);
		long alle = antall(get("/api/oppdrag").param("year", aarParam));
		long ikkeRutet = antall(get("/api/oppdrag").param("year", aarParam).param("unrouted", "true"));
		assertThat(ikkeRutet).isEqualTo(alle - 3);
		mvc.perform(get("/api/oppdrag").param("year", aarParam).param("unrouted", "true").with(uklarert()))
			.andExpect(jsonPath("$.items[*].id", not(hasItem(tb(1)))))
			.andExpect(jsonPath("$.items[*].id", hasItem(tb(10))));
		mvc.perform(post("/oppdrag/ruting").with(admin()).with(csrf()).param("valgt", tb(10))
			.param("divisjon", String.valueOf(annen.id())).param("sporring", "year=" + aar + "&unrouted=true"))
			.andExpect(redirectedUrl("/oppdrag?year=" + aar + "&unrouted=true"));
		assertThat(antall(get("/api/oppdrag").param("year", aarParam).param("unrouted", "true")))
			.isEqualTo(ikkeRutet - 1);
		String side = tekst(
				mvc.perform(get("/oppdrag").param("year", aarParam).param("unrouted", "true").with(admin())));
		assertThat(side).contains(">" + (ikkeRutet - 1) + " oppdrag<").doesNotContain(">" + tb(10) + "<")
			.containsPattern("id=\"unrouted\"[^>]*checked");
		// Both a division and "not routed" cannot hold: refused with the reason, not an empty list.
		String feil = mvc.perform(get("/oppdrag").param("unrouted", "true")
				.param("division", String.valueOf(divisjon.id())).with(uklarert()))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(feil).contains("Velg enten en divisjon eller avdeling, eller bare oppdrag som ikke er rutet");
	}

	long antall(MockHttpServletRequestBuilder foresporsel) throws Exception {
		String json = tekst(mvc.perform(foresporsel.with(uklarert())));
		return Long.parseLong(json.replaceAll("(?s).*\"total\":(\\d+).*", "$1"));
	}

	/** Adds a unit the way an admin does and returns it. */
	Enhet nyEnhet(String sti, String forelder, long forelderId, String navn) throws Exception {
		mvc.perform(post("/admin/organisasjon/" + sti).with(admin()).with(csrf()).param(forelder, String.valueOf(forelderId))
			.param("navn", navn)).andExpect(status().is3xxRedirection());
		List<Enhet> enheter = sti.equals("divisjon") ? organisasjon.divisjoner(forelderId)
				: organisasjon.avdelinger(forelderId);
		return enheter.stream().filter(e -> e.navn().equals(navn)).findFirst().orElseThrow();
	}

	@Test
	void adminsRouteToADivisionAndADepartmentOfItOneByOneOrManyAndTheServerChecksTheDepartment() throws Exception {
		// An agency of its own with two divisions and a department in each, so no other test's organisation changes.
		int y = OppdragTestdata.nyttAar();
		String etatNavn = "Rutingetat " + y;
		mvc.perform(post("/admin/organisasjon/etat").with(admin()).with(csrf()).param("navn", etatNavn))
			.andExpect(status().is3xxRedirection());
		long etat = organisasjon.etatByName(etatNavn).orElseThrow().id();
		oppdragImport.apply(OppdragTestdata.nyttBrev(), y, etat, HemmeligBrev.oppdrag(y));
		Enhet forste = nyEnhet("divisjon", "etatId", etat, "Divisjon rute " + y);
		Enhet andre = nyEnhet("divisjon", "etatId", etat, "Divisjon ruting " + y);
		Enhet avdeling = nyEnhet("avdeling", "divisjonId", forste.id(), "Rutingavdeling " + y);
		Enhet fremmed = nyEnhet("avdeling", "divisjonId", andre.id(), "Fremmed avdeling " + y);
		String ti = "TB" + y + "-10";
		String en = "TB" + y + "-1";

		// Without JavaScript: the departments are offered grouped by division, on the detail page (the assignment's
		// agency only) and in the list (every agency's, so the group names the agency too).
		String detalj = tekst(mvc.perform(get("/oppdrag/" + ti).with(admin())));
		assertThat(detalj).contains("<optgroup label=\"" + forste.navn() + "\"", ">" + avdeling.navn() + "<",
				"name=\"avdeling\"");
		String liste = tekst(mvc.perform(get("/oppdrag").param("year", String.valueOf(y)).with(admin())));
		assertThat(liste).contains("id=\"ruting-avdeling\"",
				"<optgroup label=\"" + andre.navn() + " (" + etatNavn + ")\"", ">" + fremmed.navn() + "<");
		assertThat(tekst(mvc.perform(get("/oppdrag/" + ti).with(leder())))).doesNotContain("name=\"avdeling\"");

		// Only admins, refused on the server.
		mvc.perform(post("/oppdrag/" + ti + "/ruting").with(leder()).with(csrf())
			.param("divisjon", String.valueOf(forste.id())).param("avdeling", String.valueOf(avdeling.id())))
			.andExpect(status().isForbidden());
		mvc.perform(post("/oppdrag/ruting").with(uklarert()).with(csrf()).param("valgt", ti)
			.param("divisjon", String.valueOf(forste.id())).param("avdeling", String.valueOf(avdeling.id()))
			.param("sporring", "year=" + y)).andExpect(status().isForbidden());
		// A department of another division is refused with a message, and nothing changes.
		mvc.perform(post("/oppdrag/" + ti + "/ruting").with(admin()).with(csrf())
			.param("divisjon", String.valueOf(forste.id())).param("avdeling", String.valueOf(fremmed.id())))
			.andExpect(redirectedUrl("/oppdrag/" + ti))
			// The division's name says it is one: not «divisjonen Divisjon rute …».
			.andExpect(flash().attribute("feil", "Avdelingen hører ikke til " + forste.navn() + "."));
		// A division of another agency is refused by its name alone too.
		mvc.perform(post("/oppdrag/" + ti + "/ruting").with(admin()).with(csrf())
			.param("divisjon", String.valueOf(divisjon.id())))
			.andExpect(redirectedUrl("/oppdrag/" + ti))
			.andExpect(flash().attribute("feil", divisjon.navn() + " hører til en annen etat enn oppdrag " + ti + "."));
		mvc.perform(get("/api/oppdrag/" + ti).with(uklarert()))
			.andExpect(jsonPath("$.routing.divisionId").doesNotExist());

		// One by one on the detail page: division and department, both in the history.
		mvc.perform(post("/oppdrag/" + ti + "/ruting").with(admin()).with(csrf())
			.param("divisjon", String.valueOf(forste.id())).param("avdeling", String.valueOf(avdeling.id())))
			.andExpect(redirectedUrl("/oppdrag/" + ti)).andExpect(flash().attribute("melding", "Ett oppdrag er rutet."));
		mvc.perform(get("/api/oppdrag/" + ti).with(uklarert()))
			.andExpect(jsonPath("$.routing.divisionId").value(forste.id()))
			.andExpect(jsonPath("$.routing.departmentId").value(avdeling.id()))
			.andExpect(jsonPath("$.routing.department").value(avdeling.navn()))
			.andExpect(jsonPath("$.history[0].field").value("avdeling"))
			.andExpect(jsonPath("$.history[0].to").value(avdeling.navn()));

		// Many at once from the list, to the other division and its department; the list filters by it.
		mvc.perform(post("/oppdrag/ruting").with(admin()).with(csrf()).param("valgt", en, ti)
			.param("divisjon", String.valueOf(andre.id())).param("avdeling", String.valueOf(fremmed.id()))
			.param("sporring", "year=" + y))
			.andExpect(redirectedUrl("/oppdrag?year=" + y)).andExpect(flash().attribute("melding", "2 oppdrag er rutet."));
		mvc.perform(get("/api/oppdrag").param("year", String.valueOf(y)).param("department", String.valueOf(fremmed.id()))
			.with(uklarert())).andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.items[0].department").value(fremmed.navn()));
		String filtrert = tekst(mvc.perform(get("/oppdrag").param("year", String.valueOf(y))
			.param("department", String.valueOf(fremmed.id())).with(uklarert())));
		assertThat(filtrert).contains("2 oppdrag", ">" + en + "<", ">" + ti + "<").doesNotContain(">TB" + y + "-2<");
	}

	@Test
	void aRowWithoutADeadlineSaysSoInsteadOfABareLabel() throws Exception {
		// The 2020 letter gives many assignments neither a date nor a deadline text.
		int y = OppdragTestdata.nyttAar();
		long etat = organisasjon.etatByName("Helsedirektoratet").orElseThrow().id();
		oppdragImport.apply(OppdragTestdata.nyttBrev(), y, etat, List.of(
				new OppdragData("TB" + y + "-1", "1.1", "Mål", List.of("FHA"), "Uten frist",
						List.of(new Tekstdel("Tekst.", false)), List.of(), null, Unntak.NONE, List.of(), List.of()),
				new OppdragData("TB" + y + "-2", "1.1", "Mål", List.of("FHA"), "Med fristtekst",
						List.of(new Tekstdel("Tekst.", false)), List.of(), "Løpende", Unntak.NONE, List.of(), List.of())));
		String side = tekst(mvc.perform(get("/oppdrag").param("year", String.valueOf(y)).with(uklarert())));
		assertThat(frist(side, "TB" + y + "-1")).isEqualTo("Frist Ingen frist oppgitt");
		assertThat(frist(side, "TB" + y + "-2")).isEqualTo("Frist Løpende");
	}

	@Test
	void theLettersWordingOfADeadlineIsShownOnlyWhereItSaysMoreThanTheDates() throws Exception {
		int y = OppdragTestdata.nyttAar();
		long etat = organisasjon.etatByName("Helsedirektoratet").orElseThrow().id();
		oppdragImport.apply(OppdragTestdata.nyttBrev(), y, etat, List.of(
				new OppdragData("TB" + y + "-1", "1.1", "Mål", List.of("FHA"), "Samme dato, annet format",
						List.of(new Tekstdel("Tekst.", false)), List.of(LocalDate.of(y, 5, 31)), "31.mai " + y,
						Unntak.NONE, List.of(), List.of()),
				new OppdragData("TB" + y + "-2", "1.1", "Mål", List.of("FHA"), "Mer enn datoen",
						List.of(new Tekstdel("Tekst.", false)), List.of(LocalDate.of(y, 5, 31)),
						"Løpende, første gang 31.mai " + y, Unntak.NONE, List.of(), List.of())));
		String samme = tekst(mvc.perform(get("/oppdrag/TB" + y + "-1").with(uklarert())));
		assertThat(samme).containsPattern("<li><a [^>]*>31. mai " + y + "</a></li>")
			.doesNotContain("31.mai", "Brevets ordlyd om fristen");
		String mer = tekst(mvc.perform(get("/oppdrag/TB" + y + "-2").with(uklarert())));
		assertThat(mer).containsPattern("<li><a [^>]*>31. mai " + y + "</a></li>")
			.containsPattern("<dt>Brevets ordlyd om fristen</dt>\\s*<dd>Løpende, første gang 31.mai " + y + "</dd>");
		// The API keeps the letter's text as it was.
		mvc.perform(get("/api/oppdrag/TB" + y + "-1").with(uklarert()))
			.andExpect(jsonPath("$.deadlineText").value("31.mai " + y));
	}

	/** The deadline cell of the list's row for the assignment, as text (the phone's label first). */
	static String frist(String side, String id) {
		Matcher rad = Pattern.compile("(?s)<tr>(?:(?!</tr>).)*>" + Pattern.quote(id) + "</a>.*?</tr>").matcher(side);
		assertThat(rad.find()).as(id).isTrue();
		String[] celler = rad.group().split("<td");
		return celler[4].replaceAll("<[^>]+>", " ").replaceAll("^[^>]*>", "").replaceAll("\\s+", " ").strip();
	}

	@Test
	void theFilterOffersTheYearAndLetterOfAnImportAtOnce() throws Exception {
		assertThat(valg(tekst(mvc.perform(get("/oppdrag").with(uklarert()))), "year")).contains("value=\"" + aar + "\"");
		int nytt = OppdragTestdata.nyttAar();
		long brev = OppdragTestdata.nyttBrev();
		oppdragImport.apply(brev, nytt, organisasjon.etatByName("Helsedirektoratet").orElseThrow().id(),
				HemmeligBrev.oppdrag(nytt));
		String side = tekst(mvc.perform(get("/oppdrag").with(uklarert())));
		assertThat(valg(side, "year")).contains("value=\"" + nytt + "\"");
		assertThat(valg(side, "letter")).contains("value=\"" + brev + "\"");
	}

	@Test
	void theFilterShowsItsChoicesAndEveryRowItsDivisionAgencyAndYear() throws Exception {
		long etat = organisasjon.etatByName("Helsedirektoratet").orElseThrow().id();
		String side = tekst(mvc.perform(get("/oppdrag").param("year", String.valueOf(aar))
			.param("agency", String.valueOf(etat)).param("division", String.valueOf(divisjon.id())).with(uklarert())));
		assertThat(valg(side, "year")).contains("<option value=\"" + aar + "\" selected=\"selected\">" + aar + "<")
			.containsOnlyOnce("selected=");
		assertThat(valg(side, "agency"))
			.contains("<option value=\"" + etat + "\" selected=\"selected\">Helsedirektoratet<")
			.containsOnlyOnce("selected=");
		assertThat(valg(side, "division"))
			.contains("<option value=\"" + divisjon.id() + "\" selected=\"selected\">" + divisjon.navn() + "<")
			.contains("<option value=\"" + annen.id() + "\">" + annen.navn() + "<").containsOnlyOnce("selected=");
		assertThat(side).contains(">" + tb(1) + "<", divisjon.navn(), "Helsedirektoratet " + aar)
			.doesNotContain(">" + tb(10) + "<");
		// Without a choice nothing is selected but «Alle»; rows without a division say so.
		String alle = tekst(mvc.perform(get("/oppdrag").param("year", String.valueOf(aar)).with(uklarert())));
		assertThat(valg(alle, "division")).doesNotContain("selected");
		assertThat(valg(alle, "agency")).doesNotContain("selected");
		assertThat(alle).contains("Ikke rutet");
	}

	@Test
	void severalChosenStatusesAreTickedInTheFilterAndNamedInTheTitleAndTheCount() throws Exception {
		flyt.endreStatus(tb(1), new StatusEndring(OppdragStatus.PAAGAAR, null, null, null, versjon(tb(1))),
				OppdragTestdata.leder(divisjon.id()));
		flyt.endreStatus(tb(2), new StatusEndring(OppdragStatus.FORSINKET, null,
				LocalDate.now(Formats.OSLO).plusMonths(1), "Venter på tall", versjon(tb(2))),
				OppdragTestdata.leder(divisjon.id()));
		String y = String.valueOf(aar);
		// Repeated or comma-separated, in any order: the same list, named in the order the boxes stand in.
		for (String[] statuser : List.of(new String[] { "FORSINKET", "PAAGAAR" }, new String[] { "PAAGAAR,FORSINKET" })) {
			String side = tekst(mvc.perform(get("/oppdrag").param("year", y).param("status", statuser)
				.with(uklarert())));
			assertThat(avkryssedeStatuser(side)).containsExactly("PAAGAAR", "FORSINKET");
			assertThat(side).contains("<title>Oppdrag: Pågår eller Forsinket, " + aar + " – Styringsregister</title>",
					"<h2>2 oppdrag<span> med status Pågår eller Forsinket</span></h2>", ">" + tb(1) + "<",
					">" + tb(2) + "<")
				.doesNotContain(">" + tb(10) + "<");
		}
		String tre = tekst(mvc.perform(get("/oppdrag").param("year", y)
			.param("status", "IKKE_STARTET", "PAAGAAR", "FORSINKET").with(uklarert())));
		assertThat(avkryssedeStatuser(tre)).containsExactly("IKKE_STARTET", "PAAGAAR", "FORSINKET");
		assertThat(tre).contains("<title>Oppdrag: Ikke startet, Pågår eller Forsinket, " + aar,
				"<h2>5 oppdrag<span> med status Ikke startet, Pågår eller Forsinket</span></h2>");
		String en = tekst(mvc.perform(get("/oppdrag").param("year", y).param("status", "FORSINKET").with(uklarert())));
		assertThat(avkryssedeStatuser(en)).containsExactly("FORSINKET");
		assertThat(en).contains("<h2>1 oppdrag<span> med status Forsinket</span></h2>");
		// None ticked is every status: the form offers them all, and the count names none.
		String alle = tekst(mvc.perform(get("/oppdrag").param("year", y).with(uklarert())));
		assertThat(avkryssedeStatuser(alle)).isEmpty();
		assertThat(alle).contains("<h2>5 oppdrag</h2>", "<legend>Status</legend>");
		for (OppdragStatus status : OppdragStatus.values()) {
			assertThat(alle).contains("name=\"status\" value=\"" + status.name() + "\"");
		}
	}

	/** The statuses ticked in the filter form, in the order the boxes stand in. */
	private static List<String> avkryssedeStatuser(String side) {
		List<String> valgt = new ArrayList<>();
		Matcher boks = Pattern.compile("<input type=\"checkbox\"[^>]*name=\"status\"[^>]*>").matcher(side);
		while (boks.find()) {
			if (boks.group().contains("checked")) {
				valgt.add(boks.group().replaceAll(".*value=\"([A-Z_]+)\".*", "$1"));
			}
		}
		return valgt;
	}

	@Test
	void sortedByTheLastChangeTheListShowsWhenEachChanged() throws Exception {
		// Late in the evening by UTC is the next day in Oslo.
		jdbc.update("UPDATE oppdrag SET endret = TIMESTAMPTZ '2091-03-15 23:30:00+00' WHERE visnings_id = ?", tb(2));
		String side = tekst(mvc.perform(get("/oppdrag").param("year", String.valueOf(aar)).param("sort", "endret")
			.with(uklarert())));
		assertThat(side).contains("<th scope=\"col\">Sist endret</th>", ">16. mars 2091 kl. 00:30<");
		// Last changed first: the one changed in 2091 before those changed today.
		assertThat(side.indexOf(">" + tb(2) + "<")).isLessThan(side.indexOf(">" + tb(1) + "<"));
		String standard = tekst(mvc.perform(get("/oppdrag").param("year", String.valueOf(aar)).with(uklarert())));
		assertThat(standard).doesNotContain(">Sist endret</th>", "16. mars 2091");
	}

	/** The options of the filter's select with that id. */
	private static String valg(String side, String id) {
		int start = side.indexOf("<select id=\"" + id + "\"");
		assertThat(start).as(id).isNotNegative();
		return side.substring(start, side.indexOf("</select>", start));
	}

	@Test
	void yearEndIsAnAdminActionAndTheListLoadsHtmxFromTheWebjar() throws Exception {
		assertThat(valg(tekst(mvc.perform(get("/oppdrag").with(uklarert()))), "year"))
			.doesNotContain("value=\"" + (aar + 1) + "\"");
		mvc.perform(post("/oppdrag/videreforing").with(uklarert()).with(csrf()).param("aar", String.valueOf(aar)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/oppdrag/videreforing").with(uklarert()).with(csrf()).param("aar", String.valueOf(aar))
			.param("bekreftet", "true")).andExpect(status().isForbidden());
		// First what it would do, and nothing done yet: it copies many at once and cannot be undone.
		mvc.perform(post("/oppdrag/videreforing").with(admin()).with(csrf()).param("aar", String.valueOf(aar)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("5 uferdige oppdrag fra " + aar + " får en kopi i " + (aar + 1))))
			.andExpect(content().string(containsString("name=\"bekreftet\" value=\"true\"")));
		mvc.perform(get("/api/oppdrag").param("year", String.valueOf(aar + 1)).with(uklarert()))
			.andExpect(jsonPath("$.total").value(0));
		mvc.perform(post("/oppdrag/videreforing").with(admin()).with(csrf()).param("aar", String.valueOf(aar))
			.param("bekreftet", "true"))
			.andExpect(redirectedUrl("/oppdrag?year=" + (aar + 1)));
		mvc.perform(post("/oppdrag/videreforing").with(admin()).with(csrf()).param("aar", String.valueOf(aar)))
			.andExpect(content().string(containsString("Ingen uferdige oppdrag fra " + aar + " står igjen")));
		mvc.perform(get("/api/oppdrag").param("year", String.valueOf(aar + 1)).with(uklarert()))
			.andExpect(jsonPath("$.total").value(5))
			.andExpect(jsonPath("$.items[0].status").value("VIDEREFORT"));
		String side = tekst(mvc.perform(get("/oppdrag").with(uklarert())));
		assertThat(valg(side, "year")).as("the new year in the filter at once").contains("value=\"" + (aar + 1) + "\"");
		// The webjar locator puts the version into the address.
		assertThat(side).containsPattern("/webjars/htmx\\.org/[0-9.]+/dist/htmx\\.min\\.js").contains("/js/oppdrag.js")
			.doesNotContain("style=", "<script>");
		mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
	}

	@Test
	void yearEndConfirmPageListsWhatIsCopiedAndWhatTheNextLetterContinuesAndTheCopyKeepsItsDelay() throws Exception {
		NesteAarsBrev.importer(oppdragImport, organisasjon, aar);
		String neste = "TB" + (aar + 1) + "-";
		flyt.rute(List.of(jdbc.queryForObject("SELECT visnings_id FROM oppdrag WHERE aar = ? AND tittel = ?",
				String.class, aar, "Kompetanseløft i kommunene")), divisjon.id(), null, OppdragTestdata.admin());
		LocalDate forventet = LocalDate.now(Formats.OSLO).plusMonths(14);
		flyt.endreStatus(tb(2), new StatusEndring(OppdragStatus.FORSINKET, null, forventet,
				"Kartleggingen tar lengre tid", jdbc.queryForObject("SELECT versjon FROM oppdrag WHERE visnings_id = ?",
						Long.class, tb(2))), OppdragTestdata.leder(divisjon.id()));
		mvc.perform(post("/oppdrag/videreforing").with(leder()).with(csrf()).param("aar", String.valueOf(aar)))
			.andExpect(status().isForbidden());

		String side = tekst(mvc.perform(post("/oppdrag/videreforing").with(admin()).with(csrf())
			.param("aar", String.valueOf(aar))));
		assertThat(side).contains("2 uferdige oppdrag fra " + aar + " får en kopi i " + (aar + 1),
				"3 uferdige oppdrag er allerede videreført i tildelingsbrevet for " + (aar + 1),
				"<h2>Helsedirektoratet</h2>", "Får en kopi i " + (aar + 1) + " (2)",
				"Allerede videreført i tildelingsbrevet for " + (aar + 1) + " (3)",
				"Viderefør: kopier eller avslutt 2 og koble 3 oppdrag");
		assertThat(liste(side, "videreforing-kopieres")).containsSubsequence("href=\"/oppdrag/" + tb(2) + "\"",
				"Helsetjenester til innsatte", "href=\"/oppdrag/" + tb(3) + "\"", OppdragQueries.UNNTATT)
			.doesNotContain(tb(1) + "\"", "Kompetanseløft");
		assertThat(liste(side, "videreforing-fortsatt")).contains("Kompetanseløft i kommunene", "videreført som",
				"href=\"/oppdrag/" + neste + "2\"").containsSubsequence("href=\"/oppdrag/" + tb(1) + "\"",
				"Nasjonalt vaksinasjonsprogram for barn", "href=\"/oppdrag/" + neste + "1\"", NesteAarsBrev.NY_TITTEL,
				"href=\"/oppdrag/" + tb(10) + "\"", "href=\"/oppdrag/" + neste + "1\"")
			.doesNotContain(tb(2) + "\"");
		// Only the successor by title is not routed yet: it follows its origin, said before anything is written (the
		// one citing TB-1 got TB-1's routing at its import).
		assertThat(side).contains("Ett av oppdragene i tildelingsbrevet for " + (aar + 1) + " er ikke rutet ennå");
		assertThat(liste(side, "videreforing-fortsatt")).containsSubsequence("href=\"/oppdrag/" + neste + "2\"",
				"– rutes til " + divisjon.navn() + " som i " + aar).containsOnlyOnce("rutes til");
		// The admin has no clearance: the wholly exempt assignment is listed by its id, its title withheld.
		assertThat(side).doesNotContain(HEMMELIGE.toArray(String[]::new));

		mvc.perform(post("/oppdrag/videreforing").with(admin()).with(csrf()).param("aar", String.valueOf(aar))
			.param("bekreftet", "true"))
			.andExpect(redirectedUrl("/oppdrag?year=" + (aar + 1)))
			.andExpect(flash().attribute("melding", "2 uferdige oppdrag fra " + aar + " er kopiert til " + (aar + 1)
					+ " som Videreført. 3 var allerede videreført i tildelingsbrevet for " + (aar + 1)
					+ " og er koblet til oppdraget der i stedet for å kopieres. 1 av oppdragene der er rutet til samme "
					+ "divisjon som oppdraget det viderefører."));
		mvc.perform(post("/oppdrag/videreforing").with(admin()).with(csrf()).param("aar", String.valueOf(aar)))
			.andExpect(content().string(containsString("Ingen uferdige oppdrag fra " + aar + " står igjen")));

		String kopi = jdbc.queryForObject("SELECT c.visnings_id FROM oppdrag c JOIN oppdrag o ON o.id = c.opphav_id "
				+ "WHERE o.visnings_id = ?", String.class, tb(2));
		String dato = new Formats().dato(forventet);
		assertThat(tekst(mvc.perform(get("/oppdrag/" + kopi).with(uklarert())))).contains(
				"Helsedirektoratet skal kartlegge helsetilbudet i fengsler.", "Ny forventet dato", dato,
				"Kartleggingen tar lengre tid")
			.containsSubsequence("Status og ansvar", "Videreført fra", "href=\"/oppdrag/" + tb(2) + "\"", "Om oppdraget");
		assertThat(tekst(mvc.perform(get("/oppdrag/" + neste + "1").with(uklarert())))).contains("Videreført fra",
				"href=\"/oppdrag/" + tb(1) + "\"");
		// In the list the copy is due on its expected date, as a delayed assignment is.
		assertThat(tekst(mvc.perform(get("/oppdrag").param("year", String.valueOf(aar + 1)).with(uklarert()))))
			.containsSubsequence(kopi + "</a>", "oppdrag-forventet", dato);
	}

	@Test
	void theYearEndLeadsBackToTheListAsTheAdminLeftItAndSaysPlainlyThatNoneIsLinked() throws Exception {
		String aarParam = String.valueOf(aar);
		long etat = organisasjon.etatByName("Helsedirektoratet").orElseThrow().id();
		String sporring = "year=" + aar + "&agency=" + etat;
		String iHtml = Pattern.quote(sporring.replace("&", "&amp;"));
		// The list hands its query to the year end's form.
		String liste = tekst(mvc.perform(get("/oppdrag").param("year", aarParam).param("agency", String.valueOf(etat))
			.with(admin())));
		assertThat(liste).contains("<form id=\"videreforing\"")
			.containsPattern("name=\"liste\" form=\"videreforing\"\\s+value=\"" + iHtml + "\"");

		// No letter for the next year: said so, rather than that none is linked to it, and the button counts no link.
		String side = tekst(mvc.perform(post("/oppdrag/videreforing").with(admin()).with(csrf()).param("aar", aarParam)
			.param("liste", sporring)));
		assertThat(side).contains("Tildelingsbrevet for " + (aar + 1) + " er ikke importert ennå.")
			.containsPattern(">Viderefør: kopier eller avslutt [1-9]\\d* oppdrag</button>")
			.doesNotContain("De får ingen kopi", "oppdraget som viderefører", "kobles til tildelingsbrevet", " og koble ");
		// Back to the filtered list: the crumb and Avbryt; the confirm carries the query on.
		assertThat(side).containsPattern("<a href=\"/oppdrag\\?" + iHtml + "\">Tilbake til oppdragslisten</a>")
			.containsPattern("href=\"/oppdrag\\?" + iHtml + "\">Avbryt</a>")
			.containsPattern("name=\"liste\" value=\"" + iHtml + "\"");

		// A refused confirm shows the page again with the same way back, and nothing is copied.
		String avvist = mvc.perform(post("/oppdrag/videreforing").with(admin()).with(csrf()).param("aar", aarParam)
			.param("bekreftet", "true").param("avsluttes", "tull").param("grunn", "Utgår").param("liste", sporring))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(avvist).containsPattern("href=\"/oppdrag\\?" + iHtml + "\">Avbryt</a>");
		mvc.perform(get("/api/oppdrag").param("year", String.valueOf(aar + 1)).with(uklarert()))
			.andExpect(jsonPath("$.total").value(0));

		// Another page's address is no list to go back to: the plain list.
		String annen = tekst(mvc.perform(post("/oppdrag/videreforing").with(admin()).with(csrf()).param("aar", aarParam)
			.param("liste", "/bevilgninger?aar=" + aar)));
		assertThat(annen).contains("href=\"/oppdrag\">Avbryt</a>").doesNotContain("name=\"liste\"");
	}

	@Test
	void aYearEndWhoseEveryOpenAssignmentTheNextLetterContinuesSaysNoneIsCopied() throws Exception {
		NesteAarsBrev.importer(oppdragImport, organisasjon, aar);
		// The two the next letter does not continue are delivered: the rest are all continued there.
		CurrentUser leder = new CurrentUser(4, "leder", "Divisjon Leder", Rolle.HDIR_LEDER, divisjon.id(), true);
		for (String id : List.of(tb(2), tb(3))) {
			flyt.endreStatus(id, new StatusEndring(OppdragStatus.LEVERT, null, null, null, versjon(id)), leder);
		}
		String side = tekst(mvc.perform(post("/oppdrag/videreforing").with(admin()).with(csrf())
			.param("aar", String.valueOf(aar))));
		assertThat(side).contains("Ingen uferdige oppdrag fra " + aar + " får en kopi i " + (aar + 1) + ".",
				"3 uferdige oppdrag er allerede videreført i tildelingsbrevet for " + (aar + 1),
				">Viderefør: koble 3 oppdrag</button>")
			.doesNotContain("Kopien får med seg", "kopier eller avslutt", "er ikke importert");
	}

	/** The list of the given class on a page, from its start tag to its end. */
	static String liste(String side, String klasse) {
		int start = side.indexOf("<ul class=\"" + klasse + "\"");
		assertThat(start).as("the list " + klasse).isNotNegative();
		return side.substring(start, side.indexOf("</ul>", start));
	}

	@Test
	void exportsAreRealSpreadsheetsAndNorwegianCsv() throws Exception {
		byte[] csv = mvc.perform(get("/oppdrag/eksport.csv").param("year", String.valueOf(aar)).with(klarert()))
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"oppdrag-" + aar
					+ "-unntatt-offentlighet-" + LocalDate.now(Formats.OSLO) + ".csv\""))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(csv[0] & 0xff).isEqualTo(0xEF);
		assertThat(csv[1] & 0xff).isEqualTo(0xBB);
		assertThat(csv[2] & 0xff).isEqualTo(0xBF);
		String[] linjer = new String(csv, StandardCharsets.UTF_8).substring(1).split("\r\n");
		assertThat(linjer).hasSize(6);
		assertThat(linjer[0]).startsWith("ID;Nøkkel;År;Etat;Seksjon;Avdeling i HOD;Tittel;Status;Første frist");
		assertThat(linjer[5]).startsWith(tb(10) + ";").contains(";FHA, KTA;Rusforebyggende arbeid blant ungdom;Ikke startet;15.04." + aar);

		byte[] xlsx = mvc.perform(get("/oppdrag/eksport.xlsx").param("year", String.valueOf(aar))
			.param("status", "IKKE_STARTET").with(klarert())).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook bok = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet ark = bok.getSheetAt(0);
			assertThat(ark.getRow(0).getCell(0).getStringCellValue()).isEqualTo("ID");
			assertThat(ark.getRow(0).getCell(0).getCellStyle().getFontIndex()).isNotZero();
			assertThat(ark.getColumnWidth(6)).isGreaterThan(ark.getColumnWidth(2));
			assertThat(ark.getLastRowNum()).isEqualTo(5);
			Row ti = ark.getRow(5);
			assertThat(ti.getCell(0).getStringCellValue()).isEqualTo(tb(10));
			Cell frist = ti.getCell(8);
			assertThat(DateUtil.isCellDateFormatted(frist)).isTrue();
			assertThat(frist.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(java.time.LocalDate.of(aar, 4, 15));
			assertThat(ti.getCell(2).getNumericCellValue()).isEqualTo(aar);
		}
	}

	/**
	 * Neither citing a post nor named in a comment: the page says no link is known, not that there is none. TB-2 has an
	 * exempt part, so only a cleared reader is told so: to another, what an exempt part cites is withheld whether or
	 * not it cites anything (DelvisUnntattKonsistensTests).
	 */
	@Test
	void anAssignmentCitingNoBudgetLineSaysNoLinkIsKnownRatherThanNone() throws Exception {
		assertThat(tekst(mvc.perform(get("/oppdrag/" + tb(2)).with(klarert()))))
			.contains("Ingen kjent kobling: oppdraget viser ikke til noen budsjettlinje med kapittel og post, og ingen "
					+ "kommentar til en budsjettlinje nevner det ved id eller tittel.")
			.doesNotContain("Oppdraget viser ikke til noen budsjettlinje.");
		assertThat(tekst(mvc.perform(get("/oppdrag/" + tb(2)).with(uklarert()))))
			.contains("Hvilke budsjettlinjer de unntatte delene av teksten viser til, er unntatt offentlighet")
			.doesNotContain("Ingen kjent kobling", "Oppdraget viser ikke til noen budsjettlinje.");
		assertThat(tekst(mvc.perform(get("/oppdrag/" + tb(1)).with(uklarert())))).contains("Kap. 714, post 21")
			.doesNotContain("Ingen kjent kobling");
	}

	/**
	 * A budget line's comment that names assignments by official id links to them, beside the ones citing the post,
	 * as a citation does: a wholly exempt one only for a cleared user, an id not in the letter not at all.
	 */
	@Test
	void aBudgetLinesCommentNamingAnAssignmentLinksToItAsACitationWould() throws Exception {
		long etat = organisasjon.etatByName("Helsedirektoratet").orElseThrow().id();
		bevilgningImport.apply(OppdragTestdata.nyttBrev(), aar, etat, List.of(new BevilgningData(719, 60,
				"Kommunale tiltak", 1_000L, null, false, "1 mill. kroner til oppfølging, jf. oppdrag " + tb(10)
						+ ", " + tb(3).toLowerCase() + " og " + tb(99))),
				List.of());
		// Each with the way back to this view of the appropriations, at the line's row.
		String lenke = "href=\"/oppdrag/%s?liste=/bevilgninger?etat%%3D" + etat + "%%26aar%%3D" + aar
				+ "%%26kapittel%%3D719%%23post-719-60\"";
		String uklarert = tekst(mvc.perform(get("/bevilgninger").param("etat", String.valueOf(etat))
			.param("aar", String.valueOf(aar)).param("kapittel", "719").with(uklarert())));
		assertThat(uklarert).contains(lenke.formatted(tb(10))).doesNotContain(lenke.formatted(tb(3)))
			.doesNotContain(lenke.formatted(tb(99))).doesNotContain("Ingen kjent kobling");
		String klarert = tekst(mvc.perform(get("/bevilgninger").param("etat", String.valueOf(etat))
			.param("aar", String.valueOf(aar)).param("kapittel", "719").with(klarert())));
		assertThat(klarert).contains(lenke.formatted(tb(10)), lenke.formatted(tb(3)))
			.doesNotContain(lenke.formatted(tb(99)));
	}

	/**
	 * The progress note and the reason come last, after every column other tools read. On a wholly exempt assignment
	 * an uncleared viewer reads that they are withheld, as on its page (where they are left out) and in the status
	 * report; the cleared viewer reads them, and a public assignment's notes reach everyone.
	 */
	@Test
	void theExportsEndWithTheProgressNoteAndTheReasonWithheldFromAnUnclearedViewerAsOnThePage() throws Exception {
		flyt.endreStatus(tb(1), new StatusEndring(OppdragStatus.PAAGAAR, "Utkast er sendt på høring", null, null,
				versjon(tb(1))), OppdragTestdata.leder(divisjon.id()));
		flyt.endreStatus(tb(3), new StatusEndring(OppdragStatus.FORSINKET, "Lageret av moltesyltetøy er halvfullt",
				LocalDate.now(Formats.OSLO).plusMonths(1), "Leverandøren av moltesyltetøy har gått konkurs", versjon(tb(3))),
				OppdragTestdata.leder(divisjon.id()));
		List<String> kolonner = List.of("ID", "Nøkkel", "År", "Etat", "Seksjon", "Avdeling i HOD", "Tittel", "Status",
				"Første frist", "Alle frister", "Frist (tekst)", "Forventet dato", "Divisjon", "Avdeling",
				"Unntatt offentlighet", "Sist endret", "Fremdrift", "Begrunnelse");
		String unntatt = OppdragQueries.UNNTATT;
		for (boolean klarert : new boolean[] { true, false }) {
			RequestPostProcessor hvem = klarert ? klarert() : uklarert();
			String csv = new String(mvc.perform(get("/oppdrag/eksport.csv").param("year", String.valueOf(aar))
				.with(hvem)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(),
					StandardCharsets.UTF_8).substring(1);
			byte[] xlsx = mvc.perform(get("/oppdrag/eksport.xlsx").param("year", String.valueOf(aar)).with(hvem))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
			Map<String, List<String>> csvRader = new HashMap<>();
			String[] linjer = csv.split("\r\n");
			assertThat(List.of(linjer[0].split(";", -1))).containsExactlyElementsOf(kolonner);
			for (String linje : linjer) {
				List<String> felt = List.of(linje.split(";", -1));
				assertThat(felt).hasSize(kolonner.size());
				csvRader.put(felt.get(0), felt.subList(16, 18));
			}
			Map<String, List<String>> xlsxRader = new HashMap<>();
			try (XSSFWorkbook bok = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
				Sheet ark = bok.getSheetAt(0);
				List<String> overskrift = new ArrayList<>();
				ark.getRow(0).forEach(c -> overskrift.add(c.getStringCellValue()));
				assertThat(overskrift).containsExactlyElementsOf(kolonner);
				for (Row rad : ark) {
					xlsxRader.put(rad.getCell(0).getStringCellValue(), List.of(celle(rad, 16), celle(rad, 17)));
				}
			}
			for (Map<String, List<String>> rader : List.of(csvRader, xlsxRader)) {
				assertThat(rader.get(tb(1))).containsExactly("Utkast er sendt på høring", "");
				assertThat(rader.get(tb(10))).containsExactly("", "");
				assertThat(rader.get(tb(3))).as(klarert ? "cleared" : "uncleared")
					.containsExactlyElementsOf(klarert
							? List.of("Lageret av moltesyltetøy er halvfullt",
									"Leverandøren av moltesyltetøy har gått konkurs")
							: List.of(unntatt, unntatt));
			}
			if (!klarert) {
				assertThat(csv).doesNotContainIgnoringCase("moltesyltetøy");
				assertThat(xlsxTekst(xlsx)).doesNotContainIgnoringCase("moltesyltetøy");
			}
		}
	}

	/**
	 * The list's Excel file warns a cleared viewer when it shows a wholly exempt assignment: in the printed page's
	 * header and the file's description, the headings staying the first row. Neither the uncleared viewer's file of the
	 * same list, nor the cleared viewer's file of a partly exempt assignment alone (its title and notes are public),
	 * has the warning; nor has the CSV, where a line would be taken for a row. The name of both files says it, before
	 * the day, where the file is seen without being opened; the names of the files without the warning do not.
	 */
	@Test
	void theExcelExportWarnsAClearedViewerAtItsTopWhenItShowsExemptContent() throws Exception {
		String advarsel = "Inneholder opplysninger unntatt offentlighet (offl. § 22). Skal ikke deles med "
				+ "uvedkommende.";
		String idag = LocalDate.now(Formats.OSLO).toString();
		byte[] klarertXlsx = mvc.perform(get("/oppdrag/eksport.xlsx").param("year", String.valueOf(aar))
			.with(klarert())).andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"oppdrag-" + aar + "-unntatt-offentlighet-" + idag + ".xlsx\""))
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook bok = new XSSFWorkbook(new ByteArrayInputStream(klarertXlsx))) {
			XSSFSheet ark = bok.getSheetAt(0);
			assertThat(ark.getHeader().getCenter()).isEqualTo(advarsel);
			assertThat(bok.getProperties().getCoreProperties().getDescription()).isEqualTo(advarsel);
			assertThat(ark.getRow(0).getCell(0).getStringCellValue()).isEqualTo("ID");
			assertThat(ark.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
			assertThat(ark.getCTWorksheet().getAutoFilter().getRef()).startsWith("A1:");
			assertThat(xlsxTekst(klarertXlsx)).contains(HemmeligBrev.HEMMELIG_TITTEL);
		}
		String klarertCsv = new String(mvc.perform(get("/oppdrag/eksport.csv").param("year", String.valueOf(aar))
			.with(klarert())).andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"oppdrag-" + aar + "-unntatt-offentlighet-" + idag + ".csv\""))
			.andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(klarertCsv).contains(HemmeligBrev.HEMMELIG_TITTEL).doesNotContain("Skal ikke deles");

		byte[] uklarertXlsx = mvc.perform(get("/oppdrag/eksport.xlsx").param("year", String.valueOf(aar))
			.with(uklarert())).andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"oppdrag-" + aar + "-" + idag + ".xlsx\""))
			.andReturn().getResponse().getContentAsByteArray();
		mvc.perform(get("/oppdrag/eksport.csv").param("year", String.valueOf(aar)).with(uklarert()))
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"oppdrag-" + aar + "-" + idag + ".csv\""));
		assertThat(xlsxTekst(uklarertXlsx)).contains(tb(3)).doesNotContain("Skal ikke deles");
		try (XSSFWorkbook bok = new XSSFWorkbook(new ByteArrayInputStream(uklarertXlsx))) {
			assertThat(bok.getSheetAt(0).getHeader().getCenter()).isEmpty();
			assertThat(bok.getProperties().getCoreProperties().getDescription()).isNull();
		}

		// The partly exempt TB-2 alone, found by a word of its title.
		byte[] delvis = mvc.perform(get("/oppdrag/eksport.xlsx").param("year", String.valueOf(aar))
			.param("q", "innsatte").with(klarert())).andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"oppdrag-" + aar + "-" + idag + ".xlsx\""))
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook bok = new XSSFWorkbook(new ByteArrayInputStream(delvis))) {
			Sheet ark = bok.getSheetAt(0);
			assertThat(ark.getHeader().getCenter()).isEmpty();
			assertThat(ark.getLastRowNum()).isEqualTo(1);
			assertThat(ark.getRow(1).getCell(0).getStringCellValue()).isEqualTo(tb(2));
			assertThat(ark.getRow(1).getCell(14).getStringCellValue()).isEqualTo("Ja");
		}
	}

	private static String celle(Row rad, int nr) {
		Cell celle = rad.getCell(nr);
		return celle == null ? "" : celle.getStringCellValue();
	}

	/**
	 * Two downloads of different lists, or of one list on two days, get names of their own: the list's main filters
	 * and the day, never the search words.
	 */
	@Test
	void theExportsAreNamedAfterTheirFiltersAndTheDay() throws Exception {
		String idag = LocalDate.now(Formats.OSLO).toString();
		Enhet okonomi = organisasjon.divisjoner(organisasjon.etatByName("Helsedirektoratet").orElseThrow().id()).stream()
			.filter(d -> d.navn().equals("Divisjon helseøkonomi og finansiering")).findFirst().orElseThrow();
		String xlsx = mvc.perform(get("/oppdrag/eksport.xlsx").param("agency", "Helsedirektoratet")
			.param("division", String.valueOf(okonomi.id())).param("year", String.valueOf(aar))
			.param("status", "FORSINKET").param("overdue", "true").param("q", HemmeligBrev.HEMMELIG_TITTEL)
			.with(klarert())).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andReturn().getResponse().getHeader("Content-Disposition");
		String navn = "oppdrag-hdir-divisjon-helse%s-og-finansiering-" + aar + "-forsinket-forfalte-" + idag + ".xlsx";
		assertThat(xlsx).isEqualTo("attachment; filename=\"" + navn.formatted("oekonomi") + "\"; filename*=UTF-8''"
				+ navn.formatted("%C3%B8konomi"));
		assertThat(org.springframework.http.ContentDisposition.parse(xlsx).getFilename())
			.isEqualTo(navn.formatted("økonomi"));
		assertThat(xlsx).doesNotContainIgnoringCase("tyttebær").doesNotContainIgnoringCase("tyttebaer");
		mvc.perform(get("/oppdrag/eksport.csv").param("unrouted", "true").param("status", "IKKE_STARTET,LEVERT")
			.with(uklarert()))
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"oppdrag-ikke-rutet-ikke-startet-levert-" + idag + ".csv\""));
		mvc.perform(get("/oppdrag/eksport.csv").with(uklarert()))
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"oppdrag-" + idag + ".csv\""));
	}

	@Test
	void aCsvCellThatWouldStartAFormulaInExcelIsText() throws Exception {
		int y = OppdragTestdata.nyttAar();
		long etat = organisasjon.etatByName("Helsedirektoratet").orElseThrow().id();
		List<OppdragImport.OppdragData> farlige = new ArrayList<>();
		// Titles are trimmed on import, so a leading tab or carriage return does not reach the export this way.
		String[] titler = { "=1+1", "+1+1", "-2+3+cmd|' /C calc'!A0", "@SUM(1)" };
		for (int i = 0; i < titler.length; i++) {
			farlige.add(new OppdragImport.OppdragData("TB" + y + "-" + (i + 1), "1.1", "Seksjon", List.of("FHA"),
					titler[i], List.of(new OppdragImport.Tekstdel("Tekst.", false)), List.of(), "Løpende",
					OppdragImport.Unntak.NONE, List.of(), List.of()));
		}
		oppdragImport.apply(OppdragTestdata.nyttBrev(), y, etat, farlige);
		String csv = new String(mvc.perform(get("/oppdrag/eksport.csv").param("year", String.valueOf(y))
			.with(klarert())).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		List<String> cells = new ArrayList<>();
		for (String linje : csv.substring(1).split("\r\n")) {
			String[] felt = linje.split(";", -1);
			if (felt.length > 6 && felt[0].startsWith("TB" + y)) {
				cells.add(felt[6]);
			}
		}
		assertThat(cells).containsExactlyInAnyOrder("'=1+1", "'+1+1", "'-2+3+cmd|' /C calc'!A0", "'@SUM(1)");
	}
	@Test
	void theApiRefusesALeadChangingTheNoteOfAClosedAssignment() throws Exception {
		flyt.endreStatus(tb(1), new StatusEndring(OppdragStatus.LEVERT, "Rapport levert", null, null,
				versjon(tb(1))), OppdragTestdata.leder(divisjon.id()));
		flyt.endreStatus(tb(1), new StatusEndring(OppdragStatus.FULLFORT, null, null, null, versjon(tb(1))),
				OppdragTestdata.uklarert());
		long v = versjon(tb(1));
		mvc.perform(post("/api/oppdrag/" + tb(1) + "/status").with(leder()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\": \"FULLFORT\", \"note\": \"Endret i etterkant\", \"version\": " + v + "}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.error").value(OppdragArbeidsflyt.AVSLUTTET_FOR_LEDER));
		mvc.perform(post("/api/oppdrag/" + tb(1) + "/status").with(leder()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"note\": \"Endret i etterkant\", \"version\": " + v + "}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.error").value(OppdragArbeidsflyt.AVSLUTTET_FOR_LEDER));
		// Reopening it answers the same, not a 400 of its own.
		mvc.perform(post("/api/oppdrag/" + tb(1) + "/status").with(leder()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"PAAGAAR\", \"version\": " + v + "}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.error").value(OppdragArbeidsflyt.AVSLUTTET_FOR_LEDER));
		mvc.perform(get("/api/oppdrag/" + tb(1)).with(klarert()))
			.andExpect(jsonPath("$.progressNote").value("Rapport levert"))
			.andExpect(jsonPath("$.version").value(v));
		// The page says why there is no form, and who can reopen it.
		assertThat(tekst(mvc.perform(get("/oppdrag/" + tb(1)).with(leder()))))
			.contains("Oppdraget er avsluttet (Fullført), og statusen kan ikke endres lenger. Bare en administrator "
					+ "kan åpne det igjen.")
			.doesNotContain("Oppdater status");
		assertThat(tekst(mvc.perform(get("/oppdrag/" + tb(1)).with(admin())))).doesNotContain("Oppdraget er avsluttet (");
	}

	@Test
	void theStatusBoxIsHeadedOnceAndADeskOfficersChoicesOnADeliverySayWhatTheyDo() throws Exception {
		String side = tekst(mvc.perform(get("/oppdrag/" + tb(2)).with(uklarert())));
		assertThat(side).contains("<h2>Status og ansvar</h2>").doesNotContain("<h2>Status</h2>");
		assertThat(side).contains("<option value=\"UTGAAR\">Avslutt oppdraget (Utgår)</option>")
			.doesNotContain("value=\"FULLFORT\"");
		flyt.endreStatus(tb(2), new StatusEndring(OppdragStatus.LEVERT, null, null, null, versjon(tb(2))),
				OppdragTestdata.leder(divisjon.id()));
		String levert = tekst(mvc.perform(get("/oppdrag/" + tb(2)).with(uklarert())));
		assertThat(levert).contains("<option value=\"FULLFORT\">Godkjenn leveransen (Fullført)</option>",
				"<option value=\"PAAGAAR\">Send tilbake til divisjonen (Pågår)</option>");
		// A lead's and an admin's choices are the statuses themselves.
		assertThat(tekst(mvc.perform(get("/oppdrag/" + tb(2)).with(admin()))))
			.contains("<option value=\"FULLFORT\">Fullført</option>");
	}

	@Test
	void aDeliverySentBackSaysSoInTheStatusBoxUntilTheLeadUpdates() throws Exception {
		flyt.endreStatus(tb(2), new StatusEndring(OppdragStatus.LEVERT, "Rapport sendt", null, null, versjon(tb(2))),
				OppdragTestdata.leder(divisjon.id()));
		mvc.perform(post("/oppdrag/" + tb(2) + "/status").with(uklarert()).with(csrf()).param("status", "PAAGAAR")
			.param("notat", "Mangler kostnadsoverslag").param("versjon", String.valueOf(versjon(tb(2)))))
			.andExpect(redirectedUrl("/oppdrag/" + tb(2)));
		String idag = new no.hod.styringsregister.web.Formats().dato(LocalDate.now(Formats.OSLO));
		String side = tekst(mvc.perform(get("/oppdrag/" + tb(2)).with(leder())));
		String boks = side.substring(side.indexOf("<h2>Status og ansvar</h2>"), side.indexOf("<h2>Om oppdraget</h2>"));
		assertThat(boks).contains("Leveransen ble sendt tilbake " + idag + " av Navn web-uklarert.",
				"Mangler kostnadsoverslag", "Rapport sendt");
		mvc.perform(post("/oppdrag/" + tb(2) + "/status").with(leder()).with(csrf()).param("notat",
				"Overslaget kommer fredag").param("versjon", String.valueOf(versjon(tb(2)))))
			.andExpect(redirectedUrl("/oppdrag/" + tb(2)));
		assertThat(tekst(mvc.perform(get("/oppdrag/" + tb(2)).with(leder()))))
			.doesNotContain("Leveransen ble sendt tilbake").contains("Overslaget kommer fredag");
	}

	@Test
	void aRefusedCommentComesBackInItsFieldAndTheFieldsHaveTheLimit() throws Exception {
		Cookie sesjon = mvc.perform(formLogin("/login").user("web-uklarert").password("passord-passord-1")).andReturn()
			.getResponse().getCookie("SESSION");
		String lang = "Lang kommentar. " + "x".repeat(OppdragArbeidsflyt.MAKS_TEKST);
		mvc.perform(post("/oppdrag/" + tb(1) + "/kommentar").cookie(sesjon).with(csrf()).param("kommentar", lang))
			.andExpect(redirectedUrl("/oppdrag/" + tb(1) + "#kommentarskjema"));
		String side = tekst(mvc.perform(get("/oppdrag/" + tb(1)).cookie(sesjon)));
		assertThat(side).contains("Teksten kan være høyst 4000 tegn", ">" + lang + "</textarea>")
			.containsPattern("<textarea id=\"kommentar\" name=\"kommentar\" maxlength=\"4000\"")
			.containsPattern("<textarea id=\"notat\" name=\"notat\"[^>]*maxlength=\"4000\"");
		// Shown once; the next visit has an empty field again.
		assertThat(tekst(mvc.perform(get("/oppdrag/" + tb(1)).cookie(sesjon)))).doesNotContain(lang);
		// A line break counts as one character, as the browser counts it against maxlength.
		String linjer = "a\r\n".repeat(1999) + "b";
		mvc.perform(post("/oppdrag/" + tb(1) + "/kommentar").with(uklarert()).with(csrf()).param("kommentar", linjer))
			.andExpect(flash().attribute("melding", "Kommentaren er lagret."));
	}

	@Test
	void aCommentMarkedExemptIsReadOnlyByClearedUsersOnThePageAndInTheApi() throws Exception {
		assertThat(tekst(mvc.perform(get("/oppdrag/" + tb(1)).with(uklarert()))))
			.contains("Kommentaren kan leses av alle som kan se oppdraget, også av dem uten klarering.")
			// The status form's comment cannot be marked: it says so.
			.contains("Teksten regnes som offentlig: skriv ikke noe som er unntatt offentlighet.")
			.doesNotContain("name=\"unntatt\"");
		assertThat(tekst(mvc.perform(get("/oppdrag/" + tb(1)).with(klarert()))))
			.contains("<input type=\"checkbox\" id=\"kommentar-unntatt\" name=\"unntatt\" value=\"true\"")
			.contains("Kommentaren er unntatt offentlighet (offl. § 22)")
			.contains("Det som er unntatt offentlighet, skriver du under «Kommenter» og merker der.");
		mvc.perform(post("/oppdrag/" + tb(1) + "/kommentar").with(klarert()).with(csrf())
			.param("kommentar", "Zyxkvarts-avtalen er forsinket").param("unntatt", "true"))
			.andExpect(flash().attribute("melding", "Kommentaren er lagret som unntatt offentlighet."));
		assertThat(tekst(mvc.perform(get("/oppdrag/" + tb(1)).with(klarert()))))
			.containsPattern("Zyxkvarts-avtalen er forsinket</span>\\s*<span class=\"merkelapp\">Unntatt off.</span>");
		assertThat(tekst(mvc.perform(get("/oppdrag/" + tb(1)).with(uklarert())))).doesNotContain("Zyxkvarts")
			.contains("Kommentaren er unntatt offentlighet og vises bare for klarerte brukere.");
		String api = tekst(mvc.perform(get("/api/oppdrag/" + tb(1)).with(uklarert())));
		assertThat(api).doesNotContain("Zyxkvarts").contains("\"note\":null,\"exempt\":true,\"withheld\":true");
		assertThat(tekst(mvc.perform(get("/api/oppdrag/" + tb(1)).with(klarert()))))
			.contains("\"note\":\"Zyxkvarts-avtalen er forsinket\",\"exempt\":true,\"withheld\":false");
		// Refused on the server for an uncleared user, whatever the form offered.
		mvc.perform(post("/oppdrag/" + tb(1) + "/kommentar").with(uklarert()).with(csrf())
			.param("kommentar", "Hemmelig").param("unntatt", "true")).andExpect(status().isForbidden());
		assertThat(tekst(mvc.perform(get("/oppdrag/" + tb(1)).with(klarert())))).doesNotContain("Hemmelig");
	}

	@Test
	void aSearchThatTheFiltersHideSaysItFindsSomethingWithoutThem() throws Exception {
		// tb(10) is not routed: in the division's list its exact id finds nothing, but it exists.
		String skjult = tekst(mvc.perform(get("/oppdrag").param("q", tb(10)).param("year", String.valueOf(aar))
			.param("division", String.valueOf(divisjon.id())).with(uklarert())));
		assertThat(skjult).contains("Ingen oppdrag passer søket og filtrene.", "Uten filtrene gir søket ett treff.",
				"href=\"/oppdrag?q=" + tb(10) + "\"");
		// Nothing to find anywhere: no promise of hits elsewhere.
		assertThat(tekst(mvc.perform(get("/oppdrag").param("q", "zqxwv").param("year", String.valueOf(aar))
			.with(uklarert())))).contains("Ingen oppdrag passer søket").doesNotContain("Uten filtrene");
	}

	@Test
	void aSearchAloneThatFindsNothingIsAboutItsWordsNotAboutFilters() throws Exception {
		String ukjent = "TB" + aar + "-999";
		String side = tekst(mvc.perform(get("/oppdrag").param("q", ukjent).with(uklarert())));
		assertThat(side).contains("Ingen oppdrag passer søket «" + ukjent + "».",
				"Sjekk id-en eller stavemåten, eller prøv færre eller andre ord.", ">Vis alle oppdrag</a>")
			.doesNotContain("søket og filtrene", "fjern et filter", "Uten filtrene");
		// Sorting narrows nothing: still a search alone.
		assertThat(tekst(mvc.perform(get("/oppdrag").param("q", ukjent).param("sort", "frist").with(uklarert()))))
			.contains("Ingen oppdrag passer søket «" + ukjent + "».");
	}

	@Test
	void aSearchOfOnlyCommonWordsSaysWhyItFindsNothing() throws Exception {
		String vanlige = "Søket har bare ord som er for vanlige til å søke på";
		assertThat(tekst(mvc.perform(get("/oppdrag?q=og+i").with(uklarert())))).contains("Ingen oppdrag passer søket")
			.contains(vanlige);
		assertThat(tekst(mvc.perform(get("/oppdrag?q=zqxwv").with(uklarert())))).contains("Ingen oppdrag passer søket")
			.doesNotContain(vanlige);
		// A common word beside a telling one is dropped, not a reason to find nothing.
		assertThat(tekst(mvc.perform(get("/oppdrag?q=og+fengsel&year=" + aar).with(uklarert()))))
			.contains(">" + tb(2) + "<").doesNotContain(vanlige);
	}

	@Test
	void aDelayedDatesFieldStartsToday() throws Exception {
		String side = tekst(mvc.perform(get("/oppdrag/" + tb(2)).with(leder())));
		assertThat(side).containsPattern("name=\"forventetDato\"[^>]* min=\"" + LocalDate.now(Formats.OSLO) + "\"");
		mvc.perform(post("/oppdrag/" + tb(2) + "/status").with(leder()).with(csrf()).param("status", "FORSINKET")
			.param("forventetDato", "2020-01-01").param("grunn", "Venter").param("versjon",
					String.valueOf(versjon(tb(2)))))
			.andExpect(redirectedUrl("/oppdrag/" + tb(2) + "#statusskjema"))
			.andExpect(flash().attribute("feil", containsString("Ny forventet dato kan ikke være før i dag")));
		mvc.perform(get("/api/oppdrag/" + tb(2)).with(klarert())).andExpect(jsonPath("$.status").value("IKKE_STARTET"));
	}

	@Test
	void aLeadWithoutClearanceIsToldThatTheExemptNoteExistsAndAPassedSavedDateDoesNotBlockTheForm() throws Exception {
		// TB-3 is wholly exempt and routed to the lead's division; the lead has no clearance.
		LocalDate dato = LocalDate.now(Formats.OSLO).plusMonths(2);
		mvc.perform(post("/oppdrag/" + tb(3) + "/status").with(leder()).with(csrf()).param("status", "FORSINKET")
			.param("forventetDato", dato.toString()).param("grunn", "Grunn som er unntatt")
			.param("notat", "Fremdrift som er unntatt").param("versjon", String.valueOf(versjon(tb(3)))))
			.andExpect(redirectedUrl("/oppdrag/" + tb(3)));
		String side = tekst(mvc.perform(get("/oppdrag/" + tb(3)).with(leder())));
		assertThat(side).contains("Fremdrift og begrunnelse som er skrevet før, vises ikke for deg")
			.doesNotContain("Fremdrift som er unntatt", "Grunn som er unntatt");
		// Not exempt: no such notice.
		assertThat(tekst(mvc.perform(get("/oppdrag/" + tb(1)).with(leder())))).doesNotContain("vises ikke for deg");

		// The saved date has passed since: the field's lower bound lets it stand (the server keeps it).
		jdbc.update("UPDATE oppdrag SET forventet_dato = DATE '2020-01-01' WHERE visnings_id = ?", tb(3));
		assertThat(tekst(mvc.perform(get("/oppdrag/" + tb(3)).with(leder()))))
			.containsPattern("name=\"forventetDato\"[^>]* min=\"2020-01-01\"");
	}

	@Test
	void aFormSentBackAsItCameSaysNothingChangedAndADeskOfficersNoteSaysItIsAComment() throws Exception {
		mvc.perform(post("/oppdrag/" + tb(1) + "/status").with(leder()).with(csrf()).param("status", "PAAGAAR")
			.param("notat", "Godt i gang").param("versjon", String.valueOf(versjon(tb(1)))))
			.andExpect(flash().attribute("melding", "Endringen er lagret."));
		mvc.perform(post("/oppdrag/" + tb(1) + "/status").with(leder()).with(csrf()).param("status", "")
			.param("notat", "Godt i gang").param("versjon", String.valueOf(versjon(tb(1)))))
			.andExpect(redirectedUrl("/oppdrag/" + tb(1)))
			// Nothing saved and nothing wrong: information, not a success.
			.andExpect(flash().attribute("info", "Ingen endring å lagre: alt var som før."))
			.andExpect(flash().attribute("melding", org.hamcrest.Matchers.nullValue()));
		mvc.perform(post("/oppdrag/" + tb(1) + "/status").with(uklarert()).with(csrf()).param("status", "")
			.param("notat", "Fint arbeid").param("versjon", String.valueOf(versjon(tb(1)))))
			.andExpect(flash().attribute("melding", "Kommentaren er lagret."));
	}

	@Test
	void theModulesErrorPagesHaveTheLayoutAndLeadBackToTheAssignment() throws Exception {
		String ikkeFunnet = mvc.perform(get("/oppdrag/TB2099-1").with(leder())).andExpect(status().isNotFound())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(ikkeFunnet).contains("Fant ikke oppdrag TB2099-1.", "Navn web-leder", "Logg ut",
				"href=\"/oppdrag\"", "href=\"/rapporteringskalender\"").doesNotContain("href=\"/oppdrag/TB2099-1\"");
		String ugyldig = mvc.perform(get("/oppdrag").param("year", "abc").with(leder()))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(ugyldig).contains("«abc» er ikke en gyldig verdi for år.", "Navn web-leder", "Logg ut",
				"<h1>Ugyldig valg</h1>");
		// The register's common page for a refused choice: back to the list with the other filters, without the bad
		// one; in place of the results when the list asks in place (htmx).
		for (boolean htmx : new boolean[] { false, true }) {
			MockHttpServletRequestBuilder foresporsel = get("/oppdrag").queryParam("q", "vaksine")
				.queryParam("year", "abc").queryParam("status", "PAAGAAR").with(leder());
			String svar = mvc.perform(htmx ? foresporsel.header("HX-Request", "true") : foresporsel)
				.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
			assertThat(svar).as("htmx " + htmx).contains("<h1>Ugyldig valg</h1>")
				// The refused parameter named, for the filter to mark its field.
				.containsPattern("<div id=\"oppdrag-treff\">\\s*<p class=\"melding feil\" id=\"ugyldig-feil\" "
						+ "role=\"alert\"\\s+data-ugyldige-felt=\"year\">«abc» er ikke en gyldig verdi for år.</p>\\s*"
						+ "<p><a href=\"/oppdrag\\?q=vaksine"
						+ "&amp;status=PAAGAAR\">Tilbake til siden uten det ugyldige valget</a></p>");
		}
		mvc.perform(get("/oppdrag/eksport.csv").queryParam("year", "abc").queryParam("q", "vaksine").with(leder()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("<a href=\"/oppdrag?q=vaksine\">")));
		// A value read but refused by the list's rules is dropped the same way.
		mvc.perform(get("/oppdrag").queryParam("sort", "tull").queryParam("year", String.valueOf(aar)).with(leder()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("<h1>Ugyldig valg</h1>")))
			.andExpect(content().string(containsString(
					"<a href=\"/oppdrag?year=" + aar + "\">Tilbake til siden uten det ugyldige valget</a>")));
		String nektet = mvc.perform(post("/oppdrag/" + tb(2) + "/status").with(annenLeder()).with(csrf())
			.param("status", "LEVERT").param("versjon", String.valueOf(versjon(tb(2)))))
			.andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(nektet).contains("Oppdraget er ikke rutet til din divisjon.", "Navn web-annen-leder", "Logg ut",
				"<a href=\"/oppdrag/" + tb(2) + "\">Tilbake til oppdrag " + tb(2) + "</a>", "href=\"/oppdrag\"");
	}

	@Test
	void theHistoryStacksOnAPhone() throws Exception {
		String side = tekst(mvc.perform(get("/oppdrag/" + tb(1)).with(uklarert())));
		String historikk = side.substring(side.indexOf("<h2>Historikk</h2>"));
		// The shared stacked-table classes: rows become blocks on a narrow screen, values labelled Fra and Til.
		assertThat(historikk).contains("<table class=\"tabell stabel\">",
				"<span class=\"kun-smal\" aria-hidden=\"true\">Til</span> " + divisjon.navn() + "</td>",
				"<td class=\"hel-linje\">");
	}

	@Test
	void routingRefusesDeactivatedUnitsAndThePagesOfferOnlyActiveOnes() throws Exception {
		int y = OppdragTestdata.nyttAar();
		String etatNavn = "Deaktivertetat " + y;
		mvc.perform(post("/admin/organisasjon/etat").with(admin()).with(csrf()).param("navn", etatNavn))
			.andExpect(status().is3xxRedirection());
		long etat = organisasjon.etatByName(etatNavn).orElseThrow().id();
		oppdragImport.apply(OppdragTestdata.nyttBrev(), y, etat, HemmeligBrev.oppdrag(y));
		Enhet aktiv = nyEnhet("divisjon", "etatId", etat, "Aktiv divisjon " + y);
		Enhet nedlagt = nyEnhet("divisjon", "etatId", etat, "Nedlagt divisjon " + y);
		Enhet nedlagtAvdeling = nyEnhet("avdeling", "divisjonId", aktiv.id(), "Nedlagt avdeling " + y);
		String en = "TB" + y + "-1";
		String to = "TB" + y + "-2";
		flyt.rute(List.of(to), nedlagt.id(), null, OppdragTestdata.admin());
		for (Enhet enhet : List.of(nedlagtAvdeling, nedlagt)) {
			mvc.perform(post("/admin/organisasjon/enhet/" + enhet.id() + "/aktiv").with(admin()).with(csrf())
				.param("aktiv", "false")).andExpect(status().is3xxRedirection());
		}

		assertThatThrownBy(() -> flyt.rute(List.of(en), nedlagt.id(), null, OppdragTestdata.admin()))
			.isInstanceOf(Avvist.class).hasMessage("Divisjonen " + nedlagt.navn() + " er deaktivert og kan ikke få oppdrag.");
		assertThatThrownBy(() -> flyt.rute(List.of(en), aktiv.id(), nedlagtAvdeling.id(), OppdragTestdata.admin()))
			.isInstanceOf(Avvist.class)
			.hasMessage("Avdelingen " + nedlagtAvdeling.navn() + " er deaktivert og kan ikke få oppdrag.");
		mvc.perform(post("/oppdrag/" + en + "/ruting").with(admin()).with(csrf())
			.param("divisjon", String.valueOf(nedlagt.id())))
			.andExpect(flash().attribute("feil", "Divisjonen " + nedlagt.navn() + " er deaktivert og kan ikke få oppdrag."));
		mvc.perform(get("/api/oppdrag/" + en).with(uklarert())).andExpect(jsonPath("$.routing.divisionId").doesNotExist());
		// What is routed there stays; an active unit still takes new ones.
		assertThat(flyt.rute(List.of(en, to), aktiv.id(), null, OppdragTestdata.admin()).antall()).isEqualTo(2);

		String detalj = tekst(mvc.perform(get("/oppdrag/" + en).with(admin())));
		String divisjoner = detalj.substring(detalj.indexOf("<select id=\"divisjon\""),
				detalj.indexOf("</select>", detalj.indexOf("<select id=\"divisjon\"")));
		assertThat(divisjoner).contains(aktiv.navn()).doesNotContain(nedlagt.navn());
		assertThat(detalj).doesNotContain(nedlagtAvdeling.navn());
		String liste = tekst(mvc.perform(get("/oppdrag").param("year", String.valueOf(y)).with(admin())));
		assertThat(valg(liste, "ruting-divisjon")).contains(aktiv.navn()).doesNotContain(nedlagt.navn());
	}

	@Test
	void aDeactivatedDepartmentIsMarkedSoAndAClearedOneIsNamedAsNoneInTheHistory() throws Exception {
		int y = OppdragTestdata.nyttAar();
		String etatNavn = "Avdelingsmerketat " + y;
		mvc.perform(post("/admin/organisasjon/etat").with(admin()).with(csrf()).param("navn", etatNavn))
			.andExpect(status().is3xxRedirection());
		long etat = organisasjon.etatByName(etatNavn).orElseThrow().id();
		oppdragImport.apply(OppdragTestdata.nyttBrev(), y, etat, HemmeligBrev.oppdrag(y));
		Enhet div = nyEnhet("divisjon", "etatId", etat, "Merkedivisjon " + y);
		Enhet avd = nyEnhet("avdeling", "divisjonId", div.id(), "Merkeavdeling " + y);
		String en = "TB" + y + "-1";
		flyt.rute(List.of(en), div.id(), avd.id(), OppdragTestdata.admin());
		String ansvar = "<dt>Ansvarlig avdeling</dt>\n      <dd>";
		assertThat(tekst(mvc.perform(get("/oppdrag/" + en).with(admin())))).contains(ansvar + avd.navn() + "</dd>");

		mvc.perform(post("/admin/organisasjon/enhet/" + avd.id() + "/aktiv").with(admin()).with(csrf())
			.param("aktiv", "false")).andExpect(status().is3xxRedirection());
		assertThat(tekst(mvc.perform(get("/oppdrag/" + en).with(admin()))))
			.contains(ansvar + avd.navn() + " (deaktivert)</dd>");

		flyt.rute(List.of(en), div.id(), null, OppdragTestdata.admin());
		String side = tekst(mvc.perform(get("/oppdrag/" + en).with(admin())));
		String historikk = side.substring(side.indexOf("<h2>Historikk</h2>"));
		// newest first: cleared, then set from none
		String ruting = "<td>Ruting (avdeling)</td>";
		String fjernet = historikk.substring(historikk.indexOf(ruting), historikk.indexOf("</tr>", historikk.indexOf(ruting)));
		assertThat(fjernet).contains("<span class=\"kun-smal\" aria-hidden=\"true\">Fra</span> " + avd.navn() + "</td>",
				"<span class=\"kun-smal\" aria-hidden=\"true\">Til</span> (ingen avdeling)</td>");
	}

	@Test
	void severalDeadlinesAreShownEarliestFirstAndTheExportsFirstDeadlineIsTheEarliest() throws Exception {
		// The real letter of 2025 in a year no other test uses (the letter must name a year 20xx): TB-61 lists
		// «mars 2025» (its last day), 1 July, 15 September, 1 June, ...
		int y = 2047;
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin",
				null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
		try {
			letters.importFile("tb" + y + ".txt", TestDocuments.seed("tildelingsbrev-helsedirektoratet-2025.txt")
				.replace("2025", String.valueOf(y)).getBytes(StandardCharsets.UTF_8), "admin");
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		String id = "TB" + y + "-61";
		List<String> forventet = List.of("31. mars", "1. juni", "1. juli", "1. september", "15. september",
				"1. oktober", "1. november").stream().map(d -> d + " " + y).toList();
		String side = tekst(mvc.perform(get("/oppdrag/" + id).with(uklarert())));
		String frister = side.substring(side.indexOf("class=\"oppdrag-frister\""), side.indexOf("</ul>",
				side.indexOf("class=\"oppdrag-frister\"")));
		assertThat(Pattern.compile("<li><a [^>]*>([^<]*)</a></li>").matcher(frister).results().map(m -> m.group(1)).toList())
			.isEqualTo(forventet);
		mvc.perform(get("/api/oppdrag/" + id).with(uklarert()))
			.andExpect(jsonPath("$.deadlines[0]").value(y + "-03-31"))
			.andExpect(jsonPath("$.deadlines[6]").value(y + "-11-01"));
		String csv = new String(mvc.perform(get("/oppdrag/eksport.csv").param("q", id).param("year", String.valueOf(y))
			.with(uklarert())).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		String rad = csv.lines().filter(l -> l.startsWith(id + ";")).findFirst().orElseThrow();
		assertThat(rad.split(";")[8]).isEqualTo("31.03." + y);
		assertThat(rad).contains("31.03." + y + ", 01.06." + y + ", 01.07." + y + ", 01.09." + y + ", 15.09." + y);
	}

	Cookie innlogget(String bruker) throws Exception {
		return mvc.perform(formLogin("/login").user(bruker).password("passord-passord-1")).andReturn().getResponse()
			.getCookie("SESSION");
	}

	@Test
	void anEmptiedProgressNoteIsClearedOnThePageAndByAnEmptyNoteInTheApi() throws Exception {
		mvc.perform(post("/oppdrag/" + tb(1) + "/status").with(leder()).with(csrf()).param("status", "PAAGAAR")
			.param("notat", "Godt i gang").param("versjon", String.valueOf(versjon(tb(1)))))
			.andExpect(flash().attribute("melding", "Endringen er lagret."));
		// The prefilled field emptied, status kept.
		mvc.perform(post("/oppdrag/" + tb(1) + "/status").with(leder()).with(csrf()).param("status", "")
			.param("notat", "").param("versjon", String.valueOf(versjon(tb(1)))))
			.andExpect(flash().attribute("melding", "Endringen er lagret."));
		mvc.perform(get("/api/oppdrag/" + tb(1)).with(klarert())).andExpect(jsonPath("$.progressNote").doesNotExist())
			.andExpect(jsonPath("$.history[0].type").value("FREMDRIFT"))
			.andExpect(jsonPath("$.history[0].from").value("Godt i gang"));
		// Empty again: now nothing differs.
		mvc.perform(post("/oppdrag/" + tb(1) + "/status").with(leder()).with(csrf()).param("status", "")
			.param("notat", "").param("versjon", String.valueOf(versjon(tb(1)))))
			.andExpect(flash().attribute("info", "Ingen endring å lagre: alt var som før."));
		// Emptied together with a status change.
		mvc.perform(post("/oppdrag/" + tb(1) + "/status").with(leder()).with(csrf()).param("notat", "Nesten ferdig")
			.param("versjon", String.valueOf(versjon(tb(1))))).andExpect(flash().attribute("melding", "Endringen er lagret."));
		mvc.perform(post("/oppdrag/" + tb(1) + "/status").with(leder()).with(csrf()).param("status", "LEVERT")
			.param("notat", "").param("versjon", String.valueOf(versjon(tb(1)))))
			.andExpect(flash().attribute("melding", "Endringen er lagret."));
		mvc.perform(get("/api/oppdrag/" + tb(1)).with(klarert())).andExpect(jsonPath("$.status").value("LEVERT"))
			.andExpect(jsonPath("$.progressNote").doesNotExist());

		// The API: a note left out stays, an empty one clears it.
		mvc.perform(post("/api/oppdrag/" + tb(2) + "/status").with(leder()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"note\": \"Via API\", \"version\": " + versjon(tb(2)) + "}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.progressNote").value("Via API"));
		mvc.perform(post("/api/oppdrag/" + tb(2) + "/status").with(leder()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\": \"PAAGAAR\", \"version\": " + versjon(tb(2)) + "}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.progressNote").value("Via API"));
		mvc.perform(post("/api/oppdrag/" + tb(2) + "/status").with(leder()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"note\": \"\", \"version\": " + versjon(tb(2)) + "}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.progressNote").doesNotExist())
			.andExpect(jsonPath("$.status").value("PAAGAAR"));
	}

	@Test
	void aRefusedDateIsShownInTheFormBesideItsFieldWithWhatWasTyped() throws Exception {
		Cookie sesjon = innlogget("web-leder");
		String dato = LocalDate.now(Formats.OSLO).plusDays(30).toString();
		mvc.perform(post("/oppdrag/" + tb(1) + "/status").cookie(sesjon).with(csrf()).param("status", "LEVERT")
			.param("notat", "Halvveis med rapporten").param("forventetDato", dato)
			.param("versjon", String.valueOf(versjon(tb(1)))))
			.andExpect(redirectedUrl("/oppdrag/" + tb(1) + "#statusskjema"))
			.andExpect(flash().attribute("feil", containsString("Ny forventet dato hører til status Forsinket.")));
		String side = tekst(mvc.perform(get("/oppdrag/" + tb(1)).cookie(sesjon)));
		String skjema = side.substring(side.indexOf("<form class=\"skjema\" id=\"statusskjema\""));
		skjema = skjema.substring(0, skjema.indexOf("</form>"));
		assertThat(skjema).containsPattern("<p class=\"melding feil\" id=\"statusskjema-feil\" role=\"alert\"\\s*>Ny "
				+ "forventet dato hører til status Forsinket.").contains( ">Halvveis med rapporten</textarea>", "value=\"" + dato + "\"")
			.containsPattern("id=\"forventetDato\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"statusskjema-feil ")
			.containsPattern("id=\"ny-status\"[^>]*aria-invalid=\"true\"")
			.doesNotContainPattern("id=\"notat\"[^>]*aria-invalid");
		// Said in the form, not again at the top of the page: once as the form's message, and once over the field that
		// takes the focus, for a reader at 200 % zoom (hidden from screen readers, which have it as the description).
		String foran = side.substring(0, side.indexOf("<form class=\"skjema\" id=\"statusskjema\""));
		assertThat(foran).doesNotContain("Ny forventet dato hører til status Forsinket.");
		assertThat(side.split("Ny forventet dato hører til status Forsinket.", -1)).hasSize(3);
		assertThat(skjema).containsPattern("<p class=\"feltfeil\" aria-hidden=\"true\">Ny forventet dato hører til status "
			+ "Forsinket.[^<]*</p>\\s*<select id=\"ny-status\"");
		mvc.perform(get("/api/oppdrag/" + tb(1)).with(klarert())).andExpect(jsonPath("$.status").value("IKKE_STARTET"))
			.andExpect(jsonPath("$.expectedDate").doesNotExist());
		// Without a refusal nothing is marked.
		assertThat(tekst(mvc.perform(get("/oppdrag/" + tb(1)).cookie(sesjon)))).doesNotContain("aria-invalid",
				"statusskjema-feil");
		mvc.perform(post("/api/oppdrag/" + tb(1) + "/status").with(leder()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\": \"LEVERT\", \"expectedDate\": \"" + dato + "\", \"version\": " + versjon(tb(1)) + "}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value(containsString("Ny forventet dato hører til status Forsinket.")));
	}

	@Test
	void anExpectedDateFarAheadIsRefusedNamingTheLimitAndTheFieldHasIt() throws Exception {
		LocalDate senest = LocalDate.now(Formats.OSLO).plusYears(5);
		String grense = new Formats().dato(senest);
		assertThat(tekst(mvc.perform(get("/oppdrag/" + tb(1)).with(leder()))))
			.containsPattern("name=\"forventetDato\"[^>]* max=\"" + senest + "\"")
			.contains("Tidligst i dag og senest " + grense + ".");
		for (String dato : List.of("9999-12-31", "2207-01-20", "31.12.9999")) {
			mvc.perform(post("/oppdrag/" + tb(1) + "/status").with(leder()).with(csrf()).param("status", "FORSINKET")
				.param("forventetDato", dato).param("grunn", "Venter").param("versjon", String.valueOf(versjon(tb(1)))))
				.andExpect(flash().attribute("feil", "Ny forventet dato kan være høyst 5 år frem i tid, altså senest "
						+ grense + "."));
		}
		for (String dato : List.of("9999-12-31", "+10000-01-01")) {
			mvc.perform(post("/api/oppdrag/" + tb(1) + "/status").with(leder()).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"FORSINKET\", \"expectedDate\": \""
						+ dato + "\", \"reason\": \"Venter\", \"version\": " + versjon(tb(1)) + "}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.error").value(containsString("høyst 5 år frem i tid")));
		}
		mvc.perform(get("/api/oppdrag/" + tb(1)).with(klarert())).andExpect(jsonPath("$.status").value("IKKE_STARTET"));
	}

	@Test
	void aDateThatDoesNotExistOrANulInTheNoteComesBackInTheFormAndTheApiSaysWhyInJson() throws Exception {
		Cookie sesjon = innlogget("web-leder");
		for (String dato : List.of("2026-02-31", "31.02.2026")) {
			mvc.perform(post("/oppdrag/" + tb(1) + "/status").cookie(sesjon).with(csrf()).param("status", "FORSINKET")
				.param("forventetDato", dato).param("grunn", "Venter på tall").param("notat", "Skrevet før feilen")
				.param("versjon", String.valueOf(versjon(tb(1)))))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl("/oppdrag/" + tb(1) + "#statusskjema"))
				.andExpect(flash().attribute("feil", "«" + dato + "» er ikke en gyldig dato. Skriv ny forventet dato "
						+ "som 31.12.2026 eller 2026-12-31."));
			String side = tekst(mvc.perform(get("/oppdrag/" + tb(1)).cookie(sesjon)));
			assertThat(side).contains(">Skrevet før feilen</textarea>", "value=\"" + dato + "\"")
				.containsPattern("id=\"forventetDato\"[^>]*aria-invalid=\"true\"");
		}
		// The NUL character: refused in the form, not by the bare 400 page, and the rest of the text kept.
		mvc.perform(post("/oppdrag/" + tb(1) + "/status").cookie(sesjon).with(csrf()).param("status", "PAAGAAR")
			.param("notat", "Halvveis\u0000 med rapporten").param("versjon", String.valueOf(versjon(tb(1)))))
			.andExpect(redirectedUrl("/oppdrag/" + tb(1) + "#statusskjema"))
			.andExpect(flash().attribute("feil", "Teksten inneholder et tegn som ikke er tillatt (NUL-tegnet)."));
		assertThat(tekst(mvc.perform(get("/oppdrag/" + tb(1)).cookie(sesjon))))
			.contains(">Halvveis med rapporten</textarea>")
			.containsPattern("id=\"notat\"[^>]*aria-invalid=\"true\"");
		mvc.perform(get("/api/oppdrag/" + tb(1)).with(klarert())).andExpect(jsonPath("$.status").value("IKKE_STARTET"));
		// Other forms keep the filter's refusal.
		mvc.perform(post("/oppdrag/" + tb(1) + "/kommentar").with(uklarert()).with(csrf()).param("kommentar", "a\u0000"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/oppdrag/" + tb(1) + "/status").with(leder()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"FORSINKET\", \"expectedDate\": "
					+ "\"2026-02-31\", \"reason\": \"Venter\", \"version\": " + versjon(tb(1)) + "}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.error").value("Feltet «expectedDate» kunne ikke leses: verdien må være en dato som "
					+ "2025-04-03, ikke «2026-02-31»."));
	}

	@Test
	void theListsQueryTravelsThroughTheAssignmentsPageAndItsFormsAndBack() throws Exception {
		String sporring = "year=" + aar + "&division=" + divisjon.id();
		String kodet = java.net.URLEncoder.encode(sporring, StandardCharsets.UTF_8);
		String liste = tekst(mvc.perform(get("/oppdrag?" + sporring).with(leder())));
		assertThat(liste).contains("href=\"/oppdrag/" + tb(1) + "?liste=" + kodet + "\"");
		// The plain list's links stay plain (a desk officer's: a lead's plain list opens at the own division).
		assertThat(tekst(mvc.perform(get("/oppdrag").with(uklarert())))).doesNotContain("?liste=");

		String side = tekst(mvc.perform(get("/oppdrag/" + tb(1)).param("liste", sporring).with(leder())));
		assertThat(side).contains("<a href=\"/oppdrag?year=" + aar + "&amp;division=" + divisjon.id()
				+ "\">Tilbake til oppdragslisten</a>", "<input type=\"hidden\" name=\"liste\" value=\"year=" + aar
				+ "&amp;division=" + divisjon.id() + "\">");
		mvc.perform(post("/oppdrag/" + tb(1) + "/status").with(leder()).with(csrf()).param("status", "PAAGAAR")
			.param("liste", sporring).param("versjon", String.valueOf(versjon(tb(1)))))
			.andExpect(redirectedUrl("/oppdrag/" + tb(1) + "?liste=" + kodet));
		mvc.perform(post("/oppdrag/" + tb(1) + "/status").with(leder()).with(csrf()).param("status", "FORSINKET")
			.param("liste", sporring).param("versjon", String.valueOf(versjon(tb(1)))))
			.andExpect(redirectedUrl("/oppdrag/" + tb(1) + "?liste=" + kodet + "#statusskjema"));
		mvc.perform(post("/oppdrag/" + tb(1) + "/kommentar").with(uklarert()).with(csrf()).param("kommentar", "Fint")
			.param("liste", sporring)).andExpect(redirectedUrl("/oppdrag/" + tb(1) + "?liste=" + kodet));
		mvc.perform(post("/oppdrag/" + tb(1) + "/ruting").with(admin()).with(csrf())
			.param("divisjon", String.valueOf(divisjon.id())).param("liste", sporring))
			.andExpect(redirectedUrl("/oppdrag/" + tb(1) + "?liste=" + kodet));

		// A search with markup in it is only ever a query of the list, encoded.
		String markup = tekst(mvc.perform(get("/oppdrag/" + tb(1)).param("liste", "q=\"><script>alert(1)</script>")
			.with(leder())));
		assertThat(markup).contains("href=\"/oppdrag?q=%22%3E%3Cscript%3Ealert%281%29%3C%2Fscript%3E\"")
			.doesNotContain("<script>alert");
		// Anything that is not the list's query leads to the plain list, and the forms forget it.
		for (String fiendtlig : List.of("//evil.example", "https://evil.example/oppdrag?year=2025",
				"year=2025&next=https://evil.example", "year=2025%0d%0aLocation:%20https://evil.example",
				"year=tjue", "year=2025%00", "%zz", "q=" + "x".repeat(3000))) {
			String svar = tekst(mvc.perform(get("/oppdrag/" + tb(1)).param("liste", fiendtlig).with(leder())));
			assertThat(svar).as(fiendtlig).contains("<a href=\"/oppdrag\">Tilbake til oppdragslisten</a>")
				.doesNotContain("evil.example", "name=\"liste\"");
			mvc.perform(post("/oppdrag/" + tb(1) + "/kommentar").with(uklarert()).with(csrf()).param("kommentar", "Ok")
				.param("liste", fiendtlig)).andExpect(redirectedUrl("/oppdrag/" + tb(1)));
		}
	}

	@Test
	void anAssignmentOpenedFromTheCalendarLeadsBackToTheCalendarAsItWas() throws Exception {
		String kalender = "/rapporteringskalender?visning=maned&maned=" + aar + "-05&divisjon=" + divisjon.id();
		String side = tekst(mvc.perform(get("/oppdrag/" + tb(1)).param("liste", kalender).with(uklarert())));
		assertThat(side).contains("<a href=\"" + kalender.replace("&", "&amp;") + "\">Tilbake til rapporteringskalenderen</a>")
			.doesNotContain("Tilbake til oppdragslisten");
		// A form sends the way back along, and the page it returns to still has it.
		mvc.perform(post("/oppdrag/" + tb(1) + "/kommentar").with(uklarert()).with(csrf()).param("kommentar", "Ok")
			.param("liste", kalender))
			.andExpect(redirectedUrl("/oppdrag/" + tb(1) + "?liste=" + URLEncoder.encode(kalender, StandardCharsets.UTF_8)));
		// Only the calendar's own parameters with plain values: nothing else is taken for its address.
		for (String fiendtlig : List.of("/rapporteringskalender?neste=https://evil.example",
				"/rapporteringskalender?visning=%0d%0a", "/rapporteringskalender?visning=a/b", "/rapporteringskalender/../x",
				"/rapporteringskalenderx", "//evil.example/rapporteringskalender")) {
			assertThat(tekst(mvc.perform(get("/oppdrag/" + tb(1)).param("liste", fiendtlig).with(uklarert()))))
				.as(fiendtlig).contains("<a href=\"/oppdrag\">Tilbake til oppdragslisten</a>")
				.doesNotContain("Tilbake til rapporteringskalenderen", "evil.example");
		}
	}

	@Test
	void theStartPagesWayBackTravelsThroughTheAssignmentsPageAndItsFormsAndNothingLikeItIsTakenForIt()
			throws Exception {
		// Routed to the lead's division today: on the lead's start page, linked with the way back to it.
		assertThat(tekst(mvc.perform(get("/").with(leder()))))
			.contains("href=\"/oppdrag/" + tb(1) + "?liste=forside\"");
		String side = tekst(mvc.perform(get("/oppdrag/" + tb(1)).param("liste", "forside").with(leder())));
		assertThat(side).contains("<a href=\"/\">Tilbake til forsiden</a>",
				"<input type=\"hidden\" name=\"liste\" value=\"forside\">").doesNotContain("Tilbake til oppdragslisten");

		// Saved, refused or unchanged, every form returns to the page with the same way back.
		String tilbake = "/oppdrag/" + tb(1) + "?liste=forside";
		mvc.perform(post("/oppdrag/" + tb(1) + "/status").with(leder()).with(csrf()).param("status", "PAAGAAR")
			.param("liste", "forside").param("versjon", String.valueOf(versjon(tb(1)))))
			.andExpect(flash().attribute("melding", "Endringen er lagret.")).andExpect(redirectedUrl(tilbake));
		mvc.perform(post("/oppdrag/" + tb(1) + "/status").with(leder()).with(csrf()).param("status", "FORSINKET")
			.param("liste", "forside").param("versjon", String.valueOf(versjon(tb(1)))))
			.andExpect(redirectedUrl(tilbake + "#statusskjema"));
		mvc.perform(post("/oppdrag/" + tb(1) + "/status").with(leder()).with(csrf()).param("status", "")
			.param("notat", "").param("liste", "forside").param("versjon", String.valueOf(versjon(tb(1)))))
			.andExpect(flash().attribute("info", IngenEndring.MELDING)).andExpect(redirectedUrl(tilbake));
		mvc.perform(post("/oppdrag/" + tb(1) + "/kommentar").with(uklarert()).with(csrf()).param("kommentar", "Fint")
			.param("liste", "forside")).andExpect(redirectedUrl(tilbake));
		mvc.perform(post("/oppdrag/" + tb(1) + "/kommentar").with(uklarert()).with(csrf()).param("kommentar", "")
			.param("liste", "forside")).andExpect(redirectedUrl(tilbake + "#kommentarskjema"));
		mvc.perform(post("/oppdrag/" + tb(1) + "/instruks").with(uklarert()).with(csrf()).param("punkt", "")
			.param("liste", "forside")).andExpect(redirectedUrl(tilbake));
		mvc.perform(post("/oppdrag/" + tb(1) + "/ruting").with(admin()).with(csrf())
			.param("divisjon", String.valueOf(annen.id())).param("liste", "forside"))
			.andExpect(flash().attribute("melding", "Ett oppdrag er rutet.")).andExpect(redirectedUrl(tilbake));
		// After the redirect, the page still leads back to the start page.
		assertThat(tekst(mvc.perform(get(tilbake).with(uklarert())))).contains("<a href=\"/\">Tilbake til forsiden</a>");

		// Only the word itself: nothing like it, and nothing that would lead elsewhere, is taken for the start page.
		for (String fiendtlig : List.of("Forside", "forside ", " forside", "forside&year=" + aar, "forside=1",
				"/forside", "/", "//evil.example", "https://evil.example/",
				"forside%0d%0aLocation:%20https://evil.example", "forside\r\nLocation: https://evil.example")) {
			String svar = tekst(mvc.perform(get("/oppdrag/" + tb(1)).param("liste", fiendtlig).with(uklarert())));
			assertThat(svar).as(fiendtlig).contains("<a href=\"/oppdrag\">Tilbake til oppdragslisten</a>")
				.doesNotContain("Tilbake til forsiden", "name=\"liste\"", "evil.example");
			mvc.perform(post("/oppdrag/" + tb(1) + "/kommentar").with(uklarert()).with(csrf()).param("kommentar", "Ok")
				.param("liste", fiendtlig)).andExpect(redirectedUrl("/oppdrag/" + tb(1)));
		}
	}

	@Test
	void aFormSentWithNothingFilledInSaysWhatIsMissingAsInformationAndKeepsWhatWasTyped() throws Exception {
		// A delivery waiting for the ministry: the desk officer's form offers accepting it, sending it back and Utgår.
		mvc.perform(post("/oppdrag/" + tb(1) + "/status").with(leder()).with(csrf()).param("status", "LEVERT")
			.param("notat", "Rapporten er sendt.").param("versjon", String.valueOf(versjon(tb(1)))))
			.andExpect(flash().attribute("melding", "Endringen er lagret."));
		long v = versjon(tb(1));
		int rader = historikkrader(tekst(mvc.perform(get("/oppdrag/" + tb(1)).with(klarert())))).size();
		Cookie sesjon = innlogget("web-uklarert");
		String ingenStatus = "Ingen endring å lagre: velg en ny status eller skriv en kommentar.";
		// No status chosen and no comment; a reason typed for Utgår, which was not chosen.
		mvc.perform(post("/oppdrag/" + tb(1) + "/status").cookie(sesjon).with(csrf()).param("status", "")
			.param("notat", "").param("grunn", "Halvskrevet begrunnelse").param("versjon", String.valueOf(v)))
			.andExpect(status().isFound()).andExpect(redirectedUrl("/oppdrag/" + tb(1)))
			.andExpect(flash().attribute("info", ingenStatus))
			.andExpect(flash().attribute("feil", org.hamcrest.Matchers.nullValue()))
			.andExpect(flash().attribute("melding", org.hamcrest.Matchers.nullValue()));
		String side = tekst(mvc.perform(get("/oppdrag/" + tb(1)).cookie(sesjon)));
		// Said once, as neutral information (as a lead's form sent back unchanged), nothing marked as wrong.
		assertThat(side).contains("<div class=\"melding info\" role=\"status\">" + ingenStatus + "</div>")
			.doesNotContain("melding feil", "role=\"alert\"", "aria-invalid", "autofocus");
		assertThat(side.split(Pattern.quote(ingenStatus), -1)).hasSize(2);
		// What was typed is still in the form.
		assertThat(skjema(side, "statusskjema")).containsPattern("id=\"grunn\"[^>]*value=\"Halvskrevet begrunnelse\"");

		// The comment form sent empty is another matter: its one field was left empty, so that field is what to fix
		// (WCAG 3.3.1). Said in the form, the field marked, pointing to the message and taking the focus.
		mvc.perform(post("/oppdrag/" + tb(1) + "/kommentar").cookie(sesjon).with(csrf()).param("kommentar", "  "))
			.andExpect(redirectedUrl("/oppdrag/" + tb(1) + "#kommentarskjema"))
			.andExpect(flash().attribute("feil", "Ingen kommentar å lagre: feltet var tomt."))
			.andExpect(flash().attribute("info", org.hamcrest.Matchers.nullValue()));
		side = tekst(mvc.perform(get("/oppdrag/" + tb(1)).cookie(sesjon)));
		assertThat(skjema(side, "kommentarskjema"))
			.contains("<p class=\"melding feil\" id=\"kommentarskjema-feil\" role=\"alert\">Ingen kommentar å lagre: "
					+ "feltet var tomt.</p>")
			.containsPattern("id=\"kommentar\"[^>]*aria-invalid=\"true\"[^>]*"
					+ "aria-describedby=\"kommentarskjema-feil[^>]*autofocus");
		// Once, in the form: not again above the page, nor in the status form.
		assertThat(side.split("Ingen kommentar å lagre", -1)).hasSize(2);
		assertThat(skjema(side, "statusskjema")).doesNotContain("aria-invalid", "melding feil");
		// A cleared user's exempt mark stays ticked.
		Cookie klarertSesjon = innlogget("web-klarert");
		mvc.perform(post("/oppdrag/" + tb(1) + "/kommentar").cookie(klarertSesjon).with(csrf()).param("kommentar", "")
			.param("unntatt", "true"))
			.andExpect(flash().attribute("feil", "Ingen kommentar å lagre: feltet var tomt."));
		assertThat(skjema(tekst(mvc.perform(get("/oppdrag/" + tb(1)).cookie(klarertSesjon))), "kommentarskjema"))
			.containsPattern("id=\"kommentar-unntatt\"[^>]*checked=\"checked\"").contains("aria-invalid=\"true\"");
		assertThat(versjon(tb(1))).isEqualTo(v);
		assertThat(historikkrader(tekst(mvc.perform(get("/oppdrag/" + tb(1)).with(klarert()))))).hasSize(rader);

		// A choice made without what it needs is a fault of the form: still refused as one, in the form.
		mvc.perform(post("/oppdrag/" + tb(1) + "/status").cookie(sesjon).with(csrf()).param("status", "PAAGAAR")
			.param("notat", "").param("versjon", String.valueOf(v)))
			.andExpect(redirectedUrl("/oppdrag/" + tb(1) + "#statusskjema"))
			.andExpect(flash().attribute("feil", "Skriv en kommentar om hvorfor leveransen sendes tilbake."));
		// The API's contract is unchanged: a request that changes nothing is a 400, with the same words.
		mvc.perform(post("/api/oppdrag/" + tb(1) + "/status").with(uklarert()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\": " + v + "}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value(ingenStatus));
	}

	@Test
	void aLeadsEmptyFormOnAnExemptAssignmentTheLeadMayNotReadIsNoChangeRatherThanAFault() throws Exception {
		// TB-3 is wholly exempt and routed to the lead's division; the lead has no clearance, so its progress note and
		// reason are hidden and the fields start empty.
		Cookie sesjon = innlogget("web-leder");
		assertThat(skjema(tekst(mvc.perform(get("/oppdrag/" + tb(3)).cookie(sesjon))), "statusskjema"))
			.contains("name=\"fremdriftSkjult\" value=\"true\"");
		long v = versjon(tb(3));
		String ingenStatus = "Ingen endring å lagre: velg en ny status eller oppdater fremdriften.";
		mvc.perform(post("/oppdrag/" + tb(3) + "/status").cookie(sesjon).with(csrf()).param("status", "")
			.param("notat", "").param("forventetDato", "").param("grunn", "").param("fremdriftSkjult", "true")
			.param("versjon", String.valueOf(v)))
			.andExpect(redirectedUrl("/oppdrag/" + tb(3)))
			.andExpect(flash().attribute("info", ingenStatus))
			.andExpect(flash().attribute("feil", org.hamcrest.Matchers.nullValue()));
		String side = tekst(mvc.perform(get("/oppdrag/" + tb(3)).cookie(sesjon)));
		assertThat(side).contains("<div class=\"melding info\" role=\"status\">" + ingenStatus + "</div>")
			.doesNotContain("melding feil", "role=\"alert\"", "aria-invalid", "autofocus");
		// An empty comment is the comment form's one field left empty: marked in that form, nothing else.
		mvc.perform(post("/oppdrag/" + tb(3) + "/kommentar").cookie(sesjon).with(csrf()).param("kommentar", ""))
			.andExpect(redirectedUrl("/oppdrag/" + tb(3) + "#kommentarskjema"))
			.andExpect(flash().attribute("feil", "Ingen kommentar å lagre: feltet var tomt."));
		side = tekst(mvc.perform(get("/oppdrag/" + tb(3)).cookie(sesjon)));
		assertThat(skjema(side, "statusskjema")).doesNotContain("melding feil", "aria-invalid");
		assertThat(skjema(side, "kommentarskjema")).contains("aria-invalid=\"true\"");
		for (String hemmelig : HEMMELIGE) {
			assertThat(side).doesNotContainIgnoringCase(hemmelig);
		}
		assertThat(versjon(tb(3))).isEqualTo(v);
		// The API still refuses it with a 400.
		mvc.perform(post("/api/oppdrag/" + tb(3) + "/status").with(leder()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\": " + v + "}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value(ingenStatus));
	}

	@Test
	void theOtherFormsSentWithNothingChosenOrChangedSaySoAsInformation() throws Exception {
		// No instruction section chosen; a value no option has is still refused.
		mvc.perform(post("/oppdrag/" + tb(1) + "/instruks").with(uklarert()).with(csrf()).param("punkt", ""))
			.andExpect(redirectedUrl("/oppdrag/" + tb(1)))
			.andExpect(flash().attribute("info", "Ingen henvisning å lagre: velg et punkt i instruksen først."))
			.andExpect(flash().attribute("feil", org.hamcrest.Matchers.nullValue()));
		mvc.perform(post("/oppdrag/" + tb(1) + "/instruks").with(uklarert()).with(csrf()).param("punkt", "noe-tull"))
			.andExpect(flash().attribute("feil", "Velg et punkt i instruksen."));
		// Whoever may not cite is refused, whatever was sent.
		mvc.perform(post("/oppdrag/" + tb(1) + "/instruks").with(leder()).with(csrf()).param("punkt", ""))
			.andExpect(status().isForbidden());

		// Routing: no division chosen, or the one it has already.
		mvc.perform(post("/oppdrag/" + tb(10) + "/ruting").with(admin()).with(csrf()).param("divisjon", ""))
			.andExpect(redirectedUrl("/oppdrag/" + tb(10)))
			.andExpect(flash().attribute("info", "Ingen endring å lagre: velg en divisjon."))
			.andExpect(flash().attribute("feil", org.hamcrest.Matchers.nullValue()));
		mvc.perform(post("/oppdrag/" + tb(1) + "/ruting").with(admin()).with(csrf())
			.param("divisjon", String.valueOf(divisjon.id())))
			.andExpect(flash().attribute("info", "Ingen endring å lagre: oppdraget var allerede rutet slik."))
			.andExpect(flash().attribute("melding", org.hamcrest.Matchers.nullValue()));
		// The list's form: nothing ticked, or those ticked routed so already.
		mvc.perform(post("/oppdrag/ruting").with(admin()).with(csrf()).param("divisjon", String.valueOf(divisjon.id()))
			.param("sporring", "year=" + aar))
			.andExpect(redirectedUrl("/oppdrag?year=" + aar))
			.andExpect(flash().attribute("info", "Ingen endring å lagre: velg minst ett oppdrag å rute."));
		mvc.perform(post("/oppdrag/ruting").with(admin()).with(csrf()).param("divisjon", String.valueOf(divisjon.id()))
			.param("valgt", tb(1), tb(2)).param("sporring", "year=" + aar))
			.andExpect(flash().attribute("info", "Ingen endring å lagre: oppdragene var allerede rutet slik."));
		// Not an admin: refused, not told that nothing changed.
		mvc.perform(post("/oppdrag/" + tb(10) + "/ruting").with(leder()).with(csrf()).param("divisjon", ""))
			.andExpect(status().isForbidden());
	}

	@Test
	void aRoutingFromTheListThatRoutesNothingComesBackWithTheSameOnesTicked() throws Exception {
		// A real session, as in the browser: the ticks travel through the session store to the list again, which is
		// asked for by its address, as the redirect gives it (the flash names its query).
		String listen = "/oppdrag?year=" + aar;
		Cookie sesjon = mvc.perform(formLogin("/login").user("web-admin").password("passord-passord-1")).andReturn()
			.getResponse().getCookie("SESSION");
		// The browser asks for a division before it sends the form; the server still answers one sent without.
		assertThat(tekst(mvc.perform(get(listen).cookie(sesjon))))
			.contains("<select id=\"ruting-divisjon\" name=\"divisjon\" required>")
			.doesNotContainPattern(avkrysset(tb(1)));
		mvc.perform(post("/oppdrag/ruting").cookie(sesjon).with(csrf()).param("valgt", tb(1), tb(10))
			.param("divisjon", "").param("sporring", "year=" + aar))
			.andExpect(redirectedUrl(listen))
			.andExpect(flash().attribute("info", "Ingen endring å lagre: velg en divisjon."));
		assertThat(tekst(mvc.perform(get(listen).cookie(sesjon))))
			.contains("Ingen endring å lagre: velg en divisjon.")
			.containsPattern(avkrysset(tb(1))).containsPattern(avkrysset(tb(10)))
			.doesNotContainPattern(avkrysset(tb(2)));
		// Once shown, the list is as any other time.
		assertThat(tekst(mvc.perform(get(listen).cookie(sesjon))))
			.doesNotContainPattern(avkrysset(tb(1)));

		// A refusal keeps them too (a department of another division), and the division and department chosen; a
		// routing done leaves none ticked.
		Enhet fremmedAvdeling = nyAvdelingIEgenEtat();
		mvc.perform(post("/oppdrag/ruting").cookie(sesjon).with(csrf()).param("valgt", tb(10))
			.param("divisjon", String.valueOf(annen.id())).param("avdeling", String.valueOf(fremmedAvdeling.id()))
			.param("sporring", "year=" + aar))
			.andExpect(flash().attribute("feil", "Avdelingen hører ikke til " + annen.navn() + "."));
		String avvist = tekst(mvc.perform(get(listen).cookie(sesjon)));
		assertThat(avvist).containsPattern(avkrysset(tb(10))).doesNotContainPattern(avkrysset(tb(1)));
		assertThat(valgt(avvist, "ruting-divisjon")).containsExactly(String.valueOf(annen.id()));
		assertThat(valgt(avvist, "ruting-avdeling")).containsExactly(String.valueOf(fremmedAvdeling.id()));
		assertThat(valgt(tekst(mvc.perform(get(listen).cookie(sesjon))), "ruting-divisjon")).isEmpty();
		mvc.perform(post("/oppdrag/ruting").cookie(sesjon).with(csrf()).param("valgt", tb(10))
			.param("divisjon", String.valueOf(annen.id())).param("sporring", "year=" + aar))
			.andExpect(flash().attribute("melding", "Ett oppdrag er rutet."));
		assertThat(tekst(mvc.perform(get(listen).cookie(sesjon))))
			.contains("Ett oppdrag er rutet.").doesNotContainPattern(avkrysset(tb(10)));
	}

	/** The values of the options chosen in a select of the page. */
	static List<String> valgt(String side, String id) {
		int fra = side.indexOf("<select id=\"" + id + "\"");
		String select = side.substring(fra, side.indexOf("</select>", fra));
		return Pattern.compile("<option value=\"([^\"]*)\"[^>]*selected").matcher(select).results()
			.map(m -> m.group(1)).toList();
	}

	/**
	 * A department of a division of an agency of its own, added as an admin adds them: other tests count the
	 * departments of the shared agency.
	 */
	Enhet nyAvdelingIEgenEtat() throws Exception {
		int y = OppdragTestdata.nyttAar();
		mvc.perform(post("/admin/organisasjon/etat").with(admin()).with(csrf()).param("navn", "Avdelingsetat " + y))
			.andExpect(status().is3xxRedirection());
		long etat = organisasjon.etatByName("Avdelingsetat " + y).orElseThrow().id();
		Enhet divisjon = nyEnhet("divisjon", "etatId", etat, "Divisjon " + y);
		return nyEnhet("avdeling", "divisjonId", divisjon.id(), "Avdeling " + y);
	}

	/** An assignment's box in the list, ticked. */
	static String avkrysset(String id) {
		return "name=\"valgt\" value=\"" + Pattern.quote(id) + "\"[^>]*checked";
	}

	@Test
	void aLeadAnswersTheMinistryWithACommentOnTheDivisionsOwnAssignmentsOnly() throws Exception {
		assertThat(tekst(mvc.perform(get("/oppdrag/" + tb(1)).with(leder())))).contains("id=\"kommentarskjema\"");
		mvc.perform(post("/oppdrag/" + tb(1) + "/kommentar").with(leder()).with(csrf())
			.param("kommentar", "Vi venter på tall fra SSB, se fremdriften."))
			.andExpect(redirectedUrl("/oppdrag/" + tb(1)));
		assertThat(tekst(mvc.perform(get("/oppdrag/" + tb(1)).with(uklarert()))))
			.contains("Vi venter på tall fra SSB, se fremdriften.");

		// Another division's lead: no form, and refused on the server.
		assertThat(tekst(mvc.perform(get("/oppdrag/" + tb(1)).with(annenLeder())))).doesNotContain("id=\"kommentarskjema\"");
		mvc.perform(post("/oppdrag/" + tb(1) + "/kommentar").with(annenLeder()).with(csrf())
			.param("kommentar", "Ikke vårt"))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("Oppdraget er ikke rutet til din divisjon.")));
		// Nor on an assignment routed to no division.
		mvc.perform(post("/oppdrag/" + tb(10) + "/kommentar").with(leder()).with(csrf()).param("kommentar", "Hei"))
			.andExpect(status().isForbidden());
		assertThat(tekst(mvc.perform(get("/oppdrag/" + tb(1)).with(admin())))).doesNotContain("Ikke vårt");
	}

	@Test
	void theApiAsksForJsonInNorwegianWhenSentAForm() throws Exception {
		mvc.perform(post("/api/oppdrag/" + tb(1) + "/status").with(leder()).with(csrf())
			.contentType(MediaType.APPLICATION_FORM_URLENCODED).param("status", "PAAGAAR")
			.param("version", String.valueOf(versjon(tb(1)))))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.error").value("Send forespørselen som JSON, med Content-Type: application/json."));
		mvc.perform(get("/api/oppdrag/" + tb(1)).with(klarert())).andExpect(jsonPath("$.status").value("IKKE_STARTET"));
	}

	/** The form of the page with that id, from its start tag to its end. */
	static String skjema(String side, String id) {
		String skjema = side.substring(side.indexOf("id=\"" + id + "\""));
		return skjema.substring(0, skjema.indexOf("</form>"));
	}

	@Test
	void aRefusedCommentIsSaidInTheCommentFormBesideItsFieldWhichGetsTheFocusAndKeepsTheText() throws Exception {
		Cookie sesjon = innlogget("web-uklarert");
		String lang = "x".repeat(OppdragArbeidsflyt.MAKS_TEKST + 1);
		// An empty one is no fault of the text, only information (aFormSentWithNothingFilledInSaysWhatIsMissing…).
		for (String[] tilfelle : new String[][] { { lang, "Teksten kan være høyst 4000 tegn (den var 4001)." } }) {
			mvc.perform(post("/oppdrag/" + tb(1) + "/kommentar").cookie(sesjon).with(csrf())
				.param("kommentar", tilfelle[0]))
				.andExpect(redirectedUrl("/oppdrag/" + tb(1) + "#kommentarskjema"))
				.andExpect(flash().attribute("feil", tilfelle[1]));
			String side = tekst(mvc.perform(get("/oppdrag/" + tb(1)).cookie(sesjon)));
			String skjema = skjema(side, "kommentarskjema");
			assertThat(skjema).as(tilfelle[1])
				.contains("<p class=\"melding feil\" id=\"kommentarskjema-feil\" role=\"alert\">" + tilfelle[1] + "</p>")
				.containsPattern("<textarea id=\"kommentar\" name=\"kommentar\" maxlength=\"4000\" aria-invalid=\"true\" "
						+ "aria-describedby=\"kommentarskjema-feil kommentar-hjelp\" autofocus=\"autofocus\">"
						+ Pattern.quote(tilfelle[0]) + "</textarea>");
			// Said once, in the form: not in the layout's banner above the heading, nor in the status form.
			assertThat(side.split(Pattern.quote(tilfelle[1]), -1)).as(tilfelle[1]).hasSize(2);
			assertThat(side.substring(0, side.indexOf("<h1>"))).doesNotContain("melding feil");
			assertThat(skjema(side, "statusskjema")).doesNotContain("melding feil", "aria-invalid", "autofocus");
			// One field has the focus on the page.
			assertThat(side.split("autofocus=", -1)).hasSize(2);
		}
		// Shown once: the next visit has a plain form.
		String igjen = tekst(mvc.perform(get("/oppdrag/" + tb(1)).cookie(sesjon)));
		assertThat(skjema(igjen, "kommentarskjema")).doesNotContain("aria-invalid", "autofocus", "kommentarskjema-feil");
		// A cleared user's field has no help text to point to: the message alone.
		Cookie klarertSesjon = innlogget("web-klarert");
		mvc.perform(post("/oppdrag/" + tb(1) + "/kommentar").cookie(klarertSesjon).with(csrf()).param("kommentar", lang)
			.param("unntatt", "true")).andExpect(redirectedUrl("/oppdrag/" + tb(1) + "#kommentarskjema"));
		assertThat(skjema(tekst(mvc.perform(get("/oppdrag/" + tb(1)).cookie(klarertSesjon))), "kommentarskjema"))
			.contains("aria-invalid=\"true\" aria-describedby=\"kommentarskjema-feil\" autofocus=\"autofocus\"")
			// The exempt mark comes back as it was sent.
			.containsPattern("id=\"kommentar-unntatt\"[^>]*checked=\"checked\"");
	}

	@Test
	void aRefusedStatusFormNamesOnlyWhatIsMissingAndFocusesTheFirstInvalidField() throws Exception {
		Cookie sesjon = innlogget("web-leder");
		String dato = LocalDate.now(Formats.OSLO).plusMonths(3).toString();
		mvc.perform(post("/oppdrag/" + tb(1) + "/status").cookie(sesjon).with(csrf()).param("status", "FORSINKET")
			.param("forventetDato", dato).param("grunn", "").param("versjon", String.valueOf(versjon(tb(1)))))
			.andExpect(redirectedUrl("/oppdrag/" + tb(1) + "#statusskjema"))
			.andExpect(flash().attribute("feil", "Skriv en begrunnelse for forsinkelsen."));
		String skjema = skjema(tekst(mvc.perform(get("/oppdrag/" + tb(1)).cookie(sesjon))), "statusskjema");
		assertThat(skjema).containsPattern("id=\"grunn\"[^>]*aria-invalid=\"true\"[^>]*autofocus=\"autofocus\"")
			.doesNotContainPattern("id=\"forventetDato\"[^>]*aria-invalid")
			.contains("value=\"" + dato + "\"");
		assertThat(skjema.split("autofocus=", -1)).hasSize(2);
		// Both missing: both named, and the first of them in the form's order (the date) gets the focus.
		mvc.perform(post("/oppdrag/" + tb(1) + "/status").cookie(sesjon).with(csrf()).param("status", "FORSINKET")
			.param("forventetDato", "").param("grunn", "").param("versjon", String.valueOf(versjon(tb(1)))))
			.andExpect(flash().attribute("feil", "Forsinket krever ny forventet dato og en begrunnelse."));
		skjema = skjema(tekst(mvc.perform(get("/oppdrag/" + tb(1)).cookie(sesjon))), "statusskjema");
		assertThat(skjema).containsPattern("id=\"forventetDato\"[^>]*autofocus=\"autofocus\"")
			.containsPattern("id=\"grunn\"[^>]*aria-invalid=\"true\"");
		assertThat(skjema.split("autofocus=", -1)).hasSize(2);
		// A stale form: the message itself takes the focus; the status the user chose, changed since too, is marked.
		long gammel = versjon(tb(1));
		flyt.endreStatus(tb(1), new StatusEndring(OppdragStatus.PAAGAAR, null, null, null, gammel),
				OppdragTestdata.leder(divisjon.id()));
		mvc.perform(post("/oppdrag/" + tb(1) + "/status").cookie(sesjon).with(csrf()).param("status", "LEVERT")
			.param("versjon", String.valueOf(gammel))).andExpect(redirectedUrl("/oppdrag/" + tb(1) + "#statusskjema"));
		skjema = skjema(tekst(mvc.perform(get("/oppdrag/" + tb(1)).cookie(sesjon))), "statusskjema");
		assertThat(skjema).containsPattern("<p class=\"melding feil\" id=\"statusskjema-feil\" role=\"alert\" "
				+ "tabindex=\"-1\" autofocus=\"autofocus\">Oppdraget er endret")
			.containsPattern("id=\"ny-status\"[^>]*aria-invalid=\"true\"");
		assertThat(skjema.split("autofocus=", -1)).hasSize(2);
	}

	@Test
	void theApiMovesOnlyTheDateOfADelayedAssignmentKeepingTheReasonLeftOut() throws Exception {
		String omToMaaneder = LocalDate.now(Formats.OSLO).plusMonths(2).toString();
		String omFireMaaneder = LocalDate.now(Formats.OSLO).plusMonths(4).toString();
		// Not Forsinket yet: the reason is missing, and only the reason is named.
		mvc.perform(post("/api/oppdrag/" + tb(1) + "/status").with(leder()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"FORSINKET\", \"expectedDate\": \""
					+ omToMaaneder + "\", \"version\": " + versjon(tb(1)) + "}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("Skriv en begrunnelse for forsinkelsen."));
		mvc.perform(post("/api/oppdrag/" + tb(1) + "/status").with(leder()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"FORSINKET\", \"expectedDate\": \""
					+ omToMaaneder + "\", \"reason\": \"Venter på forskrift\", \"version\": " + versjon(tb(1)) + "}"))
			.andExpect(status().isOk());
		mvc.perform(post("/api/oppdrag/" + tb(1) + "/status").with(leder()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"FORSINKET\", \"expectedDate\": \""
					+ omFireMaaneder + "\", \"version\": " + versjon(tb(1)) + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.expectedDate").value(omFireMaaneder))
			.andExpect(jsonPath("$.reason").value("Venter på forskrift"));
		// An empty reason is a reason taken away, which Forsinket cannot be without.
		mvc.perform(post("/api/oppdrag/" + tb(1) + "/status").with(leder()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"FORSINKET\", \"expectedDate\": \""
					+ omToMaaneder + "\", \"reason\": \"\", \"version\": " + versjon(tb(1)) + "}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("Skriv en begrunnelse for forsinkelsen."));
		mvc.perform(get("/api/oppdrag/" + tb(1)).with(klarert()))
			.andExpect(jsonPath("$.expectedDate").value(omFireMaaneder))
			.andExpect(jsonPath("$.reason").value("Venter på forskrift"));
	}

	@Test
	void aFormThatChangedNothingSaysSoAsNeutralInformationNotAsASuccess() throws Exception {
		Cookie sesjon = innlogget("web-leder");
		mvc.perform(post("/oppdrag/" + tb(1) + "/status").cookie(sesjon).with(csrf()).param("status", "")
			.param("notat", "").param("versjon", String.valueOf(versjon(tb(1)))))
			.andExpect(redirectedUrl("/oppdrag/" + tb(1)));
		String side = tekst(mvc.perform(get("/oppdrag/" + tb(1)).cookie(sesjon)));
		assertThat(side).contains("<div class=\"melding info\" role=\"status\">Ingen endring å lagre: alt var som før."
				+ "</div>").doesNotContain("melding suksess");
		assertThat(new String(getClass().getResourceAsStream("/static/css/styringsregister.css").readAllBytes(),
				StandardCharsets.UTF_8)).contains(".melding.info {");
	}

	@Test
	void onAWhollyExemptAssignmentTheFormsSayOnlyClearedUsersReadWhatIsWrittenAndOfferNoExemptMark()
			throws Exception {
		String ubeskyttet = "Kommentaren kan leses av alle som kan se oppdraget";
		String offentlig = "Teksten regnes som offentlig";
		String bareKlarerte = "vises bare for brukere med klarering";
		String ikkeSelv = "Du har ikke klarering";
		String uklarertSide = tekst(mvc.perform(get("/oppdrag/" + tb(3)).with(uklarert())));
		assertThat(skjema(uklarertSide, "kommentarskjema"))
			.contains("Oppdraget er unntatt offentlighet i sin helhet (offl. § 22), så kommentaren " + bareKlarerte
					+ ". " + ikkeSelv + ", så du kan ikke lese den selv etter at den er lagret.")
			.doesNotContain(ubeskyttet, "name=\"unntatt\"");
		// The uncleared desk officer has no status form here (see anUnclearedDeskOfficerIsOfferedNoDecision…).
		assertThat(uklarertSide).doesNotContain("id=\"statusskjema\"");

		String klarertSide = tekst(mvc.perform(get("/oppdrag/" + tb(3)).with(klarert())));
		assertThat(skjema(klarertSide, "kommentarskjema")).contains(bareKlarerte)
			.doesNotContain(ikkeSelv, ubeskyttet, "name=\"unntatt\"", "Kommentaren er unntatt offentlighet (offl. § 22)");
		assertThat(skjema(klarertSide, "statusskjema")).contains(bareKlarerte).doesNotContain(ikkeSelv, offentlig);

		// The lead without clearance: told both that earlier text is hidden and that what is written will be.
		String lederSide = tekst(mvc.perform(get("/oppdrag/" + tb(3)).with(leder())));
		assertThat(skjema(lederSide, "statusskjema")).contains(bareKlarerte, ikkeSelv,
				"Fremdrift og begrunnelse som er skrevet før, vises ikke for deg")
			.contains("Det du skriver i dette skjemaet, " + bareKlarerte + ". " + ikkeSelv
					+ ", så du kan ikke lese det selv etter at det er lagret.")
			.containsPattern("id=\"notat\"[^>]*aria-describedby=\"notat-hjelp statusskjema-unntatt\"")
			.doesNotContain(offentlig);

		// Not wholly exempt: as before.
		String vanlig = tekst(mvc.perform(get("/oppdrag/" + tb(1)).with(klarert())));
		assertThat(vanlig).contains("name=\"unntatt\"", offentlig).doesNotContain(bareKlarerte);

		// Saved, the comment is said to be for cleared users only, and it is.
		mvc.perform(post("/oppdrag/" + tb(3) + "/kommentar").with(uklarert()).with(csrf())
			.param("kommentar", "Kvitteringen mangler"))
			.andExpect(flash().attribute("melding", "Kommentaren er lagret. Den vises bare for brukere med klarering."));
		assertThat(tekst(mvc.perform(get("/oppdrag/" + tb(3)).with(uklarert())))).doesNotContain("Kvitteringen mangler");
		assertThat(tekst(mvc.perform(get("/oppdrag/" + tb(3)).with(klarert())))).contains("Kvitteringen mangler");
	}

	@Test
	void routingAWhollyExemptAssignmentToADivisionWithoutAClearedLeadWarnsTheAdmin() throws Exception {
		int y = OppdragTestdata.nyttAar();
		String etatNavn = "Klareringsetat " + y;
		mvc.perform(post("/admin/organisasjon/etat").with(admin()).with(csrf()).param("navn", etatNavn))
			.andExpect(status().is3xxRedirection());
		long etat = organisasjon.etatByName(etatNavn).orElseThrow().id();
		oppdragImport.apply(OppdragTestdata.nyttBrev(), y, etat, HemmeligBrev.oppdrag(y));
		Enhet uten = nyEnhet("divisjon", "etatId", etat, "Divisjon uten klarering " + y);
		Enhet med = nyEnhet("divisjon", "etatId", etat, "Divisjon med klarering " + y);
		opprett("uklarert-leder-" + y, Rolle.HDIR_LEDER, uten.id(), false);
		opprett("klarert-leder-" + y, Rolle.HDIR_LEDER, med.id(), true);
		String helt = "TB" + y + "-3";
		String vanlig = "TB" + y + "-1";
		String advarsel = "Oppdrag " + helt + " er unntatt offentlighet i sin helhet, og ingen leder i Divisjon uten "
				+ "klarering " + y + " har klarering. Lederne kan ikke se oppdragets tekst eller departementets svar "
				+ "(kommentarer og begrunnelser).";

		// One by one from the assignment's page: the warning beside the confirmation.
		mvc.perform(post("/oppdrag/" + helt + "/ruting").with(admin()).with(csrf()).param("divisjon",
				String.valueOf(uten.id())))
			.andExpect(flash().attribute("melding", "Ett oppdrag er rutet."))
			.andExpect(flash().attribute("advarsel", advarsel));
		// Not wholly exempt: nothing to warn of.
		mvc.perform(post("/oppdrag/" + vanlig + "/ruting").with(admin()).with(csrf()).param("divisjon",
				String.valueOf(uten.id())))
			.andExpect(flash().attribute("melding", "Ett oppdrag er rutet."))
			.andExpect(flash().attribute("advarsel", org.hamcrest.Matchers.nullValue()));
		// A division with a cleared lead can read it: no warning.
		mvc.perform(post("/oppdrag/" + helt + "/ruting").with(admin()).with(csrf()).param("divisjon",
				String.valueOf(med.id())))
			.andExpect(flash().attribute("melding", "Ett oppdrag er rutet."))
			.andExpect(flash().attribute("advarsel", org.hamcrest.Matchers.nullValue()));
		// Many at once from the list: the warning names the wholly exempt one among them.
		mvc.perform(post("/oppdrag/ruting").with(admin()).with(csrf()).param("valgt", helt, "TB" + y + "-2")
			.param("divisjon", String.valueOf(uten.id())).param("sporring", "year=" + y))
			.andExpect(flash().attribute("melding", "2 oppdrag er rutet."))
			.andExpect(flash().attribute("advarsel", advarsel));
		// The page shows it beside the confirmation, as a warning.
		mvc.perform(post("/oppdrag/" + helt + "/ruting").with(admin()).with(csrf()).param("divisjon",
				String.valueOf(med.id()))).andExpect(flash().attribute("advarsel", org.hamcrest.Matchers.nullValue()));
		Cookie sesjon = innlogget("web-admin");
		mvc.perform(post("/oppdrag/" + helt + "/ruting").cookie(sesjon).with(csrf()).param("divisjon",
				String.valueOf(uten.id()))).andExpect(redirectedUrl("/oppdrag/" + helt));
		assertThat(tekst(mvc.perform(get("/oppdrag/" + helt).cookie(sesjon))))
			.contains("<div class=\"melding suksess\" role=\"status\">Ett oppdrag er rutet.</div>",
					"<div class=\"melding advarsel\" role=\"status\">" + advarsel + "</div>");
		// The lead's clearance decides, as the register has it now.
		jdbc.update("UPDATE bruker SET klarert = true WHERE brukernavn = ?", "uklarert-leder-" + y);
		mvc.perform(post("/oppdrag/" + helt + "/ruting").with(admin()).with(csrf()).param("divisjon",
				String.valueOf(med.id())));
		mvc.perform(post("/oppdrag/" + helt + "/ruting").with(admin()).with(csrf()).param("divisjon",
				String.valueOf(uten.id())))
			.andExpect(flash().attribute("advarsel", org.hamcrest.Matchers.nullValue()));
	}

	@Test
	void theHistoryOfAWhollyExemptAssignmentSaysWhatWasWithheldOnlyWhereSomethingWas() throws Exception {
		// TB-3 is wholly exempt and routed to the lead's division: a progress note, a delivery, a send-back with a
		// reason, a comment, and an import row with both values and a note.
		mvc.perform(post("/oppdrag/" + tb(3) + "/status").with(leder()).with(csrf()).param("status", "PAAGAAR")
			.param("notat", "Kvistet fremdrift").param("versjon", String.valueOf(versjon(tb(3)))))
			.andExpect(redirectedUrl("/oppdrag/" + tb(3)));
		mvc.perform(post("/oppdrag/" + tb(3) + "/status").with(leder()).with(csrf()).param("status", "LEVERT")
			.param("versjon", String.valueOf(versjon(tb(3))))).andExpect(redirectedUrl("/oppdrag/" + tb(3)));
		mvc.perform(post("/oppdrag/" + tb(3) + "/status").with(klarert()).with(csrf()).param("status", "PAAGAAR")
			.param("notat", "Mangler vedlegg 2").param("versjon", String.valueOf(versjon(tb(3)))))
			.andExpect(redirectedUrl("/oppdrag/" + tb(3)));
		mvc.perform(post("/oppdrag/" + tb(3) + "/kommentar").with(klarert()).with(csrf())
			.param("kommentar", "Klarert merknad")).andExpect(status().is3xxRedirection());
		jdbc.update("INSERT INTO oppdrag_historikk (oppdrag_id, bruker_navn, type, felt, fra, til, notat) SELECT id, "
				+ "'Import', 'IMPORT', 'seksjon_tittel', 'Gammel tittel', 'Ny tittel', 'Rettet' FROM oppdrag "
				+ "WHERE visnings_id = ?", tb(3));

		String verdier = "Verdiene er unntatt offentlighet.";
		String notat = "Kommentaren er unntatt offentlighet og vises bare for klarerte brukere.";
		String begge = "Verdiene og kommentaren er unntatt offentlighet.";
		String kommentar = "Kommentaren er unntatt offentlighet og vises bare for klarerte brukere.";
		List<String> rader = historikkrader(tekst(mvc.perform(get("/oppdrag/" + tb(3)).with(uklarert()))));
		// Newest first: the import row, the comment, the send-back, the delivery, the start with its note, routing,
		// creation.
		assertThat(rad(rader, "Endret ved import")).contains(begge).doesNotContain("Gammel tittel", "Rettet");
		assertThat(rad(rader, "<td>Kommentar</td>")).contains(kommentar).doesNotContain("Klarert merknad");
		assertThat(rad(rader, "Til</span> Pågår", "Fra</span> Levert")).contains(notat)
			.doesNotContain("Mangler vedlegg", verdier);
		assertThat(rad(rader, "Til</span> Levert")).doesNotContain("unntatt offentlighet");
		assertThat(rad(rader, "Til</span> Pågår", "Fra</span> Ikke startet")).doesNotContain("unntatt offentlighet");
		assertThat(rad(rader, "<td>Fremdrift</td>")).contains(verdier).doesNotContain("Kvistet", notat);
		assertThat(rad(rader, "<td>Ruting (divisjon)</td>")).contains(divisjon.navn())
			.doesNotContain("unntatt offentlighet");
		// Created from the letter with a note, which is withheld: the note, not the values.
		assertThat(rad(rader, "<td>Opprettet</td>")).contains(notat).doesNotContain(verdier);
		// The API says the same: nothing withheld from the status changes and the routing.
		String api = tekst(mvc.perform(get("/api/oppdrag/" + tb(3)).with(uklarert())));
		assertThat(api).contains("\"field\":\"divisjon\",\"from\":null,\"to\":\"" + divisjon.navn()
				+ "\",\"status\":null,\"note\":null,\"exempt\":false,\"withheld\":false")
			.contains("\"from\":\"PAAGAAR\",\"to\":\"LEVERT\",\"status\":\"LEVERT\",\"note\":null,\"exempt\":false,"
					+ "\"withheld\":false")
			.doesNotContain("Mangler vedlegg", "Kvistet", "Klarert merknad", "Gammel tittel");

		// A cleared reader sees everything, and no row is labelled withheld.
		String klarertSide = tekst(mvc.perform(get("/oppdrag/" + tb(3)).with(klarert())));
		String historikk = klarertSide.substring(klarertSide.indexOf("<h2>Historikk</h2>"));
		assertThat(historikk).contains("Mangler vedlegg 2", "Kvistet fremdrift", "Klarert merknad", "Gammel tittel",
				"Ny tittel", "Rettet", "Opprettet fra tildelingsbrev")
			.doesNotContain(verdier, notat, begge, kommentar);
	}

	@Test
	void anUnclearedLeadsProgressHelpOnAWhollyExemptAssignmentSaysNothingAboutClearingByEmptying() throws Exception {
		String tommer = "Tømmer du feltet, fjernes fremdriften.";
		// TB-3 is wholly exempt and the lead has no clearance: the form sends fremdriftSkjult, and an empty field keeps
		// the note, as the notice says. The field's own help must not say the opposite.
		String skjema = skjema(tekst(mvc.perform(get("/oppdrag/" + tb(3)).with(leder()))), "statusskjema");
		assertThat(skjema).contains("name=\"fremdriftSkjult\"",
				"Lar du fremdriftsfeltet stå tomt, beholdes fremdriften som er skrevet")
			.containsPattern("id=\"notat\"[^>]*aria-describedby=\"notat-hjelp statusskjema-unntatt\"")
			.doesNotContain(tommer);
		String hjelp = skjema.substring(skjema.indexOf("id=\"notat-hjelp\""));
		assertThat(hjelp.substring(0, hjelp.indexOf("</p>"))).contains("Hvor arbeidet står.");
		// Where the note is shown in the field, emptying it does clear it, and the help says so.
		assertThat(skjema(tekst(mvc.perform(get("/oppdrag/" + tb(1)).with(leder()))), "statusskjema")).contains(tommer);
	}

	/** Sets TB-1 Forsinket through the API; answers the date. */
	String forsinkViaApi(String grunn, String notat) throws Exception {
		String dato = LocalDate.now(Formats.OSLO).plusMonths(2).toString();
		mvc.perform(post("/api/oppdrag/" + tb(1) + "/status").with(leder()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"FORSINKET\", \"expectedDate\": \"" + dato
					+ "\", \"reason\": \"" + grunn + "\", \"note\": \"" + notat + "\", \"version\": " + versjon(tb(1))
					+ "}"))
			.andExpect(status().isOk());
		return dato;
	}

	ResultActions api(String id, String json) throws Exception {
		return mvc.perform(post("/api/oppdrag/" + id + "/status").with(leder()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(json));
	}

	@Test
	void everyRequestThatChangesNothingIsRefusedAlikeByTheApiAndSaidAsInformationByTheForm() throws Exception {
		String dato = forsinkViaApi("Venter på forskrift", "Halvveis");
		long v = versjon(tb(1));
		int rader = historikkrader(tekst(mvc.perform(get("/oppdrag/" + tb(1)).with(klarert())))).size();
		// The saved values sent again, whole or in part: nothing to save, and said so with a 400.
		for (String json : List.of("{\"status\": \"FORSINKET\", \"expectedDate\": \"" + dato + "\", \"version\": " + v + "}",
				"{\"status\": \"FORSINKET\", \"expectedDate\": \"" + dato + "\", \"reason\": \"Venter på forskrift\", "
						+ "\"note\": \"Halvveis\", \"version\": " + v + "}",
				"{\"reason\": \"Venter på forskrift\", \"version\": " + v + "}",
				"{\"note\": \"Halvveis\", \"version\": " + v + "}")) {
			api(tb(1), json).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.error").value("Ingen endring å lagre: alt var som før."))
				.andExpect(jsonPath("$.current").doesNotExist());
		}
		// Nothing sent to change: the same 400, as before.
		api(tb(1), "{\"status\": \"FORSINKET\", \"version\": " + v + "}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value(containsString("Ingen endring å lagre")));
		assertThat(versjon(tb(1))).isEqualTo(v);
		assertThat(historikkrader(tekst(mvc.perform(get("/oppdrag/" + tb(1)).with(klarert()))))).hasSize(rader);

		// The form sent back as it came: neutral information, neither a success nor an error, and nothing marked.
		Cookie sesjon = innlogget("web-leder");
		mvc.perform(post("/oppdrag/" + tb(1) + "/status").cookie(sesjon).with(csrf()).param("status", "")
			.param("notat", "Halvveis").param("forventetDato", dato).param("grunn", "Venter på forskrift")
			.param("versjon", String.valueOf(v)))
			.andExpect(redirectedUrl("/oppdrag/" + tb(1)))
			.andExpect(flash().attribute("info", "Ingen endring å lagre: alt var som før."))
			.andExpect(flash().attribute("feil", org.hamcrest.Matchers.nullValue()))
			.andExpect(flash().attribute("melding", org.hamcrest.Matchers.nullValue()));
		assertThat(tekst(mvc.perform(get("/oppdrag/" + tb(1)).cookie(sesjon)))).doesNotContain("aria-invalid");
		assertThat(versjon(tb(1))).isEqualTo(v);
	}

	@Test
	void theApiRefusesAnExpectedDateWithAnotherStatusWhileTheFormMaySendBackTheSavedOne() throws Exception {
		String dato = forsinkViaApi("Venter på forskrift", "Halvveis");
		// Sent by a script with Pågår, the date is refused, not dropped: the same words as the form's.
		api(tb(1), "{\"status\": \"PAAGAAR\", \"expectedDate\": \"" + dato + "\", \"version\": " + versjon(tb(1)) + "}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value(containsString("Ny forventet dato hører til status Forsinket.")));
		mvc.perform(get("/api/oppdrag/" + tb(1)).with(klarert())).andExpect(jsonPath("$.status").value("FORSINKET"))
			.andExpect(jsonPath("$.expectedDate").value(dato));
		// The form's date field comes filled with the saved date: sent back beside Pågår, it is the field as it came.
		mvc.perform(post("/oppdrag/" + tb(1) + "/status").with(leder()).with(csrf()).param("status", "PAAGAAR")
			.param("notat", "Halvveis").param("forventetDato", dato).param("grunn", "Venter på forskrift")
			.param("versjon", String.valueOf(versjon(tb(1)))))
			.andExpect(flash().attribute("melding", "Endringen er lagret."));
		mvc.perform(get("/api/oppdrag/" + tb(1)).with(klarert())).andExpect(jsonPath("$.status").value("PAAGAAR"))
			.andExpect(jsonPath("$.expectedDate").doesNotExist());
	}

	@Test
	void theApiChangesOnlyTheReasonOfADelayedAssignmentKeepingTheDateLeftOut() throws Exception {
		String dato = forsinkViaApi("Venter på forskrift", "Halvveis");
		long v = versjon(tb(1));
		api(tb(1), "{\"status\": \"FORSINKET\", \"reason\": \"Ny grunn\", \"version\": " + v + "}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("FORSINKET"))
			.andExpect(jsonPath("$.reason").value("Ny grunn"))
			.andExpect(jsonPath("$.expectedDate").value(dato))
			.andExpect(jsonPath("$.version").value(v + 1))
			.andExpect(jsonPath("$.history[0].field").value("status_grunn"));
		// The status left out too: still only the reason.
		api(tb(1), "{\"reason\": \"Tredje grunn\", \"version\": " + (v + 1) + "}").andExpect(status().isOk())
			.andExpect(jsonPath("$.reason").value("Tredje grunn")).andExpect(jsonPath("$.expectedDate").value(dato));
		// Not Forsinket yet: nothing saved to keep, so the date is still required.
		api(tb(2), "{\"status\": \"FORSINKET\", \"reason\": \"Ny grunn\", \"version\": " + versjon(tb(2)) + "}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("Velg ny forventet dato for forsinkelsen."));
		// In the form the date field came filled: emptied, it is a date taken away, which Forsinket cannot be without.
		mvc.perform(post("/oppdrag/" + tb(1) + "/status").with(leder()).with(csrf()).param("status", "FORSINKET")
			.param("notat", "Halvveis").param("forventetDato", "").param("grunn", "Fjerde grunn")
			.param("versjon", String.valueOf(versjon(tb(1)))))
			.andExpect(flash().attribute("feil", "Velg ny forventet dato for forsinkelsen."));
		mvc.perform(get("/api/oppdrag/" + tb(1)).with(klarert())).andExpect(jsonPath("$.reason").value("Tredje grunn"));
	}

	@Test
	void aPastDateAndAMissingReasonAreNamedTogetherInTheFormAndTheApi() throws Exception {
		String idag = new Formats().dato(LocalDate.now(Formats.OSLO));
		String begge = "Ny forventet dato kan ikke være før i dag (" + idag + "). Skriv en begrunnelse for forsinkelsen.";
		Cookie sesjon = innlogget("web-leder");
		mvc.perform(post("/oppdrag/" + tb(1) + "/status").cookie(sesjon).with(csrf()).param("status", "FORSINKET")
			.param("forventetDato", "2020-01-01").param("grunn", "").param("notat", "")
			.param("versjon", String.valueOf(versjon(tb(1)))))
			.andExpect(redirectedUrl("/oppdrag/" + tb(1) + "#statusskjema"))
			.andExpect(flash().attribute("feil", begge));
		String skjema = skjema(tekst(mvc.perform(get("/oppdrag/" + tb(1)).cookie(sesjon))), "statusskjema");
		// Both fields marked and pointing to the message; the first of them in the form's order has the focus.
		assertThat(skjema)
			.containsPattern("id=\"forventetDato\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"statusskjema-feil "
					+ "[^>]*autofocus=\"autofocus\"")
			.containsPattern("id=\"grunn\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"statusskjema-feil\"")
			.doesNotContainPattern("id=\"ny-status\"[^>]*aria-invalid")
			.contains("value=\"2020-01-01\"");
		assertThat(skjema.split("autofocus=", -1)).hasSize(2);
		api(tb(1), "{\"status\": \"FORSINKET\", \"expectedDate\": \"2020-01-01\", \"version\": " + versjon(tb(1)) + "}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value(begge));
		mvc.perform(get("/api/oppdrag/" + tb(1)).with(klarert())).andExpect(jsonPath("$.status").value("IKKE_STARTET"));
	}

	/** The history table's rows. */
	static List<String> historikkrader(String side) {
		String tabell = side.substring(side.indexOf("<h2>Historikk</h2>"));
		tabell = tabell.substring(tabell.indexOf("<tbody>"), tabell.indexOf("</tbody>"));
		List<String> rader = new ArrayList<>();
		Matcher m = Pattern.compile("(?s)<tr>(.*?)</tr>").matcher(tabell);
		while (m.find()) {
			rader.add(m.group(1));
		}
		return rader;
	}

	/** The one row that has every one of the texts. */
	static String rad(List<String> rader, String... tekster) {
		List<String> treff = rader.stream().filter(r -> List.of(tekster).stream().allMatch(r::contains)).toList();
		assertThat(treff).as(String.join(" + ", tekster)).hasSize(1);
		return treff.get(0);
	}

	@Test
	void anUnclearedDeskOfficerIsOfferedNoDecisionOnAWhollyExemptDeliveryAndIsToldWhoCan() throws Exception {
		mvc.perform(post("/oppdrag/" + tb(3) + "/status").with(leder()).with(csrf()).param("status", "LEVERT")
			.param("versjon", String.valueOf(versjon(tb(3))))).andExpect(redirectedUrl("/oppdrag/" + tb(3)));
		String hint = "Bare saksbehandlere og administratorer med klarering kan godkjenne leveransen, sende den "
				+ "tilbake eller avslutte oppdraget.";
		String uklarertSide = tekst(mvc.perform(get("/oppdrag/" + tb(3)).with(uklarert())));
		assertThat(uklarertSide).contains(hint, "id=\"kommentarskjema\"")
			.doesNotContain("id=\"statusskjema\"", "Godkjenn leveransen", "Send tilbake til divisjonen",
					"Avslutt oppdraget (Utgår)");
		assertThat(innhold(mvc.perform(post("/oppdrag/" + tb(3) + "/status").with(uklarert()).with(csrf())
			.param("status", "FULLFORT").param("versjon", String.valueOf(versjon(tb(3)))))
			.andExpect(status().isForbidden()))).contains(OppdragArbeidsflyt.KREVER_KLARERING);
		String klarertSide = tekst(mvc.perform(get("/oppdrag/" + tb(3)).with(klarert())));
		assertThat(klarertSide).contains("Godkjenn leveransen (Fullført)").doesNotContain(hint);
		assertThat(tekst(mvc.perform(get("/oppdrag/" + tb(1)).with(uklarert())))).doesNotContain(hint);
	}

	@Test
	void anUnclearedAdminIsOfferedNoDecisionOnAWhollyExemptDeliveryByThePageOrTheApi() throws Exception {
		mvc.perform(post("/oppdrag/" + tb(3) + "/status").with(leder()).with(csrf()).param("status", "LEVERT")
			.param("versjon", String.valueOf(versjon(tb(3))))).andExpect(redirectedUrl("/oppdrag/" + tb(3)));
		String hint = "Bare saksbehandlere og administratorer med klarering kan godkjenne leveransen, sende den "
				+ "tilbake eller avslutte oppdraget.";
		String skjema = skjema(tekst(mvc.perform(get("/oppdrag/" + tb(3)).with(admin()))), "statusskjema");
		// The lead's statuses but Pågår (from Levert a send-back) stay offered; no decision is.
		assertThat(skjema).contains("value=\"IKKE_STARTET\"", "value=\"FORSINKET\"", "value=\"LEVERT\"")
			.doesNotContain("value=\"FULLFORT\"", "value=\"PAAGAAR\"", "value=\"UTGAAR\"");
		assertThat(tekst(mvc.perform(get("/oppdrag/" + tb(3)).with(admin())))).contains(hint);
		for (String til : List.of("FULLFORT", "PAAGAAR", "UTGAAR")) {
			assertThat(innhold(mvc.perform(post("/oppdrag/" + tb(3) + "/status").with(admin()).with(csrf())
				.param("status", til).param("notat", "Mangler vedlegg").param("grunn", "Ikke aktuelt")
				.param("versjon", String.valueOf(versjon(tb(3))))).andExpect(status().isForbidden())))
				.contains(OppdragArbeidsflyt.KREVER_KLARERING);
			mvc.perform(post("/api/oppdrag/" + tb(3) + "/status").with(admin()).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"" + til + "\", \"note\": \"Mangler "
						+ "vedlegg\", \"reason\": \"Ikke aktuelt\", \"version\": " + versjon(tb(3)) + "}"))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.error").value(OppdragArbeidsflyt.KREVER_KLARERING));
		}
		mvc.perform(get("/api/oppdrag/" + tb(3)).with(klarert())).andExpect(jsonPath("$.status").value("LEVERT"));
		// A cleared admin is offered the decisions, without the hint, and makes them.
		String klarertSide = tekst(mvc.perform(get("/oppdrag/" + tb(3)).with(klarertAdmin())));
		assertThat(skjema(klarertSide, "statusskjema")).contains("value=\"FULLFORT\"", "value=\"PAAGAAR\"",
				"value=\"UTGAAR\"");
		assertThat(klarertSide).doesNotContain(hint);
		mvc.perform(post("/oppdrag/" + tb(3) + "/status").with(klarertAdmin()).with(csrf()).param("status", "FULLFORT")
			.param("versjon", String.valueOf(versjon(tb(3))))).andExpect(redirectedUrl("/oppdrag/" + tb(3)));
		mvc.perform(get("/api/oppdrag/" + tb(3)).with(klarert())).andExpect(jsonPath("$.status").value("FULLFORT"));
	}

	@Test
	void afterAConflictTheRetryNoLongerPutsBackTheOldNoteAndAChangedFieldKeepsTheUsersText() throws Exception {
		// One session, so the refused form comes back on the page as in the browser.
		Cookie sesjon = innlogget("web-leder");
		mvc.perform(post("/oppdrag/" + tb(1) + "/status").cookie(sesjon).with(csrf()).param("status", "PAAGAAR")
			.param("notat", "Gammel fremdrift").param("versjon", String.valueOf(versjon(tb(1)))));
		side(sesjon);
		String apnet = String.valueOf(versjon(tb(1)));
		// Tab A changes only the note.
		mvc.perform(post("/oppdrag/" + tb(1) + "/status").cookie(sesjon).with(csrf()).param("status", "")
			.param("notat", "Ny fremdrift").param("forventetDato", "").param("grunn", "").param("versjon", apnet))
			.andExpect(flash().attribute("melding", "Endringen er lagret."));
		side(sesjon);
		// Tab B chooses Levert and leaves the note as it was loaded.
		mvc.perform(post("/oppdrag/" + tb(1) + "/status").cookie(sesjon).with(csrf())
			.param("status", "LEVERT").param("notat", "Gammel fremdrift").param("forventetDato", "")
			.param("grunn", "").param("versjon", apnet))
			.andExpect(flash().attribute("feil", containsString("Fremdrift er endret.")))
			.andExpect(flash().attribute("statusfelt", List.of()))
			.andExpect(flash().attribute("statusskjema",
					new OppdragController.Statusskjema(OppdragStatus.LEVERT, "Ny fremdrift", null, null)));
		assertThat(skjema(side(sesjon), "statusskjema")).contains("Fremdrift er endret.", ">Ny fremdrift</textarea>")
			.doesNotContain("Gammel fremdrift");
		// The retry, as the form now stands: Levert, and tab A's note stays.
		mvc.perform(post("/oppdrag/" + tb(1) + "/status").cookie(sesjon).with(csrf()).param("status", "LEVERT")
			.param("notat", "Ny fremdrift").param("forventetDato", "").param("grunn", "")
			.param("versjon", String.valueOf(versjon(tb(1)))))
			.andExpect(flash().attribute("melding", "Endringen er lagret."));
		side(sesjon);
		assertThat(tekst(mvc.perform(get("/api/oppdrag/" + tb(1)).with(klarert()))))
			.contains("\"status\":\"LEVERT\"", "\"progressNote\":\"Ny fremdrift\"");

		// A note the user did write comes back as written, marked, and named as what collides.
		String levert = String.valueOf(versjon(tb(1)));
		mvc.perform(post("/oppdrag/" + tb(1) + "/status").cookie(sesjon).with(csrf()).param("status", "")
			.param("notat", "Fra fane A").param("versjon", levert));
		side(sesjon);
		mvc.perform(post("/oppdrag/" + tb(1) + "/status").cookie(sesjon).with(csrf())
			.param("status", "").param("notat", "Fra fane B").param("forventetDato", "").param("grunn", "")
			.param("versjon", levert))
			.andExpect(flash().attribute("feil", containsString("Du har også endret fremdrift")))
			.andExpect(flash().attribute("statusfelt", List.of("notat")))
			.andExpect(flash().attribute("statusskjema",
					new OppdragController.Statusskjema(null, "Fra fane B", null, null)));
		assertThat(skjema(side(sesjon), "statusskjema"))
			.containsPattern("id=\"notat\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"statusskjema-feil notat-hjelp\"")
			.containsPattern("id=\"statusskjema-feil\"[^>]*autofocus=\"autofocus\"")
			.contains(">Fra fane B</textarea>");
	}

	/** TB-1's page in the session, which takes the message the last form left for it. */
	String side(Cookie sesjon) throws Exception {
		return tekst(mvc.perform(get("/oppdrag/" + tb(1)).cookie(sesjon)));
	}
}
