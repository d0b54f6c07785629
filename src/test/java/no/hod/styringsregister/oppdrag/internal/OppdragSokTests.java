package no.hod.styringsregister.oppdrag.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.oppdrag.FristRef;
import no.hod.styringsregister.oppdrag.OppdragFilter;
import no.hod.styringsregister.oppdrag.OppdragImport;
import no.hod.styringsregister.oppdrag.OppdragQueries;
import no.hod.styringsregister.oppdrag.OppdragRef;
import no.hod.styringsregister.oppdrag.OppdragStatus;
import no.hod.styringsregister.oppdrag.OppdragSummary;
import no.hod.styringsregister.oppdrag.OppdragUpdates;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.web.Formats;

import static no.hod.styringsregister.oppdrag.internal.OppdragTestdata.fritekst;
import static no.hod.styringsregister.oppdrag.internal.OppdragTestdata.klarert;
import static no.hod.styringsregister.oppdrag.internal.OppdragTestdata.uklarert;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@AutoConfigureMockMvc
class OppdragSokTests {

	static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

	@Autowired
	OppdragImport oppdragImport;

	@Autowired
	OppdragQueries queries;

	@Autowired
	OppdragLeser leser;

	@Autowired
	OppdragUpdates updates;

	@Autowired
	OrganisasjonService organisasjon;

	@Autowired
	MockMvc mvc;

	int aar;

	long etat;

	@BeforeEach
	void importer() {
		aar = OppdragTestdata.nyttAar();
		etat = organisasjon.etatByName("Helsedirektoratet").orElseThrow().id();
		oppdragImport.apply(OppdragTestdata.nyttBrev(), aar, etat, HemmeligBrev.oppdrag(aar));
	}

	List<String> sok(String q, CurrentUser hvem) {
		return queries.search(fritekst(q).medAar(aar), hvem).stream().map(OppdragSummary::id)
			.toList();
	}

	String tb(int n) {
		return "TB" + aar + "-" + n;
	}

	@Test
	void fullTextFindsStemsAndPrefixes() {
		assertThat(sok("vaksine", uklarert())).containsExactly(tb(1));
		assertThat(sok("helsetilbudet fengsler", uklarert())).containsExactly(tb(2));
	}

