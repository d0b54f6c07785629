package no.hod.styringsregister.tildelingsbrev;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.testsupport.TestDocuments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An import whose database connection is killed half way: the assignments and budget lines are written, then the
 * server ends the session while the calendar rows go in. Nothing of the letter may be left behind.
 */
@IntegrationTest
class InterruptedImportTests {

	@Autowired
	TildelingsbrevImport letters;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeTrap() {
		jdbc.sql("DROP TRIGGER IF EXISTS avbryt_import ON kalenderoppforing").update();
		jdbc.sql("DROP FUNCTION IF EXISTS avbryt_import()").update();
		SecurityContextHolder.clearContext();
	}

	@Test
	void aConnectionKilledInTheMiddleOfTheTransactionLeavesNothingBehind() {
		// The last module of the import triggers the kill, so earlier writes of the same transaction exist when it dies.
		jdbc.sql("""
				CREATE FUNCTION avbryt_import() RETURNS trigger LANGUAGE plpgsql AS $$
				BEGIN
				    PERFORM pg_terminate_backend(pg_backend_pid());
				    RETURN NEW;
				END $$""").update();
		jdbc.sql("CREATE TRIGGER avbryt_import BEFORE INSERT ON kalenderoppforing FOR EACH ROW EXECUTE FUNCTION avbryt_import()")
			.update();
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin",
				null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
		// A year of its own, so rows other tests in this context may have written do not count.
		byte[] letter = TestDocuments.resource("/letters/tildelingsbrev-full-2026.txt").replace("2026", "2033")
			.getBytes(StandardCharsets.UTF_8);
		long calendarBefore = count("SELECT count(*) FROM kalenderoppforing");

		assertThatThrownBy(() -> letters.importFile("tb2033.txt", letter, "admin")).isInstanceOf(RuntimeException.class);

		assertThat(count("SELECT count(*) FROM tildelingsbrev WHERE aar = 2033")).isZero();
		assertThat(count("SELECT count(*) FROM oppdrag WHERE aar = 2033")).isZero();
		assertThat(count("SELECT count(*) FROM bevilgning WHERE aar = 2033")).isZero();
		assertThat(count("SELECT count(*) FROM kalenderoppforing")).isEqualTo(calendarBefore);

		removeTrap();
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin",
				null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
		TildelingsbrevImport.Resultat retry = letters.importFile("tb2033.txt", letter, "admin");
		assertThat(retry.removed()).isZero();
		assertThat(count("SELECT count(*) FROM oppdrag WHERE aar = 2033")).isEqualTo(6);
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}
}
