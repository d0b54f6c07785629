package no.hod.styringsregister.rapporter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.oppdrag.OppdragImport;
import no.hod.styringsregister.organisasjon.OrganisasjonService;

/**
 * What the report tests set their year up with (users, an agency, a letter's assignments, see {@link RapportFixtur})
 * and read the pages through.
 */
abstract class RapportTestoppsett {

	@Autowired
	MockMvc mvc;

	@Autowired
	BrukerService brukere;

	@Autowired
	OrganisasjonService organisasjon;

	@Autowired
	OppdragImport oppdragImport;

	@Autowired
	JdbcTemplate jdbc;
}
