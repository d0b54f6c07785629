package no.hod.styringsregister.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The message bundles (bokmål) as the templates use them: a key defined twice silently takes the last definition (a
 * column heading once showed a flash message's placeholders), and a missing key shows as ??key?? on the page.
 */
class MeldingerTest {

	private static final Path RESOURCES = Path.of("src/main/resources");

	private static final Pattern KEY_IN_TEMPLATE = Pattern.compile("#\\{([a-zA-Z0-9_.-]+)[}(]");

	/** A whole key (with a dot, not ending in one: prefixes are completed at run time) passed to a message lookup. */
	private static final Pattern KEY_IN_CODE = Pattern.compile(
			"(?:getMessage|tekst)\\(\"([a-z][a-zA-Z0-9_-]*(?:\\.[a-zA-Z0-9_-]+)+)\"");

	@Test
	void noKeyIsDefinedTwiceInOrAcrossTheBundles() throws IOException {
		Map<String, List<String>> definedIn = new HashMap<>();
		for (Path bundle : bundles()) {
			for (String key : keys(bundle)) {
				definedIn.computeIfAbsent(key, k -> new ArrayList<>()).add(RESOURCES.relativize(bundle).toString());
			}
		}
		Map<String, List<String>> twice = new TreeMap<>();
		definedIn.forEach((key, files) -> {
			if (files.size() > 1) {
				twice.put(key, files);
			}
		});
		assertThat(twice).as("keys defined more than once").isEmpty();
		assertThat(definedIn).hasSizeGreaterThan(500);
	}

	@Test
	void everyKeyATemplateNamesIsDefined() throws IOException {
		Bruk bruk = bruk(RESOURCES.resolve("templates"), ".html", KEY_IN_TEMPLATE);
		assertThat(bruk.udefinerte()).as("keys used in templates but defined nowhere").isEmpty();
		assertThat(bruk.antall()).isGreaterThan(500);
	}

	@Test
	void everyKeyTheCodeNamesIsDefined() throws IOException {
		Bruk bruk = bruk(Path.of("src/main/java"), ".java", KEY_IN_CODE);
		assertThat(bruk.udefinerte()).as("keys used in code but defined nowhere").isEmpty();
		assertThat(bruk.antall()).isGreaterThan(10);
	}

	/**
	 * Chapter, post and year numbers are names, not amounts: MessageFormat's plain {0} groups an integer's thousands
	 * («Kap. 2 711»), so these messages must say {0,number,#}.
	 */
	@Test
	void chapterAndYearNumbersAreNotGroupedLikeAmounts() throws IOException {
		Properties all = alle();
		assertThat(format(all, "oppdrag.budsjett.linje", 2711, "76")).isEqualTo("Kap. 2711, post 76");
		assertThat(format(all, "bevilgninger.sum-kapittel", 2711)).isEqualTo("Sum kap. 2711");
		assertThat(format(all, "oppdrag.budsjett.ikke-gitt", "Helsedirektoratet", 2025))
			.isEqualTo("(ikke blant bevilgningene til Helsedirektoratet for 2025)");
		assertThat(format(all, "bevilgninger.kapittel.tabell", 2711, 2025)).startsWith("Kap. 2711: budsjettlinjer 2025");
		assertThat(format(all, "bevilgninger.endring-utenfor", 2, 2019, 2020))
			.contains("både 2019 og 2020").contains("2 poster");
		assertThat(format(all, "forside.dashbord.tittel", "Helsedirektoratet", 2025))
			.isEqualTo("Oppdrag for Helsedirektoratet i 2025");
		assertThat(format(all, "rapport.tom", "Hdir", 2025, "31. august 2025")).contains("i 2025 per");
	}

	private static String format(Properties all, String key, Object... args) {
		assertThat(all).containsKey(key);
		return new java.text.MessageFormat(all.getProperty(key), Formats.NORSK).format(args);
	}

	/** How many keys the files name, and those no bundle defines (with the file that names them). */
	record Bruk(int antall, TreeSet<String> udefinerte) {
	}

	private static Bruk bruk(Path rot, String endelse, Pattern nokkel) throws IOException {
		Properties all = alle();
		TreeSet<String> udefinerte = new TreeSet<>();
		int antall = 0;
		try (Stream<Path> filer = Files.walk(rot)) {
			for (Path fil : filer.filter(p -> p.toString().endsWith(endelse)).toList()) {
				Matcher m = nokkel.matcher(Files.readString(fil));
				while (m.find()) {
					antall++;
					if (!all.containsKey(m.group(1))) {
						udefinerte.add(m.group(1) + " (" + fil.getFileName() + ")");
					}
				}
			}
		}
		return new Bruk(antall, udefinerte);
	}

	private static Properties alle() throws IOException {
		Properties all = new Properties();
		for (Path bundle : bundles()) {
			try (InputStream in = Files.newInputStream(bundle)) {
				Properties p = new Properties();
				p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
				all.putAll(p);
			}
		}
		return all;
	}

	/** The bundles Spring reads, from {@code spring.messages.basename}. */
	private static List<Path> bundles() throws IOException {
		Properties app = new Properties();
		try (InputStream in = Files.newInputStream(RESOURCES.resolve("application.properties"))) {
			app.load(in);
		}
		List<Path> bundles = new ArrayList<>();
		for (String name : app.getProperty("spring.messages.basename").split(",")) {
			Path bundle = RESOURCES.resolve(name.strip() + ".properties");
			assertThat(bundle).exists();
			bundles.add(bundle);
		}
		return bundles;
	}

	/** The keys of a properties file in order, duplicates kept (java.util.Properties would drop them). */
	private static List<String> keys(Path bundle) throws IOException {
		List<String> keys = new ArrayList<>();
		boolean continued = false;
		for (String line : Files.readAllLines(bundle, StandardCharsets.UTF_8)) {
			String trimmed = line.stripLeading();
			boolean startsEntry = !continued && !trimmed.isEmpty() && !trimmed.startsWith("#")
					&& !trimmed.startsWith("!");
			if (startsEntry) {
				Matcher key = Pattern.compile("^((?:\\\\.|[^=:\\s\\\\])+)").matcher(trimmed);
				if (key.find()) {
					keys.add(key.group(1));
				}
			}
			continued = (startsEntry || continued) && endsWithOddBackslashes(line);
		}
		return keys;
	}

	private static boolean endsWithOddBackslashes(String line) {
		int n = 0;
		for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
			n++;
		}
		return n % 2 == 1;
	}
}
