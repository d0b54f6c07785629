package no.hod.styringsregister.oppdrag.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.oppdrag.OppdragFilter;
import no.hod.styringsregister.oppdrag.OppdragImport;
import no.hod.styringsregister.oppdrag.OppdragQueries;
import no.hod.styringsregister.oppdrag.OppdragStatus;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 20 000 assignments, then the 95th percentile of the filtered list and of full-text search for one user: the call the
 * list page makes ({@link OppdragLeser#side}: one page, total and counts per status) and the JSON API. Not a timed
 * test: it prints the figures. Run it alone:
 * {@code TEST_DATABASE_URL=... ./mvnw -B -o test -Dtest=OppdragBenchmark -Dbenchmark=true}
 * (output in target/surefire-reports/...OppdragBenchmark-output.txt).
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
@IntegrationTest
@AutoConfigureMockMvc
class OppdragBenchmark {

	static final int ANTALL = 20_000;

	static final int PER_BREV = 500;

	static final int RUNDER = 200;

	@Autowired
	OppdragImport oppdragImport;

	@Autowired
	OppdragQueries queries;

	@Autowired
	OppdragLeser leser;

	@Autowired
	OrganisasjonService organisasjon;

	@Autowired
	BrukerService brukere;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void filteredListAndFullTextSearchOver20000Assignments() throws Exception {
		long etat = organisasjon.etatByName("Helsedirektoratet").orElseThrow().id();
		OppdragGenerator generator = new OppdragGenerator();
		long start = System.nanoTime();
		for (int brev = 0; brev < ANTALL / PER_BREV; brev++) {
			int aar = 2000 + brev % 26;
			oppdragImport.apply(800_000 + brev, aar, etat, generator.brev(aar, 1 + brev / 26 * PER_BREV, PER_BREV));
		}
		// Spread statuses and routing as a year in use would.
		jdbc.update("UPDATE oppdrag SET status = (ARRAY['IKKE_STARTET','PAAGAAR','FORSINKET','LEVERT','FULLFORT'])"
				+ "[1 + id % 5], divisjon_id = (SELECT min(id) FROM enhet) + id % 6");
		// What autovacuum does to a table at rest: statistics, and the visibility map index-only scans rely on.
		jdbc.execute("VACUUM ANALYZE");
		System.out.printf("Genererte %d oppdrag på %d s%n", jdbc.queryForObject("SELECT count(*) FROM oppdrag",
				Long.class), (System.nanoTime() - start) / 1_000_000_000);
		long divisjon = organisasjon.divisjoner(etat).get(0).id();
		brukere.create(new NyBruker("bench", "Bench", "passord-passord-1", Rolle.HOD_SAKSBEHANDLER, null, false, null));
		CurrentUser uklarert = new CurrentUser(1, "bench", "Bench", Rolle.HOD_SAKSBEHANDLER, null, false);
		CurrentUser klarert = new CurrentUser(2, "bench-k", "Bench K", Rolle.HOD_SAKSBEHANDLER, null, true);

		OppdragFilter filtrert = new OppdragFilter(null, 2010, etat, List.of(OppdragStatus.PAAGAAR), divisjon, null,
				null, null, null, null, null, false, false, "frist", false, 0, 50);
		List<String> sok = List.of("vaksinasjonsprogram", "fengsel", "rusforebygging", "vaksinajsonsprogram",
				"psykisk helse barn", "TB2010-17");

		assertThat(queries.search(filtrert, uklarert)).isNotEmpty();
		assertThat(queries.search(OppdragTestdata.fritekst("fengsel"), uklarert)).isNotEmpty();

		maal("Filtrert liste, side (uklarert)", () -> leser.side(filtrert, uklarert).rader().size());
		maal("Filtrert liste, side (klarert)", () -> leser.side(filtrert, klarert).rader().size());
		maal("Liste uten filter, side 1 (nyeste år først)", () -> leser.side(OppdragFilter.alle(), uklarert).rader()
			.size());
		int[] i = { 0 };
		maal("Fritekstsøk alle år, side (uklarert)", () -> leser.side(OppdragTestdata.fritekst(sok.get(i[0]++
				% sok.size())), uklarert).rader().size());
		maal("Fritekstsøk alle år, side (klarert)", () -> leser.side(OppdragTestdata.fritekst(sok.get(i[0]++
				% sok.size())), klarert).rader().size());
		// "helse" is in most texts: the worst case, not in the mix above. "legemidler" and "regler" are widened
		// with their singular («legemiddel…» compounds), ranked as near-misses.
		for (String ord : concat(sok, "helse", "legemidler", "regler")) {
			OppdragFilter f = OppdragTestdata.fritekst(ord);
			maal("  «" + ord + "» (" + leser.side(f, uklarert).total() + " treff, uklarert)",
					() -> leser.side(f, uklarert).rader().size());
		}
		maal("GET /api/oppdrag filtrert (liste, antall, per status)", () -> api("year", "2010", "agency",
				String.valueOf(etat), "status", "PAAGAAR", "division", String.valueOf(divisjon), "sort", "frist"));
		maal("GET /api/oppdrag?q=... (liste, antall, per status)", () -> api("q", sok.get(i[0]++ % sok.size())));
	}

	private static List<String> concat(List<String> liste, String... flere) {
		List<String> alle = new ArrayList<>(liste);
		alle.addAll(List.of(flere));
		return alle;
	}

	private int api(String... parametre) {
		try {
			var request = get("/api/oppdrag").with(user("bench").roles("HOD_SAKSBEHANDLER"));
			for (int p = 0; p < parametre.length; p += 2) {
				request.param(parametre[p], parametre[p + 1]);
			}
			return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentLength();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void maal(String navn, Supplier<Integer> kall) {
		for (int i = 0; i < 20; i++) {
			kall.get();
		}
		List<Long> tider = new ArrayList<>();
		for (int i = 0; i < RUNDER; i++) {
			long t = System.nanoTime();
			kall.get();
			tider.add(System.nanoTime() - t);
		}
		Collections.sort(tider);
		System.out.printf("%-55s p50 %6.1f ms   p95 %6.1f ms   maks %6.1f ms%n", navn, tider.get(RUNDER / 2) / 1e6,
				tider.get((int) Math.ceil(RUNDER * 0.95) - 1) / 1e6, tider.get(RUNDER - 1) / 1e6);
	}
}