	/**
	 * A title typed as it reads has words the stemmer drops («for», «til», «med»): they are left out of the search,
	 * alone, among other words and in a phrase, on the page and in the API, not a 500.
	 */
	@Test
	void stopWordsAreLeftOutOfTheSearch() throws Exception {
		assertThat(sok("helsetilbudet for fengsler", uklarert())).containsExactly(tb(2));
		assertThat(sok("\"helsetilbudet i fengsler\"", uklarert())).containsExactly(tb(2));
		for (String q : List.of("for", "til med", "helsetilbudet for fengsler", "\"til fengsler\"")) {
			mvc.perform(get("/oppdrag?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8))
				.with(ADMIN)).andExpect(status().isOk());
			mvc.perform(get("/api/oppdrag?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8))
				.with(ADMIN)).andExpect(status().isOk());
		}
	}

	@Test
	void trigramsFindNearMissSpellingsAndOtherInflections() {
		assertThat(sok("vaksinajsonsprogram", uklarert())).containsExactly(tb(1));
		assertThat(sok("fengsel", uklarert())).containsExactly(tb(2));
		assertThat(sok("rusforebygging", uklarert())).containsExactly(tb(10));
	}

	@Test
	void aWordWrittenByAnImportWidensTheNextSearchAtOnce() {
		// A word of its own for this run: letters for the digits of the year (words with digits are not widened).
		String merke = String.valueOf(aar).chars().mapToObj(c -> String.valueOf((char) ('a' + c - '0')))
			.collect(java.util.stream.Collectors.joining());
		String feilstavet = "fjellvanrding" + merke;
		assertThat(sok(feilstavet, uklarert())).isEmpty();
		int nytt = OppdragTestdata.nyttAar();
		oppdragImport.apply(OppdragTestdata.nyttBrev(), nytt, etat, List.of(new OppdragImport.OppdragData(
				"TB" + nytt + "-1", "1.1", "Mål", List.of(), "Turstier", List.of(new OppdragImport.Tekstdel(
						"Helsedirektoratet skal fremme fjellvandring" + merke + " i kommunene.", false)),
				List.of(), "Løpende", OppdragImport.Unntak.NONE, List.of(), List.of())));
		// The dictionary's answers are cached; the import empties the cache, so the new word is offered at once.
		assertThat(queries.search(fritekst(feilstavet).medAar(nytt), uklarert()))
			.extracting(OppdragSummary::id).containsExactly("TB" + nytt + "-1");
	}

	@Test
	void anExactIdComesFirstThenTitleMatchesThenText() {
		// TB-1 is the id; TB-10 only mentions it in its text ("jf. TB<aar>-1").
		assertThat(sok(tb(1), uklarert())).startsWith(tb(1)).contains(tb(10));
		// "helse" is a prefix of a word in TB-2's title ("Helsetjenester") and only in the texts of TB-1 and the
		// one without id ("Helsedirektoratet ..."): the title match comes first.
		List<String> helse = sok("helse", uklarert());
		assertThat(helse).containsExactlyInAnyOrder(tb(1), tb(2), "O-" + aar + "-0005");
		assertThat(helse.get(0)).isEqualTo(tb(2));
	}

	@Test
	void anIdTypedWithLeadingZerosFindsTheAssignmentButAZeroInsideTheNumberCounts() {
		for (String typet : List.of("TB" + aar + "-010", "tb" + aar + "-0010")) {
			assertThat(sok(typet, uklarert())).as(typet).first().isEqualTo(tb(10));
			assertThat(queries.search(fritekst(typet), uklarert())).as(typet + ", across the register").first()
				.extracting(OppdragSummary::id).isEqualTo(tb(10));
		}
		assertThat(sok("TB" + aar + "-01", uklarert())).first().isEqualTo(tb(1));
		// The register key of the assignment without an official id, typed without its padding.
		String nokkel = "O-" + aar + "-0005";
		assertThat(sok("O-" + aar + "-5", uklarert())).first().isEqualTo(nokkel);
		assertThat(sok("O-" + aar + "-05", uklarert())).first().isEqualTo(nokkel);
		// TB-0100 is TB-100, which the letter does not have: not TB-10 nor TB-1.
		assertThat(sok("TB" + aar + "-0100", uklarert())).isEmpty();
	}

	@Test
	void aSectionTypedWithADecimalCommaOrAClosingDotFiltersAsTheSectionAndAnyOtherIsRefused() throws Exception {
		List<OppdragSummary> alle = queries.search(OppdragFilter.alle().medAar(aar), klarert());
		long i32 = alle.stream().filter(o -> "3.2".equals(o.seksjon())).count();
		long i3 = alle.stream().filter(o -> o.seksjon() != null && o.seksjon().startsWith("3.")).count();
		assertThat(i32).isPositive().isLessThan(i3);
		for (Map.Entry<String, Long> typet : Map.of("3,2", i32, "3.", i3).entrySet()) {
			mvc.perform(get("/api/oppdrag").param("year", String.valueOf(aar)).param("section", typet.getKey())
				.with(ADMIN)).andExpect(status().isOk()).andExpect(jsonPath("$.total").value(typet.getValue()));
		}
		mvc.perform(get("/oppdrag").param("year", String.valueOf(aar)).param("section", "3x").with(ADMIN))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString(
					"«3x» er ikke en gyldig verdi for mål/seksjon (skriv et nummer som 3 eller 3.4).")));
		mvc.perform(get("/api/oppdrag").param("section", "3x").with(ADMIN)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error")
				.value("Parameteren «section» må være et mål- eller seksjonsnummer som 3 eller 3.4, ikke «3x»."));
	}

