package no.hod.styringsregister.instrukser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.organisasjon.OrganisasjonService;

/**
 * What the instruction integration tests work with: the application through MockMvc, the instruction module's API,
 * and an {@link InstruksFixtur}. A test that signs in directly is signed out after it.
 */
abstract class InstruksTestoppsett {

	@Autowired
	MockMvc mvc;

	@Autowired
	InstruksQueries instrukser;

	@Autowired
	InstruksImport importer;

	@Autowired
	OrganisasjonService organisasjon;

	@Autowired
	BrukerService brukere;

	InstruksFixtur fixtur;

	@BeforeEach
	void fixtur() {
		fixtur = new InstruksFixtur(mvc, importer);
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}
}
