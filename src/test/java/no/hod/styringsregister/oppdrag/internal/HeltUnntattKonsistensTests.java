package no.hod.styringsregister.oppdrag.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import no.hod.styringsregister.bevilgninger.BevilgningImport;
import no.hod.styringsregister.bevilgninger.BevilgningImport.BevilgningData;
import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.oppdrag.OppdragImport;
import no.hod.styringsregister.oppdrag.OppdragImport.Budsjettref;
import no.hod.styringsregister.oppdrag.OppdragImport.OppdragData;
import no.hod.styringsregister.oppdrag.OppdragImport.Tekstdel;
import no.hod.styringsregister.oppdrag.OppdragImport.Unntak;
import no.hod.styringsregister.oppdrag.OppdragStatus;
import no.hod.styringsregister.organisasjon.Enhet;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.web.Formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A wholly exempt assignment tells an uncleared user that its links are withheld, never that there are none, and
 * offers him nothing he would be refused: the budget lines and references of one with links and one without read
 * alike, the year end offers no box to end it, and a stale status form whose hidden fields were left empty names only
 * what he did change.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HeltUnntattKonsistensTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OppdragImport oppdragImport;

	@Autowired
	BevilgningImport bevilgningImport;

	@Autowired
	OppdragLeser leser;

	@Autowired
	OppdragArbeidsflyt flyt;

	@Autowired
	OrganisasjonService organisasjon;

	@Autowired
	BrukerService brukere;

	int aar;

	CurrentUser klarertAdmin;

	@BeforeAll
	void data() {
		aar = OppdragTestdata.nyttAar();
		long etat = organisasjon.etatByName("Helsedirektoratet").orElseThrow().id();
		long brev = OppdragTestdata.nyttBrev();
		// TB-1 wholly exempt, citing a post and referring to TB-3, and named in another line's comment; TB-2 wholly
		// exempt with no link at all; TB-3 public.
		oppdragImport.apply(brev, aar, etat, List.of(
				oppdrag(1, Unntak.WHOLE, List.of(tb(3)), List.of(new Budsjettref(714, 21))),
				oppdrag(2, Unntak.WHOLE, List.of(), List.of()), oppdrag(3, Unntak.NONE, List.of(), List.of())));
		bevilgningImport.apply(brev, aar, etat, List.of(
				new BevilgningData(714, 21, "Folkehelsetiltak", 5_000L, null, false, "Til folkehelsearbeid."),
				new BevilgningData(701, 21, "Spesielle driftsutgifter", 4_000L, null, false,
						"Herav 1 mill. kroner til arbeidet, jf. " + tb(1) + ".")),
				List.of());
		Enhet divisjon = organisasjon.divisjoner(etat).get(0);
		flyt.rute(List.of(tb(1), tb(2), tb(3)), divisjon.id(), null, OppdragTestdata.admin());
		klarertAdmin = brukere.create(new NyBruker("hu-klarert-admin", "Hu Klarert Admin", "passord-passord-1",
				Rolle.ADMIN, null, true, null));
		brukere.create(new NyBruker("hu-admin", "Hu Admin", "passord-passord-1", Rolle.ADMIN, null, false, null));
		brukere.create(new NyBruker("hu-klarert", "Hu Klarert", "passord-passord-1", Rolle.HOD_SAKSBEHANDLER, null,
				true, null));
		brukere.create(new NyBruker("hu-uklarert", "Hu Uklarert", "passord-passord-1", Rolle.HOD_SAKSBEHANDLER, null,
				false, null));
		brukere.create(new NyBruker("hu-leder", "Hu Leder", "passord-passord-1", Rolle.HDIR_LEDER, divisjon.id(),
				false, null));
	}

	private OppdragData oppdrag(int n, Unntak unntak, List<String> referanser, List<Budsjettref> budsjett) {
		return new OppdragData(tb(n), "3.1", "Mål", List.of("FHA"), "Konsistensoppdrag " + n,
				List.of(new Tekstdel("Tekst.", unntak == Unntak.WHOLE)), List.of(LocalDate.of(aar, 6, 30)), null,
				unntak, referanser, budsjett);
	}

	private String tb(int n) {
		return "TB" + aar + "-" + n;
	}

	@Test
	void anUnclearedReaderIsToldTheLinksAreWithheldWhetherOrNotThereAreAny() throws Exception {
		String budsjettSkjult = "Hvilke budsjettlinjer oppdraget viser til, og hvilke budsjettlinjer som nevner det i "
				+ "kommentaren, er unntatt offentlighet (offl. § 22) og vises bare for brukere med klarering.";
		String referanserSkjult = "Hvilke oppdrag dette oppdraget viser til, er unntatt offentlighet (offl. § 22) og "
				+ "vises bare for brukere med klarering.";
		for (int n : new int[] { 1, 2 }) {
			mvc.perform(get("/api/oppdrag/" + tb(n)).with(uklarert()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.budgetLines").isEmpty())
				.andExpect(jsonPath("$.budgetLinesWithheld").value(true))
				.andExpect(jsonPath("$.budgetLinesMentioning").isEmpty())
				.andExpect(jsonPath("$.budgetLinesMentioningWithheld").value(true))
				.andExpect(jsonPath("$.references.refersTo").isEmpty())
				.andExpect(jsonPath("$.referencesWithheld").value(true));
			assertThat(side(tb(n), uklarert())).as(tb(n))
				.contains(budsjettSkjult, referanserSkjult)
				.doesNotContain("Ingen kjent kobling", "Ingen henvisninger", "Kap. 714", "Kap. 701");
		}
		// The cleared reader sees TB-1's links, and of TB-2 that there are none.
		mvc.perform(get("/api/oppdrag/" + tb(1)).with(klarert()))
			.andExpect(jsonPath("$.budgetLines[0].chapter").value(714))
			.andExpect(jsonPath("$.budgetLinesWithheld").value(false))
			.andExpect(jsonPath("$.budgetLinesMentioning[0].chapter").value(701))
			.andExpect(jsonPath("$.budgetLinesMentioningWithheld").value(false))
			.andExpect(jsonPath("$.references.refersTo[0].id").value(tb(3)))
			.andExpect(jsonPath("$.referencesWithheld").value(false));
		assertThat(side(tb(1), klarert())).contains("Kap. 714, post 21", "Kap. 701, post 21")
			.doesNotContain(budsjettSkjult, referanserSkjult);
		assertThat(side(tb(2), klarert())).contains("Ingen kjent kobling", "Ingen henvisninger")
			.doesNotContain(budsjettSkjult, referanserSkjult);
		// On a public assignment nothing is withheld, and none is none.
		mvc.perform(get("/api/oppdrag/" + tb(3)).with(uklarert()))
			.andExpect(jsonPath("$.budgetLinesWithheld").value(false))
			.andExpect(jsonPath("$.budgetLinesMentioningWithheld").value(false))
			.andExpect(jsonPath("$.referencesWithheld").value(false));
		assertThat(side(tb(3), uklarert())).contains("Ingen kjent kobling").doesNotContain(budsjettSkjult);
	}

	@Test
	void theYearEndOffersAnUnclearedAdminNoBoxToEndAWhollyExemptAssignment() throws Exception {
		String hint = "Oppdraget er unntatt offentlighet i sin helhet (offl. § 22). Det videreføres; bare en "
				+ "administrator med klarering kan avslutte det i stedet.";
		String side = innhold(mvc.perform(post("/oppdrag/videreforing").param("aar", String.valueOf(aar))
			.with(user("hu-admin").roles("ADMIN")).with(csrf())).andExpect(status().isOk()));
		assertThat(rad(side, tb(2))).contains(hint).doesNotContain("name=\"avsluttes\"");
		assertThat(rad(side, tb(3))).contains("name=\"avsluttes\"").doesNotContain(hint);
		// A cleared admin gets the box.
		String klarertSide = innhold(mvc.perform(post("/oppdrag/videreforing").param("aar", String.valueOf(aar))
			.with(user("hu-klarert-admin").roles("ADMIN")).with(csrf())).andExpect(status().isOk()));
		assertThat(rad(klarertSide, tb(2))).contains("name=\"avsluttes\"").doesNotContain(hint);
	}

	@Test
	void aStaleFormWithTheHiddenFieldsLeftEmptyNamesOnlyTheStatusAsChangedByTheUnclearedLead() throws Exception {
		long apnet = flyt.endreStatus(tb(2), new StatusEndring(OppdragStatus.PAAGAAR, "Hemmelig fremdrift.", null,
				null, versjon(tb(2))), klarertAdmin).oppdrag().versjon();
		// Someone cleared changes status, note and reason after the lead opened the page.
		flyt.endreStatus(tb(2), new StatusEndring(OppdragStatus.FORSINKET, "Ny hemmelig fremdrift.",
				LocalDate.now(Formats.OSLO).plusMonths(3), "Hemmelig grunn.", apnet), klarertAdmin);
		// The lead's form: Levert, the hidden note and reason left empty, as they came.
		mvc.perform(post("/oppdrag/" + tb(2) + "/status").with(user("hu-leder").roles("HDIR_LEDER")).with(csrf())
			.param("status", "LEVERT").param("notat", "").param("forventetDato", "").param("grunn", "")
			.param("fremdriftSkjult", "true").param("versjon", String.valueOf(apnet)))
			.andExpect(flash().attribute("feil", allOf(containsString("Status, fremdrift, ny forventet dato og "
					+ "begrunnelse er endret."), containsString(" Du har også endret status: det du valgte"))));
	}

	private long versjon(String id) {
		return leser.detalj(id, klarertAdmin).orElseThrow().oppdrag().versjon();
	}

	/** The year end page's line for the assignment. */
	private static String rad(String side, String id) {
		Matcher m = Pattern.compile("<li><a href=\"/oppdrag/" + Pattern.quote(id) + "\">.*?</li>", Pattern.DOTALL)
			.matcher(side);
		assertThat(m.find()).as(id).isTrue();
		return m.group();
	}

	private String side(String id, RequestPostProcessor hvem) throws Exception {
		return innhold(mvc.perform(get("/oppdrag/" + id).with(hvem)).andExpect(status().isOk()));
	}

	private static String innhold(org.springframework.test.web.servlet.ResultActions svar) throws Exception {
		return svar.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static RequestPostProcessor klarert() {
		return user("hu-klarert").roles("HOD_SAKSBEHANDLER");
	}

	private static RequestPostProcessor uklarert() {
		return user("hu-uklarert").roles("HOD_SAKSBEHANDLER");
	}
}