	@Test
	void aSearchOfTheWholeRegisterFindsWhatTheYearFindsAndKeepsTheOtherFilters() {
		// Without a year, agency, letter, unit or ministry department the text match alone picks the rows (another
		// statement than with them): this year's rows among its matches are the year's own search.
		for (String q : List.of("vaksine", "helse", "fengsel", "vaksinajsonsprogram", tb(1))) {
			assertThat(iAar(fritekst(q), uklarert())).as(q)
				.containsExactlyInAnyOrderElementsOf(sok(q, uklarert()));
		}
		assertThat(queries.search(fritekst(tb(1)), uklarert()).get(0).id()).isEqualTo(tb(1));
		// Title matches before text matches across the register as within the year (classed another way there).
		assertThat(iAar(fritekst("helse"), uklarert())).startsWith(tb(2));
		assertThat(iAar(fritekst("helse"), klarert())).startsWith(tb(2));
		OppdragFilter hemmelig = fritekst(HemmeligBrev.HEMMELIG_DEL);
		assertThat(queries.count(hemmelig, uklarert())).isZero();
		assertThat(iAar(hemmelig, klarert())).containsExactly(tb(2));
		// Section, deadlines and status apply to the matches.
		OppdragFilter seksjon3 = new OppdragFilter("helse", null, null, List.of(), null, null, "3", null, null, null,
				null, false, false, null, false, 0, 500);
		assertThat(iAar(seksjon3, uklarert())).containsExactlyInAnyOrderElementsOf(
				queries.search(seksjon3.medAar(aar), uklarert()).stream().map(OppdragSummary::id).toList());
		OppdragFilter hoest = fritekst("helse").medFrister(LocalDate.of(aar, 10, 1),
				LocalDate.of(aar, 12, 31));
		assertThat(iAar(hoest, uklarert())).isEmpty();
		assertThat(iAar(fritekst("rusforebygging").medFrister(LocalDate.of(aar, 10, 1),
				LocalDate.of(aar, 12, 31)), uklarert())).containsExactly(tb(10));
		assertThat(iAar(fritekst("vaksine").medStatus(OppdragStatus.PAAGAAR), uklarert())).isEmpty();
	}

	/** This year's ids among every match of the filter, across the register. */
	/**
	 * This year's rows among every match in the register, in order: page by page, since a common word matches more
	 * than a page in a database other test classes fill too.
	 */
	private List<String> iAar(OppdragFilter filter, CurrentUser hvem) {
		List<String> ider = new java.util.ArrayList<>();
		for (int side = 0;; side++) {
			List<OppdragSummary> treff = queries.search(filter.medSide(side, OppdragFilter.STORSTE_STORRELSE), hvem);
			treff.stream().map(OppdragSummary::id).filter(id -> id.contains(String.valueOf(aar))).forEach(ider::add);
			if (treff.size() < OppdragFilter.STORSTE_STORRELSE) {
				return ider;
			}
		}
	}

	@Test
	void wordsOnlyInExemptTextNeverMatchForAnUnclearedViewerNotEvenAsACount() {
		for (String hemmelig : List.of(HemmeligBrev.HEMMELIG_DEL, HemmeligBrev.HEMMELIG_TITTEL,
				HemmeligBrev.HEMMELIG_TEKST, "blåbærsupe", "tyttebærsyltetoy", "multekre", "beredskapslageret")) {
			OppdragFilter filter = fritekst(hemmelig).medAar(aar);
			assertThat(queries.search(filter, uklarert())).as(hemmelig).isEmpty();
			assertThat(queries.count(filter, uklarert())).as(hemmelig).isZero();
			assertThat(leser.perStatus(filter, uklarert()).values()).as(hemmelig).allMatch(n -> n == 0);
		}
		assertThat(sok(HemmeligBrev.HEMMELIG_DEL, klarert())).containsExactly(tb(2));
		assertThat(sok(HemmeligBrev.HEMMELIG_TITTEL, klarert())).containsExactly(tb(3));
		assertThat(sok(HemmeligBrev.HEMMELIG_TEKST, klarert())).containsExactly(tb(3));
		assertThat(sok("blåbærsupe", klarert())).containsExactly(tb(2));
		// The id of a wholly exempt assignment is public.
		assertThat(sok(tb(3), uklarert())).startsWith(tb(3));
	}

