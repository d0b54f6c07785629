package no.hod.styringsregister.rapporter;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.web.Formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The start page's year, when none is chosen: the agency's own newest (or this year, if it has assignments in it),
 * not the newest of any agency, which another agency's early letter for next year would make a year this one has
 * nothing in.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForsideAarTests extends RapportTestoppsett {

	static final int I_AAR = LocalDate.now(Formats.OSLO).getYear();

	// Years a report may be asked for; other tests have assignments in them too, but of other agencies.
	static final int ELDRE = I_AAR - 3;

	static final int NYESTE = I_AAR - 2;

	/** Next year's letter of another agency, imported early. */
	static final int NABOENS = I_AAR + 1;

	long etat;

	long tom;

	@BeforeAll
	void data() throws Exception {
		brukere.create(new NyBruker("fa-adm", "FA Admin", "et-langt-passord", Rolle.ADMIN, null, true, null));
		RapportFixtur fixtur = new RapportFixtur(mvc, organisasjon, jdbc, "fa-adm");
		etat = fixtur.nyEtat("Forsideårsetaten");
		long divisjon = fixtur.nyDivisjon(etat, "Divisjon for årene").id();
		long nabo = fixtur.nyEtat("Forsideårsnaboen");
		tom = fixtur.nyEtat("Forsideårsetaten uten oppdrag");
		brukere.create(new NyBruker("fa-leder", "FA Leder", "et-langt-passord", Rolle.HDIR_LEDER, divisjon, false,
				null));
		brukere.create(new NyBruker("fa-sb", "FA Sb", "et-langt-passord", Rolle.HOD_SAKSBEHANDLER, null, false, null));
		oppdragImport.apply(736_001, ELDRE, etat,
				List.of(RapportFixtur.oppdrag("FA" + ELDRE + "-1", "Eldre oppdrag", LocalDate.of(ELDRE, 6, 1))));
		oppdragImport.apply(736_002, NYESTE, etat, List.of(
				RapportFixtur.oppdrag("FA" + NYESTE + "-1", "Nyeste oppdrag", LocalDate.of(NYESTE, 6, 1)),
				RapportFixtur.oppdrag("FA" + NYESTE + "-2", "Nyeste oppdrag to", LocalDate.of(NYESTE, 9, 1))));
		// Another agency's letter for a later year.
		oppdragImport.apply(736_003, NABOENS, nabo,
				List.of(RapportFixtur.oppdrag("FN" + NABOENS + "-1", "Naboens oppdrag", LocalDate.of(NABOENS, 6, 1))));
	}

	@Test
	void aChosenAgencyShowsItsOwnNewestYear() throws Exception {
		String html = forside(get("/").param("agency", String.valueOf(etat)), "fa-sb", "HOD_SAKSBEHANDLER");
		assertThat(html).contains(valgt(NYESTE)).doesNotContain(valgt(NABOENS));
		assertThat(html).contains("/rapporter?agency=" + etat + "&amp;year=" + NYESTE);
	}

	@Test
	void aLeadSeesTheirAgencysNewestYear() throws Exception {
		String html = forside(get("/"), "fa-leder", "HDIR_LEDER");
		assertThat(html).contains(valgt(NYESTE));
		// Nothing is routed to the division yet: the year is named all the same.
		assertThat(html).contains("0 oppdrag rutet til divisjonen i " + NYESTE);
	}

	@Test
	void anAgencyWithoutAssignmentsShowsThisYear() throws Exception {
		String html = forside(get("/").param("agency", String.valueOf(tom)), "fa-sb", "HOD_SAKSBEHANDLER");
		assertThat(html).contains(valgt(I_AAR)).contains("Ingen oppdrag for Forsideårsetaten uten oppdrag i " + I_AAR);
	}

	@Test
	void aChosenYearStillWins() throws Exception {
		String html = forside(get("/").param("agency", String.valueOf(etat)).param("year", String.valueOf(ELDRE)),
				"fa-sb", "HOD_SAKSBEHANDLER");
		assertThat(html).contains(valgt(ELDRE));
	}

	private String forside(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			String bruker, String rolle) throws Exception {
		return mvc.perform(request.with(user(bruker).roles(rolle))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	private static String valgt(int aar) {
		return "<option value=\"" + aar + "\" selected=\"selected\">" + aar + "</option>";
	}
}
