package no.hod.styringsregister.tildelingsbrev;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.oppdrag.OppdragQueries;
import no.hod.styringsregister.testsupport.IntegrationTest;

import static no.hod.styringsregister.tildelingsbrev.Brevsteg.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Assignments a new version of a letter leaves out: the review warns about the ones being worked on, and the letter's
 * page lists them all, as the viewer may see them. The real 2025 letter in a year no other test uses.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LetterRemovedAssignmentsTests {

	private static final String KLARERT = "fjernet-klarert";

	private static final String LESER = "fjernet-leser";

	/** The 2025 letter as the letter of 2071. */
	private static final String BREV = Brevsteg.brev2025Som(2071);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BrukerService brukere;

	@BeforeAll
	void brukere() {
		Brevsteg.saksbehandler(brukere, KLARERT, true);
		Brevsteg.saksbehandler(brukere, LESER, false);
	}

	@Test
	void aRemovedAssignmentInProgressIsWarnedOfAndEveryRemovedOneStaysOnTheLettersPage() throws Exception {
		mvc.perform(post(last(BREV) + "/bekreft").with(ADMIN).with(csrf()));
		// TB2071-5 is under way; TB2071-60, exempt in whole, is not started.
		assertThat(jdbc.sql("UPDATE oppdrag SET status = 'PAAGAAR' WHERE offisiell_id = 'TB2071-5'").update())
			.isEqualTo(1);
		long brevId = jdbc.sql("SELECT brev_id FROM oppdrag WHERE offisiell_id = 'TB2071-5'").query(Long.class).single();
		String nokkel = jdbc.sql("SELECT nokkel FROM oppdrag WHERE offisiell_id = 'TB2071-5'").query(String.class)
			.single();

		// The new version leaves both out.
		String uten = uten(uten(BREV, "TB2071-5 Avd. HOD", "TB2071-6 Avd. HOD"), "TB2071-60 Avd. HOD",
				"TB2071-61 Avd.HOD");
		String utkast = last(uten);
		String forhandsvisning = mvc.perform(get(utkast).with(ADMIN)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(forhandsvisning).containsPattern("<strong>Fjernet</strong>:\\s*<span>TB2071-5</span>[^\\n]*\\s*"
				+ "<p class=\"melding advarsel\">Det er registrert arbeid på oppdraget \\(status: Pågår\\)\\. Status, ruting og "
				+ "historikk blir tatt"
				+ " vare på, men oppdraget forsvinner fra oppdragslisten\\.");
		// The one not started is named without a warning; the uncleared admin sees no exempt title.
		assertThat(forhandsvisning).containsPattern("<strong>Fjernet</strong>:\\s*<span>TB2071-60</span> <span>"
				+ OppdragQueries.UNNTATT + "</span>\\s*</li>")
			.doesNotContain("Rekrutteringsprogram");
		assertThat(forhandsvisning.split("Det er registrert arbeid på oppdraget", -1)).hasSize(2);
		mvc.perform(post(utkast + "/bekreft").with(ADMIN).with(csrf()));

		// On the letter's page, linked by register key: the uncleared see the exempt title's placeholder.
		String forLeser = side("/tildelingsbrev/" + brevId, LESER);
		assertThat(forLeser).contains("Oppdrag som ikke lenger er med i brevet")
			.contains("<a href=\"/oppdrag/" + nokkel + "\">TB2071-5</a>")
			.containsPattern(">TB2071-5</a>\\s*<span>Plan for gjennomføring av tiltak[^<]*</span>\\s*\\(<span>Pågår</span>\\)")
			.containsPattern(">TB2071-60</a>\\s*<span>" + OppdragQueries.UNNTATT + "</span>")
			.doesNotContain("Rekrutteringsprogram");
		assertThat(side("/tildelingsbrev/" + brevId, KLARERT)).containsPattern(">TB2071-60</a>\\s*<span>[^<]*Rekrutteringsprogram");
		// The link leads to the assignment, which says it left the letter.
		assertThat(side("/oppdrag/" + nokkel, LESER)).contains("Oppdraget er ikke lenger med i tildelingsbrevet");
	}

	/** The letter without the text from one marker to the next. */
	private static String uten(String brev, String fra, String til) {
		int start = brev.indexOf(fra);
		int slutt = brev.indexOf(til);
		assertThat(start).as(fra).isPositive();
		assertThat(slutt).as(til).isGreaterThan(start);
		return brev.substring(0, start) + brev.substring(slutt);
	}

	private String side(String adresse, String bruker) throws Exception {
		return Brevsteg.side(mvc, adresse, user(bruker));
	}

	/** Uploads the letter's text for review; the review page's address. */
	private String last(String tekst) throws Exception {
		return Brevsteg.lastOpp(mvc, tekst, ADMIN);
	}
}
