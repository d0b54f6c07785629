package no.hod.styringsregister.oppdrag.internal;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import no.hod.styringsregister.oppdrag.OppdragImport;
import no.hod.styringsregister.oppdrag.OppdragImport.OppdragData;
import no.hod.styringsregister.oppdrag.OppdragImport.Tekstdel;
import no.hod.styringsregister.oppdrag.OppdragImport.Unntak;
import no.hod.styringsregister.oppdrag.OppdragQueries;
import no.hod.styringsregister.oppdrag.OppdragQueries.Forgjenger;
import no.hod.styringsregister.oppdrag.OppdragStatus;
import no.hod.styringsregister.organisasjon.Enhet;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.web.Formats;

import static no.hod.styringsregister.oppdrag.internal.OppdragTestdata.admin;
import static no.hod.styringsregister.oppdrag.internal.OppdragTestdata.klarert;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The leads' work on last year's assignments goes on on the next year's letter's assignments that continue them,
 * whichever comes first, the letter or the year end: TB-1 delayed, TB-2 under way with a note. An agency of its own,
 * in years of its own.
 */
@IntegrationTest
@AutoConfigureMockMvc
class ArsskifteOvertarArbeidTests {

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
	NamedParameterJdbcTemplate jdbc;

	long etat;

	Enhet divisjon;

	LocalDate forventet;

	@BeforeEach
	void etat() throws Exception {
		String etatNavn = "Overtakelsesetaten " + OppdragTestdata.nyttAar();
		mvc.perform(post("/admin/organisasjon/etat").with(ADMIN).with(csrf()).param("navn", etatNavn))
			.andExpect(status().is3xxRedirection());
		etat = organisasjon.etatByName(etatNavn).orElseThrow().id();
		mvc.perform(post("/admin/organisasjon/divisjon").with(ADMIN).with(csrf())
			.param("etatId", String.valueOf(etat)).param("navn", "Divisjon vest"))
			.andExpect(status().is3xxRedirection());
		divisjon = organisasjon.divisjoner(etat).get(0);
		forventet = LocalDate.now(Formats.OSLO).plusMonths(4);
	}

	/** A year's letter with the leads' work on it: TB-1 Forsinket, TB-2 Pågår with a note, TB-3 and TB-4 Pågår. */
	private int aarMedArbeid() {
		int aar = OppdragTestdata.nyttAar();
		oppdragImport.apply(OppdragTestdata.nyttBrev(), aar, etat,
				List.of(oppdrag(tb(aar, 1), "Vaksinasjonsregisteret", List.of(), aar),
						oppdrag(tb(aar, 2), "Kompetanseløft i kommunene", List.of(), aar),
						oppdrag(tb(aar, 3), "Beredskapslageret", List.of(), aar),
						oppdrag(tb(aar, 4), "Legemiddelmangel", List.of(), aar)));
		flyt.rute(List.of(tb(aar, 1), tb(aar, 2), tb(aar, 3), tb(aar, 4)), divisjon.id(), null, admin());
		lederSetter(tb(aar, 1), OppdragStatus.FORSINKET, "Koblingen mot folkeregisteret tar tid.", forventet,
				"Venter på Skatteetaten");
		lederSetter(tb(aar, 2), OppdragStatus.PAAGAAR, "Tre av fire kurs er holdt.", null, null);
		lederSetter(tb(aar, 3), OppdragStatus.PAAGAAR, "Lageret er halvfullt.", null, null);
		lederSetter(tb(aar, 4), OppdragStatus.PAAGAAR, null, null, null);
		return aar;
	}

	/** The next year's letter: continues TB-1 by citing it, TB-2 and TB-3 by their titles; TB-4 it leaves out. */
	private void nesteBrev(int aar) {
		int neste = aar + 1;
		oppdragImport.apply(OppdragTestdata.nyttBrev(), neste, etat,
				List.of(oppdrag(tb(neste, 1), "Vaksinasjon, nytt nummer", List.of(tb(aar, 1)), neste),
						oppdrag(tb(neste, 2), "Kompetanseløft i kommunene", List.of(), neste),
						oppdrag(tb(neste, 3), "Beredskapslageret", List.of(), neste)));
	}

