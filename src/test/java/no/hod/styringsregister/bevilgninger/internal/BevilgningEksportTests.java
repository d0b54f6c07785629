package no.hod.styringsregister.bevilgninger.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import no.hod.styringsregister.bevilgninger.BevilgningImport;
import no.hod.styringsregister.bevilgninger.BevilgningImport.BevilgningData;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a finance adviser reads on the appropriations page and in its Excel and CSV files: a sum's change that leaves
 * posts out says so on its row, an empty «Oppdrag» cell is a short mark, an assignment's title stands beside its id,
 * and the files can be filtered and summed without counting a sum twice. An agency of this test's own, so its years
 * hold no other test's lines; the expected figures are worked out here from the lines put in.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import(Testporter.class)
class BevilgningEksportTests {

	static final String ETAT = "Eksportetaten";

	static final int AAR = 2046;

	static final String LESER = "eksport-leser";

	static final String KLARERT = "eksport-klarert";

	static final String HEMMELIG = "Tyttebærlager på Svalbard";

	/** Last year's lines: 745.70 only then. */
	static final List<BevilgningData> IFJOR = List.of(
			new BevilgningData(745, 1, "Driftsutgifter", 1_000L, null, false, null),
			new BevilgningData(745, 21, "Spesielle driftsutgifter", 500L, null, false, "Rad A"),
			new BevilgningData(745, 21, "Spesielle driftsutgifter", 300L, null, false, "Rad B"),
			new BevilgningData(745, 70, "Tilskudd", 200L, null, false, null),
			new BevilgningData(3745, 2, "Diverse inntekter", 50L, null, true, null));

	/** This year's lines: 745.60 only now; 745.21 falls row by row (a negative change). */
	static final List<BevilgningData> IAAR = List.of(
			new BevilgningData(745, 1, "Driftsutgifter", 1_100L, null, false, null),
			new BevilgningData(745, 21, "Spesielle driftsutgifter", 450L, null, false, "Rad A"),
			new BevilgningData(745, 21, "Spesielle driftsutgifter", 250L, null, false, "Rad B; med semikolon"),
			new BevilgningData(745, 60, "Nye tiltak", 400L, null, false, "=Ikke en formel"),
			new BevilgningData(3745, 2, "Diverse inntekter", 60L, null, true, null));

	@Autowired
	MockMvc mvc;

	@Autowired
	BevilgningImport bevilgningImport;

	@Autowired
	OrganisasjonService organisasjon;

	@Autowired
	BrukerService brukere;

	@Autowired
	Testhenvisninger.Henvisninger henvisninger;

	@Autowired
	TransactionTemplate transaksjon;

	long etat;

	@BeforeEach
	void fixture() throws Exception {
		Testbrukere.opprett(brukere, new NyBruker("eksport-admin", "Eksport Admin", "passord-passord-1", Rolle.ADMIN,
				null, false, null));
		Testbrukere.opprett(brukere, new NyBruker(LESER, LESER, "passord-passord-1", Rolle.HOD_SAKSBEHANDLER, null,
				false, null));
		Testbrukere.opprett(brukere, new NyBruker(KLARERT, KLARERT, "passord-passord-1", Rolle.HOD_SAKSBEHANDLER,
				null, true, null));
		if (organisasjon.etatByName(ETAT).isEmpty()) {
			mvc.perform(post("/admin/organisasjon/etat").param("navn", ETAT)
				.with(user("eksport-admin").roles("ADMIN")).with(csrf())).andExpect(status().is3xxRedirection());
		}
		etat = organisasjon.etatByName(ETAT).orElseThrow().id();
		transaksjon.executeWithoutResult(t -> {
			bevilgningImport.apply(946_045, AAR - 1, etat, IFJOR, List.of());
			bevilgningImport.apply(946_046, AAR, etat, IAAR, List.of());
		});
		henvisninger.henvisninger.clear();
		// A register key without official id, titled; a wholly exempt one, for the cleared only.
		henvisninger.henvisninger.add(new TestHenvisning(AAR, etat, 745, 1, "O-2046-0082", false,
				"Kartlegging av legemiddelbruk"));
		henvisninger.henvisninger.add(new TestHenvisning(AAR, etat, 745, 1, "TB2046-9", true, HEMMELIG));
	}

