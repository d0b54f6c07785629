package no.hod.styringsregister.brukere;

import java.util.Optional;

/** Who is asking. Services use it to enforce their rules on the server. */
public interface CurrentUsers {

	/** The signed-in user; fails with {@code AccessDeniedException} when nobody is signed in. */
	CurrentUser current();

	Optional<CurrentUser> currentIfSignedIn();
}
