package no.hod.styringsregister.rapporter;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import no.hod.styringsregister.bevilgninger.BevilgningImport;
import no.hod.styringsregister.bevilgninger.BevilgningImport.BevilgningData;
import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.oppdrag.OppdragImport;
import no.hod.styringsregister.oppdrag.OppdragImport.Budsjettref;
import no.hod.styringsregister.oppdrag.OppdragImport.OppdragData;
import no.hod.styringsregister.oppdrag.OppdragImport.Tekstdel;
import no.hod.styringsregister.oppdrag.OppdragImport.Unntak;
import no.hod.styringsregister.oppdrag.OppdragStatus;
import no.hod.styringsregister.oppdrag.OppdragUpdates;
import no.hod.styringsregister.organisasjon.Enhet;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.testsupport.BrowserTestSupport;
import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.web.Formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Ids stored before the import checked them may hold a slash, which no address carries (Tomcat and the firewall
 * refuse an encoded one): every page that links to an assignment links it by its register key then, and the link
 * leads to its page. Each link is read from the page as it is served and followed.
 */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OppdragLenkerOveraltTests extends BrowserTestSupport {

	private static final String PASSORD = "et-langt-passord";

	private static final LocalDate IDAG = LocalDate.now(Formats.OSLO);

	/** This year's: the status report and the start page read the years around today. */
	private static final int AAR = IDAG.getYear();

	/** Delivered, routed to the division, answered by the ministry. */
	private static final String LEVERT = "LK " + AAR + "/1";

	/** Overdue, cites a budget line, commented on by the lead. */
	private static final String FORFALT = "LK " + AAR + "/2";

	/** Routed to the division and away again. */
	private static final String FLYTTET = "LK " + AAR + "/3";

	private static final Map<String, String> TITLER = Map.of(LEVERT, "Leveransen med skråstrek", FORFALT,
			"Forfalt oppdrag med skråstrek", FLYTTET, "Flyttet oppdrag med skråstrek");

	@Autowired
	MockMvc mvc;

	@Autowired
	BrukerService brukere;

	@Autowired
	OrganisasjonService organisasjon;

	@Autowired
	OppdragImport oppdragImport;

	@Autowired
	OppdragUpdates oppdragUpdates;

	@Autowired
	BevilgningImport bevilgningImport;

	@Autowired
	JdbcTemplate jdbc;

	long etat;

	@BeforeAll
	void data() throws Exception {
		RapportFixtur fixtur = new RapportFixtur(mvc, organisasjon, jdbc, "lk-adm");
		CurrentUser admin = brukere.create(new NyBruker("lk-adm", "Lk Admin", PASSORD, Rolle.ADMIN, null, true, null));
		// An agency and divisions of their own, so no other test's assignments crowd these lists.
		etat = fixtur.nyEtat("Lenkeetaten");
		Enhet divisjon = fixtur.nyDivisjon(etat, "Divisjon for lenker");
		Enhet annen = fixtur.nyDivisjon(etat, "Divisjon ved siden av");
		CurrentUser leder = brukere.create(new NyBruker("lk-leder", "Lk Leder", PASSORD, Rolle.HDIR_LEDER,
				divisjon.id(), false, null));
		CurrentUser saksbehandler = brukere.create(new NyBruker("lk-sb", "Lk Saksbehandler", PASSORD,
				Rolle.HOD_SAKSBEHANDLER, null, true, null));

		long brev = 731_001;
		oppdragImport.apply(brev, AAR, etat, List.of(oppdrag("LK" + AAR + "-1", TITLER.get(LEVERT), IDAG.plusDays(40)),
				oppdrag("LK" + AAR + "-2", TITLER.get(FORFALT), IDAG.minusDays(3)),
				oppdrag("LK" + AAR + "-3", TITLER.get(FLYTTET), IDAG.plusDays(50))));
		bevilgningImport.apply(brev, AAR, etat, List.of(new BevilgningData(742, 21, "Lenkeposten", 1_000L, null,
				false, null)), List.of());
		oppdragUpdates.route(List.of("LK" + AAR + "-1", "LK" + AAR + "-2", "LK" + AAR + "-3"), divisjon.id(), null,
				admin);
		oppdragUpdates.route(List.of("LK" + AAR + "-3"), annen.id(), null, admin);
		oppdragUpdates.changeStatus("LK" + AAR + "-1", OppdragStatus.LEVERT, "Levert.", null, null, leder);
		// Delivered long ago, so it is among the longest waiting of the register's deliveries the page lists (history
		// is only added to, so the older delivery is written with its time).
		jdbc.update("INSERT INTO oppdrag_historikk (oppdrag_id, tidspunkt, bruker_id, bruker_navn, bruker_rolle, type, "
				+ "felt, fra, til) SELECT id, ?, ?, ?, 'HDIR_LEDER', 'STATUS', 'status', 'PAAGAAR', 'LEVERT' FROM oppdrag "
				+ "WHERE visnings_id = ?", IDAG.minusYears(20).atTime(12, 0).atZone(Formats.OSLO).toOffsetDateTime(),
				leder.id(), leder.navn(), "LK" + AAR + "-1");
		kommenter("LK" + AAR + "-1", "Takk, vi ser på leveransen.", user("lk-sb").roles("HOD_SAKSBEHANDLER"));
		kommenter("LK" + AAR + "-2", "Vi trenger mer tid.", user("lk-leder").roles("HDIR_LEDER"));
		// Ids from before the import checked them: a space and a slash.
		gi("LK" + AAR + "-1", LEVERT);
		gi("LK" + AAR + "-2", FORFALT);
		gi("LK" + AAR + "-3", FLYTTET);
		assertThat(saksbehandler.klarert()).isTrue();
	}

	@Test
	void theLeadsStartPageLinksEachListsAssignmentToItsPage() throws Exception {
		RequestPostProcessor leder = user("lk-leder").roles("HDIR_LEDER");
		String side = hent("/", leder);
		forerTil(lenke(del(side, "Tilbakemeldinger fra departementet", "Trenger oppdatering"), LEVERT), LEVERT, leder);
		forerTil(lenke(del(side, "Trenger oppdatering", "Nylig rutet til divisjonen"), FORFALT), FORFALT, leder);
		String rutet = del(side, "Nylig rutet til divisjonen", "Nylig flyttet fra divisjonen");
		forerTil(lenke(rutet, LEVERT), LEVERT, leder);
		forerTil(lenke(rutet, FORFALT), FORFALT, leder);
		forerTil(lenke(del(side, "Nylig flyttet fra divisjonen", "Neste frister"), FLYTTET), FLYTTET, leder);
	}

	@Test
	void theDeskOfficersStartPageLinksDeliveriesAndTheDivisionsCommentsToTheirPages() throws Exception {
		RequestPostProcessor saksbehandler = user("lk-sb").roles("HOD_SAKSBEHANDLER");
		String side = hent("/", saksbehandler);
		forerTil(lenke(del(side, "Svar fra divisjonene", "Leveranser til godkjenning"), FORFALT), FORFALT, saksbehandler);
		forerTil(lenke(del(side, "Leveranser til godkjenning", "Neste frister"), LEVERT), LEVERT, saksbehandler);
	}

	@Test
	void theStatusReportsDeviationsLinkToTheAssignmentsPage() throws Exception {
		RequestPostProcessor saksbehandler = user("lk-sb").roles("HOD_SAKSBEHANDLER");
		// The reports page links the deviations; the printable report itself links nothing.
		String rapport = hent("/rapporter?agency=" + etat + "&year=" + AAR, saksbehandler);
		forerTil(lenke(rapport, FORFALT), FORFALT, saksbehandler);
	}

	@Test
	void theCalendarAndItsFeedLinkADeadlineToItsAssignment() throws Exception {
		RequestPostProcessor saksbehandler = user("lk-sb").roles("HOD_SAKSBEHANDLER");
		String kalender = hent("/rapporteringskalender?visning=maned&maned=" + YearMonth.from(IDAG.minusDays(3))
				+ "&etat=" + etat, saksbehandler);
		forerTil(lenke(kalender, "Oppdrag " + FORFALT), FORFALT, saksbehandler);

		String url = JsonPath.read(hent("/api/rapporteringskalender/abonnement", saksbehandler), "$.url");
		String feed = hent(url.substring(url.indexOf("/api/")) + "?etat=" + etat, null)
			.replace("\r\n ", "").replace("\r\n\t", "");
		List<String> adresser = new ArrayList<>();
		for (String hendelse : feed.split("BEGIN:VEVENT")) {
			Matcher adresse = Pattern.compile("(?m)^URL[^:\r\n]*:([^\r\n]+)").matcher(hendelse);
			if (hendelse.contains(FORFALT) && adresse.find()) {
				adresser.add(adresse.group(1));
			}
		}
		assertThat(adresser).as("the deadline's event in the feed:%n%s", feed).isNotEmpty();
		for (String adresse : adresser) {
			forerTil(URI.create(adresse).getRawPath(), FORFALT, saksbehandler);
		}
	}

	@Test
	void theAppropriationsLinkAnAssignmentCitingALineToItsPage() throws Exception {
		RequestPostProcessor saksbehandler = user("lk-sb").roles("HOD_SAKSBEHANDLER");
		String bevilgninger = hent("/bevilgninger?etat=" + etat + "&aar=" + AAR, saksbehandler);
		Matcher lenke = Pattern.compile("<a href=\"([^\"]+)\"><span\\s+class=\"oppdrag-id\">"
				+ Pattern.quote(HtmlUtils.htmlEscape(FORFALT, "UTF-8")) + "</span>").matcher(bevilgninger);
		assertThat(lenke.find()).as("the citing assignment under its line").isTrue();
		forerTil(HtmlUtils.htmlUnescape(lenke.group(1)), FORFALT, saksbehandler);
	}

	/** A real browser on the real server: the link on the lead's start page opens the assignment's page. */
	@Test
	void inTheBrowserTheStartPagesLinkOpensTheAssignment() {
		login("lk-leder", PASSORD);
		open("/");
		Locator rutet = page.locator("section.min-divisjon ul.rutet")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(LEVERT + " " + TITLER.get(LEVERT)));
		rutet.click();
		page.waitForLoadState();
		assertThat(page.url()).doesNotContain("%2F");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)).textContent())
			.contains(TITLER.get(LEVERT));
		assertThat(page.content()).contains(HtmlUtils.htmlEscape(LEVERT, "UTF-8"));
	}

	private void kommenter(String id, String tekst, RequestPostProcessor bruker) throws Exception {
		mvc.perform(post("/oppdrag/" + id + "/kommentar").param("kommentar", tekst).param("unntatt", "false")
			.with(bruker).with(csrf())).andExpect(status().is3xxRedirection());
	}

	private void gi(String id, String nyId) {
		assertThat(jdbc.update("UPDATE oppdrag SET offisiell_id = ?, visnings_id = ? WHERE offisiell_id = ?", nyId,
				nyId, id)).isEqualTo(1);
	}

	private static OppdragData oppdrag(String id, String tittel, LocalDate frist) {
		return new OppdragData(id, "1.1", "Mål", List.of("FHA"), tittel, List.of(new Tekstdel("Tekst.", false)),
				List.of(frist), null, Unntak.NONE, List.of(), List.of(new Budsjettref(742, 21)));
	}

	private String hent(String sti, RequestPostProcessor bruker) throws Exception {
		var foresporsel = get(URI.create(sti));
		if (bruker != null) {
			foresporsel.with(bruker);
		}
		return mvc.perform(foresporsel).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** The part of the page from the heading {@code fra} to {@code til}. */
	private static String del(String side, String fra, String til) {
		int start = side.indexOf(fra);
		assertThat(start).as(fra).isNotNegative();
		int slutt = side.indexOf(til, start);
		assertThat(slutt).as(til).isGreaterThan(start);
		return side.substring(start, slutt);
	}

	/** The address of the first link whose text begins with {@code tekst}. */
	private static String lenke(String html, String tekst) {
		Matcher lenke = Pattern.compile("<a href=\"([^\"]+)\"[^>]*>\\s*" + Pattern.quote(HtmlUtils.htmlEscape(tekst,
				"UTF-8"))).matcher(html);
		assertThat(lenke.find()).as("a link to " + tekst).isTrue();
		return HtmlUtils.htmlUnescape(lenke.group(1));
	}

	/** Following the link gives the assignment's page: 200 with its id and title, not a refusal. */
	private void forerTil(String href, String id, RequestPostProcessor bruker) throws Exception {
		assertThat(href).as("only what an address carries as it is").matches("/oppdrag/[A-Za-z0-9._~%-]+([?#].*)?");
		String side = hent(href, bruker);
		assertThat(side).as(href).contains(HtmlUtils.htmlEscape(id, "UTF-8"), TITLER.get(id));
	}
}
