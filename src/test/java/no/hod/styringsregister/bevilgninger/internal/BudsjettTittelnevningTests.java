package no.hod.styringsregister.bevilgninger.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import no.hod.styringsregister.bevilgninger.BevilgningImport;
import no.hod.styringsregister.bevilgninger.BevilgningImport.BevilgningData;
import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.oppdrag.OppdragImport;
import no.hod.styringsregister.oppdrag.OppdragImport.Budsjettref;
import no.hod.styringsregister.oppdrag.OppdragImport.OppdragData;
import no.hod.styringsregister.oppdrag.OppdragImport.Tekstdel;
import no.hod.styringsregister.oppdrag.OppdragImport.Unntak;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.testsupport.Testbrukere;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Budget lines whose comment names an assignment by title, on the real assignments of an agency and year of this
 * test's own: linked on the appropriations page and its API where the title is unambiguous, and listed on the
 * assignment's page and in the API's assignment; a wholly exempt assignment's title only for a cleared user.
 */
@IntegrationTest
@AutoConfigureMockMvc
class BudsjettTittelnevningTests {

	/**
	 * Far above the years {@code OppdragTestdata.nyttAar()} hands out (2102 upwards, two at a time, and the year after
	 * each for a next letter): 2471 was reached by one of those in a run with more tests, and the letters collided.
	 */
	static final int AAR = 3471;

	static final String ETAT = "Tittelnevningsetaten";

	static final String HEMMELIG = "Tyttebærlager i Finnmark";

	/** Sentences of a comment as long as the letter's, around the mention a page must show. */
	static final String LANG_KOMMENTAR = " Posten dekker drift av ordninger for tittelnevningsetaten og tilskudd etter søknad."
		.repeat(8) + " ";

	@Autowired
	MockMvc mvc;

	@Autowired
	OppdragImport oppdragImport;

	@Autowired
	BevilgningImport bevilgningImport;

	@Autowired
	OrganisasjonService organisasjon;

	@Autowired
	BrukerService brukere;

	@Autowired
	TransactionTemplate transaksjon;

	long etat;

	@BeforeEach
	void fixture() throws Exception {
		Testbrukere.opprett(brukere, new NyBruker("tittel-admin", "Tittel Admin", "passord-passord-1", Rolle.ADMIN,
				null, false, null));
		Testbrukere.opprett(brukere, new NyBruker("tittel-klarert", "Tittel Klarert", "passord-passord-1",
				Rolle.HOD_SAKSBEHANDLER, null, true, null));
		Testbrukere.opprett(brukere, new NyBruker("tittel-uklarert", "Tittel Uklarert", "passord-passord-1",
				Rolle.HOD_SAKSBEHANDLER, null, false, null));
		if (organisasjon.etatByName(ETAT).isEmpty()) {
			mvc.perform(post("/admin/organisasjon/etat").param("navn", ETAT)
				.with(user("tittel-admin").roles("ADMIN")).with(csrf())).andExpect(status().is3xxRedirection());
		}
		etat = organisasjon.etatByName(ETAT).orElseThrow().id();
		transaksjon.executeWithoutResult(t -> {
			oppdragImport.apply(947_101, AAR, etat, List.of(oppdrag(1, "Digitalt helsekort for gravide", Unntak.NONE),
					oppdrag(2, "Kartlegging av legemiddelbruk", Unntak.NONE),
					oppdrag(3, "Kartlegging av legemiddelbruk", Unntak.NONE), oppdrag(4, HEMMELIG, Unntak.WHOLE),
					oppdrag(5, "Prosjektet Enklere tilgang til informasjon for pasienter", Unntak.NONE),
					new OppdragData(tb(6), "3.1", "Mål", List.of("FHA"), "Molteforskning i fjellheimen",
							List.of(new Tekstdel("Tekst.", false)), List.of(LocalDate.of(AAR, 6, 1)), null, Unntak.NONE,
							List.of(), List.of(new Budsjettref(704, 21)))));
			bevilgningImport.apply(947_101, AAR, etat, List.of(
					linje(701, 21, 4_000L, "Digitalt helsekort for gravide"),
					linje(701, 21, 12_000L, "12 mill. kroner til kartlegging av legemiddelbruk i sykehjem"),
					linje(701, 21, 6_000L, "6 mill. kroner til prosjektet «Enklere tilgang til informasjon»."),
					linje(702, 21, 1_500L, HEMMELIG),
					linje(703, 21, 500L, "(Unntatt offentlighet, jf. Offl. § 22, 2. ledd)"),
					linje(704, 21, 9_000L, LANG_KOMMENTAR + "Herav 2 mill. kroner til arbeidet, jf. " + tb(6) + "."
							+ LANG_KOMMENTAR),
					linje(705, 21, 3_000L, LANG_KOMMENTAR + "Videre går 1 mill. kroner til Digitalt helsekort for "
							+ "gravide i regionene." + LANG_KOMMENTAR)), List.of());
		});
	}

