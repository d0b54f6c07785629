package no.hod.styringsregister.brukere.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

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

	/**
	 * The session's statements run without a transaction: none is begun, and one already open on the thread is
	 * suspended (Spring Session's documented switch, here with NOT_SUPPORTED). Nearly every request reads its session
	 * and writes its time of last access, one statement each, and the transaction Spring Session began around each
	 * (REQUIRES_NEW) added a COMMIT, a round trip to the database, to every request. A save that also changes
	 * attributes (sign-in, a new CSRF token) writes them after the session's row; should the database fail in between,
	 * some attributes keep their value from before the request, and the worst that does is ask the user to sign in
	 * again. Not a default candidate: Spring Session asks for it by name, and nothing else may get it where it asks
	 * for transactions by type (Spring Boot's own transaction template stays, too).
	 */
	@Bean(defaultCandidate = false)
	TransactionOperations springSessionTransactionOperations(PlatformTransactionManager transaksjoner) {
		TransactionTemplate utenTransaksjon = new TransactionTemplate(transaksjoner);
		utenTransaksjon.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
		return utenTransaksjon;
	}
}
