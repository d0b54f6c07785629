package no.hod.styringsregister.rapporter;

import java.time.LocalDate;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import no.hod.styringsregister.oppdrag.OppdragImport.OppdragData;
import no.hod.styringsregister.oppdrag.OppdragImport.Tekstdel;
import no.hod.styringsregister.oppdrag.OppdragImport.Unntak;
import no.hod.styringsregister.organisasjon.Enhet;
import no.hod.styringsregister.organisasjon.OrganisasjonService;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the report tests set up the way the users do it: an agency and divisions of the test's own, made by its admin
 * on the admin pages, and a status set through the API as the assignment's page sets it.
 */
final class RapportFixtur {

	private final MockMvc mvc;

	private final OrganisasjonService organisasjon;

	private final JdbcTemplate jdbc;

	private final RequestPostProcessor admin;

	/** {@code admin}: the user name of the test's own admin. */
	RapportFixtur(MockMvc mvc, OrganisasjonService organisasjon, JdbcTemplate jdbc, String admin) {
		this.mvc = mvc;
		this.organisasjon = organisasjon;
		this.jdbc = jdbc;
		this.admin = user(admin).roles("ADMIN");
	}

	/** A new agency; its id. */
	long nyEtat(String navn) throws Exception {
		mvc.perform(post("/admin/organisasjon/etat").param("navn", navn).with(admin).with(csrf()))
			.andExpect(status().is3xxRedirection());
		return organisasjon.etatByName(navn).orElseThrow().id();
	}

	Enhet nyDivisjon(long etat, String navn) throws Exception {
		mvc.perform(post("/admin/organisasjon/divisjon").param("etatId", String.valueOf(etat)).param("navn", navn)
			.with(admin).with(csrf())).andExpect(status().is3xxRedirection());
		return organisasjon.divisjoner(etat).stream().filter(d -> d.navn().equals(navn)).findFirst().orElseThrow();
	}

	/** Sets the status as {@code json} says, at the assignment's present version, as the user in the role. */
	void settStatus(String bruker, String rolle, String id, String json) throws Exception {
		long versjon = jdbc.queryForObject("SELECT versjon FROM oppdrag WHERE visnings_id = ?", Long.class, id);
		String kropp = json.substring(0, json.length() - 1) + ", \"version\": " + versjon + "}";
		mvc.perform(post("/api/oppdrag/" + id + "/status").contentType(MediaType.APPLICATION_JSON).content(kropp)
			.with(user(bruker).roles(rolle)).with(csrf())).andExpect(status().isOk());
	}

	/** A public assignment of one paragraph under goal 1.1, for the ministry department FHA, with one deadline. */
	static OppdragData oppdrag(String id, String tittel, LocalDate frist) {
		return new OppdragData(id, "1.1", "Mål", List.of("FHA"), tittel, List.of(new Tekstdel("Tekst.", false)),
				List.of(frist), null, Unntak.NONE, List.of(), List.of());
	}
}
