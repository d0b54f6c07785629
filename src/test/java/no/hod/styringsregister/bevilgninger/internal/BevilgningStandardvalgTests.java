package no.hod.styringsregister.bevilgninger.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

import no.hod.styringsregister.bevilgninger.BevilgningImport;
import no.hod.styringsregister.bevilgninger.BevilgningImport.BevilgningData;
import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.rapporteringskalender.internal.Testporter;
import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.testsupport.Testbrukere;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The agency the overview, its export and the API open at when none is named: not the first by name (a new agency
 * without lines), but a division lead's own agency if it has lines, else the one with most lines in the newest year.
 * The agencies are this class's own, made once for its tests, and its years (3471 and 3473) the newest of the shared
 * database, so that the newest year's agencies are these.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@IntegrationTest
@AutoConfigureMockMvc
@Import(Testporter.class)
class BevilgningStandardvalgTests {

	static final String LESER = "bev-std-leser";

	/** A division lead of {@link #lederens}. */
	static final String LEDER_MED_LINJER = "bev-std-leder-linjer";

	/** A division lead of {@link #forst}. */
	static final String LEDER_UTEN_LINJER = "bev-std-leder-uten";

	@Autowired
	MockMvc mvc;

	@Autowired
	BevilgningImport bevilgningImport;

	@Autowired
	BrukerService brukere;

	@Autowired
	OrganisasjonService organisasjon;

	@Autowired
	TransactionTemplate transaksjon;

	/** First by name, without lines. */
	long forst;

	String forstNavn;

	/** Fewer lines in the newest year than {@link #beta}, and before it by name. */
	long alfa;

	/** Three lines in the newest year: the agency to open at. */
	long beta;

	String betaNavn;

	/** As many lines as {@link #beta} (each given twice, by two letters), after it by name. */
	long gamma;

	/** Lines of an older year only: a division lead's agency. */
	long lederens;

	String lederensNavn;

	@BeforeAll
	void etaterOgBrukere() throws Exception {
		String n = " " + System.nanoTime();
		forstNavn = "AAA Bevilgningsløs etat" + n;
		betaNavn = "Bevilgningsetat Beta" + n;
		lederensNavn = "Bevilgningsetat Lederens" + n;
		forst = etat(forstNavn);
		alfa = etat("Bevilgningsetat Alfa" + n);
		beta = etat(betaNavn);
		gamma = etat("Bevilgningsetat Gamma" + n);
		lederens = etat(lederensNavn);
		apply(9471, 3473, alfa, linjer("Alfa", 2));
		apply(9472, 3473, beta, linjer("Beta", 3));
		apply(9473, 3473, gamma, linjer("Gamma", 3));
		apply(9474, 3473, gamma, linjer("Gamma", 3));
		apply(9475, 3471, lederens, linjer("Lederens", 1));
		Testbrukere.opprett(brukere, new NyBruker(LESER, LESER, "passord-passord-1", Rolle.HOD_SAKSBEHANDLER, null,
				false, null));
		Testbrukere.opprett(brukere, new NyBruker(LEDER_MED_LINJER, "Leder med linjer", "passord-passord-1",
				Rolle.HDIR_LEDER, divisjon(lederens, "Lederens divisjon" + n), false, null));
		Testbrukere.opprett(brukere, new NyBruker(LEDER_UTEN_LINJER, "Leder uten linjer", "passord-passord-1",
				Rolle.HDIR_LEDER, divisjon(forst, "Divisjon uten bevilgninger" + n), false, null));
	}

	private long etat(String navn) throws Exception {
		mvc.perform(post("/admin/organisasjon/etat").param("navn", navn).with(user("bev-std-admin").roles("ADMIN"))
			.with(csrf())).andExpect(status().is3xxRedirection());
		return organisasjon.etatByName(navn).orElseThrow().id();
	}

