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
import no.hod.styringsregister.oppdrag.OppdragImport.Aarsskiftekopi;
import no.hod.styringsregister.oppdrag.OppdragImport.OppdragData;
import no.hod.styringsregister.oppdrag.OppdragImport.Tekstdel;
import no.hod.styringsregister.oppdrag.OppdragImport.Unntak;
import no.hod.styringsregister.oppdrag.OppdragQueries;
import no.hod.styringsregister.oppdrag.OppdragStatus;
import no.hod.styringsregister.oppdrag.OppdragSummary;
import no.hod.styringsregister.organisasjon.Enhet;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.web.Formats;

import static no.hod.styringsregister.oppdrag.internal.OppdragTestdata.admin;
import static no.hod.styringsregister.oppdrag.internal.OppdragTestdata.klarert;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The year end run before next year's letter, the usual order (December, then January): the letter's assignment
 * takes the place of the copy of what it continues, and withdrawing a letter takes the copies of its assignments with
 * them. An agency of its own, in years of its own.
 */
@IntegrationTest
@AutoConfigureMockMvc
class ArsskifteForBrevTests {

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

	int aar;

	long etat;

	long brev;

	Enhet nord;

	Enhet sor;

	Enhet statistikk;

	@BeforeEach
	void brevOgArsskifte() throws Exception {
		aar = OppdragTestdata.nyttAar();
		String etatNavn = "Årsskifteetaten " + aar;
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

		brev = OppdragTestdata.nyttBrev();
		oppdragImport.apply(brev, aar, etat, List.of(oppdrag(tb(1), "Vaksinasjonsregisteret", List.of(), aar),
				oppdrag(tb(2), "Kompetanseløft i kommunene", List.of(), aar),
				oppdrag(tb(3), "Beredskapslageret", List.of(), aar)));
		flyt.rute(List.of(tb(1)), nord.id(), statistikk.id(), admin());
		flyt.rute(List.of(tb(2)), sor.id(), null, admin());
		// December: the year end copies all three, for no letter of next year is there yet.
		assertThat(flyt.viderefor(aar, List.of(), null, admin())).isEqualTo(new OppdragArbeidsflyt.Utfall(3, 0, 0, 0));
		// In January, before the letter: the copy of TB-2 is moved to another division, and a lead comments on it.
		flyt.rute(List.of(kopi(2)), nord.id(), null, admin());
		flyt.kommenter(kopi(2), "Vi har startet på kompetanseløftet.", false, admin());
	}

	/** The letter of next year: continues TB-1 by citing it and TB-2 by its title; TB-3 it leaves out. */
	private List<OppdragData> nesteBrev() {
		int neste = aar + 1;
		return List.of(oppdrag(neste(1), "Vaksinasjon, nytt nummer", List.of(tb(1)), neste),
				oppdrag(neste(2), "Kompetanseløft i kommunene", List.of(), neste),
				oppdrag(neste(3), "Noe helt nytt", List.of(), neste));
	}

	@Test
	void theComparisonNamesEachCopyTheLetterReplacesAndWhereItsAssignmentIsRoutedWithoutWritingAnything() {
		String kopi1 = kopi(1);
		String kopi2 = kopi(2);

		OppdragImport.ImportDiff diff = oppdragImport.compare(-1, aar + 1, etat, nesteBrev());

		assertThat(diff.added()).isEqualTo(3);
		assertThat(diff.erstattes()).containsExactly(
				new Aarsskiftekopi(kopi1, nokkel(kopi1), "Vaksinasjonsregisteret", tb(1), nokkel(tb(1)),
						OppdragStatus.VIDEREFORT, false, false, "Divisjon nord, Statistikk"),
				// Routed where the copy is now, not where TB-2 was last year; a comment is work recorded.
				new Aarsskiftekopi(kopi2, nokkel(kopi2), "Kompetanseløft i kommunene", tb(2), nokkel(tb(2)),
						OppdragStatus.VIDEREFORT, true, true, "Divisjon nord"));
		// The copy's routing is told with the copy, not as the cited one's.
		assertThat(diff.endringer()).filteredOn(e -> neste(1).equals(e.nokkel())).singleElement()
			.satisfies(e -> assertThat(e.foreslattDivisjon()).isNull());
		assertThat(diff.kopierTasUt()).isEmpty();
		assertThat(leser.detalj(kopi1, klarert()).orElseThrow().fjernet()).isFalse();
		assertThat(aapne(aar + 1)).hasSize(3);
	}

