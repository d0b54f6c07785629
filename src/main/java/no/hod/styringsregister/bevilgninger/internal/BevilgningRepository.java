package no.hod.styringsregister.bevilgninger.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import no.hod.styringsregister.bevilgninger.BevilgningImport.BevilgningData;
import no.hod.styringsregister.bevilgninger.BevilgningImport.FullmaktData;
import no.hod.styringsregister.oppdrag.Budsjettposter;

@Repository
class BevilgningRepository {

	/** The rows of each chapter/post from the latest letter of the year that gives it. */
	private static final String GJELDENDE = """
			SELECT id, aar, kapittel, post, nr, navn, belop, belop_forrige_aar, inntekt, kommentar, departement
			FROM bevilgning b WHERE etat_id = :etat AND aar = :aar
			  AND brev_id = (SELECT max(brev_id) FROM bevilgning s WHERE s.etat_id = b.etat_id AND s.aar = b.aar
			                 AND s.kapittel = b.kapittel AND s.post = b.post)
			ORDER BY kapittel, post, nr""";

	private final JdbcClient jdbc;

	BevilgningRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @param departement another ministry's, {@code null} for the ministry's own line */
	record Rad(long id, int aar, int kapittel, int post, int nr, String navn, Long belop, Long belopForrigeAar,
			boolean inntekt, String kommentar, String departement) {

		BevilgningData data() {
			return new BevilgningData(kapittel, post, navn, belop, belopForrigeAar, inntekt, kommentar, departement);
		}
	}

	record FullmaktRad(String type, String tekst) {
	}

	List<Rad> forBrev(long brevId) {
		return jdbc.sql("""
				SELECT id, aar, kapittel, post, nr, navn, belop, belop_forrige_aar, inntekt, kommentar, departement
				FROM bevilgning WHERE brev_id = :brev ORDER BY kapittel, post, nr""").param("brev", brevId)
			.query(Rad.class).list();
	}

	List<FullmaktData> fullmakterForBrev(long brevId) {
		return jdbc.sql("SELECT type, tekst FROM fullmakt WHERE brev_id = :brev ORDER BY rekkefolge")
			.param("brev", brevId).query(FullmaktData.class).list();
	}

	void insert(long brevId, int aar, long etatId, int nr, BevilgningData linje) {
		jdbc.sql("""
				INSERT INTO bevilgning (brev_id, aar, etat_id, kapittel, post, nr, navn, belop, belop_forrige_aar,
				                        inntekt, kommentar, departement)
				VALUES (:brev, :aar, :etat, :kapittel, :post, :nr, :navn, :belop, :forrige, :inntekt, :kommentar,
				        :departement)""")
			.param("brev", brevId).param("aar", aar).param("etat", etatId).param("nr", nr).params(felter(linje))
			.update();
	}

	void update(long id, int aar, long etatId, int nr, BevilgningData linje) {
		jdbc.sql("""
				UPDATE bevilgning SET aar = :aar, etat_id = :etat, nr = :nr, kapittel = :kapittel, post = :post,
				       navn = :navn, belop = :belop, belop_forrige_aar = :forrige, inntekt = :inntekt, kommentar = :kommentar,
				       departement = :departement
				WHERE id = :id""").param("id", id).param("aar", aar).param("etat", etatId).param("nr", nr)
			.params(felter(linje))
			.update();
	}

	private static Map<String, Object> felter(BevilgningData linje) {
		Map<String, Object> felter = new HashMap<>();
		felter.put("kapittel", linje.kapittel());
		felter.put("post", linje.post());
		felter.put("navn", linje.navn());
		felter.put("belop", linje.belop());
		felter.put("forrige", linje.belopForrigeAar());
		felter.put("inntekt", linje.inntekt());
		felter.put("kommentar", linje.kommentar());
		felter.put("departement", linje.departement());
		return felter;
	}

	/**
	 * Records that a new version of the letter changed the line's amount; the time is the import's (the
	 * transaction's).
	 */
	void belopEndret(long id, long brevId, Long fra, Long til) {
		jdbc.sql("""
				INSERT INTO bevilgning_belopsendring (bevilgning_id, brev_id, belop_fra, belop_til)
				VALUES (:id, :brev, :fra, :til)""").param("id", id).param("brev", brevId).param("fra", fra)
			.param("til", til).update();
	}

	/** A change of a line's amount by a new version of its letter. Amounts in 1 000 kr, null for none. */
	record Belopsendring(long bevilgningId, long brevId, Long belopFra, Long belopTil, OffsetDateTime endret) {
	}

