package no.hod.styringsregister.rapporter;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.ContentDisposition;

import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.oppdrag.OppdragStatus;
import no.hod.styringsregister.oppdrag.OppdragUpdates;
import no.hod.styringsregister.organisasjon.Enhet;
import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.web.Formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Year end gives an open assignment a successor in the next year and leaves the original open as history: the lead's
 * start page counts and lists that work once, as the successor, and the list can leave the originals out the same way.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MinDivisjonVidereforteTests extends RapportTestoppsett {

	static final int AAR = 2003;

	static final String ORIGINAL = "VF" + AAR + "-1";

	/** Delayed before year end, in an agency and division of their own. */
	static final String FORSINKET = "VG" + AAR + "-1";

	/** Open but not delayed before year end; its successor is delayed after it. */
	static final String UFORSINKET = "VG" + AAR + "-2";

	@Autowired
	OppdragUpdates oppdragUpdates;

	long etat;

	String etterfolger;

	String forsinketEtterfolger;

	@BeforeAll
	void data() throws Exception {
		RapportFixtur fixtur = new RapportFixtur(mvc, organisasjon, jdbc, "vf-adm");
		CurrentUser admin = brukere.create(new NyBruker("vf-adm", "Vf Admin", "et-langt-passord", Rolle.ADMIN, null,
				true, null));
		// An agency and division of their own, so no other test's assignments count on this lead's page.
		etat = fixtur.nyEtat("Videreføringsetaten");
		Enhet divisjon = fixtur.nyDivisjon(etat, "Divisjon med videreførte");
		brukere.create(new NyBruker("vf-leder", "Vf Leder", "et-langt-passord", Rolle.HDIR_LEDER, divisjon.id(), false,
				null));
		brukere.create(new NyBruker("vf-sb", "Vf Sb", "et-langt-passord", Rolle.HOD_SAKSBEHANDLER, null, false, null));
		oppdragImport.apply(740_003, AAR, etat,
				List.of(RapportFixtur.oppdrag(ORIGINAL, "Uferdig ved årsskiftet", LocalDate.of(AAR, 3, 1))));
		oppdragUpdates.route(List.of(ORIGINAL), divisjon.id(), null, admin);
		long forsinkelsesetat = fixtur.nyEtat("Forsinkelsesetaten");
		Enhet forsinkelser = fixtur.nyDivisjon(forsinkelsesetat, "Divisjon med forsinkede");
		CurrentUser leder = brukere.create(new NyBruker("vg-leder", "Vg Leder", "et-langt-passord", Rolle.HDIR_LEDER,
				forsinkelser.id(), false, null));
		oppdragImport.apply(740_013, AAR, forsinkelsesetat,
				List.of(RapportFixtur.oppdrag(FORSINKET, "Forsinket før årsskiftet", LocalDate.of(AAR, 3, 1)),
						RapportFixtur.oppdrag(UFORSINKET, "Forsinket etter årsskiftet", LocalDate.of(AAR, 3, 1))));
		oppdragUpdates.route(List.of(FORSINKET, UFORSINKET), forsinkelser.id(), null, admin);
		LocalDate idag = LocalDate.now(Formats.OSLO);
		oppdragUpdates.changeStatus(FORSINKET, OppdragStatus.FORSINKET, null, idag.plusDays(10), "Venter på tall.",
				leder);
		mvc.perform(post("/oppdrag/videreforing").param("aar", String.valueOf(AAR)).param("bekreftet", "true")
			.with(user("vf-adm").roles("ADMIN")).with(csrf())).andExpect(status().is3xxRedirection());
		etterfolger = jdbc.queryForObject("SELECT n.visnings_id FROM oppdrag n JOIN oppdrag o ON o.id = n.opphav_id "
				+ "WHERE o.visnings_id = ?", String.class, ORIGINAL);
		forsinketEtterfolger = jdbc.queryForObject("SELECT n.visnings_id FROM oppdrag n JOIN oppdrag o "
				+ "ON o.id = n.opphav_id WHERE o.visnings_id = ?", String.class, UFORSINKET);
		oppdragUpdates.changeStatus(forsinketEtterfolger, OppdragStatus.FORSINKET, null, idag.plusDays(10),
				"Venter fortsatt på tall.", leder);
	}

	@Test
	void theLeadCountsCarriedOverWorkOnceAsItsSuccessor() throws Exception {
		String html = side("/", "vf-leder", "HDIR_LEDER");
		String mine = html.substring(html.indexOf("Min divisjon: Divisjon med videreførte"),
				html.indexOf("id=\"oversikt-tittel\""));
		assertThat(mine).contains(">1 er ikke levert</a> (alle fra " + (AAR + 1) + ")");
		String oppdatering = mine.substring(mine.indexOf("Trenger oppdatering"), mine.indexOf("Nylig rutet til"));
		assertThat(oppdatering).contains("/oppdrag/" + etterfolger + "?").doesNotContain("/oppdrag/" + ORIGINAL + "?")
			.contains("Et oppdrag som er videreført til neste år, står her bare én gang, som det videreførte.");
		Matcher m = Pattern.compile("href=\"(/oppdrag\\?[^\"]+)\">1 er ikke levert").matcher(mine);
		assertThat(m.find()).isTrue();
		String adresse = m.group(1).replace("&amp;", "&");
		assertThat(adresse).contains("notCarriedOver=true");
		assertThat(side(adresse, "vf-leder", "HDIR_LEDER")).contains(">1 oppdrag<").contains(etterfolger)
			.doesNotContain(ORIGINAL);
	}

	@Test
	void theLateCountIsAPartOfTheOpenOnesAndLinksToExactlyThose() throws Exception {
		String html = side("/", "vg-leder", "HDIR_LEDER");
		String mine = html.substring(html.indexOf("Min divisjon: Divisjon med forsinkede"),
				html.indexOf("id=\"oversikt-tittel\""));
		// The delayed original stays Forsinket in its old year as history; its successor is what is open now.
		assertThat(mine).contains(">2 er ikke levert</a> (alle fra " + (AAR + 1) + ")").contains(">1 er forsinket</a>");
		Matcher m = Pattern.compile("href=\"(/oppdrag\\?[^\"]+)\">1 er forsinket").matcher(mine);
		assertThat(m.find()).isTrue();
		String adresse = m.group(1).replace("&amp;", "&");
		assertThat(adresse).contains("notCarriedOver=true").contains("status=FORSINKET");
		assertThat(side(adresse, "vg-leder", "HDIR_LEDER")).contains(">1 oppdrag<").contains(forsinketEtterfolger)
			.doesNotContain(FORSINKET + "<").doesNotContain("/oppdrag/" + FORSINKET + "?");
	}

	@Test
	void theListLeavesOutTheCarriedOverOnesOnlyWhenAsked() throws Exception {
		String begge = side("/oppdrag?agency=" + etat, "vf-sb", "HOD_SAKSBEHANDLER");
		assertThat(begge).contains(">2 oppdrag<").contains(ORIGINAL).contains(etterfolger);
		String utenVidereforte = side("/oppdrag?agency=" + etat + "&notCarriedOver=true", "vf-sb",
				"HOD_SAKSBEHANDLER");
		assertThat(utenVidereforte).contains(">1 oppdrag<").contains(etterfolger).doesNotContain(ORIGINAL)
			.containsPattern("id=\"notCarriedOver\" name=\"notCarriedOver\" value=\"true\"[^>]*checked")
			.contains("Skjul oppdrag som er videreført til neste år").contains(" (2 valgt)")
			.contains(", uten videreførte – Styringsregister</title>");
		assertThat(begge).doesNotContain("uten videreførte – Styringsregister</title>");
		String fil = mvc.perform(get("/oppdrag/eksport.csv?agency=" + etat + "&notCarriedOver=true")
			.with(user("vf-sb").roles("HOD_SAKSBEHANDLER"))).andExpect(status().isOk()).andReturn().getResponse()
			.getHeader("Content-Disposition");
		assertThat(ContentDisposition.parse(fil).getFilename())
			.endsWith("-uten-videreførte-" + LocalDate.now(Formats.OSLO) + ".csv");
		// A search over the whole register: the original's id finds its successor too, and only that is left.
		assertThat(side("/oppdrag?q=" + ORIGINAL, "vf-sb", "HOD_SAKSBEHANDLER")).contains(">2 oppdrag<");
		assertThat(side("/oppdrag?q=" + ORIGINAL + "&notCarriedOver=true", "vf-sb", "HOD_SAKSBEHANDLER"))
			.contains(">1 oppdrag<").contains(etterfolger);
		assertThat(mvc.perform(get("/api/oppdrag?agency=" + etat + "&notCarriedOver=true")
			.with(user("vf-sb").roles("HOD_SAKSBEHANDLER"))).andReturn().getResponse().getContentAsString())
			.contains("\"total\":1,");
	}

	@Test
	void aValueTheListCannotReadIsRefusedWith400() throws Exception {
		String html = mvc.perform(get("/oppdrag?notCarriedOver=kanskje")
			.with(user("vf-sb").roles("HOD_SAKSBEHANDLER"))).andExpect(status().isBadRequest()).andReturn()
			.getResponse().getContentAsString();
		assertThat(html).contains("Ugyldig valg")
			.contains("«kanskje» er ikke en gyldig verdi for skjul videreførte oppdrag.").doesNotContain("Exception");
	}

	private String side(String adresse, String bruker, String rolle) throws Exception {
		return mvc.perform(get(adresse).with(user(bruker).roles(rolle))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
	}
}
