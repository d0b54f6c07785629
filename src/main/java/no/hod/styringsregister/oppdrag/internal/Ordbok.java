package no.hod.styringsregister.oppdrag.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The near-miss dictionary of the search ({@code oppdrag_sokeord}): the words of the register a query word is widened
 * with. A search asks for the same few words again and again, and the dictionary changes only when an assignment's
 * text is written ({@link OppdragSkriving#oppdaterSok}, which empties the cache), so the answers are cached per word
 * and clearance (see Mellomlager). A word is never taken out of the public words, so an answer that is old by a few
 * seconds can only lack a word, never offer an uncleared viewer an exempt one; and the public search runs against the
 * public text anyway.
 */
@Repository
class Ordbok {

	static final String MELLOMLAGER = "oppdrag-ordbok";

	/**
	 * How many dictionary words a query word may be widened with, how alike (trigram similarity) a word must be to be
	 * looked at, and how many of the most alike are checked for being a small typo of it.
	 */
	static final int MAKS_LIGNENDE = 10;

	static final double MINSTE_LIKHET = 0.4;

	static final int MAKS_KANDIDATER = 50;

	private final NamedParameterJdbcTemplate jdbc;

	Ordbok(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The dictionary words that are small typos of {@code ord} ({@link Sokeord#litenSkrivefeil}), most alike first;
	 * only words of public text unless {@code klarert}. The trigram index hands over the candidates: whole-word
	 * similarity, with the threshold of the % operator raised to ours so the index returns only the words that pass,
	 * and no longer or shorter than the typo allowed (an edit changes the length by one at most), so the limit keeps
	 * the likely ones. Only the words within the allowed edits are kept: a compound sharing a long part («-tjenesten»)
	 * is as similar by trigrams as a typo, and finds what the query word never asked for. A similar word whose stem
	 * begins with the query word's stem is left out: the query word's prefix match (helse:* is hels:*) finds it
	 * already, and every extra word costs the full-text index a lookup. Where the stem is too loose a prefix
	 * ({@code begynnelse}, see Sokeord.begynnelse; {@code null} if not) the query word finds only its stem and the
	 * words of that beginning; if no word of the dictionary begins with it either, it is likely a typo, and only those
	 * are left out: «allmennleger» (allmenn) is the near-miss of {@code allmenlege} (allmen). A word the register has
	 * is seldom a typo, and the other words of its loose stem are other words («fastlagt» for {@code fastlege}). The
	 * threshold is set for the transaction only ({@code set_config(..., true)}), so the method needs one of its own, or
	 * joins its caller's, for the threshold to reach the query.
	 * <p>
	 * The typos trigrams miss ({@link Sokeord#naboer}: any edit of a word under six letters, a swap in a longer one)
	 * are looked up as spelled, each through the primary key, but only when no word of the dictionary begins with the
	 * query word: a word that short the register has is seldom a typo, and its neighbours are other words (mot and
	 * mat, satt and sett, samt, stat), where «abrot» begins none and finds «abort». The LIMIT keeps each spelling a
	 * probe of the primary key: as one {@code = ANY} the planner took the trigram index, which answered 318 spellings
	 * in 900 ms, and as a join it hashed the whole dictionary.
	 * <p>
	 * Each word comes with its stem, which the query has at hand, so the search can tell without asking again whether
	 * the near-miss may match as a prefix (Sokeord.begynnelse).
	 * <p>
	 * A long word with no near-miss and no word of the dictionary beginning with it may be a typo of a compound's first
	 * part: «kreftscrening» is in no letter, «kreftscreening» only as the beginning of «kreftscreeningprogrammet», which
	 * is far too long to be a typo of it. Then the words that have a part like it ({@code <%}, word similarity, through
	 * the same index) are the candidates, and the beginning of each that is a small typo of the query word
	 * ({@link Sokeord#begynnelseMedSkrivefeil}) is the near-miss, checked as a word is. Asked only when the word finds
	 * nothing as typed and has no near-miss, it costs a search that finds something nothing.
	 */
	@Cacheable(cacheNames = MELLOMLAGER, key = "#p2 + ':' + #p0 + ':' + #p1")
	@Transactional(readOnly = true)
	List<Lignende> lignende(String ord, String begynnelse, boolean klarert) {
		jdbc.queryForObject("SELECT set_config('pg_trgm.similarity_threshold', '" + MINSTE_LIKHET + "', true) || "
				+ "set_config('pg_trgm.word_similarity_threshold', '" + MINSTE_LIKHET + "', true)", Map.of(),
				String.class);
		int tillatte = Sokeord.tillatteFeil(ord.codePointCount(0, ord.length()));
		String offentlig = klarert ? "" : " AND s.offentlig";
		String ukjent = "NOT EXISTS (SELECT 1 FROM oppdrag_sokeord s WHERE s.ord LIKE :begynner" + offentlig + ")";
		String stamme = "(ts_lexize('norwegian_stem', d.ord))[1]";
		String ordetsStamme = "(ts_lexize('norwegian_stem', :ord))[1]";
		String funnet = "starts_with(" + stamme + ", " + ordetsStamme + ")";
		if (begynnelse != null) {
			funnet = "CASE WHEN " + ukjent + " THEN " + stamme + " = " + ordetsStamme
					+ " OR starts_with(d.ord, :begynnelse) ELSE " + funnet + " END";
		}
		funnet = "coalesce(d.ord !~ '[0-9]' AND " + funnet + ", false)";
		MapSqlParameterSource p = new MapSqlParameterSource(Map.of("ord", ord, "tillatte", tillatte, "naboer",
				Sokeord.naboer(ord).toArray(String[]::new), "begynner", ord + "%"))
			.addValue("begynnelse", begynnelse);
		List<Lignende> lignende = jdbc.query("SELECT d.ord, " + stamme + " AS stamme FROM ((SELECT s.ord, "
				+ "similarity(s.ord, :ord) AS likhet FROM oppdrag_sokeord s WHERE s.ord % :ord AND similarity(s.ord, "
				+ ":ord) >= " + MINSTE_LIKHET + " AND abs(char_length(s.ord) - char_length(:ord)) <= :tillatte"
				+ offentlig + " ORDER BY likhet DESC, s.ord LIMIT " + MAKS_KANDIDATER + ") "
				+ "UNION SELECT s.ord, similarity(s.ord, :ord) FROM unnest(CAST(:naboer AS text[])) n (ord) "
				+ "CROSS JOIN LATERAL (SELECT s.ord FROM oppdrag_sokeord s WHERE s.ord = n.ord" + offentlig
				+ " LIMIT 1) s WHERE " + ukjent + ") d "
				+ "WHERE NOT " + funnet + " ORDER BY d.likhet DESC, d.ord", p,
				(rs, i) -> new Lignende(rs.getString("ord"), rs.getString("stamme"), false))
			.stream()
			.filter(l -> Sokeord.litenSkrivefeil(ord, l.ord()))
			.limit(MAKS_LIGNENDE)
			.toList();
		int iBegynnelsen = Sokeord.tillatteFeilIBegynnelse(ord.codePointCount(0, ord.length()));
		if (!lignende.isEmpty() || iBegynnelsen == 0) {
			return lignende;
		}
		// No word is a small typo of it: perhaps it is one of a longer word's beginning, a compound's first part. Each
		// candidate comes with its beginnings of the lengths a typo allows, and the closest is kept.
		Map<String, Map<String, Lignende>> perOrd = new LinkedHashMap<>();
		jdbc.query("SELECT d.kilde, d.ord, " + stamme + " AS stamme, " + funnet + " AS funnet FROM (SELECT s.ord AS "
				+ "kilde, left(s.ord, n.n) AS ord, s.likhet FROM (SELECT s.ord, word_similarity(:ord, s.ord) AS likhet "
				+ "FROM oppdrag_sokeord s WHERE :ord <% s.ord AND char_length(s.ord) > char_length(:ord)" + offentlig
				+ " AND " + ukjent + " ORDER BY likhet DESC, s.ord LIMIT " + MAKS_KANDIDATER + ") s "
				+ "CROSS JOIN generate_series(char_length(:ord) - :feil, least(char_length(s.ord), "
				+ "char_length(:ord) + :feil)) n (n)) d ORDER BY d.likhet DESC, d.kilde, d.ord",
				p.addValue("feil", iBegynnelsen), rs -> {
					perOrd.computeIfAbsent(rs.getString("kilde"), k -> new LinkedHashMap<>())
						.put(rs.getString("ord"), rs.getBoolean("funnet") ? null
								: new Lignende(rs.getString("ord"), rs.getString("stamme"), true));
				});
		return perOrd.entrySet().stream()
			.map(e -> e.getValue().get(Sokeord.begynnelseMedSkrivefeil(ord, e.getKey())))
			.filter(Objects::nonNull)
			.distinct()
			.limit(MAKS_LIGNENDE)
			.toList();
	}

	/**
	 * A near-miss of a query word and its stem ({@code null} for a stop word); {@code begynnelse} when it is the
	 * beginning of a longer word of the register rather than a word of its own.
	 */
	record Lignende(String ord, String stamme, boolean begynnelse) {
	}

	/**
	 * The stem the Norwegian stemmer makes of {@code ord}, as the stored texts hold it; null for a stop word, which
	 * the cache does not hold (it takes no nulls), so a stop word asks the database each time.
	 */
	@Cacheable(cacheNames = MELLOMLAGER, key = "'stamme:' + #p0", unless = "#result == null")
	String stamme(String ord) {
		return jdbc.queryForObject("SELECT (ts_lexize('norwegian_stem', :ord))[1]", Map.of("ord", ord), String.class);
	}

	/**
	 * Whether the register has a word of stem {@code stamme} that does not begin with {@code prefiks} («fast» beside
	 * «fastlegen»); only words of public text unless {@code klarert}. If not, a text matched by the stem needs no check
	 * for the prefix: every «mulig» begins so for {@code mulighet}, and the check would read the text of thousands of
	 * assignments. A stem under three letters may be a word too short for the dictionary: assumed so.
	 */
	@Cacheable(cacheNames = MELLOMLAGER, key = "'andre:' + #p2 + ':' + #p1 + ':' + #p0")
	boolean andreOrdMedStammen(String stamme, String prefiks, boolean klarert) {
		return stamme.codePointCount(0, stamme.length()) < Sokeord.MINSTE_TRIGRAMORD
				|| Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM oppdrag_sokeord s "
						+ "WHERE s.ord LIKE :monster AND NOT starts_with(s.ord, :prefiks)"
						+ (klarert ? "" : " AND s.offentlig") + " AND (ts_lexize('norwegian_stem', s.ord))[1] = :stamme)",
						Map.of("monster", stamme + "%", "prefiks", prefiks, "stamme", stamme), Boolean.class));
	}

	/**
	 * One dictionary word for each stem other than {@code stamme} among the words that begin with {@code prefiks} (of
	 * letters only, see Sokeord.begynnelse): {@code fastleg} gives «fastlegeordningen» and «fastlegetjenesten», whose
	 * stems do not begin with fastleg's stem; only words of public text unless {@code klarert}. The trigram index
	 * serves the prefix ({@code LIKE}).
	 */
	@Cacheable(cacheNames = MELLOMLAGER, key = "'begynner:' + #p2 + ':' + #p1 + ':' + #p0")
	List<String> begynnerMed(String prefiks, String stamme, boolean klarert) {
		return jdbc.queryForList("SELECT min(s.ord) FROM oppdrag_sokeord s WHERE s.ord LIKE :monster"
				+ (klarert ? "" : " AND s.offentlig") + " GROUP BY (ts_lexize('norwegian_stem', s.ord))[1] "
				+ "HAVING (ts_lexize('norwegian_stem', s.ord))[1] IS DISTINCT FROM :stamme ORDER BY 1",
				Map.of("monster", prefiks + "%", "stamme", stamme), String.class);
	}
}
