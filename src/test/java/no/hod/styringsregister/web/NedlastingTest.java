package no.hod.styringsregister.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** The file names of the exports, and the header that carries them. */
class NedlastingTest {

	static final LocalDate DAG = LocalDate.of(2026, 12, 6);

	@Test
	void aNameSaysWhatTheFileHoldsAndWhen() {
		Nedlasting navn = Nedlasting.av("oppdrag", List.of("Hdir", "2025", "Ikke startet"), DAG, "xlsx");
		assertThat(navn.ascii()).isEqualTo("oppdrag-hdir-2025-ikke-startet-2026-12-06.xlsx");
		// Nothing beyond ASCII, so no filename* either.
		assertThat(navn.contentDisposition())
			.isEqualTo("attachment; filename=\"oppdrag-hdir-2025-ikke-startet-2026-12-06.xlsx\"");
	}

	@Test
	void norwegianLettersAreSpelledOutInFilenameAndKeptInFilenameStar() {
		Nedlasting navn = Nedlasting.av("oppdrag", List.of("Divisjon helseøkonomi og finansiering", "Særskilt",
				"Blåbær", "Ærlig ØST Åpen", "Café"), DAG, "csv");
		assertThat(navn.ascii()).isEqualTo(
				"oppdrag-divisjon-helseoekonomi-og-finansiering-saerskilt-blaabaer-aerlig-oest-aapen-cafe-2026-12-06.csv");
		assertThat(navn.utf8()).isEqualTo(
				"oppdrag-divisjon-helseøkonomi-og-finansiering-særskilt-blåbær-ærlig-øst-åpen-café-2026-12-06.csv");
		String header = navn.contentDisposition();
		assertThat(header).startsWith("attachment; filename=\"" + navn.ascii() + "\"; filename*=UTF-8''")
			.contains("helse%C3%B8konomi").contains("s%C3%A6rskilt");
		assertThat(header.chars().allMatch(c -> c >= 0x20 && c < 0x7f)).as("a header in ASCII").isTrue();
		// Read back as a browser reads it: filename* wins.
		ContentDisposition lest = ContentDisposition.parse(header);
		assertThat(lest.isAttachment()).isTrue();
		assertThat(lest.getFilename()).isEqualTo(navn.utf8());
		assertThat(lest.getCharset()).isEqualTo(StandardCharsets.UTF_8);
	}

	@Test
	void nothingFromAFilterCanBreakTheHeaderOrNameAPath() {
		Nedlasting navn = Nedlasting.av("oppdrag", List.of("\"; filename=evil.exe\r\nX-Test: 1", "../../etc/passwd",
				"C:\\Windows\\", "a/b"), DAG, "csv");
		assertThat(navn.ascii()).isEqualTo(
				"oppdrag-filename-evil-exe-x-test-1-etc-passwd-c-windows-a-b-2026-12-06.csv");
		assertThat(navn.utf8()).isEqualTo(navn.ascii());
		assertThat(navn.contentDisposition()).isEqualTo("attachment; filename=\"" + navn.ascii() + "\"");
	}

	@Test
	void emptyOrUnspellablePartsAreLeftOutAndTheRestStays() {
		Nedlasting navn = Nedlasting.av("rapporteringskalender", Arrays.asList(null, "", "  ", "–«»", "中文", "Hdir"),
				DAG, "xlsx");
		assertThat(navn.ascii()).isEqualTo("rapporteringskalender-hdir-2026-12-06.xlsx");
		// A script ASCII cannot spell is kept where the browser can take it.
		assertThat(navn.utf8()).isEqualTo("rapporteringskalender-中文-hdir-2026-12-06.xlsx");
		assertThat(ContentDisposition.parse(navn.contentDisposition()).getFilename()).isEqualTo(navn.utf8());
		assertThat(Nedlasting.av("oppdrag", List.of(), DAG, "csv").ascii()).isEqualTo("oppdrag-2026-12-06.csv");
	}

