package no.hod.styringsregister.oppdrag.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.oppdrag.FristRef;
import no.hod.styringsregister.oppdrag.OppdragImport;
import no.hod.styringsregister.oppdrag.OppdragImport.OppdragData;
import no.hod.styringsregister.oppdrag.OppdragImport.Tekstdel;
import no.hod.styringsregister.oppdrag.OppdragImport.Unntak;
import no.hod.styringsregister.oppdrag.OppdragKommentar;
import no.hod.styringsregister.oppdrag.OppdragQueries;
import no.hod.styringsregister.oppdrag.OppdragStatus;
import no.hod.styringsregister.oppdrag.OppdragSvar;
import no.hod.styringsregister.organisasjon.Enhet;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.testsupport.Testbrukere;
import no.hod.styringsregister.web.Formats;

import static no.hod.styringsregister.oppdrag.internal.OppdragTestdata.admin;
import static no.hod.styringsregister.oppdrag.internal.OppdragTestdata.klarert;
import static no.hod.styringsregister.oppdrag.internal.OppdragTestdata.leder;
import static no.hod.styringsregister.oppdrag.internal.OppdragTestdata.uklarert;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a lead's and the ministry's lists say after the year end and the next letter: carried-over work is due once,
 * as its successor; the work the year end or the import hands on is no answer of the ministry's; and a lead's comment
 * on a copy the next letter replaced reaches the ministry under the assignment that replaced it. An agency of its own,
 * in years of their own.
 */
@IntegrationTest
@AutoConfigureMockMvc
class ArsskifteForLederenTests {

	private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

	@Autowired
	MockMvc mvc;

	@Autowired
	OppdragImport oppdragImport;

	@Autowired
	OppdragArbeidsflyt flyt;

	@Autowired
	OppdragLeser leser;

	@Autowired
	OppdragQueries queries;

	@Autowired
	OrganisasjonService organisasjon;

	@Autowired
	BrukerService brukere;

	final LocalDate iDag = LocalDate.now(Formats.OSLO);

	int aar;

	long etat;

	Enhet divisjon;

	@BeforeEach
	void etatOgDivisjon() throws Exception {
		aar = OppdragTestdata.nyttAar();
		String etatNavn = "Lederetaten " + aar;
		mvc.perform(post("/admin/organisasjon/etat").with(ADMIN).with(csrf()).param("navn", etatNavn))
			.andExpect(status().is3xxRedirection());
		etat = organisasjon.etatByName(etatNavn).orElseThrow().id();
		mvc.perform(post("/admin/organisasjon/divisjon").with(ADMIN).with(csrf()).param("etatId", String.valueOf(etat))
			.param("navn", "Divisjon for videreført arbeid")).andExpect(status().is3xxRedirection());
		divisjon = organisasjon.divisjoner(etat).get(0);
	}

	/**
	 * TB-1 is under way with its deadline long passed, TB-2 delayed to a date in the coming days; the next letter
	 * repeats both titles with deadlines of its own, the year end links them, and the lead moves TB-2's successor's
	 * date once more.
	 */
	private void videreforMedNyeFrister() {
		oppdragImport.apply(OppdragTestdata.nyttBrev(), aar, etat,
				List.of(oppdrag(tb(1), "Kartlegging av ventetider", iDag.minusDays(200)),
						oppdrag(tb(2), "Veileder for samhandling", iDag.minusDays(100))));
		flyt.rute(List.of(tb(1), tb(2)), divisjon.id(), null, admin());
		flyt.endreStatus(tb(1), new StatusEndring(OppdragStatus.PAAGAAR, "Godt i gang.", null, null,
				versjon(tb(1))), leder(divisjon.id()));
		flyt.endreStatus(tb(2), new StatusEndring(OppdragStatus.FORSINKET, null, iDag.plusDays(5), "Venter på tall.",
				versjon(tb(2))), leder(divisjon.id()));
		oppdragImport.apply(OppdragTestdata.nyttBrev(), aar + 1, etat,
				List.of(oppdrag(neste(1), "Kartlegging av ventetider", iDag.minusDays(20)),
						oppdrag(neste(2), "Veileder for samhandling", iDag.plusDays(60))));
		assertThat(flyt.viderefor(aar, List.of(), null, admin()).koblet()).isEqualTo(2);
		assertThat(queries.find(neste(1), klarert()).orElseThrow().status()).as("taken over")
			.isEqualTo(OppdragStatus.PAAGAAR);
		flyt.endreStatus(neste(2), new StatusEndring(OppdragStatus.FORSINKET, null, iDag.plusDays(8),
				"Venter fortsatt på tall.", versjon(neste(2))), leder(divisjon.id()));
	}

	@Test
	void carriedOverWorkIsDueAndOverdueOnceAsItsSuccessorAlsoInTheCalendarsOverdueView() throws Exception {
		videreforMedNyeFrister();

		// The letters' deadlines stay where they were due, for a month's history; what is due now is the successor's.
		assertThat(ider(queries.deadlines(iDag.minusYears(3), iDag.minusDays(1), etat, null, klarert())))
			.containsExactly(tb(1), tb(2), neste(1));
		assertThat(ider(queries.currentDeadlines(iDag.minusYears(3), iDag.minusDays(1), etat, null, klarert())))
			.containsExactly(neste(1));
		assertThat(ider(queries.expectedDates(iDag, iDag.plusDays(13), etat, null, klarert())))
			.containsExactly(tb(2), neste(2));
		assertThat(queries.currentExpectedDates(iDag, iDag.plusDays(13), etat, null, klarert()))
			.extracting(f -> f.id() + " " + f.forventetDato()).containsExactly(neste(2) + " " + iDag.plusDays(8));

		// «Forfalte frister»: as the lead's «Trenger oppdatering», the successor alone.
		String forfalte = side("/rapporteringskalender?visning=forfalt&etat=" + etat);
		assertThat(forfalte).contains("id=\"frist-" + neste(1) + "-" + iDag.minusDays(20) + "\"")
			.doesNotContain("/oppdrag/" + tb(1)).doesNotContain("/oppdrag/" + tb(2));
	}

