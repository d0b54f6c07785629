package no.hod.styringsregister.rapporter.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.oppdrag.OppdragImport;
import no.hod.styringsregister.oppdrag.OppdragImport.OppdragData;
import no.hod.styringsregister.oppdrag.OppdragImport.Tekstdel;
import no.hod.styringsregister.oppdrag.OppdragImport.Unntak;
import no.hod.styringsregister.oppdrag.OppdragRapport;
import no.hod.styringsregister.organisasjon.Enhet;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.web.Formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An agency-year of 150 assignments, each with a history written through the real workflow (routing, status changes
 * with notes, delays with reasons, deliveries, cancellations), then the status report as of 31 August: the model
 * replayed from the history, the printable page, the spreadsheet and the PDF, each end to end through MockMvc. Not a
 * timed test: it prints median and p95. Run it alone:
 * {@code TEST_DATABASE_URL=... ./mvnw -B -o test -Dtest=RapportBenchmark -Dbenchmark=true}
 * (output in target/surefire-reports/...RapportBenchmark-output.txt).
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
@IntegrationTest
@AutoConfigureMockMvc
class RapportBenchmark {

	static final int ANTALL = 150;

	static final int AAR = 2011;

	static final int OPPVARMING = 10;

	static final int RUNDER = 50;

	@Autowired
	OppdragImport oppdragImport;

	@Autowired
	OppdragRapport rapport;

	@Autowired
	OrganisasjonService organisasjon;

	@Autowired
	BrukerService brukere;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void statusReportOf150AssignmentsWithHistories() throws Exception {
		long etat = organisasjon.etatByName("Helsedirektoratet").orElseThrow().id();
		List<Enhet> divisjoner = organisasjon.divisjoner(etat);
		brukere.create(new NyBruker("b-adm", "Bench Admin", "et-langt-passord", Rolle.ADMIN, null, true, null));
		brukere.create(new NyBruker("b-sb", "Bench Sb", "et-langt-passord", Rolle.HOD_SAKSBEHANDLER, null, false, null));
		for (Enhet d : divisjoner) {
			brukere.create(new NyBruker("b-leder-" + d.id(), "Leder " + d.navn(), "et-langt-passord", Rolle.HDIR_LEDER,
					d.id(), false, null));
		}
		Random tilfeldig = new Random(42);
		List<OppdragData> oppdrag = new ArrayList<>();
		for (int i = 1; i <= ANTALL; i++) {
			int art = tilfeldig.nextInt(50);
			Unntak unntak = art == 0 ? Unntak.WHOLE : art < 5 ? Unntak.PARTS : Unntak.NONE;
			int maal = 1 + tilfeldig.nextInt(5);
			oppdrag.add(new OppdragData("TB" + AAR + "-" + i, maal + "." + (1 + tilfeldig.nextInt(4)), "Hovedmål " + maal,
					List.of("FHA"), "Oppdrag nummer " + i + " om helse og omsorg for de største byene og distriktene",
					List.of(new Tekstdel("Helsedirektoratet skal utrede og foreslå tiltak.", unntak == Unntak.WHOLE)),
					List.of(LocalDate.of(AAR, 1 + tilfeldig.nextInt(12), 1 + tilfeldig.nextInt(28))), null, unntak,
					List.of(), List.of()));
		}
		long start = System.nanoTime();
		oppdragImport.apply(720_001, AAR, etat, oppdrag);
		int endringer = 0;
		for (int i = 1; i <= ANTALL; i++) {
			String id = "TB" + AAR + "-" + i;
			Enhet divisjon = divisjoner.get(i % divisjoner.size());
			mvc.perform(post("/oppdrag/" + id + "/ruting").param("divisjon", String.valueOf(divisjon.id()))
				.with(user("b-adm").roles("ADMIN")).with(csrf())).andExpect(status().is3xxRedirection());
			String leder = "b-leder-" + divisjon.id();
			endringer += endre(leder, "HDIR_LEDER", id, "{\"status\": \"PAAGAAR\", \"note\": \"Arbeidet er startet\"}");
			endringer += endre(leder, "HDIR_LEDER", id, "{\"note\": \"Fremdrift etter plan, delrapport skrevet\"}");
			switch (i % 5) {
				case 0 -> endringer += endre(leder, "HDIR_LEDER", id, "{\"status\": \"FORSINKET\", \"expectedDate\": \""
						+ LocalDate.now(Formats.OSLO).plusMonths(6) + "\", \"reason\": \"Venter på data\"}");
				case 1 -> endringer += endre(leder, "HDIR_LEDER", id, "{\"status\": \"LEVERT\", \"note\": \"Levert\"}");
				case 2 -> endringer += endre("b-sb", "HOD_SAKSBEHANDLER", id,
						"{\"status\": \"UTGAAR\", \"reason\": \"Erstattet av annet oppdrag\"}");
				default -> {
				}
			}
			// Spread the history over the year, so half of it lies after the cut-off date.
			jdbc.update("ALTER TABLE oppdrag_historikk DISABLE TRIGGER oppdrag_historikk_bare_tillegg");
			jdbc.update("UPDATE oppdrag_historikk SET tidspunkt = CAST(? AS timestamptz) + (id % 7) * interval '1 day' "
					+ "WHERE oppdrag_id = (SELECT id FROM oppdrag WHERE visnings_id = ?) AND type <> 'OPPRETTET'",
					AAR + "-" + String.format("%02d", 2 + i % 10) + "-10T12:00:00+01", id);
			jdbc.update("ALTER TABLE oppdrag_historikk ENABLE TRIGGER oppdrag_historikk_bare_tillegg");
		}
		jdbc.update("ALTER TABLE oppdrag_historikk DISABLE TRIGGER oppdrag_historikk_bare_tillegg");
		jdbc.update("UPDATE oppdrag_historikk SET tidspunkt = CAST(? AS timestamptz) WHERE type = 'OPPRETTET' "
				+ "AND oppdrag_id IN (SELECT id FROM oppdrag WHERE aar = ?)", AAR + "-01-05T12:00:00+01", AAR);
		jdbc.update("ALTER TABLE oppdrag_historikk ENABLE TRIGGER oppdrag_historikk_bare_tillegg");
		jdbc.execute("ANALYZE");
		long rader = jdbc.queryForObject("SELECT count(*) FROM oppdrag_historikk h JOIN oppdrag o ON o.id = h.oppdrag_id "
				+ "WHERE o.aar = ?", Long.class, AAR);
		System.out.printf("Laget %d oppdrag med %d historikkrader (%d statusendringer) på %d s%n", ANTALL, rader, endringer,
				(System.nanoTime() - start) / 1_000_000_000);

		LocalDate dato = LocalDate.of(AAR, 8, 31);
		CurrentUser klarert = new CurrentUser(1, "b-adm", "Bench Admin", Rolle.ADMIN, null, true);
		assertThat(rapport.statusPaa(etat, AAR, dato, klarert)).hasSize(ANTALL);
		maal("Modell fra historikken (OppdragRapport.statusPaa)", () -> rapport.statusPaa(etat, AAR, dato, klarert).size());
		maal("GET /rapporter/status (utskriftsvennlig side)", () -> hent("/rapporter/status", dato));
		maal("GET /rapporter/status.xlsx", () -> hent("/rapporter/status.xlsx", dato));
		maal("GET /rapporter/status.pdf", () -> hent("/rapporter/status.pdf", dato));
	}

