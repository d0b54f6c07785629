package no.hod.styringsregister.instrukser.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import no.hod.styringsregister.instrukser.InstruksVersjon;
import no.hod.styringsregister.instrukser.internal.parsing.SectionDraft;

/** The module's tables: instruks (one row per version, with the original file) and instruks_punkt. */
@Repository
class InstruksRepository {

	private static final String VERSJON = "SELECT id, etat_id, tittel, fastsatt_av, fastsatt, endret, gjelder_fra, "
			+ "erstatter FROM instruks ";

	/** Newest start first, as {@link InstruksVersjon#start()}: the in-force date, else the amendment date, else the issue date. */
	private static final String NEWEST_FIRST = " ORDER BY coalesce(gjelder_fra, endret, fastsatt) DESC NULLS LAST, id DESC";

	private final JdbcClient jdbc;

	InstruksRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Section data and file as stored, for writes. */
	record Versjonsdata(long etatId, String tittel, List<String> fastsattAv, LocalDate fastsatt, LocalDate endret,
			LocalDate gjelderFra, String erstatter, List<SectionDraft> punkter) {
	}

	record Fil(String filnavn, String filtype, byte[] innhold) {
	}

	/** A section that matched, with its version: the page names the version as the version lists do. */
	record Treff(InstruksVersjon versjon, String nummer, String tittel, String utdrag) {
	}

	/** Versions withdrawn by an admin are left out of every list and answer unless {@code medTrukne}. */
	private static final String GYLDIG = " trukket_tilbake IS NULL ";

	List<InstruksVersjon> versjoner(long etatId) {
		return versjoner(etatId, false);
	}

	List<InstruksVersjon> versjoner(long etatId, boolean medTrukne) {
		return jdbc.sql(VERSJON + "WHERE etat_id = ?" + (medTrukne ? "" : " AND" + GYLDIG) + NEWEST_FIRST)
			.param(etatId).query(InstruksRepository::versjon).list();
	}

	List<InstruksVersjon> alle(boolean medTrukne) {
		return jdbc.sql(VERSJON + (medTrukne ? "" : "WHERE" + GYLDIG) + NEWEST_FIRST).query(InstruksRepository::versjon)
			.list();
	}

	/** Who withdrew a version and when. */
	record Tilbaketrekking(java.time.OffsetDateTime tidspunkt, String av) {
	}

	/** The withdrawal of the version, if it is withdrawn. */
	Optional<Tilbaketrekking> tilbaketrekking(long id) {
		return jdbc.sql("SELECT trukket_tilbake, trukket_tilbake_av FROM instruks WHERE id = ? AND trukket_tilbake "
				+ "IS NOT NULL").param(id)
			.query((rs, n) -> new Tilbaketrekking(rs.getObject("trukket_tilbake", java.time.OffsetDateTime.class),
					rs.getString("trukket_tilbake_av")))
			.optional();
	}

	/** The withdrawn versions among the agency's. */
	java.util.Set<Long> trukne(long etatId) {
		return new java.util.HashSet<>(jdbc.sql("SELECT id FROM instruks WHERE etat_id = ? AND trukket_tilbake IS NOT NULL")
			.param(etatId).query(Long.class).list());
	}

	/** Locks the version's row until the transaction ends: a withdrawal and its undo do not cross. */
	boolean las(long id) {
		return jdbc.sql("SELECT id FROM instruks WHERE id = ? FOR UPDATE").param(id).query(Long.class).optional()
			.isPresent();
	}

	/**
	 * Locks the version's row shared until the transaction ends (a withdrawal's {@link #las} waits for it, and it for
	 * the withdrawal) and says whether it is withdrawn; empty for an unknown version.
	 */
	Optional<Boolean> lasDelt(long id) {
		return jdbc.sql("SELECT trukket_tilbake IS NOT NULL FROM instruks WHERE id = ? FOR SHARE").param(id)
			.query(Boolean.class).optional();
	}

	void trekkTilbake(long id, String av) {
		jdbc.sql("UPDATE instruks SET trukket_tilbake = now(), trukket_tilbake_av = ? WHERE id = ?").params(av, id)
			.update();
	}

