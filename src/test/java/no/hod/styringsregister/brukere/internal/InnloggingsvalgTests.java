package no.hod.styringsregister.brukere.internal;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Password login switched off with no identity provider configured would lock everyone out: refuse to start. */
class InnloggingsvalgTests {

	@Test
	void passwordLoginOffWithoutAProviderStopsTheStartWithAMessage() {
		var ingenLeverandor = new StaticListableBeanFactory().getBeanProvider(ClientRegistrationRepository.class);
		assertThatThrownBy(() -> new SecurityConfiguration().securityFilterChain(null, null, null, ingenLeverandor, null,
				false))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("passord-innlogging=false")
			.hasMessageContaining("ingen kan logge inn");
	}
}
