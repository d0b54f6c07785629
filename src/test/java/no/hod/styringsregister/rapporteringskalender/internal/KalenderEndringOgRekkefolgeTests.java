package no.hod.styringsregister.rapporteringskalender.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.oppdrag.OppdragImport;
import no.hod.styringsregister.oppdrag.OppdragImport.OppdragData;
import no.hod.styringsregister.oppdrag.OppdragImport.Tekstdel;
import no.hod.styringsregister.oppdrag.OppdragImport.Unntak;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.rapporteringskalender.KalenderImport;
import no.hod.styringsregister.rapporteringskalender.KalenderImport.KalenderData;
import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.testsupport.Testbrukere;
import no.hod.styringsregister.web.Formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A letter's entry moved by hand says who moved it, when, and what the letter itself gave, on the page and in the
 * CSV; items of one day go by agency, the assignments' natural id order, then title. On the real assignment
 * deadlines (no test port, the context of {@link KalenderEksportTests}); everything in 2167, which no other test uses,
 * and overdue deadlines with titles of their own.
 */
@IntegrationTest
@AutoConfigureMockMvc
class KalenderEndringOgRekkefolgeTests {

	static final String LESER = "kal-rekkefolge-leser";

	static final String ADMIN = "kal-endring-admin";

	static final String ADMIN_NAVN = "Kari Kalenderfører";

	@Autowired
	MockMvc mvc;

	@Autowired
	KalenderImport kalenderImport;

	@Autowired
	OppdragImport oppdragImport;

	@Autowired
	OrganisasjonService organisasjon;

	@Autowired
	BrukerService brukere;

	@Autowired
	TransactionTemplate transaksjon;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Formats formats;

	long hdir;

	long htil;

	@BeforeEach
	void oppsett() {
		hdir = organisasjon.etatByName("Helsedirektoratet").orElseThrow().id();
		htil = organisasjon.etatByName("Statens helsetilsyn").orElseThrow().id();
		Testbrukere.opprett(brukere,
				new NyBruker(LESER, LESER, "passord-passord-1", Rolle.HOD_SAKSBEHANDLER, null, false, null));
		Testbrukere.opprett(brukere,
				new NyBruker(ADMIN, ADMIN_NAVN, "passord-passord-1", Rolle.ADMIN, null, false, null));
	}

	@Test
	void aLettersEntryMovedByHandSaysWhoMovedItWhenAndTheLettersOwnDay() throws Exception {
		long brev = 8_167_001;
		importer(brev, LocalDate.of(2167, 2, 14), "Revisjonsmøte 2167");
		long id = id("Revisjonsmøte 2167");
		String endretAv = "Endret for hånd av " + ADMIN_NAVN + " " + formats.dato(LocalDate.now(Formats.OSLO));

		endre(id, "2167-02-21", "Revisjonsmøte 2167", 0);
		String forventet = endretAv + " (brevet: 14. februar 2167)";
		assertThat(rad(side("2167-02"), "Revisjonsmøte 2167")).contains("21. februar 2167", forventet,
				"Tildelingsbrev 2167");
		List<String> csv = csv("2167-02");
		assertThat(felt(csv.get(0))).last().isEqualTo("Endring");
		List<String> linje = felt(linje(csv, "Revisjonsmøte 2167"));
		assertThat(linje).first().isEqualTo("21.02.2167");
		// The new column is the last, so the columns other tools read by position stay where they were.
		assertThat(linje).hasSize(felt(csv.get(0)).size()).last().isEqualTo(forventet);
		assertThat(linje.get(11)).isEqualTo("Ja");

		// A second edit keeps what the letter gave, not the first edit's day; a new title shows the letter's too.
		endre(id, "2167-02-28", "Revisjonsmøte 2167, flyttet", 1);
		assertThat(rad(side("2167-02"), "Revisjonsmøte 2167, flyttet")).contains("28. februar 2167",
				endretAv + " (brevet: 14. februar 2167, «Revisjonsmøte 2167»)");

		// The letter imported again with another day: the edit stays, and what it replaces is the letter's new day.
		importer(brev, LocalDate.of(2167, 2, 17), "Revisjonsmøte 2167");
		String side = side("2167-02");
		assertThat(rad(side, "Revisjonsmøte 2167, flyttet")).contains("28. februar 2167",
				endretAv + " (brevet: 17. februar 2167, «Revisjonsmøte 2167»)");
		assertThat(side).doesNotContain("17. februar 2167</time>");
	}

	@Test
	void anEntryEditedBeforeTheLettersDayWasKeptSaysOnlyWhoAndWhen() throws Exception {
		importer(8_167_002, LocalDate.of(2167, 3, 14), "Eldre endret møte 2167");
		long id = id("Eldre endret møte 2167");
		endre(id, "2167-03-21", "Eldre endret møte 2167", 0);
		// As an entry edited before V113 is: the letter's own day was never kept.
		jdbc.sql("UPDATE kalenderoppforing SET brevets_dato = NULL, brevets_dato_anslatt = NULL, brevets_tid = NULL, "
				+ "brevets_tittel = NULL WHERE id = :id").param("id", id).update();
		String rad = rad(side("2167-03"), "Eldre endret møte 2167");
		assertThat(rad).contains("Endret for hånd av " + ADMIN_NAVN + " " + formats.dato(LocalDate.now(Formats.OSLO)))
			.doesNotContain("brevet:");
	}

