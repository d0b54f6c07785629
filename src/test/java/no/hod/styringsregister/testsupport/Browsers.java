package no.hod.styringsregister.testsupport;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds a Chromium for the browser tests: {@code CHROMIUM_PATH}, else a Chromium on the PATH (Debian's
 * {@code chromium} package), else Playwright's own download. Where none can be had the tests are skipped with a loud
 * message, unless {@code REQUIRE_BROWSER=true}, where that is a failure.
 */
final class Browsers {

	private static final Logger log = LoggerFactory.getLogger(Browsers.class);

	private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
			"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic");

	private Browsers() {
	}

	record Launched(Playwright playwright, Browser browser) {
	}

	static boolean required() {
		return "true".equalsIgnoreCase(System.getenv("REQUIRE_BROWSER"));
	}

	/** Launches a headless Chromium, or returns empty with the reason logged. */
	static Optional<Launched> launch() {
		Optional<Path> system = systemChromium();
		Playwright playwright = null;
		try {
			if (system.isPresent()) {
				playwright = Playwright.create(
						new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
				Browser browser = playwright.chromium()
					.launch(new BrowserType.LaunchOptions().setExecutablePath(system.get()).setHeadless(true).setArgs(ARGS));
				log.info("Nettlesertester bruker Chromium fra {}", system.get());
				return Optional.of(new Launched(playwright, browser));
			}
			playwright = Playwright.create();
			Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setHeadless(true).setArgs(ARGS));
			log.info("Nettlesertester bruker Playwrights egen Chromium");
			return Optional.of(new Launched(playwright, browser));
		}
		catch (RuntimeException ex) {
			if (playwright != null) {
				playwright.close();
			}
			log.error("""

					*************************************************************************
					 INGEN NETTLESER: nettlesertestene kan ikke kjøre ({}).
					 Installer Chromium (Debian: apt-get install chromium) eller sett
					 CHROMIUM_PATH. Med REQUIRE_BROWSER=true er dette en feil.
					*************************************************************************""", ex.getMessage());
			return Optional.empty();
		}
	}

	private static Optional<Path> systemChromium() {
		String configured = System.getenv("CHROMIUM_PATH");
		if (configured != null && !configured.isBlank()) {
			return Optional.of(Path.of(configured));
		}
		String path = System.getenv("PATH");
		if (path == null) {
			return Optional.empty();
		}
		for (String dir : path.split(File.pathSeparator)) {
			for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
				Path candidate = Path.of(dir, name);
				if (Files.isExecutable(candidate)) {
					return Optional.of(candidate);
				}
			}
		}
		return Optional.empty();
	}
}
