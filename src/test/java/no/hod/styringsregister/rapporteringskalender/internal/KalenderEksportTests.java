package no.hod.styringsregister.rapporteringskalender.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.ContentDisposition;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.oppdrag.OppdragImport;
import no.hod.styringsregister.oppdrag.OppdragImport.OppdragData;
import no.hod.styringsregister.oppdrag.OppdragImport.Tekstdel;
import no.hod.styringsregister.oppdrag.OppdragImport.Unntak;
import no.hod.styringsregister.oppdrag.OppdragQueries;
import no.hod.styringsregister.organisasjon.Enhet;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.rapporteringskalender.KalenderImport;
import no.hod.styringsregister.rapporteringskalender.KalenderImport.KalenderData;
import no.hod.styringsregister.rapporteringskalender.KalenderImport.SaerskiltData;
import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.testsupport.Testbrukere;
import no.hod.styringsregister.web.Formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The calendar's Excel and CSV exports against the page, on the real assignment deadlines (the oppdrag module's
 * read path, not the test port), so the exempt title of a wholly exempt assignment is the real one. Everything is
 * in May 2085, which no other test of this context uses.
 */
@IntegrationTest
@AutoConfigureMockMvc
class KalenderEksportTests {

	static final String LESER = "eksport-leser";

	static final String KLARERT = "eksport-klarert";

	static final String LEDER = "eksport-leder";

	/** The title of the wholly exempt assignment: only a cleared reader may get it, in any format. */
	static final String HEMMELIG = "Moltebærplanen for krisetider";

	static final String MAI = "2085-05";

	static final List<String> KOLONNER = List.of("Dato", "Tid", "Type", "Hva", "Oppdrag", "Etat", "Divisjon",
			"Merknad", "Ny forventet dato", "Dato anslått", "Brevets tidsangivelse", "Endret for hånd", "Kilde",
			"Endring");

	@Autowired
	MockMvc mvc;

	@Autowired
	OppdragImport oppdragImport;

	@Autowired
	KalenderImport kalenderImport;

	@Autowired
	OrganisasjonService organisasjon;

	@Autowired
	BrukerService brukere;

	@Autowired
	TransactionTemplate transaksjon;

	long hdir;

	long htil;

	Enhet folkehelse;

	String idag = LocalDate.now(Formats.OSLO).toString();

	@BeforeEach
	void oppsett() {
		hdir = organisasjon.etatByName("Helsedirektoratet").orElseThrow().id();
		htil = organisasjon.etatByName("Statens helsetilsyn").orElseThrow().id();
		folkehelse = organisasjon.divisjoner(hdir).stream().filter(d -> d.navn().equals("Divisjon folkehelse"))
			.findFirst().orElseThrow();
		lagBruker(LESER, Rolle.HOD_SAKSBEHANDLER, null, false);
		lagBruker(KLARERT, Rolle.HOD_SAKSBEHANDLER, null, true);
		lagBruker(LEDER, Rolle.HDIR_LEDER, folkehelse.id(), false);
		// The same letters every time: a second import of the same content changes nothing.
		transaksjon.executeWithoutResult(status -> {
			oppdragImport.apply(8_085_001, 2085, hdir, List.of(
					new OppdragData("TB2085-1", "1.1", "Folkehelse", List.of("FHA"), "Åpen kartlegging av levevaner",
							List.of(new Tekstdel("Kartlegge levevanene.", false)), List.of(LocalDate.of(2085, 5, 10)),
							"10. mai 2085", Unntak.NONE, List.of(), List.of()),
					new OppdragData("TB2085-2", "1.2", "Beredskap", List.of("SHA"), HEMMELIG,
							List.of(new Tekstdel("Lagre multer til krisen kommer.", true)),
							List.of(LocalDate.of(2085, 5, 20)), "20. mai 2085", Unntak.WHOLE, List.of(), List.of())));
			kalenderImport.apply(8_085_002, 2085, hdir,
					List.of(new KalenderData(LocalDate.of(2085, 5, 5), "09:00-11:00", "Etatsstyringsmøte 2085",
							"Hos Helsedirektoratet")),
					List.of(new SaerskiltData("Årlig/15. mai", LocalDate.of(2085, 5, 15), "YEARLY",
							"=Særskilt rapport 2085", null)));
			kalenderImport.apply(8_085_003, 2085, htil,
					List.of(new KalenderData(LocalDate.of(2085, 5, 12), null, "Tilsynsmøte 2085", null)), List.of());
		});
	}

