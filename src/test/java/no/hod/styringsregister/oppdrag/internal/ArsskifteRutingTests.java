package no.hod.styringsregister.oppdrag.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import no.hod.styringsregister.oppdrag.OppdragImport;
import no.hod.styringsregister.oppdrag.OppdragImport.OppdragData;
import no.hod.styringsregister.oppdrag.OppdragImport.Tekstdel;
import no.hod.styringsregister.oppdrag.OppdragImport.Unntak;
import no.hod.styringsregister.oppdrag.OppdragQueries;
import no.hod.styringsregister.oppdrag.OppdragRutet;
import no.hod.styringsregister.oppdrag.OppdragSummary;
import no.hod.styringsregister.organisasjon.Enhet;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.testsupport.IntegrationTest;

import static no.hod.styringsregister.oppdrag.internal.OppdragTestdata.admin;
import static no.hod.styringsregister.oppdrag.internal.OppdragTestdata.klarert;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The year end routes an assignment the next year's letter continues as its origin was, unless it is routed already;
 * a copy keeps its origin's division and department. An agency of its own, so its departments count nowhere else.
 */
@IntegrationTest
@AutoConfigureMockMvc
class ArsskifteRutingTests {

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

	int aar;

	long etat;

	Enhet nord;

	Enhet sor;

	Enhet statistikk;

	@BeforeEach
	void toBrev() throws Exception {
		aar = OppdragTestdata.nyttAar();
		String etatNavn = "Rutingsetaten " + aar;
		mvc.perform(post("/admin/organisasjon/etat").with(ADMIN).with(csrf()).param("navn", etatNavn))
			.andExpect(status().is3xxRedirection());
		etat = organisasjon.etatByName(etatNavn).orElseThrow().id();
		nord = divisjon("Divisjon nord");
		sor = divisjon("Divisjon sør");
		mvc.perform(post("/admin/organisasjon/avdeling").with(ADMIN).with(csrf())
			.param("divisjonId", String.valueOf(nord.id())).param("navn", "Statistikk"))
			.andExpect(status().is3xxRedirection());
		statistikk = organisasjon.avdelinger(nord.id()).stream().filter(a -> a.navn().equals("Statistikk"))
			.findFirst().orElseThrow();

		oppdragImport.apply(OppdragTestdata.nyttBrev(), aar, etat, HemmeligBrev.oppdrag(aar));
		int neste = aar + 1;
		oppdragImport.apply(OppdragTestdata.nyttBrev(), neste, etat, List.of(
				oppdrag(neste(1), "Vaksinasjon, nytt nummer", List.of(tb(1), tb(10)), neste),
				oppdrag(neste(2), "Kompetanseløft i kommunene", List.of(), neste),
				oppdrag(neste(3), "Beredskapslageret videre", List.of(tb(3)), neste)));
		// Routed after the next letter came, so its import found nothing routed to follow (OppdragImportTests has
		// that case); TB-3 stays unrouted.
		flyt.rute(List.of(tb(1), tb(2)), nord.id(), statistikk.id(), admin());
		flyt.rute(List.of(tb(10), kompetanse()), sor.id(), null, admin());
		// An admin has routed this one already, elsewhere than its origin.
		flyt.rute(List.of(neste(2)), nord.id(), null, admin());
	}

	@Test
	void theConfirmPageSaysWhereEachContinuingAssignmentWillBeRoutedAndNothingIsWrittenYet() {
		OppdragArbeidsflyt.Videreforing plan = flyt.tilVidereforing(aar, admin());
		assertThat(plan.rutes()).isEqualTo(1);
		assertThat(plan.etater()).singleElement().satisfies(e -> {
			assertThat(e.kopieres()).extracting(k -> k.oppdrag().id()).containsExactly(tb(2));
			assertThat(e.fortsatt()).extracting(f -> f.opphav().id() + " → " + f.fortsettelse().id() + ": " + f.rutesTil())
				.containsExactlyInAnyOrder(tb(1) + " → " + neste(1) + ": Divisjon nord, Statistikk",
						// Its successor follows TB-1, the first of the two it continues.
						tb(10) + " → " + neste(1) + ": null",
						// Routed by an admin already: left as it is.
						kompetanse() + " → " + neste(2) + ": null",
						// Its origin was never routed.
						tb(3) + " → " + neste(3) + ": null");
		});
		assertThat(rutet(neste(1)).divisjonId()).isNull();
	}

