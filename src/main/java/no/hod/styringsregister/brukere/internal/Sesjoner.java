package no.hod.styringsregister.brukere.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/** Sessions are kept in PostgreSQL (Spring Session JDBC, tables from V2), shared by every instance. */
@Configuration(proxyBeanMethods = false)
class Sesjoner {

	/**
	 * A new session attribute is written with an upsert: when the first requests of a session arrive at once (two
	 * tabs, a browser restoring its tabs after sign-in) each stores the CSRF token, and every insert but the first
	 * failed on the duplicate key with a 500.
	 */
	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer upsertAvSesjonsattributter() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}
}
