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

import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.oppdrag.OppdragStatus;
import no.hod.styringsregister.oppdrag.OppdragUpdates;
import no.hod.styringsregister.organisasjon.Enhet;
import no.hod.styringsregister.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * When next year's letter comes, a lead's start page still shows last year's assignments the division has not
 * delivered: «Min divisjon» counts and lists the open ones of every year, says which years they are from, and never
 * says all is up to date while any of them needs an update. The desk officers' overview stays one agency's year.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MinDivisjonAlleAarTests extends RapportTestoppsett {

	/** Last year's letter (open assignments left) and next year's (nothing of it routed yet). */
	static final int I_FJOR = 2008;

	static final int I_AAR = 2009;

	@Autowired
	OppdragUpdates oppdragUpdates;

	long etat;

	Enhet fjoraaret;

	Enhet annen;

	Enhet toAar;

	@BeforeAll
	void data() throws Exception {
		RapportFixtur fixtur = new RapportFixtur(mvc, organisasjon, jdbc, "ma-adm");
		CurrentUser admin = brukere.create(new NyBruker("ma-adm", "Ma Admin", "et-langt-passord", Rolle.ADMIN, null,
				true, null));
		// An agency and divisions of their own, so no other test's assignments count on these leads' pages.
		etat = fixtur.nyEtat("Årsskifteetaten");
		fjoraaret = fixtur.nyDivisjon(etat, "Divisjon med fjorårets");
		annen = fixtur.nyDivisjon(etat, "Divisjon ved siden av");
		toAar = fixtur.nyDivisjon(etat, "Divisjon med to år");
		CurrentUser leder = brukere.create(new NyBruker("ma-leder", "Ma Leder", "et-langt-passord", Rolle.HDIR_LEDER,
				fjoraaret.id(), false, null));
		brukere.create(new NyBruker("ma-annen", "Ma Annen", "et-langt-passord", Rolle.HDIR_LEDER, annen.id(), false,
				null));
		brukere.create(new NyBruker("ma-to", "Ma To", "et-langt-passord", Rolle.HDIR_LEDER, toAar.id(), false, null));
		CurrentUser saksbehandler = brukere.create(new NyBruker("ma-sb", "Ma Sb", "et-langt-passord",
				Rolle.HOD_SAKSBEHANDLER, null, false, null));

		oppdragImport.apply(730_008, I_FJOR, etat, List.of(
				RapportFixtur.oppdrag(id(I_FJOR, 1), "Fjorårets åpne", LocalDate.of(I_FJOR, 3, 1)),
				RapportFixtur.oppdrag(id(I_FJOR, 2), "Fjorårets ferdige", LocalDate.of(I_FJOR, 3, 1)),
				RapportFixtur.oppdrag(id(I_FJOR, 3), "Naboens åpne", LocalDate.of(I_FJOR, 3, 1)),
				RapportFixtur.oppdrag(id(I_FJOR, 4), "Toårets første", LocalDate.of(I_FJOR, 3, 1))));
		oppdragImport.apply(730_009, I_AAR, etat, List.of(
				RapportFixtur.oppdrag(id(I_AAR, 1), "Årets ikke rutede", LocalDate.of(I_AAR, 3, 1)),
				RapportFixtur.oppdrag(id(I_AAR, 2), "Toårets andre", LocalDate.of(I_AAR, 3, 1))));
		oppdragUpdates.route(List.of(id(I_FJOR, 1), id(I_FJOR, 2)), fjoraaret.id(), null, admin);
		oppdragUpdates.route(List.of(id(I_FJOR, 3)), annen.id(), null, admin);
		oppdragUpdates.route(List.of(id(I_FJOR, 4), id(I_AAR, 2)), toAar.id(), null, admin);
		oppdragUpdates.changeStatus(id(I_FJOR, 2), OppdragStatus.LEVERT, "Levert.", null, null, leder);
		oppdragUpdates.changeStatus(id(I_FJOR, 2), OppdragStatus.FULLFORT, "Godkjent.", null, null, saksbehandler);
	}

	@Test
	void lastYearsOpenAssignmentStaysOnTheLeadsPageWhenNextYearIsChosen() throws Exception {
		String html = side("/?year=" + I_AAR, "ma-leder", "HDIR_LEDER");
		String mine = html.substring(html.indexOf("Min divisjon: Divisjon med fjorårets"),
				html.indexOf("id=\"oversikt-tittel\""));
		assertThat(mine).contains(">0 oppdrag rutet til divisjonen i " + I_AAR + "<")
			.contains(">1 er ikke levert</a> (alle fra " + I_FJOR + ")");
		String oppdatering = mine.substring(mine.indexOf("Trenger oppdatering"), mine.indexOf("Nylig rutet til"));
		assertThat(oppdatering).contains("Oppdrag i divisjonen fra alle år som ikke er levert")
			.contains(id(I_FJOR, 1) + " Fjorårets åpne")
			.doesNotContain("Alle oppdragene i divisjonen er oppdatert")
			.doesNotContain(id(I_FJOR, 2)).doesNotContain(id(I_FJOR, 3));
		// One year only, named above: the rows need not say theirs.
		assertThat(oppdatering).contains(">Fristen var 1. mars " + I_FJOR + "<");
		everyNumberListsAsMany(mine, "ma-leder", "HDIR_LEDER", 2);
	}

	@Test
	void openAssignmentsOfTwoYearsSayWhichYearsTheyAreFrom() throws Exception {
		String mine = side("/", "ma-to", "HDIR_LEDER");
		mine = mine.substring(mine.indexOf("Min divisjon: Divisjon med to år"), mine.indexOf("id=\"oversikt-tittel\""));
		assertThat(mine).containsPattern(">2 er ikke levert</a> \\(<a href=\"/oppdrag\\?year=" + I_FJOR
				+ "[^\"]*\">1 fra " + I_FJOR + "</a>, <a href=\"/oppdrag\\?year=" + I_AAR + "[^\"]*\">1 fra " + I_AAR
				+ "</a>\\)");
		String oppdatering = mine.substring(mine.indexOf("Trenger oppdatering"), mine.indexOf("Nylig rutet til"));
		assertThat(oppdatering).contains(id(I_FJOR, 4)).contains(id(I_AAR, 2))
			.contains(">Fra " + I_FJOR + " · Fristen var 1. mars " + I_FJOR + "<")
			.contains(">Fra " + I_AAR + " · Fristen var 1. mars " + I_AAR + "<");
		everyNumberListsAsMany(mine, "ma-to", "HDIR_LEDER", 4);
	}

	@Test
	void aLeadOfAnotherDivisionDoesNotSeeThem() throws Exception {
		String html = side("/?year=" + I_AAR, "ma-annen", "HDIR_LEDER");
		String mine = html.substring(html.indexOf("Min divisjon: Divisjon ved siden av"),
				html.indexOf("id=\"oversikt-tittel\""));
		assertThat(mine).contains(">1 er ikke levert</a> (alle fra " + I_FJOR + ")").contains(id(I_FJOR, 3))
			.doesNotContain(id(I_FJOR, 1)).doesNotContain(id(I_FJOR, 4)).doesNotContain(id(I_AAR, 2));
	}

	@Test
	void theDeskOfficersOverviewIsStillTheChosenYears() throws Exception {
		String html = side("/?agency=" + etat + "&year=" + I_AAR, "ma-sb", "HOD_SAKSBEHANDLER");
		assertThat(html).doesNotContain("Min divisjon").contains("Oppdrag for Årsskifteetaten i " + I_AAR);
		// The year's two assignments, one routed (to the division of two years), one not; none of last year's.
		assertThat(html).containsPattern("href=\"/oppdrag\\?agency=" + etat + "&amp;year=" + I_AAR
				+ "\"><span class=\"tall\">2</span>");
		String tabell = html.substring(html.indexOf("Oppdrag per divisjon"));
		assertThat(rad(tabell, "Divisjon med fjorårets")).contains(">0</a>").doesNotContain(">1</a>");
		assertThat(rad(tabell, "Divisjon med to år")).contains(">1</a>");
		assertThat(rad(tabell, "Ikke rutet til en divisjon")).contains(">1</a>");
	}

	/** Each number of the lead's section links to a list with as many assignments (valid links, also without a year). */
	private void everyNumberListsAsMany(String mine, String bruker, String rolle, int minstAntall) throws Exception {
		Matcher m = Pattern.compile("href=\"(/oppdrag\\?[^\"]+)\">(\\d+) ").matcher(mine);
		int lenker = 0;
		while (m.find()) {
			String adresse = m.group(1).replace("&amp;", "&");
			assertThat(side(adresse, bruker, rolle)).as(adresse).contains(">" + m.group(2) + " oppdrag<");
			lenker++;
		}
		assertThat(lenker).isGreaterThanOrEqualTo(minstAntall);
	}

	private static String rad(String tabell, String divisjon) {
		String rad = tabell.substring(tabell.indexOf(">" + divisjon + "<"));
		return rad.substring(0, rad.indexOf("</tr>"));
	}

	private static String id(int aar, int nr) {
		return "MA" + aar + "-" + nr;
	}

	private String side(String adresse, String bruker, String rolle) throws Exception {
		return mvc.perform(get(adresse).with(user(bruker).roles(rolle))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
	}
}
