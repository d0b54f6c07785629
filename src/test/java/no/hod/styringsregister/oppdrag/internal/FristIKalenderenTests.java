package no.hod.styringsregister.oppdrag.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import no.hod.styringsregister.Kalendersider;
import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.oppdrag.OppdragImport;
import no.hod.styringsregister.oppdrag.OppdragImport.OppdragData;
import no.hod.styringsregister.oppdrag.OppdragImport.Tekstdel;
import no.hod.styringsregister.oppdrag.OppdragImport.Unntak;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.testsupport.Testbrukere;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An assignment's deadlines link to the reporting calendar's month of each, for the assignment's agency, at the
 * deadline's row; the real calendar, fed by the register's own deadlines.
 */
@IntegrationTest
@AutoConfigureMockMvc
class FristIKalenderenTests {

	static final String LESER = "fristkalender-leser";

	static final String LEDER = "fristkalender-leder";

	@Autowired
	MockMvc mvc;

	@Autowired
	OppdragImport oppdragImport;

	@Autowired
	OrganisasjonService organisasjon;

	@Autowired
	BrukerService brukere;

	/** A year the calendar shows: the years other tests hand out pass its last one in a whole run. */
	static final int AAR = Kalendersider.SISTE_AAR - 9;

	/** An agency of the test's own, so the year is its own there whatever other tests put in it. */
	long etat;

	String etatnavn;

	/** The lead of the agency's division. */
	String leder;

	/** The test's own number: official ids are one assignment's across agencies. */
	int n;

