package no.hod.styringsregister.organisasjon.internal.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import no.hod.styringsregister.dokumenter.TextExtractor;
import no.hod.styringsregister.testsupport.TestDocuments;

/**
 * The organisation description read from a PDF laid out as a plain PDF writer would (paragraphs wrapped at the page
 * width, an empty line only a vertical gap) must give what the text file gives.
 */
class OrganisationParserPdfTest {

	private final OrganisationParser parser = new OrganisationParser();

	@Test
	void readsTheSameDivisionsDepartmentsAndLeadersFromPdfAsFromText() {
		String text = TestDocuments.seed("organisering-helsedirektoratet.txt");
		String pdfText = new TextExtractor(20L * 1024 * 1024).extract("organisering.pdf", TestDocuments.pdf(text, 8))
				.text();

		OrganisationDraft fromText = parser.parse(text, "Helsedirektoratet");
		OrganisationDraft fromPdf = parser.parse(pdfText, "Helsedirektoratet");

		assertThat(fromPdf.divisions()).hasSize(6);
		assertThat(fromPdf.divisions()).map(OrganisationParserPdfTest::tree)
				.containsExactlyElementsOf(fromText.divisions().stream().map(OrganisationParserPdfTest::tree).toList());
		assertThat(normalized(fromPdf.divisions())).isEqualTo(normalized(fromText.divisions()));
	}

	/** The division with its departments and their leaders. */
	private static String tree(DivisionDraft division) {
		StringBuilder out = new StringBuilder(division.name());
		division.departments().forEach(department -> out.append(" | ").append(department.name()).append(": ")
				.append(department.leaderTitle()).append(' ').append(department.leader()));
		return out.toString();
	}

	/** Written out with runs of whitespace made one space: line breaks may differ, words may not. */
	private static String normalized(Object drafts) {
		return String.valueOf(drafts).replaceAll("\\s+", " ");
	}
}
