package no.hod.styringsregister;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the modules apart: each talks to another only through its public API (the package root), never through
 * internals, and there are no cycles. Also writes the module documentation to target/spring-modulith-docs.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(StyringsregisterApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void theDomainModulesExist() {
		assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
			.contains("oppdrag", "bevilgninger", "rapporteringskalender", "instrukser", "tildelingsbrev",
					"organisasjon", "brukere", "web", "database", "demo");
	}

	@Test
	void writesDocumentation() {
		new Documenter(modules).writeDocumentation();
	}
}
