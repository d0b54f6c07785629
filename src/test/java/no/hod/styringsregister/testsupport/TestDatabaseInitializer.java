package no.hod.styringsregister.testsupport;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points a test's application context at a fresh database of its own. */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestDatabase.Database database = TestDatabase.createDatabase();
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testDatabase",
				Map.of("spring.datasource.url", database.url(), "spring.datasource.username", database.user(),
						"spring.datasource.password", database.password())));
	}
}
