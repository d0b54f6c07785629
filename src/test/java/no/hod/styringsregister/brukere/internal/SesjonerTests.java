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
 * The session's statements run outside the application's transactions (see {@link Sesjoner}), and the application
 * keeps Spring Boot's transaction template.
 */
@IntegrationTest
class SesjonerTests {

	@Autowired
	JdbcIndexedSessionRepository sesjoner;

	@Autowired
	TransactionTemplate transaksjon;

	@Test
	void aSessionSavedInsideAReadOnlyTransactionIsWrittenOutsideIt() {
		// Run plainly on the transaction's connection, the save would fail in a read-only transaction; suspended out
		// of it, it is written and outlives the transaction's rollback.
		TransactionTemplate lesing = new TransactionTemplate(transaksjon.getTransactionManager());
		lesing.setReadOnly(true);
		String id = lesing.execute(status -> {
			String lagret = lagreNy(sesjoner);
			status.setRollbackOnly();
			return lagret;
		});
		assertThat(sesjoner.findById(id)).isNotNull();
	}

	private static <S extends Session> String lagreNy(SessionRepository<S> repository) {
		S sesjon = repository.createSession();
		repository.save(sesjon);
		return sesjon.getId();
	}
}
