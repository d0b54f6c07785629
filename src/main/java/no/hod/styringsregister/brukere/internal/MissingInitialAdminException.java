package no.hod.styringsregister.brukere.internal;

/** The database has no users and no first admin password was given. */
class MissingInitialAdminException extends IllegalStateException {

	MissingInitialAdminException() {
		this("Databasen har ingen brukere, og STYRINGSREGISTER_ADMIN_PASSWORD er ikke satt.");
	}

	MissingInitialAdminException(String message) {
		super(message);
	}
}
