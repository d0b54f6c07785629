package no.hod.styringsregister.oppdrag.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.oppdrag.FristRef;
import no.hod.styringsregister.oppdrag.OppdragImport;
import no.hod.styringsregister.oppdrag.OppdragImport.OppdragData;
import no.hod.styringsregister.oppdrag.OppdragQueries;
import no.hod.styringsregister.oppdrag.OppdragStatus;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.testsupport.Testbrukere;
import no.hod.styringsregister.web.Formats;

import static no.hod.styringsregister.oppdrag.internal.OppdragTestdata.admin;
import static no.hod.styringsregister.oppdrag.internal.OppdragTestdata.klarert;
import static no.hod.styringsregister.oppdrag.internal.OppdragTestdata.uklarert;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The reporting calendar's deadlines after the year end: an assignment carried over and its copy, which keeps its
 * deadlines, are one piece of work, listed once, on the copy. {@link HemmeligBrev} in a year of its own, TB-3 exempt
 * in whole.
 */
@IntegrationTest
@AutoConfigureMockMvc
class ArsskifteFristerTests {

	@Autowired
	BrukerService brukere;

	@Autowired
	OppdragImport oppdragImport;

	@Autowired
	OppdragArbeidsflyt flyt;

	@Autowired
	OppdragQueries queries;

	@Autowired
	OppdragLeser leser;

	@Autowired
	OrganisasjonService organisasjon;

	@Autowired
	MockMvc mvc;

	@Test
	void aCarriedOverDeadlineIsListedOnceOnTheCopyInTheMonthTheOverdueViewAndAsANewExpectedDate() throws Exception {
		RutetBrev brev = RutetBrev.importer(oppdragImport, organisasjon, flyt);
		int aar = brev.aar();
		long etat = organisasjon.etatByName("Helsedirektoratet").orElseThrow().id();
		LocalDate forventet = LocalDate.now(Formats.OSLO).plusMonths(7);
		flyt.endreStatus(brev.tb(2), new StatusEndring(OppdragStatus.FORSINKET, null, forventet, "Venter på tall",
				queries.find(brev.tb(2), klarert()).orElseThrow().versjon()), admin());
		YearMonth juni = YearMonth.of(aar, 6);
		assertThat(ider(queries.deadlines(juni.atDay(1), juni.atEndOfMonth(), etat, null, klarert()), aar))
			.as("before the year end").containsExactly(brev.tb(1));

		flyt.viderefor(aar, List.of(), null, admin());

		// Each of the letter's deadlines, by the copy that carries it on.
		Map<String, String> kopier = new HashMap<>();
		List<String> forventede = new ArrayList<>();
		for (OppdragData o : HemmeligBrev.oppdrag(aar)) {
			if (o.offisiellId() == null) {
				continue;
			}
			String kopi = leser.detalj(o.offisiellId(), klarert()).orElseThrow().videreforing().get(0).id();
			kopier.put(o.offisiellId(), kopi);
			o.frister().forEach(f -> forventede.add(kopi + " " + f));
		}
		String kopi1 = kopier.get(brev.tb(1));

		// The month: the copy's deadline alone, also on the calendar's page.
		assertThat(ider(queries.deadlines(juni.atDay(1), juni.atEndOfMonth(), etat, null, klarert()), aar))
			.containsExactly(kopi1);
		String maaned = side("/rapporteringskalender?visning=maned&maned=" + juni + "&etat=" + etat);
		assertThat(maaned).contains("id=\"frist-" + kopi1 + "-" + aar + "-06-30\"")
			.doesNotContain("id=\"frist-" + brev.tb(1) + "-");

		// Overdue on a day of the next January, over the calendar's overdue window (three years back to the day
		// before): every deadline once.
		LocalDate januar = LocalDate.of(aar + 1, 1, 15);
		List<FristRef> forfalte = queries.deadlines(januar.minusYears(3), januar.minusDays(1), etat, null, klarert());
		assertThat(forfalte).filteredOn(f -> mitt(f.id(), aar)).extracting(f -> f.id() + " " + f.frist())
			.containsExactlyInAnyOrderElementsOf(forventede);

		// The delay carried over is due once, on the copy.
		assertThat(ider(queries.expectedDates(forventet, forventet, etat, null, klarert()), aar))
			.containsExactly(kopier.get(brev.tb(2)));

		// The copy of the wholly exempt TB-3 keeps its exemption: its title withheld without clearance.
		YearMonth september = YearMonth.of(aar, 9);
		assertThat(queries.deadlines(september.atDay(1), september.atEndOfMonth(), etat, null, uklarert()))
			.filteredOn(f -> mitt(f.id(), aar))
			.singleElement().satisfies(f -> {
				assertThat(f.id()).isEqualTo(kopier.get(brev.tb(3)));
				assertThat(f.tittel()).isEqualTo(OppdragQueries.UNNTATT);
			});
		assertThat(side("/rapporteringskalender?visning=maned&maned=" + september + "&etat=" + etat))
			.contains("id=\"frist-" + kopier.get(brev.tb(3)) + "-" + aar + "-09-01\"")
			.doesNotContain("id=\"frist-" + brev.tb(3) + "-")
			.doesNotContain(HemmeligBrev.HEMMELIG_TITTEL);
	}

