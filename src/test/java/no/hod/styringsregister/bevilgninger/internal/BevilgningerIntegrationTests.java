package no.hod.styringsregister.bevilgninger.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import no.hod.styringsregister.bevilgninger.BevilgningImport;
import no.hod.styringsregister.bevilgninger.BevilgningImport.BevilgningData;
import no.hod.styringsregister.bevilgninger.BevilgningImport.Diff;
import no.hod.styringsregister.bevilgninger.BevilgningImport.FullmaktData;
import no.hod.styringsregister.bevilgninger.BevilgningImport.Fullmaktendring;
import no.hod.styringsregister.bevilgninger.BevilgningImport.Linjeendring;
import no.hod.styringsregister.bevilgninger.BevilgningImport.Verdiendring;
import no.hod.styringsregister.bevilgninger.internal.Testhenvisninger.TestHenvisning;
import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.rapporteringskalender.internal.Testporter;
import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.testsupport.Testbrukere;
import no.hod.styringsregister.web.Formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Appropriations through the import API, the page, the Excel export and the JSON API. Each test uses its own letter
 * ids and years so that the tests share one database without seeing each other's lines.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import(Testporter.class)
class BevilgningerIntegrationTests {

	static final String LESER = "bev-leser";

	static final String KLARERT = "bev-klarert";

	@Autowired
	MockMvc mvc;

	@Autowired
	BevilgningImport bevilgningImport;

	@Autowired
	BrukerService brukere;

	@Autowired
	OrganisasjonService organisasjon;

	@Autowired
	Testhenvisninger.Henvisninger henvisninger;

	@Autowired
	TransactionTemplate transaksjon;

	@Autowired
	BevilgningRepository repository;

	long hdir;

	@BeforeEach
	void brukere() {
		hdir = organisasjon.etatByName("Helsedirektoratet").orElseThrow().id();
		lagBruker(LESER, false);
		lagBruker(KLARERT, true);
		henvisninger.henvisninger.clear();
	}

	private void lagBruker(String navn, boolean klarert) {
		Testbrukere.opprett(brukere, new NyBruker(navn, navn, "passord-passord-1", Rolle.HOD_SAKSBEHANDLER, null,
				klarert, null));
	}

	/** The 2020 letter's table 1.2, read by hand: 2019 (saldert) and 2020 columns, in 1 000 NOK. */
	static List<BevilgningData> tabell2020() {
		return List.of(
				new BevilgningData(740, 1, "Driftsutgifter", 1_222_348L, 1_212_918L, false, null),
				new BevilgningData(740, 21, "Spesielle driftsutgifter, kan overføres", 27_441L, 30_421L, false,
						"Herav 10,3 mill. kroner til tobakkstiltak"),
				new BevilgningData(740, 60, "Gjesteinnbyggeroppgjør for fastleger", 84_529L, 81_908L, false, null),
				new BevilgningData(740, 70, "Helsetjenester i annet EØS-land", 66_915L, 50_305L, false, null),
				new BevilgningData(3740, 2, "Diverse inntekter", 20_107L, 19_582L, true, null),
				new BevilgningData(3740, 3, "Helsetjenester i annet EØS-land", 65_282L, 48_968L, true, null),
				new BevilgningData(3740, 4, "Gebyrinntekter", 47_390L, 46_152L, true, null),
				new BevilgningData(3740, 5, "Helsetjenester til utenlandsboende mv.", 78_653L, 63_000L, true, null));
	}

	private Diff apply(long brevId, int aar, List<BevilgningData> linjer, List<FullmaktData> fullmakter) {
		return transaksjon.execute(status -> bevilgningImport.apply(brevId, aar, hdir, linjer, fullmakter));
	}

	@Test
	void reImportAppliesOnlyTheDifferenceAndCompareWritesNothing() throws Exception {
		List<BevilgningData> forste = List.of(new BevilgningData(714, 21, "Spesielle driftsutgifter", 100L, null, false, null),
				new BevilgningData(714, 60, "Kommunale tiltak", 200L, null, false, null),
				new BevilgningData(3714, 4, "Gebyrinntekter", 30L, null, true, null));
		List<FullmaktData> fullmakter = List.of(new FullmaktData("Bestillingsfullmakt", "Kap. 710 post 21: 173,1 mill. kroner"),
				new FullmaktData("Merinntektsfullmakt", "Kap. 714 post 22 mot kap. 3714 post 04"));

		assertThat(antall(bevilgningImport.compare(9001, forste, fullmakter))).containsExactly(5, 0, 0, 0);
		assertThat(antall(bevilgningImport.compare(9001, forste, fullmakter))).as("compare writes nothing")
			.containsExactly(5, 0, 0, 0);
		assertThat(antall(apply(9001, 2091, forste, fullmakter))).containsExactly(5, 0, 0, 0);
		assertThat(antall(bevilgningImport.compare(9001, forste, fullmakter))).containsExactly(0, 0, 0, 5);

		List<BevilgningData> andre = List.of(new BevilgningData(714, 21, "Spesielle driftsutgifter", 120L, null, false, null),
				new BevilgningData(3714, 4, "Gebyrinntekter", 30L, null, true, null),
				new BevilgningData(714, 79, "Andre tilskudd", 5L, null, false, "Øremerket skolefrukt"));
		List<FullmaktData> endredeFullmakter = List.of(fullmakter.get(0),
				new FullmaktData("Merinntektsfullmakt", "Kap. 714 post 22 mot kap. 3714 post 04 og 05"));
		// 714.79 and the reworded authorisation added; 714.21 changed; 714.60 and the old wording removed.
		Diff endringer = bevilgningImport.compare(9001, andre, endredeFullmakter);
		assertThat(antall(endringer)).containsExactly(2, 1, 2, 2);
		// What changed, line by line and with the changed values, for the review page.
		assertThat(endringer.linjer()).containsExactly(
				new Linjeendring("CHANGED", 714, 21, "Spesielle driftsutgifter", "120",
						List.of(new Verdiendring("belop", "100", "120")), 100L, 120L),
				new Linjeendring("ADDED", 714, 79, "Andre tilskudd", "5", List.of(), null, 5L),
				new Linjeendring("REMOVED", 714, 60, "Kommunale tiltak", "200", List.of(), 200L, null));
		assertThat(endringer.fullmakter()).containsExactly(new Fullmaktendring("ADDED", endredeFullmakter.get(1)),
				new Fullmaktendring("REMOVED", fullmakter.get(1)));
		assertThat(antall(apply(9001, 2091, andre, endredeFullmakter))).containsExactly(2, 1, 2, 2);

		// The year shows the letter's lines as last imported: 714.60 gone, 714.21 changed, 714.79 added.
		mvc.perform(get("/api/bevilgninger").param("agency", String.valueOf(hdir)).param("year", "2091")
			.with(user(LESER)))
			.andExpect(jsonPath("$.lines.length()").value(3))
			.andExpect(jsonPath("$.lines[0].post").value(21))
			.andExpect(jsonPath("$.lines[0].amount").value(120))
			.andExpect(jsonPath("$.lines[1].post").value(79))
			.andExpect(jsonPath("$.lines[1].name").value("Andre tilskudd"))
			.andExpect(jsonPath("$.lines[2].chapter").value(3714));
	}

