package no.hod.styringsregister.rapporter;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.oppdrag.OppdragImport.OppdragData;
import no.hod.styringsregister.oppdrag.OppdragImport.Tekstdel;
import no.hod.styringsregister.oppdrag.OppdragImport.Unntak;
import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.web.Formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the report's cells hold and where they stand: in the PDF a long word stays inside its column, whichever column
 * of whichever table, and the deadline of a wholly exempt assignment reads as it does on every other page, for a
 * cleared and an uncleared reader, on the page, in the spreadsheet and in the PDF.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatusRapportCellerTests extends RapportTestoppsett {

	/** The demo's division whose name printed over the deadline. */
	static final String DIVISJON = "Divisjon spesialisthelsetjenester";

	/** One word wider than any column. */
	static final String AVDELING = "Kvalitetsforbedringspasientsikkerhetsovervåkningsavdelingen";

	static final String LANG_TITTEL = "Gjennomgang av legemiddelforsyningssikkerhetsberedskapslagerordningene "
			+ "i spesialisthelsetjenesten";

	static final String LANG_FRIST_TEKST = "Løpendeoppfølgingsrapporteringitertialrapporteringen";

	static final String LANG_NOTAT = "Statusoppdateringsrapporteringsrutinegjennomgangen er i gang";

	static final String LANG_GRUNN = "Venter på ferdigstillelsesdokumentasjonsgjennomgangsrapporten fra kommunene";

	static final String HEMMELIG_FRIST_TEKST = "Innen beredskapsøvelsen Tyttebær";

	final int aar = LocalDate.now(Formats.OSLO).getYear();

	final String etat = "Celleetat " + System.nanoTime();

	/** Ids of their own: an official id belongs to one letter's assignment. */
	final String forsok = "C" + (System.nanoTime() % 1_000_000) + "-";

	final String frist31Mars = new Formats().dato(LocalDate.of(aar, 3, 31));

	RapportFixtur fixtur;

	@BeforeAll
	void etAarMedLangeOrd() throws Exception {
		fixtur = new RapportFixtur(mvc, organisasjon, jdbc, "c-adm");
		brukere.create(new NyBruker("c-adm", "Celle Admin", "et-langt-passord", Rolle.ADMIN, null, true, null));
		brukere.create(new NyBruker("c-sb", "Celle Saksbehandler", "et-langt-passord", Rolle.HOD_SAKSBEHANDLER, null,
				false, null));
		brukere.create(new NyBruker("c-sbk", "Celle Klarert", "et-langt-passord", Rolle.HOD_SAKSBEHANDLER, null, true,
				null));
		long etatId = fixtur.nyEtat(etat);
		long divisjon = fixtur.nyDivisjon(etatId, DIVISJON).id();
		mvc.perform(post("/admin/organisasjon/avdeling").param("divisjonId", String.valueOf(divisjon))
			.param("navn", AVDELING).with(user("c-adm").roles("ADMIN")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		long avdeling = organisasjon.avdelinger(divisjon).get(0).id();

		LocalDate ifjor = LocalDate.of(aar - 1, 12, 31);
		oppdragImport.apply(700_070, aar, etatId, List.of(
				oppdrag(id(1), LANG_TITTEL, Unntak.NONE, List.of(LocalDate.of(aar, 3, 31)), null),
				oppdrag(id(2), "Oppfølging uten dato", Unntak.NONE, List.of(), LANG_FRIST_TEKST),
				oppdrag(id(3), "Oppdrag som utgår", Unntak.NONE, List.of(LocalDate.of(aar, 11, 1)), null),
				oppdrag(id(4), "Oppdrag med passert frist", Unntak.NONE, List.of(ifjor), null),
				oppdrag(id(5), "Hemmelig uten frist", Unntak.WHOLE, List.of(), null),
				oppdrag(id(6), "Hemmelig med frist", Unntak.WHOLE, List.of(LocalDate.of(aar, 6, 30)), null),
				oppdrag(id(7), "Hemmelig med frist i ord", Unntak.WHOLE, List.of(), HEMMELIG_FRIST_TEKST)));
		for (int i = 1; i <= 7; i++) {
			mvc.perform(post("/oppdrag/" + id(i) + "/ruting").param("divisjon", String.valueOf(divisjon))
				.param("avdeling", String.valueOf(avdeling)).with(user("c-adm").roles("ADMIN")).with(csrf()))
				.andExpect(status().is3xxRedirection());
		}
		String forventet = LocalDate.now(Formats.OSLO).plusMonths(3).toString();
		fixtur.settStatus("c-adm", "ADMIN", id(1), "{\"status\": \"PAAGAAR\", \"note\": \"" + LANG_NOTAT + "\"}");
		fixtur.settStatus("c-adm", "ADMIN", id(2), "{\"status\": \"FORSINKET\", \"expectedDate\": \"" + forventet
				+ "\", \"reason\": \"" + LANG_GRUNN + "\"}");
		fixtur.settStatus("c-adm", "ADMIN", id(3), "{\"status\": \"UTGAAR\", \"reason\": \"" + LANG_GRUNN + "\"}");
		fixtur.settStatus("c-adm", "ADMIN", id(5), "{\"status\": \"FORSINKET\", \"expectedDate\": \"" + forventet
				+ "\", \"reason\": \"Hemmelig grunn\"}");
	}

	String id(int n) {
		return forsok + n;
	}

	@Test
	void aLongWordInThePdfStaysInsideItsColumnInEveryTable() throws Exception {
		byte[] fil = hent("c-sbk", "/rapporter/status.pdf").getResponse().getContentAsByteArray();
		// Kept for a look, as the browser tests keep their screenshots.
		java.nio.file.Path kopi = java.nio.file.Path.of("target", "rapporter", "statusrapport-lange-ord.pdf");
		java.nio.file.Files.createDirectories(kopi.getParent());
		java.nio.file.Files.write(kopi, fil);
		try (PDDocument pdf = Loader.loadPDF(fil)) {
			PdfTabeller tabeller = PdfTabeller.les(pdf);
			// The borders were found, so the checks below look at real cells.
			assertThat(tabeller.loddrette).isGreaterThan(20);
			assertThat(tabeller.utenforCellen()).as("glyfer utenfor cellen sin").isEmpty();
			assertThat(tabeller.ordOverKant()).as("ord over cellekanten").isEmpty();

			// The goal's table: every long text whole, in its own column, the deadline readable beside the unit.
			List<String> rad = tabeller.rad(id(1));
			assertThat(rad).hasSize(6);
			assertThat(utenMellomrom(rad.get(1))).isEqualTo(utenMellomrom(LANG_TITTEL));
			assertThat(utenMellomrom(rad.get(2))).isEqualTo(utenMellomrom(DIVISJON + ", " + AVDELING));
			assertThat(rad.get(3)).isEqualTo(frist31Mars);
			assertThat(utenMellomrom(rad.get(5))).isEqualTo(utenMellomrom(LANG_NOTAT));
			assertThat(utenMellomrom(tabeller.rad(id(2)).get(3))).isEqualTo(LANG_FRIST_TEKST);
			// The deviations: Forsinket (its reason), Utgår (four columns) and a passed deadline.
			assertThat(tabeller.raderFor(id(2))).hasSize(2);
			assertThat(utenMellomrom(tabeller.raderFor(id(2)).get(1).get(5))).isEqualTo(utenMellomrom(LANG_GRUNN));
			List<String> utgaar = tabeller.raderFor(id(3)).get(1);
			assertThat(utgaar).hasSize(4);
			assertThat(utenMellomrom(utgaar.get(3))).isEqualTo(utenMellomrom(LANG_GRUNN));
			assertThat(tabeller.raderFor(id(4))).hasSize(2);
			assertThat(utenMellomrom(tabeller.raderFor(id(4)).get(1).get(2)))
				.isEqualTo(utenMellomrom(DIVISJON + ", " + AVDELING));
		}
	}

	@Test
	void aWhollyExemptAssignmentWithoutADeadlineSaysSoInEveryFormat() throws Exception {
		for (String leser : List.of("c-sb", "c-sbk")) {
			// The page: in the goal's table and among the delayed.
			String html = hent(leser, "/rapporter/status").getResponse().getContentAsString();
			List<List<String>> rader = rader(html, id(5));
			assertThat(rader).as(leser).hasSize(2);
			rader.forEach(r -> assertThat(r.get(3)).as(leser).isEqualTo("Ingen frist oppgitt"));
			// A date is public: it is shown as it is.
			assertThat(rader(html, id(6)).get(0).get(3)).as(leser).isEqualTo("30. juni " + aar);

			byte[] xlsx = hent(leser, "/rapporter/status.xlsx").getResponse().getContentAsByteArray();
			try (XSSFWorkbook bok = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
				assertThat(tekst(rad(bok.getSheet("Status"), id(5)).getCell(3))).as(leser).isEqualTo("Ingen frist oppgitt");
				assertThat(tekst(rad(bok.getSheet("Avvik"), id(5)).getCell(3))).as(leser).isEqualTo("Ingen frist oppgitt");
				assertThat(tekst(rad(bok.getSheet("Status"), id(6)).getCell(3))).as(leser).isEqualTo("30. juni " + aar);
			}

			byte[] fil = hent(leser, "/rapporter/status.pdf").getResponse().getContentAsByteArray();
			try (PDDocument pdf = Loader.loadPDF(fil)) {
				PdfTabeller tabeller = PdfTabeller.les(pdf);
				List<List<String>> pdfRader = tabeller.raderFor(id(5));
				assertThat(pdfRader).as(leser).hasSize(2);
				pdfRader.forEach(r -> assertThat(r.get(3)).as(leser).isEqualTo("Ingen frist oppgitt"));
				assertThat(tabeller.rad(id(6)).get(3)).as(leser).isEqualTo("30. juni " + aar);
			}
		}
	}

	@Test
	void theWordsOfAWhollyExemptDeadlineReachOnlyTheClearedReader() throws Exception {
		// The letter's words for the deadline are the assignment's text: withheld, and then there is no deadline to
		// show, as on the assignment's page and in the list.
		String uklarert = hent("c-sb", "/rapporter/status").getResponse().getContentAsString();
		assertThat(uklarert).doesNotContain(HEMMELIG_FRIST_TEKST);
		assertThat(rader(uklarert, id(7)).get(0).get(3)).isEqualTo("Ingen frist oppgitt");
		byte[] xlsx = hent("c-sb", "/rapporter/status.xlsx").getResponse().getContentAsByteArray();
		try (XSSFWorkbook bok = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(tekst(rad(bok.getSheet("Status"), id(7)).getCell(3))).isEqualTo("Ingen frist oppgitt");
		}
		try (PDDocument pdf = Loader.loadPDF(hent("c-sb", "/rapporter/status.pdf").getResponse().getContentAsByteArray())) {
			assertThat(PdfTabeller.les(pdf).rad(id(7)).get(3)).isEqualTo("Ingen frist oppgitt");
		}
		String klarert = hent("c-sbk", "/rapporter/status").getResponse().getContentAsString();
		assertThat(rader(klarert, id(7)).get(0).get(3)).isEqualTo(HEMMELIG_FRIST_TEKST);
	}

	@Test
	void onAPhoneEachColumnNameIsFollowedByASpaceAndAnEmptyCellHasNone() throws Exception {
		for (String sti : List.of("/rapporter", "/rapporter/status")) {
			String html = hent("c-sbk", sti).getResponse().getContentAsString();
			// The reports page's style adds only the colon: without the space a row read «ID:TB2025-9».
			assertThat(html).as(sti).contains("<span class=\"kun-smal\" aria-hidden=\"true\">ID</span> ")
				.doesNotContainPattern("<span class=\"kun-smal\"[^>]*>[^<]*</span>(?!\\s)");
			// No progress note on the passed deadline: the cell stays empty, as on the desktop, not «Fremdrift:».
			List<String> forfalt = radene(html, id(4));
			assertThat(forfalt).as(sti).isNotEmpty()
				.allSatisfy(rad -> assertThat(rad).as(sti).doesNotContain(">Fremdrift</span>")
					.contains(">Frist</span>"));
		}
		// A note there is keeps its name; so does the delay's reason.
		String status = hent("c-sbk", "/rapporter/status").getResponse().getContentAsString();
		assertThat(radene(status, id(1)).get(0)).contains(">Fremdrift</span> " + LANG_NOTAT);
		assertThat(radene(hent("c-sbk", "/rapporter").getResponse().getContentAsString(), id(2)).get(0))
			.contains(">Begrunnelse</span> " + LANG_GRUNN);
	}

	/**
	 * Nothing was carried over to this agency's year: the page, the PDF and the spreadsheet's sheet «Videreført» say
	 * so in the same words, rather than the sheet standing empty under its column names.
	 */
	@Test
	void withNothingCarriedOverEveryFormatSaysSoInTheSameWords() throws Exception {
		String ingen = "Ingen oppdrag er videreført til dette året.";
		assertThat(hent("c-sbk", "/rapporter/status").getResponse().getContentAsString())
			.contains("<p>" + ingen + "</p>");
		byte[] fil = hent("c-sbk", "/rapporter/status.pdf").getResponse().getContentAsByteArray();
		try (PDDocument pdf = Loader.loadPDF(fil)) {
			assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).contains(ingen);
		}
		byte[] xlsx = hent("c-sbk", "/rapporter/status.xlsx").getResponse().getContentAsByteArray();
		try (XSSFWorkbook bok = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet ark = bok.getSheet("Videreført");
			Row hode = rad(ark, "ID");
			assertThat(tekst(ark.getRow(hode.getRowNum() + 1).getCell(0))).isEqualTo(ingen);
			assertThat(ark.getLastRowNum()).isEqualTo(hode.getRowNum() + 1);
		}
	}

	// --- helpers

	private static OppdragData oppdrag(String id, String tittel, Unntak unntak, List<LocalDate> frister,
			String fristTekst) {
		List<Tekstdel> deler = new ArrayList<>();
		deler.add(new Tekstdel("Direktoratet skal følge opp " + tittel.toLowerCase() + ".", unntak == Unntak.WHOLE));
		return new OppdragData(id, "1.1", "Mål", List.of(), tittel, deler, frister, fristTekst, unntak, List.of(),
				List.of());
	}

	private org.springframework.test.web.servlet.MvcResult hent(String bruker, String sti) throws Exception {
		return mvc.perform(get(sti).param("agency", etat).param("year", String.valueOf(aar))
			.with(user(bruker).roles("HOD_SAKSBEHANDLER"))).andExpect(status().isOk()).andReturn();
	}

	/** Every table row of the page naming the id (after its column's name), as markup. */
	private static List<String> radene(String html, String id) {
		Matcher m = Pattern.compile("<tr(?: [^>]*)?>(?:(?!</tr>).)*>\\s*" + Pattern.quote(id) + "<(?:(?!</tr>).)*</tr>",
				Pattern.DOTALL).matcher(html);
		List<String> rader = new ArrayList<>();
		while (m.find()) {
			rader.add(m.group());
		}
		return rader;
	}

	/** Every table row of the page naming the id, as the texts of its cells. */
	private static List<List<String>> rader(String html, String id) {
		List<List<String>> rader = new ArrayList<>();
		for (String rad : radene(html, id)) {
			Matcher celle = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL).matcher(rad);
			List<String> celler = new ArrayList<>();
			while (celle.find()) {
				// Without the column's name the page shows before a cell on a phone.
				celler.add(celle.group(1).replaceAll("<span class=\"kun-smal\"[^>]*>[^<]*</span>", "")
					.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip());
			}
			rader.add(celler);
		}
		assertThat(rader).as("rader for " + id).isNotEmpty();
		return rader;
	}

	private static Row rad(Sheet ark, String id) {
		for (Row r : ark) {
			Cell c = r.getCell(0);
			if (c != null && id.equals(new DataFormatter().formatCellValue(c))) {
				return r;
			}
		}
		throw new AssertionError("Ingen rad for " + id + " i " + ark.getSheetName());
	}

	private static String tekst(Cell c) {
		return new DataFormatter().formatCellValue(c);
	}

	private static String utenMellomrom(String s) {
		return s.replaceAll("\\s+", "");
	}
}
