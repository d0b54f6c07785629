package no.hod.styringsregister.tildelingsbrev;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A title the admin corrects in the review of a new year's letter keeps what the row continues of last year's
 * register: the year end links last year's assignment to it rather than copy it beside it. The real 2025 letter as
 * 2027's and 2028's, years whose register no other test fills.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LetterCorrectedTitleContinuesTests {

	/** Cleared, so that every row is compared and the year end may handle every assignment. */
	private static final RequestPostProcessor ADMIN = user("rettet-tittel-admin").roles("ADMIN");

	private static final String TITTEL = "Sykdomsbyrde og forebyggingspotensial";

	private static final String RETTET = "Sykdomsbyrde og forebyggingspotensial i befolkningen";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BrukerService brukere;

	@BeforeAll
	void forrigeAar() throws Exception {
		brukere.create(new NyBruker("rettet-tittel-admin", "Rettet Tittel", "passord-passord-1", Rolle.ADMIN, null,
				true, null));
		String utkast = Brevsteg.lastOpp(mvc, Brevsteg.brev2025Som(2027), ADMIN);
		bekreft(utkast, Brevsteg.side(mvc, utkast, ADMIN), Map.of());
	}

	@Test
	void aCorrectedTitleKeepsTheContinuationThroughImportReimportAndYearEnd() throws Exception {
		String brev = Brevsteg.brev2025Som(2028);
		String utkast = Brevsteg.lastOpp(mvc, brev, ADMIN);
		String viderefores = "Viderefører <a href=\"/oppdrag/" + nokkel("TB2027-1") + "\">TB2027-1</a>";
		assertThat(rad(Brevsteg.side(mvc, utkast, ADMIN), 0)).contains(viderefores);

		String side = Brevsteg.side(mvc, utkast, ADMIN);
		mvc.perform(Rettingsskjema.fyltUt(post(utkast + "/rett").with(ADMIN).with(csrf()), side,
				Map.of("oppdrag[0].tittel", RETTET)));
		String rettet = Brevsteg.side(mvc, utkast, ADMIN);
		assertThat(rettet).contains("name=\"oppdrag[0].tittel\" value=\"" + RETTET + "\"")
			.contains("<p id=\"ikke-nevnt\">Alle åpne oppdrag fra 2027 videreføres i brevet.</p>");
		assertThat(rad(rettet, 0)).contains(viderefores)
			.contains("Med tittelen slik brevet ble lest viderefører oppdraget TB2027-1. Det får en henvisning til "
					+ "TB2027-1");
		bekreft(utkast, rettet, Map.of());
		assertThat(jdbc.sql("SELECT tittel FROM oppdrag WHERE offisiell_id = 'TB2028-1'").query(String.class).single())
			.isEqualTo(RETTET);

		// The same file again: the correction proposed, and the continuation with it; nothing to change.
		String igjen = Brevsteg.lastOpp(mvc, brev, ADMIN);
		String igjenSide = Brevsteg.side(mvc, igjen, ADMIN);
		assertThat(igjenSide).contains("name=\"oppdrag[0].tittel\" value=\"" + RETTET + "\"")
			.contains("<p id=\"ikke-nevnt\">Alle åpne oppdrag fra 2027 videreføres i brevet.</p>");
		assertThat(rad(igjenSide, 0)).contains(viderefores);
		mvc.perform(post(igjen + "/avbryt").with(ADMIN).with(csrf()));

		// The year end links TB2027-1 to the corrected TB2028-1 and copies nothing.
		mvc.perform(post("/oppdrag/videreforing").param("aar", "2027").param("bekreftet", "true").with(ADMIN)
			.with(csrf()));
		assertThat(jdbc.sql("SELECT n.offisiell_id FROM oppdrag n JOIN oppdrag o ON o.id = n.opphav_id "
				+ "WHERE o.offisiell_id = 'TB2027-1'").query(String.class).list()).containsExactly("TB2028-1");
		assertThat(jdbc.sql("SELECT count(*) FROM oppdrag WHERE aar = 2028 AND brev_id IS NULL").query(Long.class)
			.single()).isZero();
	}

	@Test
	void aCorrectedTitleThatBreaksAContinuationWithNoIdToCiteIsWarnedOf() throws Exception {
		// As a year end's copy: no official id for a citation to name. The second row, which the other test leaves.
		String nokkel = nokkel("TB2027-2");
		assertThat(jdbc.sql("UPDATE oppdrag SET offisiell_id = NULL, visnings_id = nokkel WHERE nokkel = ?")
			.param(nokkel).update()).isEqualTo(1);
		String utkast = Brevsteg.lastOpp(mvc, Brevsteg.brev2025Som(2028), ADMIN);
		String side = Brevsteg.side(mvc, utkast, ADMIN);
		// Continued, or repeated once the other test's year end has handled it: either way linked by its title.
		assertThat(rad(side, 1)).contains("<a href=\"/oppdrag/" + nokkel + "\">" + nokkel + "</a> (<span>");
		mvc.perform(Rettingsskjema.fyltUt(post(utkast + "/rett").with(ADMIN).with(csrf()), side,
				Map.of("oppdrag[1].tittel", "Vaksinasjonsprogram for voksne og for risikogrupper")));

		String rettet = rad(Brevsteg.side(mvc, utkast, ADMIN), 1);
		assertThat(rettet).doesNotContain(nokkel + "</a> (<span>")
			.containsPattern("Med den rettede tittelen viderefører oppdraget ikke lenger\\s+<a href")
			.contains("<a href=\"/oppdrag/" + nokkel
					+ "\">" + nokkel + "</a>, som tittelen slik brevet ble lest gjorde. Det oppdraget har ingen id å "
					+ "vise til, så «Årsskifte» kopierer det til 2028 ved siden av dette.");
		mvc.perform(post(utkast + "/avbryt").with(ADMIN).with(csrf()));
	}

	private String nokkel(String offisiellId) {
		return jdbc.sql("SELECT nokkel FROM oppdrag WHERE offisiell_id = ?").param(offisiellId).query(String.class)
			.single();
	}

	/** The review table's row, from its id field to the next row's. */
	private static String rad(String side, int rad) {
		int start = side.indexOf("name=\"oppdrag[" + rad + "].id\"");
		int slutt = side.indexOf("name=\"oppdrag[" + (rad + 1) + "].id\"");
		assertThat(start).as("row " + rad).isPositive();
		return side.substring(start, slutt);
	}

	/** Confirms the draft with the review form as the page has it and the values typed. */
	private void bekreft(String utkast, String side, Map<String, String> skrevet) throws Exception {
		MvcResult svar = mvc.perform(Rettingsskjema.fyltUt(post(utkast + "/bekreft").with(ADMIN).with(csrf()), side,
				skrevet)).andReturn();
		assertThat(svar.getFlashMap().get("melding")).as("the confirm's message").isNotNull();
	}
}
