package no.hod.styringsregister.oppdrag.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.oppdrag.OppdragImport;
import no.hod.styringsregister.organisasjon.Enhet;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.testsupport.Testbrukere;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An assignment opened from the appropriations (at the row it was linked from), the status report or a unit's page
 * leads back there, through its forms too, and no other address is taken for such a way back. An agency of its own, so no other test's routing shows on the unit's
 * page.
 */
@IntegrationTest
@AutoConfigureMockMvc
class TilbakelenkeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OppdragImport oppdragImport;

	@Autowired
	OppdragArbeidsflyt flyt;

	@Autowired
	BrukerService brukere;

	@Autowired
	OrganisasjonService organisasjon;

	int aar;

	long etat;

	Enhet divisjon;

	static RequestPostProcessor admin() {
		return user("tilbakelenke-admin").roles("ADMIN");
	}

	static RequestPostProcessor saksbehandler() {
		return user("tilbakelenke-sb").roles("HOD_SAKSBEHANDLER");
	}

	@BeforeEach
	void fixture() throws Exception {
		Testbrukere.opprett(brukere, new NyBruker("tilbakelenke-admin", "Tilbakelenke Admin", "passord-passord-1",
				Rolle.ADMIN, null, false, null));
		Testbrukere.opprett(brukere, new NyBruker("tilbakelenke-sb", "Tilbakelenke Saksbehandler", "passord-passord-1",
				Rolle.HOD_SAKSBEHANDLER, null, false, null));
		aar = OppdragTestdata.nyttAar();
		String etatNavn = "Tilbakelenkeetat " + aar;
		mvc.perform(post("/admin/organisasjon/etat").with(admin()).with(csrf()).param("navn", etatNavn))
			.andExpect(status().is3xxRedirection());
		etat = organisasjon.etatByName(etatNavn).orElseThrow().id();
		oppdragImport.apply(OppdragTestdata.nyttBrev(), aar, etat, HemmeligBrev.oppdrag(aar));
		String navn = "Divisjon for tilbakelenker " + aar;
		mvc.perform(post("/admin/organisasjon/divisjon").with(admin()).with(csrf()).param("etatId", String.valueOf(etat))
			.param("navn", navn)).andExpect(status().is3xxRedirection());
		divisjon = organisasjon.divisjoner(etat).stream().filter(e -> e.navn().equals(navn)).findFirst().orElseThrow();
		flyt.rute(List.of(tb(1)), divisjon.id(), null, OppdragTestdata.admin());
	}

	String tb(int n) {
		return "TB" + aar + "-" + n;
	}

	static String tekst(ResultActions svar) throws Exception {
		return svar.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	static String kodet(String verdi) {
		return URLEncoder.encode(verdi, StandardCharsets.UTF_8);
	}

	@Test
	void anAssignmentOpenedFromAUnitsPageLeadsBackToTheUnitByName() throws Exception {
		String enheten = "/organisasjon/enhet/" + divisjon.id();
		assertThat(tekst(mvc.perform(get(enheten).with(saksbehandler()))))
			.contains("href=\"/oppdrag/" + tb(1) + "?liste=" + kodet(enheten) + "\"");

		String side = tekst(mvc.perform(get("/oppdrag/" + tb(1)).param("liste", enheten).with(saksbehandler())));
		assertThat(side).contains("<a href=\"" + enheten + "\">Tilbake til " + divisjon.navn() + "</a>",
				"<input type=\"hidden\" name=\"liste\" value=\"" + enheten + "\">")
			.doesNotContain("Tilbake til oppdragslisten");
		// A form returns to the page with the same way back.
		mvc.perform(post("/oppdrag/" + tb(1) + "/kommentar").with(saksbehandler()).with(csrf())
			.param("kommentar", "Sett fra enheten").param("liste", enheten))
			.andExpect(redirectedUrl("/oppdrag/" + tb(1) + "?liste=" + kodet(enheten)));

		// A unit the register does not know (any more) cannot be named, yet is still the way back.
		String borte = "/organisasjon/enhet/987654321098";
		assertThat(tekst(mvc.perform(get("/oppdrag/" + tb(1)).param("liste", borte).with(saksbehandler()))))
			.contains("<a href=\"" + borte + "\">Tilbake til enheten</a>");
	}

	@Test
	void anAssignmentOpenedFromTheAppropriationsLeadsBackToTheSameView() throws Exception {
		String bevilgningene = "/bevilgninger?etat=" + etat + "&aar=" + aar + "&kapittel=714";
		String side = tekst(mvc.perform(get("/oppdrag/" + tb(1)).param("liste", bevilgningene).with(saksbehandler())));
		assertThat(side).contains("<a href=\"" + bevilgningene.replace("&", "&amp;") + "\">Tilbake til bevilgningene</a>",
				"<input type=\"hidden\" name=\"liste\" value=\"" + bevilgningene.replace("&", "&amp;") + "\">")
			.doesNotContain("Tilbake til oppdragslisten");
		mvc.perform(post("/oppdrag/" + tb(1) + "/kommentar").with(saksbehandler()).with(csrf())
			.param("kommentar", "Sett fra bevilgningene").param("liste", bevilgningene))
			.andExpect(redirectedUrl("/oppdrag/" + tb(1) + "?liste=" + kodet(bevilgningene)));
		// All chapters: the page's own address.
		assertThat(tekst(mvc.perform(get("/oppdrag/" + tb(1)).param("liste", "/bevilgninger").with(saksbehandler()))))
			.contains("<a href=\"/bevilgninger\">Tilbake til bevilgningene</a>");
	}

	@Test
	void anAssignmentOpenedFromTheAppropriationsLeadsBackToTheRowItWasLinkedFrom() throws Exception {
		String raden = "/bevilgninger?etat=" + etat + "&aar=" + aar + "#post-714-21-2";
		String side = tekst(mvc.perform(get("/oppdrag/" + tb(1)).param("liste", raden).with(saksbehandler())));
		assertThat(side).contains("<a href=\"" + raden.replace("&", "&amp;") + "\">Tilbake til bevilgningene</a>",
				"<input type=\"hidden\" name=\"liste\" value=\"" + raden.replace("&", "&amp;") + "\">");
		// A form returns to the page with the row still in the way back.
		mvc.perform(post("/oppdrag/" + tb(1) + "/kommentar").with(saksbehandler()).with(csrf())
			.param("kommentar", "Sett fra raden").param("liste", raden))
			.andExpect(redirectedUrl("/oppdrag/" + tb(1) + "?liste=" + kodet(raden)));
	}

	@Test
	void anAssignmentOpenedFromTheStatusReportLeadsBackToTheSameReport() throws Exception {
		String rapporten = "/rapporter?agency=" + etat + "&year=" + aar + "&date=" + aar + "-12-07";
		String side = tekst(mvc.perform(get("/oppdrag/" + tb(1)).param("liste", rapporten).with(saksbehandler())));
		assertThat(side).contains("<a href=\"" + rapporten.replace("&", "&amp;") + "\">Tilbake til rapporten</a>",
				"<input type=\"hidden\" name=\"liste\" value=\"" + rapporten.replace("&", "&amp;") + "\">")
			.doesNotContain("Tilbake til oppdragslisten");
		mvc.perform(post("/oppdrag/" + tb(1) + "/kommentar").with(saksbehandler()).with(csrf())
			.param("kommentar", "Sett fra rapporten").param("liste", rapporten))
			.andExpect(redirectedUrl("/oppdrag/" + tb(1) + "?liste=" + kodet(rapporten)));
	}

	@Test
	void noOtherAddressIsTakenForTheWayBack() throws Exception {
		for (String fiendtlig : List.of("/bevilgninger?neste=https://evil.example", "/bevilgninger?etat=%0d%0a",
				"/bevilgninger?kapittel=a/b", "/bevilgninger/../admin/brukere", "/bevilgningerx",
				"//evil.example/bevilgninger", "https://evil.example/bevilgninger", "/organisasjon/enhet/1/../../admin",
				"/organisasjon/enhet/1?neste=https://evil.example", "/organisasjon/enhet/1#x", "/organisasjon/enhet/abc",
				"/organisasjon/enhet/", "/organisasjon/enhet/1234567890123456789", "/organisasjon", "/admin/brukere",
				"//evil.example/organisasjon/enhet/1", "/\\evil.example", "/bevilgninger#x\"onclick=\"alert(1)",
				"/bevilgninger?aar=2025#//evil.example", "/bevilgninger?aar=2025#", "/bevilgninger#a#b",
				"/bevilgninger#" + "x".repeat(81), "/rapporter?agency=1&neste=https://evil.example",
				"/rapporter?date=31.12.2025", "/rapporter/status?agency=1", "/rapporterx?agency=1")) {
			String svar = tekst(mvc.perform(get("/oppdrag/" + tb(1)).param("liste", fiendtlig).with(saksbehandler())));
			assertThat(svar).as(fiendtlig).contains("<a href=\"/oppdrag\">Tilbake til oppdragslisten</a>")
				.doesNotContain("evil.example", "name=\"liste\"", "Tilbake til bevilgningene", "Tilbake til enheten",
						"Tilbake til rapporten");
			mvc.perform(post("/oppdrag/" + tb(1) + "/kommentar").with(saksbehandler()).with(csrf())
				.param("kommentar", "Ok").param("liste", fiendtlig)).andExpect(redirectedUrl("/oppdrag/" + tb(1)));
		}
	}
}
