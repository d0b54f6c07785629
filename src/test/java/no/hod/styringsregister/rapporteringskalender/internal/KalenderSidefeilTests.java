package no.hod.styringsregister.rapporteringskalender.internal;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.testsupport.Testbrukere;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The calendar's answers to an entry that is not there and to a month no one means: which, with the way back to the
 * calendar, rather than the general «Fant ikke siden» or an empty «januar 0001».
 */
@IntegrationTest
@AutoConfigureMockMvc
class KalenderSidefeilTests {

	private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

	private static final String LESER = "kalender-sidefeil-leser";

	@Autowired
	MockMvc mvc;

	@Autowired
	BrukerService brukere;

	@BeforeEach
	void leser() {
		Testbrukere.opprett(brukere, new NyBruker(LESER, "Kalender Leser", "passord-passord-1",
				Rolle.HOD_SAKSBEHANDLER, null, false, null));
	}

	@Test
	void anEntryThatIsNotThereIsNamedWithTheWayBackToTheCalendar() throws Exception {
		for (RequestBuilder foresporsel : new RequestBuilder[] { get("/rapporteringskalender/987654321/endre").with(ADMIN),
				post("/rapporteringskalender/987654321/slett").with(ADMIN).with(csrf()) }) {
			String side = side(foresporsel, 404);
			assertThat(side).contains("<h1>Fant ikke oppføringen</h1>",
					"Fant ingen kalenderoppføring med id 987654321.",
					"<a href=\"/rapporteringskalender\">Tilbake til rapporteringskalenderen</a>")
				.doesNotContain("Fant ikke siden", "Til forsiden", "Exception");
		}
		assertThat(side(get("/rapporteringskalender/abc/endre").with(ADMIN), 400)).contains("<h1>Ugyldig valg</h1>",
				"«abc» er ikke et gyldig nummer.",
				"<a href=\"/rapporteringskalender\">Tilbake til rapporteringskalenderen</a>");
	}

	@Test
	void aMonthOutsideTheYearsAnEntryMayHaveIsRefusedOnThePageAndInItsExports() throws Exception {
		for (String maned : new String[] { "0001-01", "1999-12", "2200-01", "9999-12" }) {
			for (String sti : new String[] { "/rapporteringskalender", "/rapporteringskalender/eksport.csv" }) {
				String side = side(get(sti).param("visning", "maned").param("maned", maned).with(user(LESER)), 400);
				assertThat(side).as(sti + " " + maned).contains("<h1>Ugyldig valg</h1>",
						"Velg en måned fra januar 2000 til desember 2199, ikke «" + maned + "».",
						"<a href=\"/rapporteringskalender\">Tilbake til rapporteringskalenderen</a>")
					.doesNotContain("Ingen oppføringer", "Exception");
			}
		}
		// The first and last months are shown, with no link past them to a month the page would refuse.
		String forste = side(get("/rapporteringskalender").param("visning", "maned").param("maned", "2000-01")
			.with(user(LESER)), 200);
		assertThat(forste).contains("januar 2000", "maned=2000-02").doesNotContain("maned=1999-12");
		String siste = side(get("/rapporteringskalender").param("visning", "maned").param("maned", "2199-12")
			.with(user(LESER)), 200);
		assertThat(siste).contains("desember 2199", "maned=2199-11").doesNotContain("maned=2200-01");
	}

	private String side(RequestBuilder foresporsel, int status) throws Exception {
		MvcResult svar = mvc.perform(foresporsel).andReturn();
		assertThat(svar.getResponse().getStatus()).isEqualTo(status);
		return svar.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}
}
