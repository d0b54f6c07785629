package no.hod.styringsregister.brukere.internal;

import java.util.List;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class BrukerDetailsService implements UserDetailsService {

	private final BrukerRepository brukere;

	private final LoginAttempts attempts;

	BrukerDetailsService(BrukerRepository brukere, LoginAttempts attempts) {
		this.brukere = brukere;
		this.attempts = attempts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		// Checked before the user is looked up, so a lock says nothing about whether the name exists. Spring Security
		// checks the lock before the password, so a locked name is refused even with the right password.
		if (attempts.isLocked(username)) {
			return User.withUsername(username).password("{noop}").authorities(List.of()).accountLocked(true).build();
		}
		return brukere.findByBrukernavnIgnoreCase(username)
			.filter(bruker -> bruker.getPassordHash() != null)
			.map(bruker -> User.withUsername(bruker.getBrukernavn())
				.password(bruker.getPassordHash())
				.disabled(!bruker.isAktiv())
				.authorities(bruker.authorities())
				.build())
			.orElseThrow(() -> new UsernameNotFoundException("Ukjent bruker"));
	}
}
