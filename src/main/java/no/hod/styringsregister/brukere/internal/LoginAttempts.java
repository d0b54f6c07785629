package no.hod.styringsregister.brukere.internal;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after {@code max-attempts} failures in a row for one user name, that name is locked
 * for {@code lock-duration}. Beside it, a limit per client address: after {@code address.max-attempts} failed logins
 * from one address within {@code address.lock-duration}, password login from that address is refused for as long,
 * whatever the user name, so that one caller can neither lock out every user name in turn nor guess on many. The
 * address lock locks no account. Both are kept in the database so every instance sees the same counts.
 */
@Component
class LoginAttempts {

	private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

	/** An IPv6 address literal, with or without a zone; never looked up as a host name. */
	private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(%[0-9A-Za-z._-]+)?");

	private final JdbcClient jdbc;

	private final int maxAttempts;

	private final Duration lockDuration;

	private final int maxAttemptsPerAddress;

	private final Duration addressLockDuration;

	private final Brukerlogg logg;

	LoginAttempts(JdbcClient jdbc, Brukerlogg logg, @Value("${styringsregister.login.max-attempts:5}") int maxAttempts,
			@Value("${styringsregister.login.lock-duration:15m}") Duration lockDuration,
			@Value("${styringsregister.login.address.max-attempts:20}") int maxAttemptsPerAddress,
			@Value("${styringsregister.login.address.lock-duration:15m}") Duration addressLockDuration) {
		this.jdbc = jdbc;
		this.logg = logg;
		this.maxAttempts = maxAttempts;
		this.lockDuration = lockDuration;
		this.maxAttemptsPerAddress = maxAttemptsPerAddress;
		this.addressLockDuration = addressLockDuration;
	}

	Duration lockDuration() {
		return lockDuration;
	}

	Duration addressLockDuration() {
		return addressLockDuration;
	}

