package no.hod.styringsregister.rapporter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.oppdrag.OppdragImport.OppdragData;
import no.hod.styringsregister.oppdrag.OppdragImport.Tekstdel;
import no.hod.styringsregister.oppdrag.OppdragImport.Unntak;
import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.web.Formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Where the PDF's pages break in a report of many pages: a heading stays with what it heads, also when the first row
 * under it is tall, a table that goes on over a page starts the new page with its column headings, and every page
 * says which report it belongs to, with the title page's § 22 notice where that has one.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatusRapportSideskiftTests extends RapportTestoppsett {

	static final int MAAL = 36;

	static final String KOLONNER = "ID Tittel Ansvarlig enhet Frist";

	static final String ADVARSEL = "Inneholder opplysninger unntatt offentlighet (offl. § 22). Skal ikke deles med "
			+ "uvedkommende.";

	/** Long enough to make its row taller than the room the stylesheet keeps under a heading. */
	static final String LANG_TITTEL = "Utrede og gjennomføre tiltak for at digitalisering er en integrert del av "
			+ "utviklingen av helse- og omsorgstjenestene, i samarbeid med kommunene, de regionale helseforetakene, "
			+ "brukerorganisasjonene og andre berørte aktører, og rapportere på fremdrift, risiko, kostnader og "
			+ "gevinster i hvert tertial, med en samlet vurdering av måloppnåelse ved årets slutt og forslag til "
			+ "videre arbeid i det kommende året nr. ";

	final int aar = LocalDate.now(Formats.OSLO).getYear();

	final LocalDate dato = LocalDate.now(Formats.OSLO);

	final String etat = "Sideskiftetat " + System.nanoTime();

	/** Ids of their own: an official id belongs to one letter's assignment. */
	final String forsok = "S" + (System.nanoTime() % 1_000_000) + "-";

	@Autowired
	Formats formats;

	@BeforeAll
	void mangeMaalMedUliktAntallOppdrag() throws Exception {
		brukere.create(new NyBruker("sk-adm", "Sideskift Admin", "et-langt-passord", Rolle.ADMIN, null, true, null));
		brukere.create(new NyBruker("sk-sb", "Sideskift Saksbehandler", "et-langt-passord", Rolle.HOD_SAKSBEHANDLER,
				null, false, null));
		brukere.create(new NyBruker("sk-sbk", "Sideskift Klarert", "et-langt-passord", Rolle.HOD_SAKSBEHANDLER, null,
				true, null));
		long etatId = new RapportFixtur(mvc, organisasjon, jdbc, "sk-adm").nyEtat(etat);
		// Goals of one to four assignments, some titles over two lines, every third goal's first title over many,
		// every third deadline last year: the headings and the table rows fall at many different heights of a page,
		// and the passed deadlines make a long table. Every seventh assignment is wholly exempt.
		List<OppdragData> oppdrag = new ArrayList<>();
		int n = 0;
		for (int m = 1; m <= MAAL; m++) {
			for (int i = 0; i <= m % 4; i++) {
				n++;
				String tittel = i == 0 && m % 3 == 0 ? LANG_TITTEL + n
						: n % 5 == 0 ? "Oppfølging av et oppdrag med en tittel lang nok til å gå over to linjer nr. " + n
								: "Oppdrag nr. " + n;
				LocalDate frist = n % 3 == 0 ? LocalDate.of(aar - 1, 12, 31) : LocalDate.of(aar, 12, 31);
				boolean unntatt = n % 7 == 0;
				oppdrag.add(new OppdragData(id(n), m + ".1", "Mål " + m, List.of(), tittel,
						List.of(new Tekstdel("Direktoratet skal følge opp " + tittel.toLowerCase() + ".", unntatt)),
						List.of(frist), null, unntatt ? Unntak.WHOLE : Unntak.NONE, List.of(), List.of()));
			}
		}
		oppdragImport.apply(700_080, aar, etatId, oppdrag);
	}

	String id(int n) {
		return forsok + n;
	}

	@Test
	void noPageEndsWithAHeadingAndAContinuedTableRepeatsItsColumnHeadings() throws Exception {
		Set<String> overskrifter = new HashSet<>(Set.of("Sammendrag", "Avvik",
				"Fristen er passert uten levering (ikke meldt forsinket)", "Videreførte oppdrag fra " + (aar - 1)
						+ " og tidligere"));
		IntStream.rangeClosed(1, MAAL).forEach(m -> overskrifter.add(m + ".1 Mål " + m));
		for (String bruker : List.of("sk-sb", "sk-sbk")) {
			try (PDDocument pdf = Loader.loadPDF(pdf(bruker))) {
				List<List<String>> sider = sider(pdf);
				assertThat(sider).as("sider").hasSizeGreaterThan(4);
				int fortsatte = 0;
				for (int s = 1; s < sider.size(); s++) {
					List<String> linjer = sider.get(s);
					String sist = linjer.get(linjer.size() - 1);
					assertThat(overskrifter).as("%s: siste linje på side %d", bruker, s + 1).doesNotContain(sist);
					assertThat(sist).as("%s: siste linje på side %d", bruker, s + 1).doesNotStartWith(KOLONNER);
					// A page whose first table row comes before any heading goes on with the previous page's table.
					int forsteRad = indeks(linjer, l -> l.startsWith(forsok));
					int forsteOverskrift = indeks(linjer, overskrifter::contains);
					if (forsteRad >= 0 && (forsteOverskrift < 0 || forsteRad < forsteOverskrift)) {
						fortsatte++;
						assertThat(linjer.get(0)).as("%s: første linje på side %d", bruker, s + 1).startsWith(KOLONNER);
					}
				}
				assertThat(fortsatte).as("sider der en tabell fortsetter").isPositive();
			}
		}
	}

	/**
	 * Every page, not only the title page, names the report, and carries the § 22 notice when the report shows its
	 * reader exempt content: a page taken out of the printout still says what it is and that it is not to be passed
	 * on. The uncleared reader's report, which shows none, carries no notice.
	 */
	@Test
	void everyPageCarriesTheReportsNameAndForAClearedReaderTheNotice() throws Exception {
		String topptekst = "Statusrapport for oppdrag · " + etat + " " + aar + " · status per " + formats.dato(dato);
		try (PDDocument pdf = Loader.loadPDF(pdf("sk-sbk"))) {
			List<String> sider = hele(pdf);
			assertThat(sider).hasSizeGreaterThan(4);
			for (int s = 0; s < sider.size(); s++) {
				assertThat(sider.get(s)).as("side %d", s + 1).contains(topptekst).contains(ADVARSEL);
			}
		}
		try (PDDocument pdf = Loader.loadPDF(pdf("sk-sb"))) {
			List<String> sider = hele(pdf);
			for (int s = 0; s < sider.size(); s++) {
				assertThat(sider.get(s)).as("side %d", s + 1).contains(topptekst).doesNotContain(ADVARSEL)
					.doesNotContain("Skal ikke deles");
			}
		}
	}

	private byte[] pdf(String bruker) throws Exception {
		return mvc.perform(get("/rapporter/status.pdf?agency={etat}&year={aar}&date={dato}", etat, aar, dato)
			.with(user(bruker).roles("HOD_SAKSBEHANDLER"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
	}

	/** Each page's text, its whitespace as single spaces. */
	private static List<String> hele(PDDocument pdf) throws Exception {
		List<String> sider = new ArrayList<>();
		PDFTextStripper tekst = new PDFTextStripper();
		for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
			tekst.setStartPage(i);
			tekst.setEndPage(i);
			sider.add(tekst.getText(pdf).replaceAll("\\s+", " "));
		}
		return sider;
	}

	/** Each page's lines of text top to bottom, without the running header atop it and the page number at its foot. */
	private static List<List<String>> sider(PDDocument pdf) throws Exception {
		List<List<String>> sider = new ArrayList<>();
		PDFTextStripper tekst = new PDFTextStripper();
		tekst.setSortByPosition(true);
		for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
			tekst.setStartPage(i);
			tekst.setEndPage(i);
			sider.add(tekst.getText(pdf).lines().map(String::strip).filter(l -> !l.isEmpty())
				.filter(l -> !l.matches("Side \\d+ av \\d+")).filter(l -> !l.startsWith("Statusrapport for oppdrag · "))
				.filter(l -> !l.equals(ADVARSEL)).toList());
		}
		return sider;
	}

	private static int indeks(List<String> linjer, Predicate<String> test) {
		return IntStream.range(0, linjer.size()).filter(i -> test.test(linjer.get(i))).findFirst().orElse(-1);
	}
}
