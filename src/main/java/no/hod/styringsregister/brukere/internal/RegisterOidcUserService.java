package no.hod.styringsregister.brukere.internal;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** Spring Security's OIDC user loading, then the register's user in its place (see {@link OidcBrukere}). */
class RegisterOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

	private final OidcUserService leverandor = new OidcUserService();

	private final OidcBrukere brukere;

	RegisterOidcUserService(OidcBrukere brukere) {
		this.brukere = brukere;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
		OidcUser fraLeverandor = leverandor.loadUser(request);
		BrukerEntity bruker = brukere.logInn(fraLeverandor);
		return new RegisterOidcUser(bruker.getBrukernavn(), bruker.authorities(), fraLeverandor);
	}
}
