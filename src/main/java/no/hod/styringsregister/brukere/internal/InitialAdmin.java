package no.hod.styringsregister.brukere.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.brukere.Rolle;

/**
 * Outside demo mode no user has a known password: on an empty database the first admin's password comes from
 * {@code STYRINGSREGISTER_ADMIN_PASSWORD}, and without it the register refuses to start. Runs after the demo data,
 * which creates its own users.
 */
@Component
@Order(100)
class InitialAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);

	private final BrukerService brukere;

	private final String username;

	private final String password;

	InitialAdmin(BrukerService brukere, @Value("${styringsregister.admin.username:admin}") String username,
			@Value("${styringsregister.admin.password:}") String password) {
		this.brukere = brukere;
		this.username = username;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (brukere.anyUsers()) {
			return;
		}
		if (password.isBlank()) {
			throw new MissingInitialAdminException();
		}
		// Counted as the user form counts: blanks around the password are no strength.
		if (password.strip().length() < Passordregel.MINST_TEGN) {
			throw new MissingInitialAdminException("Passordet i STYRINGSREGISTER_ADMIN_PASSWORD må ha minst "
					+ Passordregel.MINST_TEGN + " tegn.");
		}
		if (Passordregel.forLangt(password).isPresent()) {
			throw new MissingInitialAdminException("Passordet i STYRINGSREGISTER_ADMIN_PASSWORD kan være høyst "
					+ Passordregel.HOYST_BYTE + " byte i UTF-8 (æ, ø og å teller som to); det er "
					+ Passordregel.bytes(password) + ".");
		}
		// Cleared: only a cleared admin may grant clearance, so without it nobody ever could.
		brukere.create(new NyBruker(username, "Administrator", password, Rolle.ADMIN, null, true, null));
		log.info("Opprettet første administrator «{}» med passordet fra STYRINGSREGISTER_ADMIN_PASSWORD.", username);
	}
}