	@Test
	void aLongPartIsCutWithoutLeavingAHyphenOrHalfALetter() {
		String lang = "Divisjon for " + "svært ".repeat(20) + "lange navn";
		Nedlasting navn = Nedlasting.av("oppdrag", List.of(lang, "2025"), DAG, "xlsx");
		String del = navn.ascii().substring("oppdrag-".length(), navn.ascii().indexOf("-2025-"));
		assertThat(del).hasSizeLessThanOrEqualTo(Nedlasting.MAKS_DEL).doesNotEndWith("-").startsWith("divisjon-for-svaert");
		String emoji = "😀".repeat(60);
		Nedlasting emojinavn = Nedlasting.av("oppdrag", List.of(emoji), DAG, "xlsx");
		assertThat(emojinavn.ascii()).isEqualTo("oppdrag-2026-12-06.xlsx");
		// Emoji are not letters: nothing of them is left, rather than half of one.
		assertThat(emojinavn.utf8()).isEqualTo("oppdrag-2026-12-06.xlsx");
		String bokstaver = "𝔘".repeat(60);
		Nedlasting gotisk = Nedlasting.av("oppdrag", List.of(bokstaver), DAG, "xlsx");
		String gDel = gotisk.utf8().substring("oppdrag-".length(), gotisk.utf8().indexOf("-2026"));
		assertThat(gDel.codePointCount(0, gDel.length())).isEqualTo(Nedlasting.MAKS_DEL);
		assertThat(new String(gDel.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(gDel);
	}

	@Test
	void theExemptMarkIsOnePartInTheSameWordsEverywhereAndTheDateStaysLast() {
		Nedlasting navn = Nedlasting.av("oppdrag", List.of("Hdir", "2025", Nedlasting.UNNTATT), DAG, "xlsx");
		assertThat(navn.ascii()).isEqualTo("oppdrag-hdir-2025-unntatt-offentlighet-2026-12-06.xlsx");
		assertThat(navn.utf8()).isEqualTo(navn.ascii());
		// An original keeps its own name, marked before its extension; unmarked, it is as it came.
		assertThat(Nedlasting.original("Tildelingsbrev 2025 Hdir.pdf", true))
			.isEqualTo("Tildelingsbrev 2025 Hdir-unntatt-offentlighet.pdf");
		assertThat(Nedlasting.original("brev", true)).isEqualTo("brev-unntatt-offentlighet");
		assertThat(Nedlasting.original("Tildelingsbrev 2025 Hdir.pdf", false)).isEqualTo("Tildelingsbrev 2025 Hdir.pdf");
	}

	@Test
	void theAnswerCarriesTheTypeTheHeaderAndCsvWithAByteOrderMark() {
		ResponseEntity<byte[]> svar = Nedlasting.av("oppdrag", List.of("2025"), DAG, "csv")
			.csv(new Csv().linje(List.of("ID", "Tittel")).linje(Arrays.asList("TB2025-1", null)));
		assertThat(svar.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("attachment; filename=\"oppdrag-2025-2026-12-06.csv\"");
		assertThat(svar.getHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(new String(svar.getBody(), StandardCharsets.UTF_8)).isEqualTo("\uFEFFID;Tittel\r\nTB2025-1;\r\n");
	}

	@Test
	void aCsvFieldIsQuotedWhereItMustBeAndNeverAFormula() {
		assertThat(Csv.felt("a;b")).isEqualTo("\"a;b\"");
		assertThat(Csv.felt("si \"hei\"")).isEqualTo("\"si \"\"hei\"\"\"");
		assertThat(Csv.felt("to\nlinjer")).isEqualTo("\"to\nlinjer\"");
		assertThat(Csv.felt("=1+1")).isEqualTo("'=1+1");
		assertThat(Csv.felt("@SUM(1)")).isEqualTo("'@SUM(1)");
		assertThat(Csv.felt("vanlig")).isEqualTo("vanlig");
		// A negative number is no formula: it stays a number.
		assertThat(Csv.felt("-1250")).isEqualTo("-1250");
		assertThat(Csv.felt("-16,7")).isEqualTo("-16,7");
		assertThat(Csv.felt("-1+1")).isEqualTo("'-1+1");
	}
}
