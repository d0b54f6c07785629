package no.hod.styringsregister.tildelingsbrev.internal.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import no.hod.styringsregister.dokumenter.DocumentFormat;
import no.hod.styringsregister.dokumenter.ExtractedText;
import no.hod.styringsregister.dokumenter.TextExtractor;
import no.hod.styringsregister.testsupport.TestDocuments;

/**
 * The same letter must read the same whatever its format. The 2025 seed is laid out as a plain PDF writer would:
 * one text line per PDF line, an empty line only a vertical gap, pages broken where full (inside a paragraph) or at
 * a paragraph break near the end (two empty lines or more, the gap at the bottom or the top of a page). Read back
 * through the extractor, it must give what the text file gives, paragraph for paragraph.
 */
class Letter2025ParserPdfTest {

	private static final String SEED = "tildelingsbrev-helsedirektoratet-2025.txt";

	private static LetterDraft fromText;
	private static LetterDraft fromPdf;

	@BeforeAll
	static void parseBoth() {
		// Helvetica in WinAnsiEncoding lacks the minus sign, a box line and a combining cedilla: they print as '?'
		String text = TestDocuments.seed(SEED).replaceAll("[\u2212\u2500\u0327]", "?");
		ExtractedText pdf = new TextExtractor(20L * 1024 * 1024).extract("tildelingsbrev.pdf",
				TestDocuments.pdfBreakingAtParagraphs(text, 8, 2, 4));
		assertThat(pdf.format()).isEqualTo(DocumentFormat.PDF);
		// both kinds of page break occur: between paragraphs (a blank line) and inside one (the text goes on)
		assertThat(pdf.text()).contains("\n\f\n").containsPattern("\n\f[^\n]");
		fromText = new LetterParser().parse(text);
		fromPdf = new LetterParser().parse(pdf.text());
	}

	@Test
	void readsTheGoalsWithTheirTitlesAloneNotTheParagraphAfterThem() {
		assertThat(fromPdf.goals()).extracting(GoalDraft::number)
				.containsExactlyElementsOf(IntStream.rangeClosed(1, 13).mapToObj(n -> "3." + n).toList());
		assertThat(goal(fromPdf, "3.1").title()).isEqualTo("Folkehelsearbeidet er kunnskapsbasert og tverrsektorielt");
		assertThat(goal(fromPdf, "3.2").title())
				.isEqualTo("Befolkningen har gode levevaner og god livskvalitet i trygge og helsefremmende lokalsamfunn");
		assertThat(fromPdf.goals()).map(GoalDraft::title).noneMatch(title -> title.contains("I rapportering"));
		assertThat(fromPdf.goals()).map(Letter2025ParserPdfTest::normalized)
				.containsExactlyElementsOf(fromText.goals().stream().map(Letter2025ParserPdfTest::normalized).toList());
	}

	@Test
	void readsEveryAssignmentAsFromTheText() {
		assertThat(fromPdf.assignments()).extracting(AssignmentDraft::id)
				.containsExactlyElementsOf(IntStream.rangeClosed(1, 72).mapToObj(n -> "TB2025-" + n).toList());
		// id, section, departments, title, text, deadlines, exemption, references and budget posts
		assertThat(fromPdf.assignments()).map(Letter2025ParserPdfTest::normalized).containsExactlyElementsOf(
				fromText.assignments().stream().map(Letter2025ParserPdfTest::normalized).toList());
	}

	@Test
	void keepsEveryParagraphOfEveryAssignmentAsInTheText() {
		// a paragraph break lost at a page break or a gap merges two parts; whitespace inside a part may differ
		assertThat(fromPdf.assignments()).map(Letter2025ParserPdfTest::paragraphs).containsExactlyElementsOf(
				fromText.assignments().stream().map(Letter2025ParserPdfTest::paragraphs).toList());
	}

	@Test
	void readsTheBudgetCalendarAndAppendicesAsFromTheText() {
		assertThat(fromPdf.year()).isEqualTo(fromText.year());
		assertThat(fromPdf.agency()).isEqualTo(fromText.agency());
		assertThat(normalized(fromPdf.budgetLines())).isEqualTo(normalized(fromText.budgetLines()));
		assertThat(normalized(fromPdf.calendar())).isEqualTo(normalized(fromText.calendar()));
		assertThat(normalized(fromPdf.specialReporting())).isEqualTo(normalized(fromText.specialReporting()));
		assertThat(normalized(fromPdf.authorizations())).isEqualTo(normalized(fromText.authorizations()));
	}

	private static GoalDraft goal(LetterDraft letter, String number) {
		return letter.goals().stream().filter(goal -> goal.number().equals(number)).findFirst().orElseThrow();
	}

	/** The assignment's id and its paragraphs and points, one per line, whitespace inside each made one space. */
	private static String paragraphs(AssignmentDraft assignment) {
		StringBuilder out = new StringBuilder(assignment.id());
		assignment.parts().forEach(part -> out.append("\n").append(part.exempt() ? "[unntatt] " : "")
				.append(part.text().replaceAll("\\s+", " ").strip()));
		return out.toString();
	}

	/** The record written out with runs of whitespace made one space: line breaks may differ, words may not. */
	private static String normalized(Object draft) {
		return String.valueOf(draft).replaceAll("\\s+", " ");
	}

	@SuppressWarnings("unused")
	private static String normalized(List<?> drafts) {
		return normalized((Object) drafts);
	}
}
