package no.hod.styringsregister.oppdrag.internal;

import java.util.List;
import java.util.Map;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import no.hod.styringsregister.oppdrag.KjenteBrev;

/**
 * The years and letters the list's filter offers. Every list page shows them and they change only when assignments
 * are created or removed (import, year end), so they are cached (see Mellomlager); those writes empty the cache.
 */
@Repository
class Filtervalg {

	static final String MELLOMLAGER = "oppdrag-filtervalg";

	private final NamedParameterJdbcTemplate jdbc;

	private final KjenteBrev kjenteBrev;

	Filtervalg(NamedParameterJdbcTemplate jdbc, KjenteBrev kjenteBrev) {
		this.jdbc = jdbc;
		this.kjenteBrev = kjenteBrev;
	}

	/** The years that have assignments, newest first. */
	@Cacheable(cacheNames = MELLOMLAGER, key = "'aarstall'")
	List<Integer> aarstall() {
		// A loose index scan: one index probe per year instead of a DISTINCT over every row.
		return List.copyOf(jdbc.queryForList("""
				WITH RECURSIVE aarene(aar) AS (
				    (SELECT aar FROM oppdrag WHERE NOT fjernet ORDER BY aar DESC LIMIT 1)
				    UNION ALL
				    SELECT (SELECT o.aar FROM oppdrag o WHERE NOT o.fjernet AND o.aar < a.aar ORDER BY o.aar DESC LIMIT 1)
				    FROM aarene a WHERE a.aar IS NOT NULL)
				SELECT aar FROM aarene WHERE aar IS NOT NULL""", Map.of(), Integer.class));
	}

	/** The years the agency has assignments in, newest first. */
	@Cacheable(cacheNames = MELLOMLAGER, key = "'aarstall-' + #etatId")
	List<Integer> aarstall(long etatId) {
		return List.copyOf(jdbc.queryForList("""
				WITH RECURSIVE aarene(aar) AS (
				    (SELECT aar FROM oppdrag WHERE etat_id = :etat AND NOT fjernet ORDER BY aar DESC LIMIT 1)
				    UNION ALL
				    SELECT (SELECT o.aar FROM oppdrag o WHERE o.etat_id = :etat AND NOT o.fjernet AND o.aar < a.aar
				            ORDER BY o.aar DESC LIMIT 1)
				    FROM aarene a WHERE a.aar IS NOT NULL)
				SELECT aar FROM aarene WHERE aar IS NOT NULL""", Map.of("etat", etatId), Integer.class));
	}

	/**
	 * The letters that gave assignments, newest first: the letter's id, year and agency (the letters themselves belong
	 * to the tildelingsbrev module, which uses this one).
	 */
	@Cacheable(cacheNames = MELLOMLAGER, key = "'brev'")
	List<BrevRad> brev() {
		// A loose index scan over the letter ids, then one row per letter for its year and agency (the same on every
		// assignment of a letter): a GROUP BY would read every row.
		return List.copyOf(jdbc.query("""
				WITH RECURSIVE brevene(brev_id) AS (
				    (SELECT brev_id FROM oppdrag WHERE brev_id IS NOT NULL AND NOT fjernet ORDER BY brev_id LIMIT 1)
				    UNION ALL
				    SELECT (SELECT o.brev_id FROM oppdrag o WHERE o.brev_id > b.brev_id AND NOT o.fjernet
				            ORDER BY o.brev_id LIMIT 1)
				    FROM brevene b WHERE b.brev_id IS NOT NULL)
				SELECT b.brev_id, o.aar, o.etat_id FROM brevene b
				CROSS JOIN LATERAL (SELECT aar, etat_id FROM oppdrag WHERE brev_id = b.brev_id AND NOT fjernet LIMIT 1) o
				ORDER BY o.aar DESC, b.brev_id DESC""", Map.of(),
				(rs, i) -> new BrevRad(rs.getLong("brev_id"), rs.getInt("aar"), rs.getLong("etat_id"))));
	}

	/**
	 * Whether the letter is one the list may be filtered by: one the letter module holds, or one an assignment came
	 * from (also one removed since). Not cached: asked only when the list is filtered by letter.
	 */
	boolean harBrev(long brevId) {
		return kjenteBrev.finnes(brevId) || Boolean.TRUE.equals(jdbc.queryForObject(
				"SELECT EXISTS (SELECT 1 FROM oppdrag WHERE brev_id = :brev)", Map.of("brev", brevId), Boolean.class));
	}

	record BrevRad(long id, int aar, long etatId) {
	}
}