	@Test
	void anUnclearedViewerSeesThePlaceholderInsteadOfAnExemptTitle() {
		OppdragSummary offentlig = queries.find(tb(3), uklarert()).orElseThrow();
		assertThat(offentlig.tittel()).isEqualTo(OppdragQueries.UNNTATT);
		assertThat(offentlig.tittelSkjult()).isTrue();
		assertThat(offentlig.unntattOffentlighet()).isTrue();
		OppdragSummary full = queries.find(tb(3), klarert()).orElseThrow();
		assertThat(full.tittel()).isEqualTo(HemmeligBrev.HEMMELIG_TITTEL + " til beredskapslageret");
		OppdragDetalj detalj = leser.detalj(tb(2), uklarert()).orElseThrow();
		assertThat(detalj.deler()).extracting(OppdragDetalj.Del::tekst).containsExactly(
				"Helsedirektoratet skal kartlegge helsetilbudet i fengsler.", OppdragQueries.UNNTATT);
		assertThat(leser.detalj(tb(3), uklarert()).orElseThrow().deler()).extracting(OppdragDetalj.Del::tekst)
			.containsExactly(OppdragQueries.UNNTATT);
		assertThat(leser.detalj(tb(2), klarert()).orElseThrow().deler().get(1).tekst())
			.contains(HemmeligBrev.HEMMELIG_DEL);
	}

	@Test
	void filtersNarrowTheListAndCountsPerStatusFollowTheFilter() {
		OppdragFilter fha = new OppdragFilter(null, aar, etat, List.of(), null, null, null, "fha", null, null, null,
				false, false, null, false, 0, 50);
		assertThat(queries.search(fha, uklarert())).extracting(OppdragSummary::id).containsExactly(tb(1), tb(10));
		OppdragFilter seksjon3 = new OppdragFilter(null, aar, null, List.of(), null, null, "3", null, null, null, null,
				false, false, null, false, 0, 50);
		assertThat(queries.count(seksjon3, uklarert())).isEqualTo(4);
		OppdragFilter frist = OppdragFilter.alle().medAar(aar).medFrister(LocalDate.of(aar, 10, 1),
				LocalDate.of(aar, 12, 31));
		assertThat(queries.search(frist, uklarert())).extracting(OppdragSummary::id).containsExactly(tb(10));
		assertThat(leser.perStatus(OppdragFilter.alle().medAar(aar), uklarert()))
			.containsEntry(OppdragStatus.IKKE_STARTET, 5L).containsEntry(OppdragStatus.PAAGAAR, 0L);
		assertThat(queries.search(OppdragFilter.alle().medAar(aar).medStatus(OppdragStatus.PAAGAAR), uklarert()))
			.isEmpty();
		// Overdue: the test years lie in the future, so nothing is overdue yet.
		OppdragFilter forfalt = new OppdragFilter(null, aar, null, List.of(), null, null, null, null, null, null, null,
				true, false, null, false, 0, 50);
		assertThat(queries.count(forfalt, uklarert())).isZero();
	}

	@Test
	void sortsByDeadlineAndPages() {
		OppdragFilter frist = new OppdragFilter(null, aar, null, List.of(), null, null, null, null, null, null, null,
				false, false, "frist", false, 0, 2);
		assertThat(queries.search(frist, uklarert())).extracting(OppdragSummary::id).containsExactly(tb(2), tb(10));
		assertThat(queries.search(frist.medSide(1, 2), uklarert())).extracting(OppdragSummary::id)
			.containsExactly(tb(1), tb(3));
		assertThat(leser.side(frist.medSide(2, 2), uklarert()).total()).isEqualTo(5);
	}

