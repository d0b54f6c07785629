package no.hod.styringsregister.tildelingsbrev.internal.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import no.hod.styringsregister.dokumenter.TextExtractor;
import no.hod.styringsregister.testsupport.TestDocuments;

/**
 * The same letter as a text file, as a Word file with one paragraph per line and no empty ones, and as a PDF laid
 * out without gaps between paragraphs (each line of the text a paragraph of its own, as a letter saved from a web
 * page or a word processor with no spacing is): the goals, budget lines and authorisations read the same, and every
 * assignment has the same words. Without blank lines the reader must tell a goal heading from the paragraph after
 * it by the words, and the PDF's line ends put hyphens where the text has none.
 */
class Letter2025ParserFormatsTest {

	private static final String SEED = "tildelingsbrev-helsedirektoratet-2025.txt";

	private static LetterDraft fromText;
	private static Map<String, LetterDraft> fromFile;

	@BeforeAll
	static void parseEveryFormat() {
		// Helvetica in WinAnsiEncoding lacks the minus sign, a box line and a combining cedilla: they print as '?'
		String text = TestDocuments.seed(SEED).replaceAll("[\u2212\u2500\u0327]", "?");
		String noBlankLines = text.lines().filter(line -> !line.isBlank()).collect(Collectors.joining("\n"));
		TextExtractor extractor = new TextExtractor(20L * 1024 * 1024);
		fromText = new LetterParser().parse(text);
		fromFile = Map.of(
				"docx", new LetterParser().parse(extractor.extract("brev.docx", TestDocuments.docx(noBlankLines)).text()),
				"pdf", new LetterParser().parse(extractor.extract("brev.pdf", TestDocuments.pdf(noBlankLines)).text()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "docx", "pdf" })
	void readsTheGoalTitlesAloneAsFromTheText(String format) {
		LetterDraft letter = fromFile.get(format);
		assertThat(letter.goals()).map(GoalDraft::title)
			.containsExactlyElementsOf(fromText.goals().stream().map(GoalDraft::title).toList());
		assertThat(title(letter, "3.1")).isEqualTo("Folkehelsearbeidet er kunnskapsbasert og tverrsektorielt");
		assertThat(title(letter, "3.2"))
			.isEqualTo("Befolkningen har gode levevaner og god livskvalitet i trygge og helsefremmende lokalsamfunn");
		assertThat(title(letter, "3.13")).isEqualTo("Helseaktører og innbyggere får rett ytelse til rett tid");
		assertThat(letter.goals()).map(GoalDraft::title).noneMatch(title -> title.contains("I rapportering"));
		assertThat(letter.goals()).map(Letter2025ParserFormatsTest::normalized)
			.containsExactlyElementsOf(fromText.goals().stream().map(Letter2025ParserFormatsTest::normalized).toList());
	}

	@ParameterizedTest
	@ValueSource(strings = { "docx", "pdf" })
	void readsTheBudgetLinesAuthorisationsAndCalendarAsFromTheText(String format) {
		LetterDraft letter = fromFile.get(format);
		assertThat(letter.budgetLines()).map(Letter2025ParserFormatsTest::normalized)
			.containsExactlyElementsOf(fromText.budgetLines().stream().map(Letter2025ParserFormatsTest::normalized).toList());
		// a name broken at a hyphen with the amount on the next line, and compounds broken by the narrow column
		assertThat(line(letter, 701, 60).name()).isEqualTo("Tilskudd til helseteknologi i kommunal helse- og omsorgstjeneste");
		assertThat(line(letter, 701, 60).amount()).isEqualTo(71_211L);
		assertThat(line(letter, 2751, 71).name()).isEqualTo("Legeerklæringer");
		assertThat(line(letter, 765, 74).name()).isEqualTo("Kompetansesentre (kan overføres)");
		assertThat(letter.authorizations()).map(Letter2025ParserFormatsTest::normalized)
			.containsExactlyElementsOf(fromText.authorizations().stream().map(Letter2025ParserFormatsTest::normalized).toList());
		assertThat(letter.authorizations()).anyMatch(a -> a.text().contains("i henhold til bevilgningsreglementet"));
		assertThat(letter.calendar()).map(Letter2025ParserFormatsTest::normalized)
			.containsExactlyElementsOf(fromText.calendar().stream().map(Letter2025ParserFormatsTest::normalized).toList());
		assertThat(letter.specialReporting()).map(Letter2025ParserFormatsTest::normalized).containsExactlyElementsOf(
				fromText.specialReporting().stream().map(Letter2025ParserFormatsTest::normalized).toList());
	}

	@ParameterizedTest
	@ValueSource(strings = { "docx", "pdf" })
	void readsEveryAssignmentWithTheWordsOfTheText(String format) {
		LetterDraft letter = fromFile.get(format);
		// Paragraph breaks may differ where the file has no blank lines; every other field and the words may not.
		Function<AssignmentDraft, String> words = a -> String.join(" | ", a.id(), a.section(),
				String.valueOf(a.hodDepartments()), a.title(), String.valueOf(a.deadlines()), a.deadlineText(),
				a.exempt().name(), String.valueOf(a.references()), String.valueOf(a.budgetRefs()),
				normalized(String.join(" ", a.parts().stream().map(p -> (p.exempt() ? "[unntatt] " : "") + p.text())
					.toList())));
		assertThat(letter.assignments()).map(words)
			.containsExactlyElementsOf(fromText.assignments().stream().map(words).toList());
	}

	private static String title(LetterDraft letter, String number) {
		return letter.goals().stream().filter(g -> g.number().equals(number)).findFirst().orElseThrow().title();
	}

	private static BudgetLineDraft line(LetterDraft letter, int chapter, int post) {
		return letter.budgetLines().stream().filter(b -> b.chapter() == chapter && b.post() == post).findFirst()
			.orElseThrow();
	}

	/** The record written out with runs of whitespace made one space: line breaks may differ, words may not. */
	private static String normalized(Object draft) {
		return String.valueOf(draft).replaceAll("\\s+", " ");
	}
}
