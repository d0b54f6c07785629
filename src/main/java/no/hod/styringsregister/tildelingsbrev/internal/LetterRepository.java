package no.hod.styringsregister.tildelingsbrev.internal;

import java.sql.Array;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import no.hod.styringsregister.tildelingsbrev.internal.parsing.GoalDraft;

/** The letter tables of this module. */
@Repository
class LetterRepository {

	private final JdbcClient jdbc;

	LetterRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * {@code versjon} counts the imports into the letter; {@code importertAvNavn} is the display name of who imported
	 * it last (null for letters imported before it was kept); {@code trukketTilbake} and {@code trukketTilbakeAv} are
	 * set while the letter is withdrawn.
	 */
	record Letter(long id, long etatId, int aar, String type, String layout, String filnavn, String format,
			String sha256, OffsetDateTime importert, String importertAv, long versjon, String importertAvNavn,
			OffsetDateTime trukketTilbake, String trukketTilbakeAv) {

		public boolean erTrukket() {
			return trukketTilbake != null;
		}
	}

	/**
	 * @param handling IMPORT, or TRUKKET_TILBAKE for a withdrawal (then only {@code fjernet} counts)
	 * @param harFil the file this import read is kept with the row (not for imports logged before files were kept,
	 * except the latest of a letter, nor for a withdrawal, which read none)
	 */
	record ImportLogg(long id, OffsetDateTime tidspunkt, String bruker, String filnavn, int lagtTil, int endret,
			int fjernet, int uendret, List<String> advarsler, String handling, boolean harFil) {

		public boolean erTilbaketrekking() {
			return "TRUKKET_TILBAKE".equals(handling);
		}
	}

	/**
	 * A budget line an import of a new version of the letter added, changed or removed; amounts in 1 000 kr,
	 * {@code null} where there was or is none; {@code felter} the fields that changed (BevilgningImport's names).
	 */
	record Budsjettendring(long importId, String type, int kapittel, int post, String navn, Long belopFra,
			Long belopTil, List<String> felter) {

		/** {@code 701.21}, as the letters write a chapter and post. */
		public String nummer() {
			return kapittel + "." + (post < 10 ? "0" + post : String.valueOf(post));
		}

		public boolean belopEndret() {
			return !Objects.equals(belopFra, belopTil);
		}
	}

	/**
	 * {@code uttatt}: the rows the admin took out, as JSON ({@link Korrigeringer.Uttatt}); null if none ever were.
	 * {@code bekreftet}, {@code bekreftetAv} and {@code brevId} are set once it is confirmed; file and draft are empty
	 * then. {@code tolket}: the draft as the parser read it, before any correction (null for older drafts).
	 */
	record Draft(UUID id, String bruker, String filnavn, String format, byte[] fil, String sha256, String utkast,
			String uttatt, OffsetDateTime bekreftet, String bekreftetAv, Long brevId, OffsetDateTime sammenlignet,
			Long sammenlignetBrevId, Long sammenlignetVersjon, String tolket) {

		boolean erBekreftet() {
			return bekreftet != null;
		}
	}

	record File(String filnavn, String format, byte[] innhold) {
	}

	private static final String LETTER_COLUMNS = "id, etat_id, aar, type, layout, filnavn, format, sha256, importert, importert_av, "
			+ "versjon, importert_av_navn, trukket_tilbake, trukket_tilbake_av";

	Optional<Letter> findMain(long etatId, int aar) {
		return jdbc.sql("SELECT " + LETTER_COLUMNS + " FROM tildelingsbrev WHERE etat_id = ? AND aar = ? AND type = 'MAIN'")
			.params(etatId, aar).query(Letter.class).optional();
	}

