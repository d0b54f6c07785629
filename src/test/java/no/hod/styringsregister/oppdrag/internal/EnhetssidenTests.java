package no.hod.styringsregister.oppdrag.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The assignments a unit's page in the organisation lists, routed by this module. */
@IntegrationTest
@AutoConfigureMockMvc
class EnhetssidenTests {

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

	static RequestPostProcessor admin() {
		return user("enhetsside-admin").roles("ADMIN");
	}

	@Test
	void aDepartmentsPageListsWhatIsRoutedToTheDepartmentAndItsDivisionsPageAllOfTheDivisions() throws Exception {
		Testbrukere.opprett(brukere, new NyBruker("enhetsside-admin", "Enhetsside Admin", "passord-passord-1",
				Rolle.ADMIN, null, false, null));
		// An agency of its own, so no other test's routing shows on its pages.
		int y = OppdragTestdata.nyttAar();
		String etatNavn = "Enhetssideetat " + y;
		mvc.perform(post("/admin/organisasjon/etat").with(admin()).with(csrf()).param("navn", etatNavn))
			.andExpect(status().is3xxRedirection());
		long etat = organisasjon.etatByName(etatNavn).orElseThrow().id();
		oppdragImport.apply(OppdragTestdata.nyttBrev(), y, etat, HemmeligBrev.oppdrag(y));
		Enhet divisjon = nyEnhet("divisjon", "etatId", etat, "Divisjon enhetsside " + y);
		Enhet avdeling = nyEnhet("avdeling", "divisjonId", divisjon.id(), "Avdeling enhetsside " + y);
		String tilDivisjonen = "TB" + y + "-1";
		String tilAvdelingen = "TB" + y + "-2";
		flyt.rute(List.of(tilDivisjonen), divisjon.id(), null, OppdragTestdata.admin());
		flyt.rute(List.of(tilAvdelingen), divisjon.id(), avdeling.id(), OppdragTestdata.admin());

		assertThat(side(avdeling)).contains(">" + tilAvdelingen + "<")
			.doesNotContain(">" + tilDivisjonen + "<", "Ingen oppdrag er rutet til denne enheten.");
		assertThat(side(divisjon)).contains(">" + tilDivisjonen + "<", ">" + tilAvdelingen + "<");
	}

	/**
	 * A cleared viewer sees the exempt assignments (wholly or in part) marked as in the assignment list, the wholly
	 * exempt one's title too; an uncleared viewer sees the placeholder and no mark, as before.
	 */
	@Test
	void aClearedViewerSeesTheExemptAssignmentsMarkedAndAnUnclearedOneNoMark() throws Exception {
		Testbrukere.opprett(brukere, new NyBruker("enhetsside-admin", "Enhetsside Admin", "passord-passord-1",
				Rolle.ADMIN, null, false, null));
		Testbrukere.opprett(brukere, new NyBruker("enhetsside-klarert", "Enhetsside Klarert", "passord-passord-1",
				Rolle.HOD_SAKSBEHANDLER, null, true, null));
		Testbrukere.opprett(brukere, new NyBruker("enhetsside-uklarert", "Enhetsside Uklarert", "passord-passord-1",
				Rolle.HOD_SAKSBEHANDLER, null, false, null));
		int y = OppdragTestdata.nyttAar();
		String etatNavn = "Enhetssideetat merket " + y;
		mvc.perform(post("/admin/organisasjon/etat").with(admin()).with(csrf()).param("navn", etatNavn))
			.andExpect(status().is3xxRedirection());
		long etat = organisasjon.etatByName(etatNavn).orElseThrow().id();
		oppdragImport.apply(OppdragTestdata.nyttBrev(), y, etat, HemmeligBrev.oppdrag(y));
		Enhet divisjon = nyEnhet("divisjon", "etatId", etat, "Divisjon merket " + y);
		// Public, exempt in part, wholly exempt.
		flyt.rute(List.of("TB" + y + "-1", "TB" + y + "-2", "TB" + y + "-3"), divisjon.id(), null,
				OppdragTestdata.admin());
		String merke = ">Unntatt off.</span>";

		String klarert = side(divisjon, user("enhetsside-klarert"));
		assertThat(klarert).contains(HemmeligBrev.HEMMELIG_TITTEL);
		assertThat(rad(klarert, "TB" + y + "-1")).doesNotContain(merke);
		assertThat(rad(klarert, "TB" + y + "-2")).contains(merke);
		assertThat(rad(klarert, "TB" + y + "-3")).contains(HemmeligBrev.HEMMELIG_TITTEL, merke);

		String uklarert = side(divisjon, user("enhetsside-uklarert"));
		assertThat(uklarert).contains(">TB" + y + "-3<", "Unntatt offentlighet, jf. offl. § 22")
			.doesNotContain(HemmeligBrev.HEMMELIG_TITTEL, merke);
	}

	/** The table row of the assignment with the id. */
	private static String rad(String side, String id) {
		int start = side.indexOf(">" + id + "<");
		assertThat(start).as(id).isPositive();
		return side.substring(start, side.indexOf("</tr>", start));
	}

	String side(Enhet enhet, RequestPostProcessor bruker) throws Exception {
		return mvc.perform(get("/organisasjon/enhet/" + enhet.id()).with(bruker)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	String side(Enhet enhet) throws Exception {
		return mvc.perform(get("/organisasjon/enhet/" + enhet.id()).with(admin())).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	/** Adds a unit the way an admin does and returns it. */
	Enhet nyEnhet(String sti, String forelder, long forelderId, String navn) throws Exception {
		mvc.perform(post("/admin/organisasjon/" + sti).with(admin()).with(csrf()).param(forelder, String.valueOf(forelderId))
			.param("navn", navn)).andExpect(status().is3xxRedirection());
		List<Enhet> enheter = sti.equals("divisjon") ? organisasjon.divisjoner(forelderId)
				: organisasjon.avdelinger(forelderId);
		return enheter.stream().filter(e -> e.navn().equals(navn)).findFirst().orElseThrow();
	}
}
