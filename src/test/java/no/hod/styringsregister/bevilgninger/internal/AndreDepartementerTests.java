package no.hod.styringsregister.bevilgninger.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import no.hod.styringsregister.bevilgninger.BevilgningImport;
import no.hod.styringsregister.bevilgninger.BevilgningImport.BevilgningData;
import no.hod.styringsregister.bevilgninger.BevilgningImport.FullmaktData;
import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.oppdrag.Budsjettposter;
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
 * Other ministries' frames in a letter («4.2 Arbeids- og sosialdepartementet»), an agency without any lines, and the
 * posts the authorisations name. Each test has an agency of its own, so its year is its own too.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import(Testporter.class)
class AndreDepartementerTests {

	static final String LESER = "bev-andre-leser";

	static final String ASD = "Arbeids- og sosialdepartementet";

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

	@Autowired
	Budsjettposter budsjettposter;

	@BeforeEach
	void leser() {
		Testbrukere.opprett(brukere, new NyBruker(LESER, LESER, "passord-passord-1", Rolle.HOD_SAKSBEHANDLER, null,
				false, null));
	}

	private long etat(String navn) throws Exception {
		mvc.perform(post("/admin/organisasjon/etat").param("navn", navn).with(user("bev-andre-admin").roles("ADMIN"))
			.with(csrf()));
		return organisasjon.etatByName(navn).orElseThrow().id();
	}

	private static String unik() {
		return Long.toString(System.nanoTime(), 36);
	}

	/** The 2020 letter's own 740.01 and its kap. 660 under «4.2 Arbeids- og sosialdepartementet», read by hand. */
	private static List<BevilgningData> linjer() {
		return List.of(new BevilgningData(740, 1, "Driftsutgifter", 1_222_348L, 1_212_918L, false, null, null),
				new BevilgningData(3740, 2, "Diverse inntekter", 20_107L, 19_582L, true, null, null),
				new BevilgningData(660, 70, "Skadekur, militærpersonell", 20L, 100L, false, null, ASD),
				new BevilgningData(660, 71, "Skadekur, sivilpersoner", 500L, 600L, false, null, ASD));
	}

