package no.hod.styringsregister.organisasjon.internal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The admin check of this module's services. The users module depends on this one, so the check reads the signed-in
 * user's role from Spring Security instead of asking the users module.
 */
final class AdminTilgang {

	private static final String ADMIN = "ROLE_ADMIN";

	private AdminTilgang() {
	}

	/** The admin's user name; fails unless an admin is signed in. */
	static String kreverAdmin() {
		Authentication user = signedIn();
		if (user == null || user.getAuthorities().stream().noneMatch(a -> ADMIN.equals(a.getAuthority()))) {
			throw new AccessDeniedException("Bare administratorer kan endre organisasjonen.");
		}
		return user.getName();
	}

	private static Authentication signedIn() {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		return user == null || user instanceof AnonymousAuthenticationToken || !user.isAuthenticated() ? null : user;
	}
}