	private int endre(String bruker, String rolle, String id, String json) throws Exception {
		long versjon = jdbc.queryForObject("SELECT versjon FROM oppdrag WHERE visnings_id = ?", Long.class, id);
		mvc.perform(post("/api/oppdrag/" + id + "/status").contentType(MediaType.APPLICATION_JSON)
			.content(json.substring(0, json.length() - 1) + (json.length() > 2 ? ", " : "") + "\"version\": " + versjon + "}")
			.with(user(bruker).roles(rolle)).with(csrf())).andExpect(status().isOk());
		return 1;
	}

	private int hent(String sti, LocalDate dato) throws Exception {
		return mvc.perform(get(sti).param("agency", "Helsedirektoratet").param("year", String.valueOf(AAR))
			.param("date", dato.toString()).with(user("b-sb").roles("HOD_SAKSBEHANDLER"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray().length;
	}

	private static void maal(String navn, Callable<Integer> kall) throws Exception {
		for (int i = 0; i < OPPVARMING; i++) {
			kall.call();
		}
		List<Long> tider = new ArrayList<>();
		int storrelse = 0;
		for (int i = 0; i < RUNDER; i++) {
			long t = System.nanoTime();
			storrelse = kall.call();
			tider.add(System.nanoTime() - t);
		}
		Collections.sort(tider);
		System.out.printf("%-52s p50 %7.1f ms   p95 %7.1f ms   maks %7.1f ms   (%d)%n", navn, tider.get(RUNDER / 2) / 1e6,
				tider.get((int) Math.ceil(RUNDER * 0.95) - 1) / 1e6, tider.get(RUNDER - 1) / 1e6, storrelse);
	}
}
