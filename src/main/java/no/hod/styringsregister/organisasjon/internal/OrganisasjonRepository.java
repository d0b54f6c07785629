package no.hod.styringsregister.organisasjon.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.cache.annotation.CacheEvict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import no.hod.styringsregister.organisasjon.Departementsavdeling;
import no.hod.styringsregister.organisasjon.Enhet;
import no.hod.styringsregister.organisasjon.Etat;
import no.hod.styringsregister.organisasjon.OrganisasjonService.TidligereNavn;

/**
 * The module's tables: etat, enhet, enhet_navn, departementsavdeling. Every write empties the service's cache (after
 * the transaction commits).
 */
@Repository
class OrganisasjonRepository {

	private static final String ENHET = "SELECT id, etat_id, overordnet_id, type, navn, leder, leder_tittel, aktiv, "
			+ "beskrivelse, oppgaver, malgrupper, samarbeidspartnere, versjon FROM enhet ";

	private final JdbcClient jdbc;

	OrganisasjonRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Etat> etater() {
		return jdbc.sql("SELECT id, navn, kortnavn FROM etat ORDER BY navn").query(OrganisasjonRepository::etat).list();
	}

	Optional<Etat> etat(long id) {
		return jdbc.sql("SELECT id, navn, kortnavn FROM etat WHERE id = ?").param(id)
			.query(OrganisasjonRepository::etat).optional();
	}

	Optional<Etat> etatByName(String navn) {
		return jdbc.sql("SELECT id, navn, kortnavn FROM etat WHERE lower(navn) = lower(?)").param(navn.trim())
			.query(OrganisasjonRepository::etat).optional();
	}

	/**
	 * Holds off other agencies being added until the transaction ends, so that a new one is checked against every
	 * other's name and short name: no constraint can say that a name is not another agency's short name. Reading is
	 * not held off, and agencies are added seldom.
	 */
	void laasEtater() {
		jdbc.sql("LOCK TABLE etat IN SHARE ROW EXCLUSIVE MODE").update();
	}

	@CacheEvict(cacheNames = DefaultOrganisasjonService.MELLOMLAGER, allEntries = true)
	long addEtat(String navn, String kortnavn) {
		return jdbc.sql("INSERT INTO etat (navn, kortnavn) VALUES (?, ?) RETURNING id").params(navn, kortnavn)
			.query(Long.class).single();
	}

	Optional<EnhetDetaljer> enhet(long id) {
		return jdbc.sql(ENHET + "WHERE id = ?").param(id).query(OrganisasjonRepository::detaljer).optional();
	}

	/** Every unit of an agency, divisions and departments, by name. */
	List<EnhetDetaljer> enheter(long etatId) {
		return jdbc.sql(ENHET + "WHERE etat_id = ? ORDER BY lower(navn)").param(etatId)
			.query(OrganisasjonRepository::detaljer).list();
	}

	List<EnhetDetaljer> enheter(long etatId, Enhet.Type type) {
		return jdbc.sql(ENHET + "WHERE etat_id = ? AND type = ? ORDER BY lower(navn)").params(etatId, type.name())
			.query(OrganisasjonRepository::detaljer).list();
	}

	List<EnhetDetaljer> divisjoner() {
		return jdbc.sql(ENHET + "WHERE type = 'DIVISJON' ORDER BY etat_id, lower(navn)")
			.query(OrganisasjonRepository::detaljer).list();
	}

	Map<Long, String> enhetsnavn() {
		Map<Long, String> navn = new HashMap<>();
		jdbc.sql("SELECT id, navn FROM enhet").query(rs -> {
			navn.put(rs.getLong("id"), rs.getString("navn"));
		});
		return navn;
	}

	List<EnhetDetaljer> alleAvdelinger() {
		return jdbc.sql(ENHET + "WHERE type = 'AVDELING' ORDER BY overordnet_id, lower(navn)")
			.query(OrganisasjonRepository::detaljer).list();
	}

	List<EnhetDetaljer> avdelinger(long divisjonId) {
		return jdbc.sql(ENHET + "WHERE overordnet_id = ? ORDER BY lower(navn)").param(divisjonId)
			.query(OrganisasjonRepository::detaljer).list();
	}