	@Test
	void yearEndRoutesTheContinuingAssignmentAsItsOriginAndRecordsItLikeARouting() {
		OffsetDateTime foer = OffsetDateTime.now().minusSeconds(1);
		long versjon = rutet(neste(1)).versjon();

		assertThat(flyt.viderefor(aar, List.of(), null, admin())).isEqualTo(new OppdragArbeidsflyt.Utfall(1, 4, 1, 0));

		OppdragSummary fortsatt = rutet(neste(1));
		assertThat(fortsatt.divisjonId()).isEqualTo(nord.id());
		assertThat(fortsatt.avdelingId()).isEqualTo(statistikk.id());
		assertThat(fortsatt.versjon()).isGreaterThan(versjon);
		List<OppdragDetalj.Hendelse> ruting = leser.detalj(neste(1), klarert()).orElseThrow().historikk().stream()
			.filter(h -> "RUTING".equals(h.type())).toList();
		assertThat(ruting).extracting(h -> h.felt() + ": " + h.fra() + " → " + h.til() + " av " + h.hvem())
			.containsExactlyInAnyOrder("divisjon: null → Divisjon nord av Admin Test",
					"avdeling: null → Statistikk av Admin Test");
		assertThat(ruting).filteredOn(h -> "divisjon".equals(h.felt())).singleElement()
			.satisfies(h -> assertThat(h.notat())
				.isEqualTo("Følger rutingen av " + tb(1) + " fra " + aar + ", som det viderefører"));
		// The division's lead finds it among what was recently routed there.
		assertThat(queries.routedTo(nord.id(), foer, klarert())).extracting(OppdragRutet::id).contains(neste(1));

		// The admin's routing stands, with no row of the year end's.
		assertThat(rutet(neste(2)).divisjonId()).isEqualTo(nord.id());
		assertThat(leser.detalj(neste(2), klarert()).orElseThrow().historikk())
			.filteredOn(h -> "RUTING".equals(h.type())).singleElement()
			.satisfies(h -> assertThat(h.notat()).isNull());
		assertThat(rutet(neste(3)).divisjonId()).isNull();

		// The copy keeps its origin's division and department.
		String kopi = leser.detalj(tb(2), klarert()).orElseThrow().videreforing().get(0).id();
		assertThat(rutet(kopi).divisjonId()).isEqualTo(nord.id());
		assertThat(rutet(kopi).avdelingId()).isEqualTo(statistikk.id());

		// Again: nothing routed twice.
		assertThat(flyt.viderefor(aar, List.of(), null, admin())).isEqualTo(new OppdragArbeidsflyt.Utfall(0, 0, 0, 0));
		assertThat(leser.detalj(neste(1), klarert()).orElseThrow().historikk())
			.filteredOn(h -> "RUTING".equals(h.type())).hasSize(2);
	}

	@Test
	void aRoutingMadeAfterThePlanWasShownIsNotOverridden() {
		assertThat(flyt.tilVidereforing(aar, admin()).rutes()).isEqualTo(1);
		// Another admin routes it while the confirm page is open.
		flyt.rute(List.of(neste(1)), sor.id(), null, admin());

		assertThat(flyt.viderefor(aar, List.of(), null, admin())).isEqualTo(new OppdragArbeidsflyt.Utfall(1, 4, 0, 0));
		assertThat(rutet(neste(1)).divisjonId()).isEqualTo(sor.id());
		assertThat(rutet(neste(1)).avdelingId()).isNull();
		assertThat(leser.detalj(neste(1), klarert()).orElseThrow().historikk())
			.filteredOn(h -> "RUTING".equals(h.type())).singleElement()
			.satisfies(h -> assertThat(h.til()).isEqualTo(sor.navn()));
	}

	private Enhet divisjon(String navn) throws Exception {
		mvc.perform(post("/admin/organisasjon/divisjon").with(ADMIN).with(csrf()).param("etatId", String.valueOf(etat))
			.param("navn", navn)).andExpect(status().is3xxRedirection());
		return organisasjon.divisjoner(etat).stream().filter(d -> d.navn().equals(navn)).findFirst().orElseThrow();
	}

	private OppdragSummary rutet(String id) {
		return queries.find(id, klarert()).orElseThrow();
	}

	private String tb(int n) {
		return "TB" + aar + "-" + n;
	}

	private String neste(int n) {
		return "TB" + (aar + 1) + "-" + n;
	}

	/** «Kompetanseløft i kommunene» has no official id: its key is its shown id. */
	private String kompetanse() {
		return queries.search(OppdragTestdata.fritekst("Kompetanseløft").medAar(aar).medEtat(etat), klarert()).get(0)
			.id();
	}

	private static OppdragData oppdrag(String id, String tittel, List<String> referanser, int aar) {
		return new OppdragData(id, "2.1", "God kompetanse", List.of("KTA"), tittel,
				List.of(new Tekstdel("Arbeidet fortsetter.", false)), List.of(LocalDate.of(aar, 6, 30)),
				"30. juni " + aar, Unntak.NONE, referanser, List.of());
	}
}
