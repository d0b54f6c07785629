package no.hod.styringsregister.tildelingsbrev;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.testsupport.TestDocuments;

import static no.hod.styringsregister.tildelingsbrev.Brevsteg.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The review page's summary: each kind's count is what the import would hold, new, changed and unchanged together. */
@IntegrationTest
@AutoConfigureMockMvc
class LetterPreviewSummaryTests {

	private static final Pattern RAD = Pattern.compile(
			"<tr><th scope=\"row\">([^<]+)</th>\\s*((?:<td class=\"tall\">[^<]*</td>\\s*){5})");

	private static final Pattern TALL = Pattern.compile("<td class=\"tall\">([^<]*)</td>");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theCountOfEachKindIsTheSumOfNewChangedAndUnchanged() throws Exception {
		// The real 2025 letter: its special reporting has reports due every quarter and every half year.
		String location = mvc.perform(multipart("/tildelingsbrev/import").file(new MockMultipartFile("fil",
				"tildelingsbrev-2025.txt", "text/plain", TestDocuments.seed("tildelingsbrev-helsedirektoratet-2025.txt")
					.getBytes(StandardCharsets.UTF_8)))
			.with(ADMIN).with(csrf())).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/tildelingsbrev/import/");
		String side = mvc.perform(get(location).with(ADMIN)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		Matcher rad = RAD.matcher(side);
		List<String> slag = new ArrayList<>();
		while (rad.find()) {
			List<Integer> tall = new ArrayList<>();
			Matcher t = TALL.matcher(rad.group(2));
			while (t.find()) {
				tall.add(Integer.parseInt(t.group(1).replaceAll("\\s", "")));
			}
			slag.add(rad.group(1));
			// Antall = nye + endret + uendret (fjernet are no longer in the letter).
			assertThat(tall.get(0)).as(rad.group(1)).isEqualTo(tall.get(1) + tall.get(2) + tall.get(4));
		}
		assertThat(slag).contains("Oppdrag", "Kalender og særskilt rapportering");
	}

	@Test
	void aChangedLetterNamesWhatChangedInWords() throws Exception {
		// The 2020 letter, which other tests import too (the import is idempotent); a deadline of it moved a month.
		String brev = TestDocuments.seed("tildelingsbrev-helsedirektoratet-2020.txt");
		mvc.perform(post(last(brev) + "/bekreft").with(ADMIN).with(csrf()));
		String side = mvc.perform(get(last(brev.replace("innen 1.6.2020", "innen 1.7.2020"))).with(ADMIN)).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		// The phrase «innen 1.6.2020» moved with the date: one deadline change, not a second one for the phrase.
		assertThat(side).contains("(oppdragstekst, frister)").doesNotContain("fristen i brevet")
			.doesNotContain("frist_tekst");
		// The deadline before and after, in words.
		assertThat(side).containsPattern("frister:\\s*<span class=\"skjult\">før:</span> <del>[^<]*1\\. juni 2020[^<]*</del>\\s*"
				+ "→ <span class=\"skjult\">nå:</span> <ins>[^<]*1\\. juli 2020[^<]*</ins>");
		// The text: the words that changed, with a few around them.
		assertThat(side).containsPattern("oppdragstekst:\\s*<span class=\"skjult\">før:</span> <del>… [^<]*innen 1\\.6\\.2020\\."
				+ "[^<]*</del>\\s*→ <span class=\"skjult\">nå:</span> <ins>… [^<]*innen 1\\.7\\.2020\\.[^<]*</ins>");
	}

	@Test
	void aMovedDeadlineIsShownAndRecordedOnceAndAChangedTextByWhatChanged() throws Exception {
		// An admin's changed version of the 2025 letter (TB-8's deadline moved two months, a sentence added to TB-9's
		// text), moved to a year of its own.
		String brev = TestDocuments.seed("tildelingsbrev-helsedirektoratet-2025.txt").replace("2025", "2044");
		mvc.perform(post(last(brev) + "/bekreft").with(ADMIN).with(csrf()));
		String utkast = last(TestDocuments.resource("/letters/tildelingsbrev-2025-endret.txt").replace("2025", "2044"));
		String side = mvc.perform(get(utkast).with(ADMIN)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(side).containsPattern("<span>TB2044-8</span> <span>[^<]*</span>\\s*<span>\\(frister\\)</span>");
		assertThat(side.split("\\bfrister:", -1)).as("one line of deadline values").hasSize(2);
		assertThat(side).containsPattern("frister:\\s*<span class=\"skjult\">før:</span> <del>1\\. september 2044</del>\\s*"
				+ "→ <span class=\"skjult\">nå:</span> <ins>1\\. november 2044</ins>");
		Matcher tekst = Pattern.compile("<span>TB2044-9</span>.*?oppdragstekst:\\s*<span class=\"skjult\">før:</span> "
				+ "<del>([^<]*)</del>\\s*→ <span class=\"skjult\">nå:</span> <ins>([^<]*)</ins>", Pattern.DOTALL).matcher(side);
		assertThat(tekst.find()).as("TB2044-9's text before and after").isTrue();
		assertThat(tekst.group(1)).contains("med direktoratet og instituttet.").doesNotContain("snus");
		assertThat(tekst.group(2)).contains("med direktoratet og instituttet. Rapporten skal også omfatte snus.");
		// Short: a few words around the change, not the text.
		assertThat(tekst.group(2).split(" ")).hasSizeLessThan(30);
		assertThat(tekst.group(2)).doesNotContain("Departementet ber Helsedirektoratet");

		mvc.perform(post(utkast + "/bekreft").with(ADMIN).with(csrf()));
		assertThat(jdbc.sql("SELECT h.felt FROM oppdrag_historikk h JOIN oppdrag o ON o.id = h.oppdrag_id "
				+ "WHERE o.offisiell_id = 'TB2044-8' AND h.type = 'IMPORT'").query(String.class).list())
			.containsExactly("frister");
	}

	@Test
	void aWhollyExemptAssignmentsChangeShowsOnlyItsDeadlinesValuesToAnAdminWithoutClearance() throws Exception {
		// The test admin is not cleared; TB2025-60 is exempt in whole, its title included, and has no deadline yet.
		String brev = TestDocuments.seed("tildelingsbrev-helsedirektoratet-2025.txt");
		mvc.perform(post(last(brev) + "/bekreft").with(ADMIN).with(csrf()));
		String endret = brev.replace("KTA Rekrutteringsprogram", "KTA Rekrutteringsprogram for fastleger")
			.replace("Oppdraget er unntatt offentlighet, jf. Offl. §22, 2. ledd.",
					"Oppdraget er unntatt offentlighet, jf. Offl. §22, 2. ledd. Multebærkompott skal utredes.\n\n"
							+ "Frist 17.11.2025")
			.replace("Avd. HOD: FHA", "Avd. HOD: SPA");
		assertThat(endret).contains("Multebærkompott");
		String utkast = last(endret);
		String side = mvc.perform(get(utkast).with(ADMIN)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		mvc.perform(post(utkast + "/avbryt").with(ADMIN).with(csrf()));

		// Every changed field named; of the values only the deadlines', public as on the assignment's page. The
		// letter's words for the frist are exempt as its title is: named as changed, their value not shown.
		int start = side.indexOf("<span>TB2025-60</span>");
		assertThat(start).isNotNegative();
		String linje = side.substring(start, side.indexOf("</ul>", start));
		assertThat(linje).contains("(tittel, oppdragstekst, frister, fristen i brevet)")
			.containsPattern("frister:\\s*<span class=\"skjult\">før:</span> <del>–</del>\\s*"
					+ "→ <span class=\"skjult\">nå:</span> <ins>17\\. november 2025</ins>")
			.doesNotContain("tittel:").doesNotContain("oppdragstekst:").doesNotContain("fristen i brevet:")
			.doesNotContain("17.11.2025");
		assertThat(side).doesNotContain("Rekrutteringsprogram").doesNotContain("Multebærkompott");
		// Another assignment's change, not exempt, with its values.
		assertThat(side).containsPattern("avdeling i HOD:\\s*<span class=\"skjult\">før:</span> <del>FHA</del>");
	}

	@Test
	void aChangedBudgetLineIsListedWithItsAmountBeforeAndAfter() throws Exception {
		// The first row of 701.21 in the 2025 letter, 30 000, corrected to 35 500.
		String brev = TestDocuments.seed("tildelingsbrev-helsedirektoratet-2025.txt");
		mvc.perform(post(last(brev) + "/bekreft").with(ADMIN).with(csrf()));
		String endret = brev.replace("30 000  Tilskudd til innføring av digitale", "35 500  Tilskudd til innføring av digitale");
		assertThat(endret).isNotEqualTo(brev);
		String utkast = last(endret);
		String side = mvc.perform(get(utkast).with(ADMIN)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		mvc.perform(post(utkast + "/avbryt").with(ADMIN).with(csrf()));

		assertThat(side).contains("Endringer i budsjettlinjer og fullmakter");
		assertThat(side).containsPattern("<strong>Endret</strong>:\\s*<span>701\\.21</span> <span>Spesielle driftsutgifter[^<]*</span>"
				+ "\\s*<ul class=\"verdiendringer\">\\s*<li>\\s*Beløp:\\s*<span class=\"skjult\">før:</span> <del>30 000</del>"
				+ "\\s*→ <span class=\"skjult\">nå:</span> <ins>35 500</ins>");
		// The one line changed and no other listed.
		assertThat(side.split("<strong>Endret</strong>:\\s*<span>\\d+\\.\\d+</span>", -1)).hasSize(2);
	}

	@Test
	void anAddedAndARemovedBudgetLineAreListedWithTheirAmounts() throws Exception {
		String brev = TestDocuments.seed("tildelingsbrev-helsedirektoratet-2025.txt");
		mvc.perform(post(last(brev) + "/bekreft").with(ADMIN).with(csrf()));
		// 702.70 becomes 702.71: to the register one line gone and one new.
		String endret = brev.replace("702.70 Tilskudd 4 811", "702.71 Tilskudd 4 811");
		assertThat(endret).isNotEqualTo(brev);
		String utkast = last(endret);
		String side = mvc.perform(get(utkast).with(ADMIN)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		mvc.perform(post(utkast + "/avbryt").with(ADMIN).with(csrf()));

		assertThat(side).containsPattern("<strong>Ny</strong>:\\s*<span>702\\.71</span> <span>Tilskudd[^<]*</span>: <span>4 811</span>")
			.containsPattern("<strong>Fjernet</strong>:\\s*<span>702\\.70</span> <span>Tilskudd[^<]*</span>: <span>4 811</span>");
	}

	@Test
	void aBudgetLineTheLetterGivesNoNameIsShownAsWithoutAName() throws Exception {
		// 2060: LetterReviewGuardsTests reviews (never imports) a 2060 letter that has 2032's ids.
		String brev = Brevsteg.brev2025Som(2060);
		// The closed post's row without its only text: nothing names it.
		String utenNavn = brev.replace("701.22   Posten avsluttes fra 2060 ", "701.22 ");
		assertThat(utenNavn).isNotEqualTo(brev);
		String utkast = last(utenNavn);
		String side = mvc.perform(get(utkast).with(ADMIN)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(side).containsPattern("<strong>Ny</strong>:\\s*<span>701\\.22</span> <span>\\(uten navn\\)</span>:")
			.containsPattern("placeholder=\"\\(uten navn\\)\"[^>]*name=\"budsjett\\[\\d+]\\.navn\" value=\"\">");
		mvc.perform(post(utkast + "/bekreft").with(ADMIN).with(csrf())).andExpect(status().is3xxRedirection());

		String bevilgninger = mvc.perform(get("/bevilgninger").param("etat", "Helsedirektoratet")
			.param("aar", "2060").with(ADMIN)).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(bevilgninger).containsPattern("<td>701\\.22</td>\\s*<td>\\(uten navn\\)</td>");
	}

	@Test
	void anAddedAssignmentCitingAnEarlierOpenRoutedOneIsRoutedThereUnlessTheAdminUnticksIt() throws Exception {
		String brev = TestDocuments.seed("tildelingsbrev-helsedirektoratet-2025.txt");
		mvc.perform(post(last(brev.replace("2025", "2067")) + "/bekreft").with(ADMIN).with(csrf()))
			.andExpect(status().is3xxRedirection());
		long folkehelse = jdbc.sql("SELECT e.id FROM enhet e JOIN etat a ON a.id = e.etat_id "
				+ "WHERE e.navn = 'Divisjon folkehelse' AND a.navn = 'Helsedirektoratet'").query(Long.class)
			.single();
		mvc.perform(post("/oppdrag/TB2067-9/ruting").param("divisjon", String.valueOf(folkehelse)).with(ADMIN)
			.with(csrf())).andExpect(status().is3xxRedirection());
		// Next year's letter renumbers the work: its TB-8 and TB-10 now cite last year's TB-9.
		String neste = brev.replace("2025", "2068")
			.replace("lage en oppdatert rapport.", "lage en oppdatert rapport, jf. TB2067-9.")
			.replace("inngå i et høringsnotat.", "inngå i et høringsnotat, jf. TB2067-9.");
		assertThat(neste.split("jf\\. TB2067-9", -1)).hasSize(3);
		String utkast = last(neste);
		String side = mvc.perform(get(utkast).with(ADMIN)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		String aatte = endring(side, "TB2068-8");
		// The cited one linked, as «Viderefører» links it.
		assertThat(aatte).containsPattern("<p class=\"hjelp foreslatt-divisjon\">"
				+ "Foreslått divisjon: Divisjon folkehelse, samme som\\s*<a href=\"/oppdrag/TB2067-9\">TB2067-9</a>, som "
				+ "oppdraget viser til\\.</p>");
		mvc.perform(get("/oppdrag/TB2067-9").with(ADMIN)).andExpect(status().isOk());
		assertThat(side.split("Foreslått divisjon", -1)).as("only the two that cite it").hasSize(3);
		// A box per proposal, ticked, that belongs to the form the confirm sends, in the row of the assignment there.
		assertThat(rutKryss(aatte)).isEqualTo(rad(side, "TB2068-8"));
		assertThat(aatte).containsPattern("<input type=\"checkbox\"[^>]* name=\"oppdrag\\[7]\\.rut\"[^>]* checked=\"checked\"")
			.contains("<label for=\"rut-7\">Rut til Divisjon folkehelse</label>");
		assertThat(rutKryss(endring(side, "TB2068-10"))).isEqualTo(rad(side, "TB2068-10"));

		// The admin takes out TB2068-1 and unticks TB2068-10's routing, and saves: the box stays unticked, in the row
		// it had, though the assignment now comes ninth of those imported.
		mvc.perform(Rettingsskjema.fyltUt(post(utkast + "/rett").with(ADMIN).with(csrf()), side,
				Map.of("oppdrag[0].dropp", "true"), Set.of("oppdrag[9].rut")))
			.andExpect(status().is3xxRedirection());
		side = mvc.perform(get(utkast).with(ADMIN)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(endring(side, "TB2068-10")).containsPattern("<input type=\"checkbox\"[^>]* name=\"oppdrag\\[9]\\.rut\"")
			.doesNotContain("checked");
		assertThat(endring(side, "TB2068-8")).containsPattern("name=\"oppdrag\\[7]\\.rut\"[^>]* checked=\"checked\"");

		// Confirmed with a forged box for TB2068-3, which has no proposal: it routes nothing.
		assertThat(Rettingsskjema.verdi(side, "oppdrag[2].id")).isEqualTo("TB2068-3");
		mvc.perform(Rettingsskjema.fyltUt(post(utkast + "/bekreft").with(ADMIN).with(csrf()), side,
				Map.of("oppdrag[2].rut", "true")))
			.andExpect(status().is3xxRedirection());
		assertThat(divisjon("TB2068-8")).isEqualTo(folkehelse);
		assertThat(divisjon("TB2068-10")).isNull();
		assertThat(divisjon("TB2068-3")).isNull();
		assertThat(jdbc.sql("SELECT count(*) FROM oppdrag WHERE offisiell_id = 'TB2068-1'").query(Long.class).single())
			.isZero();
	}

	/** The review's line for the assignment among the changes to assignments. */
	private static String endring(String side, String id) {
		int start = side.indexOf("<span>" + id + "</span>");
		assertThat(start).as(id).isNotNegative();
		return side.substring(start, side.indexOf("</li>", start));
	}

	/** The row in the corrections form that the line's routing box names. */
	private static int rutKryss(String endring) {
		Matcher kryss = Pattern.compile("<input type=\"checkbox\" form=\"rettinger\"[^>]* name=\"oppdrag\\[(\\d+)]\\.rut\"")
			.matcher(endring);
		assertThat(kryss.find()).as("a routing box in " + endring).isTrue();
		return Integer.parseInt(kryss.group(1));
	}

	/** The row of the assignment with the id in the corrections form. */
	private static int rad(String side, String id) {
		Matcher rad = Pattern.compile("name=\"oppdrag\\[(\\d+)]\\.id\" value=\"" + Pattern.quote(id) + "\"").matcher(side);
		assertThat(rad.find()).as(id).isTrue();
		return Integer.parseInt(rad.group(1));
	}

	/** The division the imported assignment is routed to; {@code null} for none. */
	private Long divisjon(String id) {
		List<Long> divisjon = jdbc.sql("SELECT divisjon_id FROM oppdrag WHERE offisiell_id = ?").param(id)
			.query(Long.class).list();
		assertThat(divisjon).as(id + " imported").hasSize(1);
		return divisjon.get(0);
	}

	/** Uploads the letter's text for review; the review page's address. */
	private String last(String tekst) throws Exception {
		return Brevsteg.lastOpp(mvc, tekst, ADMIN);
	}
}