	/** A supplementary letter of the same agency and year that shares an assignment id with the new one. */
	Optional<Letter> findSupplementary(long etatId, int aar, List<String> oppdragIder) {
		if (oppdragIder.isEmpty()) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT " + LETTER_COLUMNS + " FROM tildelingsbrev WHERE etat_id = :etat AND aar = :aar "
				+ "AND type = 'SUPPLEMENTARY' AND oppdrag_ider && CAST(:ider AS text[]) ORDER BY id LIMIT 1")
			.param("etat", etatId).param("aar", aar).param("ider", oppdragIder.toArray(String[]::new))
			.query(Letter.class).optional();
	}

	/**
	 * Until the transaction ends, no other import of the agency's letters of the year gets past this: whether a
	 * letter exists is then read only once the one before is written.
	 */
	void lockAgencyYear(long etatId, int aar) {
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('tildelingsbrev'), hashtext(:nokkel))")
			.param("nokkel", etatId + "-" + aar).query((rs, i) -> 1).list();
	}

	Optional<Letter> find(long id) {
		return jdbc.sql("SELECT " + LETTER_COLUMNS + " FROM tildelingsbrev WHERE id = ?").param(id).query(Letter.class)
			.optional();
	}

	/**
	 * The letter, locked until the transaction ends: a second withdrawal, or a withdrawal and an import of the same
	 * letter, wait for the first and then see what it did.
	 */
	Optional<Letter> findForUpdate(long id) {
		return jdbc.sql("SELECT " + LETTER_COLUMNS + " FROM tildelingsbrev WHERE id = ? FOR UPDATE").param(id)
			.query(Letter.class).optional();
	}

	/** Marks the letter withdrawn; its row, file, goals and log stay. */
	void markWithdrawn(long id, String av) {
		jdbc.sql("UPDATE tildelingsbrev SET trukket_tilbake = now(), trukket_tilbake_av = ?, versjon = versjon + 1 "
				+ "WHERE id = ?").params(av, id).update();
	}

	List<Letter> all() {
		return jdbc.sql("SELECT " + LETTER_COLUMNS + " FROM tildelingsbrev ORDER BY aar DESC, etat_id, type, id")
			.query(Letter.class).list();
	}

	Optional<File> file(long id) {
		return jdbc.sql("SELECT filnavn, format, fil AS innhold FROM tildelingsbrev WHERE id = ?").param(id).query(File.class)
			.optional();
	}

	long insert(long etatId, int aar, String type, String layout, String filnavn, String format, byte[] fil,
			String sha256, List<String> oppdragIder, String bruker, String brukerNavn) {
		return jdbc.sql("""
				INSERT INTO tildelingsbrev (etat_id, aar, type, layout, filnavn, format, fil, sha256, oppdrag_ider, importert_av,
				    importert_av_navn)
				VALUES (:etat, :aar, :type, :layout, :filnavn, :format, :fil, :sha, CAST(:ider AS text[]), :bruker, :navn)
				RETURNING id""").param("navn", brukerNavn)
			.param("etat", etatId).param("aar", aar).param("type", type).param("layout", layout)
			.param("filnavn", filnavn).param("format", format).param("fil", fil).param("sha", sha256)
			.param("ider", oppdragIder.toArray(String[]::new)).param("bruker", bruker)
			.query(Long.class).single();
	}

	void update(long id, String layout, String filnavn, String format, byte[] fil, String sha256,
			List<String> oppdragIder, String bruker, String brukerNavn) {
		jdbc.sql("""
				UPDATE tildelingsbrev SET layout = :layout, filnavn = :filnavn, format = :format, fil = :fil, sha256 = :sha,
				    oppdrag_ider = CAST(:ider AS text[]), importert = now(), importert_av = :bruker,
				    importert_av_navn = :navn, versjon = versjon + 1, trukket_tilbake = NULL, trukket_tilbake_av = NULL
				WHERE id = :id""").param("navn", brukerNavn)
			.param("id", id).param("layout", layout).param("filnavn", filnavn).param("format", format)
			.param("fil", fil).param("sha", sha256).param("ider", oppdragIder.toArray(String[]::new))
			.param("bruker", bruker).update();
	}

	void replaceGoals(long brevId, List<GoalDraft> goals) {
		jdbc.sql("DELETE FROM tildelingsbrev_mal WHERE brev_id = ?").param(brevId).update();
		for (GoalDraft goal : goals) {
			jdbc.sql("""
					INSERT INTO tildelingsbrev_mal (brev_id, nummer, tittel, styringsparametere, nokkeltall)
					VALUES (:brev, :nummer, :tittel, CAST(:parametere AS text[]), CAST(:tall AS text[]))
					ON CONFLICT (brev_id, nummer) DO NOTHING""")
				.param("brev", brevId).param("nummer", goal.number()).param("tittel", goal.title())
				.param("parametere", goal.steeringParameters().toArray(String[]::new))
				.param("tall", goal.keyFigures().toArray(String[]::new)).update();
		}
	}

	List<GoalDraft> goals(long brevId) {
		return jdbc.sql("SELECT nummer, tittel, styringsparametere, nokkeltall FROM tildelingsbrev_mal WHERE brev_id = ? "
				+ "ORDER BY string_to_array(nummer, '.')::int[]")
			.param(brevId)
			.query((rs, n) -> new GoalDraft(rs.getString(1), rs.getString(2), strings(rs.getArray(3)),
					strings(rs.getArray(4))))
			.list();
	}

	/** Logs an import with the file it read, which stays retrievable when a later version replaces it; its id. */
	long logImport(long brevId, String bruker, String filnavn, String format, byte[] fil, String sha256, int lagtTil,
			int endret, int fjernet, int uendret, List<String> advarsler) {
		return jdbc.sql("""
				INSERT INTO tildelingsbrev_import (brev_id, bruker, filnavn, format, fil, sha256, lagt_til, endret, fjernet,
				                                   uendret, advarsler)
				VALUES (:brev, :bruker, :filnavn, :format, :fil, :sha, :lagt, :endret, :fjernet, :uendret,
				        CAST(:advarsler AS text[]))
				RETURNING id""")
			.param("brev", brevId).param("bruker", bruker).param("filnavn", filnavn).param("format", format)
			.param("fil", fil).param("sha", sha256)
			.param("lagt", lagtTil).param("endret", endret).param("fjernet", fjernet).param("uendret", uendret)
			.param("advarsler", advarsler.toArray(String[]::new)).query(Long.class).single();
	}

	/** What the import did to the letter's budget lines, in the order given. */
	void logBudsjettendringer(long importId, List<Budsjettendring> endringer) {
		int nr = 0;
		for (Budsjettendring e : endringer) {
			jdbc.sql("""
					INSERT INTO tildelingsbrev_import_budsjettlinje (import_id, nr, type, kapittel, post, navn, belop_fra,
					                                                 belop_til, felter)
					VALUES (:import, :nr, :type, :kapittel, :post, :navn, :fra, :til, CAST(:felter AS text[]))""")
				.param("import", importId).param("nr", ++nr).param("type", e.type()).param("kapittel", e.kapittel())
				.param("post", e.post()).param("navn", e.navn()).param("fra", e.belopFra()).param("til", e.belopTil())
				.param("felter", e.felter().toArray(String[]::new)).update();
		}
	}

	/** The budget line changes of every import of the letter, by import in the order logged. */
	List<Budsjettendring> budsjettendringer(long brevId) {
		return jdbc.sql("""
				SELECT b.import_id, b.type, b.kapittel, b.post, b.navn, b.belop_fra, b.belop_til, b.felter
				FROM tildelingsbrev_import_budsjettlinje b JOIN tildelingsbrev_import i ON i.id = b.import_id
				WHERE i.brev_id = ? ORDER BY b.import_id, b.nr""")
			.param(brevId)
			.query((rs, n) -> new Budsjettendring(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
					rs.getString(5), (Long) rs.getObject(6), (Long) rs.getObject(7), strings(rs.getArray(8))))
			.list();
	}

	/** The file an import of the letter read, where it is kept. */
	Optional<File> importFile(long brevId, long importId) {
		return jdbc.sql("SELECT filnavn, format, fil AS innhold FROM tildelingsbrev_import "
				+ "WHERE brev_id = ? AND id = ? AND fil IS NOT NULL").params(brevId, importId).query(File.class)
			.optional();
	}

	/** A withdrawal in the letter's log, beside its imports. */
	void logWithdrawal(long brevId, String bruker, String filnavn, String sha256, int fjernet) {
		jdbc.sql("""
				INSERT INTO tildelingsbrev_import (brev_id, bruker, filnavn, sha256, lagt_til, endret, fjernet, uendret,
				                                   handling)
				VALUES (:brev, :bruker, :filnavn, :sha, 0, 0, :fjernet, 0, 'TRUKKET_TILBAKE')""")
			.param("brev", brevId).param("bruker", bruker).param("filnavn", filnavn).param("sha", sha256)
			.param("fjernet", fjernet).update();
	}

	List<ImportLogg> imports(long brevId) {
		return jdbc.sql("SELECT id, tidspunkt, bruker, filnavn, lagt_til, endret, fjernet, uendret, advarsler, handling, "
				+ "fil IS NOT NULL FROM tildelingsbrev_import WHERE brev_id = ? ORDER BY tidspunkt DESC, id DESC")
			.param(brevId)
			.query((rs, n) -> new ImportLogg(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
					rs.getString(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), strings(rs.getArray(9)),
					rs.getString(10), rs.getBoolean(11)))
			.list();
	}

	void saveDraft(UUID id, String bruker, String filnavn, String format, byte[] fil, String sha256, String utkast,
			String tolket) {
		// Drafts nobody confirmed within a day are abandoned uploads.
		jdbc.sql("DELETE FROM tildelingsbrev_utkast WHERE opprettet < now() - interval '1 day'").update();
		jdbc.sql("INSERT INTO tildelingsbrev_utkast (id, bruker, filnavn, format, fil, sha256, utkast, tolket) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, bruker, filnavn, format, fil, sha256, utkast, tolket).update();
	}

	/** The admin's corrections at the letter's last confirmed import, as JSON ({@link Rettelser}); empty if none. */
	Optional<String> rettelser(long brevId) {
		return jdbc.sql("SELECT rettelser FROM tildelingsbrev WHERE id = ? AND rettelser IS NOT NULL").param(brevId)
			.query(String.class).optional();
	}

	void saveRettelser(long brevId, String rettelser) {
		jdbc.sql("UPDATE tildelingsbrev SET rettelser = ? WHERE id = ?").params(rettelser, brevId).update();
	}

	/** A draft as the letters page lists it. */
	/** A draft waiting for review, with the agency and year the letter was read as ({@code etat}, {@code aar}). */
	record DraftSummary(UUID id, String bruker, String filnavn, OffsetDateTime opprettet, String etat, Integer aar) {
	}

	/** Drafts still waiting for review, newest first; those abandoned for a day are as good as gone. */
	List<DraftSummary> openDrafts() {
		return jdbc.sql("SELECT id, bruker, filnavn, opprettet, utkast::jsonb ->> 'agency' AS etat, "
				+ "(utkast::jsonb ->> 'year')::int AS aar FROM tildelingsbrev_utkast "
				+ "WHERE opprettet >= now() - interval '1 day' AND bekreftet IS NULL ORDER BY opprettet DESC")
			.query(DraftSummary.class).list();
	}

	private static final String DRAFT_COLUMNS = "id, bruker, filnavn, format, fil, sha256, utkast, uttatt, bekreftet, "
			+ "bekreftet_av, brev_id, sammenlignet, sammenlignet_brev_id, sammenlignet_versjon, tolket";

	Optional<Draft> draft(UUID id) {
		return jdbc.sql("SELECT " + DRAFT_COLUMNS + " FROM tildelingsbrev_utkast WHERE id = ?")
			.param(id).query(Draft.class).optional();
	}

	/**
	 * The draft, locked until the transaction ends: a second confirm (or a correction or cancel) of the same draft
	 * waits for the first and then sees it confirmed.
	 */
	Optional<Draft> draftForUpdate(UUID id) {
		return jdbc.sql("SELECT " + DRAFT_COLUMNS + " FROM tildelingsbrev_utkast WHERE id = ? FOR UPDATE")
			.param(id).query(Draft.class).optional();
	}

	void updateDraft(UUID id, String utkast, String uttatt) {
		jdbc.sql("UPDATE tildelingsbrev_utkast SET utkast = ?, uttatt = ? WHERE id = ? AND bekreftet IS NULL")
			.params(utkast, uttatt, id).update();
	}

	/**
	 * Records what the draft's review was just computed against: the letter it would update ({@code null}: none) and
	 * that letter's version.
	 */
	void markCompared(UUID id, Long brevId, Long versjon) {
		jdbc.sql("UPDATE tildelingsbrev_utkast SET sammenlignet = now(), sammenlignet_brev_id = ?, "
				+ "sammenlignet_versjon = ? WHERE id = ? AND bekreftet IS NULL")
			.params(brevId, versjon, id).update();
	}

	/** Marks the draft confirmed, by whom and into which letter, and lets go of its file and content. */
	void markConfirmed(UUID id, String av, long brevId) {
		jdbc.sql("UPDATE tildelingsbrev_utkast SET bekreftet = now(), bekreftet_av = ?, brev_id = ?, "
				+ "fil = ''::bytea, utkast = '', uttatt = NULL, tolket = NULL WHERE id = ?")
			.params(av, brevId, id).update();
	}

	/** Removes a draft not yet confirmed; false if there is none such. */
	boolean deleteDraft(UUID id) {
		return jdbc.sql("DELETE FROM tildelingsbrev_utkast WHERE id = ? AND bekreftet IS NULL").param(id).update() > 0;
	}

	private static List<String> strings(Array array) throws java.sql.SQLException {
		return array == null ? List.of() : List.of((String[]) array.getArray());
	}
}
