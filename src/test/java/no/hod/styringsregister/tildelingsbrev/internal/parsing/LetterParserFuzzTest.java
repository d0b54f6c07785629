package no.hod.styringsregister.tildelingsbrev.internal.parsing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import no.hod.styringsregister.testsupport.TestDocuments;

/**
 * The parser's contract: given any text it returns a draft or throws {@link LetterParseException}, never anything
 * else (no NullPointerException, IndexOutOfBounds, NumberFormatException, endless loop).
 * <p>
 * {@code mvn test} runs the fuzz test in regression mode, once per file in
 * {@code src/test/resources/no/hod/styringsregister/tildelingsbrev/internal/parsing/LetterParserFuzzTestInputs/
 * parseReturnsADraftOrRefuses/} plus the empty input. To fuzz for real (coverage-guided, for the
 * {@code maxDuration} below), run
 * <pre>
 * JAZZER_FUZZ=1 ./mvnw test -Dtest=LetterParserFuzzTest#parseReturnsADraftOrRefuses
 * </pre>
 * ({@code -Djazzer.max_duration=2m} shortens the run). Jazzer keeps its working corpus in {@code .cifuzz-corpus/}
 * and writes an input that breaks the contract as {@code crash-…} into the inputs directory above, so the next plain
 * test run replays it.
 */
class LetterParserFuzzTest {

	private static final long RANDOM_SEED = 20250117L;
	private static final int VARIANTS_PER_LETTER = 150;
	private static final int RANDOM_STRINGS = 200;

	/** Words the layouts look for, so random text sometimes gets past recognition into the parsers. */
	private static final List<String> LETTER_WORDS = List.of("TB2025-", "TB2020-", "TTB2024-66", "Avd. HOD: ",
			"FHA", "SHA", "ID: Fylles inn av HDIR", "Eieravdeling", "HOD: KTA", "Frist:", "Frist: 1. mai 2025",
			"kap. 714, post 21", "714.21", "3.1 ", "4.1 ", "Hovedmål", "Styringsparameter", "Nøkkeltall",
			"Vedlegg I – Styrings- og rapporteringskalender", "Vedlegg II", "Vedlegg III – Særskilt rapportering",
			"Vedlegg IV", "Offl. § 22", "(alle tall i 1 000 kroner)", "1 222 348", "15. mars", "31.12.2025",
			"jf. TB2023-30", "Tildelingsbrev", "Helsedirektoratet", "2025", "2020", "-", "–", ":", ".", "\n", "\n\n",
			" ", "\f", "\t", "\u00a0");

	private final LetterParser parser = new LetterParser();

	@FuzzTest(maxDuration = "10m")
	void parseReturnsADraftOrRefuses(FuzzedDataProvider data) {
		assertParsesOrRefuses(data.consumeRemainingAsString(), "fuzz input");
	}

	// The timeouts catch a parse that never ends (a regular expression backtracking without bound), not slowness: on a
	// machine loaded by other builds this test took 52 s, over the 30 s it had, though every letter was parsed.
	@Test
	@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
	void mutatedLettersAreParsedOrRefused() {
		Random random = new Random(RANDOM_SEED);
		for (String seed : List.of("tildelingsbrev-helsedirektoratet-2020.txt",
				"tildelingsbrev-helsedirektoratet-2025.txt")) {
			List<String> lines = TestDocuments.seed(seed).lines().toList();
			for (int variant = 0; variant < VARIANTS_PER_LETTER; variant++) {
				List<String> description = new ArrayList<>();
				String text = mutate(lines, random, description);
				assertParsesOrRefuses(text, seed + " variant " + variant + " " + description);
			}
		}
	}

	@Test
	@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
	void randomStringsAreParsedOrRefused() {
		Random random = new Random(RANDOM_SEED);
		for (int i = 0; i < RANDOM_STRINGS; i++) {
			String text = i % 2 == 0 ? randomText(random, random.nextInt(2000)) : randomLetterish(random);
			assertParsesOrRefuses(text, "random string " + i);
		}
	}

	private void assertParsesOrRefuses(String text, String what) {
		try {
			assertThat(parser.parse(text)).as(what).isNotNull();
		}
		catch (LetterParseException refused) {
			assertThat(refused.getMessage()).as(what).isNotBlank();
		}
		catch (RuntimeException | StackOverflowError e) {
			fail("parse threw " + e + " for " + what + ", text starting: " + abbreviate(text), e);
		}
	}

