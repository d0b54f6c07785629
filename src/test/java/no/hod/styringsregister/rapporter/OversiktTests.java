package no.hod.styringsregister.rapporter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
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
import no.hod.styringsregister.oppdrag.OppdragImport.OppdragData;
import no.hod.styringsregister.oppdrag.OppdragStatus;
import no.hod.styringsregister.oppdrag.OppdragUpdates;
import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.web.Formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The start page's overview: every number links to the assignment list, and the list holds as many. */
@IntegrationTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OversiktTests extends RapportTestoppsett {

	static final int AAR = LocalDate.now(Formats.OSLO).getYear();

	@Autowired
	OppdragUpdates oppdragUpdates;

	long etat;

	long folkehelse;

	@BeforeAll
	void data() throws Exception {
		brukere.create(new NyBruker("o-adm", "O Admin", "et-langt-passord", Rolle.ADMIN, null, true, null));
		// An agency of its own: the lead's page counts the division's open assignments of every year, so a division
		// other test classes route to would count theirs too.
		RapportFixtur fixtur = new RapportFixtur(mvc, organisasjon, jdbc, "o-adm");
		etat = fixtur.nyEtat("Oversiktsetaten");
		folkehelse = fixtur.nyDivisjon(etat, "Divisjon folkehelse").id();
		CurrentUser leder = brukere.create(new NyBruker("o-leder", "O Leder", "et-langt-passord", Rolle.HDIR_LEDER,
				folkehelse, false, null));
		brukere.create(new NyBruker("o-sb", "O Sb", "et-langt-passord", Rolle.HOD_SAKSBEHANDLER, null, false, null));
		LocalDate idag = LocalDate.now(Formats.OSLO);
		List<OppdragData> oppdrag = new ArrayList<>();
		// Overdue, due within 30 days, later, overdue but not the division's; two overdue the lead delays.
		List<LocalDate> frister = List.of(idag.minusDays(20), idag.plusDays(5), idag.plusDays(90), idag.minusDays(3),
				idag.minusDays(20), idag.minusDays(20));
		for (int i = 0; i < frister.size(); i++) {
			oppdrag.add(RapportFixtur.oppdrag("OV" + AAR + "-" + (i + 1), "Oversiktsoppdrag " + i, frister.get(i)));
		}
		// Thirteen more due within 30 days, so the division has more that need an update than the page lists.
		for (int i = frister.size(); i < frister.size() + 13; i++) {
			oppdrag.add(RapportFixtur.oppdrag("OV" + AAR + "-" + (i + 1), "Oversiktsoppdrag " + i, idag.plusDays(20)));
		}
		oppdragImport.apply(710_001, AAR, etat, oppdrag);
		mvc.perform(post("/oppdrag/ruting").param("divisjon", String.valueOf(folkehelse)).param("sporring", "")
			.param("valgt", java.util.stream.IntStream.rangeClosed(7, 19).mapToObj(i -> "OV" + AAR + "-" + i)
				.toArray(String[]::new))
			.with(user("o-adm").roles("ADMIN")).with(csrf())).andExpect(status().is3xxRedirection());
		for (String id : List.of("OV" + AAR + "-1", "OV" + AAR + "-2", "OV" + AAR + "-5", "OV" + AAR + "-6")) {
			mvc.perform(post("/oppdrag/" + id + "/ruting").param("divisjon", String.valueOf(folkehelse))
				.with(user("o-adm").roles("ADMIN")).with(csrf())).andExpect(status().is3xxRedirection());
		}
		oppdragUpdates.changeStatus("OV" + AAR + "-5", OppdragStatus.FORSINKET, null, idag.plusDays(90),
				"Venter på tall.", leder);
		oppdragUpdates.changeStatus("OV" + AAR + "-6", OppdragStatus.FORSINKET, null, idag.plusDays(10),
				"Venter på tall.", leder);
	}

	@Test
	void theAssignmentsCardSaysWhatTheRoleDoes() throws Exception {
		String saksbehandler = mvc.perform(get("/").with(user("o-sb").roles("HOD_SAKSBEHANDLER")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		// Keeping the status current is the division lead's task, not the desk officer's.
		assertThat(saksbehandler).contains("godkjenn leveranser eller send dem tilbake")
			.doesNotContain("hold status oppdatert");
		assertThat(mvc.perform(get("/").with(user("o-leder").roles("HDIR_LEDER"))).andReturn().getResponse()
			.getContentAsString()).contains("hold status oppdatert for divisjonen din");
		assertThat(mvc.perform(get("/").with(user("o-adm").roles("ADMIN"))).andReturn().getResponse()
			.getContentAsString()).contains("rut oppdrag til divisjonene").doesNotContain("??");
	}

	/**
	 * The 30 days are today and the 29 after, as the calendar's «Neste 30 dager»: a deadline on the last of them
	 * counts, one a day later does not, and the dates said are those its link's filter has.
	 */
	@Test
	void theNextThirtyDaysSayWhichDays() throws Exception {
		LocalDate idag = LocalDate.now(Formats.OSLO);
		LocalDate siste = idag.plusDays(29);
		long grense = new RapportFixtur(mvc, organisasjon, jdbc, "o-adm").nyEtat("Grenseetaten");
		List<LocalDate> frister = List.of(idag, siste, siste.plusDays(1));
		List<OppdragData> oppdrag = new ArrayList<>();
		for (int i = 0; i < frister.size(); i++) {
			oppdrag.add(RapportFixtur.oppdrag("GR" + AAR + "-" + (i + 1), "Grenseoppdrag " + i, frister.get(i)));
		}
		oppdragImport.apply(710_009, AAR, grense, oppdrag);
		long innenfor = frister.stream().filter(f -> !f.isBefore(idag) && !f.isAfter(siste)).count();

		String html = mvc.perform(get("/?agency=" + grense + "&year=" + AAR)
			.with(user("o-sb").roles("HOD_SAKSBEHANDLER"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		Formats formats = new Formats();
		Matcher tall = Pattern.compile("<a href=\"([^\"]+)\"><span class=\"tall\">(\\d+)</span>\\s*"
				+ "<span>Frist de neste 30 dagene \\(ikke levert\\): " + Pattern.quote(formats.dato(idag) + "–"
						+ formats.dato(siste)) + "</span>").matcher(html);
		assertThat(tall.find()).isTrue();
		assertThat(Long.parseLong(tall.group(2))).isEqualTo(innenfor);
		assertThat(tall.group(1).replace("&amp;", "&")).contains("deadlineFrom=" + idag, "deadlineTo=" + siste);
	}

	@Test
	void everyNumberLinksToAListWithAsManyAssignments() throws Exception {
		String html = mvc.perform(get("/").param("agency", String.valueOf(etat)).param("year", String.valueOf(AAR))
			.with(user("o-sb").roles("HOD_SAKSBEHANDLER"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(html).contains("role=\"img\"").contains("Oppdrag per status");
		// The chart's own title stays in the chart: the page has one title in its head.
		assertThat(html.split("<title id=\"diagram-tittel\">", -1)).hasSize(2);
		assertThat(html).contains("<title>Forside – Styringsregister</title>");
		assertThat(html.indexOf("<title id=\"diagram-tittel\">")).isGreaterThan(html.indexOf("<svg"));
		Matcher m = Pattern.compile("href=\"(/oppdrag\\?[^\"]+)\"[^>]*>(?:<span class=\"tall\">)?(\\d+)<").matcher(html);
		int lenker = 0;
		while (m.find()) {
			String sporring = m.group(1).substring("/oppdrag?".length()).replace("&amp;", "&");
			long vist = Long.parseLong(m.group(2));
			String liste = mvc.perform(get("/oppdrag?" + sporring).with(user("o-sb").roles("HOD_SAKSBEHANDLER")))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			assertThat(liste).as(sporring).contains(">" + vist + " oppdrag<");
			String api = mvc.perform(get("/api/oppdrag?" + sporring).with(user("o-sb").roles("HOD_SAKSBEHANDLER")))
				.andReturn().getResponse().getContentAsString();
			assertThat(api).as(sporring).contains("\"total\":" + vist + ",");
			lenker++;
		}
		// Total, overdue, next 30 days, 7 statuses, and three numbers each for the divisions and the unrouted ones.
		assertThat(lenker).isGreaterThanOrEqualTo(10 + 3 + 3);
		assertThat(html).contains("overdue=true").contains("deadlineFrom=" + LocalDate.now(Formats.OSLO))
			.contains("division=" + folkehelse).contains("unrouted=true").contains("Ikke rutet til en divisjon");
	}

	@Test
	void aLeadSeesTheDivisionFirstWithWhatNeedsAnUpdate() throws Exception {
		String html = mvc.perform(get("/").with(user("o-leder").roles("HDIR_LEDER"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(html.indexOf("Min divisjon: Divisjon folkehelse")).isPositive()
			.isLessThan(html.indexOf("id=\"oversikt-tittel\""));
		String mine = html.substring(html.indexOf("Trenger oppdatering"), html.indexOf("Nylig rutet til divisjonen"));
		assertThat(mine).contains("OV" + AAR + "-1").contains("Fristen var").contains("OV" + AAR + "-2")
			.contains("Frist ").doesNotContain("OV" + AAR + "-3");
		// The help says what the list holds: a deadline passed counts however recent the last change (each was routed,
		// so changed, today), and the list shows as many as it says.
		assertThat(mine).contains("Oppdrag i divisjonen fra alle år som ikke er levert, fullført eller utgått: med "
				+ "passert frist, frist innen 30 dager, eller ingen endring på 60 dager.")
			.contains("Viser de 15 med tidligst frist av 16.");
		String liste = mine.substring(mine.indexOf("<ul class=\"oppdatering\">"), mine.indexOf("</ul>",
				mine.indexOf("<ul class=\"oppdatering\">")));
		assertThat(liste.split("<li>", -1)).hasSize(15 + 1);
		// The one past the first 15 is one click away, not lost.
		String resten = mine.substring(mine.indexOf("<details class=\"oppdatering-resten\">"), mine.indexOf("</details>"));
		assertThat(resten).contains("<summary>Vis ett oppdrag til</summary>");
		assertThat(resten.split("<li>", -1)).hasSize(1 + 1);
		assertThat(Pattern.compile("href=\"/oppdrag/OV" + AAR + "-\\d+\\?liste=forside\"").matcher(liste + resten)
			.results().map(MatchResult::group).distinct().count())
			.isEqualTo(16);
		// A delayed assignment is due on its new expected date: listed when that is near, not for the old deadline.
		String om10Dager = DateTimeFormatter.ofPattern("d. MMMM yyyy", Formats.NORSK)
			.format(LocalDate.now(Formats.OSLO).plusDays(10));
		assertThat(mine).contains("OV" + AAR + "-6").contains("Ny forventet dato " + om10Dager)
			.doesNotContain("OV" + AAR + "-5");
	}

	/** Through the oppdrag module's read path: OV-6, due 20 days ago, is delayed to 10 days from now. */
	@Test
	void theCalendarShowsADelayedAssignmentOnItsNewExpectedDate() throws Exception {
		DateTimeFormatter norsk = DateTimeFormatter.ofPattern("d. MMMM yyyy", Formats.NORSK);
		LocalDate idag = LocalDate.now(Formats.OSLO);
		String kalender = side("/rapporteringskalender?visning=kommende&dager=30&divisjon=" + folkehelse, "o-sb",
				"HOD_SAKSBEHANDLER");
		int tittel = kalender.indexOf("Ny forventet dato OV" + AAR + "-6 – Oversiktsoppdrag 5");
		assertThat(tittel).isPositive();
		assertThat(kalender.substring(kalender.lastIndexOf("<tr", tittel), kalender.indexOf("</tr>", tittel)))
			.contains("<time datetime=\"" + idag.plusDays(10) + "\">" + norsk.format(idag.plusDays(10)) + "</time>")
			.contains("Oppdraget er forsinket. Fristen i tildelingsbrevet var " + norsk.format(idag.minusDays(20)) + ".")
			.contains("href=\"/oppdrag/OV" + AAR + "-6?liste=");
	}

	@Test
	void anUnknownAgencyIsRefusedWith400() throws Exception {
		String html = mvc.perform(get("/").param("agency", "Finnes ikke").with(user("o-sb").roles("HOD_SAKSBEHANDLER")))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("<div class=\"melding feil\" id=\"oversikt-feil\" role=\"alert\">Ukjent etat «Finnes ikke».</div>");
		// The agency's field is the one marked, described by the message and focused; the year's is left alone.
		assertThat(startTagg(html, "oversikt-etat")).contains("aria-invalid=\"true\"")
			.contains("aria-describedby=\"oversikt-feil\"").contains("autofocus");
		assertThat(startTagg(html, "oversikt-aar")).doesNotContain("aria-invalid").doesNotContain("autofocus");
	}

	/** The opening tag of the element with this id. */
	private static String startTagg(String html, String id) {
		int i = html.indexOf("id=\"" + id + "\"");
		assertThat(i).as(id).isPositive();
		return html.substring(html.lastIndexOf('<', i), html.indexOf('>', i) + 1);
	}

	@Test
	void aYearTheReportRefusesIsRefusedOnTheStartPageToo() throws Exception {
		int nesteAar = LocalDate.now(Formats.OSLO).getYear() + 1;
		for (String aar : List.of("1999", String.valueOf(nesteAar + 1))) {
			String html = mvc.perform(get("/").param("year", aar).with(user("o-sb").roles("HOD_SAKSBEHANDLER")))
				.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
			assertThat(html).as(aar).contains("Året må være mellom 2000 og " + nesteAar + ".");
			assertThat(startTagg(html, "oversikt-aar")).as(aar).contains("aria-invalid=\"true\"")
				.contains("aria-describedby=\"oversikt-feil\"").contains("autofocus");
			assertThat(startTagg(html, "oversikt-etat")).as(aar).doesNotContain("aria-invalid");
		}
		mvc.perform(get("/").param("year", String.valueOf(nesteAar)).with(user("o-sb").roles("HOD_SAKSBEHANDLER")))
			.andExpect(status().isOk());
	}

	/**
	 * OV-5 is delayed to a date 90 days on, past the letter's deadline of 20 days ago: overdue by the letter's
	 * deadline in the overview, the list and the calendar, and not on the lead's list of what needs an update. Both
	 * are meant; each place says which it counts.
	 */
	/** With none of the overdue reported delayed, the count stands alone: «herav 0» would only make one read twice. */
	@Test
	void anOverdueCountWithNoneDelayedSaysNothingOfDelays() throws Exception {
		RapportFixtur fixtur = new RapportFixtur(mvc, organisasjon, jdbc, "o-adm");
		long utenForsinkede = fixtur.nyEtat("Oversiktsetaten uten forsinkede");
		oppdragImport.apply(710_002, AAR, utenForsinkede, List.of(RapportFixtur.oppdrag("OVU" + AAR + "-1",
				"Forfalt uten ny dato", LocalDate.now(Formats.OSLO).minusDays(4))));
		String oversikt = side("/?agency=" + utenForsinkede + "&year=" + AAR, "o-sb", "HOD_SAKSBEHANDLER");
		assertThat(oversikt).containsPattern("<span class=\"tall\">1</span>\\s*<span>Fristen i brevet er passert, "
				+ "ikke levert</span>\\s*</a>").doesNotContain("herav");
	}

	@Test
	void everyOverdueCountSaysItCountsTheLettersDeadlineAndShowsTheNewDate() throws Exception {
		String om90Dager = DateTimeFormatter.ofPattern("d. MMMM yyyy", Formats.NORSK)
			.format(LocalDate.now(Formats.OSLO).plusDays(90));
		String oversikt = side("/?agency=" + etat + "&year=" + AAR, "o-sb", "HOD_SAKSBEHANDLER");
		assertThat(oversikt).contains("«Fristen i brevet er passert», her og i tabellen per divisjon, regner med "
				+ "fristen i tildelingsbrevet: oppdrag som er meldt forsinket med ny forventet dato, er med, også når den nye "
				+ "datoen ikke er passert ennå.");
		// The four overdue by the letter (OV-1, -4, -5, -6) say that two of them are the ones reported delayed, so the
		// count does not read as contradicting the status Forsinket; the link is the list's, as before.
		assertThat(oversikt).containsPattern("href=\"/oppdrag\\?agency=" + etat + "&amp;year=" + AAR
				+ "&amp;overdue=true\"><span class=\"tall\">4</span>\\s*<span>Fristen i brevet er passert, ikke "
				+ "levert</span>\\s*<span class=\"herav\">\\(herav 2 meldt forsinket med ny dato\\)</span></a>");

		String liste = side("/oppdrag?overdue=true&division=" + folkehelse + "&year=" + AAR, "o-sb",
				"HOD_SAKSBEHANDLER");
		assertThat(liste).contains("Bare forfalte (fristen i tildelingsbrevet er passert og oppdraget ikke levert)")
			.contains("Forsinkede oppdrag er med, også når den nye forventede datoen ikke er passert ennå; den står "
					+ "under fristen.")
			.contains("href=\"/oppdrag/OV" + AAR + "-5");
		assertThat(liste.substring(liste.indexOf("href=\"/oppdrag/OV" + AAR + "-5"))).contains(om90Dager);

		String kalender = side("/rapporteringskalender?visning=forfalt&divisjon=" + folkehelse, "o-sb",
				"HOD_SAKSBEHANDLER");
		assertThat(kalender).contains("der fristen i tildelingsbrevet er passert uten at oppdraget er levert. "
				+ "Forsinkede oppdrag er med, også når den nye forventede datoen ikke er passert ennå; den står under "
				+ "tittelen.");
		String rad = kalender.substring(kalender.indexOf("Oversiktsoppdrag 4"));
		assertThat(rad.substring(0, rad.indexOf("</tr>"))).contains("Forsinket: ny forventet dato " + om90Dager);

		String forside = side("/", "o-leder", "HDIR_LEDER");
		assertThat(forside).contains("For forsinkede oppdrag gjelder den nye datoen.");
		assertThat(oversikt).contains("<th scope=\"col\" class=\"tall\">Fristen i brevet er passert</th>");
	}

	@Test
	void theListsTitleNamesTheMainFilters() throws Exception {
		assertThat(side("/oppdrag?status=FORSINKET&division=" + folkehelse + "&year=" + AAR, "o-sb",
				"HOD_SAKSBEHANDLER"))
			.containsPattern("<title>Oppdrag: Forsinket, Divisjon folkehelse[^,<]*, " + AAR + " – Styringsregister</title>");
		assertThat(side("/oppdrag?overdue=true&agency=" + etat, "o-sb", "HOD_SAKSBEHANDLER"))
			.contains("<title>Oppdrag: forfalte, Oversiktsetaten – Styringsregister</title>");
		assertThat(side("/oppdrag", "o-sb", "HOD_SAKSBEHANDLER")).contains("<title>Oppdrag – Styringsregister</title>");
		// Search words stay out of the title (it goes into browser history).
		assertThat(side("/oppdrag?q=Oversiktsoppdrag&year=" + AAR, "o-sb", "HOD_SAKSBEHANDLER"))
			.contains("<title>Oppdrag: " + AAR + " – Styringsregister</title>");
		// A changed filter (htmx) brings the title along, at the top where htmx takes it into the page's head.
		String resultater = mvc.perform(get("/oppdrag").param("status", "FORSINKET").param("year", String.valueOf(AAR))
			.header("HX-Request", "true").with(user("o-sb").roles("HOD_SAKSBEHANDLER"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(resultater.strip()).startsWith("<title>Oppdrag: Forsinket, " + AAR + " – Styringsregister</title>")
			.contains("id=\"resultater\"").doesNotContain("<html");
	}

	@Test
	void everyLinkToAnAssignmentLeadsToAPageWhoseWayBackIsTheStartPage() throws Exception {
		String html = side("/", "o-leder", "HDIR_LEDER");
		List<String> lenker = Pattern.compile("href=\"(/oppdrag/[^\"]*)\"").matcher(html).results()
			.map(m -> m.group(1)).toList();
		// The lead's lists and the next deadlines: every one, whichever list it is in.
		assertThat(lenker).hasSizeGreaterThan(16)
			.allSatisfy(lenke -> assertThat(lenke).matches("/oppdrag/[^/?]+\\?liste=forside"));
		String frister = html.substring(html.indexOf("<ul class=\"frister\">"),
				html.indexOf("</ul>", html.indexOf("<ul class=\"frister\">")));
		assertThat(frister).contains("href=\"/oppdrag/OV" + AAR + "-2?liste=forside\"");
		// The links to the assignment list keep their own way back (the list's).
		assertThat(html).contains("href=\"/oppdrag?").doesNotContain("/oppdrag?liste=");
		for (String lenke : Pattern.compile("href=\"(/oppdrag/[^\"]*)\"").matcher(side("/", "o-sb", "HOD_SAKSBEHANDLER"))
			.results().map(m -> m.group(1)).toList()) {
			assertThat(lenke).matches("/oppdrag/[^/?]+\\?liste=forside");
		}

		String detalj = side(lenker.get(0), "o-leder", "HDIR_LEDER");
		assertThat(detalj).contains("<p class=\"brodsmule\"><a href=\"/\">Tilbake til forsiden</a></p>",
				"<input type=\"hidden\" name=\"liste\" value=\"forside\">").doesNotContain("Tilbake til oppdragslisten");
	}

	String side(String adresse, String bruker, String rolle) throws Exception {
		return mvc.perform(get(adresse).with(user(bruker).roles(rolle))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
	}
}
