package no.hod.styringsregister.tildelingsbrev.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntConsumer;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import no.hod.styringsregister.dokumenter.TextExtractor;
import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.testsupport.TestDocuments;
import no.hod.styringsregister.tildelingsbrev.TildelingsbrevImport;
import no.hod.styringsregister.tildelingsbrev.internal.parsing.LetterDraft;
import no.hod.styringsregister.tildelingsbrev.internal.parsing.LetterParser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How fast a letter is read: the 2025 letter parsed from text (warm), from a PDF (text extraction included), and a
 * whole import with the database. Not a timed test: it prints the figures (targets: 100 ms, 1.5 s, 2 s). Run alone:
 * {@code TEST_DATABASE_URL=... ./mvnw -B test -Dtest=LetterImportBenchmark -Dbenchmark=true}
 * (output in target/surefire-reports/...LetterImportBenchmark-output.txt).
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
@IntegrationTest
class LetterImportBenchmark {

	private static final String LETTER = TestDocuments.seed("tildelingsbrev-helsedirektoratet-2025.txt");

	@Autowired
	TildelingsbrevImport imports;

	@Test
	void readingAndImportingTheLetter() {
		LetterParser parser = new LetterParser();
		LetterDraft draft = parser.parse(LETTER);
		assertThat(draft.assignments()).hasSize(72);
		List<Long> text = measure(20, 100, i -> parser.parse(LETTER));

		byte[] pdf = TestDocuments.pdf(LETTER);
		TextExtractor extractor = new TextExtractor(20L * 1024 * 1024);
		List<Long> fromPdf = measure(3, 10, i -> parser.parse(extractor.extract("brev.pdf", pdf).text()));

		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("bench",
				null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
		try {
			// Each round a letter for a year of its own, so every import writes everything.
			List<Long> whole = measure(1, 8, i -> imports.importFile("brev.txt",
					LETTER.replace("2025", String.valueOf(2050 + i)).getBytes(StandardCharsets.UTF_8), "bench"));
			System.out.printf("%nLetterImportBenchmark (2025 letter, 72 assignments, %d budget lines)%n",
					draft.budgetLines().size());
			System.out.printf("%-34s %10s %10s %10s%n", "step", "median ms", "p95 ms", "target ms");
			print("parse from text (warm)", text, 100);
			print("extract PDF + parse", fromPdf, 1500);
			print("whole import incl. database", whole, 2000);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private static List<Long> measure(int warmup, int rounds, IntConsumer work) {
		for (int i = 0; i < warmup; i++) {
			work.accept(-1 - i);
		}
		List<Long> nanos = new ArrayList<>();
		for (int i = 0; i < rounds; i++) {
			long start = System.nanoTime();
			work.accept(i);
			nanos.add(System.nanoTime() - start);
		}
		Collections.sort(nanos);
		return nanos;
	}

	private static void print(String step, List<Long> sorted, int targetMs) {
		double median = sorted.get(sorted.size() / 2) / 1e6;
		double p95 = sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1e6;
		System.out.printf("%-34s %10.1f %10.1f %10d%n", step, median, p95, targetMs);
	}
}