	static OppdragData oppdrag(int n, String tittel, Unntak unntak) {
		return new OppdragData(tb(n), "3.1", "Mål", List.of("FHA"), tittel,
				List.of(new Tekstdel("Tekst.", unntak == Unntak.WHOLE)), List.of(LocalDate.of(AAR, 6, 1)), null, unntak,
				List.of(), List.of());
	}

	static BevilgningData linje(int kapittel, int post, long belop, String kommentar) {
		return new BevilgningData(kapittel, post, "Spesielle driftsutgifter", belop, null, false, kommentar);
	}

	static String tb(int n) {
		return "TB" + AAR + "-" + n;
	}

	static RequestPostProcessor klarert() {
		return user("tittel-klarert").roles("HOD_SAKSBEHANDLER");
	}

	static RequestPostProcessor uklarert() {
		return user("tittel-uklarert").roles("HOD_SAKSBEHANDLER");
	}

	@Test
	void aTitleOneAssignmentHasIsLinkedOneThatSeveralHaveIsNot() throws Exception {
		for (RequestPostProcessor hvem : List.of(klarert(), uklarert())) {
			mvc.perform(get("/api/bevilgninger").param("agency", String.valueOf(etat)).param("year", "" + AAR)
				.param("chapter", "701").with(hvem))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.lines[0].oppdrag", contains(tb(1))))
				.andExpect(jsonPath("$.lines[1].oppdrag", empty()))
				.andExpect(jsonPath("$.lines[2].oppdrag", contains(tb(5))));
		}
	}

	@Test
	void aWhollyExemptAssignmentsTitleLinksOnlyForTheCleared() throws Exception {
		mvc.perform(get("/api/bevilgninger").param("agency", String.valueOf(etat)).param("year", "" + AAR)
			.param("chapter", "702").with(klarert()))
			.andExpect(status().isOk()).andExpect(jsonPath("$.lines[0].oppdrag", contains(tb(4))));
		mvc.perform(get("/api/bevilgninger").param("agency", String.valueOf(etat)).param("year", "" + AAR)
			.param("chapter", "702").with(uklarert()))
			.andExpect(status().isOk()).andExpect(jsonPath("$.lines[0].oppdrag", empty()));
		String side = side("/bevilgninger?etat=" + etat + "&aar=" + AAR + "&kapittel=702", uklarert());
		assertThat(side).doesNotContain(tb(4));
		// What the uncleared see in place of the title names nothing, though it is the one such title of the year.
		mvc.perform(get("/api/bevilgninger").param("agency", String.valueOf(etat)).param("year", "" + AAR)
			.param("chapter", "703").with(uklarert()))
			.andExpect(status().isOk()).andExpect(jsonPath("$.lines[0].oppdrag", empty()));
	}

	@Test
	void theAssignmentsPageListsTheBudgetLinesThatNameIt() throws Exception {
		String adresse = "/bevilgninger?etat=" + etat + "&amp;aar=" + AAR + "&amp;kapittel=701#post-701-21";
		String side = side("/oppdrag/" + tb(1), uklarert());
		assertThat(side).contains("Nevnt i kommentaren til budsjettlinjer")
			.contains("href=\"" + adresse + "\"").doesNotContain(adresse + "-3\"").doesNotContain("Ingen kjent kobling");
		// It cites no post itself: the heading says so before the sub-heading, not nothing.
		assertThat(side).containsSubsequence("<h2>Budsjettlinjer</h2>",
				"<p>Oppdraget viser ikke selv til noen budsjettlinje med kapittel og post.</p>",
				"<h3>Nevnt i kommentaren til budsjettlinjer</h3>");
		assertThat(side("/oppdrag/" + tb(5), uklarert())).contains("href=\"" + adresse + "-3\"")
			.contains("<q>6 mill. kroner til prosjektet «<mark>Enklere tilgang til informasjon</mark>».</q>");
		assertThat(side("/oppdrag/" + tb(2), uklarert())).doesNotContain("Nevnt i kommentaren til budsjettlinjer")
			.contains("Ingen kjent kobling");
	}

