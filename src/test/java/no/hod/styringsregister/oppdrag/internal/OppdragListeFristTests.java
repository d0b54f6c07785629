package no.hod.styringsregister.oppdrag.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.oppdrag.OppdragImport;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.testsupport.Testbrukere;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The list's Frist cell: a delayed assignment shows its agreed new expected date beside the letter's deadline. */
@IntegrationTest
@AutoConfigureMockMvc
class OppdragListeFristTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OppdragImport oppdragImport;

	@Autowired
	OrganisasjonService organisasjon;

	@Autowired
	BrukerService brukere;

	@Autowired
	JdbcTemplate jdbc;

	int aar;

	@BeforeEach
	void fixture() {
		aar = OppdragTestdata.nyttAar();
		long etat = organisasjon.etatByName("Helsedirektoratet").orElseThrow().id();
		oppdragImport.apply(OppdragTestdata.nyttBrev(), aar, etat, HemmeligBrev.oppdrag(aar));
		Testbrukere.opprett(brukere, new NyBruker("liste-frist", "Liste Frist", "passord-passord-1",
				Rolle.HOD_SAKSBEHANDLER, null, true, null));
	}

	@Test
	void aDelayedAssignmentShowsItsNewExpectedDateUnderTheLettersDeadline() throws Exception {
		jdbc.update("UPDATE oppdrag SET status = 'FORSINKET', forventet_dato = ? WHERE visnings_id = ?",
				Date.valueOf(aar + "-04-30"), "TB" + aar + "-1");
		// A date left from an earlier delay no longer applies once the assignment is under way again.
		jdbc.update("UPDATE oppdrag SET status = 'PAAGAAR', forventet_dato = ? WHERE visnings_id = ?",
				Date.valueOf(aar + "-05-31"), "TB" + aar + "-10");

		String side = mvc.perform(get("/oppdrag").param("year", String.valueOf(aar))
				.with(user("liste-frist").roles("HOD_SAKSBEHANDLER")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

		String forsinket = fristcelle(side, "TB" + aar + "-1");
		assertThat(forsinket).contains("30. juni " + aar)
			.containsPattern("Ny forventet dato\\s*<span class=\"oppdrag-dato\">30\\. april " + aar + "</span>");
		String paagaar = fristcelle(side, "TB" + aar + "-10");
		assertThat(paagaar).contains("15. april " + aar).doesNotContain("Ny forventet dato", "31. mai");
	}

	/** The Frist cell of the row whose id link is {@code id}: the fourth cell, after Id, Tittel and Status (no admin column). */
	static String fristcelle(String side, String id) {
		Matcher rad = Pattern.compile("<tr>\\s*(?:(?!</tr>).)*?>" + Pattern.quote(id) + "</a>(?:(?!</tr>).)*</tr>",
				Pattern.DOTALL).matcher(side);
		assertThat(rad.find()).as("row of %s", id).isTrue();
		Matcher celler = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL).matcher(rad.group());
		for (int i = 0; i < 4; i++) {
			assertThat(celler.find()).isTrue();
		}
		return celler.group(1);
	}
}
