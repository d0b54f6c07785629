package no.hod.styringsregister.brukere.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Tells a deactivated user so on the login page, instead of «Feil brukernavn eller passord», but only once the
 * password was right, so that the answer tells nobody else which names exist. Spring's own password sign-in checks
 * whether the account is disabled before the password; this one checks the lock first as before (a locked name is
 * refused even with the right password), then the password, and only then whether the user is active. A session
 * ended because its user was deactivated (see {@link RolleFraRegisteret}) says so on the login page too: that user
 * had signed in already.
 */
@Configuration(proxyBeanMethods = false)
class DeaktivertEtterPassord {

	/** The login page's parameter and message for a deactivated user. */
	static final String PARAMETER = "deaktivert";

	/** Marks a session whose user was deactivated while signed in, for the login page to say why. */
	static final String SESJONSMERKE = DeaktivertEtterPassord.class.getName() + ".sesjon";

	@Bean
	DaoAuthenticationProvider passordinnlogging(UserDetailsService brukere, PasswordEncoder passord) {
		DaoAuthenticationProvider innlogging = new DaoAuthenticationProvider(brukere);
		innlogging.setPasswordEncoder(passord);
		innlogging.setPreAuthenticationChecks(DeaktivertEtterPassord::ikkeSperret);
		innlogging.setPostAuthenticationChecks(DeaktivertEtterPassord::aktiv);
		return innlogging;
	}

	private static void ikkeSperret(UserDetails bruker) {
		if (!bruker.isAccountNonLocked()) {
			throw new LockedException("Brukernavnet er sperret.");
		}
	}

	private static void aktiv(UserDetails bruker) {
		if (!bruker.isEnabled()) {
			throw new DisabledException("Brukeren er deaktivert.");
		}
	}

	/** The login page's parameter for a refused password sign-in that came this far, else {@code null}. */
	static String grunn(AuthenticationException feil) {
		return feil instanceof DisabledException ? PARAMETER : null;
	}

	/** Whether the session's user was deactivated while signed in; asked once, by the login page. */
	static boolean sesjonensBrukerDeaktivert(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null || session.getAttribute(SESJONSMERKE) == null) {
			return false;
		}
		session.removeAttribute(SESJONSMERKE);
		return true;
	}
}