	@Test
	void anAssignmentNextYearsLetterContinuesWithADeadlineOfItsOwnKeepsItsOldDeadlineInItsMonth() {
		RutetBrev brev = RutetBrev.importer(oppdragImport, organisasjon, flyt);
		int aar = brev.aar();
		long etat = organisasjon.etatByName("Helsedirektoratet").orElseThrow().id();
		String fortsettelse = "TB" + (aar + 1) + "-1";
		LocalDate nyFrist = LocalDate.of(aar + 1, 3, 1);
		// Next year's letter continues TB-1 under its title, due in March of its own year.
		OppdragData tb1 = HemmeligBrev.oppdrag(aar).get(0);
		oppdragImport.apply(OppdragTestdata.nyttBrev(), aar + 1, etat, List.of(new OppdragData(fortsettelse, "3.1",
				"Bedre folkehelse", List.of("FHA"), tb1.tittel(), tb1.deler(), List.of(nyFrist), null,
				OppdragImport.Unntak.NONE, List.of(), List.of())));

		flyt.viderefor(aar, List.of(), null, admin());

		assertThat(leser.detalj(brev.tb(1), klarert()).orElseThrow().videreforing()).extracting(v -> v.id())
			.as("linked to the next letter's assignment, not copied").containsExactly(fortsettelse);
		YearMonth juni = YearMonth.of(aar, 6);
		assertThat(queries.deadlines(juni.atDay(1), juni.atEndOfMonth(), etat, null, klarert()))
			.extracting(FristRef::id).as("what was due in June is still there").contains(brev.tb(1));
		YearMonth mars = YearMonth.from(nyFrist);
		assertThat(queries.deadlines(mars.atDay(1), mars.atEndOfMonth(), etat, null, klarert()))
			.extracting(FristRef::id).contains(fortsettelse);
	}

	/** The assignments of the deadlines that are this test's letter's or their copies. */
	private static List<String> ider(List<FristRef> frister, int aar) {
		return frister.stream().map(FristRef::id).filter(id -> mitt(id, aar)).toList();
	}

	/** The letter's assignment or a copy of one: other tests' letters of the agency have years of their own. */
	private static boolean mitt(String id, int aar) {
		return id.startsWith("TB" + aar + "-") || id.startsWith("O-" + (aar + 1) + "-");
	}

	/** The page as an admin without clearance sees it (the first admin, {@code admin}, is cleared). */
	private String side(String adresse) throws Exception {
		Testbrukere.opprett(brukere, new NyBruker("frister-uklarert", "Frister Uklarert", "passord-passord-1",
				Rolle.ADMIN, null, false, null));
		return mvc.perform(get(adresse).with(user("frister-uklarert").roles("ADMIN"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}
}