	@Test
	void theLettersAssignmentTakesTheCopysPlaceWithItsRoutingLinkAndHistory() {
		String kopi1 = kopi(1);
		String kopi2 = kopi(2);
		String kopi3 = kopi(3);

		oppdragImport.apply(OppdragTestdata.nyttBrev(), aar + 1, etat, nesteBrev());

		// Each continued assignment once: the letter's; the copy of TB-3, which the letter does not continue, stays.
		assertThat(aapne(aar + 1)).containsExactlyInAnyOrder(neste(1), neste(2), neste(3), kopi3);
		OppdragDetalj erstattet = leser.detalj(kopi1, klarert()).orElseThrow();
		assertThat(erstattet.fjernet()).isTrue();
		assertThat(erstattet.historikk().get(0)).satisfies(h -> {
			assertThat(h.type()).isEqualTo("FJERNET");
			assertThat(h.felt()).isEqualTo("erstattet_av");
			assertThat(h.til()).isEqualTo(neste(1));
			assertThat(h.notat()).isEqualTo("Erstattet av " + neste(1) + " i tildelingsbrevet for " + (aar + 1)
					+ ", som viderefører " + tb(1) + ".");
		});
		assertThat(leser.detalj(kopi3, klarert()).orElseThrow().fjernet()).isFalse();

		// Linked to the origin as the year end links a continuing one, and the origin points to it, not the copy.
		OppdragDetalj ny = leser.detalj(neste(1), klarert()).orElseThrow();
		assertThat(ny.opphav().id()).isEqualTo(tb(1));
		assertThat(leser.detalj(tb(1), klarert()).orElseThrow().videreforing()).extracting(r -> r.id())
			.containsExactly(neste(1));
		assertThat(leser.detalj(tb(1), klarert()).orElseThrow().historikk()).extracting(OppdragDetalj.Hendelse::notat)
			.contains("Videreført i tildelingsbrevet " + (aar + 1) + " som " + neste(1) + ", som erstatter kopien "
					+ kopi1);

		// Routed as the copy was, recorded as a routing.
		OppdragSummary rutet = queries.find(neste(1), klarert()).orElseThrow();
		assertThat(rutet.divisjonId()).isEqualTo(nord.id());
		assertThat(rutet.avdelingId()).isEqualTo(statistikk.id());
		assertThat(ny.historikk()).filteredOn(h -> "RUTING".equals(h.type()) && "divisjon".equals(h.felt()))
			.singleElement().satisfies(h -> assertThat(h.notat()).isEqualTo("Følger rutingen av " + kopi1
					+ ", årsskiftets kopi av " + tb(1) + ", som det erstatter"));
		assertThat(queries.find(neste(2), klarert()).orElseThrow().divisjonId()).isEqualTo(nord.id());
		// The comment stays on the copy; the new one's history says where to find it.
		assertThat(leser.detalj(neste(2), klarert()).orElseThrow().historikk())
			.filteredOn(h -> "VIDEREFORT".equals(h.type())).singleElement()
			.satisfies(h -> assertThat(h.notat()).isEqualTo("Viderefører " + tb(2) + " fra " + aar
					+ " i stedet for årsskiftets kopi " + kopi2 + ", der arbeidet som er registrert på kopien, står"));
		assertThat(leser.detalj(kopi2, klarert()).orElseThrow().historikk())
			.extracting(OppdragDetalj.Hendelse::type).contains("KOMMENTAR");
		assertThat(queries.find(neste(3), klarert()).orElseThrow().divisjonId()).isNull();

		// The year end again finds nothing to do, and importing the letter again replaces nothing twice.
		assertThat(flyt.viderefor(aar, List.of(), null, admin())).isEqualTo(new OppdragArbeidsflyt.Utfall(0, 0, 0, 0));
		assertThat(oppdragImport.compare(-1, aar + 1, etat, nesteBrev()).erstattes()).isEmpty();
	}

