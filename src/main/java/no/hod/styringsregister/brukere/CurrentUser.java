package no.hod.styringsregister.brukere;

/**
 * The signed-in user as the other modules see it, read fresh from the database for each request so that a
 * withdrawn clearance or role takes effect at once.
 *
 * @param enhetId the division of a {@link Rolle#HDIR_LEDER}; the unit of others where set
 * @param klarert cleared to read content exempt from public disclosure (Offl. § 22)
 */
public record CurrentUser(long id, String brukernavn, String navn, Rolle rolle, Long enhetId, boolean klarert) {

	public boolean isAdmin() {
		return rolle == Rolle.ADMIN;
	}

	public boolean is(Rolle other) {
		return rolle == other;
	}
}