	@Test
	void whatTheYearEndHandsOnIsNoAnswerOfTheMinistrysButTheMinistrysAnswersStay() {
		videreforMedNyeFrister();
		OffsetDateTime siden = OffsetDateTime.now().minusDays(1);
		assertThat(historikk(neste(1))).as("the takeover is in the history")
			.anyMatch(h -> "status".equals(h.felt()) && h.notat() != null && h.notat().startsWith("Overtatt fra "));

		assertThat(queries.replies(divisjon.id(), siden, leder(divisjon.id()))).isEmpty();
		assertThat(queries.replies(divisjon.id(), siden, klarert())).isEmpty();

		flyt.kommenter(neste(1), "Hvordan ligger dere an?", false, klarert());
		flyt.endreStatus(tb(1), new StatusEndring(OppdragStatus.UTGAAR, null, null, "Videreført i neste brev.",
				versjon(tb(1))), klarert());
		assertThat(queries.replies(divisjon.id(), siden, leder(divisjon.id())))
			.extracting(s -> s.id() + " " + s.slag())
			.containsExactly(tb(1) + " " + OppdragSvar.Slag.STATUS, neste(1) + " " + OppdragSvar.Slag.KOMMENTAR);
	}

	@Test
	void aLeadsCommentOnACopyTheNextLetterReplacedReachesTheMinistryUnderTheAssignmentThatReplacedIt()
			throws Exception {
		oppdragImport.apply(OppdragTestdata.nyttBrev(), aar, etat,
				List.of(oppdrag(tb(1), "Nasjonal plan for legemiddelberedskap", LocalDate.of(aar, 6, 30))));
		flyt.rute(List.of(tb(1)), divisjon.id(), null, admin());
		// December: the year end copies it; January: the lead comments on the copy, then the letter replaces it.
		assertThat(flyt.viderefor(aar, List.of(), null, admin())).isEqualTo(new OppdragArbeidsflyt.Utfall(1, 0, 0, 0));
		String kopi = leser.detalj(tb(1), klarert()).orElseThrow().videreforing().get(0).id();
		String kommentar = "Vi har startet på planen for " + aar + ".";
		flyt.kommenter(kopi, kommentar, false, leder(divisjon.id()));
		oppdragImport.apply(OppdragTestdata.nyttBrev(), aar + 1, etat,
				List.of(oppdrag(neste(1), "Nasjonal plan for legemiddelberedskap", LocalDate.of(aar + 1, 6, 30))));
		assertThat(leser.detalj(kopi, klarert()).orElseThrow().fjernet()).as("the copy is replaced").isTrue();

		OffsetDateTime siden = OffsetDateTime.now().minusDays(1);
		for (var viewer : List.of(klarert(), uklarert())) {
			assertThat(queries.leadComments(siden, viewer)).filteredOn(k -> kommentar.equals(k.tekst())).singleElement()
				.satisfies(k -> {
					assertThat(k.id()).isEqualTo(neste(1));
					assertThat(k.tittel()).isEqualTo("Nasjonal plan for legemiddelberedskap");
					assertThat(k.paaKopi()).isTrue();
					assertThat(k.kopi()).isEqualTo(kopi);
					assertThat(k.divisjon()).isEqualTo(divisjon.navn());
				});
		}
		assertThat(queries.leadComments(siden, klarert())).extracting(OppdragKommentar::id).doesNotContain(kopi);

		Testbrukere.opprett(brukere, new NyBruker("leder-kopi-sb", "Kopi Saksbehandler", "passord-passord-1",
				Rolle.HOD_SAKSBEHANDLER, null, false, null));
		String forside = mvc.perform(get("/").with(user("leder-kopi-sb").roles("HOD_SAKSBEHANDLER")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String svar = forside.substring(forside.indexOf("id=\"divisjonssvar-tittel\""));
		assertThat(svar).contains("/oppdrag/" + neste(1) + "?liste=forside").contains(kommentar)
			.contains("Skrevet på årsskiftets kopi " + kopi + ", som " + neste(1)
					+ " i det nye tildelingsbrevet erstattet.")
			.doesNotContain("/oppdrag/" + kopi + "?");
	}

	private List<OppdragDetalj.Hendelse> historikk(String id) {
		return leser.detalj(id, klarert()).orElseThrow().historikk();
	}

	private long versjon(String id) {
		return queries.find(id, klarert()).orElseThrow().versjon();
	}

	/** This test's assignments among the deadlines: other tests' agencies are filtered out by the agency. */
	private static List<String> ider(List<FristRef> frister) {
		return frister.stream().map(FristRef::id).toList();
	}

	private String side(String adresse) throws Exception {
		return mvc.perform(get(adresse).with(ADMIN)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private String tb(int n) {
		return "TB" + aar + "-" + n;
	}

	private String neste(int n) {
		return "TB" + (aar + 1) + "-" + n;
	}

	private static OppdragData oppdrag(String id, String tittel, LocalDate frist) {
		return new OppdragData(id, "2.1", "God kompetanse", List.of("KTA"), tittel,
				List.of(new Tekstdel("Arbeidet fortsetter.", false)), List.of(frist), null, Unntak.NONE, List.of(),
				List.of());
	}
}