	@Test
	void withdrawingTheLetterTakesTheYearEndsCopiesOfItsAssignmentsWithThem() {
		List<String> kopier = List.of(kopi(1), kopi(2), kopi(3));

		OppdragImport.ImportDiff plan = oppdragImport.compare(brev, aar, etat, List.of());
		assertThat(plan.kopierTasUt()).extracting(Aarsskiftekopi::kopi).containsExactlyElementsOf(kopier);
		assertThat(plan.kopierTasUt()).filteredOn(Aarsskiftekopi::arbeid).extracting(Aarsskiftekopi::kopi)
			.containsExactly(kopier.get(1));
		assertThat(aapne(aar + 1)).hasSize(3);

		OppdragImport.ImportDiff trukket = oppdragImport.withdraw(brev);

		assertThat(trukket.removed()).isEqualTo(3);
		assertThat(trukket.kopierTasUt()).hasSize(3);
		assertThat(aapne(aar)).isEmpty();
		assertThat(aapne(aar + 1)).isEmpty();
		for (String kopi : kopier) {
			OppdragDetalj d = leser.detalj(kopi, klarert()).orElseThrow();
			assertThat(d.fjernet()).isTrue();
			assertThat(d.historikk().get(0)).satisfies(h -> {
				assertThat(h.type()).isEqualTo("FJERNET");
				assertThat(h.notat()).isEqualTo("Tatt ut med " + d.opphav().id()
						+ ", som den er årsskiftets kopi av: Tildelingsbrevet ble trukket tilbake");
			});
		}
		// The work on the copy is kept.
		assertThat(leser.detalj(kopier.get(1), klarert()).orElseThrow().historikk())
			.extracting(OppdragDetalj.Hendelse::type).contains("KOMMENTAR", "RUTING");
	}

	@Test
	void withdrawingTheNextYearsLetterBringsBackTheCopiesItsAssignmentsReplaced() {
		String kopi1 = kopi(1);
		String kopi2 = kopi(2);
		String kopi3 = kopi(3);
		long nesteBrev = OppdragTestdata.nyttBrev();
		oppdragImport.apply(nesteBrev, aar + 1, etat, nesteBrev());

		OppdragImport.ImportDiff plan = oppdragImport.compare(nesteBrev, aar + 1, etat, List.of());
		assertThat(plan.kopierTilbake()).extracting(Aarsskiftekopi::kopi).containsExactly(kopi1, kopi2);
		assertThat(leser.detalj(kopi1, klarert()).orElseThrow().fjernet()).isTrue();

		OppdragImport.ImportDiff trukket = oppdragImport.withdraw(nesteBrev);

		assertThat(trukket.kopierTilbake()).extracting(Aarsskiftekopi::kopi).containsExactly(kopi1, kopi2);
		// The origins' open work has its successor in the next year again: the copies, not the withdrawn letter's.
		assertThat(aapne(aar + 1)).containsExactlyInAnyOrder(kopi1, kopi2, kopi3);
		assertThat(leser.detalj(tb(1), klarert()).orElseThrow().videreforing()).extracting(r -> r.id())
			.containsExactly(kopi1);
		OppdragDetalj tilbake = leser.detalj(kopi2, klarert()).orElseThrow();
		assertThat(tilbake.fjernet()).isFalse();
		assertThat(tilbake.historikk().get(0)).satisfies(h -> {
			assertThat(h.type()).isEqualTo("GJENOPPRETTET");
			assertThat(h.notat()).isEqualTo("Tilbake: " + neste(2)
					+ ", som erstattet kopien, er trukket tilbake med tildelingsbrevet");
		});
		// Its routing and the lead's comment are as they were.
		assertThat(queries.find(kopi2, klarert()).orElseThrow().divisjonId()).isEqualTo(nord.id());
		assertThat(tilbake.historikk()).extracting(OppdragDetalj.Hendelse::type).contains("KOMMENTAR");
		// The link to the replacement is gone with it.
		assertThat(erstattetAv(kopi1)).isNull();
		assertThat(flyt.viderefor(aar, List.of(), null, admin())).isEqualTo(new OppdragArbeidsflyt.Utfall(0, 0, 0, 0));

		// Importing the letter again replaces them again.
		oppdragImport.apply(nesteBrev, aar + 1, etat, nesteBrev());
		assertThat(aapne(aar + 1)).containsExactlyInAnyOrder(neste(1), neste(2), neste(3), kopi3);
		assertThat(erstattetAv(kopi1)).isNotNull();
	}