	/** As designed: a letter's entry removed by hand stays removed when the letter is imported again. */
	@Test
	void aLettersEntryRemovedByHandDoesNotComeBackOnReimport() throws Exception {
		long brev = 8_167_003;
		importer(brev, LocalDate.of(2167, 4, 14), "Fjernet møte 2167");
		long id = id("Fjernet møte 2167");
		mvc.perform(post("/rapporteringskalender/{id}/slett", id).with(csrf()).with(user(ADMIN).roles("ADMIN")))
			.andExpect(status().is3xxRedirection());
		importer(brev, LocalDate.of(2167, 4, 14), "Fjernet møte 2167");
		importer(brev, LocalDate.of(2167, 4, 15), "Fjernet møte 2167");
		assertThat(side("2167-04")).doesNotContain("Fjernet møte 2167");
	}

	/**
	 * Imported in scrambled order, with titles in the reverse of the ids: the overdue view lists one day's deadlines by
	 * agency (Statens helsetilsyn's 1.0 after Helsedirektoratet's), then the natural id order (1.2 before 1.10), and
	 * only then by title.
	 */
	@Test
	void oneDaysOverdueDeadlinesGoByAgencyThenNaturalIdThenTitle() throws Exception {
		LocalDate dag = LocalDate.now(Formats.OSLO).minusDays(9);
		String tekst = "Rekkefølgetest " + dag;
		transaksjon.executeWithoutResult(status -> {
			oppdragImport.apply(8_167_011, dag.getYear(), htil,
					List.of(oppdrag("RK8167-1.0", "A " + tekst + " tilsyn", dag)));
			oppdragImport.apply(8_167_012, dag.getYear(), hdir, List.of(
					oppdrag("RK8167-1.10", "A " + tekst + " ti", dag),
					oppdrag("RK8167-1.2", "B " + tekst + " to", dag),
					oppdrag("RK8167-1.1", "C " + tekst + " en", dag)));
		});
		String side = mvc.perform(get("/rapporteringskalender").param("visning", "forfalt").with(user(LESER)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		List<String> rekkefolge = List.of("C " + tekst + " en", "B " + tekst + " to", "A " + tekst + " ti",
				"A " + tekst + " tilsyn");
		for (int i = 1; i < rekkefolge.size(); i++) {
			assertThat(side.indexOf(rekkefolge.get(i - 1))).as("«%s» before «%s»", rekkefolge.get(i - 1),
					rekkefolge.get(i)).isPositive().isLessThan(side.indexOf(rekkefolge.get(i)));
		}
	}

	private static OppdragData oppdrag(String id, String tittel, LocalDate frist) {
		return new OppdragData(id, "1.1", "Mål", List.of("FHA"), tittel, List.of(new Tekstdel("Tekst.", false)),
				List.of(frist), null, Unntak.NONE, List.of(), List.of());
	}

	private void importer(long brev, LocalDate dato, String tittel) {
		transaksjon.executeWithoutResult(status -> kalenderImport.apply(brev, 2167, hdir,
				List.of(new KalenderData(dato, null, tittel, null)), List.of()));
	}

	private long id(String tittel) {
		return jdbc.sql("SELECT id FROM kalenderoppforing WHERE tittel = :tittel AND NOT slettet")
			.param("tittel", tittel).query(Long.class).single();
	}

	private void endre(long id, String dato, String tittel, long versjon) throws Exception {
		mvc.perform(post("/rapporteringskalender/{id}/endre", id).with(csrf()).with(user(ADMIN).roles("ADMIN"))
			.param("etatId", String.valueOf(hdir)).param("type", "KALENDER").param("dato", dato)
			.param("tittel", tittel).param("versjon", String.valueOf(versjon)))
			.andExpect(status().is3xxRedirection());
	}

	private String side(String maaned) throws Exception {
		return mvc.perform(get("/rapporteringskalender").param("visning", "maned").param("maned", maaned)
			.with(user(LESER))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private List<String> csv(String maaned) throws Exception {
		String tekst = mvc.perform(get("/rapporteringskalender/eksport.csv").param("visning", "maned")
			.param("maned", maaned).with(user(LESER))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return Arrays.asList(tekst.replace("\uFEFF", "").split("\r\n"));
	}

	private static String linje(List<String> linjer, String tittel) {
		return linjer.stream().filter(l -> l.contains(";" + tittel + ";")).findFirst().orElseThrow();
	}

	/** The fields of a line without quotes: the texts here hold no separator. */
	private static List<String> felt(String linje) {
		return Arrays.asList(linje.split(";", -1));
	}

	/** The table row holding {@code tekst}. */
	private static String rad(String html, String tekst) {
		Matcher m = Pattern.compile(
				"<tr[^>]*>((?:(?!</tr>).)*" + Pattern.quote(tekst) + "(?:(?!</tr>).)*)</tr>",
				Pattern.DOTALL).matcher(html);
		assertThat(m.find()).as("a row with «%s»", tekst).isTrue();
		return m.group(1);
	}
}
