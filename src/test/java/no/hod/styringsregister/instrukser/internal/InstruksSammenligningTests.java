package no.hod.styringsregister.instrukser.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.testsupport.IntegrationTest;

/** The service's rules for comparing versions, called directly as any caller could. */
@IntegrationTest
@AutoConfigureMockMvc
class InstruksSammenligningTests {

	@Autowired
	InstruksService service;

	@Autowired
	OrganisasjonService organisasjon;

	@Autowired
	MockMvc mvc;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void versionsOfTwoAgenciesAreNotComparedAndAnUnknownNumberIsNamed() throws Exception {
		String etatA = nyEtat();
		String etatB = nyEtat();
		// as the admin job the demo data runs as (a MockMvc request clears the context it set)
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("admin", null, "ROLE_ADMIN"));
		long a = service.importer("a.txt", instruks(etatA, "1.2.2020")).id();
		long b = service.importer("b.txt", instruks(etatB, "1.2.2021")).id();

		assertThatThrownBy(() -> service.sammenlign(a, b)).isInstanceOf(UgyldigInstruksvalg.class)
			.hasMessageStartingWith("Du kan bare sammenligne versjoner av samme etats instruks.");
		assertThatThrownBy(() -> service.sammenlign(a, b + 1_000_000)).isInstanceOf(InstruksIkkeFunnetException.class)
			.hasMessage("Fant ingen instruks med nummer " + (b + 1_000_000) + ".");
		assertThat(service.sammenlign(a, a).endringer()).isNotEmpty();
	}

	private String nyEtat() throws Exception {
		String navn = "Sammenligningsetat " + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(post("/admin/organisasjon/etat").param("navn", navn).with(user("admin").roles("ADMIN")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(organisasjon.etatByName(navn)).isPresent();
		return navn;
	}

	private static byte[] instruks(String etat, String fastsatt) {
		return ("Instruks for " + etat + "\n\nFastsatt av Helse- og omsorgsdepartementet " + fastsatt + "\n\n"
				+ "1 Formål\n\nDirektoratet skal fremme folkehelse.\n").getBytes(StandardCharsets.UTF_8);
	}
}
