package no.hod.styringsregister.oppdrag;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.oppdrag.OppdragImport.OppdragData;
import no.hod.styringsregister.oppdrag.OppdragImport.Tekstdel;
import no.hod.styringsregister.oppdrag.OppdragImport.Unntak;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.testsupport.BrowserTest;
import no.hod.styringsregister.testsupport.BrowserTestSupport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The year end in a real browser: the admin ticks one of two open assignments to end instead of carrying it over,
 * gives the reason and confirms. The ticked one is Utgår with that reason and no copy; the other gets a copy in the
 * next year, Videreført and linked to it, as the page promised. The letter is of 1991 and the year end copies to 1992,
 * years no other test uses.
 */
@BrowserTest
class ArsskifteJourneyTests extends BrowserTestSupport {

	private static final int AAR = 1991;

	private static final String AVSLUTTES = "TB1991-1";

	private static final String VIDEREFORES = "TB1991-2";

	private static final String AVSLUTTES_TITTEL = "Kartlegge bruk av sykkelhjelm blant barn";

	private static final String VIDEREFORES_TITTEL = "Veileder for skolehelsetjenesten";

	private static final String GRUNN = "Overført til Folkehelseinstituttet fra 1992.";

	@Autowired
	OppdragImport oppdragImport;

	@Autowired
	OppdragQueries oppdrag;

	@Autowired
	OrganisasjonService organisasjon;

	@Autowired
	BrukerService brukere;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theTickedAssignmentEndsWithTheReasonAndTheOtherIsCarriedOver() {
		long etat = organisasjon.etatByName("Helsedirektoratet").orElseThrow().id();
		oppdragImport.apply(7_199_101, AAR, etat, List.of(oppdrag(AVSLUTTES, AVSLUTTES_TITTEL),
				oppdrag(VIDEREFORES, VIDEREFORES_TITTEL)));
		OppdragStatus forVidereforing = oppdrag.find(VIDEREFORES, admin()).orElseThrow().status();

		login("admin");
		open("/oppdrag");
		page.getByLabel("Fra år").selectOption(String.valueOf(AAR));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Viderefør til neste år")).click();
		assertThat(page.locator("h1")).hasText("Viderefør oppdrag fra 1991");
		Locator kopieres = page.locator("ul.videreforing-kopieres > li");
		assertThat(kopieres).hasCount(2);
		// Every box's visible label is the same: the hidden rest of it names the assignment (read with a space before).
		Locator avkrysning = page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions()
			.setName(Pattern.compile("^Avsluttes i stedet for å videreføres ?: " + AVSLUTTES + "$")));
		assertThat(avkrysning).not().isChecked();
		avkrysning.check();
		page.getByLabel("Begrunnelse for oppdragene som avsluttes").fill(GRUNN);
		assertAccessible("oppdrag-videreforing-avsluttes");
		page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Viderefør: kopier eller avslutt 2 oppdrag")).click();

		// To the next year's list, saying what was done.
		page.waitForURL(url -> url.endsWith("/oppdrag?year=1992"));
		assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Videreført")))
			.hasText("Ett uferdig oppdrag fra 1991 er kopiert til 1992 som Videreført. Tildelingsbrevet for 1992 er "
					+ "ikke importert ennå. 1 er avsluttet med status Utgår og den oppgitte begrunnelsen, i stedet for å "
					+ "videreføres.");
		assertThat(page.locator("#resultater table")).containsText(VIDEREFORES_TITTEL);
		assertThat(page.locator("#resultater table")).not().containsText(AVSLUTTES_TITTEL);

		// The register: the ticked one ended, the other kept as it was, and one copy of 1992, of the other.
		assertThat(oppdrag.find(AVSLUTTES, admin()).orElseThrow().status()).isEqualTo(OppdragStatus.UTGAAR);
		assertThat(oppdrag.find(VIDEREFORES, admin()).orElseThrow().status()).isEqualTo(forVidereforing);
		List<OppdragSummary> neste = oppdrag.search(OppdragFilter.alle().medAar(AAR + 1), admin());
		assertThat(neste).singleElement().satisfies(kopi -> {
			assertThat(kopi.tittel()).isEqualTo(VIDEREFORES_TITTEL);
			assertThat(kopi.status()).isEqualTo(OppdragStatus.VIDEREFORT);
			assertThat(kopi.etatId()).isEqualTo(etat);
		});

		// Its page: Utgår with the reason typed, and carried over nowhere.
		open("/oppdrag/" + AVSLUTTES);
		assertThat(fakt("Status")).hasText("Utgår");
		assertThat(fakt("Begrunnelse")).hasText(GRUNN);
		assertThat(fakt("Videreført til")).hasCount(0);

		// The other's page links its copy, and the copy its origin.
		open("/oppdrag/" + VIDEREFORES);
		String kopiId = neste.get(0).id();
		assertThat(fakt("Videreført til")).hasText(kopiId + " (1992)");
		fakt("Videreført til").getByRole(AriaRole.LINK).click();
		assertThat(page.locator("h1")).containsText(VIDEREFORES_TITTEL);
		assertThat(fakt("Status")).hasText("Videreført");
		assertThat(fakt("Videreført fra")).hasText(VIDEREFORES + " (1991)");
	}

	/** The value of one of the detail page's facts, by its term. */
	private Locator fakt(String term) {
		return page.locator("xpath=//dl[contains(@class, 'oppdrag-fakta')]/dt[normalize-space() = '" + term
				+ "']/following-sibling::dd[1]");
	}

	private static OppdragData oppdrag(String id, String tittel) {
		return new OppdragData(id, "3.1", "Bedre folkehelse", List.of("FHA"), tittel,
				List.of(new Tekstdel(tittel + ": arbeidet beskrevet.", false)), List.of(LocalDate.of(AAR, 11, 1)),
				null, Unntak.NONE, List.of(), List.of());
	}

	private CurrentUser admin() {
		return brukere.find(jdbc.queryForObject("SELECT id FROM bruker WHERE brukernavn = 'admin'", Long.class))
			.orElseThrow();
	}
}
