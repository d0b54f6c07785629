package no.hod.styringsregister.brukere.internal;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What a password must be, wherever one is set: the user form, a new password, the first admin and other modules
 * through BrukerService. BCrypt reads at most 72 bytes of a password in UTF-8, and Spring Security refuses a longer
 * one (in English) rather than cut it, so the limit is told in Norwegian before, counted as the users can count it:
 * æ, ø and å are two bytes each.
 */
final class Passordregel {

	static final int MINST_TEGN = 12;

	static final int HOYST_BYTE = 72;

	private Passordregel() {
	}

	/** The rule the password breaks, told to the user, if any. */
	static Optional<String> brudd(String passord) {
		// Spaces at either end do not count: twelve spaces were taken as a password.
		if (passord == null || passord.strip().length() < MINST_TEGN) {
			return Optional.of("Passordet må ha minst " + MINST_TEGN + " tegn (mellomrom først og sist teller ikke).");
		}
		return forLangt(passord);
	}

	/** Only the upper limit, for callers that set their own lower one. */
	static Optional<String> forLangt(String passord) {
		int lengde = bytes(passord);
		return lengde <= HOYST_BYTE ? Optional.empty()
				: Optional.of("Passordet kan ha høyst " + HOYST_BYTE + " tegn, der æ, ø og å teller som to hver (noen "
						+ "andre tegn, som é og €, som to eller tre). Dette passordet teller " + lengde + ".");
	}

	static int bytes(String passord) {
		return passord.getBytes(StandardCharsets.UTF_8).length;
	}
}
