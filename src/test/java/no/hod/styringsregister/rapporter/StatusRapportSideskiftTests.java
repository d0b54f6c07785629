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
 * Where the PDF's pages break in a report of many pages: a heading stays with what it heads, and a table that goes
 * on over a page starts the new page with its column headings.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatusRapportSideskiftTests extends RapportTestoppsett {

	static final int MAAL = 36;

	static final String KOLONNER = "ID Tittel Ansvarlig enhet Frist";

	final int aar = LocalDate.now(Formats.OSLO).getYear();

	final String etat = "Sideskiftetat " + System.nanoTime();

	/** Ids of their own: an official id belongs to one letter's assignment. */
	final String forsok = "S" + (System.nanoTime() % 1_000_000) + "-";

	@BeforeAll
	void mangeMaalMedUliktAntallOppdrag() throws Exception {
		brukere.create(new NyBruker("sk-adm", "Sideskift Admin", "et-langt-passord", Rolle.ADMIN, null, true, null));
		brukere.create(new NyBruker("sk-sb", "Sideskift Saksbehandler", "et-langt-passord", Rolle.HOD_SAKSBEHANDLER,
				null, false, null));
		long etatId = new RapportFixtur(mvc, organisasjon, jdbc, "sk-adm").nyEtat(etat);
		// Goals of one to four assignments, some titles over two lines, every third deadline last year: the headings
		// and the table rows fall at many different heights of a page, and the passed deadlines make a long table.
		List<OppdragData> oppdrag = new ArrayList<>();
		int n = 0;
		for (int m = 1; m <= MAAL; m++) {
			for (int i = 0; i <= m % 4; i++) {
				n++;
				String tittel = n % 5 == 0
						? "Oppfølging av et oppdrag med en tittel lang nok til å gå over to linjer nr. " + n
						: "Oppdrag nr. " + n;
				LocalDate frist = n % 3 == 0 ? LocalDate.of(aar - 1, 12, 31) : LocalDate.of(aar, 12, 31);
				oppdrag.add(new OppdragData(id(n), m + ".1", "Mål " + m, List.of(), tittel,
						List.of(new Tekstdel("Direktoratet skal følge opp " + tittel.toLowerCase() + ".", false)),
						List.of(frist), null, Unntak.NONE, List.of(), List.of()));
			}
		}
		oppdragImport.apply(700_080, aar, etatId, oppdrag);
	}

	String id(int n) {
		return forsok + n;
	}

	@Test
	void noPageEndsWithAHeadingAndAContinuedTableRepeatsItsColumnHeadings() throws Exception {
		byte[] fil = mvc.perform(get("/rapporter/status.pdf").param("agency", etat).param("year", String.valueOf(aar))
			.with(user("sk-sb").roles("HOD_SAKSBEHANDLER"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
		Set<String> overskrifter = new HashSet<>(Set.of("Sammendrag", "Avvik",
				"Fristen er passert uten levering (ikke meldt forsinket)", "Videreførte oppdrag fra " + (aar - 1)
						+ " og tidligere"));
		IntStream.rangeClosed(1, MAAL).forEach(m -> overskrifter.add(m + ".1 Mål " + m));
		try (PDDocument pdf = Loader.loadPDF(fil)) {
			List<List<String>> sider = sider(pdf);
			assertThat(sider).as("sider").hasSizeGreaterThan(4);
			int fortsatte = 0;
			for (int s = 1; s < sider.size(); s++) {
				List<String> linjer = sider.get(s);
				String sist = linjer.get(linjer.size() - 1);
				assertThat(overskrifter).as("siste linje på side %d", s + 1).doesNotContain(sist);
				assertThat(sist).as("siste linje på side %d", s + 1).doesNotStartWith(KOLONNER);
				// A page whose first table row comes before any heading goes on with the previous page's table.
				int forsteRad = indeks(linjer, l -> l.startsWith(forsok));
				int forsteOverskrift = indeks(linjer, overskrifter::contains);
				if (forsteRad >= 0 && (forsteOverskrift < 0 || forsteRad < forsteOverskrift)) {
					fortsatte++;
					assertThat(linjer.get(0)).as("første linje på side %d", s + 1).startsWith(KOLONNER);
				}
			}
			assertThat(fortsatte).as("sider der en tabell fortsetter").isPositive();
		}
	}

	/** Each page's lines of text top to bottom, without the page number at its foot. */
	private static List<List<String>> sider(PDDocument pdf) throws Exception {
		List<List<String>> sider = new ArrayList<>();
		PDFTextStripper tekst = new PDFTextStripper();
		tekst.setSortByPosition(true);
		for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
			tekst.setStartPage(i);
			tekst.setEndPage(i);
			sider.add(tekst.getText(pdf).lines().map(String::strip).filter(l -> !l.isEmpty())
				.filter(l -> !l.matches("Side \\d+ av \\d+")).toList());
		}
		return sider;
	}

	private static int indeks(List<String> linjer, Predicate<String> test) {
		return IntStream.range(0, linjer.size()).filter(i -> test.test(linjer.get(i))).findFirst().orElse(-1);
	}
}
