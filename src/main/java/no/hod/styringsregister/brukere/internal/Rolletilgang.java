package no.hod.styringsregister.brukere.internal;

import java.util.function.Supplier;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Signed in is not enough: the caller must also have a role. A user who signed on through the identity provider for
 * the first time has none until an admin grants one, and reaches only the waiting page. Any role authority counts
 * ({@code ROLE_...}); in the application they come only from the register's {@code Rolle}, never from a token.
 */
final class Rolletilgang implements AuthorizationManager<RequestAuthorizationContext> {

	static final Rolletilgang MED_ROLLE = new Rolletilgang();

	private Rolletilgang() {
	}

	static boolean innlogget(Authentication authentication) {
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

	static boolean harRolle(Authentication authentication) {
		return innlogget(authentication) && authentication.getAuthorities().stream()
			.anyMatch(authority -> authority.getAuthority() != null && authority.getAuthority().startsWith("ROLE_"));
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		return new AuthorizationDecision(harRolle(authentication.get()));
	}
}