	/** One to four line-level edits of the letter, described for the failure message. */
	private static String mutate(List<String> original, Random random, List<String> description) {
		List<String> lines = new ArrayList<>(original);
		int edits = 1 + random.nextInt(4);
		for (int e = 0; e < edits && !lines.isEmpty(); e++) {
			int from = random.nextInt(lines.size());
			int to = Math.min(lines.size(), from + 1 + random.nextInt(300));
			switch (random.nextInt(7)) {
				case 0 -> {
					description.add("delete " + from + ".." + to);
					lines.subList(from, to).clear();
				}
				case 1 -> {
					int at = random.nextInt(lines.size() + 1);
					description.add("duplicate " + from + ".." + to + " at " + at);
					lines.addAll(at, new ArrayList<>(lines.subList(from, to)));
				}
				case 2 -> {
					int other = random.nextInt(lines.size());
					int length = Math.min(to - from, lines.size() - other);
					description.add("swap " + from + " and " + other + " length " + length);
					for (int i = 0; i < length; i++) {
						String line = lines.get(from + i);
						lines.set(from + i, lines.get(other + i));
						lines.set(other + i, line);
					}
				}
				case 3 -> {
					description.add("truncate at line " + from);
					String cut = lines.get(from);
					lines.subList(from, lines.size()).clear();
					lines.add(cut.substring(0, random.nextInt(cut.length() + 1)));
				}
				case 4 -> {
					description.add("noise in " + from + ".." + to);
					for (int i = from; i < to; i++) {
						lines.set(i, insertNoise(lines.get(i), random));
					}
				}
				case 5 -> {
					description.add("digits in " + from + ".." + to);
					for (int i = from; i < to; i++) {
						lines.set(i, replaceDigits(lines.get(i), random));
					}
				}
				default -> {
					description.add("blank " + from + ".." + to);
					for (int i = from; i < to; i++) {
						lines.set(i, random.nextBoolean() ? "" : " ");
					}
				}
			}
		}
		return String.join(random.nextInt(5) == 0 ? "\r\n" : "\n", lines);
	}

	private static String insertNoise(String line, Random random) {
		StringBuilder out = new StringBuilder(line);
		int inserts = 1 + random.nextInt(3);
		for (int i = 0; i < inserts; i++) {
			out.insert(random.nextInt(out.length() + 1), randomText(random, 1 + random.nextInt(4)));
		}
		return out.toString();
	}

	private static String replaceDigits(String line, Random random) {
		StringBuilder out = new StringBuilder(line);
		for (int i = 0; i < out.length(); i++) {
			if (Character.isDigit(out.charAt(i))) {
				int pick = random.nextInt(12);
				out.setCharAt(i, pick < 10 ? (char) ('0' + pick) : pick == 10 ? '\u0660' : 'O');
			}
		}
		return out.toString();
	}

	/**
	 * Any UTF-16 text: control characters, lone surrogates, combining marks, right-to-left and zero-width marks,
	 * other scripts and emoji, mixed with plain letters, digits and line breaks.
	 */
	private static String randomText(Random random, int length) {
		StringBuilder out = new StringBuilder(length);
		while (out.length() < length) {
			switch (random.nextInt(8)) {
				case 0 -> out.append((char) random.nextInt(0x20));
				case 1 -> out.append((char) (0xD800 + random.nextInt(0x800)));
				case 2 -> out.append(pick(random, "\u0301\u200b\u200e\u202e\u00a0\u2028\ufeff\ufffd"));
				case 3 -> out.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
				case 4 -> out.appendCodePoint(0x1F600 + random.nextInt(80));
				case 5 -> out.append(random.nextBoolean() ? '\n' : '\r');
				case 6 -> out.append((char) ('0' + random.nextInt(10)));
				default -> out.append(pick(random, "abcæøåÆØÅ §.-–:"));
			}
		}
		return out.toString();
	}

	private static char pick(Random random, String chars) {
		return chars.charAt(random.nextInt(chars.length()));
	}

	/** Random sequences of the words letters are made of, with some noise between them. */
	private static String randomLetterish(Random random) {
		StringBuilder out = new StringBuilder();
		int words = random.nextInt(400);
		for (int i = 0; i < words; i++) {
			out.append(LETTER_WORDS.get(random.nextInt(LETTER_WORDS.size())));
			if (random.nextInt(4) == 0) {
				out.append(random.nextInt(100));
			}
			if (random.nextInt(10) == 0) {
				out.append(randomText(random, 1 + random.nextInt(3)));
			}
		}
		return out.toString();
	}

	private static String abbreviate(String text) {
		return text.length() <= 300 ? text : text.substring(0, 300) + "…";
	}
}