	@CacheEvict(cacheNames = DefaultOrganisasjonService.MELLOMLAGER, allEntries = true)
	long addEnhet(long etatId, Long overordnetId, Enhet.Type type, Felter felter) {
		return jdbc.sql("INSERT INTO enhet (etat_id, overordnet_id, type, navn, leder, leder_tittel, beskrivelse, "
				+ "oppgaver, malgrupper, samarbeidspartnere) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
			.params(etatId, overordnetId, type.name(), felter.navn(), felter.leder(), felter.lederTittel(),
					felter.beskrivelse(), felter.oppgaver().toArray(String[]::new), felter.malgrupper(),
					felter.samarbeidspartnere())
			.query(Long.class).single();
	}

	/** Writes the fields; the caller records a rename in the name history first. */
	@CacheEvict(cacheNames = DefaultOrganisasjonService.MELLOMLAGER, allEntries = true)
	void updateEnhet(long id, Felter felter) {
		jdbc.sql("UPDATE enhet SET navn = ?, leder = ?, leder_tittel = ?, beskrivelse = ?, oppgaver = ?, malgrupper = ?, "
				+ "samarbeidspartnere = ?, versjon = versjon + 1 WHERE id = ?")
			.params(felter.navn(), felter.leder(), felter.lederTittel(), felter.beskrivelse(),
					felter.oppgaver().toArray(String[]::new), felter.malgrupper(), felter.samarbeidspartnere(), id)
			.update();
	}

	/**
	 * Writes the fields if the unit is still at {@code versjon}; answers whether it was (nothing is written
	 * otherwise). The caller records a rename in the name history first.
	 */
	@CacheEvict(cacheNames = DefaultOrganisasjonService.MELLOMLAGER, allEntries = true)
	boolean updateEnhet(long id, long versjon, Felter felter) {
		return jdbc.sql("UPDATE enhet SET navn = ?, leder = ?, leder_tittel = ?, beskrivelse = ?, oppgaver = ?, "
				+ "malgrupper = ?, samarbeidspartnere = ?, versjon = versjon + 1 WHERE id = ? AND versjon = ?")
			.params(felter.navn(), felter.leder(), felter.lederTittel(), felter.beskrivelse(),
					felter.oppgaver().toArray(String[]::new), felter.malgrupper(), felter.samarbeidspartnere(), id,
					versjon)
			.update() == 1;
	}

	@CacheEvict(cacheNames = DefaultOrganisasjonService.MELLOMLAGER, allEntries = true)
	void move(long id, long overordnetId) {
		jdbc.sql("UPDATE enhet SET overordnet_id = ?, versjon = versjon + 1 WHERE id = ?").params(overordnetId, id)
			.update();
	}

	@CacheEvict(cacheNames = DefaultOrganisasjonService.MELLOMLAGER, allEntries = true)
	void setActive(long id, boolean aktiv) {
		jdbc.sql("UPDATE enhet SET aktiv = ?, deaktivert = CASE WHEN ? THEN NULL ELSE now() END, versjon = versjon + 1 "
				+ "WHERE id = ?").params(aktiv, aktiv, id).update();
	}

	@CacheEvict(cacheNames = DefaultOrganisasjonService.MELLOMLAGER, allEntries = true)
	void addFormerName(long enhetId, String navn, String endretAv) {
		jdbc.sql("INSERT INTO enhet_navn (enhet_id, navn, endret_av) VALUES (?, ?, ?)").params(enhetId, navn, endretAv)
			.update();
	}

	List<TidligereNavn> formerNames(long enhetId) {
		return jdbc.sql("SELECT navn, gyldig_til FROM enhet_navn WHERE enhet_id = ? ORDER BY gyldig_til DESC, id DESC")
			.param(enhetId)
			.query((rs, n) -> new TidligereNavn(rs.getString("navn"),
					rs.getObject("gyldig_til", java.time.OffsetDateTime.class)))
			.list();
	}

	List<Departementsavdeling> departementsavdelinger() {
		return jdbc.sql("SELECT id, kode, navn, gyldig_fra, gyldig_til FROM departementsavdeling "
				+ "ORDER BY upper(kode), gyldig_fra NULLS FIRST").query(OrganisasjonRepository::avdeling).list();
	}

	Optional<Departementsavdeling> departementsavdeling(long id) {
		return jdbc.sql("SELECT id, kode, navn, gyldig_fra, gyldig_til FROM departementsavdeling WHERE id = ?").param(id)
			.query(OrganisasjonRepository::avdeling).optional();
	}

	long addDepartementsavdeling(String kode, String navn, LocalDate fra, LocalDate til) {
		return jdbc.sql("INSERT INTO departementsavdeling (kode, navn, gyldig_fra, gyldig_til) VALUES (?, ?, ?, ?) "
				+ "RETURNING id").params(kode, navn, fra, til).query(Long.class).single();
	}

	void updateDepartementsavdeling(long id, String navn, LocalDate fra, LocalDate til) {
		jdbc.sql("UPDATE departementsavdeling SET navn = ?, gyldig_fra = ?, gyldig_til = ? WHERE id = ?")
			.params(navn, fra, til, id).update();
	}

	/**
	 * An uploaded organisation description waiting for review; {@code bekreftet} and {@code bekreftetAv} (display
	 * name) are set once it is confirmed.
	 */
	record Utkastfil(long etatId, String filnavn, byte[] innhold, java.time.OffsetDateTime bekreftet,
			String bekreftetAv) {
	}

	private static final String UTKAST = "SELECT etat_id, filnavn, fil, bekreftet, bekreftet_av FROM organisasjon_utkast "
			+ "WHERE id = ?";

	/** Drafts older than a day were left behind by an admin who never confirmed nor cancelled. */
	void saveDraft(UUID id, long etatId, String filnavn, byte[] innhold, String bruker) {
		jdbc.sql("DELETE FROM organisasjon_utkast WHERE opprettet < now() - interval '1 day'").update();
		jdbc.sql("INSERT INTO organisasjon_utkast (id, etat_id, filnavn, fil, opprettet_av) VALUES (?, ?, ?, ?, ?)")
			.params(id, etatId, filnavn, innhold, bruker).update();
	}

	Optional<Utkastfil> draft(UUID id) {
		return jdbc.sql(UTKAST).param(id).query(OrganisasjonRepository::utkastfil).optional();
	}

	/** The draft, locked until the transaction ends: a second confirm or a cancel of it waits. */
	Optional<Utkastfil> draftForUpdate(UUID id) {
		return jdbc.sql(UTKAST + " FOR UPDATE").param(id).query(OrganisasjonRepository::utkastfil).optional();
	}

	/** Marks the draft confirmed, by whom (a display name), and lets go of its file; it is kept till it expires. */
	void markConfirmed(UUID id, String av) {
		jdbc.sql("UPDATE organisasjon_utkast SET bekreftet = now(), fil = ''::bytea, bekreftet_av = ? WHERE id = ?")
			.params(av, id).update();
	}

	private static Utkastfil utkastfil(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Utkastfil(rs.getLong("etat_id"), rs.getString("filnavn"), rs.getBytes("fil"),
				rs.getObject("bekreftet", java.time.OffsetDateTime.class), rs.getString("bekreftet_av"));
	}

	void deleteDraft(UUID id) {
		jdbc.sql("DELETE FROM organisasjon_utkast WHERE id = ?").param(id).update();
	}

	/** The editable fields of a unit. */
	record Felter(String navn, String leder, String lederTittel, String beskrivelse, List<String> oppgaver,
			String malgrupper, String samarbeidspartnere) {
	}

	private static Etat etat(ResultSet rs, int row) throws SQLException {
		return new Etat(rs.getLong("id"), rs.getString("navn"), rs.getString("kortnavn"));
	}

	private static EnhetDetaljer detaljer(ResultSet rs, int row) throws SQLException {
		Enhet enhet = new Enhet(rs.getLong("id"), rs.getLong("etat_id"), rs.getObject("overordnet_id", Long.class),
				Enhet.Type.valueOf(rs.getString("type")), rs.getString("navn"), rs.getString("leder"),
				rs.getString("leder_tittel"), rs.getBoolean("aktiv"));
		return new EnhetDetaljer(enhet, rs.getString("beskrivelse"), strings(rs.getArray("oppgaver")),
				rs.getString("malgrupper"), rs.getString("samarbeidspartnere"), rs.getLong("versjon"));
	}

	private static Departementsavdeling avdeling(ResultSet rs, int row) throws SQLException {
		return new Departementsavdeling(rs.getLong("id"), rs.getString("kode"), rs.getString("navn"),
				rs.getObject("gyldig_fra", LocalDate.class), rs.getObject("gyldig_til", LocalDate.class));
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}
}
