package no.hod.styringsregister.tildelingsbrev;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * A new year's letter counted every assignment as new («Oppdrag 71 | Nye 71»), though most carry last year's work
 * on: the review's summary, its list of changes and the import's answer say how many continue, repeat work finished,
 * or are new. The real 2025 letter as 2022's and 2023's, years no other test imports letters for.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LetterContinuationCountTests {

	/** Cleared, so that every row is compared, the wholly exempt one too. */
	private static final RequestPostProcessor KLARERT = user("fortsatt-admin").roles("ADMIN");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BrukerService brukere;

	private int forrigeAarsOppdrag;

	@BeforeAll
	void forrigeAar() throws Exception {
		brukere.create(new NyBruker("fortsatt-admin", "Fortsatt Admin", "passord-passord-1", Rolle.ADMIN, null, true,
				null));
		String utkast = Brevsteg.lastOpp(mvc, Brevsteg.brev2025Som(2022), KLARERT);
		mvc.perform(post(utkast + "/bekreft").with(KLARERT).with(csrf()));
		forrigeAarsOppdrag = jdbc.sql("SELECT count(*) FROM oppdrag WHERE offisiell_id LIKE 'TB2022-%'")
			.query(Integer.class).single();
		assertThat(forrigeAarsOppdrag).isGreaterThan(10);
		// TB2022-7 is finished: the 2023 letter repeats it rather than carrying it on.
		assertThat(jdbc.sql("UPDATE oppdrag SET status = 'FULLFORT' WHERE offisiell_id = 'TB2022-7'").update())
			.isEqualTo(1);
	}

	@Test
	void theReviewAndTheImportCountWhatContinuesWhatRepeatsAndWhatIsNew() throws Exception {
		// TB2023-9 gets a title of its own and cites nothing: the one new assignment.
		String brev = Brevsteg.brev2025Som(2023)
			.replace("FHA Mindreåriges tilgang på alkohol", "FHA Helt ny kartlegging av alkoholomsetning");
		String utkast = Brevsteg.lastOpp(mvc, brev, KLARERT);
		String side = Brevsteg.side(mvc, utkast, KLARERT);

		int viderefort = forrigeAarsOppdrag - 2;
		String tall = "Av brevets oppdrag viderefører " + viderefort + " et oppdrag fra 2022, 1 gjentar arbeid som ble "
				+ "levert der, og 1 er helt nye.";
		assertThat(side).contains("<p id=\"videreforing\">" + tall + "</p>");
		// The change list marks each row as its note in the table does.
		assertThat(endring(side, "TB2023-1")).contains("<span class=\"merkelapp viderefores\">Viderefører 2022</span>")
			.doesNotContain("Gjentar levert arbeid");
		assertThat(endring(side, "TB2023-7")).contains("<span class=\"merkelapp gjentar\">Gjentar levert arbeid</span>")
			.doesNotContain("Viderefører 2022");
		assertThat(endring(side, "TB2023-9")).doesNotContain("Viderefører 2022", "Gjentar levert arbeid");

		MvcResult svar = mvc.perform(post(utkast + "/bekreft").with(KLARERT).with(csrf())).andReturn();
		assertThat((String) svar.getFlashMap().get("melding")).contains(tall);
	}

	/** The entry of the assignment in the list of changes, which must be there. */
	private static String endring(String side, String id) {
		Matcher m = Pattern.compile("<li>\\s*<strong>Nytt</strong>:\\s*<span>" + Pattern.quote(id) + "</span>(.*?)</li>",
				Pattern.DOTALL).matcher(side);
		assertThat(m.find()).as("the change of " + id).isTrue();
		return m.group(1);
	}
}
