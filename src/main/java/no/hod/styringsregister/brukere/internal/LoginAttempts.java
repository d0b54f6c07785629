package no.hod.styringsregister.brukere.internal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after {@code max-attempts} failures in a row for one user name, that name is locked
 * for {@code lock-duration}. Kept in the database so every instance sees the same count.
 */
@Component
class LoginAttempts {

	private final JdbcClient jdbc;

	private final int maxAttempts;

	private final Duration lockDuration;

	LoginAttempts(JdbcClient jdbc, @Value("${styringsregister.login.max-attempts:5}") int maxAttempts,
			@Value("${styringsregister.login.lock-duration:15m}") Duration lockDuration) {
		this.jdbc = jdbc;
		this.maxAttempts = maxAttempts;
		this.lockDuration = lockDuration;
	}

	Duration lockDuration() {
		return lockDuration;
	}

	@Transactional(readOnly = true)
	boolean isLocked(String username) {
		return jdbc.sql("SELECT count(*) FROM innloggingsforsok WHERE brukernavn = ? AND sperret_til > now()")
			.param(key(username))
			.query(Long.class)
			.single() > 0;
	}

	@Transactional
	void recordFailure(String username) {
		jdbc.sql("""
				INSERT INTO innloggingsforsok (brukernavn, mislykket, sist_mislykket) VALUES (:navn, 1, now())
				ON CONFLICT (brukernavn) DO UPDATE SET mislykket = innloggingsforsok.mislykket + 1,
				    sist_mislykket = now()
				""").param("navn", key(username)).update();
		jdbc.sql("""
				UPDATE innloggingsforsok SET sperret_til = now() + make_interval(secs => :sekunder), mislykket = 0
				WHERE brukernavn = :navn AND mislykket >= :maks
				""")
			.param("navn", key(username))
			.param("sekunder", lockDuration.toSeconds())
			.param("maks", maxAttempts)
			.update();
	}

	@Transactional
	void recordSuccess(String username) {
		clear(username);
	}

	/** Lifts a lock and forgets the failures counted so far, as a successful login does. */
	@Transactional
	void clear(String username) {
		jdbc.sql("DELETE FROM innloggingsforsok WHERE brukernavn = ?").param(key(username))
			.update();
	}

	/** The user names locked now, by the key they are counted under (lower case), with when the lock ends. */
	@Transactional(readOnly = true)
	Map<String, OffsetDateTime> locks() {
		Map<String, OffsetDateTime> locks = new HashMap<>();
		jdbc.sql("SELECT brukernavn, sperret_til FROM innloggingsforsok WHERE sperret_til > now()")
			.query(rs -> {
				locks.put(rs.getString("brukernavn"), rs.getObject("sperret_til", OffsetDateTime.class));
			});
		return locks;
	}

	/** When the lock on the user name ends, if it is locked now. */
	@Transactional(readOnly = true)
	java.util.Optional<OffsetDateTime> lockedUntil(String username) {
		return jdbc.sql("SELECT sperret_til FROM innloggingsforsok WHERE brukernavn = ? AND sperret_til > now()")
			.param(key(username))
			.query(OffsetDateTime.class)
			.optional();
	}

	static String key(String username) {
		return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
	}
}
