package no.hod.styringsregister.brukere.internal;

import java.io.Serial;
import java.util.Collection;
import java.util.Objects;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A user signed in through the OpenID Connect provider, as the register knows them: the name is the register's user
 * name (what {@code CurrentUsers} looks up), and the authorities are the register's role, never the token's scopes or
 * groups. Kept in the session, so it must stay serializable.
 */
final class RegisterOidcUser extends DefaultOidcUser {

	@Serial
	private static final long serialVersionUID = 1L;

	private final String brukernavn;

	RegisterOidcUser(String brukernavn, Collection<? extends GrantedAuthority> authorities, OidcUser fraLeverandor) {
		super(authorities, fraLeverandor.getIdToken(), fraLeverandor.getUserInfo(), IdTokenClaimNames.SUB);
		this.brukernavn = brukernavn;
	}

	/** The same sign-on with other authorities, when an admin has granted a role since. */
	RegisterOidcUser med(Collection<? extends GrantedAuthority> authorities) {
		return new RegisterOidcUser(brukernavn, authorities, this);
	}

	@Override
	public String getName() {
		return brukernavn;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof RegisterOidcUser that && brukernavn.equals(that.brukernavn) && super.equals(other);
	}

	@Override
	public int hashCode() {
		return Objects.hash(brukernavn, super.hashCode());
	}
}
