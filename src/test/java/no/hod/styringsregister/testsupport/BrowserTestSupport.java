package no.hod.styringsregister.testsupport;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Base of the browser journeys: one headless Chromium per test class, a fresh browser context (no cookies) per test,
 * axe-core checks for WCAG 2.1 A and AA, and a screenshot of each checked page under {@code target/screenshots}.
 */
public abstract class BrowserTestSupport {

	public static final String DEMO_PASSWORD = "demo";

	private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private static final AxeRunOptions AXE_OPTIONS = axeOptions();

	private static Browsers.Launched launched;

	@LocalServerPort
	protected int port;

	protected BrowserContext context;

	protected Page page;

	@BeforeAll
	static void launchBrowser() {
		Optional<Browsers.Launched> browser = Browsers.launch();
		if (browser.isEmpty()) {
			if (Browsers.required()) {
				fail("REQUIRE_BROWSER=true, men ingen Chromium kunne startes. Se loggen over.");
			}
			Assumptions.abort("Ingen nettleser tilgjengelig: nettlesertestene hoppes over.");
		}
		launched = browser.get();
	}

	@AfterAll
	static void closeBrowser() {
		if (launched != null) {
			launched.browser().close();
			launched.playwright().close();
			launched = null;
		}
	}

	@BeforeEach
	void openPage() {
		context = launched.browser().newContext(new Browser.NewContextOptions().setLocale("nb-NO")
			.setViewportSize(1280, 900));
		page = context.newPage();
		page.setDefaultTimeout(15_000);
	}

	@AfterEach
	void closePage() {
		if (context != null) {
			context.close();
		}
	}

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

	protected Page open(String path) {
		page.navigate(url(path));
		return page;
	}

	/** Signs in through the login form with the demo password. */
	protected void login(String username) {
		login(username, DEMO_PASSWORD);
	}

	protected void login(String username, String password) {
		open("/login");
		page.getByLabel("Brukernavn").fill(username);
		page.getByLabel("Passord").fill(password);
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Logg inn")).click();
		page.waitForLoadState();
	}

	protected void logout() {
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Logg ut")).click();
		page.waitForLoadState();
	}

	/** Asserts that axe finds no WCAG 2.1 A/AA violation on the current page, and saves a screenshot. */
	protected void assertAccessible(String screenshotName) {
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Path.of("target", "screenshots", screenshotName + ".png")));
		List<Rule> violations = wcagBrudd(page);
		assertThat(violations).as("axe-brudd på %s (%s):%n%s", screenshotName, page.url(), describe(violations))
			.isEmpty();
	}

	/**
	 * What axe finds against WCAG 2.1 A and AA on the page as it stands. Run in the page itself (axe's legacy mode):
	 * the default runs each frame's part and then finishes in a new blank page of its own, with axe injected twice
	 * more, for frames the register's pages do not have; it took about twice as long. Only violations are reported back.
	 */
	static List<Rule> wcagBrudd(Page page) {
		return new AxeBuilder(page).options(AXE_OPTIONS).setLegacyMode(true).analyze().getViolations();
	}

	private static AxeRunOptions axeOptions() {
		AxeRunOnlyOptions tags = new AxeRunOnlyOptions();
		tags.setType("tag");
		tags.setValues(WCAG_TAGS);
		AxeRunOptions options = new AxeRunOptions();
		options.setRunOnly(tags);
		options.setResultTypes(List.of("violations"));
		return options;
	}

	private static String describe(List<Rule> violations) {
		return violations.stream()
			.map(rule -> "- " + rule.getId() + ": " + rule.getHelp() + " -> " + rule.getNodes().stream()
				.map(node -> String.valueOf(node.getTarget())).limit(5).collect(Collectors.joining(", ")))
			.collect(Collectors.joining(System.lineSeparator()));
	}
}
