package no.hod.styringsregister.rapporteringskalender.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Secret feed addresses, one per user. The token is the key to the feed (calendar clients cannot sign in), so it is
 * long and random, and a new one revokes the old at once.
 */
@Service
@Transactional
class Abonnementer {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	Abonnementer(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The user's token, made on first use. */
	String token(long brukerId) {
		jdbc.sql("INSERT INTO kalenderabonnement (bruker_id, token) VALUES (:bruker, :token) ON CONFLICT DO NOTHING")
			.param("bruker", brukerId).param("token", nyttToken()).update();
		return jdbc.sql("SELECT token FROM kalenderabonnement WHERE bruker_id = :bruker").param("bruker", brukerId)
			.query(String.class).single();
	}

	@Transactional(readOnly = true)
	Optional<String> eksisterende(long brukerId) {
		return jdbc.sql("SELECT token FROM kalenderabonnement WHERE bruker_id = :bruker").param("bruker", brukerId)
			.query(String.class).optional();
	}

	/** Replaces the user's token; the old address answers 404 from now on. */
	String fornye(long brukerId) {
		String token = nyttToken();
		jdbc.sql("""
				INSERT INTO kalenderabonnement (bruker_id, token) VALUES (:bruker, :token)
				ON CONFLICT (bruker_id) DO UPDATE SET token = excluded.token, opprettet = now()""")
			.param("bruker", brukerId).param("token", token).update();
		return token;
	}

	@Transactional(readOnly = true)
	Optional<Long> bruker(String token) {
		if (token == null || token.length() < 32) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT bruker_id FROM kalenderabonnement WHERE token = :token").param("token", token)
			.query(Long.class).optional();
	}

	private static String nyttToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