	void gjeninnsett(long id) {
		jdbc.sql("UPDATE instruks SET trukket_tilbake = NULL, trukket_tilbake_av = NULL WHERE id = ?").param(id)
			.update();
	}

	Optional<InstruksVersjon> versjon(long id) {
		return jdbc.sql(VERSJON + "WHERE id = ?").param(id).query(InstruksRepository::versjon).optional();
	}

	/**
	 * The version with the same agency, title and dates, withdrawn or not: a re-import of it updates it instead of
	 * adding one.
	 */
	Optional<InstruksVersjon> sammeVersjon(long etatId, String tittel, LocalDate fastsatt, LocalDate endret) {
		return jdbc.sql(VERSJON + "WHERE etat_id = ? AND lower(tittel) = lower(?) "
				+ "AND fastsatt IS NOT DISTINCT FROM ? AND endret IS NOT DISTINCT FROM ?")
			.params(etatId, tittel, fastsatt, endret).query(InstruksRepository::versjon).optional();
	}

	List<SectionDraft> punkter(long instruksId) {
		return jdbc.sql("SELECT nummer, tittel, tekst FROM instruks_punkt WHERE instruks_id = ? ORDER BY rekkefolge")
			.param(instruksId)
			.query((rs, n) -> new SectionDraft(rs.getString("nummer"), rs.getString("tittel"), rs.getString("tekst")))
			.list();
	}

	Optional<SectionDraft> punkt(long instruksId, String nummer) {
		return jdbc.sql("SELECT nummer, tittel, tekst FROM instruks_punkt WHERE instruks_id = ? AND nummer = ?")
			.params(instruksId, nummer)
			.query((rs, n) -> new SectionDraft(rs.getString("nummer"), rs.getString("tittel"), rs.getString("tekst")))
			.optional();
	}

	Optional<Fil> fil(long id) {
		return jdbc.sql("SELECT filnavn, filtype, fil FROM instruks WHERE id = ?").param(id)
			.query((rs, n) -> new Fil(rs.getString("filnavn"), rs.getString("filtype"), rs.getBytes("fil")))
			.optional();
	}

