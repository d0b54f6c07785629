package no.hod.styringsregister.brukere.internal;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.support.TransactionTemplate;

import no.hod.styringsregister.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session's statements run without a transaction of their own (see {@link Sesjoner}), and the application keeps
 * Spring Boot's transaction template.
 */
@IntegrationTest
class SesjonerTests {

	@Autowired
	JdbcIndexedSessionRepository sesjoner;

	@Autowired
	TransactionTemplate transaksjon;

	@Test
	void aSessionSavedInsideATransactionGoesWithItsRollback() {
		// With a transaction of its own (Spring Session's default, REQUIRES_NEW) the save would be committed at once
		// and outlive the rollback; without one, it runs on the surrounding transaction's connection.
		String id = transaksjon.execute(status -> {
			String lagret = lagreNy(sesjoner);
			assertThat(sesjoner.findById(lagret)).isNotNull();
			status.setRollbackOnly();
			return lagret;
		});
		assertThat(sesjoner.findById(id)).isNull();
	}

	private static <S extends Session> String lagreNy(SessionRepository<S> repository) {
		S sesjon = repository.createSession();
		repository.save(sesjon);
		return sesjon.getId();
	}
}