	@Test
	void aPostSplitIntoSeveralRowsKeepsEachRowAndSumsThem() throws Exception {
		// Table 4.1 of the 2025 letter gives 701.21 in five rows, each with its own purpose.
		List<BevilgningData> rader = kapittel701Og702(30_000L);
		assertThat(antall(apply(9002, 2097, rader, List.of()))).containsExactly(11, 0, 0, 0);
		assertThat(antall(bevilgningImport.compare(9002, rader, List.of()))).containsExactly(0, 0, 0, 11);
		// The fourth row's amount corrected: one row changed, the others untouched.
		List<BevilgningData> rettet = new ArrayList<>(rader);
		rettet.set(3, new BevilgningData(701, 21, "Spesielle driftsutgifter, kan overføres", 67_000L, null, false,
				"Digital samhandling"));
		assertThat(antall(apply(9002, 2097, rettet, List.of()))).containsExactly(0, 1, 0, 10);

		mvc.perform(get("/api/bevilgninger").param("year", "2097").with(user(LESER)))
			.andExpect(jsonPath("$.lines.length()").value(11))
			.andExpect(jsonPath("$.lines[3].amount").value(67_000))
			.andExpect(jsonPath("$.lines[3].comment").value("Digital samhandling"))
			// 30 000 + 21 000 + 4 000 + 67 000 + 6 000 + 71 211 + 44 544 (701.22 gives no amount)
			.andExpect(jsonPath("$.sums.chapters['701']").value(243_755));
	}

	@Test
	void aRowInsertedAmongAPostsRowsIsOneAdditionAndTheOthersKeepTheirIdentity() throws Exception {
		List<BevilgningData> rader = kapittel701Og702(30_000L);
		apply(9003, 2086, rader, List.of());
		Map<String, Long> idPerFormal = new HashMap<>();
		repository.forBrev(9003)
			.forEach(rad -> idPerFormal.put(rad.kapittel() + "." + rad.post() + " " + rad.kommentar(), rad.id()));

		// A new purpose second among 701.21's rows, and the (then) fourth row's amount corrected.
		List<BevilgningData> endret = new ArrayList<>(rader);
		endret.add(1, new BevilgningData(701, 21, "Spesielle driftsutgifter", 2_500L, null, false,
				"Pilot for kunstig intelligens i journalføring"));
		endret.set(4, new BevilgningData(701, 21, "Spesielle driftsutgifter, kan overføres", 67_000L, null, false,
				"Digital samhandling"));
		Diff diff = bevilgningImport.compare(9003, endret, List.of());
		assertThat(antall(diff)).containsExactly(1, 1, 0, 10);
		assertThat(diff.linjer()).extracting(Linjeendring::type, Linjeendring::navn, Linjeendring::belop)
			.containsExactly(tuple("ADDED", "Spesielle driftsutgifter", "2 500"),
					tuple("CHANGED", "Spesielle driftsutgifter, kan overføres", "67 000"));
		assertThat(antall(apply(9003, 2086, endret, List.of()))).containsExactly(1, 1, 0, 10);

		List<BevilgningRepository.Rad> lagret = repository.forBrev(9003);
		assertThat(lagret).filteredOn(rad -> rad.kapittel() == 701 && rad.post() == 21)
			.extracting(BevilgningRepository.Rad::nr, BevilgningRepository.Rad::kommentar)
			.containsExactly(tuple(1, "Tilskudd til innføring av digitale samhandlingsløsninger"),
					tuple(2, "Pilot for kunstig intelligens i journalføring"),
					tuple(3, "20 mill. kr til videreutvikling av helseteknologiordningen"),
					tuple(4, "Digitalt helsekort for gravide"), tuple(5, "Digital samhandling"),
					tuple(6, "Alvorlig sykt barn"));
		// Every row that was there before is the same row, the corrected one included.
		lagret.stream()
			.filter(rad -> !"Pilot for kunstig intelligens i journalføring".equals(rad.kommentar()))
			.forEach(rad -> assertThat(rad.id()).as(rad.kommentar())
				.isEqualTo(idPerFormal.get(rad.kapittel() + "." + rad.post() + " " + rad.kommentar())));
		assertThat(antall(bevilgningImport.compare(9003, endret, List.of()))).containsExactly(0, 0, 0, 12);
	}

	/** Kap. 701 and 702 of table 4.1 of the 2025 letter, read by hand; {@code forste} is the first row of 701.21. */
	static List<BevilgningData> kapittel701Og702(long forste) {
		return List.of(
				new BevilgningData(701, 21, "Spesielle driftsutgifter", forste, null, false,
						"Tilskudd til innføring av digitale samhandlingsløsninger"),
				new BevilgningData(701, 21, "Spesielle driftsutgifter", 21_000L, null, false,
						"20 mill. kr til videreutvikling av helseteknologiordningen"),
				new BevilgningData(701, 21, "Spesielle driftsutgifter, kan overføres", 4_000L, null, false,
						"Digitalt helsekort for gravide"),
				new BevilgningData(701, 21, "Spesielle driftsutgifter, kan overføres", 67_500L, null, false,
						"Digital samhandling"),
				new BevilgningData(701, 21, "Spesielle driftsutgifter, kan overføres", 6_000L, null, false,
						"Alvorlig sykt barn"),
				new BevilgningData(701, 22, "Posten avsluttes fra 2025", null, null, false, null),
				new BevilgningData(701, 60, "Tilskudd til helseteknologi i kommunal helse- og omsorgstjeneste", 71_211L,
						null, false, null),
				new BevilgningData(701, 73, "Tilskudd til digitalisering i kommunal helse- og omsorgstjeneste (KS)",
						44_544L, null, false, null),
				new BevilgningData(702, 21, "Spesielle driftsutgifter", 13_300L, null, false,
						"Tildelingen dekker ulike beredskapstiltak"),
				new BevilgningData(702, 21, "Spesielle driftsutgifter", 6_700L, null, false,
						"Posten inkluderer Helsedirektoratets andel på 1,9 mill. kroner"),
				new BevilgningData(702, 70, "Tilskudd", 4_811L, null, false, null));
	}

