package no.hod.styringsregister.instrukser;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.testsupport.IntegrationTest;

import static no.hod.styringsregister.instrukser.InstruksFixtur.ADMIN;
import static no.hod.styringsregister.instrukser.InstruksFixtur.HDIR;
import static no.hod.styringsregister.instrukser.InstruksFixtur.hdirAs;
import static no.hod.styringsregister.instrukser.InstruksFixtur.seed;
import static no.hod.styringsregister.instrukser.InstruksFixtur.version1;
import static no.hod.styringsregister.instrukser.InstruksFixtur.version2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What an admin sees and may undo around an instruction import: the warning that a text is about another agency, what
 * a new version changes against the current one, versions told apart by name, and withdrawing a mistaken version.
 * Each test writes under an agency of its own.
 */
@IntegrationTest
@AutoConfigureMockMvc
class InstruksRevisjonTests extends InstruksTestoppsett {

	@Test
	void theHelsedirektoratetInstructionUnderAnotherAgencyIsWarnedOfAndRefusedUntilTheAdminConfirmsTheAgency()
			throws Exception {
		String agency = fixtur.newAgency();
		long etat = organisasjon.etatByName(agency).orElseThrow().id();
		long hdir = organisasjon.etatByName("Helsedirektoratet").orElseThrow().id();
		String draft = fixtur.upload("instruks.txt", seed(HDIR));
		String warning = "Teksten ser ut til å beskrive Helsedirektoratet, ikke " + agency + ": Helsedirektoratet er nevnt";

		// On the review page, ready for when the admin picks that agency; none for Helsedirektoratet, the text's own.
		String review = fixtur.page(draft);
		assertThat(review).contains("data-feil-etat=\"" + etat + "\"", warning,
				"Importer likevel under " + agency).doesNotContain("data-feil-etat=\"" + hdir + "\"");

		MvcResult refused = mvc.perform(confirm(draft, etat, "Instruks for Helsedirektoratet", "2019-05-20"))
			.andExpect(redirectedUrl(draft))
			.andExpect(flash().attribute("feilListe", org.hamcrest.Matchers.contains(containsString(warning),
					containsString("kryss av for «Importer likevel under " + agency + "»"))))
			.andReturn();
		assertThat(instrukser.versjoner(etat)).isEmpty();
		// Back on the page with the agency chosen, the warning is shown, not hidden.
		String again = mvc.perform(get(draft).with(ADMIN).cookie(refused.getResponse().getCookies())).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(again).containsPattern("<div class=\"melding feil\" role=\"alert\" data-feil-etat=\"" + etat + "\">");

		mvc.perform(confirm(draft, etat, "Instruks for Helsedirektoratet", "2019-05-20").param("likevel", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(instrukser.versjoner(etat)).singleElement()
			.satisfies(v -> assertThat(v.tittel()).isEqualTo("Instruks for Helsedirektoratet"));
	}

	@Test
	void aChangedReimportListsTheChangedSectionsAndBothVersionsAreToldApartByTheirAmendmentDate() throws Exception {
		String agency = fixtur.newAgency();
		long etat = organisasjon.etatByName(agency).orElseThrow().id();
		String original = hdirAs(agency);
		// As the reviewer's file: amended on another day, one sentence changed in section 2.
		String endret = original.replace("justert 20. mai 2019", "justert 3. mars 2026")
			.replace("veiledere og kvalitetsindikatorer fastsatt", "veiledere, kvalitetsindikatorer og "
					+ "KI-retningslinjer fastsatt");
		assertThat(endret).isNotEqualTo(original).contains("3. mars 2026", "KI-retningslinjer");
		fixtur.importAsAdmin(original.getBytes(StandardCharsets.UTF_8));
		String tittel = instrukser.versjoner(etat).get(0).tittel();

		String draft = fixtur.upload("instruks-endret.txt", endret.getBytes(StandardCharsets.UTF_8));
		String review = fixtur.page(draft);
		assertThat(review).contains("Endringer mot " + tittel + " (10. januar 2018, endret 20. mai 2019)",
				"1 endret, 0 nye, 0 fjernet; de andre punktene er like.", "<strong>Endret</strong>:",
				"<ins>", "KI-retningslinjer");

		mvc.perform(confirm(draft, etat, tittel, "2026-03-03"))
			.andExpect(status().is3xxRedirection());
		assertThat(instrukser.versjoner(etat)).hasSize(2);
		String gammel = tittel + " (10. januar 2018, endret 20. mai 2019)";
		String ny = tittel + " (10. januar 2018, endret 3. mars 2026)";
		assertThat(fixtur.page("/instrukser/etat/" + etat)).contains(">" + gammel + "</option>", ">" + ny + "</option>");
		assertThat(fixtur.page("/instrukser/sammenlign?etat=" + etat)).contains(agency + ": " + gammel + "</option>",
				agency + ": " + ny + "</option>");
	}

	@Test
	void searchHitsInTwoAmendmentsOfOneInstructionNameEachVersionByItsAmendmentDate() throws Exception {
		String agency = fixtur.newAgency();
		long etat = organisasjon.etatByName(agency).orElseThrow().id();
		// A word of this test's own, so the hits are these two versions' only, whatever else the register holds.
		String ord = "sjeldord" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
		String original = hdirAs(agency)
			.replace("Formålet med instruksen er", "Formålet med instruksen om " + ord + " er");
		assertThat(original).contains(ord);
		fixtur.importAsAdmin(original.getBytes(StandardCharsets.UTF_8));
		fixtur.importAsAdmin(
				original.replace("justert 20. mai 2019", "justert 3. mars 2026").getBytes(StandardCharsets.UTF_8));
		assertThat(instrukser.versjoner(etat)).hasSize(2);
		String tittel = instrukser.versjoner(etat).get(0).tittel();

		// the superseded one too, as asked for: by default the search leaves it out
		String treff = fixtur.page("/instrukser/sok?erstattede=true&q=" + ord);
		assertThat(treff).contains("2 treff for «" + ord + "»")
			.containsPattern("</span>\\s*" + Pattern.quote(agency + " – " + tittel + " (10. januar 2018, endret 20. mai "
					+ "2019)</p>"))
			.containsPattern("</span>\\s*" + Pattern.quote(agency + " – " + tittel + " (10. januar 2018, endret 3. mars "
					+ "2026)</p>"));
	}

	@Test
	void aMistakenVersionIsWithdrawnFromReadersKeptForAdminsAndPutBack() throws Exception {
		String agency = fixtur.newAgency();
		long etat = organisasjon.etatByName(agency).orElseThrow().id();
		long v1 = fixtur.importAsAdmin(version1(agency)).id();
		long v2 = fixtur.importAsAdmin(version2(agency)).id();
		String leser = "sb-trukket-" + UUID.randomUUID().toString().substring(0, 8);
		brukere.create(new NyBruker(leser, "Sara", "passord-passord", Rolle.HOD_SAKSBEHANDLER, null, true, null));
		RequestPostProcessor saksbehandler = user(leser).roles("HOD_SAKSBEHANDLER");
		assertThat(instrukser.gjeldende(etat, LocalDate.now()).orElseThrow().id()).isEqualTo(v2);

		// Only an admin withdraws, whatever the page.
		mvc.perform(post("/instrukser/" + v2 + "/trekk-tilbake").with(saksbehandler).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/instrukser/" + v2 + "/trekk-tilbake").with(ADMIN)).andExpect(status().isForbidden());
		assertThat(instrukser.versjoner(etat)).hasSize(2);

		mvc.perform(post("/instrukser/" + v2 + "/trekk-tilbake").with(ADMIN).with(csrf()))
			.andExpect(redirectedUrl("/instrukser/" + v2))
			.andExpect(flash().attribute("melding", containsString("er trukket tilbake")));

		// Readers: not in the lists, not in force, not found, not in the search.
		assertThat(instrukser.versjoner(etat)).extracting(InstruksVersjon::id).containsExactly(v1);
		assertThat(instrukser.gjeldende(etat, LocalDate.now()).orElseThrow().id()).isEqualTo(v1);
		mvc.perform(get("/instrukser/" + v2).with(saksbehandler)).andExpect(status().isNotFound());
		mvc.perform(get("/instrukser/" + v2 + "/original").with(saksbehandler)).andExpect(status().isNotFound());
		assertThat(fixtur.page("/instrukser/etat/" + etat, saksbehandler)).doesNotContain("/instrukser/" + v2 + "\"")
			.contains("/instrukser/" + v1 + "\"");
		assertThat(fixtur.page("/instrukser/sok?q=kvartalsrapport", saksbehandler)).doesNotContain("/instrukser/" + v2 + "#");
		assertThat(fixtur.page("/instrukser", saksbehandler)).doesNotContain("/instrukser/" + v2 + "\"");

		// Admins still see it, marked, with who withdrew it (by name, as elsewhere, not user name) and the undo.
		assertThat(fixtur.page("/instrukser/" + v2)).contains("Trukket tilbake", "av Administrator.",
				"action=\"/instrukser/" + v2 + "/gjeninnsett\"").doesNotContain("av admin.");
		assertThat(fixtur.page("/instrukser/etat/" + etat)).contains("/instrukser/" + v2 + "\"", "Trukket tilbake");
		mvc.perform(post("/instrukser/" + v2 + "/trekk-tilbake").with(ADMIN).with(csrf()))
			.andExpect(flash().attribute("feil", containsString("er allerede trukket tilbake")));

		mvc.perform(post("/instrukser/" + v2 + "/gjeninnsett").with(ADMIN).with(csrf()))
			.andExpect(redirectedUrl("/instrukser/" + v2))
			.andExpect(flash().attribute("melding", containsString("er tatt i bruk igjen")));
		assertThat(instrukser.gjeldende(etat, LocalDate.now()).orElseThrow().id()).isEqualTo(v2);
		mvc.perform(get("/instrukser/" + v2).with(saksbehandler)).andExpect(status().isOk());
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder confirm(String draft, long etat,
			String tittel, String endret) {
		return post(draft + "/bekreft").with(ADMIN).with(csrf()).param("etatId", "" + etat)
			.param("tittel", tittel).param("fastsatt", "2018-01-10").param("endret", endret);
	}

}