	private void lagBruker(String navn, Rolle rolle, Long enhet, boolean klarert) {
		Testbrukere.opprett(brukere, new NyBruker(navn, navn, "passord-passord-1", rolle, enhet, klarert, null));
	}

	@Test
	void theExcelFileHoldsThePagesRowsInItsOrderWithRealDates() throws Exception {
		List<String> side = titlerPaaSiden(mai(LESER));
		assertThat(side).containsExactly("Etatsstyringsmøte 2085", "Åpen kartlegging av levevaner", "Tilsynsmøte 2085",
				"=Særskilt rapport 2085", OppdragQueries.UNNTATT);

		MvcResult svar = mvc.perform(mai(LESER, "/rapporteringskalender/eksport.xlsx")).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"rapporteringskalender-mai-2085-" + idag + ".xlsx\""))
			.andReturn();
		try (XSSFWorkbook bok = new XSSFWorkbook(new ByteArrayInputStream(svar.getResponse().getContentAsByteArray()))) {
			Sheet ark = bok.getSheet("Rapporteringskalender");
			assertThat(celler(ark.getRow(0))).isEqualTo(KOLONNER);
			assertThat(ark.getRow(0).getCell(0).getCellStyle().getFontIndex()).as("bold headings").isNotZero();
			assertThat(ark.getLastRowNum()).isEqualTo(side.size());
			List<String> titler = new ArrayList<>();
			for (int r = 1; r <= ark.getLastRowNum(); r++) {
				titler.add(ark.getRow(r).getCell(3).getStringCellValue());
			}
			assertThat(titler).isEqualTo(side);

			Row mote = ark.getRow(1);
			Cell dato = mote.getCell(0);
			assertThat(DateUtil.isCellDateFormatted(dato)).as("a date cell, not text").isTrue();
			assertThat(dato.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2085, 5, 5));
			assertThat(new DataFormatter().formatCellValue(dato)).isEqualTo("05.05.2085");
			assertThat(celler(mote)).containsExactly("05.05.2085", "09:00-11:00", "Kalender", "Etatsstyringsmøte 2085", "",
					"Helsedirektoratet", "", "Hos Helsedirektoratet", "", "Nei", "", "Nei",
					"Tildelingsbrev 2085, vedlegg I – styrings- og rapporteringskalender", "");
			assertThat(celler(ark.getRow(2))).containsExactly("10.05.2085", "", "Oppdragsfrist",
					"Åpen kartlegging av levevaner", "TB2085-1", "Helsedirektoratet", "", "", "", "Nei", "", "Nei",
					"Oppdrag TB2085-1", "");
			assertThat(celler(ark.getRow(4))).contains("Særskilt rapportering", "Årlig/15. mai");
			// Text as it is, never a formula.
			assertThat(ark.getRow(4).getCell(3).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
		}
	}

	@Test
	void theCsvHoldsTheSameRowsForNorwegianExcel() throws Exception {
		MvcResult svar = mvc.perform(mai(LESER, "/rapporteringskalender/eksport.csv")).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"rapporteringskalender-mai-2085-" + idag + ".csv\""))
			.andReturn();
		byte[] csv = svar.getResponse().getContentAsByteArray();
		assertThat(Arrays.copyOf(csv, 3)).as("a byte order mark").containsExactly(0xEF, 0xBB, 0xBF);
		List<List<String>> linjer = csv(csv);
		assertThat(linjer.get(0)).isEqualTo(KOLONNER);
		assertThat(linjer.subList(1, linjer.size()).stream().map(l -> l.get(3)).toList())
			.isEqualTo(somICsv(titlerPaaSiden(mai(LESER))));
		assertThat(linjer.get(1)).containsExactly("05.05.2085", "09:00-11:00", "Kalender", "Etatsstyringsmøte 2085", "",
				"Helsedirektoratet", "", "Hos Helsedirektoratet", "", "Nei", "", "Nei",
				"Tildelingsbrev 2085, vedlegg I – styrings- og rapporteringskalender", "");
		// A cell that would start a formula in Excel is text.
		assertThat(linjer.get(4).get(3)).isEqualTo("'=Særskilt rapport 2085");
	}

	/**
	 * The cleared reader's file, which shows the exempt title, says so in its name (and the Excel file inside, as the
	 * list's does); the uncleared reader's file of the same view does not, nor a cleared reader's file without it.
	 */
	@Test
	void anExemptTitleReachesOnlyAClearedReaderAsOnThePage() throws Exception {
		for (String sti : List.of("/rapporteringskalender/eksport.xlsx", "/rapporteringskalender/eksport.csv")) {
			String endelse = sti.substring(sti.lastIndexOf('.'));
			MvcResult uklarertSvar = mvc.perform(mai(LESER, sti))
				.andExpect(header().string("Content-Disposition",
						"attachment; filename=\"rapporteringskalender-mai-2085-" + idag + endelse + "\""))
				.andReturn();
			String uklarert = tekst(uklarertSvar, sti);
			assertThat(uklarert).as(sti).contains("TB2085-2", OppdragQueries.UNNTATT)
				.doesNotContain(HEMMELIG, "Moltebær", "multer");
			MvcResult klarertSvar = mvc.perform(mai(KLARERT, sti))
				.andExpect(header().string("Content-Disposition", "attachment; filename=\"rapporteringskalender-mai-2085-"
						+ "unntatt-offentlighet-" + idag + endelse + "\""))
				.andReturn();
			assertThat(tekst(klarertSvar, sti)).as(sti).contains("TB2085-2", HEMMELIG);
			assertThat(ContentDisposition.parse(mvc.perform(mai(KLARERT, sti).param("type", "SAERSKILT")).andReturn()
				.getResponse().getHeader("Content-Disposition")).getFilename())
				.isEqualTo("rapporteringskalender-særskilt-rapportering-mai-2085-" + idag + endelse);
		}
		String advarsel = "Inneholder opplysninger unntatt offentlighet (offl. § 22). Skal ikke deles med uvedkommende.";
		try (XSSFWorkbook bok = new XSSFWorkbook(new ByteArrayInputStream(mvc.perform(mai(LESER,
				"/rapporteringskalender/eksport.xlsx")).andReturn().getResponse().getContentAsByteArray()))) {
			assertThat(bok.getSheetAt(0).getHeader().getCenter()).isEmpty();
			assertThat(bok.getProperties().getCoreProperties().getDescription()).isNull();
		}
		try (XSSFWorkbook bok = new XSSFWorkbook(new ByteArrayInputStream(mvc.perform(mai(KLARERT,
				"/rapporteringskalender/eksport.xlsx")).andReturn().getResponse().getContentAsByteArray()))) {
			assertThat(bok.getSheetAt(0).getHeader().getCenter()).isEqualTo(advarsel);
			assertThat(bok.getProperties().getCoreProperties().getDescription()).isEqualTo(advarsel);
			assertThat(bok.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Dato");
		}
		// The page says the same to each.
		assertThat(titlerPaaSiden(mai(KLARERT))).contains(HEMMELIG);
		assertThat(titlerPaaSiden(mai(LESER))).doesNotContain(HEMMELIG);
		try (XSSFWorkbook bok = new XSSFWorkbook(new ByteArrayInputStream(mvc.perform(mai(KLARERT,
				"/rapporteringskalender/eksport.xlsx")).andReturn().getResponse().getContentAsByteArray()))) {
			Row rad = bok.getSheetAt(0).getRow(5);
			assertThat(rad.getCell(4).getStringCellValue()).isEqualTo("TB2085-2");
			assertThat(rad.getCell(3).getStringCellValue()).isEqualTo(HEMMELIG);
		}
	}

	/**
	 * A cleared reader sees the exempt assignment's title marked as in the assignment list, on the page (whose mark
	 * prints) and in the Merknad of both files, so it is not passed on unknowingly; the uncleared reader, who gets the
	 * placeholder, gets no mark and an empty Merknad, as before.
	 */
	@Test
	void aClearedReaderSeesTheExemptRowMarkedOnThePageAndInTheMerknadOfBothFiles() throws Exception {
		String merke = ">Unntatt off.</span>";
		String merknad = "Inneholder opplysninger unntatt offentlighet, jf. offl. § 22";
		String klarertSide = mvc.perform(mai(KLARERT)).andReturn().getResponse().getContentAsString();
		assertThat(klarertSide.split(Pattern.quote(merke), -1)).as("one mark, the exempt row's").hasSize(2);
		assertThat(klarertSide.substring(klarertSide.indexOf(HEMMELIG))).contains(merke);
		assertThat(klarertSide.substring(0, klarertSide.indexOf(HEMMELIG))).doesNotContain(merke);
		String uklarertSide = mvc.perform(mai(LESER)).andReturn().getResponse().getContentAsString();
		assertThat(uklarertSide).doesNotContain(merke, merknad, "class=\"merkelapp\" title=");

		List<List<String>> klarert = csv(mvc.perform(mai(KLARERT, "/rapporteringskalender/eksport.csv")).andReturn()
			.getResponse().getContentAsByteArray());
		assertThat(klarert).filteredOn(l -> l.get(4).equals("TB2085-2")).singleElement()
			.satisfies(l -> assertThat(l.get(3)).isEqualTo(HEMMELIG))
			.satisfies(l -> assertThat(l.get(7)).isEqualTo(merknad));
		assertThat(klarert).filteredOn(l -> l.get(4).equals("TB2085-1")).singleElement()
			.satisfies(l -> assertThat(l.get(7)).isEmpty());
		List<List<String>> uklarert = csv(mvc.perform(mai(LESER, "/rapporteringskalender/eksport.csv")).andReturn()
			.getResponse().getContentAsByteArray());
		assertThat(uklarert).filteredOn(l -> l.get(4).equals("TB2085-2")).singleElement()
			.satisfies(l -> assertThat(l.get(7)).isEmpty());

		for (String bruker : List.of(KLARERT, LESER)) {
			try (XSSFWorkbook bok = new XSSFWorkbook(new ByteArrayInputStream(mvc.perform(mai(bruker,
					"/rapporteringskalender/eksport.xlsx")).andReturn().getResponse().getContentAsByteArray()))) {
				Row rad = bok.getSheetAt(0).getRow(5);
				assertThat(rad.getCell(4).getStringCellValue()).isEqualTo("TB2085-2");
				assertThat(celler(rad).get(7)).as(bruker).isEqualTo(bruker.equals(KLARERT) ? merknad : "");
			}
		}
	}

	@Test
	void theExportsObeyThePagesFiltersAndSayThemInTheirNames() throws Exception {
		// Agency and type.
		List<List<String>> frister = csv(mvc.perform(mai(LESER, "/rapporteringskalender/eksport.csv")
			.param("etat", "Hdir").param("type", "FRIST"))
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"rapporteringskalender-hdir-oppdragsfrist-mai-2085-" + idag + ".csv\""))
			.andReturn().getResponse().getContentAsByteArray());
		assertThat(frister.subList(1, frister.size()).stream().map(l -> l.get(4)).toList())
			.containsExactly("TB2085-1", "TB2085-2");
		List<List<String>> hdirAlle = csv(mvc.perform(mai(LESER, "/rapporteringskalender/eksport.csv")
			.param("etat", String.valueOf(hdir))).andReturn().getResponse().getContentAsByteArray());
		assertThat(hdirAlle.stream().map(l -> l.get(3)).toList()).doesNotContain("Tilsynsmøte 2085").hasSize(5);
		assertThat(hdirAlle.subList(1, hdirAlle.size()).stream().map(l -> l.get(3)).toList())
			.isEqualTo(somICsv(titlerPaaSiden(mai(LESER).param("etat", String.valueOf(hdir)))));

		// A Norwegian letter in the name: spelled out in filename, kept in filename*.
		String saerskilt = mvc.perform(mai(LESER, "/rapporteringskalender/eksport.xlsx").param("type", "SAERSKILT"))
			.andReturn().getResponse().getHeader("Content-Disposition");
		assertThat(saerskilt).startsWith("attachment; filename=\"rapporteringskalender-saerskilt-rapportering-mai-2085-"
				+ idag + ".xlsx\"; filename*=UTF-8''rapporteringskalender-s%C3%A6rskilt-rapportering-mai-2085-");
		assertThat(ContentDisposition.parse(saerskilt).getFilename())
			.isEqualTo("rapporteringskalender-særskilt-rapportering-mai-2085-" + idag + ".xlsx");

		// A division narrows the deadlines (these are routed to none); calendar rows concern the whole agency.
		List<List<String>> divisjon = csv(mvc.perform(get("/rapporteringskalender/eksport.csv")
			.param("visning", "maned").param("maned", MAI).param("divisjon", String.valueOf(folkehelse.id()))
			.with(user(LESER)))
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"rapporteringskalender-divisjon-folkehelse-mai-2085-" + idag + ".csv\""))
			.andReturn().getResponse().getContentAsByteArray());
		assertThat(divisjon.subList(1, divisjon.size()).stream().map(l -> l.get(3)).toList())
			.containsExactly("Etatsstyringsmøte 2085", "Tilsynsmøte 2085", "'=Særskilt rapport 2085");

		// A lead starts at the own division, as on the page; «Alle» (the parameter empty) gives every division.
		MockHttpServletRequestBuilder lederensEgen = get("/rapporteringskalender/eksport.csv").param("visning", "maned")
			.param("maned", MAI).with(user(LEDER));
		List<List<String>> egen = csv(mvc.perform(lederensEgen)
			.andExpect(header().string("Content-Disposition", containsString("-divisjon-folkehelse-mai-2085-")))
			.andReturn().getResponse().getContentAsByteArray());
		assertThat(egen.stream().map(l -> l.get(4)).toList()).doesNotContain("TB2085-1", "TB2085-2");
		List<List<String>> alle = csv(mvc.perform(mai(LEDER, "/rapporteringskalender/eksport.csv"))
			.andReturn().getResponse().getContentAsByteArray());
		assertThat(alle.stream().map(l -> l.get(4)).toList()).contains("TB2085-1", "TB2085-2");

		// The other views, named after theirs.
		mvc.perform(get("/rapporteringskalender/eksport.csv").param("dager", "90").with(user(LESER)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"rapporteringskalender-neste-90-dager-" + idag + ".csv\""));
		mvc.perform(get("/rapporteringskalender/eksport.xlsx").param("visning", "forfalt").with(user(LESER)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"rapporteringskalender-forfalte-frister-" + idag + ".xlsx\""));
	}

	@Test
	void thePageLinksToTheExportsOfWhatItShows() throws Exception {
		String side = mvc.perform(mai(LESER).param("etat", String.valueOf(hdir)).param("type", "FRIST"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String sporring = "?visning=maned&amp;maned=2085-05&amp;etat=" + hdir + "&amp;type=FRIST&amp;divisjon=";
		assertThat(side).contains("href=\"/rapporteringskalender/eksport.xlsx" + sporring + "\"",
				"href=\"/rapporteringskalender/eksport.csv" + sporring + "\"");
		// A lead's own division goes along, so the file holds what the lead sees.
		String lederside = mvc.perform(get("/rapporteringskalender").param("visning", "maned").param("maned", MAI)
			.with(user(LEDER))).andReturn().getResponse().getContentAsString();
		assertThat(lederside).contains("href=\"/rapporteringskalender/eksport.xlsx?visning=maned&amp;maned=2085-05"
				+ "&amp;divisjon=" + folkehelse.id() + "\"");
		// Nothing shown, nothing offered.
		String tom = mvc.perform(get("/rapporteringskalender").param("visning", "maned").param("maned", "2086-02")
			.with(user(LESER))).andReturn().getResponse().getContentAsString();
		assertThat(tom).doesNotContain("/rapporteringskalender/eksport.");
	}

	@Test
	void aBadChoiceGetsTheCalendarsNorwegianMessage() throws Exception {
		mvc.perform(get("/rapporteringskalender/eksport.xlsx").param("visning", "uke").with(user(LESER)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Ukjent visning «uke».")));
		mvc.perform(get("/rapporteringskalender/eksport.csv").param("dager", "45").with(user(LESER)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Velg 30 eller 90 dager.")));
		mvc.perform(get("/rapporteringskalender/eksport.csv").param("dager", "tretti").with(user(LESER)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Velg 30 eller 90 dager.")));
		mvc.perform(get("/rapporteringskalender/eksport.csv").param("visning", "maned").param("maned", "mai")
			.with(user(LESER)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Måneden må skrives som april 2025, ikke «mai».")));
		mvc.perform(get("/rapporteringskalender/eksport.xlsx").param("etat", "Finnesikke").with(user(LESER)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Fant ingen etat «Finnesikke».")));
		mvc.perform(get("/rapporteringskalender/eksport.csv")).andExpect(status().is3xxRedirection());
	}

	/**
	 * A bookmarked month without {@code visning} is that month, on the page and in both files, not the next 30 days;
	 * a view named beside it still rules.
	 */
	@Test
	void aMonthAloneIsTheMonthViewOnThePageAndInTheExports() throws Exception {
		List<String> maaned = titlerPaaSiden(mai(LESER));
		assertThat(maaned).contains("Etatsstyringsmøte 2085");
		String side = mvc.perform(get("/rapporteringskalender").param("maned", MAI).param("divisjon", "")
			.with(user(LESER))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(side).contains("Mai 2085");
		assertThat(titlerPaaSiden(get("/rapporteringskalender").param("maned", MAI).param("divisjon", "")
			.with(user(LESER)))).isEqualTo(maaned);
		MvcResult csv = mvc.perform(get("/rapporteringskalender/eksport.csv").param("maned", MAI).param("divisjon", "")
			.with(user(LESER))).andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"rapporteringskalender-mai-2085-" + idag + ".csv\""))
			.andReturn();
		assertThat(csv(csv.getResponse().getContentAsByteArray()).stream().skip(1).map(l -> l.get(3)).toList())
			.isEqualTo(somICsv(maaned));
		mvc.perform(get("/rapporteringskalender/eksport.xlsx").param("maned", MAI).with(user(LESER)))
			.andExpect(status().isOk()).andExpect(header().string("Content-Disposition",
					"attachment; filename=\"rapporteringskalender-mai-2085-" + idag + ".xlsx\""));
		// A month beside another view: the view named, as before.
		assertThat(titlerPaaSiden(get("/rapporteringskalender").param("visning", "kommende").param("maned", MAI)
			.param("divisjon", "").with(user(LESER)))).doesNotContain("Etatsstyringsmøte 2085");
		mvc.perform(get("/rapporteringskalender/eksport.csv").param("maned", "2085-13").with(user(LESER)))
			.andExpect(status().isBadRequest());
	}

	private MockHttpServletRequestBuilder mai(String bruker) {
		return mai(bruker, "/rapporteringskalender");
	}

	/** May 2085, every division (the parameter empty, as «Alle» sends it). */
	private MockHttpServletRequestBuilder mai(String bruker, String sti) {
		return get(sti).param("visning", "maned").param("maned", MAI).param("divisjon", "").with(user(bruker));
	}

	/** The titles in the page's table, in its order. */
	private List<String> titlerPaaSiden(MockHttpServletRequestBuilder foresporsel) throws Exception {
		String html = mvc.perform(foresporsel).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		Matcher m = Pattern.compile("<td class=\"hel-linje\">\\s*<span>([^<]*)</span>").matcher(html);
		List<String> titler = new ArrayList<>();
		while (m.find()) {
			titler.add(org.springframework.web.util.HtmlUtils.htmlUnescape(m.group(1)));
		}
		return titler;
	}

	/** A title that starts with = is written '= in the CSV, so Excel shows it rather than runs it. */
	private static List<String> somICsv(List<String> titler) {
		return titler.stream().map(t -> t.startsWith("=") ? "'" + t : t).toList();
	}

	private static List<String> celler(Row rad) {
		DataFormatter format = new DataFormatter();
		List<String> celler = new ArrayList<>();
		for (int i = 0; i < KOLONNER.size(); i++) {
			Cell celle = rad.getCell(i);
			celler.add(celle == null ? "" : format.formatCellValue(celle));
		}
		return celler;
	}

	/** Lines of fields; the files' fields hold no separators or quotes, so a plain split reads them. */
	private static List<List<String>> csv(byte[] bytes) {
		String tekst = new String(bytes, StandardCharsets.UTF_8);
		assertThat(tekst).startsWith("\uFEFF");
		List<List<String>> linjer = new ArrayList<>();
		for (String linje : tekst.substring(1).split("\r\n")) {
			linjer.add(List.of(linje.split(";", -1)));
		}
		return linjer;
	}

	private static String tekst(MvcResult svar, String sti) throws Exception {
		byte[] bytes = svar.getResponse().getContentAsByteArray();
		if (!sti.endsWith(".xlsx")) {
			return new String(bytes, StandardCharsets.UTF_8);
		}
		StringBuilder tekst = new StringBuilder();
		try (XSSFWorkbook bok = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			DataFormatter format = new DataFormatter();
			for (Row rad : bok.getSheetAt(0)) {
				for (Cell celle : rad) {
					tekst.append(format.formatCellValue(celle)).append('\t');
				}
				tekst.append('\n');
			}
		}
		return tekst.toString();
	}
}
