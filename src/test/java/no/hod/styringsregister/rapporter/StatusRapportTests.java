package no.hod.styringsregister.rapporter;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
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
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.oppdrag.OppdragImport.OppdragData;
import no.hod.styringsregister.oppdrag.OppdragImport.Tekstdel;
import no.hod.styringsregister.oppdrag.OppdragImport.Unntak;
import no.hod.styringsregister.oppdrag.OppdragQueries;
import no.hod.styringsregister.oppdrag.OppdragStatus;
import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.web.Formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A year of work through the real workflow (import, routing, status changes by a lead and a desk officer, the year
 * end), with the history's timestamps moved back to dates in that year, then the status report at several cut-off
 * dates in all three formats, for a cleared and an uncleared reader.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatusRapportTests extends RapportTestoppsett {

	/** Years no other test uses. */
	static final int AAR = 2013;

	/** A new expected date may not lie in the past when it is set, though the report's year does. */
	static final LocalDate FORVENTET = LocalDate.now(Formats.OSLO).plusMonths(6);

	static final String HEMMELIG_TITTEL = "Tyttebærsyltetøy";

	static final String HEMMELIG_NOTAT = "Multekrem";

	/** Atop a report that shows a cleared reader exempt content. */
	static final String ADVARSEL = "Inneholder opplysninger unntatt offentlighet (offl. § 22). Skal ikke deles med "
			+ "uvedkommende.";

	@Autowired
	MessageSource tekster;

	long etat;

	long folkehelse;

	RapportFixtur fixtur;

	@BeforeAll
	void etAarMedArbeid() throws Exception {
		fixtur = new RapportFixtur(mvc, organisasjon, jdbc, "r-adm");
		etat = organisasjon.etatByName("Helsedirektoratet").orElseThrow().id();
		folkehelse = organisasjon.divisjoner(etat).stream().filter(d -> d.navn().equals("Divisjon folkehelse"))
			.findFirst().orElseThrow().id();
		brukere.create(new NyBruker("r-adm", "Rapport Admin", "et-langt-passord", Rolle.ADMIN, null, true, null));
		brukere.create(new NyBruker("r-leder", "Rapport Leder", "et-langt-passord", Rolle.HDIR_LEDER, folkehelse, false,
				null));
		brukere.create(new NyBruker("r-sb", "Rapport Saksbehandler", "et-langt-passord", Rolle.HOD_SAKSBEHANDLER, null,
				false, null));
		brukere.create(new NyBruker("r-sbk", "Klarert Saksbehandler", "et-langt-passord", Rolle.HOD_SAKSBEHANDLER, null,
				true, null));

		// The year before: one assignment left open, carried over at the year end.
		long merke = merke();
		oppdragImport.apply(700_001, AAR - 1, etat, List.of(oppdrag("TB" + (AAR - 1) + "-5", "1.1", "Gammelt mål",
				"Journalføring i kommunene", Unntak.NONE, LocalDate.of(AAR - 1, 10, 1))));
		tidfest(merke, (AAR - 1) + "-01-10T12:00:00+01");

		merke = merke();
		oppdragImport.apply(700_002, AAR, etat, List.of(
				oppdrag(tb(1), "3.1", "Bedre folkehelse", "Nasjonalt vaksinasjonsprogram for barn", Unntak.NONE,
						LocalDate.of(AAR, 6, 30)),
				oppdrag(tb(2), "3.2", "Likeverdige tjenester", "Helsetjenester til innsatte", Unntak.PARTS,
						LocalDate.of(AAR, 3, 1)),
				oppdrag(tb(3), "3.2", "Likeverdige tjenester", HEMMELIG_TITTEL + " til beredskapslageret", Unntak.WHOLE,
						LocalDate.of(AAR, 9, 1)),
				oppdrag(tb(4), "2.1", "God kompetanse", "Kompetanseløft i kommunene", Unntak.NONE,
						LocalDate.of(AAR, 5, 1))));
		for (int i = 1; i <= 4; i++) {
			mvc.perform(post("/oppdrag/" + tb(i) + "/ruting").param("divisjon", String.valueOf(folkehelse))
				.with(user("r-adm").roles("ADMIN")).with(csrf())).andExpect(status().is3xxRedirection());
		}
		mvc.perform(post("/oppdrag/videreforing").param("aar", String.valueOf(AAR - 1)).param("bekreftet", "true")
			.with(user("r-adm").roles("ADMIN")).with(csrf())).andExpect(status().is3xxRedirection());
		tidfest(merke, AAR + "-01-15T12:00:00+01");

		merke = merke();
		fixtur.settStatus("r-leder", "HDIR_LEDER", tb(1), "{\"status\": \"PAAGAAR\", \"note\": \"Arbeidet er i gang\"}");
		fixtur.settStatus("r-leder", "HDIR_LEDER", tb(3), "{\"status\": \"PAAGAAR\", \"note\": \"Hemmelig fremdrift "
				+ HEMMELIG_NOTAT + "\"}");
		fixtur.settStatus("r-leder", "HDIR_LEDER", tb(4), "{\"status\": \"PAAGAAR\"}");
		tidfest(merke, AAR + "-03-15T12:00:00+01");

		merke = merke();
		oppdragImport.apply(700_003, AAR, etat, List.of(oppdrag("TTB" + AAR + "-9", "3.1", "Bedre folkehelse",
				"Tilleggsoppdrag om legemidler", Unntak.NONE, LocalDate.of(AAR, 12, 1))));
		tidfest(merke, AAR + "-06-01T12:00:00+02");

		merke = merke();
		fixtur.settStatus("r-leder", "HDIR_LEDER", tb(1), "{\"status\": \"FORSINKET\", \"expectedDate\": \"" + FORVENTET
				+ "\", \"reason\": \"Venter på data fra kommunene\", \"note\": \"Datainnsamling pågår\"}");
		fixtur.settStatus("r-leder", "HDIR_LEDER", tb(4), "{\"status\": \"LEVERT\"}");
		fixtur.settStatus("r-sb", "HOD_SAKSBEHANDLER", tb(2),
				"{\"status\": \"UTGAAR\", \"reason\": \"Erstattet av nytt oppdrag\"}");
		tidfest(merke, AAR + "-08-20T12:00:00+02");

		merke = merke();
		fixtur.settStatus("r-sb", "HOD_SAKSBEHANDLER", tb(4), "{\"status\": \"FULLFORT\"}");
		fixtur.settStatus("r-leder", "HDIR_LEDER", tb(1), "{\"status\": \"LEVERT\", \"note\": \"Rapporten er sendt\"}");
		tidfest(merke, AAR + "-10-01T12:00:00+02");
	}

	static String tb(int n) {
		return "TB" + AAR + "-" + n;
	}

	/**
	 * The report's deviations say what they count, so its figures add up with the start page's: «forsinket» is every
	 * delayed assignment (also one with no deadline in the letter, as the start page's «Forsinket»), «med passert
	 * frist» those overdue and not reported delayed (the start page's overdue count less its «herav … meldt
	 * forsinket»). The summary lists every status, as the start page does, zeros too. The expected figures are the
	 * list's (the start page's numbers link to it), for an agency of its own this year.
	 */
	@Test
	void theDeviationsSayWhatTheyCountAndAddUpWithTheStartPagesFigures() throws Exception {
		int aar = LocalDate.now(Formats.OSLO).getYear();
		LocalDate passert = LocalDate.now(Formats.OSLO).minusDays(10);
		long avviksetaten = fixtur.nyEtat("Avstemmingsetaten");
		String a = "AVS" + aar + "-";
		oppdragImport.apply(700_062, aar, avviksetaten, List.of(
				new OppdragData(a + 1, "1.1", "Mål", List.of("FHA"), "Hemmelig uten frist",
						List.of(new Tekstdel("Tekst.", true)), List.of(), null, Unntak.WHOLE, List.of(), List.of()),
				oppdrag(a + 2, "1.1", "Mål", "Forsinket med passert frist", Unntak.NONE, passert),
				oppdrag(a + 3, "1.1", "Mål", "Ikke startet med passert frist", Unntak.NONE, passert),
				oppdrag(a + 4, "1.1", "Mål", "Pågår med passert frist", Unntak.NONE, passert),
				oppdrag(a + 5, "1.1", "Mål", "Frist fram i tid", Unntak.NONE, FORVENTET)));
		String forsinket = "{\"status\": \"FORSINKET\", \"expectedDate\": \"" + FORVENTET
				+ "\", \"reason\": \"Venter.\"}";
		fixtur.settStatus("r-adm", "ADMIN", a + 1, forsinket);
		fixtur.settStatus("r-adm", "ADMIN", a + 2, forsinket);
		fixtur.settStatus("r-adm", "ADMIN", a + 4, "{\"status\": \"PAAGAAR\"}");

		String liste = "/api/oppdrag?size=1&agency=" + avviksetaten + "&year=" + aar;
		String alle = api(liste);
		long forfalt = ((Number) JsonPath.read(api(liste + "&overdue=true"), "$.total")).longValue();
		long forfaltForsinket = ((Number) JsonPath.read(api(liste + "&overdue=true&status=FORSINKET"), "$.total"))
			.longValue();
		long antallForsinket = antall(alle, OppdragStatus.FORSINKET);
		assertThat(antallForsinket).isGreaterThan(forfaltForsinket);

		String html = mvc.perform(get("/rapporter/status").param("agency", String.valueOf(avviksetaten))
			.param("year", String.valueOf(aar)).with(user("r-sbk").roles("HOD_SAKSBEHANDLER")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("Avvik: " + antallForsinket + " forsinket, " + (forfalt - forfaltForsinket)
				+ " med passert frist som ikke er meldt forsinket, " + antall(alle, OppdragStatus.UTGAAR) + " utgår.");
		String sammendrag = html.substring(html.indexOf("class=\"sammendrag\""), html.indexOf("</table>",
				html.indexOf("class=\"sammendrag\"")));
		for (OppdragStatus s : OppdragStatus.values()) {
			assertThat(sammendrag).as(s.name()).contains("<th scope=\"row\">"
					+ tekster.getMessage("oppdrag.status." + s.name(), null, Formats.NORSK) + "</th><td class=\"num\">"
					+ antall(alle, s) + "</td>");
		}
	}

	private String api(String sti) throws Exception {
		return mvc.perform(get(sti).with(user("r-sbk").roles("HOD_SAKSBEHANDLER"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
	}

	private static long antall(String liste, OppdragStatus status) {
		return ((Number) JsonPath.read(liste, "$.statusCounts." + status.name())).longValue();
	}

	@Test
	void atTheStartOfTheYearEverythingIsNotStartedAndLaterAssignmentsAreMissing() throws Exception {
		String html = side("r-sbk", AAR + "-02-01");
		assertThat(rad(html, tb(1))).contains("Ikke startet").contains("Divisjon folkehelse")
			.doesNotContain("Arbeidet er i gang");
		assertThat(rad(html, tb(2))).contains("Ikke startet");
		assertThat(html).doesNotContain("TTB" + AAR + "-9").doesNotContain("Tilleggsoppdrag om legemidler");
		// Carried over from the year before, linked to its origin.
		assertThat(html).contains("TB" + (AAR - 1) + "-5 (" + (AAR - 1) + ")").contains("Journalføring i kommunene");
		assertThat(html).contains("1. februar " + AAR);
		// The only deviation: the carried-over assignment, whose deadline was last year.
		String avvik = html.substring(html.indexOf("class=\"avvik\""), html.indexOf("class=\"videreforte\""));
		assertThat(avvik).contains("Journalføring i kommunene").doesNotContain("TB" + AAR + "-")
			.doesNotContain("Forsinket");
	}

	@Test
	void inAprilTheProgressNoteAndTheFirstMissedDeadlineShow() throws Exception {
		String html = side("r-sbk", AAR + "-04-30");
		assertThat(rad(html, tb(1))).contains("Pågår").contains("Arbeidet er i gang");
		assertThat(html).doesNotContain("TTB" + AAR + "-9");
		String avvik = html.substring(html.indexOf("class=\"avvik\""));
		assertThat(avvik).contains("Fristen er passert uten levering").contains(tb(2)).doesNotContain(tb(1) + "<");
	}

	@Test
	void on31AugustTheDeviationsAreThoseOfThatDay() throws Exception {
		String html = side("r-sbk", AAR + "-08-31");
		// The row's text: the date is marked up to be kept whole on paper.
		assertThat(rad(html, tb(1)).replaceAll("<[^>]+>", "")).contains("Forsinket").contains("Datainnsamling pågår")
			.contains("forventet " + new Formats().dato(FORVENTET));
		assertThat(rad(html, tb(4))).contains("Levert");
		assertThat(rad(html, tb(2))).contains("Utgår");
		assertThat(rad(html, "TTB" + AAR + "-9")).contains("Tilleggsoppdrag om legemidler").contains("Ikke rutet");
		String avvik = html.substring(html.indexOf("class=\"avvik\""), html.indexOf("class=\"videreforte\""));
		assertThat(avvik).contains("Venter på data fra kommunene").contains(new Formats().dato(FORVENTET))
			.contains("Erstattet av nytt oppdrag");
		// Goals in the letter's order: 2.1 before 3.1 before 3.2.
		assertThat(html.indexOf("2.1 God kompetanse")).isLessThan(html.indexOf("3.1 Bedre folkehelse"));
		assertThat(html.indexOf("3.1 Bedre folkehelse")).isLessThan(html.indexOf("3.2 Likeverdige tjenester"));
	}

	@Test
	void todayTheReportShowsTheCurrentState() throws Exception {
		String html = side("r-sbk", null);
		assertThat(rad(html, tb(1))).contains("Levert").contains("Rapporten er sendt").doesNotContain("forventet");
		assertThat(rad(html, tb(4))).contains("Fullført");
		String avvik = html.substring(html.indexOf("class=\"avvik\""), html.indexOf("class=\"videreforte\""));
		assertThat(avvik).doesNotContain("Venter på data fra kommunene").contains("Erstattet av nytt oppdrag");
	}

	@Test
	void theSpreadsheetHoldsTheSameAsThePage() throws Exception {
		byte[] fil = hent("r-sbk", "/rapporter/status.xlsx", AAR + "-08-31")
			.getResponse().getContentAsByteArray();
		try (XSSFWorkbook bok = new XSSFWorkbook(new ByteArrayInputStream(fil))) {
			assertThat(List.of(bok.getSheetName(0), bok.getSheetName(1), bok.getSheetName(2)))
				.containsExactly("Status", "Avvik", "Videreført");
			Sheet ark = bok.getSheet("Status");
			assertThat(tekst(ark)).contains("Statusrapport for oppdrag – Helsedirektoratet " + AAR)
				.contains("Status per: 31. august " + AAR).contains("3.1 Bedre folkehelse");
			Row rad = rad(ark, tb(1));
			assertThat(rad.getCell(5).getStringCellValue()).isEqualTo("Forsinket");
			assertThat(rad.getCell(6).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(FORVENTET);
			assertThat(rad.getCell(7).getStringCellValue()).isEqualTo("Datainnsamling pågår");
			assertThat(rad.getCell(8).getStringCellValue()).isEqualTo("Venter på data fra kommunene");
			assertThat(rad.getCell(2).getStringCellValue()).isEqualTo("Divisjon folkehelse");
			assertThat(rad(ark, tb(2)).getCell(5).getStringCellValue()).isEqualTo("Utgår");
			assertThat(tekst(bok.getSheet("Avvik"))).contains("Forsinket (1)").contains("Utgår (1)")
				.contains("Erstattet av nytt oppdrag");
			assertThat(tekst(bok.getSheet("Videreført"))).contains("TB" + (AAR - 1) + "-5 (" + (AAR - 1) + ")");
		}
		// In April the same row says what it said then.
		byte[] april = hent("r-sbk", "/rapporter/status.xlsx", AAR + "-04-30").getResponse().getContentAsByteArray();
		try (XSSFWorkbook bok = new XSSFWorkbook(new ByteArrayInputStream(april))) {
			Row rad = rad(bok.getSheet("Status"), tb(1));
			assertThat(rad.getCell(5).getStringCellValue()).isEqualTo("Pågår");
			assertThat(rad.getCell(7).getStringCellValue()).isEqualTo("Arbeidet er i gang");
			assertThat(tekst(bok.getSheet("Status"))).doesNotContain("TTB" + AAR + "-9");
		}
	}

	@Test
	void thePdfHasATitlePagePageNumbersAndNorwegianLetters() throws Exception {
		MvcResult svar = hent("r-sbk", "/rapporter/status.pdf", AAR + "-08-31");
		assertThat(svar.getResponse().getContentType()).isEqualTo("application/pdf");
		// Named after the agency, the year and the report's date, which is what tells two reports apart; this one shows
		// the cleared reader the wholly exempt TB-3.
		assertThat(svar.getResponse().getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"statusrapport-hdir-"
				+ AAR + "-unntatt-offentlighet-per-" + AAR + "-08-31.pdf\"");
		// Kept for a look, as the browser tests keep their screenshots.
		java.nio.file.Path fil = java.nio.file.Path.of("target", "rapporter", "statusrapport-" + AAR + "-08-31.pdf");
		java.nio.file.Files.createDirectories(fil.getParent());
		java.nio.file.Files.write(fil, svar.getResponse().getContentAsByteArray());
		try (PDDocument pdf = Loader.loadPDF(svar.getResponse().getContentAsByteArray())) {
			int sider = pdf.getNumberOfPages();
			assertThat(sider).isGreaterThanOrEqualTo(2);
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(1);
			stripper.setEndPage(1);
			String tittelside = stripper.getText(pdf);
			assertThat(tittelside).contains("Statusrapport for oppdrag").contains("Helsedirektoratet")
				.contains("31. august " + AAR).contains("Klarert Saksbehandler").contains("Side 1 av " + sider)
				.doesNotContain(tb(1));
			String alt = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(alt).contains("Side " + sider + " av " + sider).contains("Datainnsamling pågår")
				.contains("Venter på data fra kommunene").contains("Utgår").contains("Kompetanseløft i kommunene")
				.contains(HEMMELIG_TITTEL);
			// The font is embedded, so æ, ø and å do not depend on the reader's fonts.
			PDFont font = pdf.getPage(1).getResources().getFont(pdf.getPage(1).getResources().getFontNames().iterator().next());
			assertThat(font.isEmbedded()).isTrue();
			assertThat(font.getName()).contains("Liberation");
		}
	}

	@Test
	void aControlCharacterPastedFromWordInAProgressNoteLeavesThePdfWhole() throws Exception {
		// An agency of its own, this year, so the report is today's and no other test's assignments are in it.
		String navn = "Limetat " + System.nanoTime();
		long limetat = fixtur.nyEtat(navn);
		int aar = LocalDate.now(Formats.OSLO).getYear();
		// An id of its own: an official id belongs to one letter's assignment.
		String id = "TB" + aar + "-" + (System.nanoTime() % 1_000_000);
		oppdragImport.apply(700_060, aar, limetat, List.of(oppdrag(id, "1.1", "Mål", "Oppdrag med limt tekst",
				Unntak.NONE, LocalDate.of(aar, 12, 31))));
		// A vertical tab: Word's line break inside a paragraph, as a lead's progress note would bring it.
		jdbc.update("UPDATE oppdrag SET fremdrift = ? WHERE etat_id = ? AND offisiell_id = ?",
				"Linje en\u000BLinje to", limetat, id);

		MvcResult svar = mvc.perform(get("/rapporter/status.pdf").param("agency", navn).param("year", String.valueOf(aar))
			.with(user("r-sbk").roles("HOD_SAKSBEHANDLER"))).andExpect(status().isOk()).andReturn();
		try (PDDocument pdf = Loader.loadPDF(svar.getResponse().getContentAsByteArray())) {
			assertThat(new PDFTextStripper().getText(pdf)).contains("Linje en").contains("Linje to");
		}
	}

	@Test
	void anUnclearedReaderSeesTheIdButNotTheExemptContentInEveryFormat() throws Exception {
		String html = side("r-sb", AAR + "-08-31");
		assertThat(rad(html, tb(3))).contains("Unntatt offentlighet, jf. offl. § 22").contains("Pågår")
			// The withheld progress note says it is withheld, in the words of the title, the list and the API: an
			// empty cell would read as none written.
			.contains("Fremdrift</span> " + OppdragQueries.UNNTATT + "</td>");
		assertThat(html).doesNotContain(HEMMELIG_TITTEL).doesNotContain(HEMMELIG_NOTAT);
		// Partly exempt: the title is public.
		assertThat(rad(html, tb(2))).contains("Helsetjenester til innsatte");

		byte[] xlsx = hent("r-sb", "/rapporter/status.xlsx", AAR + "-08-31").getResponse().getContentAsByteArray();
		try (XSSFWorkbook bok = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			String alt = tekst(bok.getSheet("Status")) + tekst(bok.getSheet("Avvik")) + tekst(bok.getSheet("Videreført"));
			assertThat(alt).doesNotContain(HEMMELIG_TITTEL).doesNotContain(HEMMELIG_NOTAT);
			assertThat(rad(bok.getSheet("Status"), tb(3)).getCell(1).getStringCellValue())
				.isEqualTo("Unntatt offentlighet, jf. offl. § 22");
			assertThat(rad(bok.getSheet("Status"), tb(3)).getCell(7).getStringCellValue())
				.isEqualTo(OppdragQueries.UNNTATT);
		}
		byte[] pdf = hent("r-sb", "/rapporter/status.pdf", AAR + "-08-31").getResponse().getContentAsByteArray();
		try (PDDocument dok = Loader.loadPDF(pdf)) {
			String tekst = new PDFTextStripper().getText(dok);
			assertThat(tekst).contains(tb(3)).contains("Unntatt offentlighet").doesNotContain(HEMMELIG_TITTEL)
				.doesNotContain(HEMMELIG_NOTAT);
			// The goal's table: title and progress note (the sixth column) both in the placeholder's words.
			List<String> rad = PdfTabeller.les(dok).rad(tb(3));
			assertThat(rad.get(1).replaceAll("\\s+", "")).isEqualTo(OppdragQueries.UNNTATT.replaceAll("\\s+", ""));
			assertThat(rad.get(5).replaceAll("\\s+", "")).isEqualTo(OppdragQueries.UNNTATT.replaceAll("\\s+", ""));
		}
		// The cleared reader sees it, marked in every format, so a report sent on does not carry it unnoticed.
		String merke = "(inneholder opplysninger unntatt offentlighet, offl. § 22)";
		String klarert = side("r-sbk", AAR + "-04-30");
		assertThat(rad(klarert, tb(3))).contains(HEMMELIG_TITTEL + " til beredskapslageret " + merke)
			.contains("Hemmelig fremdrift " + HEMMELIG_NOTAT);
		assertThat(rad(klarert, tb(1))).doesNotContain(merke);
		// The uncleared reader's public title of the partly exempt one is marked too.
		assertThat(rad(html, tb(2))).contains("Helsetjenester til innsatte " + merke);
		byte[] klarertXlsx = hent("r-sbk", "/rapporter/status.xlsx", AAR + "-08-31").getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook bok = new XSSFWorkbook(new ByteArrayInputStream(klarertXlsx))) {
			assertThat(rad(bok.getSheet("Status"), tb(3)).getCell(1).getStringCellValue()).endsWith(merke);
		}
		byte[] klarertPdf = hent("r-sbk", "/rapporter/status.pdf", AAR + "-08-31").getResponse().getContentAsByteArray();
		try (PDDocument dok = Loader.loadPDF(klarertPdf)) {
			assertThat(new PDFTextStripper().getText(dok).replaceAll("\\s+", " ")).contains("unntatt offentlighet, offl. § 22");
		}
	}

	/**
	 * A cleared reader's report that shows a wholly exempt assignment warns on its first page and above the column
	 * names of each sheet, and says so in its file's name; an uncleared reader's report of the same year, which shows
	 * none, does neither.
	 */
	@Test
	void aReportShowingExemptContentToAClearedReaderWarnsNotToPassItOn() throws Exception {
		String dato = AAR + "-08-31";
		for (String type : List.of("xlsx", "pdf")) {
			assertThat(hent("r-sbk", "/rapporter/status." + type, dato).getResponse().getHeader("Content-Disposition"))
				.isEqualTo("attachment; filename=\"statusrapport-hdir-" + AAR + "-unntatt-offentlighet-per-" + dato
						+ "." + type + "\"");
			assertThat(hent("r-sb", "/rapporter/status." + type, dato).getResponse().getHeader("Content-Disposition"))
				.isEqualTo("attachment; filename=\"statusrapport-hdir-" + AAR + "-per-" + dato + "." + type + "\"");
		}
		assertThat(side("r-sbk", dato)).contains("<p class=\"advarsel\">" + ADVARSEL + "</p>");
		try (PDDocument pdf = Loader.loadPDF(hent("r-sbk", "/rapporter/status.pdf", dato).getResponse()
			.getContentAsByteArray())) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(1);
			stripper.setEndPage(1);
			assertThat(stripper.getText(pdf).replaceAll("\\s+", " ")).contains(ADVARSEL);
		}
		byte[] xlsx = hent("r-sbk", "/rapporter/status.xlsx", dato).getResponse().getContentAsByteArray();
		try (XSSFWorkbook bok = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Sheet ark : bok) {
				// Above the column names, in the rows frozen at the top.
				int hode = rad(ark, "ID").getRowNum();
				Cell advarsel = ark.getRow(hode - 1).getCell(0);
				assertThat(advarsel.getStringCellValue()).as(ark.getSheetName()).isEqualTo(ADVARSEL);
				assertThat(bok.getFontAt(advarsel.getCellStyle().getFontIndex()).getBold()).isTrue();
				assertThat(ark.getPaneInformation().getHorizontalSplitTopRow()).as(ark.getSheetName())
					.isEqualTo((short) (hode + 1));
			}
			assertThat(tekst(bok.getSheetAt(0))).contains(HEMMELIG_TITTEL);
		}

		String uklarert = side("r-sb", dato);
		assertThat(uklarert).doesNotContain("class=\"advarsel\"").doesNotContain("Skal ikke deles");
		try (PDDocument pdf = Loader.loadPDF(hent("r-sb", "/rapporter/status.pdf", dato).getResponse()
			.getContentAsByteArray())) {
			assertThat(new PDFTextStripper().getText(pdf)).contains(tb(3)).doesNotContain("Skal ikke deles");
		}
		byte[] uklarertXlsx = hent("r-sb", "/rapporter/status.xlsx", dato).getResponse().getContentAsByteArray();
		try (XSSFWorkbook bok = new XSSFWorkbook(new ByteArrayInputStream(uklarertXlsx))) {
			for (Sheet ark : bok) {
				assertThat(tekst(ark)).as(ark.getSheetName()).doesNotContain("Skal ikke deles");
			}
		}
	}

	/**
	 * A partly exempt assignment's title, notes and deadline are public: a report that holds it and nothing wholly
	 * exempt shows the cleared reader nothing an uncleared one would not see, and carries no warning.
	 */
	@Test
	void aClearedReadersReportWithoutWhollyExemptAssignmentsHasNoWarning() throws Exception {
		String navn = "Delvis unntatt etat " + System.nanoTime();
		long egen = fixtur.nyEtat(navn);
		int aar = LocalDate.now(Formats.OSLO).getYear();
		String id = "TB" + aar + "-" + (System.nanoTime() % 1_000_000);
		oppdragImport.apply(700_061, aar, egen, List.of(oppdrag(id, "1.1", "Mål", "Delvis unntatt arbeid", Unntak.PARTS,
				LocalDate.of(aar, 12, 31))));
		for (String sti : List.of("/rapporter/status", "/rapporter/status.xlsx", "/rapporter/status.pdf")) {
			MvcResult svar = mvc.perform(get(sti).param("agency", navn).param("year", String.valueOf(aar))
				.with(user("r-sbk").roles("HOD_SAKSBEHANDLER"))).andExpect(status().isOk()).andReturn();
			byte[] fil = svar.getResponse().getContentAsByteArray();
			if (!sti.equals("/rapporter/status")) {
				// Nor does its name say so.
				assertThat(ContentDisposition.parse(svar.getResponse().getHeader("Content-Disposition")).getFilename())
					.as(sti).startsWith("statusrapport-delvis-unntatt-etat-").endsWith("-" + aar + "-per-"
							+ LocalDate.now(Formats.OSLO) + sti.substring(sti.lastIndexOf('.')));
			}
			String tekst;
			if (sti.endsWith(".xlsx")) {
				try (XSSFWorkbook bok = new XSSFWorkbook(new ByteArrayInputStream(fil))) {
					tekst = tekst(bok.getSheet("Status")) + tekst(bok.getSheet("Avvik"))
							+ tekst(bok.getSheet("Videreført"));
				}
			}
			else if (sti.endsWith(".pdf")) {
				try (PDDocument pdf = Loader.loadPDF(fil)) {
					tekst = new PDFTextStripper().getText(pdf);
				}
			}
			else {
				tekst = new String(fil, java.nio.charset.StandardCharsets.UTF_8);
			}
			// The assignment is there, its title marked as the title of an exempt one is. Without the spaces: the PDF
			// wraps an id inside its narrow column.
			assertThat(tekst.replaceAll("\\s+", "")).as(sti).contains(id, "Delvisunntattarbeid",
					"unntattoffentlighet,offl.§22").doesNotContain("Skalikkedeles");
		}
	}

	/**
	 * Both deviation tables, like every other table of the report, are named by a caption for those who move from
	 * table to table: hidden in view, as the heading above says the same, on the printable page and on the reports
	 * page, each by its own stylesheet's class.
	 */
	@Test
	void everyTableOfTheReportHasACaption() throws Exception {
		String dato = AAR + "-08-31";
		String utskrift = side("r-sbk", dato);
		assertThat(tekstene(utskrift)).contains("Forsinket", "Fristen er passert uten levering (ikke meldt forsinket)",
				"Utgår", "Videreførte oppdrag fra " + (AAR - 1) + " og tidligere");
		assertThat(utskrift).contains("<caption class=\"skjult-tekst\">Forsinket</caption>");
		String skjema = skjema("Helsedirektoratet", dato);
		assertThat(tekstene(skjema)).contains("Forsinket", "Fristen er passert uten levering (ikke meldt forsinket)");
		// The reports page's stylesheet has its own class for text that is only read out.
		assertThat(skjema).contains("<caption class=\"skjult\">Forsinket</caption>");
	}

	/** The caption of every table on the page, asserting that each table has one. */
	private static List<String> tekstene(String html) {
		int tabeller = html.split("<table[\\s>]", -1).length - 1;
		Matcher m = Pattern.compile("<table[^>]*>\\s*<caption[^>]*>([^<]*)</caption>").matcher(html);
		List<String> tekster = new ArrayList<>();
		while (m.find()) {
			tekster.add(m.group(1));
		}
		assertThat(tekster).as("a caption first in each of the page's tables").hasSize(tabeller);
		assertThat(tabeller).isPositive();
		return tekster;
	}

	/**
	 * A section of the spreadsheet's deviations without assignments says so in the page's words, and so does an
	 * empty report's sheet, where the page says it has nothing to show; a section that has some does not.
	 */
	@Test
	void aSheetOrSectionWithoutAssignmentsSaysSoAsThePageDoes() throws Exception {
		String april = AAR + "-04-30";
		String ingenForsinket = "Ingen oppdrag var meldt forsinket per datoen.";
		assertThat(skjema("Helsedirektoratet", april)).contains(ingenForsinket);
		byte[] xlsx = hent("r-sb", "/rapporter/status.xlsx", april).getResponse().getContentAsByteArray();
		try (XSSFWorkbook bok = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet avvik = bok.getSheet("Avvik");
			assertThat(etter(avvik, "Forsinket (0)")).isEqualTo(ingenForsinket);
			assertThat(etter(avvik, "Utgår (0)")).isEqualTo("Ingen oppdrag var satt til Utgår per datoen.");
			// tb(2)'s deadline, 1 March, has passed: the section lists it and says nothing of none.
			assertThat(tekst(avvik)).contains(tb(2)).doesNotContain("Ingen oppdrag hadde passert");
			// One carried over from the year before: listed, not said to be missing.
			assertThat(tekst(bok.getSheet("Videreført"))).contains("TB" + (AAR - 1) + "-5")
				.doesNotContain("Ingen oppdrag er videreført");
		}

		String tidlig = (AAR - 1) + "-06-01";
		String side = side("r-sb", tidlig);
		String tom = "Ingen oppdrag for Helsedirektoratet i " + AAR + " per 1. juni " + (AAR - 1) + ".";
		String forTidlig = "Registeret fikk de første oppdragene for året 15. januar " + AAR
				+ ", og vet ikke hvordan status var før det.";
		assertThat(side).contains(tom, forTidlig);
		byte[] tomXlsx = hent("r-sb", "/rapporter/status.xlsx", tidlig).getResponse().getContentAsByteArray();
		try (XSSFWorkbook bok = new XSSFWorkbook(new ByteArrayInputStream(tomXlsx))) {
			Sheet status = bok.getSheet("Status");
			assertThat(etter(status, "ID")).isEqualTo(tom);
			assertThat(etter(status, tom)).isEqualTo(forTidlig);
			assertThat(etter(bok.getSheet("Videreført"), "ID"))
				.isEqualTo("Ingen oppdrag er videreført til dette året.");
		}
	}

	/** The first cell of the row after the one whose first cell is {@code tekst}. */
	private static String etter(Sheet ark, String tekst) {
		Row rad = ark.getRow(rad(ark, tekst).getRowNum() + 1);
		assertThat(rad).as("a row after «" + tekst + "» in " + ark.getSheetName()).isNotNull();
		return new DataFormatter().formatCellValue(rad.getCell(0));
	}

	@Test
	void aDateBeforeTheLetterGivesAnEmptyReport() throws Exception {
		String html = side("r-sb", (AAR - 1) + "-06-01");
		assertThat(html).contains("Ingen oppdrag for Helsedirektoratet i " + AAR + " per 1. juni " + (AAR - 1) + ".")
			.contains("Registeret fikk de første oppdragene for året 15. januar " + AAR);
		String skjema = mvc.perform(get("/rapporter").param("agency", "Helsedirektoratet").param("year", "" + AAR)
			.param("date", (AAR - 1) + "-06-01").with(user("r-sb").roles("HOD_SAKSBEHANDLER")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(skjema).contains("Ingen oppdrag for Helsedirektoratet i " + AAR);
	}

	@Test
	void theFormOffersTheThreeFormatsForTheChoice() throws Exception {
		String skjema = mvc.perform(get("/rapporter").param("agency", "Hdir").param("year", "" + AAR)
			.param("date", AAR + "-08-31").with(user("r-sb").roles("HOD_SAKSBEHANDLER")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String sporring = "agency=" + etat + "&amp;year=" + AAR + "&amp;date=" + AAR + "-08-31";
		assertThat(skjema).contains("/rapporter/status?" + sporring).contains("/rapporter/status.xlsx?" + sporring)
			.contains("/rapporter/status.pdf?" + sporring).contains("6 oppdrag under 3 mål");
	}

	/**
	 * After «Vis rapport» the page shows the deviations, the printable report's own tables, each id a link to its
	 * assignment whose way back is this report, and each section saying when it is empty; the download links stay. An uncleared reader sees no
	 * exempt title or note there either.
	 */
	@Test
	void theReportsPageListsTheDeviationsLinkedAndSaysWhenASectionIsEmpty() throws Exception {
		String april = skjema("Helsedirektoratet", AAR + "-04-30");
		assertThat(april).contains("/rapporter/status.pdf?", "/rapporter/status.xlsx?", "Utskriftsvennlig side");
		assertThat(avsnitt(april, "Forsinket")).contains("Ingen oppdrag var meldt forsinket per datoen.")
			.doesNotContain("<table");
		assertThat(avsnitt(april, "Fristen er passert"))
			.contains("href=\"/oppdrag/" + tb(2) + tilbake(AAR + "-04-30", "forfalt-" + nokkel(tb(2))) + "\"")
			.contains("Helsetjenester til innsatte").doesNotContain("Ingen oppdrag hadde passert");
		// The printable report leaves an empty section out, as before: its «Ingen avvik» speaks for them all.
		String utskrift = side("r-sb", AAR + "-04-30");
		assertThat(utskrift).contains("Fristen er passert uten levering").doesNotContain("<h3>Forsinket")
			.doesNotContain("Ingen oppdrag var meldt forsinket").doesNotContain("href=\"/oppdrag/");

		String august = skjema("Helsedirektoratet", AAR + "-08-31");
		assertThat(avsnitt(august, "Forsinket"))
			.contains("href=\"/oppdrag/" + tb(1) + tilbake(AAR + "-08-31", "forsinket-" + nokkel(tb(1))) + "\"")
			.contains("Nasjonalt vaksinasjonsprogram for barn", "Venter på data fra kommunene",
					new Formats().dato(FORVENTET));

		String idag = skjema("Helsedirektoratet", null);
		assertThat(avsnitt(idag, "Fristen er passert"))
			.contains("href=\"/oppdrag/" + tb(3)
					+ tilbake(LocalDate.now(Formats.OSLO).toString(), "forfalt-" + nokkel(tb(3))) + "\"");
		assertThat(idag).doesNotContain(HEMMELIG_TITTEL).doesNotContain(HEMMELIG_NOTAT);

		// An agency of its own with one delayed assignment: nothing has passed its deadline without being reported.
		long egen = fixtur.nyEtat("Avviksetaten");
		oppdragImport.apply(700_004, AAR, egen, List.of(oppdrag(tb(50), "1.1", "Mål", "Register over avvik",
				Unntak.NONE, LocalDate.of(AAR, 3, 1))));
		fixtur.settStatus("r-adm", "ADMIN", tb(50), "{\"status\": \"FORSINKET\", \"expectedDate\": \"" + FORVENTET
				+ "\", \"reason\": \"Venter på avklaring\"}");
		String forsinket = skjema("Avviksetaten", null);
		assertThat(avsnitt(forsinket, "Forsinket")).contains("href=\"/oppdrag/" + tb(50) + "?liste=/rapporter?agency%3D"
				+ egen + "%26year%3D" + AAR + "%26date%3D" + LocalDate.now(Formats.OSLO) + "%23forsinket-" + nokkel(tb(50))
				+ "\"", "Venter på avklaring");
		assertThat(avsnitt(forsinket, "Fristen er passert"))
			.contains("Ingen oppdrag hadde passert fristen uten levering per datoen.").doesNotContain("<table");
	}

	/**
	 * An assignment opened from the reports page returns to its row: the link in the row carries the row's id, the
	 * assignment's «Tilbake til rapporten» ends in it, and the report it leads to has that row. An assignment stands
	 * in its goal's table and in a deviation's (on the printable page), each row with an id of its own: no id is
	 * given twice on a page, and every assignment's row has one.
	 */
	@Test
	void theWayBackFromAnAssignmentLandsOnItsRowAndNoIdRepeats() throws Exception {
		String dato = AAR + "-08-31";
		String rad = "forsinket-" + nokkel(tb(1));
		Matcher lenke = Pattern.compile("<tr id=\"" + Pattern.quote(rad) + "\">(?:(?!</tr>).)*?<a href=\"([^\"]+)\">"
				+ Pattern.quote(tb(1)) + "</a>", Pattern.DOTALL)
			.matcher(avsnitt(skjema("Helsedirektoratet", dato), "Forsinket"));
		assertThat(lenke.find()).as("the row " + rad + " with its link to " + tb(1)).isTrue();

		// Followed as the browser follows it, and back.
		String oppdraget = saksbehandlersSide(lenke.group(1).replace("&amp;", "&"));
		String rapporten = "/rapporter?agency=" + etat + "&year=" + AAR + "&date=" + dato;
		assertThat(oppdraget).contains("<a href=\"" + rapporten.replace("&", "&amp;") + "#" + rad
				+ "\">Tilbake til rapporten</a>");
		assertThat(ider(saksbehandlersSide(rapporten))).containsOnlyOnce(rad).doesNotHaveDuplicates();
		assertThat(ider(skjema("Helsedirektoratet", null))).contains("forfalt-" + nokkel(tb(3))).doesNotHaveDuplicates();

		for (String dag : new String[] { AAR + "-02-01", dato, null }) {
			String utskrift = side("r-sbk", dag);
			List<String> ider = ider(utskrift);
			assertThat(ider).as("the printable report per " + dag).doesNotHaveDuplicates()
				.allMatch(id -> id.matches("[A-Za-z0-9_-]{1,80}"));
			assertThat(ider.size()).as("a row id for each of the report's rows per " + dag)
				.isEqualTo(utskrift.split("<td class=\"id\">", -1).length - 1);
		}
		String viderefort = jdbc.queryForObject("SELECT nokkel FROM oppdrag WHERE aar = ? AND etat_id = ? "
				+ "AND opphav_id IS NOT NULL", String.class, AAR, etat);
		// The carried-over assignment is overdue on 1 February, tb(1) delayed and tb(2) cancelled on 31 August.
		assertThat(ider(side("r-sbk", AAR + "-02-01"))).contains("viderefort-" + viderefort, "forfalt-" + viderefort);
		assertThat(ider(side("r-sbk", dato))).contains("maal-" + nokkel(tb(1)), rad, "maal-" + nokkel(tb(2)),
				"utgaar-" + nokkel(tb(2)));
	}

	/**
	 * The way back to this test's Helsedirektoratet report per {@code dato}, at the row {@code rad}, as its links to
	 * assignments carry it.
	 */
	private String tilbake(String dato, String rad) {
		return "?liste=/rapporter?agency%3D" + etat + "%26year%3D" + AAR + "%26date%3D" + dato + "%23" + rad;
	}

	/** The register key of this test's assignment with the shown id. */
	private String nokkel(String id) {
		return jdbc.queryForObject("SELECT nokkel FROM oppdrag WHERE visnings_id = ? AND aar = ?", String.class, id, AAR);
	}

	/** Every id given on the page, in its order. */
	private static List<String> ider(String html) {
		List<String> ider = new ArrayList<>();
		Matcher m = Pattern.compile("\\sid=\"([^\"]*)\"").matcher(html);
		while (m.find()) {
			ider.add(m.group(1));
		}
		return ider;
	}

	/** The page at the address as a link gives it (its query already encoded), as the desk officer sees it. */
	private String saksbehandlersSide(String adresse) throws Exception {
		return mvc.perform(get(URI.create(adresse)).with(user("r-sb").roles("HOD_SAKSBEHANDLER")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private String skjema(String etat, String dato) throws Exception {
		var foresporsel = get("/rapporter").param("agency", etat).param("year", String.valueOf(AAR))
			.with(user("r-sb").roles("HOD_SAKSBEHANDLER"));
		if (dato != null) {
			foresporsel.param("date", dato);
		}
		return mvc.perform(foresporsel).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	/** From the section's heading to the next heading or the end of the page's section. */
	private static String avsnitt(String html, String overskrift) {
		int start = html.indexOf("<h3>" + overskrift);
		assertThat(start).as("a section «" + overskrift + "»").isNotNegative();
		int neste = html.indexOf("<h3>", start + 1);
		return html.substring(start, neste > 0 ? neste : html.indexOf("</section>", start));
	}

	@Test
	void aDateTypedTheNorwegianWayIsReadAsTheSameDay() throws Exception {
		// 31.08.2013 typed where the browser offers no date field: the same report as 2013-08-31.
		String skjema = mvc.perform(get("/rapporter").param("agency", "Hdir").param("year", "" + AAR)
			.param("date", "31.08." + AAR).with(user("r-sb").roles("HOD_SAKSBEHANDLER")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String sporring = "agency=" + etat + "&amp;year=" + AAR + "&amp;date=" + AAR + "-08-31";
		assertThat(skjema).contains("/rapporter/status.xlsx?" + sporring).contains("6 oppdrag under 3 mål")
			// Back in the date field as the field takes it.
			.contains("value=\"" + AAR + "-08-31\"");
		assertThat(side("r-sb", "31.8." + AAR)).contains("31. august " + AAR).doesNotContain("Ugyldig dato");
		mvc.perform(get("/rapporter/status").param("agency", "Hdir").param("date", "31.02." + AAR)
			.accept(MediaType.TEXT_HTML).with(user("r-sb").roles("HOD_SAKSBEHANDLER")))
			.andExpect(status().isBadRequest())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("Ugyldig dato «31.02." + AAR + "»")));
	}

	@Test
	void badParametersAreRefusedInNorwegianWith400() throws Exception {
		// The last of each: the form's field the message is about.
		for (String[] tilfelle : new String[][] {
				{ "Ukjent", "" + AAR, AAR + "-08-31", "Ukjent etat «Ukjent».", "agency" },
				{ "", "" + AAR, AAR + "-08-31", "Velg en etat.", "agency" },
				{ "Helsedirektoratet", "" + AAR, AAR + "-13-01", "Ugyldig dato «" + AAR + "-13-01»", "date" },
				{ "Helsedirektoratet", "to tusen", AAR + "-08-31", "Ugyldig år «to tusen»", "year" },
				{ "Helsedirektoratet", "1850", AAR + "-08-31", "Året må være mellom 2000", "year" },
				{ "Helsedirektoratet", "" + AAR, LocalDate.now(Formats.OSLO).plusDays(3).toString(),
						"Datoen kan ikke være etter i dag", "date" } }) {
			for (String sti : List.of("/rapporter", "/rapporter/status", "/rapporter/status.xlsx", "/rapporter/status.pdf")) {
				String svar = mvc.perform(get(sti).param("agency", tilfelle[0]).param("year", tilfelle[1])
					.param("date", tilfelle[2]).accept(MediaType.TEXT_HTML).with(user("r-sb").roles("HOD_SAKSBEHANDLER")))
					.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
				assertThat(svar).as(sti + " " + String.join(",", tilfelle)).contains(tilfelle[3])
					.doesNotContain("Exception");
				if (sti.equals("/rapporter")) {
					// That field alone marked, pointing to the message, and taking the focus (WCAG 3.3.1).
					assertThat(felt(svar, tilfelle[4])).as(String.join(",", tilfelle)).contains("aria-invalid=\"true\"")
						.containsPattern("aria-describedby=\"rapport-feil[ \"]").contains("autofocus");
					assertThat(svar.split("aria-invalid", -1)).as(String.join(",", tilfelle)).hasSize(2);
					assertThat(svar).contains("id=\"rapport-feil\"");
				}
			}
		}
	}

	/** The start tag of the form's field with the id. */
	private static String felt(String side, String id) {
		Matcher tagg = Pattern.compile("<(?:select|input) id=\"" + id + "\"[^>]*>").matcher(side);
		assertThat(tagg.find()).as("feltet " + id).isTrue();
		return tagg.group();
	}

	// --- helpers

	private static OppdragData oppdrag(String id, String seksjon, String seksjonTittel, String tittel, Unntak unntak,
			LocalDate frist) {
		List<Tekstdel> deler = new ArrayList<>();
		deler.add(new Tekstdel("Helsedirektoratet skal følge opp " + tittel.toLowerCase() + ".", unntak == Unntak.WHOLE));
		if (unntak == Unntak.PARTS) {
			deler.add(new Tekstdel("En del som er unntatt.", true));
		}
		return new OppdragData(id, seksjon, seksjonTittel, List.of("FHA"), tittel, deler, List.of(frist), null, unntak,
				List.of(), List.of());
	}

	private long merke() {
		return jdbc.queryForObject("SELECT coalesce(max(id), 0) FROM oppdrag_historikk", Long.class);
	}

	/** Moves this test's history rows written since the mark to a date in the test year (the table is append-only). */
	private void tidfest(long merke, String tidspunkt) {
		jdbc.execute("ALTER TABLE oppdrag_historikk DISABLE TRIGGER oppdrag_historikk_bare_tillegg");
		try {
			jdbc.update("UPDATE oppdrag_historikk SET tidspunkt = CAST(? AS timestamptz) WHERE id > ? AND oppdrag_id IN "
					+ "(SELECT id FROM oppdrag WHERE aar IN (?, ?))", tidspunkt, merke, AAR - 1, AAR);
		}
		finally {
			jdbc.execute("ALTER TABLE oppdrag_historikk ENABLE TRIGGER oppdrag_historikk_bare_tillegg");
		}
	}

	private MvcResult hent(String bruker, String sti, String dato) throws Exception {
		var foresporsel = get(sti).param("agency", "Helsedirektoratet").param("year", String.valueOf(AAR))
			.with(user(bruker).roles(bruker.equals("r-adm") ? "ADMIN" : "HOD_SAKSBEHANDLER"));
		if (dato != null) {
			foresporsel.param("date", dato);
		}
		return mvc.perform(foresporsel).andExpect(status().isOk()).andReturn();
	}

	private String side(String bruker, String dato) throws Exception {
		MvcResult svar = hent(bruker, "/rapporter/status", dato);
		assertThat(svar.getResponse().getContentType()).startsWith("text/html");
		return svar.getResponse().getContentAsString();
	}

	/** The first table row naming the id (the goal tables come before the deviations), after its column's name. */
	static String rad(String html, String id) {
		Matcher m = Pattern.compile("<tr(?: [^>]*)?>(?:(?!</tr>).)*>\\s*" + Pattern.quote(id) + "<(?:(?!</tr>).)*</tr>",
				Pattern.DOTALL).matcher(html);
		assertThat(m.find()).as("a row for " + id).isTrue();
		return m.group();
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

	private static String tekst(Sheet ark) {
		StringBuilder b = new StringBuilder();
		DataFormatter f = new DataFormatter();
		for (Row r : ark) {
			for (Cell c : r) {
				b.append(f.formatCellValue(c)).append('\t');
			}
			b.append('\n');
		}
		return b.toString();
	}
}