	@Test
	void aNewVersionLeavingTheAssignmentOutBringsBackItsCopyButOneContinuingTheOriginUnderAnotherIdReplacesItAgain() {
		String kopi1 = kopi(1);
		String kopi2 = kopi(2);
		long nesteBrev = OppdragTestdata.nyttBrev();
		oppdragImport.apply(nesteBrev, aar + 1, etat, nesteBrev());
		int neste = aar + 1;
		// TB-2's successor is left out; TB-1's comes under a new id, still citing TB-1.
		List<OppdragData> nyVersjon = List.of(oppdrag(neste(11), "Vaksinasjon, nytt nummer", List.of(tb(1)), neste),
				oppdrag(neste(3), "Noe helt nytt", List.of(), neste));

		OppdragImport.ImportDiff plan = oppdragImport.compare(nesteBrev, neste, etat, nyVersjon);
		assertThat(plan.kopierTilbake()).extracting(Aarsskiftekopi::kopi).containsExactly(kopi2);
		assertThat(plan.erstattes()).extracting(Aarsskiftekopi::kopi).containsExactly(kopi1);

		oppdragImport.apply(nesteBrev, neste, etat, nyVersjon);

		assertThat(aapne(neste)).containsExactlyInAnyOrder(neste(11), neste(3), kopi2, kopi(3));
		assertThat(leser.detalj(kopi2, klarert()).orElseThrow().historikk().get(0).notat())
			.isEqualTo("Tilbake: " + neste(2) + ", som erstattet kopien, er ikke med i ny versjon av tildelingsbrevet");
		assertThat(erstattetAv(kopi1)).isEqualTo(id(neste(11)));
	}

	@Test
	void theLettersAssignmentTakesOverTheLeadsStatusProgressAndExpectedDateFromTheCopy() {
		String kopi1 = kopi(1);
		String kopi2 = kopi(2);
		LocalDate forventet = LocalDate.now(Formats.OSLO).plusMonths(4);
		flyt.endreStatus(kopi1, new StatusEndring(OppdragStatus.PAAGAAR, "Registeret er koblet på.", null, null,
				versjon(kopi1)), OppdragTestdata.leder(nord.id()));
		flyt.endreStatus(kopi2, new StatusEndring(OppdragStatus.FORSINKET, null, forventet, "Venter på kommunene",
				versjon(kopi2)), OppdragTestdata.leder(nord.id()));

		oppdragImport.apply(OppdragTestdata.nyttBrev(), aar + 1, etat, nesteBrev());

		OppdragDetalj ny1 = leser.detalj(neste(1), klarert()).orElseThrow();
		assertThat(ny1.oppdrag().status()).isEqualTo(OppdragStatus.PAAGAAR);
		assertThat(ny1.fremdrift()).isEqualTo("Registeret er koblet på.");
		assertThat(ny1.historikk()).filteredOn(h -> "status".equals(h.felt()) || "fremdrift".equals(h.felt()))
			.allSatisfy(h -> assertThat(h.notat()).isEqualTo("Overtatt fra årsskiftets kopi " + kopi1))
			.extracting(OppdragDetalj.Hendelse::felt).containsExactly("status", "fremdrift");
		OppdragDetalj ny2 = leser.detalj(neste(2), klarert()).orElseThrow();
		assertThat(ny2.oppdrag().status()).isEqualTo(OppdragStatus.FORSINKET);
		assertThat(ny2.oppdrag().forventetDato()).isEqualTo(forventet);
		assertThat(ny2.statusGrunn()).isEqualTo("Venter på kommunene");
		assertThat(ny2.historikk()).filteredOn(h -> ("Overtatt fra årsskiftets kopi " + kopi2).equals(h.notat()))
			.extracting(OppdragDetalj.Hendelse::felt).containsExactlyInAnyOrder("status", "forventet_dato",
					"status_grunn");
		// An untouched copy (status Videreført) hands over nothing: the new one stays Ikke startet.
		assertThat(leser.detalj(neste(3), klarert()).orElseThrow().oppdrag().status())
			.isEqualTo(OppdragStatus.IKKE_STARTET);
	}