	@Test
	void theLetterFirstThenTheYearEndHandsTheLeadsWorkOnButNeverOverALeadsOwnUpdate() {
		int aar = aarMedArbeid();
		nesteBrev(aar);
		// The lead of the continuing TB-3 has reported on it already.
		flyt.rute(List.of(tb(aar + 1, 3)), divisjon.id(), null, admin());
		lederSetter(tb(aar + 1, 3), OppdragStatus.PAAGAAR, "Nytt lager bestilt.", null, null);
		long versjon1 = versjon(tb(aar + 1, 1));

		// TB-4 copied; three linked; only the one continuing TB-2 still to route (the import routed the one citing TB-1).
		assertThat(flyt.viderefor(aar, List.of(), null, admin())).isEqualTo(new OppdragArbeidsflyt.Utfall(1, 3, 1, 0));

		OppdragDetalj ny1 = leser.detalj(tb(aar + 1, 1), klarert()).orElseThrow();
		assertThat(ny1.oppdrag().status()).isEqualTo(OppdragStatus.FORSINKET);
		assertThat(ny1.oppdrag().forventetDato()).isEqualTo(forventet);
		assertThat(ny1.statusGrunn()).isEqualTo("Venter på Skatteetaten");
		assertThat(ny1.fremdrift()).isEqualTo("Koblingen mot folkeregisteret tar tid.");
		assertThat(versjon(tb(aar + 1, 1))).isGreaterThan(versjon1);
		String fra = "Overtatt fra " + tb(aar, 1) + " (" + aar + "), som det viderefører";
		assertThat(ny1.historikk()).filteredOn(h -> fra.equals(h.notat())).extracting(OppdragDetalj.Hendelse::felt)
			.containsExactlyInAnyOrder("fremdrift", "forventet_dato", "status_grunn", "status");
		assertThat(ny1.historikk().get(0).felt()).isEqualTo("status");

		OppdragDetalj ny2 = leser.detalj(tb(aar + 1, 2), klarert()).orElseThrow();
		assertThat(ny2.oppdrag().status()).isEqualTo(OppdragStatus.PAAGAAR);
		assertThat(ny2.fremdrift()).isEqualTo("Tre av fire kurs er holdt.");

		// The lead's own update stands.
		OppdragDetalj ny3 = leser.detalj(tb(aar + 1, 3), klarert()).orElseThrow();
		assertThat(ny3.oppdrag().status()).isEqualTo(OppdragStatus.PAAGAAR);
		assertThat(ny3.fremdrift()).isEqualTo("Nytt lager bestilt.");
		assertThat(ny3.historikk()).extracting(OppdragDetalj.Hendelse::notat)
			.noneMatch(n -> n != null && n.startsWith("Overtatt fra"));

		// Running it again takes nothing over twice.
		long etter = versjon(tb(aar + 1, 1));
		assertThat(flyt.viderefor(aar, List.of(), null, admin())).isEqualTo(new OppdragArbeidsflyt.Utfall(0, 0, 0, 0));
		assertThat(versjon(tb(aar + 1, 1))).isEqualTo(etter);
	}

	@Test
	void eitherOrderEndsWithTheSameStatusNoteDateAndReason() {
		int brevForst = aarMedArbeid();
		nesteBrev(brevForst);
		flyt.viderefor(brevForst, List.of(), null, admin());

		int arsskifteForst = aarMedArbeid();
		flyt.viderefor(arsskifteForst, List.of(), null, admin());
		nesteBrev(arsskifteForst);

		for (int n = 1; n <= 3; n++) {
			assertThat(arbeid(tb(arsskifteForst + 1, n))).as("TB-" + n).isEqualTo(arbeid(tb(brevForst + 1, n)));
		}
		assertThat(arbeid(tb(brevForst + 1, 1))).isEqualTo(new OppdragSkriving.Arbeid(OppdragStatus.FORSINKET,
				"Koblingen mot folkeregisteret tar tid.", forventet, "Venter på Skatteetaten"));
		assertThat(arbeid(tb(brevForst + 1, 2)).status()).isEqualTo(OppdragStatus.PAAGAAR);
	}

	/**
	 * A wholly exempt assignment's note and reason are exempt (offl. § 22); the next year's, not marked exempt in its
	 * letter, shows its note and reason to everyone, so in either order it takes over the status and date only, and a
	 * reason that says where the exempt one stands.
	 */
	@Test
	void workOnAWhollyExemptAssignmentGoesOnWithoutItsExemptNoteAndReasonInEitherOrder() {
		for (boolean brevForst : List.of(true, false)) {
			int aar = OppdragTestdata.nyttAar();
			oppdragImport.apply(OppdragTestdata.nyttBrev(), aar, etat, List.of(
					oppdrag(tb(aar, 1), "Beredskapsplanen", List.of(), aar, Unntak.WHOLE)));
			flyt.rute(List.of(tb(aar, 1)), divisjon.id(), null, admin());
			lederSetter(tb(aar, 1), OppdragStatus.FORSINKET, "Gradert notat om lagrene.", forventet,
					"Gradert grunn");
			Runnable brev = () -> oppdragImport.apply(OppdragTestdata.nyttBrev(), aar + 1, etat, List.of(
					oppdrag(tb(aar + 1, 1), "Beredskapsplanen videre", List.of(tb(aar, 1)), aar + 1, Unntak.NONE)));
			if (brevForst) {
				brev.run();
				flyt.viderefor(aar, List.of(), null, admin());
			}
			else {
				flyt.viderefor(aar, List.of(), null, admin());
				brev.run();
			}
			assertThat(arbeid(tb(aar + 1, 1))).as(brevForst ? "brevet først" : "årsskiftet først")
				.isEqualTo(new OppdragSkriving.Arbeid(OppdragStatus.FORSINKET, null, forventet,
						OppdragSkriving.UNNTATT_GRUNN));
		}
	}

