package no.hod.styringsregister.organisasjon;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.oppdrag.OppdragImport;
import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.testsupport.Testbrukere;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Agencies give their divisions the same names. Every choice of a division across agencies (the assignment list's
 * filter and routing, the calendar's filter, a lead's division in the user form, a department's division) groups the
 * divisions by agency, and where a division stands alone (the user list, a group of its departments) it is named with
 * its agency.
 */
@IntegrationTest
@AutoConfigureMockMvc
class DivisjonsvalgTests {

	static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

	static final RequestPostProcessor SAKSBEHANDLER = user("valg-saksbehandler").roles("HOD_SAKSBEHANDLER");

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisasjonService organisasjon;

	@Autowired
	BrukerService brukere;

	@Autowired
	OppdragImport oppdragImport;

	String hdir;

	Enhet hdirsDivisjon;

	String etat;

	Enhet navnebror;

	@BeforeEach
	void toEtaterMedSammeDivisjonsnavn() throws Exception {
		Testbrukere.opprett(brukere, new NyBruker("valg-saksbehandler", "Valg Saksbehandler", "passord-passord-1",
				Rolle.HOD_SAKSBEHANDLER, null, false, null));
		Etat helsedirektoratet = organisasjon.etatByName("Helsedirektoratet").orElseThrow();
		hdir = helsedirektoratet.navn();
		hdirsDivisjon = organisasjon.divisjoner(helsedirektoratet.id()).get(0);
		etat = "Valgetat " + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(post("/admin/organisasjon/etat").param("navn", etat).with(ADMIN).with(csrf()))
			.andExpect(status().is3xxRedirection());
		long etatId = organisasjon.etatByName(etat).orElseThrow().id();
		mvc.perform(post("/admin/organisasjon/divisjon").param("etatId", "" + etatId)
			.param("navn", hdirsDivisjon.navn()).with(ADMIN).with(csrf())).andExpect(status().is3xxRedirection());
		navnebror = organisasjon.divisjoner(etatId).get(0);
		mvc.perform(post("/admin/organisasjon/avdeling").param("divisjonId", "" + navnebror.id())
			.param("navn", "Avdeling for valg").with(ADMIN).with(csrf())).andExpect(status().is3xxRedirection());
		// An assignment of the agency's, so the list has rows and offers routing; an id of its own, as an official id
		// belongs to one letter's assignment.
		oppdragImport.apply(Math.abs(etat.hashCode()) + 1_000_000L, 3200, etatId, List.of(new OppdragImport.OppdragData(
				"TB3200-" + Math.abs(etat.hashCode()), "1.1", "Mål", List.of("FHA"), "Oppdrag for valgene",
				List.of(new OppdragImport.Tekstdel("Tekst.", false)), List.of(), "Løpende", OppdragImport.Unntak.NONE,
				List.of(), List.of())));
	}

	@Test
	void theAssignmentListGroupsItsDivisionsByAgencyAndNamesTheAgencyOfEachGroupOfDepartments() throws Exception {
		String side = side(get("/oppdrag").param("division", "" + navnebror.id()), SAKSBEHANDLER);
		String divisjoner = velger(side, "division");
		assertThat(gruppe(divisjoner, hdir)).contains(valg(hdirsDivisjon, false));
		assertThat(gruppe(divisjoner, etat)).contains(valg(navnebror, true));
		assertThat(divisjoner).containsOnlyOnce(" selected=");
		assertThat(velger(side, "department")).contains("label=\"" + navnebror.navn() + " (" + etat + ")\"");

		String somAdmin = side(get("/oppdrag"), ADMIN);
		assertThat(gruppe(velger(somAdmin, "ruting-divisjon"), etat)).contains(valg(navnebror, false));
		assertThat(velger(somAdmin, "ruting-avdeling")).contains("label=\"" + navnebror.navn() + " (" + etat + ")\"");
	}

	@Test
	void theCalendarsFilterGroupsItsDivisionsByAgency() throws Exception {
		String divisjoner = velger(side(get("/rapporteringskalender").param("divisjon", "" + navnebror.id()),
				SAKSBEHANDLER), "divisjon");
		assertThat(gruppe(divisjoner, hdir)).contains(valg(hdirsDivisjon, false));
		assertThat(gruppe(divisjoner, etat)).contains(valg(navnebror, true));
	}

	@Test
	void theUserFormGroupsTheDivisionsByAgencyAndTheUserListNamesTheAgency() throws Exception {
		String skjema = velger(side(get("/admin/brukere/ny"), ADMIN), "enhetId");
		assertThat(gruppe(skjema, hdir)).contains(valg(hdirsDivisjon, false));
		assertThat(gruppe(skjema, etat)).contains(valg(navnebror, false));

		String leder = "valg-leder-" + UUID.randomUUID().toString().substring(0, 8);
		long id = brukere.create(new NyBruker(leder, "Valg Leder", "passord-passord-1", Rolle.HDIR_LEDER,
				navnebror.id(), false, null)).id();
		assertThat(side(get("/admin/brukere"), ADMIN)).contains(navnebror.navn() + " (" + etat + ")");
		assertThat(gruppe(velger(side(get("/admin/brukere/" + id), ADMIN), "enhetId"), etat))
			.contains(valg(navnebror, true));
	}

	@Test
	void aNewDepartmentsDivisionIsChosenWithinItsAgency() throws Exception {
		String divisjoner = velger(side(get("/admin/organisasjon"), ADMIN), "avd-divisjon");
		assertThat(gruppe(divisjoner, hdir)).contains(valg(hdirsDivisjon, false));
		assertThat(gruppe(divisjoner, etat)).contains(valg(navnebror, false));
	}

	private String side(MockHttpServletRequestBuilder request, RequestPostProcessor bruker) throws Exception {
		return mvc.perform(request.with(bruker))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static String velger(String side, String id) {
		int start = side.indexOf("<select id=\"" + id + "\"");
		assertThat(start).as(id).isNotNegative();
		return side.substring(start, side.indexOf("</select>", start));
	}

	private static String gruppe(String velger, String etat) {
		int start = velger.indexOf("<optgroup label=\"" + etat + "\"");
		assertThat(start).as(etat).isNotNegative();
		return velger.substring(start, velger.indexOf("</optgroup>", start));
	}

	private static String valg(Enhet divisjon, boolean valgt) {
		return "<option value=\"" + divisjon.id() + "\"" + (valgt ? " selected=\"selected\"" : "") + ">"
				+ divisjon.navn() + "</option>";
	}
}