	private long divisjon(long etat, String navn) throws Exception {
		mvc.perform(post("/admin/organisasjon/divisjon").param("etatId", String.valueOf(etat)).param("navn", navn)
			.with(user("bev-std-admin").roles("ADMIN")).with(csrf())).andExpect(status().is3xxRedirection());
		return organisasjon.divisjoner(etat).stream().filter(d -> d.navn().equals(navn)).findFirst().orElseThrow()
			.id();
	}

	private static List<BevilgningData> linjer(String etat, int antall) {
		return IntStream.rangeClosed(1, antall)
			.mapToObj(i -> new BevilgningData(714, 20 + i, etat + " post " + i, 100L * i, null, false, null))
			.toList();
	}

	private void apply(long brev, int aar, long etat, List<BevilgningData> linjer) {
		transaksjon.executeWithoutResult(status -> bevilgningImport.apply(brev, aar, etat, linjer, List.of()));
	}

	private String side(ResultActions svar) throws Exception {
		return svar.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static String valgt(Object verdi, Object tekst) {
		return "<option value=\"" + verdi + "\" selected=\"selected\">" + tekst + "</option>";
	}

	@Test
	void withoutAnAgencyTheOverviewOpensAtTheAgencyWithMostLinesInTheNewestYear() throws Exception {
		// The agency the overview opened at before: first by name, and empty.
		assertThat(organisasjon.etater().get(0).id()).isEqualTo(forst);

		// Beta, not Alfa (fewer lines, first by name) nor Gamma (as many lines, each given by two letters; after
		// Beta by name).
		String side = side(mvc.perform(get("/bevilgninger").with(user(LESER))));
		assertThat(side).contains(valgt(beta, betaNavn), valgt(3473, 3473), "Beta post 3")
			.doesNotContain("Ingen budsjettlinjer", "Alfa post", "Gamma post");

		mvc.perform(get("/api/bevilgninger").with(user(LESER)))
			.andExpect(status().isOk())
			// The answer says which agency and year it chose, as the page's fields do.
			.andExpect(jsonPath("$.agency").value(betaNavn))
			.andExpect(jsonPath("$.year").value(3473))
			.andExpect(jsonPath("$.lines.length()").value(3))
			.andExpect(jsonPath("$.lines[0].name").value("Beta post 1"))
			.andExpect(jsonPath("$.sums.EXPENSE").value(600));

		byte[] eksport = mvc.perform(get("/bevilgninger/eksport.xlsx").with(user(LESER)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (Workbook bok = new XSSFWorkbook(new ByteArrayInputStream(eksport))) {
			assertThat(new DataFormatter().formatCellValue(bok.getSheet("Bevilgninger").getRow(0).getCell(0)))
				.startsWith(betaNavn + " – bevilgninger 3473 ");
		}

		// An agency named wins, lines or not; without lines of any year, no year: none has anything.
		mvc.perform(get("/api/bevilgninger").param("agency", String.valueOf(forst)).with(user(LESER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.agency").value(forstNavn))
			.andExpect(jsonPath("$.year").value(nullValue()))
			.andExpect(jsonPath("$.lines.length()").value(0));
		// Both named: those, the agency by name however it was asked for.
		mvc.perform(get("/api/bevilgninger").param("agency", lederensNavn).param("year", "3473").with(user(LESER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.agency").value(lederensNavn))
			.andExpect(jsonPath("$.year").value(3473))
			.andExpect(jsonPath("$.lines.length()").value(0));
		assertThat(side(mvc.perform(get("/bevilgninger").param("etat", String.valueOf(alfa)).with(user(LESER)))))
			.contains("Alfa post 2").doesNotContain("Beta post");
	}

	@Test
	void aYearAskedForOpensAtAnAgencyWithLinesThatYear() throws Exception {
		mvc.perform(get("/api/bevilgninger").param("year", "3471").with(user(LESER)))
			.andExpect(jsonPath("$.agency").value(lederensNavn))
			.andExpect(jsonPath("$.year").value(3471))
			.andExpect(jsonPath("$.lines.length()").value(1))
			.andExpect(jsonPath("$.lines[0].name").value("Lederens post 1"));
		assertThat(side(mvc.perform(get("/bevilgninger").param("aar", "3471").with(user(LESER)))))
			.contains(valgt(lederens, lederensNavn), valgt(3471, 3471), "Lederens post 1");
		// A year no agency has lines for: the agency of the newest year, with the year as asked.
		assertThat(side(mvc.perform(get("/bevilgninger").param("aar", "2003").with(user(LESER)))))
			.contains(valgt(beta, betaNavn), "Ingen budsjettlinjer for " + betaNavn + " i 2003.");
	}

	@Test
	void aDivisionLeadOpensAtTheOwnAgencyWhenItHasLines() throws Exception {
		// Lines of an older year only: the lead's agency still, at its own newest year.
		assertThat(side(mvc.perform(get("/bevilgninger").with(user(LEDER_MED_LINJER)))))
			.contains(valgt(lederens, lederensNavn), valgt(3471, 3471), "Lederens post 1");
		mvc.perform(get("/api/bevilgninger").with(user(LEDER_MED_LINJER)))
			.andExpect(jsonPath("$.agency").value(lederensNavn))
			.andExpect(jsonPath("$.year").value(3471))
			.andExpect(jsonPath("$.lines.length()").value(1))
			.andExpect(jsonPath("$.lines[0].name").value("Lederens post 1"));
		// The lead's agency has none: the agency everyone else opens at.
		assertThat(side(mvc.perform(get("/bevilgninger").with(user(LEDER_UTEN_LINJER)))))
			.contains(valgt(beta, betaNavn), "Beta post 1");
		mvc.perform(get("/api/bevilgninger").with(user(LEDER_UTEN_LINJER)))
			.andExpect(jsonPath("$.lines[0].name").value("Beta post 1"));
	}

	@Test
	void anAgencyWithoutLinesOfAnyYearSaysSoAndAdvisesAnotherAgency() throws Exception {
		String side = side(mvc.perform(get("/bevilgninger").param("etat", String.valueOf(forst)).with(user(LESER))));
		assertThat(side).contains("Ingen bevilgninger er registrert for " + forstNavn + " ennå",
				"Velg en annen etat over.")
			.doesNotContain("Velg et annet år", "Ingen budsjettlinjer for " + forstNavn)
			// No year is offered or pretended: none of the agency's has anything.
			.doesNotContain("<select id=\"aar\" name=\"aar\">", "Fullmakter 3473");
		// An agency with lines of another year is still told to choose another year.
		assertThat(side(mvc.perform(get("/bevilgninger").param("etat", String.valueOf(lederens)).param("aar", "3473")
			.with(user(LESER))))).contains("Ingen budsjettlinjer for " + lederensNavn + " i 3473.",
					"Velg et annet år eller en annen etat over.")
			.doesNotContain("Ingen bevilgninger er registrert");
	}

	@Test
	void refusedParametersNameTheValueAndWhatIsAccepted() throws Exception {
		mvc.perform(get("/api/bevilgninger").param("agency", "xyz").with(user(LESER)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("Ukjent etat «xyz». Bruk etatens id, kortnavn eller navn, "
					+ "for eksempel Hdir."));
		assertThat(mvc.perform(get("/bevilgninger").param("etat", "xyz").with(user(LESER)))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("Ukjent etat «xyz». Bruk etatens id, kortnavn eller navn, for eksempel Hdir.");
		mvc.perform(get("/api/bevilgninger").param("chapter", "sju").with(user(LESER)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("«sju» er ikke et kapittelnummer (for eksempel 714)."));
		mvc.perform(get("/api/bevilgninger").param("year", "i fjor").with(user(LESER)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("«i fjor» er ikke et år (fire sifre, for eksempel 2025)."));
	}
}
