package no.hod.styringsregister.organisasjon;

/**
 * A division or department of an agency.
 *
 * @param overordnetId the division a department belongs to; {@code null} for a division
 */
public record Enhet(long id, long etatId, Long overordnetId, Type type, String navn, String leder, String lederTittel,
		boolean aktiv) {

	public enum Type {
		DIVISJON, AVDELING
	}
}