	/** A post's sum in one year's lines, by chapter and post; a post the year lacks is absent. */
	private static Map<String, Long> postsummer(List<BevilgningData> linjer, int kapittel) {
		return linjer.stream().filter(l -> l.kapittel() == kapittel)
			.collect(Collectors.groupingBy(l -> String.valueOf(l.post()), TreeMap::new,
					Collectors.summingLong(BevilgningData::belop)));
	}

	private static long sum(Map<String, Long> poster) {
		return poster.values().stream().mapToLong(Long::longValue).sum();
	}

	/** The change over the posts with an amount both years, and last year's sum of those posts. */
	private static long[] sammenlignbar(int kapittel) {
		Map<String, Long> iAar = postsummer(IAAR, kapittel);
		Map<String, Long> ifjor = postsummer(IFJOR, kapittel);
		long endring = 0;
		long grunnlag = 0;
		for (String post : iAar.keySet()) {
			if (ifjor.containsKey(post)) {
				endring += iAar.get(post) - ifjor.get(post);
				grunnlag += ifjor.get(post);
			}
		}
		return new long[] { endring, grunnlag };
	}

	@Test
	void aSumsChangeOverComparablePostsOnlySaysSoOnItsRow() throws Exception {
		String side = side(LESER);
		long[] utgift = sammenlignbar(745);
		// The chapter's sums differ by more than its change: 745.60 and 745.70 have an amount one year only.
		assertThat(sum(postsummer(IAAR, 745)) - sum(postsummer(IFJOR, 745))).isNotEqualTo(utgift[0]);
		String kapittel = rad(side, "Sum kap. 745");
		assertThat(belop(kapittel)).containsExactly(belop(sum(postsummer(IAAR, 745))),
				belop(sum(postsummer(IFJOR, 745))), belop(utgift[0]), prosent(utgift[0], utgift[1]));
		assertThat(Pattern.compile(">i sammenlignbare poster<").matcher(kapittel).results().count())
			.as("the change and its per cent").isEqualTo(2);
		assertThat(rad(side, "Sum utgifter")).contains(">i sammenlignbare poster<");
		// Every income post has both years: its sums and change add up, and nothing needs saying.
		assertThat(rad(side, "Sum kap. 3745")).doesNotContain("sammenlignbare");
		assertThat(rad(side, "Sum inntekter")).doesNotContain("sammenlignbare");
		// A split post's sum compares the whole post: no qualifier either.
		assertThat(rad(side, "Sum post 745.21")).doesNotContain("sammenlignbare");
	}

	@Test
	void anEmptyAssignmentCellIsADashTheRuleIsSaidOnceAndAnIdHasItsTitle() throws Exception {
		String side = side(LESER);
		String uten = rad(side, "id=\"post-745-60\"");
		assertThat(uten).contains("–<span class=\"skjult\"> (ingen kjente oppdrag)</span>")
			.doesNotContain("Ingen kjent kobling");
		assertThat(side).containsOnlyOnce("En strek (–) betyr at ingen kobling er kjent");
		String drift = rad(side, "id=\"post-745-1\"");
		assertThat(drift).contains(">O-2046-0082</span>", ">Kartlegging av legemiddelbruk</span>")
			.doesNotContain("TB2046-9").doesNotContain(HEMMELIG);
		assertThat(side).doesNotContain(HEMMELIG);
		assertThat(rad(side(KLARERT), "id=\"post-745-1\"")).contains(">TB2046-9</span>", ">" + HEMMELIG + "</span>");
		// The files are offered side by side.
		assertThat(side).contains("/bevilgninger/eksport.xlsx?etat=" + etat + "&amp;aar=" + AAR)
			.contains("/bevilgninger/eksport.csv?etat=" + etat + "&amp;aar=" + AAR);
	}