	@Test
	void anotherMinistrysLinesAreShownApartAndLeftOutOfTheSums() throws Exception {
		long etat = etat("Bevilgningsetat Andre dep " + unik());
		transaksjon.executeWithoutResult(s -> bevilgningImport.apply(9_107_001L, 2020, etat, linjer(), List.of()));

		mvc.perform(get("/api/bevilgninger").param("agency", String.valueOf(etat)).param("year", "2020")
			.with(user(LESER)))
			.andExpect(jsonPath("$.lines.length()").value(4))
			.andExpect(jsonPath("$.lines[0].chapter").value(740))
			.andExpect(jsonPath("$.lines[0].ministry").value(nullValue()))
			.andExpect(jsonPath("$.lines[2].chapter").value(660))
			.andExpect(jsonPath("$.lines[2].ministry").value(ASD))
			.andExpect(jsonPath("$.lines[3].ministry").value(ASD))
			// the ministry's own only
			.andExpect(jsonPath("$.sums.EXPENSE").value(1_222_348))
			.andExpect(jsonPath("$.sums.INCOME").value(20_107))
			.andExpect(jsonPath("$.sums.chapters['660']").doesNotExist());

		String side = mvc.perform(get("/bevilgninger").param("etat", String.valueOf(etat)).param("aar", "2020")
			.with(user(LESER))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		int seksjon = side.indexOf("Øvrige økonomiske rammer fra andre departementer");
		assertThat(seksjon).as("the section of other ministries").isPositive();
		assertThat(side.indexOf("<h3>" + ASD + "</h3>")).isGreaterThan(seksjon);
		assertThat(side.indexOf("id=\"post-660-70\"")).isGreaterThan(seksjon);
		assertThat(side.indexOf("id=\"post-740-1\"")).isLessThan(seksjon);
		// the chapter filter offers the other ministry's chapter too, and shows it alone
		assertThat(side).contains("<option value=\"660\">660</option>");
		String kapittel660 = mvc.perform(get("/bevilgninger").param("etat", String.valueOf(etat)).param("aar", "2020")
			.param("kapittel", "660").with(user(LESER))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(kapittel660).contains("Skadekur, sivilpersoner", "Øvrige økonomiske rammer fra andre departementer")
			.doesNotContain("Sum utgifter");

		String csv = mvc.perform(get("/bevilgninger/eksport.csv").param("etat", String.valueOf(etat))
			.param("aar", "2020").with(user(LESER))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<String> rader = csv.lines().toList();
		assertThat(rader.get(0)).endsWith(";Departement;Radtype");
		int utgifter = indeks(rader, "Sum utgifter");
		int inntekter = indeks(rader, "Sum inntekter");
		assertThat(rader.get(utgifter)).contains(";1222348;");
		// after the totals, each row naming its ministry
		assertThat(indeks(rader, "Skadekur, militærpersonell")).isGreaterThan(inntekter);
		assertThat(rader.get(indeks(rader, "Skadekur, sivilpersoner"))).endsWith(";" + ASD + ";Linje");
		assertThat(rader.get(indeks(rader, "Sum kap. 660"))).contains(";520;").endsWith(";" + ASD + ";Sum kapittel");
		assertThat(rader.get(indeks(rader, "Driftsutgifter"))).endsWith(";;Linje");
	}

	private static int indeks(List<String> rader, String tekst) {
		for (int i = 0; i < rader.size(); i++) {
			if (rader.get(i).contains(tekst)) {
				return i;
			}
		}
		throw new AssertionError("ingen rad med «" + tekst + "»: " + rader);
	}

	@Test
	void anAgencyWithoutLinesIsOfferedNoYearAndTheApiPretendsNone() throws Exception {
		String navn = "Bevilgningsetat Uten linjer " + unik();
		long etat = etat(navn);
		String side = mvc.perform(get("/bevilgninger").param("etat", String.valueOf(etat)).with(user(LESER)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(side).contains("Ingen bevilgninger er registrert for " + navn + " ennå", "href=\"/tildelingsbrev\"")
			.doesNotContain("id=\"aar\"", "Fullmakter 20", "Ingen fullmakter er registrert for året");
		mvc.perform(get("/api/bevilgninger").param("agency", String.valueOf(etat)).with(user(LESER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.agency").value(navn))
			.andExpect(jsonPath("$.year").value(nullValue()))
			.andExpect(jsonPath("$.lines.length()").value(0));
	}

	@Test
	void thePostsAnAuthorisationNamesLeadToItsPlaceOnThePage() throws Exception {
		long etat = etat("Bevilgningsetat Fullmakt " + unik());
		// The 2025 letter's Vedlegg II as the parser writes it.
		transaksjon.executeWithoutResult(s -> bevilgningImport.apply(9_107_002L, 2025, etat,
				List.of(new BevilgningData(710, 21, "Spesielle driftsutgifter", 1_000L, null, false, null)),
				List.of(new FullmaktData("Bestillingsfullmakt", "Kap. 710 Vaksiner mv., post 21 Spesielle "
						+ "driftsutgifter. Samlet ramme: 173,1 mill. kroner"),
						new FullmaktData("Bestillingsfullmakt", "Kap. 710 Vaksiner mv., post 23 Vaksinasjonsprogram "
								+ "for voksne og risikogrupper. Samlet ramme: 675 mill. kroner"),
						new FullmaktData("Merinntektsfullmakt", "Overskride bevilgningen under kap. 740 postene 01 og "
								+ "21 mot tilsvarende merinntekter under kap. 3740 postene 02 og 04"))));
		var fullmakter = budsjettposter.fullmakter(etat, 2025);
		assertThat(fullmakter.get(new Budsjettposter.Post(710, 23)))
			.isEqualTo(new Budsjettposter.Fullmakt("Bestillingsfullmakt", "fullmakt-2"));
		assertThat(fullmakter.get(new Budsjettposter.Post(740, 21)))
			.isEqualTo(new Budsjettposter.Fullmakt("Merinntektsfullmakt", "fullmakt-3"));
		assertThat(fullmakter).containsKeys(new Budsjettposter.Post(740, 1), new Budsjettposter.Post(3740, 4))
			.doesNotContainKey(new Budsjettposter.Post(710, 22));
		String side = mvc.perform(get("/bevilgninger").param("etat", String.valueOf(etat)).param("aar", "2025")
			.with(user(LESER))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(side).contains("<dt id=\"fullmakt-2\">Bestillingsfullmakt</dt>\n        <dd>Kap. 710 Vaksiner mv., post 23");
	}
}
