package no.hod.styringsregister.rapporter;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.jayway.jsonpath.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.oppdrag.OppdragImport.OppdragData;
import no.hod.styringsregister.oppdrag.OppdragImport.Tekstdel;
import no.hod.styringsregister.oppdrag.OppdragImport.Unntak;
import no.hod.styringsregister.oppdrag.OppdragQueries;
import no.hod.styringsregister.oppdrag.OppdragStatus;
import no.hod.styringsregister.oppdrag.OppdragUpdates;
import no.hod.styringsregister.organisasjon.Enhet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A delayed assignment carried over at the year end: its copy (Videreført) brings the delay's expected date and reason,
 * and the status report shows them in every format as the copy's page and the API do, the reason of a wholly exempt
 * one to cleared readers only. An agency and a year (2017, its copies in 2018) no other test uses.
 */
@no.hod.styringsregister.testsupport.IntegrationTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VidereforteRapportTests extends RapportTestoppsett {

	static final int AAR = 2017;

	static final String ETAT = "Etaten med videreførte forsinkelser";

	static final String AAPENT = "VR" + AAR + "-1";

	static final String UNNTATT = "VR" + AAR + "-2";

	static final String GRUNN = "Venter på tall fra kommunene";

	static final String HEMMELIG_GRUNN = "Blåbærlageret er tomt";

	static final LocalDate FORVENTET = LocalDate.now(java.time.ZoneId.of("Europe/Oslo")).plusMonths(3);

	/** The report's long date, written here on its own: {@code 1. mars 2027}. */
	static final String FORVENTET_TEKST = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("nb-NO"))
		.format(FORVENTET);

	static final RequestPostProcessor KLARERT = user("vr-adm").roles("ADMIN");

	static final RequestPostProcessor UKLARERT = user("vr-sb").roles("HOD_SAKSBEHANDLER");

	@Autowired
	OppdragUpdates oppdragUpdates;

	String kopi;

	String unntattKopi;

	@BeforeAll
	void forsinketOgVidereført() throws Exception {
		RapportFixtur fixtur = new RapportFixtur(mvc, organisasjon, jdbc, "vr-adm");
		CurrentUser admin = brukere.create(new NyBruker("vr-adm", "Vr Admin", "et-langt-passord", Rolle.ADMIN, null,
				true, null));
		long etat = fixtur.nyEtat(ETAT);
		Enhet divisjon = fixtur.nyDivisjon(etat, "Divisjon for videreførte forsinkelser");
		CurrentUser leder = brukere.create(new NyBruker("vr-leder", "Vr Leder", "et-langt-passord", Rolle.HDIR_LEDER,
				divisjon.id(), true, null));
		brukere.create(new NyBruker("vr-sb", "Vr Sb", "et-langt-passord", Rolle.HOD_SAKSBEHANDLER, null, false, null));
		oppdragImport.apply(740_117, AAR, etat, List.of(oppdrag(AAPENT, "Journalføring i kommunene", Unntak.NONE),
				oppdrag(UNNTATT, "Beredskapslageret", Unntak.WHOLE)));
		oppdragUpdates.route(List.of(AAPENT, UNNTATT), divisjon.id(), null, admin);
		oppdragUpdates.changeStatus(AAPENT, OppdragStatus.FORSINKET, null, FORVENTET, GRUNN, leder);
		oppdragUpdates.changeStatus(UNNTATT, OppdragStatus.FORSINKET, null, FORVENTET, HEMMELIG_GRUNN, leder);
		mvc.perform(post("/oppdrag/videreforing").param("aar", String.valueOf(AAR)).param("bekreftet", "true")
			.with(KLARERT).with(csrf())).andExpect(status().is3xxRedirection());
		kopi = kopiAv(AAPENT);
		unntattKopi = kopiAv(UNNTATT);
	}

	private String kopiAv(String opphav) {
		return jdbc.queryForObject("SELECT n.visnings_id FROM oppdrag n JOIN oppdrag o ON o.id = n.opphav_id "
				+ "WHERE o.visnings_id = ?", String.class, opphav);
	}

	@Test
	void theCopysPageAndApiShowTheReasonAndDateItBrought() throws Exception {
		String json = api(kopi, KLARERT);
		assertThat((String) JsonPath.read(json, "$.status")).isEqualTo("VIDEREFORT");
		assertThat((String) JsonPath.read(json, "$.reason")).isEqualTo(GRUNN);
		assertThat((String) JsonPath.read(json, "$.expectedDate")).isEqualTo(FORVENTET.toString());
		assertThat((String) JsonPath.read(api(unntattKopi, KLARERT), "$.reason")).isEqualTo(HEMMELIG_GRUNN);
		String uklarert = api(unntattKopi, UKLARERT);
		assertThat((Boolean) JsonPath.read(uklarert, "$.reasonWithheld")).isTrue();
		assertThat(uklarert).doesNotContain(HEMMELIG_GRUNN);
	}

	@Test
	void thePageReportShowsTheCarriedOverReasonAndExpectedDate() throws Exception {
		String klarert = videreforte(side(KLARERT));
		assertThat(StatusRapportTests.rad(klarert, kopi)).containsPattern(begrunnelse(GRUNN))
			.contains(FORVENTET_TEKST);
		assertThat(StatusRapportTests.rad(klarert, unntattKopi)).containsPattern(begrunnelse(HEMMELIG_GRUNN))
			.contains(FORVENTET_TEKST);

		String uklarert = videreforte(side(UKLARERT));
		assertThat(StatusRapportTests.rad(uklarert, kopi)).containsPattern(begrunnelse(GRUNN))
			.contains(FORVENTET_TEKST);
		// The expected date is public, as on the page; the reason of a wholly exempt one is not.
		assertThat(StatusRapportTests.rad(uklarert, unntattKopi)).containsPattern(begrunnelse(OppdragQueries.UNNTATT))
			.contains(FORVENTET_TEKST);
		assertThat(side(UKLARERT)).doesNotContain(HEMMELIG_GRUNN);
	}

	/** The reason cell: its column's name (shown on a phone) and the value. */
	private static String begrunnelse(String verdi) {
		return "Begrunnelse</span>\\s*" + java.util.regex.Pattern.quote(verdi) + "\\s*</td>";
	}

	@Test
	void theSpreadsheetsCarriedOverSheetHasTheReasonAndTheDate() throws Exception {
		try (XSSFWorkbook bok = new XSSFWorkbook(new ByteArrayInputStream(fil("/rapporter/status.xlsx", KLARERT)))) {
			Sheet ark = bok.getSheet("Videreført");
			Row rad = rad(ark, kopi);
			assertThat(celle(ark, rad, "Begrunnelse")).isEqualTo(GRUNN);
			assertThat(rad.getCell(kolonne(ark, "Forventet dato")).getLocalDateTimeCellValue().toLocalDate())
				.isEqualTo(FORVENTET);
			assertThat(celle(ark, rad(ark, unntattKopi), "Begrunnelse")).isEqualTo(HEMMELIG_GRUNN);
		}
		try (XSSFWorkbook bok = new XSSFWorkbook(new ByteArrayInputStream(fil("/rapporter/status.xlsx", UKLARERT)))) {
			Sheet ark = bok.getSheet("Videreført");
			assertThat(celle(ark, rad(ark, kopi), "Begrunnelse")).isEqualTo(GRUNN);
			assertThat(celle(ark, rad(ark, unntattKopi), "Begrunnelse")).isEqualTo(OppdragQueries.UNNTATT);
		}
	}

	@Test
	void thePdfShowsTheCarriedOverReasonToTheClearedOnly() throws Exception {
		String klarert = pdf(KLARERT);
		assertThat(klarert.substring(klarert.lastIndexOf("Videreførte oppdrag"))).contains(GRUNN)
			.contains(HEMMELIG_GRUNN);
		String uklarert = pdf(UKLARERT);
		assertThat(uklarert.substring(uklarert.lastIndexOf("Videreførte oppdrag"))).contains(GRUNN);
		assertThat(uklarert).doesNotContain(HEMMELIG_GRUNN);
	}

	// --- helpers

	private static OppdragData oppdrag(String id, String tittel, Unntak unntak) {
		return new OppdragData(id, "1.1", "Mål", List.of("FHA"), tittel,
				List.of(new Tekstdel("Tekst om " + tittel.toLowerCase() + ".", unntak == Unntak.WHOLE)),
				List.of(LocalDate.of(AAR, 10, 1)), null, unntak, List.of(), List.of());
	}

	private String api(String id, RequestPostProcessor hvem) throws Exception {
		return mvc.perform(get("/api/oppdrag/" + id).with(hvem)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private byte[] fil(String sti, RequestPostProcessor hvem) throws Exception {
		return mvc.perform(get(sti).param("agency", ETAT).param("year", String.valueOf(AAR + 1)).with(hvem))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
	}

	private String side(RequestPostProcessor hvem) throws Exception {
		return new String(fil("/rapporter/status", hvem), java.nio.charset.StandardCharsets.UTF_8);
	}

	private static String videreforte(String html) {
		return html.substring(html.indexOf("class=\"videreforte\""));
	}

	private String pdf(RequestPostProcessor hvem) throws Exception {
		try (PDDocument dok = Loader.loadPDF(fil("/rapporter/status.pdf", hvem))) {
			// Cells wrap: read the words, not the lines.
			return new PDFTextStripper().getText(dok).replaceAll("\\s+", " ");
		}
	}

	private static int kolonne(Sheet ark, String navn) {
		for (Row r : ark) {
			for (Cell c : r) {
				if (navn.equals(new DataFormatter().formatCellValue(c))) {
					return c.getColumnIndex();
				}
			}
		}
		throw new AssertionError("No column " + navn + " in " + ark.getSheetName());
	}

	private static String celle(Sheet ark, Row rad, String kolonne) {
		return new DataFormatter().formatCellValue(rad.getCell(kolonne(ark, kolonne)));
	}

	private static Row rad(Sheet ark, String id) {
		for (Row r : ark) {
			Cell c = r.getCell(0);
			if (c != null && id.equals(new DataFormatter().formatCellValue(c))) {
				return r;
			}
		}
		throw new AssertionError("No row for " + id + " in " + ark.getSheetName());
	}
}