	/** The amount changes of the lines, oldest first, by line; a line without any is not in the map. */
	Map<Long, List<Belopsendring>> belopsendringer(List<Long> ider) {
		Map<Long, List<Belopsendring>> perLinje = new LinkedHashMap<>();
		if (ider.isEmpty()) {
			return perLinje;
		}
		jdbc.sql("""
				SELECT bevilgning_id, brev_id, belop_fra, belop_til, endret FROM bevilgning_belopsendring
				WHERE bevilgning_id = ANY(:ider) ORDER BY bevilgning_id, endret, id""")
			.param("ider", ider.toArray(Long[]::new)).query(Belopsendring.class).list()
			.forEach(e -> perLinje.computeIfAbsent(e.bevilgningId(), id -> new ArrayList<>()).add(e));
		return perLinje;
	}

	void delete(long id) {
		jdbc.sql("DELETE FROM bevilgning WHERE id = :id").param("id", id).update();
	}

	void replaceFullmakter(long brevId, int aar, long etatId, List<FullmaktData> fullmakter) {
		jdbc.sql("DELETE FROM fullmakt WHERE brev_id = :brev").param("brev", brevId).update();
		int rekkefolge = 0;
		for (FullmaktData fullmakt : fullmakter) {
			jdbc.sql("""
					INSERT INTO fullmakt (brev_id, aar, etat_id, type, tekst, rekkefolge)
					VALUES (:brev, :aar, :etat, :type, :tekst, :rekkefolge)""").param("brev", brevId).param("aar", aar)
				.param("etat", etatId).param("type", fullmakt.type()).param("tekst", fullmakt.tekst())
				.param("rekkefolge", rekkefolge++).update();
		}
	}

	/** The lines of an agency's year: per chapter and post, the rows of the latest letter that gives the post. */
	List<Rad> gjeldende(long etatId, int aar) {
		return jdbc.sql(GJELDENDE).param("etat", etatId).param("aar", aar).query(Rad.class).list();
	}

	/** The chapters and posts with lines in an agency's year: those {@link #gjeldende} gives rows for. */
	List<Budsjettposter.Post> poster(long etatId, int aar) {
		return jdbc.sql("SELECT DISTINCT kapittel, post FROM bevilgning WHERE etat_id = :etat AND aar = :aar")
			.param("etat", etatId).param("aar", aar).query(Budsjettposter.Post.class).list();
	}

	/** The authorisations of an agency's year over all its letters, each text once, in letter order. */
	List<FullmaktRad> fullmakter(long etatId, int aar) {
		return jdbc.sql("""
				SELECT type, tekst FROM (
				    SELECT DISTINCT ON (type, tekst) type, tekst, brev_id, rekkefolge FROM fullmakt
				    WHERE etat_id = :etat AND aar = :aar ORDER BY type, tekst, brev_id, rekkefolge) f
				ORDER BY brev_id, rekkefolge""").param("etat", etatId).param("aar", aar).query(FullmaktRad.class).list();
	}

	/**
	 * Lines per agency in the year asked for and in the newest year with lines, for the agencies with lines in either
	 * and the one of {@code egenEtat} if it has lines at all. A line is counted once over the year's letters by its
	 * chapter, post and row: near enough to what the page shows, without picking each post's latest letter.
	 */
	List<Linjetall> linjetall(Integer aar, Long egenEtat) {
		return jdbc.sql("""
				SELECT etat_id,
				       count(DISTINCT (kapittel, post, nr)) FILTER (WHERE aar = CAST(:aar AS integer)) AS i_aaret,
				       count(DISTINCT (kapittel, post, nr)) FILTER (WHERE aar = nyeste) AS i_nyeste
				FROM bevilgning, (SELECT max(aar) AS nyeste FROM bevilgning) n
				WHERE aar = CAST(:aar AS integer) OR aar = nyeste OR etat_id = CAST(:egen AS bigint)
				GROUP BY etat_id""").param("aar", aar).param("egen", egenEtat).query(Linjetall.class).list();
	}

	/** An agency's lines in the year asked for ({@code 0} without one) and in the register's newest year. */
	record Linjetall(long etatId, long iAaret, long iNyeste) {
	}

	/** Years with lines or authorisations for the agency, newest first. */
	List<Integer> aar(long etatId) {
		return jdbc.sql("""
				SELECT aar FROM bevilgning WHERE etat_id = :etat UNION SELECT aar FROM fullmakt WHERE etat_id = :etat
				ORDER BY aar DESC""").param("etat", etatId).query(Integer.class).list();
	}

	/** Years with lines or authorisations for any agency, newest first. */
	List<Integer> aar() {
		return jdbc.sql("SELECT aar FROM bevilgning UNION SELECT aar FROM fullmakt ORDER BY aar DESC")
			.query(Integer.class).list();
	}
}