	@Test
	void theWorkbookFiltersAndSumsTheLinesWithoutCountingASumTwice() throws Exception {
		byte[] fil = mvc.perform(get("/bevilgninger/eksport.xlsx").param("etat", String.valueOf(etat))
			.param("aar", String.valueOf(AAR)).with(user(LESER))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook bok = new XSSFWorkbook(new ByteArrayInputStream(fil))) {
			XSSFSheet ark = bok.getSheet("Bevilgninger");
			Row hode = finnRad(ark, "Kap.");
			List<String> kolonner = new ArrayList<>();
			hode.forEach(c -> kolonner.add(c.getStringCellValue()));
			assertThat(kolonner).containsExactly("Kap.", "Post", "Navn", "Type", "Beløp " + AAR, "Beløp " + (AAR - 1),
					"Endring, sammenlignbare poster", "Endring %, sammenlignbare poster", "Kommentar", "Oppdrag",
					"Radtype");
			int belop = kolonner.indexOf("Beløp " + AAR);
			int radtype = kolonner.indexOf("Radtype");
			int kommentar = kolonner.indexOf("Kommentar");

			// The heading row stays in sight and carries the filter, which takes in every row down to the totals.
			assertThat(ark.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) (hode.getRowNum() + 1));
			String filter = ark.getCTWorksheet().getAutoFilter().getRef();
			int sisteRad = finnRad(ark, "Sum inntekter").getRowNum();
			assertThat(filter).isEqualTo("A" + (hode.getRowNum() + 1) + ":"
					+ CellReference.convertNumToColString(kolonner.size() - 1) + (sisteRad + 1));

			// A comment wraps in its column.
			assertThat(finnRad(ark, "Rad A").getCell(kommentar).getCellStyle().getWrapText()).isTrue();

			// SUMIF over «Linje» adds up the lines: the totals, not the totals and every sum above them again.
			long linjer = IAAR.stream().mapToLong(BevilgningData::belop).sum();
			String b = CellReference.convertNumToColString(belop);
			String t = CellReference.convertNumToColString(radtype);
			Cell formel = ark.createRow(sisteRad + 10).createCell(0);
			formel.setCellFormula("SUMIF(" + t + "1:" + t + (sisteRad + 1) + ",\"Linje\"," + b + "1:" + b
					+ (sisteRad + 1) + ")");
			assertThat(bok.getCreationHelper().createFormulaEvaluator().evaluate(formel).getNumberValue())
				.isEqualTo(linjer);
			assertThat(finnRad(ark, "Sum utgifter").getCell(belop).getNumericCellValue()
					+ finnRad(ark, "Sum inntekter").getCell(belop).getNumericCellValue()).isEqualTo(linjer);
			assertThat(finnRad(ark, "Sum post 745.21").getCell(radtype).getStringCellValue()).isEqualTo("Sum post");
			assertThat(finnRad(ark, "Sum kap. 745").getCell(radtype).getStringCellValue()).isEqualTo("Sum kapittel");
			assertThat(finnRad(ark, "Sum utgifter").getCell(radtype).getStringCellValue()).isEqualTo("Totalsum");
			assertThat(finnRad(ark, "Rad A").getCell(radtype).getStringCellValue()).isEqualTo("Linje");

			// The change in per cent as the exact share, shown as a percent.
			long[] utgift = sammenlignbar(745);
			Cell prosent = finnRad(ark, "Sum kap. 745").getCell(kolonner.indexOf("Endring %, sammenlignbare poster"));
			assertThat(prosent.getNumericCellValue()).isEqualTo((double) utgift[0] / utgift[1]);
			assertThat(prosent.getCellStyle().getDataFormatString()).contains("%");
			Cell rad = finnRad(ark, "Rad B; med semikolon").getCell(kolonner.indexOf("Endring %, sammenlignbare poster"));
			assertThat(rad.getNumericCellValue()).isEqualTo((250.0 - 300) / 300);
			// The exempt assignment is not listed for an uncleared reader; ids only, never a title.
			assertThat(tekst(ark)).contains("O-2046-0082").doesNotContain("TB2046-9")
				.doesNotContain("Kartlegging av legemiddelbruk");
		}
	}

	@Test
	void theCsvHasTheWorkbooksRowsAsTheOtherListsWriteCsv() throws Exception {
		var svar = mvc.perform(get("/bevilgninger/eksport.csv").param("etat", String.valueOf(etat))
			.param("aar", String.valueOf(AAR)).with(user(LESER)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"bevilgninger-eksportetaten-"
					+ AAR + "-" + LocalDate.now(Formats.OSLO) + ".csv\""))
			.andReturn().getResponse();
		byte[] bytes = svar.getContentAsByteArray();
		// The byte order mark Excel needs to read UTF-8.
		assertThat(new String(bytes, 0, 3, StandardCharsets.ISO_8859_1)).isEqualTo("\u00ef\u00bb\u00bf");
		String csv = new String(bytes, StandardCharsets.UTF_8).substring(1);
		List<String> linjer = csv.lines().toList();
		assertThat(csv).contains("\r\n");
		assertThat(linjer.get(0)).isEqualTo("Kap.;Post;Navn;Type;Beløp " + AAR + ";Beløp " + (AAR - 1)
				+ ";Endring, sammenlignbare poster;Endring %, sammenlignbare poster;Kommentar;Oppdrag;Radtype");
		// A line: post as the budget writes it; a fall a plain negative number; a field with «;» quoted.
		assertThat(linjer).contains("745;21;Spesielle driftsutgifter;Utgift;250;300;-50;"
				+ String.format(Locale.ROOT, "%.1f", (250.0 - 300) * 100 / 300).replace('.', ',')
				+ ";\"Rad B; med semikolon\";;Linje");
		// A comment that would start a formula is text.
		assertThat(linjer.stream().filter(l -> l.startsWith("745;60;")).findFirst().orElseThrow())
			.contains(";'=Ikke en formel;");
		long[] utgift = sammenlignbar(745);
		assertThat(linjer).anyMatch(l -> l.startsWith("745;;Sum kap. 745;Utgift;" + sum(postsummer(IAAR, 745)) + ";"
				+ sum(postsummer(IFJOR, 745)) + ";" + utgift[0] + ";") && l.endsWith(";Sum kapittel"));
		// Summing the «Linje» rows gives the totals.
		long linjesum = linjer.stream().skip(1).map(l -> l.split(";", -1)).filter(f -> f[f.length - 1].equals("Linje"))
			.mapToLong(f -> Long.parseLong(f[4])).sum();
		assertThat(linjesum).isEqualTo(IAAR.stream().mapToLong(BevilgningData::belop).sum());
		// § 22 as on the page: the exempt assignment for the cleared only.
		assertThat(csv).contains("O-2046-0082").doesNotContain("TB2046-9");
		String klarert = mvc.perform(get("/bevilgninger/eksport.csv").param("etat", String.valueOf(etat))
			.param("aar", String.valueOf(AAR)).with(user(KLARERT))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(klarert).contains("O-2046-0082, TB2046-9").doesNotContain(HEMMELIG);
		// A choice without lines: the page's empty state, as for the workbook.
		mvc.perform(get("/bevilgninger/eksport.csv").param("etat", String.valueOf(etat)).param("aar", "2031")
			.with(user(LESER))).andExpect(status().isNotFound());
	}

	private String side(String bruker) throws Exception {
		RequestPostProcessor hvem = user(bruker).roles("HOD_SAKSBEHANDLER");
		return mvc.perform(get("/bevilgninger").param("etat", String.valueOf(etat)).param("aar", String.valueOf(AAR))
			.with(hvem)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** The row the text is in, from the text to the row's end. */
	private static String rad(String side, String tekst) {
		int start = side.indexOf(tekst);
		assertThat(start).as(tekst).isNotNegative();
		return side.substring(start, side.indexOf("</tr>", start));
	}

	/** The figures of a row's number cells, after each cell's phone label. */
	private static List<String> belop(String rad) {
		List<String> belop = new ArrayList<>();
		Matcher m = Pattern.compile("<td class=\"tall\">\\s*<span[^>]*>[^<]*</span>\\s*<span>([^<]*)</span>")
			.matcher(rad);
		while (m.find()) {
			belop.add(m.group(1));
		}
		return belop;
	}

	private static String belop(long verdi) {
		return new Formats().belop(verdi);
	}

	private static String prosent(long endring, long forrige) {
		return String.format(Locale.ROOT, "%.1f", 100.0 * endring / forrige).replace('.', ',').replace('-', '\u2212')
				+ " %";
	}

	private static Row finnRad(Sheet ark, String tekst) {
		DataFormatter format = new DataFormatter();
		for (Row rad : ark) {
			for (Cell celle : rad) {
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