	@BeforeEach
	void etatOgBrukere() throws Exception {
		n = OppdragTestdata.nyttAar();
		etatnavn = "Fristkalenderetaten " + n;
		mvc.perform(post("/admin/organisasjon/etat").param("navn", etatnavn).with(admin()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		etat = organisasjon.etatByName(etatnavn).orElseThrow().id();
		mvc.perform(post("/admin/organisasjon/divisjon").param("etatId", String.valueOf(etat))
			.param("navn", "Divisjon for fristene").with(admin()).with(csrf())).andExpect(status().is3xxRedirection());
		Testbrukere.opprett(brukere, new NyBruker(LESER, LESER, "passord-passord-1", Rolle.HOD_SAKSBEHANDLER, null,
				false, null));
		leder = LEDER + "-" + n;
		brukere.create(new NyBruker(leder, LEDER, "passord-passord-1", Rolle.HDIR_LEDER,
				organisasjon.divisjoner(etat).get(0).id(), false, null));
	}

	@Test
	void eachDeadlineLinksToItsMonthForTheAgencyAndTheCalendarShowsItThere() throws Exception {
		int y = AAR;
		String id = "FK" + n + "-1";
		LocalDate juni = LocalDate.of(y, 6, 30);
		LocalDate november = LocalDate.of(y, 11, 1);
		importer(y, id, "Kalenderlenket utredning", List.of(juni, november));

		String side = side("/oppdrag/" + id, leser());
		String juniLenke = lenke(side, "30. juni " + y);
		assertThat(attributt(juniLenke, "href")).isEqualTo("/rapporteringskalender?visning=maned&maned=" + y
				+ "-06&etat=" + etat + "&divisjon=#frist-" + id + "-" + y + "-06-30");
		// The name starts with what the link shows, and says where it leads.
		assertThat(attributt(juniLenke, "aria-label"))
			.isEqualTo("30. juni " + y + " – vis juni " + y + " i rapporteringskalenderen");
		String novemberLenke = lenke(side, "1. november " + y);
		assertThat(attributt(novemberLenke, "href")).startsWith("/rapporteringskalender?visning=maned&maned=" + y
				+ "-11&etat=" + etat + "&").endsWith("#frist-" + id + "-" + y + "-11-01");

		// Followed: the month for the agency, with the deadline's row where the link points.
		String[] adresse = attributt(juniLenke, "href").split("#");
		String kalender = side(adresse[0], leser());
		assertThat(kalender).contains("<option value=\"" + etat + "\" selected=\"selected\">" + etatnavn + "</option>");
		assertThat(rad(kalender, adresse[1])).contains("Kalenderlenket utredning", "Oppdrag " + id,
				"30. juni " + y);
		assertThat(kalender).doesNotContain("id=\"frist-" + id + "-" + y + "-11-01\"");
	}

	/**
	 * A lead's calendar starts at the own division. The link asks for every division of the agency, so it shows a
	 * deadline of an assignment that is not the lead's.
	 */
	@Test
	void theLinkShowsTheDeadlineToALeadOfAnotherDivisionToo() throws Exception {
		int y = AAR;
		String id = "FK" + n + "-1";
		importer(y, id, "Urutet utredning", List.of(LocalDate.of(y, 3, 15)));
		String[] adresse = attributt(lenke(side("/oppdrag/" + id, leser()), "15. mars " + y), "href").split("#");

		assertThat(rad(side(adresse[0], leder()), adresse[1])).contains("Urutet utredning");
		// Without the empty division, the lead's own division would have hidden it.
		assertThat(side(adresse[0].replace("&divisjon=", ""), leder())).doesNotContain(adresse[1]);
	}

	@Test
	void aDeadlineInAMonthTheCalendarRefusesIsPlainText() throws Exception {
		int y = AAR;
		String id = "FK" + n + "-1";
		int utenfor = Kalendersider.SISTE_AAR + 1;
		importer(y, id, "Feilskrevet frist", List.of(LocalDate.of(y, 5, 2), LocalDate.of(utenfor, 1, 15)));

		String side = side("/oppdrag/" + id, leser());
		String frister = side.substring(side.indexOf("class=\"oppdrag-frister\""));
		frister = frister.substring(0, frister.indexOf("</ul>"));
		assertThat(frister).contains("<li>15. januar " + utenfor + "</li>")
			.containsPattern("<li><a [^>]*>2. mai " + y + "</a></li>");
		// The month the calendar refuses, as the link would have asked for it.
		mvc.perform(get("/rapporteringskalender").param("visning", "maned").param("maned", utenfor + "-01")
			.param("etat", String.valueOf(etat)).with(leser()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Velg en måned fra januar")));
	}

	private void importer(int y, String id, String tittel, List<LocalDate> frister) {
		oppdragImport.apply(OppdragTestdata.nyttBrev(), y, etat, List.of(new OppdragData(id, "1.1", "Mål",
				List.of("FHA"), tittel, List.of(new Tekstdel("Tekst.", false)), frister, null, Unntak.NONE, List.of(),
				List.of())));
	}

	private String side(String adresse, RequestPostProcessor bruker) throws Exception {
		return mvc.perform(get(adresse).with(bruker)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** The opening tag of the one link whose text is {@code tekst}. */
	private static String lenke(String side, String tekst) {
		Matcher lenke = Pattern.compile("<a [^>]*>" + Pattern.quote(tekst) + "</a>").matcher(side);
		assertThat(lenke.find()).as("a link «%s»", tekst).isTrue();
		String funnet = lenke.group();
		assertThat(lenke.find()).as("one link «%s»", tekst).isFalse();
		return funnet.substring(0, funnet.indexOf('>') + 1);
	}

	/** An attribute's value, its HTML escapes read. */
	private static String attributt(String tagg, String navn) {
		Matcher verdi = Pattern.compile("\\s" + navn + "=\"([^\"]*)\"").matcher(tagg);
		assertThat(verdi.find()).as("%s in %s", navn, tagg).isTrue();
		return verdi.group(1).replace("&amp;", "&");
	}

	/** The table row with the id, up to its end. */
	private static String rad(String side, String id) {
		int start = side.indexOf("<tr id=\"" + id + "\"");
		assertThat(start).as("a row with id %s", id).isNotNegative();
		return side.substring(start, side.indexOf("</tr>", start));
	}

	private static RequestPostProcessor leser() {
		return user(LESER).roles("HOD_SAKSBEHANDLER");
	}

	private static RequestPostProcessor admin() {
		return user("admin").roles("ADMIN");
	}

	private RequestPostProcessor leder() {
		return user(leder).roles("HDIR_LEDER");
	}
}
