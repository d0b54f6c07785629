package no.hod.styringsregister.rapporter;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import no.hod.styringsregister.testsupport.BrowserTest;
import no.hod.styringsregister.testsupport.BrowserTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The status report on paper, as a department head brings it to a meeting: the server's PDF and the browser's
 * printout of the page (Chromium), both read back with PDFBox. A division's name, a date and a word are never broken
 * where they fit on a line.
 */
@BrowserTest
class StatusRapportUtskriftJourneyTests extends BrowserTestSupport {

	static final String DEMO = "/rapporter/status?agency=Helsedirektoratet&year=2025";

	static final Pattern DATO = Pattern.compile(
			"\\d{1,2}\\. (?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember) \\d{4}");

	@Test
	void theDemoReportKeepsTheDivisionsNameDatesAndWordsWholeInThePdfAndThePrintout() throws Exception {
		login("saksbehandler");
		open(DEMO);
		// Every word the page shows: a word on the paper that is none of them was broken.
		Set<String> ord = new HashSet<>(
				Arrays.asList(((String) page.evaluate("() => document.body.innerText")).split("\\s+")));
		byte[] server = page.request().get(url(DEMO.replace("/status?", "/status.pdf?"))).body();
		byte[] utskrift = page.pdf(new Page.PdfOptions().setPreferCSSPageSize(true));
		for (var pdf : List.of(new Papir("PDF", server), new Papir("utskrift", utskrift))) {
			try (PDDocument dokument = Loader.loadPDF(pdf.innhold())) {
				PDFTextStripper tekst = new PDFTextStripper();
				tekst.setSortByPosition(true);
				assertThat(tekst.getText(dokument).lines()).as(pdf.navn())
					.anyMatch(l -> l.contains("Divisjon spesialisthelsetjenester"));

				PdfTabeller tabeller = PdfTabeller.les(dokument);
				assertThat(tabeller.loddrette).as(pdf.navn()).isGreaterThan(20);
				assertThat(tabeller.utenforCellen()).as("%s: glyfer utenfor cellen sin", pdf.navn()).isEmpty();
				List<List<String>> celler = tabeller.cellelinjer();
				assertThat(celler).as(pdf.navn()).anyMatch(c -> c.contains("Divisjon spesialisthelsetjenester"));
				int datoer = 0;
				for (List<String> celle : celler) {
					Matcher dato = DATO.matcher(String.join(" ", celle));
					while (dato.find()) {
						datoer++;
						String funnet = dato.group();
						assertThat(celle).as("%s: «%s» på én linje", pdf.navn(), funnet).anyMatch(l -> l.contains(funnet));
					}
					if (String.join(" ", celle).contains("Divisjon spesialisthelsetjenester")) {
						assertThat(celle).as(pdf.navn()).anyMatch(l -> l.contains("Divisjon spesialisthelsetjenester"));
					}
					// A line may end at a compound's own hyphen (Ungdata-undersøkelsen): the next goes on with the word.
					String[] biter = String.join(" ", celle).split(" ");
					for (int i = 0; i < biter.length; i++) {
						if (!ord.contains(biter[i]) && biter[i].endsWith("-") && i + 1 < biter.length
								&& ord.contains(biter[i] + biter[i + 1])) {
							i++;
							continue;
						}
						assertThat(ord).as("%s: ord i cellen «%s»", pdf.navn(), celle).contains(biter[i]);
					}
				}
				// The demo's year has many: the check above saw them.
				assertThat(datoer).as(pdf.navn()).isGreaterThan(20);
			}
		}
	}

	private record Papir(String navn, byte[] innhold) {
	}
}