	long insert(Versjonsdata data, Fil fil, String sjekksum, String importertAv) {
		long id = jdbc.sql("INSERT INTO instruks (etat_id, tittel, fastsatt_av, fastsatt, endret, gjelder_fra, erstatter, "
				+ "filnavn, filtype, fil, sjekksum, importert_av) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
			.params(data.etatId(), data.tittel(), data.fastsattAv().toArray(String[]::new), data.fastsatt(),
					data.endret(), data.gjelderFra(), data.erstatter(), fil.filnavn(), fil.filtype(), fil.innhold(),
					sjekksum, importertAv)
			.query(Long.class).single();
		insertPunkter(id, data.punkter());
		return id;
	}

	void update(long id, Versjonsdata data, Fil fil, String sjekksum, String importertAv) {
		jdbc.sql("UPDATE instruks SET tittel = ?, fastsatt_av = ?, gjelder_fra = ?, erstatter = ?, filnavn = ?, "
				+ "filtype = ?, fil = ?, sjekksum = ?, importert = now(), importert_av = ? WHERE id = ?")
			.params(data.tittel(), data.fastsattAv().toArray(String[]::new), data.gjelderFra(), data.erstatter(),
					fil.filnavn(), fil.filtype(), fil.innhold(), sjekksum, importertAv, id)
			.update();
		jdbc.sql("DELETE FROM instruks_punkt WHERE instruks_id = ?").param(id).update();
		insertPunkter(id, data.punkter());
	}

	private void insertPunkter(long instruksId, List<SectionDraft> punkter) {
		int rekkefolge = 0;
		for (SectionDraft punkt : punkter) {
			jdbc.sql("INSERT INTO instruks_punkt (instruks_id, rekkefolge, nummer, tittel, tekst) VALUES (?, ?, ?, ?, ?)")
				.params(instruksId, rekkefolge++, punkt.number(), punkt.title(), punkt.text())
				.update();
		}
	}

	/** Drafts older than a day were left behind by an admin who never confirmed nor cancelled. */
	void saveDraft(UUID id, String filnavn, byte[] innhold, String bruker) {
		jdbc.sql("DELETE FROM instruks_utkast WHERE opprettet < now() - interval '1 day'").update();
		jdbc.sql("INSERT INTO instruks_utkast (id, filnavn, fil, opprettet_av) VALUES (?, ?, ?, ?)")
			.params(id, filnavn, innhold, bruker).update();
	}

	/**
	 * An uploaded file waiting for review; {@code bekreftet}, {@code bekreftetAv} (display name) and
	 * {@code instruksId} are set once it is confirmed.
	 */
	record Utkastrad(String filnavn, byte[] innhold, java.time.OffsetDateTime bekreftet, String bekreftetAv,
			Long instruksId) {
	}

	private static final String UTKAST = "SELECT filnavn, fil, bekreftet, bekreftet_av, instruks_id FROM instruks_utkast "
			+ "WHERE id = ?";

	Optional<Utkastrad> draft(UUID id) {
		return jdbc.sql(UTKAST).param(id).query(InstruksRepository::utkastrad).optional();
	}

	/** The draft, locked until the transaction ends: a second confirm or a cancel of it waits. */
	Optional<Utkastrad> draftForUpdate(UUID id) {
		return jdbc.sql(UTKAST + " FOR UPDATE").param(id).query(InstruksRepository::utkastrad).optional();
	}

	/** Marks the draft confirmed, by whom and into which version; it is kept till it expires, without its file. */
	void markConfirmed(UUID id, String av, long instruksId) {
		jdbc.sql("UPDATE instruks_utkast SET bekreftet = now(), bekreftet_av = ?, instruks_id = ?, fil = ''::bytea "
				+ "WHERE id = ?").params(av, instruksId, id).update();
	}

	private static Utkastrad utkastrad(ResultSet rs, int row) throws SQLException {
		long instruksId = rs.getLong("instruks_id");
		return new Utkastrad(rs.getString("filnavn"), rs.getBytes("fil"),
				rs.getObject("bekreftet", java.time.OffsetDateTime.class), rs.getString("bekreftet_av"),
				rs.wasNull() ? null : instruksId);
	}

	void deleteDraft(UUID id) {
		jdbc.sql("DELETE FROM instruks_utkast WHERE id = ?").param(id).update();
	}

	/** Full-text search in the norwegian configuration; {@code ⟦ ⟧} mark the hits in the excerpt. */
	List<Treff> sok(String sporring) {
		return jdbc.sql("""
				SELECT i.id, i.etat_id, i.tittel, i.fastsatt_av, i.fastsatt, i.endret, i.gjelder_fra, i.erstatter,
				       p.nummer, p.tittel AS punkt_tittel,
				       ts_headline('norwegian', coalesce(nullif(p.tekst, ''), p.tittel), q,
				                   'StartSel=⟦, StopSel=⟧, MaxWords=40, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "')
				           AS utdrag
				FROM instruks_punkt p
				JOIN instruks i ON i.id = p.instruks_id
				CROSS JOIN websearch_to_tsquery('norwegian', ?) q
				WHERE p.sok @@ q AND i.trukket_tilbake IS NULL
				ORDER BY ts_rank(p.sok, q) DESC, coalesce(i.gjelder_fra, i.endret, i.fastsatt) DESC NULLS LAST, p.rekkefolge
				LIMIT 100""")
			.param(sporring)
			.query((rs, n) -> new Treff(versjon(rs, n), rs.getString("nummer"), rs.getString("punkt_tittel"),
					rs.getString("utdrag")))
			.list();
	}

	private static InstruksVersjon versjon(ResultSet rs, int row) throws SQLException {
		return new InstruksVersjon(rs.getLong("id"), rs.getLong("etat_id"), rs.getString("tittel"),
				Arrays.asList((String[]) rs.getArray("fastsatt_av").getArray()), rs.getObject("fastsatt", LocalDate.class),
				rs.getObject("endret", LocalDate.class), rs.getObject("gjelder_fra", LocalDate.class),
				rs.getString("erstatter"));
	}
}