	@Test
	void afterTheYearEndLastYearsOpenAssignmentTheLetterLeavesOutIsToldCarriedOverAsItsCopy() {
		int aar = aarMedArbeid();
		nesteBrev(aar);
		List<OppdragQueries.Brevoppdrag> brev = List.of(
				new OppdragQueries.Brevoppdrag("Vaksinasjon, nytt nummer", List.of(tb(aar, 1))),
				new OppdragQueries.Brevoppdrag("Kompetanseløft i kommunene", List.of()),
				new OppdragQueries.Brevoppdrag("Beredskapslageret", List.of()));
		assertThat(queries.notCarriedOver(aar, etat)).isEqualTo(4);
		assertThat(forgjenger(aar, brev, 4)).satisfies(f -> {
			assertThat(f.videreforesAv()).isNull();
			assertThat(f.viderefort()).isFalse();
			assertThat(f.som()).isNull();
		});

		flyt.viderefor(aar, List.of(), null, admin());

		assertThat(queries.notCarriedOver(aar, etat)).isZero();
		String kopi = leser.detalj(tb(aar, 4), klarert()).orElseThrow().videreforing().get(0).id();
		assertThat(forgjenger(aar, brev, 4)).satisfies(f -> {
			assertThat(f.viderefort()).isTrue();
			assertThat(f.som()).isEqualTo(kopi);
		});
		// One the letter continues is told by the letter's assignment, as before.
		assertThat(forgjenger(aar, brev, 1).videreforesAv()).isZero();
	}

	@Test
	void theYearEndFormOffersTheYearTheListShowsThoughANewerYearIsIn() throws Exception {
		int aar = aarMedArbeid();
		nesteBrev(aar);
		String side = mvc.perform(get("/oppdrag").param("year", String.valueOf(aar)).with(ADMIN)).andReturn()
			.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(side).contains("<option value=\"" + aar + "\" selected=\"selected\">" + aar + "</option>")
			.doesNotContain("<option value=\"" + (aar + 1) + "\" selected=\"selected\">");
	}

	private Forgjenger forgjenger(int aar, List<OppdragQueries.Brevoppdrag> brev, int n) {
		return queries.previousYear(aar + 1, etat, brev, klarert()).stream()
			.filter(f -> f.oppdrag().id().equals(tb(aar, n))).findFirst().orElseThrow();
	}

	private OppdragSkriving.Arbeid arbeid(String id) {
		OppdragDetalj d = leser.detalj(id, klarert()).orElseThrow();
		return new OppdragSkriving.Arbeid(d.oppdrag().status(), d.fremdrift(), d.oppdrag().forventetDato(),
				d.statusGrunn());
	}

	private void lederSetter(String id, OppdragStatus status, String notat, LocalDate dato, String grunn) {
		flyt.endreStatus(id, new StatusEndring(status, notat, dato, grunn, versjon(id)),
				OppdragTestdata.leder(divisjon.id()));
	}

	private long versjon(String visningsId) {
		return jdbc.getJdbcTemplate().queryForObject("SELECT versjon FROM oppdrag WHERE visnings_id = ?", Long.class,
				visningsId);
	}

	private static String tb(int aar, int n) {
		return "TB" + aar + "-" + n;
	}

	private static OppdragData oppdrag(String id, String tittel, List<String> referanser, int aar) {
		return oppdrag(id, tittel, referanser, aar, Unntak.NONE);
	}

	private static OppdragData oppdrag(String id, String tittel, List<String> referanser, int aar, Unntak unntak) {
		return new OppdragData(id, "2.1", "God kompetanse", List.of("KTA"), tittel,
				List.of(new Tekstdel("Arbeidet fortsetter.", unntak == Unntak.WHOLE)), List.of(LocalDate.of(aar, 6, 30)),
				"30. juni " + aar, unntak, referanser, List.of());
	}
}