	@Test
	void theYearBeforeIsComparedRowByRowAndEveryPostAndChapterAsAWhole() throws Exception {
		// Next year's letter the same but the first row of 701.21 6 000 higher.
		apply(9080, 2081, kapittel701Og702(30_000L), List.of());
		apply(9081, 2082, kapittel701Og702(36_000L), List.of());

		mvc.perform(get("/api/bevilgninger").param("agency", String.valueOf(hdir)).param("year", "2082")
			.with(user(LESER)))
			.andExpect(jsonPath("$.lines[0].previousYearAmount").value(30_000))
			.andExpect(jsonPath("$.lines[1].previousYearAmount").value(21_000))
			.andExpect(jsonPath("$.lines[3].previousYearAmount").value(67_500))
			.andExpect(jsonPath("$.lines[4].previousYearAmount").value(6_000))
			.andExpect(jsonPath("$.lines[9].previousYearAmount").value(6_700));
		String side = mvc.perform(get("/bevilgninger").param("etat", String.valueOf(hdir)).param("aar", "2082")
			.with(user(LESER))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		// 244 255 + 6 000 against 2081's 244 255: the change is the one row's 6 000, in the row, the post and the chapter.
		assertThat(belopIRad(side, "Sum kap. 701")).containsExactly("250 255", "244 255", "6 000",
				prosent(6_000, 244_255));
		assertThat(belopIRad(side, "Sum post 701.21")).containsExactly("134 500", "128 500", "6 000",
				prosent(6_000, 128_500));
		assertThat(belopIRad(side, "Sum kap. 702")).containsExactly("24 811", "24 811", "0", prosent(0, 24_811));
		assertThat(belopIRad(side, "Sum post 702.21")).containsExactly("20 000", "20 000", "0", prosent(0, 20_000));
	}

	@Test
	void rowsThatCannotBePairedAreLeftEmptyButTheSumsStillCompareEveryRow() throws Exception {
		// Last year 714.21 in two rows and a post since dropped; this year three rows, two of them new.
		apply(9082, 2083, List.of(new BevilgningData(714, 21, "Spesielle driftsutgifter", 100L, null, false, "Tiltak A"),
				new BevilgningData(714, 21, "Spesielle driftsutgifter", 200L, null, false, "Tiltak B"),
				new BevilgningData(714, 22, "Avsluttet post", 50L, null, false, null)), List.of());
		apply(9083, 2084, List.of(new BevilgningData(714, 21, "Spesielle driftsutgifter", 110L, null, false, "Tiltak A"),
				new BevilgningData(714, 21, "Spesielle driftsutgifter", 120L, null, false, "Tiltak C"),
				new BevilgningData(714, 21, "Spesielle driftsutgifter", 130L, null, false, "Tiltak D")), List.of());

		mvc.perform(get("/api/bevilgninger").param("agency", String.valueOf(hdir)).param("year", "2084")
			.with(user(LESER)))
			.andExpect(jsonPath("$.lines[0].previousYearAmount").value(100))
			// Two rows left this year and one last year: which was which, nothing says.
			.andExpect(jsonPath("$.lines[1].previousYearAmount").value(nullValue()))
			.andExpect(jsonPath("$.lines[2].previousYearAmount").value(nullValue()));
		String side = mvc.perform(get("/bevilgninger").param("etat", String.valueOf(hdir)).param("aar", "2084")
			.with(user(LESER))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(belopIRad(side, "Sum post 714.21")).containsExactly("360", "300", "60", prosent(60, 100 + 200));
		// The dropped post is in last year's chapter sum: 100 + 200 + 50. The change is the posts' with both years,
		// 714.21's 60, and so is its per cent: of 714.21's 300, not of the 350 that holds the dropped post too.
		// The page says what was left out.
		assertThat(belopIRad(side, "Sum kap. 714")).containsExactly("360", "350", "60", prosent(60, 100 + 200));
		assertThat(side).contains("Endringen for kapittelet regner bare med poster som har beløp både 2083 og 2084: "
				+ "1 post med beløp bare for ett av årene er holdt utenfor.");
	}

	/** Kap. 734 of the 2020 letter: 734.21 and 734.72 give no amount for 2019. */
	static List<BevilgningData> kapittel734() {
		return List.of(new BevilgningData(734, 1, "Driftsutgifter", 75_580L, 74_222L, false, null),
				new BevilgningData(734, 21, "Spesielle driftsutgifter", 57_335L, null, false, null),
				new BevilgningData(734, 70, "Tilskudd", 0L, -89L, false, null),
				new BevilgningData(734, 72, "Utviklingsområder innen psykisk helse", 13_138L, null, false, null),
				new BevilgningData(3734, 1, "Refusjoner", 500L, 400L, true, null));
	}

	@Test
	void theChapterChangeComparesOnlyPostsWithBothYearsOnThePageAndInTheWorkbook() throws Exception {
		apply(9090, 2076, kapittel734(), List.of());
		String side = mvc.perform(get("/bevilgninger").param("aar", "2076").param("kapittel", "734").with(user(LESER)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		// This year's sum of all four posts, last year's of the two it gives; the change only over those two:
		// (75 580 − 74 222) + (0 − −89) = 1 447, not 146 053 − 74 133 = 71 920.
		assertThat(belopIRad(side, "Sum kap. 734")).containsExactly("146 053", "74 133", "1 447",
				prosent(75_580 - 74_222 + 0 - -89, 74_222 + -89));
		assertThat(side).contains("Endringen for kapittelet regner bare med poster som har beløp både 2075 og 2076: "
				+ "2 poster med beløp bare for ett av årene er holdt utenfor.");
		// One expense chapter: no «Sum inntekter 0».
		assertThat(side).contains(">Sum utgifter<").doesNotContain(">Sum inntekter<");
		String inntekt = mvc.perform(get("/bevilgninger").param("aar", "2076").param("kapittel", "3734")
			.with(user(LESER))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(inntekt).contains(">Sum inntekter<").doesNotContain(">Sum utgifter<");
		// Every post comparable: no note.
		assertThat(inntekt).doesNotContain("Endringen for kapittelet regner bare med");

		byte[] eksport = mvc.perform(get("/bevilgninger/eksport.xlsx").param("aar", "2076").with(user(LESER)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (Workbook bok = new XSSFWorkbook(new ByteArrayInputStream(eksport))) {
			Sheet ark = bok.getSheet("Bevilgninger");
			Row sum = finnRad(ark, "Sum kap. 734");
			assertThat(sum.getCell(4).getNumericCellValue()).isEqualTo(146_053);
			assertThat(sum.getCell(5).getNumericCellValue()).isEqualTo(74_133);
			assertThat(sum.getCell(6).getNumericCellValue()).isEqualTo(1_447);
			assertThat(sum.getCell(7).getNumericCellValue()).isEqualTo(andel(1_447, 74_133));
			assertThat(sum.getCell(8).getStringCellValue()).contains("2 poster med beløp bare for ett av årene");
			assertThat(tekst(ark)).contains("Sum utgifter", "Sum inntekter");
		}
		byte[] utgift = mvc.perform(get("/bevilgninger/eksport.xlsx").param("aar", "2076").param("kapittel", "734")
			.with(user(LESER))).andReturn().getResponse().getContentAsByteArray();
		try (Workbook bok = new XSSFWorkbook(new ByteArrayInputStream(utgift))) {
			assertThat(tekst(bok.getSheet("Bevilgninger"))).contains("Sum utgifter").doesNotContain("Sum inntekter");
		}
	}

	@Test
	void aPostWithoutLastYearsAmountShowsADashAndWhyNotEmptyLabels() throws Exception {
		apply(9093, 2069, kapittel734(), List.of());
		String side = mvc.perform(get("/bevilgninger").param("etat", String.valueOf(hdir)).param("aar", "2069")
			.with(user(LESER))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		// On a phone every cell shows its label: none may be followed by nothing.
		assertThat(Pattern.compile("aria-hidden=\"true\">[^<]*</span>\\s*(<span>\\s*</span>\\s*)?</td>").matcher(side).find())
			.as("a label with no value").isFalse();
		int start = side.indexOf("id=\"post-734-21\"");
		String rad = side.substring(start, side.indexOf("</tr>", start));
		// Last year's amount, the change and the change in per cent: a dash each, and why.
		assertThat(Pattern.compile(">–<span class=\"skjult\"> \\(ikke i fjorårets brev\\)</span>").matcher(rad).results()
			.count()).as(rad).isEqualTo(3);
		assertThat(rad).contains("title=\"ikke i fjorårets brev\"");
		// A post with both years still shows its numbers.
		start = side.indexOf("id=\"post-734-1\"");
		assertThat(side.substring(start, side.indexOf("</tr>", start))).contains("74 222", "1 358", "1,8 %")
			.doesNotContain("ikke i fjorårets brev");
	}

	@Test
	void theWorkbookSaysWhatThePageSays() throws Exception {
		apply(9091, 2077, List.of(new BevilgningData(709, 1, "Driftsutgifter", 900L, 1_000L, false, null),
				new BevilgningData(709, 21, "Spesielle driftsutgifter", 500L, 480L, false, "Rad A"),
				new BevilgningData(709, 21, "Spesielle driftsutgifter", 300L, 400L, false, "Rad B")), List.of());
		byte[] eksport = mvc.perform(get("/bevilgninger/eksport.xlsx").param("aar", "2077").with(user(LESER)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		DataFormatter format = new DataFormatter();
		try (Workbook bok = new XSSFWorkbook(new ByteArrayInputStream(eksport))) {
			Sheet ark = bok.getSheet("Bevilgninger");
			Row drift = finnRad(ark, "Driftsutgifter");
			// The post as the budget writes it, not the number 1.
			assertThat(drift.getCell(1).getStringCellValue()).isEqualTo("01");
			// A fall written with the minus sign, and still a number; the percent a percent cell (−10 %).
			assertThat(drift.getCell(6).getNumericCellValue()).isEqualTo(-100);
			assertThat(format.formatCellValue(drift.getCell(6))).isEqualTo("\u2212100");
			assertThat(drift.getCell(7).getNumericCellValue()).isEqualTo(-0.1);
			assertThat(drift.getCell(7).getCellStyle().getDataFormatString()).contains("%");
			assertThat(format.formatCellValue(drift.getCell(7))).startsWith("\u221210").endsWith("%");
			// The split post's sum, as on the page: 800 against 880.
			Row postsum = finnRad(ark, "Sum post 709.21");
			assertThat(postsum.getCell(4).getNumericCellValue()).isEqualTo(800);
			assertThat(postsum.getCell(5).getNumericCellValue()).isEqualTo(880);
			assertThat(postsum.getCell(6).getNumericCellValue()).isEqualTo(-80);
			assertThat(postsum.getCell(7).getNumericCellValue()).isEqualTo(andel(800 - 880, 880));
			assertThat(postsum.getRowNum()).isGreaterThan(finnRad(ark, "Rad B").getRowNum())
				.isLessThan(finnRad(ark, "Sum kap. 709").getRowNum());
		}

		// A year with nothing to compare with: no empty comparison columns, and the page's reason instead.
		apply(9092, 2079, List.of(new BevilgningData(709, 1, "Driftsutgifter", 900L, null, false, "Uten sammenligning")),
				List.of());
		byte[] uten = mvc.perform(get("/bevilgninger/eksport.xlsx").param("aar", "2079").with(user(LESER)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (Workbook bok = new XSSFWorkbook(new ByteArrayInputStream(uten))) {
			Sheet ark = bok.getSheet("Bevilgninger");
			assertThat(tekst(ark)).doesNotContain("Beløp 2078", "Endring")
				.contains("Det finnes ikke beløp for 2078 å sammenligne med");
			Row drift = finnRad(ark, "Driftsutgifter");
			assertThat(drift.getCell(5).getStringCellValue()).isEqualTo("Uten sammenligning");
		}
	}

	@Test
	void theSumRowsAndTotalsShowTheChangeInPerCentAsTheLinesDo() throws Exception {
		// Years of this test's own, far from the others', as the totals add up every chapter of the year.
		apply(9130, 2951, List.of(new BevilgningData(760, 1, "Driftsutgifter", 2_000L, null, false, null),
				new BevilgningData(760, 21, "Spesielle driftsutgifter", 400L, null, false, "Rad A"),
				new BevilgningData(760, 21, "Spesielle driftsutgifter", 100L, null, false, "Rad B"),
				new BevilgningData(760, 70, "Tilskudd", 0L, null, false, null),
				new BevilgningData(761, 1, "Driftsutgifter", 0L, null, false, null),
				new BevilgningData(3760, 2, "Diverse inntekter", 50L, null, true, null)), List.of());
		apply(9131, 2952, List.of(new BevilgningData(760, 1, "Driftsutgifter", 2_150L, null, false, null),
				new BevilgningData(760, 21, "Spesielle driftsutgifter", 450L, null, false, "Rad A"),
				new BevilgningData(760, 21, "Spesielle driftsutgifter", 30L, null, false, "Rad B"),
				new BevilgningData(760, 70, "Tilskudd", 300L, null, false, null),
				new BevilgningData(760, 79, "Ny post", 80L, null, false, null),
				new BevilgningData(761, 1, "Driftsutgifter", 500L, null, false, null),
				new BevilgningData(762, 1, "Driftsutgifter", 700L, null, false, null),
				new BevilgningData(3760, 2, "Diverse inntekter", 55L, null, true, null)), List.of());
		String side = mvc.perform(get("/bevilgninger").param("etat", String.valueOf(hdir)).param("aar", "2952")
			.with(user(LESER))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		long post21 = 450 + 30;
		long post21Ifjor = 400 + 100;
		assertThat(belopIRad(side, "Sum post 760.21")).containsExactly("480", "500", "\u221220",
				prosent(post21 - post21Ifjor, post21Ifjor));
		// 760.79 is new: out of the change and of what its per cent is of. 760.70 from 0 counts in both.
		long endring760 = (2_150 - 2_000) + (post21 - post21Ifjor) + (300 - 0);
		long ifjor760 = 2_000 + post21Ifjor + 0;
		assertThat(belopIRad(side, "Sum kap. 760")).containsExactly("3 010", "2 500", "430",
				prosent(endring760, ifjor760));
		// A line and a chapter from 0: the change, but no per cent of nothing, and why.
		assertThat(sumrad(side, "Sum kap. 761")).contains("title=\"ingen sammenligning\"");
		assertThat(belopIRad(side, "Sum kap. 761")).containsExactly("500", "0", "500");
		int start = side.indexOf("id=\"post-760-70\"");
		assertThat(side.substring(start, side.indexOf("</tr>", start))).contains("title=\"ingen sammenligning\"");
		// A chapter last year's letter did not have: a dash and why for last year, the change and the per cent.
		String kap762 = sumrad(side, "Sum kap. 762");
		assertThat(belopIRad(side, "Sum kap. 762")).containsExactly("700");
		assertThat(Pattern.compile(">–<span class=\"skjult\"> \\(ikke i fjorårets brev\\)</span>").matcher(kap762)
			.results().count()).as(kap762).isEqualTo(3);

		// The totals add up the chapter rows: 761 counts with its 500 from 0, 762 only in this year's sum.
		assertThat(belopIRad(side, "Sum utgifter")).containsExactly("4 210", "2 500", "930",
				prosent(endring760 + 500, ifjor760 + 0));
		assertThat(belopIRad(side, "Sum inntekter")).containsExactly("55", "50", "5", prosent(55 - 50, 50));
		assertThat(side).contains("Endringen regner bare med poster som har beløp både 2951 og 2952: 2 poster med "
				+ "beløp bare for ett av årene er holdt utenfor.");
		// One chapter's own note says it: not again under the totals.
		String kapittel = mvc.perform(get("/bevilgninger").param("etat", String.valueOf(hdir)).param("aar", "2952")
			.param("kapittel", "760").with(user(LESER))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(kapittel).contains("Endringen for kapittelet regner bare med")
			.doesNotContain("Endringen regner bare med");

		byte[] eksport = mvc.perform(get("/bevilgninger/eksport.xlsx").param("etat", String.valueOf(hdir))
			.param("aar", "2952").with(user(LESER))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
		try (Workbook bok = new XSSFWorkbook(new ByteArrayInputStream(eksport))) {
			Sheet ark = bok.getSheet("Bevilgninger");
			assertThat(finnRad(ark, "Sum post 760.21").getCell(7).getNumericCellValue())
				.isEqualTo(andel(post21 - post21Ifjor, post21Ifjor));
			assertThat(finnRad(ark, "Sum kap. 760").getCell(7).getNumericCellValue())
				.isEqualTo(andel(endring760, ifjor760));
			// No per cent of 0: an empty cell, as for a line.
			assertThat(finnRad(ark, "Sum kap. 761").getCell(7)).isNull();
			Row utgifter = finnRad(ark, "Sum utgifter");
			assertThat(utgifter.getCell(5).getNumericCellValue()).isEqualTo(2_500);
			assertThat(utgifter.getCell(6).getNumericCellValue()).isEqualTo(930);
			assertThat(utgifter.getCell(7).getNumericCellValue()).isEqualTo(andel(endring760 + 500, ifjor760));
		}
	}

	/** The change in per cent as the page writes it (one decimal, the minus sign), worked out from the amounts. */
	private static String prosent(long endring, long forrige) {
		return String.format(Locale.ROOT, "%.1f", 100.0 * endring / forrige).replace('.', ',').replace('-', '\u2212')
				+ " %";
	}

	/** The same as the workbook's percent cell holds it: the exact share, which the cell shows with one decimal. */
	private static double andel(long endring, long forrige) {
		return (double) endring / forrige;
	}

	/** A diff's counts: added, changed, removed, unchanged. */
	private static List<Integer> antall(Diff diff) {
		return List.of(diff.added(), diff.changed(), diff.removed(), diff.unchanged());
	}

	/** The sum row the heading starts, from the heading on. */
	private static String sumrad(String side, String overskrift) {
		int start = side.indexOf(">" + overskrift + "<");
		assertThat(start).as(overskrift).isPositive();
		return side.substring(start, side.indexOf("</tr>", start));
	}

	/** The amounts (and the change in per cent) of the sum row the heading starts, in column order. */
	private static List<String> belopIRad(String side, String overskrift) {
		String rad = sumrad(side, overskrift);
		List<String> belop = new ArrayList<>();
		Matcher m = Pattern
			.compile("<td class=\"tall\">\\s*<span[^>]*>[^<]*</span>\\s*<span>([^<]*)</span>").matcher(rad);
		while (m.find()) {
			belop.add(m.group(1));
		}
		return belop;
	}

	@Test
	void theApiGroupsSumsAndComparesWithTheLettersPreviousYearColumn() throws Exception {
		apply(9010, 2020, tabell2020(), List.of(new FullmaktData("Andre fullmakter", "Utgifter uten bevilgning")));
		mvc.perform(get("/api/bevilgninger").param("agency", "Hdir").param("year", "2020").with(user(LESER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lines.length()").value(8))
			.andExpect(jsonPath("$.lines[0].chapter").value(740))
			.andExpect(jsonPath("$.lines[0].post").value(1))
			.andExpect(jsonPath("$.lines[0].name").value("Driftsutgifter"))
			.andExpect(jsonPath("$.lines[0].amount").value(1_222_348))
			.andExpect(jsonPath("$.lines[0].previousYearAmount").value(1_212_918))
			.andExpect(jsonPath("$.lines[0].kind").value("EXPENSE"))
			.andExpect(jsonPath("$.lines[0].comment").value(nullValue()))
			.andExpect(jsonPath("$.lines[0].oppdrag.length()").value(0))
			.andExpect(jsonPath("$.lines[1].comment").value("Herav 10,3 mill. kroner til tobakkstiltak"))
			.andExpect(jsonPath("$.lines[4].chapter").value(3740))
			.andExpect(jsonPath("$.lines[4].kind").value("INCOME"))
			// 1 222 348 + 27 441 + 84 529 + 66 915 and 20 107 + 65 282 + 47 390 + 78 653
			.andExpect(jsonPath("$.sums.EXPENSE").value(1_401_233))
			.andExpect(jsonPath("$.sums.INCOME").value(211_432))
			.andExpect(jsonPath("$.sums.chapters['740']").value(1_401_233))
			.andExpect(jsonPath("$.sums.chapters['3740']").value(211_432))
			.andExpect(jsonPath("$.authorizations[0].type").value("Andre fullmakter"))
			.andExpect(jsonPath("$.authorizations[0].text").value("Utgifter uten bevilgning"))
			// The letter's preview calls it kind: both names, so a script may read either.
			.andExpect(jsonPath("$.authorizations[0].kind").value("Andre fullmakter"))
			.andExpect(jsonPath("$.authorizations[0].length()").value(3));

		mvc.perform(get("/bevilgninger").param("etat", String.valueOf(hdir)).param("aar", "2020").with(user(LESER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1 222 348")))
			.andExpect(content().string(containsString("1 212 918")))
			// 1 222 348 − 1 212 918 = 9 430, 0,78 % → 0,8 %; 66 915 − 50 305 = 16 610, 33,0 %; 27 441 − 30 421 = −2 980, −9,8 %
			.andExpect(content().string(containsString("9 430")))
			.andExpect(content().string(containsString("0,8 %")))
			.andExpect(content().string(containsString("33,0 %")))
			// Negative with the minus sign (−), not the hyphen.
			.andExpect(content().string(containsString("\u22122 980")))
			.andExpect(content().string(containsString("\u22129,8 %")))
			.andExpect(content().string(not(containsString("-2 980"))))
			.andExpect(content().string(containsString("Sum kap. 740")))
			.andExpect(content().string(containsString("1 401 233")))
			// previous-year chapter sum 1 212 918 + 30 421 + 81 908 + 50 305 and the change 25 681
			.andExpect(content().string(containsString("1 375 552")))
			.andExpect(content().string(containsString("25 681")))
			.andExpect(content().string(containsString("211 432")));
	}

	@Test
	void withoutAPreviousColumnTheImportedPreviousYearIsCompared() throws Exception {
		apply(9020, 2092, List.of(new BevilgningData(761, 21, "Spesielle driftsutgifter", 40_000L, null, false, null)),
				List.of());
		apply(9021, 2093, List.of(new BevilgningData(761, 21, "Spesielle driftsutgifter", 44_000L, null, false, null),
				new BevilgningData(761, 60, "Ny post", 1_000L, null, false, null)), List.of());
		mvc.perform(get("/api/bevilgninger").param("agency", String.valueOf(hdir)).param("year", "2093")
			.with(user(LESER)))
			.andExpect(jsonPath("$.lines[0].previousYearAmount").value(40_000))
			.andExpect(jsonPath("$.lines[1].previousYearAmount").value(nullValue()));
		mvc.perform(get("/bevilgninger").param("aar", "2093").with(user(LESER)))
			.andExpect(content().string(containsString("4 000")))
			.andExpect(content().string(containsString("10,0 %")));
		// The older year has nothing to compare with and says so.
		mvc.perform(get("/bevilgninger").param("aar", "2092").with(user(LESER)))
			.andExpect(content().string(containsString("Det finnes ikke beløp for 2091 å sammenligne med")));
	}

	@Test
	void theChapterFilterNarrowsTheLines() throws Exception {
		apply(9030, 2094, List.of(new BevilgningData(714, 21, "Folkehelse drift", 11L, null, false, null),
				new BevilgningData(732, 21, "Spesialisthelse drift", 22L, null, false, null)), List.of());
		mvc.perform(get("/api/bevilgninger").param("year", "2094").param("chapter", "732").with(user(LESER)))
			.andExpect(jsonPath("$.lines.length()").value(1))
			.andExpect(jsonPath("$.lines[0].name").value("Spesialisthelse drift"));
		mvc.perform(get("/bevilgninger").param("aar", "2094").param("kapittel", "732").with(user(LESER)))
			.andExpect(content().string(containsString("Spesialisthelse drift")))
			.andExpect(content().string(not(containsString("Folkehelse drift"))));
		// A chapter without lines that year: said of the chapter, not of the year, and not offered as a chapter there
		// is.
		mvc.perform(get("/bevilgninger").param("aar", "2094").param("kapittel", "9999").with(user(LESER)))
			.andExpect(status().isOk())
			.andExpect(content().string(
					containsString("Kapittel 9999 har ingen budsjettlinjer for Helsedirektoratet i 2094.")))
			.andExpect(content().string(not(containsString("Ingen budsjettlinjer for Helsedirektoratet"))))
			.andExpect(content().string(not(containsString("<option value=\"9999\""))))
			.andExpect(content().string(containsString("Vis alle kapitler i 2094")));
	}

	@Test
	void exemptAssignmentsCitingALineAreListedOnlyForClearedUsers() throws Exception {
		apply(9040, 2095, List.of(new BevilgningData(714, 70, "Rusmiddeltiltak", 500L, null, false, null)), List.of());
		henvisninger.henvisninger.add(new TestHenvisning(2095, hdir, 714, 70, "TB2095-3", false));
		henvisninger.henvisninger.add(new TestHenvisning(2095, hdir, 714, 70, "TB2095-9", true));
		mvc.perform(get("/api/bevilgninger").param("year", "2095").with(user(LESER)))
			.andExpect(jsonPath("$.lines[0].oppdrag.length()").value(1))
			.andExpect(jsonPath("$.lines[0].oppdrag[0]").value("TB2095-3"));
		mvc.perform(get("/api/bevilgninger").param("year", "2095").with(user(KLARERT)))
			.andExpect(jsonPath("$.lines[0].oppdrag.length()").value(2))
			.andExpect(jsonPath("$.lines[0].oppdrag[1]").value("TB2095-9"));
		mvc.perform(get("/bevilgninger").param("aar", "2095").with(user(LESER)))
			.andExpect(content().string(containsString("/oppdrag/TB2095-3")))
			.andExpect(content().string(not(containsString("TB2095-9"))));
		byte[] eksport = mvc.perform(get("/bevilgninger/eksport.xlsx").param("aar", "2095").with(user(LESER)))
			.andReturn().getResponse().getContentAsByteArray();
		try (Workbook bok = new XSSFWorkbook(new ByteArrayInputStream(eksport))) {
			assertThat(tekst(bok.getSheet("Bevilgninger"))).contains("TB2095-3").doesNotContain("TB2095-9");
		}
	}

	/** The assignment's page leads back to the view its link was on: agency, year and chapter, at the link's row. */
	@Test
	void anAssignmentsLinkCarriesTheWayBackToTheSameView() throws Exception {
		apply(9120, 2088, List.of(new BevilgningData(714, 21, "Spesielle driftsutgifter", 800L, null, false, null),
				new BevilgningData(740, 1, "Driftsutgifter", 900L, null, false, null)), List.of());
		henvisninger.henvisninger.add(new TestHenvisning(2088, hdir, 714, 21, "TB2088-3", false));
		henvisninger.henvisninger.add(new TestHenvisning(2088, hdir, 740, 1, "TB2088-4", false));
		mvc.perform(get("/bevilgninger").param("aar", "2088").param("kapittel", "714").with(user(LESER)))
			.andExpect(content().string(containsString("href=\"/oppdrag/TB2088-3?liste=/bevilgninger?etat%3D" + hdir
					+ "%26aar%3D2088%26kapittel%3D714%23post-714-21\"")));
		mvc.perform(get("/bevilgninger").param("aar", "2088").with(user(LESER)))
			.andExpect(content().string(containsString("href=\"/oppdrag/TB2088-4?liste=/bevilgninger?etat%3D" + hdir
					+ "%26aar%3D2088%23post-740-1\"")));
	}

	/**
	 * No assignment cites the post by chapter and post, yet its comment names one: the page says no link is known,
	 * not that there is none.
	 */
	@Test
	void aLineNoAssignmentCitesSaysNoLinkIsKnownRatherThanNone() throws Exception {
		apply(9110, 2073, List.of(new BevilgningData(761, 21, "Spesielle driftsutgifter", 1_000L, null, false,
				"1 mill. kroner til oppfølging, jf. oppdrag Bo trygt hjemme-reformen")), List.of());
		mvc.perform(get("/bevilgninger").param("aar", "2073").with(user(LESER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("–<span class=\"skjult\"> (ingen kjente oppdrag)</span>")))
			.andExpect(content().string(containsString(
					"En strek (–) betyr at ingen kobling er kjent: kommentaren kan likevel omtale et oppdrag med andre ord.")))
			.andExpect(content().string(not(containsString(">Ingen<"))));
	}

	@Test
	void theExcelExportHoldsTheLinesSumsAndAuthorisations() throws Exception {
		apply(9050, 2096, List.of(new BevilgningData(740, 1, "Driftsutgifter", 1_222_348L, 1_212_918L, false, null),
				new BevilgningData(740, 21, "Spesielle driftsutgifter", 27_441L, 30_421L, false, "Øremerket X"),
				new BevilgningData(3740, 4, "Gebyrinntekter", 47_390L, 46_152L, true, null)),
				List.of(new FullmaktData("Bestillingsfullmakt", "Kap. 710 post 21: 173,1 mill. kroner")));
		var svar = mvc.perform(get("/bevilgninger/eksport.xlsx").param("etat", "Hdir").param("aar", "2096")
			.with(user(LESER)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			// Named after the agency, year (and chapter) and the day, so downloads of other choices sit beside it.
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"bevilgninger-hdir-2096-" + LocalDate.now(Formats.OSLO) + ".xlsx\""))
			.andReturn();
		mvc.perform(get("/bevilgninger/eksport.xlsx").param("etat", "Hdir").param("aar", "2096")
			.param("kapittel", "740").with(user(LESER)))
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"bevilgninger-hdir-2096-kap-740-" + LocalDate.now(Formats.OSLO) + ".xlsx\""));
		try (Workbook bok = new XSSFWorkbook(new ByteArrayInputStream(svar.getResponse().getContentAsByteArray()))) {
			Sheet ark = bok.getSheet("Bevilgninger");
			Row forste = finnRad(ark, "Driftsutgifter");
			assertThat(forste.getCell(0).getNumericCellValue()).isEqualTo(740);
			assertThat(forste.getCell(1).getStringCellValue()).isEqualTo("01");
			assertThat(forste.getCell(4).getNumericCellValue()).isEqualTo(1_222_348);
			assertThat(forste.getCell(5).getNumericCellValue()).isEqualTo(1_212_918);
			assertThat(forste.getCell(6).getNumericCellValue()).isEqualTo(9_430);
			assertThat(finnRad(ark, "Sum kap. 740").getCell(4).getNumericCellValue()).isEqualTo(1_249_789);
			assertThat(finnRad(ark, "Sum utgifter").getCell(4).getNumericCellValue()).isEqualTo(1_249_789);
			assertThat(finnRad(ark, "Sum inntekter").getCell(4).getNumericCellValue()).isEqualTo(47_390);
			assertThat(finnRad(ark, "Spesielle driftsutgifter").getCell(8).getStringCellValue()).isEqualTo("Øremerket X");
			assertThat(tekst(bok.getSheet("Fullmakter"))).contains("Bestillingsfullmakt",
					"Kap. 710 post 21: 173,1 mill. kroner");
		}
	}

	@Test
	void aLineWithoutAnAmountSaysSoAndTheSumsCountItAsNothing() throws Exception {
		// The 2025 letter prints no amount for 2711.72 Tannbehandling.
		apply(9070, 2098, List.of(new BevilgningData(2711, 71, "Psykologhjelp", 477_900L, null, false, null),
				new BevilgningData(2711, 72, "Tannbehandling", null, null, false, null),
				new BevilgningData(2711, 76, "Private laboratorier og røntgeninstitutt", 1_506_412L, null, false, null)),
				List.of());

		String side = mvc.perform(get("/bevilgninger").param("aar", "2098").with(user(LESER)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String rad = side.substring(side.indexOf("id=\"post-2711-72\""));
		rad = rad.substring(0, rad.indexOf("</tr>"));
		assertThat(rad).contains("title=\"Tildelingsbrevet oppgir ikke noe beløp for denne posten. Summene regner posten "
				+ "med 0.\">ikke oppgitt<span class=\"skjult\"> (Tildelingsbrevet oppgir ikke noe beløp");
		assertThat(side).contains(">1 984 312<");

		var svar = mvc.perform(get("/bevilgninger/eksport.xlsx").param("etat", "Hdir").param("aar", "2098")
			.with(user(LESER))).andExpect(status().isOk()).andReturn();
		try (Workbook bok = new XSSFWorkbook(new ByteArrayInputStream(svar.getResponse().getContentAsByteArray()))) {
			Sheet ark = bok.getSheet("Bevilgninger");
			// Not 0, and not blank: the letter gives none, and the workbook says so as the page does.
			Row tann = finnRad(ark, "Tannbehandling");
			assertThat(tann.getCell(4).getStringCellValue()).isEqualTo("ikke oppgitt");
			assertThat(tekst(ark)).contains("ikke oppgitt: Tildelingsbrevet oppgir ikke noe beløp for denne posten. "
					+ "Summene regner posten med 0.");
			assertThat(finnRad(ark, "Sum kap. 2711").getCell(4).getNumericCellValue()).isEqualTo(1_984_312);
			assertThat(finnRad(ark, "Sum utgifter").getCell(4).getNumericCellValue()).isEqualTo(1_984_312);
		}
	}

	@Test
	void anEmptyYearSaysWhatToDo() throws Exception {
		// The agency named: without one, a year no agency has lines for opens at the agency of the newest year.
		mvc.perform(get("/bevilgninger").param("etat", "Hdir").param("aar", "2099").with(user(LESER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ingen budsjettlinjer for Helsedirektoratet i 2099.")))
			.andExpect(content().string(containsString("Budsjettlinjene kommer inn når en administrator importerer")));
		mvc.perform(get("/api/bevilgninger").param("agency", "Hdir").param("year", "2099").with(user(LESER)))
			.andExpect(jsonPath("$.lines.length()").value(0))
			.andExpect(jsonPath("$.sums.EXPENSE").value(0));
		// The export has nothing to give either: the page's words with 404, not a workbook of headings and zeros.
		mvc.perform(get("/bevilgninger/eksport.xlsx").param("etat", "Hdir").param("aar", "2099").with(user(LESER)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("text/html"))
			.andExpect(content().string(containsString("Ingen budsjettlinjer for Helsedirektoratet i 2099.")))
			.andExpect(content().string(containsString("Budsjettlinjene kommer inn når en administrator importerer")))
			.andExpect(content().string(containsString("href=\"/bevilgninger?etat=" + hdir + "&amp;aar=2099\"")));
		mvc.perform(get("/bevilgninger/eksport.xlsx").param("etat", "Hdir").param("aar", "2098").param("kapittel", "9998")
			.with(user(LESER)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Kapittel 9998 har ingen budsjettlinjer for Helsedirektoratet i 2098.")));
	}

	@Test
	void aYearWithoutLinesShowsTheEmptyStateAndIsNotOfferedAsAYearWithLines() throws Exception {
		apply(9074, 2074, List.of(new BevilgningData(714, 21, "Drift 2074", 11L, null, false, null)), List.of());
		mvc.perform(get("/bevilgninger").param("etat", "Hdir").param("aar", "2080").with(user(LESER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ingen budsjettlinjer for Helsedirektoratet i 2080.")))
			// An agency with lines in other years: another year is worth choosing.
			.andExpect(content().string(containsString("Velg et annet år eller en annen etat over.")))
			.andExpect(content().string(not(containsString("<option value=\"2080\""))))
			// Nothing chosen in the list: «Vis» shows the newest year with lines, not the empty one as if it had some.
			.andExpect(content().string(containsString("<option value=\"\" selected>Velg år</option>")))
			.andExpect(content().string(containsString("<option value=\"2074\">2074</option>")));
		mvc.perform(get("/bevilgninger").param("aar", "2074").with(user(LESER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"2074\" selected=\"selected\">2074</option>")))
			.andExpect(content().string(not(containsString("Velg år"))));
	}

	@Test
	void anAgencyWithoutLinesIsOfferedNoYearAndToldSo() throws Exception {
		String navn = "Tilsynet uten bevilgninger " + System.nanoTime();
		mvc.perform(post("/admin/organisasjon/etat").param("navn", navn).with(user("bev-admin").roles("ADMIN"))
			.with(csrf())).andExpect(status().is3xxRedirection());
		long uten = organisasjon.etatByName(navn).orElseThrow().id();
		apply(9078, 2078, List.of(new BevilgningData(714, 21, "Drift 2078", 11L, null, false, null)), List.of());
		// No year of the agency has anything, so none is offered, and the text says the agency has none yet, with
		// the way to the letters; it advises another agency, not another year.
		String utenLinjer = "Ingen bevilgninger er registrert for " + navn + " ennå";
		mvc.perform(get("/bevilgninger").param("etat", String.valueOf(uten)).param("aar", "2057").with(user(LESER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(utenLinjer)))
			.andExpect(content().string(containsString("href=\"/tildelingsbrev\"")))
			.andExpect(content().string(not(containsString("Ingen budsjettlinjer for " + navn))))
			.andExpect(content().string(not(containsString("<select id=\"aar\" name=\"aar\">"))))
			.andExpect(content().string(not(containsString("Fullmakter 2057"))))
			.andExpect(content().string(containsString("Velg en annen etat over.")))
			.andExpect(content().string(not(containsString("Velg et annet år"))));
		// Without a year: no year pretended either.
		int nyeste = repository.aar().get(0);
		mvc.perform(get("/bevilgninger").param("etat", String.valueOf(uten)).with(user(LESER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(utenLinjer)))
			.andExpect(content().string(not(containsString("Fullmakter " + nyeste))))
			.andExpect(content().string(not(containsString("Ingen fullmakter er registrert for året"))));
		// A year outside the usual ones that another agency has lines for is offered, so it is not refused.
		apply(9079, 2977, List.of(new BevilgningData(714, 21, "Drift 2977", 11L, null, false, null)), List.of());
		mvc.perform(get("/bevilgninger").param("etat", String.valueOf(uten)).param("aar", "2977").with(user(LESER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(utenLinjer)));
		// The export's empty page has no form to choose in.
		mvc.perform(get("/bevilgninger/eksport.xlsx").param("etat", String.valueOf(uten)).param("aar", "2057")
			.with(user(LESER)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString(utenLinjer)))
			.andExpect(content().string(not(containsString(" over."))));
	}

	@Test
	void aYearOutsideTheUsualOnesIsShownWhenItHasLines() throws Exception {
		// Assignments of such a year (test data, a letter typed with the wrong year) link to their budget lines.
		apply(9075, 2975, List.of(new BevilgningData(714, 21, "Drift 2975", 11L, null, false, null)), List.of());
		mvc.perform(get("/bevilgninger").param("aar", "2975").with(user(LESER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Drift 2975")));
		mvc.perform(get("/api/bevilgninger").param("year", "2975").with(user(LESER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lines[0].name").value("Drift 2975"));
	}

	@Test
	void badInputAnswers400InNorwegianAndTheApiNeedsASignIn() throws Exception {
		// The value, what is accepted, and an example that works.
		String ukjent = mvc.perform(get("/api/bevilgninger").param("agency", "Finnes ikke").with(user(LESER)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.length()").value(1))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		Matcher eksempel = Pattern.compile("\\{\"error\":\"Ukjent etat «Finnes ikke». Bruk etatens id, kortnavn eller navn, "
				+ "for eksempel ([^\"]+)\\.\"}").matcher(ukjent);
		assertThat(eksempel.matches()).as(ukjent).isTrue();
		assertThat(organisasjon.etat(eksempel.group(1))).as(eksempel.group(1)).isPresent();
		mvc.perform(get("/bevilgninger").param("etat", "Finnes ikke").with(user(LESER)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Ukjent etat «Finnes ikke». Bruk etatens id, kortnavn eller navn, "
					+ "for eksempel " + eksempel.group(1) + ".")));
		// The register's common page for a refused choice, back to the same overview without the bad parameter.
		for (String[] t : new String[][] { { "etat", "Finnes ikke" }, { "kapittel", "-1" }, { "kapittel", "x" } }) {
			for (String sti : new String[] { "/bevilgninger", "/bevilgninger/eksport.xlsx" }) {
				mvc.perform(get(sti).queryParam("aar", "2098").queryParam(t[0], t[1]).with(user(LESER)))
					.andExpect(status().isBadRequest())
					.andExpect(content().string(containsString("<h1>Ugyldig valg</h1>")))
					.andExpect(content().string(containsString(
							"<a href=\"/bevilgninger?aar=2098\">Tilbake til siden uten det ugyldige valget</a>")));
			}
		}
		// A value that is not a number: said in Norwegian, not with the number parser's message.
		mvc.perform(get("/bevilgninger").param("aar", "tjuetjuefem").with(user(LESER)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(
					containsString("«tjuetjuefem» er ikke et år (fire sifre, for eksempel 2025).")));
		// A number that is no year was shown as an empty year («Ingen budsjettlinjer ... i 12»).
		for (String aar : new String[] { "12", "-2025", "20250" }) {
			mvc.perform(get("/bevilgninger").param("aar", aar).with(user(LESER)))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(
						containsString("«" + aar + "» er ikke et år (fire sifre, for eksempel 2025).")))
				.andExpect(content().string(not(containsString("Ingen budsjettlinjer"))));
		}
		mvc.perform(get("/bevilgninger/eksport.xlsx").param("aar", "12").with(user(LESER)))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/bevilgninger/eksport.xlsx").param("kapittel", "x").with(user(LESER)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("«x» er ikke et kapittelnummer (for eksempel 714).")));
		// A number that is no chapter: refused as such, not shown as a chapter without lines.
		mvc.perform(get("/bevilgninger").param("kapittel", "-1").with(user(LESER)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("«-1» er ikke et kapittelnummer (for eksempel 714).")));
		mvc.perform(get("/api/bevilgninger").param("chapter", "0").with(user(LESER)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("«0» er ikke et kapittelnummer (for eksempel 714)."));
		mvc.perform(get("/api/bevilgninger").param("chapter", "x").with(user(LESER)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("«x» er ikke et kapittelnummer (for eksempel 714)."));
		// The page's rule for years in the API too: year=0 was an empty year with 200.
		for (String aar : new String[] { "0", "-5", "12", "20250" }) {
			mvc.perform(get("/api/bevilgninger").param("year", aar).with(user(LESER)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.error").value("«" + aar + "» er ikke et år (fire sifre, for eksempel 2025)."));
		}
		// Four digits, but outside the years the register keeps and without lines: refused, quoting what was typed
		// («0000», not «0»).
		for (String aar : new String[] { "0000", "1999", "2101", "9999" }) {
			String melding = aar.equals("0000") ? "«0000» er ikke et år (fire sifre, for eksempel 2025)."
					: "Det er ingen budsjettlinjer for «" + aar + "». Velg et år fra 2000 til 2100.";
			for (String sti : new String[] { "/bevilgninger", "/bevilgninger/eksport.xlsx" }) {
				mvc.perform(get(sti).queryParam("kapittel", "714").queryParam("aar", aar).with(user(LESER)))
					.andExpect(status().isBadRequest())
					.andExpect(content().string(containsString("<h1>Ugyldig valg</h1>")))
					.andExpect(content().string(containsString(melding)))
					.andExpect(content().string(containsString(
							"<a href=\"/bevilgninger?kapittel=714\">Tilbake til siden uten det ugyldige valget</a>")))
					.andExpect(content().string(not(containsString("Exception"))));
			}
		}
		mvc.perform(get("/api/bevilgninger").param("year", "9999").with(user(LESER)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("Det er ingen budsjettlinjer for «9999». Velg et år fra 2000 til 2100."));
		mvc.perform(get("/api/bevilgninger").param("year", "tjue").with(user(LESER)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("«tjue» er ikke et år (fire sifre, for eksempel 2025)."));
		mvc.perform(get("/api/bevilgninger")).andExpect(status().isUnauthorized());
	}

	private static Row finnRad(Sheet ark, String tekst) {
		DataFormatter format = new DataFormatter();
		for (Row rad : ark) {
			for (var celle : rad) {
				if (format.formatCellValue(celle).equals(tekst)) {
					return rad;
				}
			}
		}
		throw new AssertionError("Fant ingen rad med «" + tekst + "»");
	}

	private static String tekst(Sheet ark) {
		DataFormatter format = new DataFormatter();
		StringBuilder tekst = new StringBuilder();
		ark.forEach(rad -> rad.forEach(celle -> tekst.append(format.formatCellValue(celle)).append('\t')));
		return tekst.toString();
	}
}
