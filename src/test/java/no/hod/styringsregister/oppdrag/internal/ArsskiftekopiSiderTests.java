package no.hod.styringsregister.oppdrag.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.organisasjon.Enhet;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.testsupport.TestDocuments;
import no.hod.styringsregister.testsupport.Testbrukere;
import no.hod.styringsregister.tildelingsbrev.Rettingsskjema;

import static no.hod.styringsregister.oppdrag.internal.OppdragTestdata.admin;
import static no.hod.styringsregister.oppdrag.internal.OppdragTestdata.klarert;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages that tell of the year end's copies a letter replaces or takes out: the next letter's review, the
 * withdrawal's confirmation, and the pages of a copy and of the assignment that took its place. The real 2025 letter
 * (Helsedirektoratet, as its text names it) as the letter of years no other test uses, its copies and next letter in
 * the year after: 2014 and 2015 for the review, 2004 and 2005 for the withdrawal (the letter's parser reads no year
 * past 2099, so not those of {@link OppdragTestdata#nyttAar()}). TB-60 is exempt in whole.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArsskiftekopiSiderTests {

	/** An admin without clearance (the first admin, {@code admin}, is cleared). */
	private static final RequestPostProcessor ADMIN = user("kopisider-uklarert").roles("ADMIN");

	private static final RequestPostProcessor KLARERT = user("kopisider-admin").roles("ADMIN");

	/** A replaced copy's line, without the box to decline the routing it proposes. */
	private static final Pattern ERSTATTES = Pattern.compile(
			"<li class=\"kopi-erstattes\">(.*?)(?:<div class=\"felt avkrysning foreslatt-ruting\">.*?</div>)?</li>",
			Pattern.DOTALL);

	private static final Pattern RUT_KRYSS = Pattern.compile(
			"<input type=\"checkbox\" form=\"rettinger\"[^>]* name=\"(oppdrag\\[\\d+]\\.rut)\"[^>]* checked=\"checked\"");

	private static final Pattern KOPI_TAS_UT = Pattern.compile("<li>(.*?)</li>", Pattern.DOTALL);

	private static final Pattern TAS_INN_IGJEN = Pattern.compile("<li class=\"kopi-tas-inn-igjen\">(.*?)</li>",
			Pattern.DOTALL);

	@Autowired
	MockMvc mvc;

	@Autowired
	OppdragArbeidsflyt flyt;

	@Autowired
	OppdragLeser leser;

	@Autowired
	OrganisasjonService organisasjon;

	@Autowired
	BrukerService brukere;

	@BeforeAll
	void brukere() {
		Testbrukere.opprett(brukere, new NyBruker("kopisider-admin", "Kopisider Admin", "passord-passord-1", Rolle.ADMIN,
				null, true, null));
		Testbrukere.opprett(brukere, new NyBruker("kopisider-uklarert", "Kopisider Uklarert", "passord-passord-1",
				Rolle.ADMIN, null, false, null));
	}

	/**
	 * The letter of a year of its own, confirmed, and its year end run before next year's letter; then the copy of
	 * TB-1 routed to a division and the copy of TB-2 commented on: work recorded on both.
	 */
	private Oppsett oppsett(int aar) throws Exception {
		String brevAdresse = mvc.perform(post(lastOpp(brev(aar)) + "/bekreft").with(ADMIN).with(csrf())).andReturn()
			.getResponse().getRedirectedUrl();
		assertThat(brevAdresse).startsWith("/tildelingsbrev/");
		long etat = organisasjon.etatByName("Helsedirektoratet").orElseThrow().id();
		Enhet divisjon = organisasjon.divisjoner(etat).get(0);
		Oppsett o = new Oppsett(aar, brevAdresse, divisjon, flyt.viderefor(aar, List.of(), null, admin()).kopiert());
		assertThat(leser.detalj(o.tb(60), klarert()).orElseThrow().heltUnntatt()).isTrue();
		assertThat(leser.detalj(kopi(o, 60), klarert()).orElseThrow().heltUnntatt()).as("the copy of TB-60").isTrue();
		flyt.rute(List.of(kopi(o, 1)), divisjon.id(), null, admin());
		flyt.kommenter(kopi(o, 2), "Vi har begynt på vaksinasjonsprogrammet.", false, admin());
		return o;
	}

	private record Oppsett(int aar, String brev, Enhet divisjon, int kopier) {

		String tb(int n) {
			return "TB" + aar + "-" + n;
		}

		String neste(int n) {
			return "TB" + (aar + 1) + "-" + n;
		}
	}

	/** The copy the year end made of TB-n. */
	private String kopi(Oppsett o, int n) {
		return leser.detalj(o.tb(n), klarert()).orElseThrow().videreforing().get(0).id();
	}

	@Test
	void theReviewNamesEachCopyTheLetterReplacesAndThenTheirPagesNameEachOther() throws Exception {
		Oppsett o = oppsett(2014);
		String k1 = kopi(o, 1);
		String k2 = kopi(o, 2);
		String k3 = kopi(o, 3);
		String k60 = kopi(o, 60);
		String k5 = kopi(o, 5);
		flyt.rute(List.of(k5), o.divisjon().id(), null, admin());
		String utkast = lastOpp(brev(o.aar() + 1));
		String side = side(utkast, ADMIN);

		// The summary's count is the lines below it: here every copy is replaced, none taken out.
		List<String> linjer = tekster(ERSTATTES, side);
		assertThat(linjer).hasSizeGreaterThanOrEqualTo(4).hasSizeLessThanOrEqualTo(o.kopier());
		assertThat(side).containsPattern("<tr id=\"antall-kopier\"><th scope=\"row\">Kopier fra årsskiftet</th>\\s*"
				+ "<td class=\"tall\">0</td><td class=\"tall\">0</td><td class=\"tall\">0</td>\\s*"
				+ "<td class=\"tall\">" + linjer.size() + "</td><td class=\"tall\">0</td></tr>")
			.contains("<h2 id=\"kopier-erstattes\">Kopier fra årsskiftet som erstattes</h2>")
			.doesNotContain("kopi-tas-ut")
			// A first import of the letter brings back no copies, so it names none.
			.doesNotContain("kopier-tas-inn-igjen").doesNotContain("Kopier fra årsskiftet som hentes tilbake");

		String arbeid = ". Det er registrert arbeid på kopien (status: Videreført); brevets oppdrag overtar status og "
				+ "fremdrift, og kommentarene blir stående i kopiens historikk.";
		assertThat(linjer).contains(
				// Only routed: a routing is no work done, and the routing is told.
				k1 + " (kopi fra årsskiftet) erstattes av " + o.neste(1) + ", som viderefører " + o.tb(1) + "; rutes til "
						+ o.divisjon().navn() + " som kopien",
				// Not routed: the comment is the work.
				k2 + " (kopi fra årsskiftet) erstattes av " + o.neste(2) + ", som viderefører " + o.tb(2) + arbeid,
				k3 + " (kopi fra årsskiftet) erstattes av " + o.neste(3) + ", som viderefører " + o.tb(3));
		assertThat(side).containsPattern(lenke(k1)).containsPattern(lenke(o.tb(1)));

		// The wholly exempt one's copy is named by id to an admin without clearance too, as its origin's «Videreført
		// til» and the copy's «Videreført fra» pair them anyway: his list is the cleared admin's, with no gap in it.
		assertThat(linjer).contains(
				k60 + " (kopi fra årsskiftet) erstattes av " + o.neste(60) + ", som viderefører " + o.tb(60))
			.noneMatch(l -> l.contains("holdes tilbake"))
			.isEqualTo(tekster(ERSTATTES, side(utkast, KLARERT)));
		assertThat(side).containsPattern(lenke(k60)).doesNotContain("Rekrutteringsprogram");

		// The routing a copy proposes may be declined as a cited one's may: a box in the copy's line, ticked.
		String klarertSide = side(utkast, KLARERT);
		String rutK1 = rutKryss(klarertSide, k1);
		assertThat(rutKryss(klarertSide, k5)).isNotEqualTo(rutK1);
		assertThat(klarertSide).contains(">Rut til " + o.divisjon().navn() + "</label>");
		MvcResult bekreftet = mvc.perform(Rettingsskjema.fyltUt(post(utkast + "/bekreft").with(KLARERT).with(csrf()),
				klarertSide, Map.of(), Set.of(rutK1))).andReturn();
		assertThat(bekreftet.getResponse().getRedirectedUrl()).startsWith("/tildelingsbrev/");
		// The message counts the copies replaced, which are none of the letter's own counts.
		assertThat((String) bekreftet.getFlashMap().get("melding"))
			.contains(" uendrede poster. ")
			.endsWith(". " + linjer.size() + " kopier fra årsskiftet er erstattet av brevets oppdrag.");

		// Unticked, the assignment is imported unrouted; the ticked one takes its copy's routing.
		assertThat(leser.detalj(o.neste(1), klarert()).orElseThrow().oppdrag().divisjonId()).isNull();
		assertThat(leser.detalj(o.neste(5), klarert()).orElseThrow().oppdrag().divisjonId())
			.isEqualTo(o.divisjon().id());

		// The letter's assignment names the copy it replaced, linked, and where a lead worked on it, what became of
		// that; a copy only routed has no work to tell of.
		String ny1 = side("/oppdrag/" + o.neste(1), ADMIN);
		assertThat(erstatter(ny1)).containsExactly("årsskiftets kopi " + k1);
		assertThat(ny1).containsPattern(lenke(k1));
		assertThat(erstatter(side("/oppdrag/" + o.neste(2), ADMIN))).containsExactly("årsskiftets kopi " + k2
				+ " (status og fremdrift som ble registrert på kopien, er overtatt; kommentarene står der)");
		assertThat(erstatter(side("/oppdrag/" + o.neste(3), ADMIN))).containsExactly("årsskiftets kopi " + k3);

		// The copy says at the top what replaced it, linked, and, where a lead worked on it, where that work went.
		String kopi1 = side("/oppdrag/" + k1, ADMIN);
		String ut = " Denne kopien fra årsskiftet er tatt ut av registeret og vises her for historikkens skyld.";
		assertThat(erstattetAv(kopi1))
			.isEqualTo("Erstattet av " + o.neste(1) + " i tildelingsbrevet for " + (o.aar() + 1) + "." + ut);
		assertThat(kopi1).containsPattern(lenke(o.neste(1)))
			.doesNotContain("Oppdraget er ikke lenger med i tildelingsbrevet det kom fra");
		assertThat(erstattetAv(side("/oppdrag/" + k2, ADMIN))).isEqualTo("Erstattet av " + o.neste(2)
				+ " i tildelingsbrevet for " + (o.aar() + 1) + "." + ut + " Status og fremdrift som ble registrert på "
				+ "kopien, er overtatt av oppdraget som erstatter den; kommentarene og historikken står her.");
		assertThat(erstattetAv(side("/oppdrag/" + k3, ADMIN)))
			.isEqualTo("Erstattet av " + o.neste(3) + " i tildelingsbrevet for " + (o.aar() + 1) + "." + ut);

		// Wholly exempt: each names the other by id to an admin without clearance too, as to one with; what is
		// exempt (the title) stays withheld.
		String ny60 = side("/oppdrag/" + o.neste(60), ADMIN);
		assertThat(erstatter(ny60)).containsExactly("årsskiftets kopi " + k60);
		assertThat(ny60).containsPattern(lenke(k60)).doesNotContain("Rekrutteringsprogram");
		String kopi60 = side("/oppdrag/" + k60, ADMIN);
		assertThat(erstattetAv(kopi60))
			.isEqualTo("Erstattet av " + o.neste(60) + " i tildelingsbrevet for " + (o.aar() + 1) + "." + ut);
		assertThat(kopi60).containsPattern(lenke(o.neste(60))).doesNotContain("Rekrutteringsprogram");
		assertThat(erstatter(side("/oppdrag/" + o.neste(60), KLARERT))).containsExactly("årsskiftets kopi " + k60);
		assertThat(erstattetAv(side("/oppdrag/" + k60, KLARERT))).startsWith("Erstattet av " + o.neste(60) + " i ");

		// A new version of the letter without TB-3: the copy TB-3 took the place of comes back, and its review says so
		// (not confirmed: the draft is cancelled).
		int neste = o.aar() + 1;
		String utenTre = brev(neste).replaceFirst("(?s)TB" + neste + "-3 Avd\\..*?(?=TB" + neste + "-4 Avd\\.)", "");
		assertThat(utenTre).doesNotContain(o.neste(3) + " Avd.");
		String nyVersjon = lastOpp(utenTre);
		String nySide = side(nyVersjon, ADMIN);
		assertThat(nySide).contains("<h2 id=\"kopier-tas-inn-igjen\">Kopier fra årsskiftet som hentes tilbake</h2>")
			.contains("Oppdrag som ikke lenger er med i brevet, hadde tatt plassen til kopier fra årsskiftet.")
			.doesNotContain("Bekrefter du, kommer kopiene tilbake med oppdragene sine")
			.containsPattern(lenke(k3));
		assertThat(tekster(Pattern.compile("<li class=\"kopi-tilbake\">(.*?)</li>", Pattern.DOTALL), nySide))
			.containsExactly(k3 + " " + tittel(k3) + " (kopi av " + o.tb(3) + ", Videreført), som " + o.neste(3)
					+ " hadde erstattet; " + o.neste(3) + " er ikke lenger med i brevet");
		// Counted as changed in the summary; nothing replaced or taken out.
		assertThat(nySide).containsPattern("<tr id=\"antall-kopier\"><th scope=\"row\">Kopier fra årsskiftet</th>\\s*"
				+ "<td class=\"tall\">1</td><td class=\"tall\">0</td><td class=\"tall\">1</td>\\s*"
				+ "<td class=\"tall\">0</td><td class=\"tall\">0</td></tr>");
		mvc.perform(post(nyVersjon + "/avbryt").with(ADMIN).with(csrf())).andExpect(status().is3xxRedirection());
	}

	@Test
	void theWithdrawalListsTheCopiesThatGoWithTheLetterAndImportingItAgainBringsThemBack() throws Exception {
		Oppsett o = oppsett(2004);
		String k1 = kopi(o, 1);
		String k2 = kopi(o, 2);
		String k3 = kopi(o, 3);
		String k60 = kopi(o, 60);

		String side = side(o.brev() + "/trekk-tilbake", ADMIN);

		// The year end copied every open assignment of the letter; they all go, one with work, one only routed.
		assertThat(side).contains("id=\"antall-kopier\">" + o.kopier() + "<")
			.contains("id=\"antall-kopier-med-arbeid\">1<")
			.contains("Årsskiftet har laget " + o.kopier() + " kopier av brevets oppdrag")
			.contains("Det er registrert arbeid på 1 av kopiene:");
		int start = side.indexOf("id=\"kopier\"");
		assertThat(start).isNotNegative();
		List<String> kopier = tekster(KOPI_TAS_UT, side.substring(start, side.indexOf("</div>", start)));
		assertThat(kopier).hasSize(o.kopier())
			.contains(k1 + " (kopi av " + o.tb(1) + ", Videreført, rutet)",
					k2 + " (kopi av " + o.tb(2) + ", Videreført, med registrert arbeid)",
					k3 + " (kopi av " + o.tb(3) + ", Videreført)",
					// Taken out with its origin, the copy tells nothing of the exempt one: named, as the origin is.
					k60 + " (kopi av " + o.tb(60) + ", Videreført)");
		assertThat(side).containsPattern(lenke(k1)).doesNotContain("Rekrutteringsprogram");

		MvcResult trukket = mvc.perform(post(o.brev() + "/trekk-tilbake").with(ADMIN).with(csrf())).andReturn();
		assertThat((String) trukket.getFlashMap().get("melding"))
			.endsWith(" Med dem er " + o.kopier() + " kopier fra årsskiftet tatt ut.");
		assertThat(leser.detalj(k2, klarert()).orElseThrow().fjernet()).isTrue();
		assertThat(side("/oppdrag?year=" + (o.aar() + 1), ADMIN)).doesNotContain(">" + k1 + "<");

		// The undo, the kept file imported again: its review names the copies that come back with their origins, each
		// linked, the exempt one's title withheld from an admin without clearance, as the withdrawal withheld it.
		String utkast = mvc.perform(post(o.brev() + "/importer-igjen").with(ADMIN).with(csrf())).andReturn()
			.getResponse().getRedirectedUrl();
		String gjennomgang = side(utkast, ADMIN);
		assertThat(gjennomgang)
			.contains("<h2 id=\"kopier-tas-inn-igjen\">Kopier fra årsskiftet som hentes tilbake</h2>")
			.contains("Bekrefter du, kommer kopiene tilbake med oppdragene sine")
			.containsPattern(lenke(k1)).containsPattern(lenke(k60)).doesNotContain("Rekrutteringsprogram");
		// In the summary they count as changed, as the assignments coming back with them do.
		assertThat(gjennomgang).containsPattern("<tr id=\"antall-kopier\"><th scope=\"row\">Kopier fra årsskiftet</th>\\s*"
				+ "<td class=\"tall\">" + o.kopier() + "</td><td class=\"tall\">0</td><td class=\"tall\">" + o.kopier()
				+ "</td>\\s*<td class=\"tall\">0</td><td class=\"tall\">0</td></tr>");
		List<String> hentes = tekster(TAS_INN_IGJEN, gjennomgang);
		assertThat(hentes).hasSize(o.kopier()).contains(
				k1 + " " + tittel(k1) + " (kopi av " + o.tb(1) + ", Videreført, rutet)",
				k2 + " " + tittel(k2) + " (kopi av " + o.tb(2) + ", Videreført, med registrert arbeid)",
				k3 + " " + tittel(k3) + " (kopi av " + o.tb(3) + ", Videreført)",
				k60 + " Unntatt offentlighet, jf. offl. § 22 (kopi av " + o.tb(60) + ", Videreført)");
		assertThat(tekster(TAS_INN_IGJEN, side(utkast, KLARERT)))
			.contains(k60 + " Rekrutteringsprogram (kopi av " + o.tb(60) + ", Videreført)");

		// Confirmed, they come back, their work kept, and the message counts them.
		MvcResult bekreftet = mvc.perform(post(utkast + "/bekreft").with(ADMIN).with(csrf())).andReturn();
		assertThat(bekreftet.getResponse().getRedirectedUrl()).isEqualTo(o.brev());
		assertThat((String) bekreftet.getFlashMap().get("melding"))
			.endsWith(" " + o.kopier() + " kopier fra årsskiftet er tatt inn igjen med brevets oppdrag.");
		List<String> ider = List.of(k1, k2, k3, k60);
		List<Integer> nr = List.of(1, 2, 3, 60);
		for (int i = 0; i < ider.size(); i++) {
			String opphav = o.tb(nr.get(i));
			OppdragDetalj kopi = leser.detalj(ider.get(i), klarert()).orElseThrow();
			assertThat(kopi.fjernet()).as(ider.get(i)).isFalse();
			assertThat(kopi.historikk().get(0)).satisfies(h -> {
				assertThat(h.type()).isEqualTo("GJENOPPRETTET");
				assertThat(h.notat()).isEqualTo("Tatt inn igjen med " + opphav
						+ ", som den er årsskiftets kopi av: Med igjen i tildelingsbrevet");
			});
		}
		// Newest first: the comment made before the withdrawal is still there.
		assertThat(leser.detalj(k2, klarert()).orElseThrow().historikk()).extracting(OppdragDetalj.Hendelse::type)
			.containsSubsequence("GJENOPPRETTET", "FJERNET", "KOMMENTAR");
		assertThat(side("/oppdrag/" + k1, ADMIN)).doesNotContain("Oppdraget er ikke lenger med i tildelingsbrevet");
		assertThat(leser.detalj(o.tb(1), klarert()).orElseThrow().videreforing()).extracting(r -> r.id())
			.containsExactly(k1);
		assertThat(side("/oppdrag?year=" + (o.aar() + 1), ADMIN)).contains(">" + k1 + "<");
	}

	/** The name of the ticked «Rut til …» box in the line of the replaced copy {@code kopi}. */
	private static String rutKryss(String side, String kopi) {
		Matcher linje = Pattern.compile("<li class=\"kopi-erstattes\"><a\\s+href=\"/oppdrag/" + Pattern.quote(kopi)
				+ "\">.*?</li>", Pattern.DOTALL).matcher(side);
		assertThat(linje.find()).as(kopi).isTrue();
		Matcher kryss = RUT_KRYSS.matcher(linje.group());
		assertThat(kryss.find()).as("the box in " + kopi + "'s line").isTrue();
		return kryss.group(1);
	}

	/** The assignment's title, as one with clearance sees it. */
	private String tittel(String id) {
		return leser.detalj(id, klarert()).orElseThrow().oppdrag().tittel();
	}

	/** A link to the assignment's page, named by its id. */
	private static String lenke(String id) {
		return "<a\\s+href=\"/oppdrag/" + Pattern.quote(id) + "\">" + Pattern.quote(id) + "</a>";
	}

	/** The text of each match's first group, tags taken out and spaces joined. */
	private static List<String> tekster(Pattern element, String side) {
		List<String> tekster = new ArrayList<>();
		Matcher m = element.matcher(side);
		while (m.find()) {
			tekster.add(tekst(m.group(1)));
		}
		return tekster;
	}

	private static String tekst(String html) {
		return html.replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").trim();
	}

	/** The detail page's «Erstatter» values. */
	private static List<String> erstatter(String side) {
		return tekster(Pattern.compile("<dd class=\"erstatter\">(.*?)</dd>", Pattern.DOTALL), side);
	}

	/** The copy's notice at the top; {@code null} without one. */
	private static String erstattetAv(String side) {
		List<String> melding = tekster(Pattern.compile("<p class=\"melding advarsel\" id=\"erstattet-av\">(.*?)</p>",
				Pattern.DOTALL), side);
		assertThat(melding).hasSizeLessThanOrEqualTo(1);
		return melding.isEmpty() ? null : melding.get(0);
	}

	/** The real 2025 letter as the letter of {@code aar}. */
	private static String brev(int aar) {
		return TestDocuments.seed("tildelingsbrev-helsedirektoratet-2025.txt").replace("2025", String.valueOf(aar));
	}

	/** Uploads the letter's text for review; the review page's address. */
	private String lastOpp(String tekst) throws Exception {
		String adresse = mvc.perform(multipart("/tildelingsbrev/import").file(new MockMultipartFile("fil",
				"tildelingsbrev.txt", "text/plain", tekst.getBytes(StandardCharsets.UTF_8)))
			.with(ADMIN).with(csrf())).andReturn().getResponse().getRedirectedUrl();
		assertThat(adresse).as("the upload's redirect to its review").startsWith("/tildelingsbrev/import/");
		return adresse;
	}

	private String side(String adresse, RequestPostProcessor bruker) throws Exception {
		MvcResult svar = mvc.perform(get(adresse).with(bruker)).andReturn();
		assertThat(svar.getResponse().getStatus()).as(adresse).isEqualTo(200);
		return svar.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}
}