	@Test
	void aCopyOnlyRoutedHasNoWorkRecordedButIsToldRouted() {
		String kopi1 = kopi(1);
		flyt.rute(List.of(kopi1), sor.id(), null, admin());

		OppdragImport.ImportDiff diff = oppdragImport.compare(-1, aar + 1, etat, nesteBrev());

		assertThat(diff.erstattes()).filteredOn(k -> kopi1.equals(k.kopi())).singleElement().satisfies(k -> {
			assertThat(k.arbeid()).isFalse();
			assertThat(k.rutet()).isTrue();
		});
	}

	@Test
	void anAssignmentWithAStatusOfItsOwnKeepsItWhenItReplacesACopyWithWork() {
		String kopi1 = kopi(1);
		flyt.endreStatus(kopi1, new StatusEndring(OppdragStatus.PAAGAAR, "Arbeid på kopien.", null, null,
				versjon(kopi1)), OppdragTestdata.leder(nord.id()));
		int neste = aar + 1;
		long nesteBrev = OppdragTestdata.nyttBrev();
		oppdragImport.apply(nesteBrev, neste, etat, List.of(oppdrag(neste(3), "Noe helt nytt", List.of(), neste)));
		flyt.rute(List.of(neste(3)), sor.id(), null, admin());
		flyt.endreStatus(neste(3), new StatusEndring(OppdragStatus.LEVERT, null, null, null, versjon(neste(3))),
				OppdragTestdata.leder(sor.id()));

		// A new version: the same assignment now cites TB-1, so it continues it and replaces its copy.
		oppdragImport.apply(nesteBrev, neste, etat, List.of(oppdrag(neste(3), "Noe helt nytt", List.of(tb(1)), neste)));

		assertThat(erstattetAv(kopi1)).isEqualTo(id(neste(3)));
		OppdragDetalj ny = leser.detalj(neste(3), klarert()).orElseThrow();
		assertThat(ny.oppdrag().status()).isEqualTo(OppdragStatus.LEVERT);
		assertThat(ny.fremdrift()).isNull();
		assertThat(ny.historikk()).extracting(OppdragDetalj.Hendelse::notat)
			.noneMatch(n -> n != null && n.startsWith("Overtatt fra"));
	}

