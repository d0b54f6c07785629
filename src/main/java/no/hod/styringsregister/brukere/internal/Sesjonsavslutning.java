package no.hod.styringsregister.brukere.internal;

import jakarta.servlet.http.HttpSession;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends a user's open sessions when the password changes, so a session opened with the old password (or taken over by
 * whoever knew it) is refused from its next request on, on every instance: sessions live in the database (Spring
 * Session JDBC, indexed by the signed-in user's name), and every request reads its session from there. The session
 * making the change is kept, so an admin who sets their own password stays signed in there.
 */
@Component
class Sesjonsavslutning {

	private final JdbcClient jdbc;

	Sesjonsavslutning(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Deletes the user's sessions but the current request's, in the caller's transaction: they end together with the
	 * change of password, or not at all. The session's attributes go with it (ON DELETE CASCADE).
	 *
	 * @return how many sessions were ended
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	int avsluttAndre(String brukernavn) {
		return jdbc.sql("DELETE FROM spring_session WHERE lower(principal_name) = lower(:navn) AND session_id <> :denne")
			.param("navn", brukernavn)
			.param("denne", gjeldende())
			.update();
	}

	/** The id of the session of the request being served; none outside a request or without a session. */
	private static String gjeldende() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributter) {
			HttpSession session = attributter.getRequest().getSession(false);
			if (session != null) {
				return session.getId();
			}
		}
		return "";
	}
}
