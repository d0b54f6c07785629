package no.hod.styringsregister.rapporteringskalender.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class KalenderRepository {

	private static final String KOLONNER = """
			id, brev_id, kilde_nokkel, aar, etat_id, type, dato, dato_anslatt, tid, tittel, merknad, naar_tekst,
			frekvens, kilde, manuelt_endret, slettet, versjon, endret_av, endret, brevets_dato, brevets_dato_anslatt,
			brevets_tid, brevets_tittel, endret_for_fjerning""";

	private final JdbcClient jdbc;

	KalenderRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Rad(long id, Long brevId, String kildeNokkel, int aar, long etatId, String type, LocalDate dato,
			boolean datoAnslatt, String tid, String tittel, String merknad, String naarTekst, String frekvens,
			String kilde, boolean manueltEndret, boolean slettet, long versjon, String endretAv, OffsetDateTime endret,
			LocalDate brevetsDato, Boolean brevetsDatoAnslatt, String brevetsTid, String brevetsTittel,
			Boolean endretForFjerning) {

		Innhold innhold() {
			return new Innhold(type, dato, datoAnslatt, tid, tittel, merknad, naarTekst, frekvens, kilde);
		}
	}

	/**
	 * What a letter says about an entry; compared on re-import.
	 *
	 * @param kilde {@link no.hod.styringsregister.rapporteringskalender.KalenderImport.Kilde} by name: the appendix
	 *     or the letter's text
	 */
	record Innhold(String type, LocalDate dato, boolean datoAnslatt, String tid, String tittel, String merknad,
			String naarTekst, String frekvens, String kilde) {
	}

	List<Rad> forBrev(long brevId) {
		return jdbc.sql("SELECT " + KOLONNER + " FROM kalenderoppforing WHERE brev_id = :brev").param("brev", brevId)
			.query(Rad.class).list();
	}

	Optional<Rad> finn(long id) {
		return jdbc.sql("SELECT " + KOLONNER + " FROM kalenderoppforing WHERE id = :id AND NOT slettet")
			.param("id", id).query(Rad.class).optional();
	}

	/** Whether the calendar has any entry at all, whenever. */
	boolean harOppforinger() {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM kalenderoppforing WHERE NOT slettet)").query(Boolean.class)
			.single();
	}

	List<Rad> iPeriode(LocalDate fra, LocalDate til) {
		return jdbc.sql("SELECT " + KOLONNER
				+ " FROM kalenderoppforing WHERE NOT slettet AND dato BETWEEN :fra AND :til ORDER BY dato, tid, id")
			.param("fra", fra).param("til", til).query(Rad.class).list();
	}

	void settInnFraBrev(long brevId, String nokkel, int aar, long etatId, Innhold innhold) {
		jdbc.sql("""
				INSERT INTO kalenderoppforing (brev_id, kilde_nokkel, aar, etat_id, type, dato, dato_anslatt, tid,
				                               tittel, merknad, naar_tekst, frekvens, kilde)
				VALUES (:brev, :nokkel, :aar, :etat, :type, :dato, :anslatt, :tid, :tittel, :merknad, :naar, :frekvens,
				        :kilde)""")
			.param("brev", brevId).param("nokkel", nokkel).param("aar", aar).param("etat", etatId)
			.param("type", innhold.type()).param("dato", innhold.dato()).param("anslatt", innhold.datoAnslatt())
			.param("tid", innhold.tid()).param("tittel", innhold.tittel()).param("merknad", innhold.merknad())
			.param("naar", innhold.naarTekst()).param("frekvens", innhold.frekvens()).param("kilde", innhold.kilde())
			.update();
	}

	void oppdaterFraBrev(long id, int aar, long etatId, Innhold innhold) {
		jdbc.sql("""
				UPDATE kalenderoppforing SET aar = :aar, etat_id = :etat, type = :type, dato = :dato,
				       dato_anslatt = :anslatt, tid = :tid, tittel = :tittel, merknad = :merknad, naar_tekst = :naar,
				       frekvens = :frekvens, kilde = :kilde, versjon = versjon + 1
				WHERE id = :id AND NOT manuelt_endret""")
			.param("id", id).param("aar", aar).param("etat", etatId).param("type", innhold.type())
			.param("dato", innhold.dato()).param("anslatt", innhold.datoAnslatt()).param("tid", innhold.tid())
			.param("tittel", innhold.tittel()).param("merknad", innhold.merknad()).param("naar", innhold.naarTekst())
			.param("frekvens", innhold.frekvens()).param("kilde", innhold.kilde()).update();
	}

	/**
	 * What the letter now gives for an entry an admin has edited: the edit stays, but what it is shown to replace is
	 * the letter's current word. Only where the first edit kept the letter's own (V113).
	 */
	void oppdaterBrevetsEgen(long id, Innhold innhold) {
		jdbc.sql("""
				UPDATE kalenderoppforing SET brevets_dato = :dato, brevets_dato_anslatt = :anslatt, brevets_tid = :tid,
				       brevets_tittel = :tittel
				WHERE id = :id AND brevets_dato IS NOT NULL""")
			.param("id", id).param("dato", innhold.dato()).param("anslatt", innhold.datoAnslatt())
			.param("tid", innhold.tid()).param("tittel", innhold.tittel()).update();
	}

	/**
	 * What the letter now gives for an entry removed by hand that had not been edited: it stays removed, but a restore
	 * brings back the letter's current word, as the letter's (V115). The version moves, so a restore from a list read
	 * before is refused.
	 */
	void oppdaterFjernetFraBrev(long id, int aar, long etatId, Innhold innhold) {
		jdbc.sql("""
				UPDATE kalenderoppforing SET aar = :aar, etat_id = :etat, type = :type, dato = :dato,
				       dato_anslatt = :anslatt, tid = :tid, tittel = :tittel, merknad = :merknad, naar_tekst = :naar,
				       frekvens = :frekvens, kilde = :kilde, versjon = versjon + 1
				WHERE id = :id AND slettet AND endret_for_fjerning IS FALSE""")
			.param("id", id).param("aar", aar).param("etat", etatId).param("type", innhold.type())
			.param("dato", innhold.dato()).param("anslatt", innhold.datoAnslatt()).param("tid", innhold.tid())
			.param("tittel", innhold.tittel()).param("merknad", innhold.merknad()).param("naar", innhold.naarTekst())
			.param("frekvens", innhold.frekvens()).param("kilde", innhold.kilde()).update();
	}

	/**
	 * An entry removed by hand, not edited before, that the letter no longer gives: kept removed, so that a later
	 * version giving it again does not bring it back, and no longer following the letter. Restored, it stands by the
	 * admin's hand (changed by hand, which a re-import leaves), not as the letter's, which the next import would drop.
	 */
	void fjernetUtgattFraBrev(long id) {
		jdbc.sql("""
				UPDATE kalenderoppforing SET endret_for_fjerning = NULL, versjon = versjon + 1
				WHERE id = :id AND slettet AND endret_for_fjerning IS FALSE""").param("id", id).update();
	}

	void slettFraBrev(long id) {
		jdbc.sql("DELETE FROM kalenderoppforing WHERE id = :id AND NOT manuelt_endret").param("id", id).update();
	}

	/**
	 * Every entry of a withdrawn letter still in the calendar, edited by hand or not; those removed by hand stay
	 * marked, so that a new import of the letter leaves them out as before.
	 */
	void slettSynligeFraBrev(long brevId) {
		jdbc.sql("DELETE FROM kalenderoppforing WHERE brev_id = :brev AND NOT slettet").param("brev", brevId).update();
	}

	/**
	 * @return the new entry's id, or empty when the unique index of entries made by hand (V108) holds one like it
	 *     already: one made at the same instant by another request, which this insert waited for
	 */
	Optional<Long> settInnManuelt(long etatId, String type, LocalDate dato, String tid, String tittel, String merknad,
			String av) {
		return jdbc.sql("""
				INSERT INTO kalenderoppforing (aar, etat_id, type, dato, tid, tittel, merknad, manuelt_endret,
				                               endret_av, endret)
				VALUES (:aar, :etat, :type, :dato, :tid, :tittel, :merknad, true, :av, now())
				ON CONFLICT (etat_id, type, dato, coalesce(tid, ''), tittel)
				   WHERE brev_id IS NULL AND NOT slettet AND NOT tidligere_dublett
				DO NOTHING RETURNING id""")
			.param("aar", dato.getYear()).param("etat", etatId).param("type", type).param("dato", dato)
			.param("tid", tid).param("tittel", tittel).param("merknad", merknad).param("av", av)
			.query(Long.class).optional();
	}

	/**
	 * An entry in the calendar with this agency, kind, day, time and title, if one is there, other than
	 * {@code utenom} (the entry being changed; {@code null} for a new one).
	 */
	Optional<Long> finnLik(long etatId, String type, LocalDate dato, String tid, String tittel, Long utenom) {
		return jdbc.sql("""
				SELECT id FROM kalenderoppforing
				WHERE etat_id = :etat AND type = :type AND dato = :dato AND tid IS NOT DISTINCT FROM :tid
				  AND tittel = :tittel AND NOT slettet AND id IS DISTINCT FROM :utenom
				ORDER BY id LIMIT 1""")
			.param("etat", etatId).param("type", type).param("dato", dato).param("tid", tid).param("tittel", tittel)
			.param("utenom", utenom).query(Long.class).optional();
	}

	/**
	 * False when someone else changed the entry since {@code versjon} was read. A change brings an entry marked as an
	 * older duplicate (V108) under the unique index again. The first edit of a letter's entry keeps the letter's own
	 * day, time and title (V113), so the calendar can say what the letter gave; the right-hand sides read the row as
	 * it was before this update.
	 *
	 * @throws org.springframework.dao.DuplicateKeyException when an entry made by hand becomes one like another
	 */
	boolean endreManuelt(long id, long versjon, long etatId, String type, LocalDate dato, String tid, String tittel,
			String merknad, String av) {
		return jdbc.sql("""
				UPDATE kalenderoppforing SET etat_id = :etat, type = :type, dato = :dato, dato_anslatt = false,
				       tid = :tid, tittel = :tittel, merknad = :merknad, manuelt_endret = true, endret_av = :av,
				       endret = now(), versjon = versjon + 1, tidligere_dublett = false,
				       brevets_dato = CASE WHEN brev_id IS NOT NULL AND NOT manuelt_endret THEN dato ELSE brevets_dato END,
				       brevets_dato_anslatt = CASE WHEN brev_id IS NOT NULL AND NOT manuelt_endret THEN dato_anslatt
				                                   ELSE brevets_dato_anslatt END,
				       brevets_tid = CASE WHEN brev_id IS NOT NULL AND NOT manuelt_endret THEN tid ELSE brevets_tid END,
				       brevets_tittel = CASE WHEN brev_id IS NOT NULL AND NOT manuelt_endret THEN tittel
				                             ELSE brevets_tittel END
				WHERE id = :id AND versjon = :versjon AND NOT slettet""")
			.param("id", id).param("versjon", versjon).param("etat", etatId).param("type", type).param("dato", dato)
			.param("tid", tid).param("tittel", tittel).param("merknad", merknad).param("av", av).update() == 1;
	}

	/**
	 * Only marked, so that a re-import does not bring a letter's entry back and an admin can restore it (V115). Who
	 * removed it is kept apart from who edited it, and whether it was edited ({@code endret_for_fjerning}, the
	 * right-hand side reads the row as it was), so that a restored entry is what it was.
	 */
	void slettManuelt(long id, String av) {
		jdbc.sql("""
				UPDATE kalenderoppforing SET slettet = true, manuelt_endret = true, endret_for_fjerning = manuelt_endret,
				       fjernet_av = :av, fjernet = now(), versjon = versjon + 1
				WHERE id = :id AND NOT slettet""").param("id", id).param("av", av).update();
	}

	/**
	 * An entry removed by hand, as «Fjernet for hånd» lists it.
	 *
	 * @param kilde as {@link Rad#kilde()}
	 */
	record Fjernet(long id, Long brevId, int aar, long etatId, String type, LocalDate dato, String tid, String tittel,
			String kilde, String fjernetAv, OffsetDateTime fjernet, long versjon) {
	}

	private static final String FJERNET = """
			SELECT id, brev_id, aar, etat_id, type, dato, tid, tittel, kilde, fjernet_av, fjernet, versjon
			FROM kalenderoppforing WHERE slettet AND NOT brev_trukket_tilbake""";

	/**
	 * Every entry removed by hand that may come back, the last removed first; not those of a withdrawn letter, which
	 * the calendar no longer holds.
	 */
	List<Fjernet> fjernede() {
		return jdbc.sql(FJERNET + " ORDER BY fjernet DESC NULLS LAST, id DESC").query(Fjernet.class).list();
	}

	Optional<Fjernet> finnFjernet(long id) {
		return jdbc.sql(FJERNET + " AND id = :id").param("id", id).query(Fjernet.class).optional();
	}

	/**
	 * Puts an entry removed by hand back, as it was: a letter's entry changed by hand only if it had been before it
	 * was removed, so that a re-import updates one that was not. An entry made by hand comes under the unique index
	 * (V108) again.
	 *
	 * @return false when someone else restored or changed it since {@code versjon} was read
	 * @throws org.springframework.dao.DuplicateKeyException when an entry made by hand is like one the calendar has
	 */
	boolean gjenopprett(long id, long versjon) {
		return jdbc.sql("""
				UPDATE kalenderoppforing SET slettet = false,
				       manuelt_endret = brev_id IS NULL OR coalesce(endret_for_fjerning, true),
				       endret_for_fjerning = NULL, fjernet_av = NULL, fjernet = NULL, tidligere_dublett = false,
				       versjon = versjon + 1
				WHERE id = :id AND versjon = :versjon AND slettet AND NOT brev_trukket_tilbake""")
			.param("id", id).param("versjon", versjon).update() == 1;
	}

	/** What an admin removed from a withdrawn letter is not offered back; importing the letter again clears it. */
	void merkBrevTrukketTilbake(long brevId, boolean trukket) {
		jdbc.sql("""
				UPDATE kalenderoppforing SET brev_trukket_tilbake = :trukket
				WHERE brev_id = :brev AND brev_trukket_tilbake <> :trukket""")
			.param("brev", brevId).param("trukket", trukket).update();
	}
}