	@Transactional(readOnly = true)
	boolean isLocked(String username) {
		return jdbc.sql("SELECT count(*) FROM innloggingsforsok WHERE brukernavn = ? AND sperret_til > now()")
			.param(key(username))
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Counts a failed password for the user name; the failure that reaches the limit locks it. The log names the
	 * address that failure came from: one that keeps a name locked while staying under the address limit (five tries
	 * every quarter of an hour) can then be found and refused at the proxy.
	 *
	 * @return whether this failure locked the name
	 */
	@Transactional
	boolean recordFailure(String username, String address) {
		jdbc.sql("""
				INSERT INTO innloggingsforsok (brukernavn, mislykket, sist_mislykket) VALUES (:navn, 1, now())
				ON CONFLICT (brukernavn) DO UPDATE SET mislykket = innloggingsforsok.mislykket + 1,
				    sist_mislykket = now()
				""").param("navn", key(username)).update();
		int sperret = jdbc.sql("""
				UPDATE innloggingsforsok SET sperret_til = now() + make_interval(secs => :sekunder), mislykket = 0
				WHERE brukernavn = :navn AND mislykket >= :maks
				""")
			.param("navn", key(username))
			.param("sekunder", lockDuration.toSeconds())
			.param("maks", maxAttempts)
			.update();
		if (sperret > 0) {
			// The name is typed by whoever tries: no line breaks or other control characters into the log.
			log.warn("Brukernavnet «{}» er sperret i {} minutter etter {} mislykkede innlogginger; den siste kom fra "
					+ "adressen {}.", key(username).replaceAll("\\p{Cntrl}", "?"), lockDuration.toMinutes(), maxAttempts,
					addressKey(address));
			// The user's change log too, when the name is a user's: the lock keeps the user out for a while.
			record Sperre(long brukerId, OffsetDateTime til) {
			}
			List<Sperre> sperrer = jdbc.sql("""
					SELECT b.id, f.sperret_til FROM bruker b JOIN innloggingsforsok f ON f.brukernavn = lower(b.brukernavn)
					WHERE f.brukernavn = :navn""")
				.param("navn", key(username))
				.query((rs, i) -> new Sperre(rs.getLong("id"), rs.getObject("sperret_til", OffsetDateTime.class)))
				.list();
			for (Sperre s : sperrer) {
				logg.skriv(s.brukerId(), Brukerlogg.Aktor.REGISTERET, "innloggingssperre", null,
						logg.tekst("bruker.logg.sperret", Brukerlogg.tidspunkt(s.til()), maxAttempts));
			}
		}
		return sperret > 0;
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

	/** Whether password login from the client address is refused now. */
	@Transactional(readOnly = true)
	boolean isAddressLocked(String address) {
		return jdbc.sql("SELECT count(*) FROM innloggingsforsok_adresse WHERE adresse = ? AND sperret_til > now()")
			.param(addressKey(address))
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Counts a failed login from the client address, in a window that opens at the first failure and lasts
	 * {@code address.lock-duration}; a failure after the window opens a new one. The failure that reaches the limit
	 * locks the address for as long, and opens a window that ends with the lock, so the count the admin sees is the one
	 * that locked it, and the first failure after the lock starts from one. A success resets nothing: else an account of one's own would let a caller go on
	 * guessing on the others.
	 */
	@Transactional
	void recordAddressFailure(String address) {
		String key = addressKey(address);
		jdbc.sql("""
				INSERT INTO innloggingsforsok_adresse (adresse, mislykket, forste_mislykket) VALUES (:adresse, 1, now())
				ON CONFLICT (adresse) DO UPDATE SET
				    mislykket = CASE WHEN innloggingsforsok_adresse.forste_mislykket > now() - make_interval(secs => :vindu)
				        THEN innloggingsforsok_adresse.mislykket + 1 ELSE 1 END,
				    forste_mislykket = CASE
				        WHEN innloggingsforsok_adresse.forste_mislykket > now() - make_interval(secs => :vindu)
				        THEN innloggingsforsok_adresse.forste_mislykket ELSE now() END
				""").param("adresse", key).param("vindu", addressLockDuration.toSeconds()).update();
		jdbc.sql("""
				UPDATE innloggingsforsok_adresse SET sperret_til = now() + make_interval(secs => :vindu),
				    forste_mislykket = now()
				WHERE adresse = :adresse AND mislykket >= :maks
				""")
			.param("adresse", key)
			.param("vindu", addressLockDuration.toSeconds())
			.param("maks", maxAttemptsPerAddress)
			.update();
		// Addresses last seen long ago are forgotten, so the table holds about a day of failures at most.
		jdbc.sql("""
				DELETE FROM innloggingsforsok_adresse
				WHERE forste_mislykket < now() - interval '1 day' AND (sperret_til IS NULL OR sperret_til < now())
				""").update();
	}

	/** A client address password login is refused from now: the failures that locked it, and when the lock ends. */
	record Adressesperre(String adresse, int mislykket, OffsetDateTime sperretTil) {
	}

	/** The addresses locked now, by the key they are counted under, the latest lock first. */
	@Transactional(readOnly = true)
	List<Adressesperre> addressLocks() {
		return jdbc.sql("""
				SELECT adresse, mislykket, sperret_til FROM innloggingsforsok_adresse WHERE sperret_til > now()
				ORDER BY sperret_til DESC, adresse
				""")
			.query((rs, n) -> new Adressesperre(rs.getString("adresse"), rs.getInt("mislykket"),
					rs.getObject("sperret_til", OffsetDateTime.class)))
			.list();
	}

	/**
	 * Lifts the lock on an address, given by the key it is counted under, and forgets its failures.
	 *
	 * @return whether it was locked
	 */
	@Transactional
	boolean clearAddress(String key) {
		return jdbc.sql("DELETE FROM innloggingsforsok_adresse WHERE adresse = ? AND sperret_til > now()").param(key)
			.update() > 0;
	}

	static String key(String username) {
		return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
	}

	/**
	 * The key an address is counted under: an IPv4 address as it is, an IPv6 address by its /64 network, the
	 * smallest block a subscriber is given (else each of its many addresses would have a count of its own).
	 */
	static String addressKey(String address) {
		String literal = address == null ? "" : address.strip();
		if (!IPV6.matcher(literal).matches()) {
			return literal;
		}
		try {
			InetAddress inet = InetAddress.getByName(literal.replaceFirst("%.*$", ""));
			if (!(inet instanceof Inet6Address)) {
				// An IPv4 address written as IPv6 (::ffff:192.0.2.1) counts as the IPv4 address.
				return inet.getHostAddress();
			}
			byte[] bytes = inet.getAddress();
			Arrays.fill(bytes, 8, 16, (byte) 0);
			return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
		}
		catch (UnknownHostException ex) {
			return literal;
		}
	}
}