	/**
	 * A letter that cites TB-2 in another assignment («ses i sammenheng med») and repeats its title in a third: the one
	 * repeating the title continues it, on the review, in the import's replacing of the copy, and in the year end.
	 */
	@Test
	void theAssignmentRepeatingTheTitleContinuesItBeforeOneThatOnlyCitesIt() {
		int neste = aar + 1;
		List<OppdragData> brevet = List.of(
				oppdrag(neste(1), "Kommunale tjenester, ses i sammenheng med kompetanseløftet", List.of(tb(2)), neste),
				oppdrag(neste(2), "Kompetanseløft i kommunene", List.of(), neste));

		assertThat(queries.previousYear(neste, etat,
				brevet.stream().map(o -> new OppdragQueries.Brevoppdrag(o.tittel(), o.referanser())).toList(),
				klarert()))
			.filteredOn(f -> f.oppdrag().id().equals(tb(2))).singleElement()
			.satisfies(f -> assertThat(f.videreforesAv()).isEqualTo(1));
		OppdragImport.ImportDiff diff = oppdragImport.compare(-1, neste, etat, brevet);
		assertThat(diff.endringer()).filteredOn(e -> neste(2).equals(e.nokkel())).singleElement()
			.satisfies(e -> assertThat(e.kopier()).extracting(Aarsskiftekopi::kopi).containsExactly(kopi(2)));
		assertThat(diff.endringer()).filteredOn(e -> neste(1).equals(e.nokkel())).singleElement()
			.satisfies(e -> assertThat(e.kopier()).isEmpty());

		// The year end of a letter already imported: a year of its own, the letter first.
		int forrige = OppdragTestdata.nyttAar();
		String origin = "TB" + forrige + "-1";
		oppdragImport.apply(OppdragTestdata.nyttBrev(), forrige, etat,
				List.of(oppdrag(origin, "Beredskapslageret", List.of(), forrige)));
		oppdragImport.apply(OppdragTestdata.nyttBrev(), forrige + 1, etat, List.of(
				oppdrag("TB" + (forrige + 1) + "-1", "Legemiddelberedskap, ses i sammenheng med lageret",
						List.of(origin), forrige + 1),
				oppdrag("TB" + (forrige + 1) + "-2", "Beredskapslageret", List.of(), forrige + 1)));
		assertThat(flyt.viderefor(forrige, List.of(), null, admin()))
			.isEqualTo(new OppdragArbeidsflyt.Utfall(0, 1, 0, 0));
		assertThat(leser.detalj(origin, klarert()).orElseThrow().videreforing()).extracting(r -> r.id())
			.containsExactly("TB" + (forrige + 1) + "-2");
	}

	private long versjon(String visningsId) {
		return jdbc.getJdbcTemplate().queryForObject("SELECT versjon FROM oppdrag WHERE visnings_id = ?", Long.class,
				visningsId);
	}

	private String nokkel(String visningsId) {
		return jdbc.getJdbcTemplate().queryForObject("SELECT nokkel FROM oppdrag WHERE visnings_id = ?", String.class,
				visningsId);
	}

	private Long erstattetAv(String visningsId) {
		return jdbc.getJdbcTemplate().queryForObject("SELECT erstattet_av FROM oppdrag WHERE visnings_id = ?",
				Long.class, visningsId);
	}

	private Long id(String visningsId) {
		return jdbc.getJdbcTemplate().queryForObject("SELECT id FROM oppdrag WHERE visnings_id = ?", Long.class,
				visningsId);
	}

	private List<String> aapne(int year) {
		return queries.search(OppdragTestdata.fritekst("").medAar(year).medEtat(etat), klarert()).stream()
			.map(OppdragSummary::id).toList();
	}

	/** The copy the year end made of TB-n. */
	private String kopi(int n) {
		return leser.detalj(tb(n), klarert()).orElseThrow().videreforing().get(0).id();
	}

	private Enhet divisjon(String navn) throws Exception {
		mvc.perform(post("/admin/organisasjon/divisjon").with(ADMIN).with(csrf()).param("etatId", String.valueOf(etat))
			.param("navn", navn)).andExpect(status().is3xxRedirection());
		return organisasjon.divisjoner(etat).stream().filter(d -> d.navn().equals(navn)).findFirst().orElseThrow();
	}

	private String tb(int n) {
		return "TB" + aar + "-" + n;
	}

	private String neste(int n) {
		return "TB" + (aar + 1) + "-" + n;
	}

	private static OppdragData oppdrag(String id, String tittel, List<String> referanser, int aar) {
		return new OppdragData(id, "2.1", "God kompetanse", List.of("KTA"), tittel,
				List.of(new Tekstdel("Arbeidet fortsetter.", false)), List.of(LocalDate.of(aar, 6, 30)),
				"30. juni " + aar, Unntak.NONE, referanser, List.of());
	}
}
