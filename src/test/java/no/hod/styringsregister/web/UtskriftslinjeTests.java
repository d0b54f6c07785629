package no.hod.styringsregister.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.testsupport.Testbrukere;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The line every page of the layout prints in place of its header and footer: where the paper comes from, when it was
 * printed, and, on a cleared user's, how to handle what it may hold.
 */
@IntegrationTest
@AutoConfigureMockMvc
class UtskriftslinjeTests {

	static final String NOTIS = "Innhold unntatt offentlighet (offl. § 22) vises bare for klarerte brukere.";

	static final String HANDTERING = "Utskriften kan inneholde opplysninger unntatt offentlighet (offl. § 22). "
			+ "Skal ikke deles med uvedkommende.";

	@Autowired
	MockMvc mvc;

	@Autowired
	BrukerService brukere;

	@BeforeEach
	void brukere() {
		for (boolean klarert : new boolean[] { true, false }) {
			Testbrukere.opprett(brukere, new NyBruker(navn(klarert), "Utskrift " + klarert, "passord-passord-1",
					Rolle.HOD_SAKSBEHANDLER, null, klarert, null));
		}
	}

	private static String navn(boolean klarert) {
		return klarert ? "utskrift-klarert" : "utskrift-uklarert";
	}

	private String linje(String sti, boolean klarert) throws Exception {
		String html = mvc.perform(get(sti).with(user(navn(klarert)).roles("HOD_SAKSBEHANDLER")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		int start = html.indexOf("<div class=\"kun-utskrift utskriftslinje\">");
		assertThat(start).as(sti).isPositive().isLessThan(html.indexOf("<main"));
		return html.substring(start, html.indexOf("</div>", start));
	}

	@Test
	void everyPageSaysWhereAndWhenItWasPrinted() throws Exception {
		String idag = new Formats().dato(LocalDate.now(Formats.OSLO));
		for (String sti : new String[] { "/", "/oppdrag", "/rapporteringskalender", "/bevilgninger" }) {
			assertThat(linje(sti, false)).as(sti)
				.contains("Styringsregister, Helse- og omsorgsdepartementet.")
				.containsPattern("Skrevet ut " + idag + " kl\\. \\d{2}:\\d{2}\\.");
		}
	}

	@Test
	void onlyAClearedUsersPrintoutSaysHowToHandleExemptContent() throws Exception {
		assertThat(linje("/oppdrag", true)).contains(HANDTERING);
		assertThat(linje("/oppdrag", false)).doesNotContain("§ 22");
		// The footer itself still says it to everyone.
		String html = mvc.perform(get("/oppdrag").with(user(navn(false)).roles("HOD_SAKSBEHANDLER")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html.substring(html.indexOf("<footer"))).contains("underliggende etater. " + NOTIS);
	}
}