	@Test
	void theAssignmentsPageShowsWhereALongCommentNamesIt() throws Exception {
		assertThat(side("/oppdrag/" + tb(1), uklarert())).contains("kapittel=705#post-705-21\"")
			.contains("<q>… Videre går 1 mill. kroner til <mark>Digitalt helsekort for gravide</mark> i regionene. …</q>")
			.doesNotContain("<q> Posten dekker");
	}

	@Test
	void aCitedPostWhoseCommentNamesTheAssignmentIsListedOnceUnderTheCitation() throws Exception {
		String side = side("/oppdrag/" + tb(6), uklarert());
		assertThat(side).doesNotContain("Nevnt i kommentaren til budsjettlinjer")
			.doesNotContain("Oppdraget viser ikke selv til noen budsjettlinje")
			.contains("Kommentaren nevner også dette oppdraget:")
			.contains("<q>… Herav 2 mill. kroner til arbeidet, jf. <mark>" + tb(6) + "</mark>. …</q>");
		assertThat(side.split("kapittel=704#post-704-21\"", -1)).hasSize(2);
	}

	@Test
	void theExemptAssignmentsPageNamesItsBudgetLineOnlyToTheCleared() throws Exception {
		assertThat(side("/oppdrag/" + tb(4), klarert())).contains("Nevnt i kommentaren til budsjettlinjer")
			.contains("kapittel=702#post-702-21\"");
		assertThat(side("/oppdrag/" + tb(4), uklarert())).doesNotContain("Nevnt i kommentaren til budsjettlinjer")
			.doesNotContain(HEMMELIG).doesNotContain("post-702-21");
	}

	/**
	 * The API's assignment carries the lines the page lists, in a field of its own: {@code budgetLines} stays the posts
	 * it cites.
	 */
	@Test
	void theApiNamesTheBudgetLinesWhoseCommentNamesTheAssignmentAsThePageDoes() throws Exception {
		mvc.perform(get("/api/oppdrag/" + tb(1)).with(uklarert()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.budgetLines", empty()))
			.andExpect(jsonPath("$.budgetLinesMentioning[*].chapter", contains(701, 705)))
			.andExpect(jsonPath("$.budgetLinesMentioning[*].post", contains(21, 21)))
			.andExpect(jsonPath("$.budgetLinesMentioning[*].row", contains(1, 1)))
			.andExpect(jsonPath("$.budgetLinesMentioning[0].name").value("Spesielle driftsutgifter"))
			.andExpect(jsonPath("$.budgetLinesMentioning[1].excerpt.before").value("… Videre går 1 mill. kroner til "))
			.andExpect(jsonPath("$.budgetLinesMentioning[1].excerpt.mention").value("Digitalt helsekort for gravide"))
			.andExpect(jsonPath("$.budgetLinesMentioning[1].excerpt.after").value(" i regionene. …"));
		mvc.perform(get("/api/oppdrag/" + tb(5)).with(uklarert()))
			.andExpect(jsonPath("$.budgetLinesMentioning[*].row", contains(3)))
			.andExpect(jsonPath("$.budgetLinesMentioning[0].excerpt.mention").value("Enklere tilgang til informasjon"));
		mvc.perform(get("/api/oppdrag/" + tb(2)).with(uklarert()))
			.andExpect(jsonPath("$.budgetLinesMentioning", empty()));
		// A cited post whose comment names it too: cited, and named.
		mvc.perform(get("/api/oppdrag/" + tb(6)).with(uklarert()))
			.andExpect(jsonPath("$.budgetLines[*].chapter", contains(704)))
			.andExpect(jsonPath("$.budgetLinesMentioning[*].chapter", contains(704)))
			.andExpect(jsonPath("$.budgetLinesMentioning[0].excerpt.mention").value(tb(6)));
		// Offl. § 22: the line that names a wholly exempt assignment by its title, for the cleared only.
		mvc.perform(get("/api/oppdrag/" + tb(4)).with(klarert()))
			.andExpect(jsonPath("$.budgetLinesMentioning[*].chapter", contains(702)));
		String uklarertSvar = mvc.perform(get("/api/oppdrag/" + tb(4)).with(uklarert()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.budgetLinesMentioning", empty()))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(uklarertSvar).doesNotContain(HEMMELIG);
	}

	String side(String adresse, RequestPostProcessor hvem) throws Exception {
		return mvc.perform(get(adresse).with(hvem)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}
}
