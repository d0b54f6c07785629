package no.hod.styringsregister.tildelingsbrev;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.testsupport.Testbrukere;

import static no.hod.styringsregister.tildelingsbrev.Brevsteg.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The letters list's «Påbegynte importer» names each draft's letter by the agency and year it was read as, and who
 * uploaded it as the other pages name users: by display name, not user name. The draft is of 2090, a year no other test has a letter of (a letter's year must be 20xx), and
 * is cancelled again: it writes no letter, and other tests expect the list without drafts.
 */
@IntegrationTest
@AutoConfigureMockMvc
class LetterDraftListTests {

	private static final String BRUKERNAVN = "utkast-opplaster";

	private static final String VISNINGSNAVN = "Ulrikke Opplastersen";

	@Autowired
	MockMvc mvc;

	@Autowired
	BrukerService brukere;

	@Test
	void aDraftNamesItsLetterAndItsUploaderByDisplayName() throws Exception {
		Testbrukere.opprett(brukere,
				new NyBruker(BRUKERNAVN, VISNINGSNAVN, "passord-passord-1", Rolle.ADMIN, null, false, null));
		RequestPostProcessor opplaster = user(BRUKERNAVN).roles("ADMIN");
		String utkast = Brevsteg.lastOpp(mvc, Brevsteg.brev2025Som(2090), opplaster);
		try {
			// Read by another admin: the row is the uploader's draft of Helsedirektoratet's letter for 2090, named as the
			// header names the uploader.
			String liste = Brevsteg.side(mvc, "/tildelingsbrev", ADMIN);
			assertThat(liste).contains("<th scope=\"col\">Etat</th>", "<th scope=\"col\">År</th>");
			assertThat(liste).containsPattern(Pattern.compile("href=\"" + Pattern.quote(utkast)
					+ "\"[^>]*>[^<]*</a></td>\\s*<td>Helsedirektoratet</td>\\s*<td>2090</td>\\s*<td>[^<(]*\\("
					+ VISNINGSNAVN + "\\)</td>"))
				.doesNotContain("(" + BRUKERNAVN + ")");
		}
		finally {
			mvc.perform(post(utkast + "/avbryt").with(ADMIN).with(csrf()));
		}
	}
}
