package no.hod.styringsregister.tildelingsbrev.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import no.hod.styringsregister.bevilgninger.BevilgningImport;
import no.hod.styringsregister.bevilgninger.BevilgningImport.BevilgningData;
import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.testsupport.Testbrukere;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The letter page's links to what came from the letter land on the letter's agency and year. */
@IntegrationTest
@AutoConfigureMockMvc
class LetterPageLinksTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	LetterRepository letters;

	@Autowired
	BevilgningImport bevilgningImport;

	@Autowired
	OrganisasjonService organisasjon;

	@Autowired
	BrukerService brukere;

	static RequestPostProcessor admin() {
		return user("lenke-admin").roles("ADMIN");
	}

	@Test
	void theAppropriationsAndCalendarLinksKeepTheLettersAgencyAndYear() throws Exception {
		Testbrukere.opprett(brukere, new NyBruker("lenke-admin", "Lenke Admin", "passord-passord-1", Rolle.ADMIN, null,
				false, null));
		// An agency of its own with a newer year than the letter's, so a link without agency and year lands elsewhere.
		String etatNavn = "Lenkeetat for brev";
		mvc.perform(post("/admin/organisasjon/etat").with(admin()).with(csrf()).param("navn", etatNavn))
			.andExpect(status().is3xxRedirection());
		long etat = organisasjon.etatByName(etatNavn).orElseThrow().id();
		long brev = letters.insert(etat, 2024, "MAIN", "2025", "brev.txt", "TEXT", new byte[] { 1 }, "sha", List.of(),
				"lenke-admin", null);
		bevilgningImport.apply(brev, 2024, etat,
				List.of(new BevilgningData(714, 21, "Brevets år", 100L, null, false, null)), List.of());
		bevilgningImport.apply(brev + 1000, 2025, etat,
				List.of(new BevilgningData(714, 21, "Året etter", 200L, null, false, null)), List.of());

		String side = side("/tildelingsbrev/" + brev);

		String bevilgninger = side(lenke(side, "/bevilgninger"));
		assertThat(bevilgninger).contains(valgt(etat, etatNavn), valgt(2024, "2024"), "Brevets år")
			.doesNotContain("Året etter");

		String kalender = side(lenke(side, "/rapporteringskalender"));
		assertThat(kalender).contains(valgt(etat, etatNavn));
	}

	private String side(String adresse) throws Exception {
		return mvc.perform(get(adresse).with(admin())).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** The address of the page's first link to the path. */
	private static String lenke(String side, String sti) {
		Matcher lenke = Pattern.compile("href=\"(" + Pattern.quote(sti) + "[?#][^\"]*)\"").matcher(side);
		assertThat(lenke.find()).as("a link to " + sti).isTrue();
		return lenke.group(1).replace("&amp;", "&");
	}

	private static String valgt(long verdi, String tekst) {
		return "<option value=\"" + verdi + "\" selected=\"selected\">" + tekst + "<";
	}
}
