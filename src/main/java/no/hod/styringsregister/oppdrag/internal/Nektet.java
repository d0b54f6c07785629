package no.hod.styringsregister.oppdrag.internal;

import org.springframework.security.access.AccessDeniedException;

/**
 * A change the user's role or division does not allow; the message is for the user. Still an access refusal (403)
 * everywhere, but the pages show its reason rather than the general 403 page.
 */
class Nektet extends AccessDeniedException {

	Nektet(String melding) {
		super(melding);
	}
}