	@Test
	void withoutQueryOrSortTheNewestYearComesFirstThenTheNaturalOrderOfIds() {
		// Two years of their own (the fixture's year has ids TB<aar>-1 to -10 already).
		int forrigeAar = OppdragTestdata.nyttAar();
		int nesteAar = forrigeAar + 1;
		String kode = "T" + forrigeAar;
		for (int a : List.of(forrigeAar, nesteAar)) {
			oppdragImport.apply(OppdragTestdata.nyttBrev(), a, etat, List.of(
					new OppdragImport.OppdragData("TB" + a + "-10", "1.1", "Mål", List.of(kode), "Tiende oppdrag " + a,
							List.of(new OppdragImport.Tekstdel("Tekst.", false)), List.of(), "Løpende",
							OppdragImport.Unntak.NONE, List.of(), List.of()),
					new OppdragImport.OppdragData("TB" + a + "-2", "1.1", "Mål", List.of(kode), "Andre oppdrag " + a,
							List.of(new OppdragImport.Tekstdel("Tekst.", false)), List.of(), "Løpende",
							OppdragImport.Unntak.NONE, List.of(), List.of())));
		}
		OppdragFilter standard = new OppdragFilter(null, null, null, List.of(), null, null, null, kode, null, null, null,
				false, false, null, false, 0, 50);
		assertThat(queries.search(standard, uklarert())).extracting(OppdragSummary::id).containsExactly(
				"TB" + nesteAar + "-2", "TB" + nesteAar + "-10", "TB" + forrigeAar + "-2", "TB" + forrigeAar + "-10");
		// Reversed: the oldest year first, ids from the highest.
		OppdragFilter omvendt = new OppdragFilter(null, null, null, List.of(), null, null, null, kode, null, null, null,
				false, false, null, true, 0, 50);
		assertThat(queries.search(omvendt, uklarert())).extracting(OppdragSummary::id).containsExactly(
				"TB" + forrigeAar + "-10", "TB" + forrigeAar + "-2", "TB" + nesteAar + "-10", "TB" + nesteAar + "-2");
		// Sorting by id asks for the plain natural order, across years.
		OppdragFilter id = new OppdragFilter(null, null, null, List.of(), null, null, null, kode, null, null, null,
				false, false, "id", false, 0, 50);
		assertThat(queries.search(id, uklarert())).extracting(OppdragSummary::id).containsExactly(
				"TB" + forrigeAar + "-2", "TB" + forrigeAar + "-10", "TB" + nesteAar + "-2", "TB" + nesteAar + "-10");
		// With a query, relevance and then the natural order decide, not the year: both are title matches.
		assertThat(sokAlleAar("Tiende", kode)).containsExactly("TB" + forrigeAar + "-10", "TB" + nesteAar + "-10");
	}

	List<String> sokAlleAar(String q, String kode) {
		return queries.search(new OppdragFilter(q, null, null, List.of(), null, null, null, kode, null, null, null,
				false, false, null, false, 0, 50), uklarert()).stream().map(OppdragSummary::id).toList();
	}

	@Test
	void aSearchPagesAndCountsPerStatusOverEveryMatchNotOnlyThePage() {
		OppdragFilter alle = fritekst("helsedirektoratet").medAar(aar);
		List<String> forste = queries.search(alle.medSide(0, 1), uklarert()).stream().map(OppdragSummary::id).toList();
		List<String> andre = queries.search(alle.medSide(1, 1), uklarert()).stream().map(OppdragSummary::id).toList();
		assertThat(forste).hasSize(1);
		assertThat(andre).hasSize(1).doesNotContainAnyElementsOf(forste);
		OppdragLeser.Side side = leser.side(alle.medSide(0, 1), uklarert());
		assertThat(side.total()).isEqualTo(queries.search(alle, uklarert()).size()).isGreaterThan(1);
		assertThat(side.perStatus().get(OppdragStatus.IKKE_STARTET)).isEqualTo(side.total());
		// A page past the end still carries the counts.
		OppdragLeser.Side tom = leser.side(alle.medSide(50, 10), uklarert());
		assertThat(tom.rader()).isEmpty();
		assertThat(tom.total()).isEqualTo(side.total());
		assertThat(leser.side(alle.medStatus(OppdragStatus.PAAGAAR), uklarert()).total()).isZero();
	}

	@Test
	void citingAndDeadlinesAreRedactedForTheViewer() {
		// The wholly exempt TB-3's budget line comes from its exempt text: only the cleared see it there.
		assertThat(queries.citing(aar, etat, 714, 21, uklarert())).extracting(OppdragRef::id).containsExactly(tb(1));
		List<OppdragRef> refs = queries.citing(aar, etat, 714, 21, klarert());
		assertThat(refs).extracting(OppdragRef::id).containsExactly(tb(1), tb(3));
		assertThat(refs.get(1).tittel()).startsWith(HemmeligBrev.HEMMELIG_TITTEL);
		List<FristRef> frister = queries.deadlines(LocalDate.of(aar, 1, 1), LocalDate.of(aar, 12, 31), etat, null,
				uklarert());
		assertThat(frister).extracting(FristRef::id).containsExactly(tb(2), tb(10), tb(1), tb(3), tb(10));
		assertThat(frister).extracting(FristRef::tittel).doesNotContain(HemmeligBrev.HEMMELIG_TITTEL + " til beredskapslageret")
			.contains(OppdragQueries.UNNTATT);
	}

	@Test
	void expectedDatesAreTheDelayedAssignmentsNewDatesOnceEachWithTheLettersLastDeadlineRedactedForTheViewer() {
		LocalDate ny = LocalDate.now(Formats.OSLO).plusDays(40);
		updates.changeStatus(tb(3), OppdragStatus.FORSINKET, null, ny, "Venter på lageret.", OppdragTestdata.admin());
		updates.changeStatus(tb(10), OppdragStatus.FORSINKET, null, ny.plusDays(1), "Venter på tall.",
				OppdragTestdata.admin());
		List<FristRef> uklarert = aarets(queries.expectedDates(ny, ny.plusDays(1), etat, null, uklarert()));
		assertThat(uklarert).extracting(FristRef::id).containsExactly(tb(3), tb(10));
		assertThat(uklarert).extracting(FristRef::forventetDato).containsExactly(ny, ny.plusDays(1));
		// TB-10 has two deadlines and one new date: the date replaces the last.
		assertThat(uklarert).extracting(FristRef::frist).containsExactly(LocalDate.of(aar, 9, 1),
				LocalDate.of(aar, 11, 1));
		assertThat(uklarert.get(0).tittel()).isEqualTo(OppdragQueries.UNNTATT);
		assertThat(aarets(queries.expectedDates(ny, ny, etat, null, klarert())).get(0).tittel())
			.startsWith(HemmeligBrev.HEMMELIG_TITTEL);
		assertThat(aarets(queries.expectedDates(ny.plusDays(2), ny.plusDays(30), etat, null, klarert()))).isEmpty();
	}

	private List<FristRef> aarets(List<FristRef> frister) {
		return frister.stream().filter(f -> f.id().startsWith("TB" + aar + "-")).toList();
	}

	@Test
	void aWhollyExemptAssignmentsReferencesBudgetLinesAndDeadlineWordsReachOnlyTheCleared() {
		OppdragDetalj offentlig = leser.detalj(tb(3), uklarert()).orElseThrow();
		assertThat(offentlig.referanser()).isEmpty();
		assertThat(offentlig.budsjett()).isEmpty();
		assertThat(offentlig.oppdrag().fristTekst()).isNull();
		// The dates stay public, as in its history.
		assertThat(offentlig.oppdrag().frister()).containsExactly(LocalDate.of(aar, 9, 1));

		OppdragDetalj full = leser.detalj(tb(3), klarert()).orElseThrow();
		assertThat(full.referanser()).extracting(OppdragDetalj.Referanse::tilId).containsExactly(tb(1));
		assertThat(full.budsjett()).containsExactly(new OppdragDetalj.Budsjettlinje(714, 21));
		assertThat(full.oppdrag().fristTekst()).isEqualTo("1. september " + aar);
		assertThat(leser.detalj(tb(1), klarert()).orElseThrow().referertAv()).extracting(OppdragRef::id)
			.containsExactly(tb(3), tb(10));
	}

	@Test
	void referencesAreLinkedBothWays() {
		OppdragDetalj ti = leser.detalj(tb(10), uklarert()).orElseThrow();
		assertThat(ti.referanser()).singleElement().satisfies(r -> {
			assertThat(r.tilId()).isEqualTo(tb(1));
			assertThat(r.oppdrag().tittel()).isEqualTo("Nasjonalt vaksinasjonsprogram for barn");
		});
		assertThat(leser.detalj(tb(1), uklarert()).orElseThrow().referertAv()).extracting(OppdragRef::id)
			.containsExactly(tb(10));
		assertThat(leser.detalj(tb(1), uklarert()).orElseThrow().budsjett())
			.containsExactly(new OppdragDetalj.Budsjettlinje(714, 21));
	}
}
