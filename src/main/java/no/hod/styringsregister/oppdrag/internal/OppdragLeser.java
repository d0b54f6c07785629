package no.hod.styringsregister.oppdrag.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.oppdrag.FristRef;
import no.hod.styringsregister.oppdrag.IdOrden;
import no.hod.styringsregister.oppdrag.OppdragFlyttet;
import no.hod.styringsregister.oppdrag.OppdragKommentar;
import no.hod.styringsregister.oppdrag.OppdragFilter;
import no.hod.styringsregister.oppdrag.OppdragLevert;
import no.hod.styringsregister.oppdrag.OppdragQueries;
import no.hod.styringsregister.oppdrag.OppdragRef;
import no.hod.styringsregister.oppdrag.OppdragRutet;
import no.hod.styringsregister.oppdrag.OppdragStatus;
import no.hod.styringsregister.oppdrag.OppdragSummary;
import no.hod.styringsregister.oppdrag.OppdragSvar;
import no.hod.styringsregister.organisasjon.Enhet;
import no.hod.styringsregister.organisasjon.Etat;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.organisasjon.OrganisasjonService.TidligereNavn;
import no.hod.styringsregister.web.Formats;

/**
 * The one read path (offl. § 22). Every page, export, API answer and search of assignments is read here, and here
 * only from the views chosen by {@link #kilde}: {@code *_full} for a cleared viewer, {@code *_offentlig} for
 * everyone else. The public views put the placeholder in place of exempt titles and parts and search only the public
 * text, so nothing exempt reaches an uncleared viewer, not even as a count.
 */
@Service
@Transactional(readOnly = true)
class OppdragLeser implements OppdragQueries {

	/** Exports take every matching row, up to this many. */
	static final int MAKS_EKSPORT = 100_000;

	private static final String KOLONNER = """
			v.id AS rad_id, v.visnings_id, v.nokkel, v.offisiell_id, v.aar, v.etat_id, v.seksjon, v.seksjon_tittel,
			v.hod_avdelinger, v.tittel, v.tittel_skjult, v.status, v.frister, v.frist_tekst, v.forventet_dato,
			v.divisjon_id, v.avdeling_id, v.unntak, v.brev_id, v.endret, v.versjon""";

	private static final String NATURLIG = "v.sort_prefiks, v.sort_nr, v.nokkel";

	/**
	 * The row {@code v} is the newest of its chain of carried-over assignments: no copy or next year's assignment has
	 * it as origin. On the table, not the viewer's view: that a successor exists says nothing exempt, and its index is
	 * here.
	 */
	private static final String NYESTE_I_KJEDEN = "NOT EXISTS (SELECT 1 FROM oppdrag n WHERE n.opphav_id = v.id "
			+ "AND NOT n.fjernet)";

	/**
	 * What a {@link FristRef} reads besides its date. The public view hides the title exactly where it is exempt, so a
	 * title shown and wholly exempt is exempt content shown.
	 */
	private static final String FRIST_KOLONNER = "v.visnings_id, v.nokkel, v.tittel, v.etat_id, v.divisjon_id, "
			+ "v.status, v.frist_tekst, v.forventet_dato, v.unntak = 'WHOLE' AND NOT v.tittel_skjult AS viser_unntatt, "
			+ "v.unntak <> 'NONE' AS unntatt, v.sort_prefiks, v.sort_nr";

	/**
	 * The query's words as a tsquery, made once per statement (a sub-select). Written inline, PostgreSQL's cached
	 * plan for the statement (used after a few runs) parsed and stemmed the words again for every matching row.
	 */
	private static final String TSQUERY = "(SELECT to_tsquery('norwegian', :tsquery))";

	/** The query's words without widening (Sokeord.strikt): what it matches is an exact hit. */
	private static final String STRIKT = "(SELECT to_tsquery('norwegian', :strikt))";

	/** Its widened words without widening (Sokeord.utvidedeOrd): a match that matches them too is an exact hit. */
	private static final String UTVIDEDE = "(SELECT to_tsquery('norwegian', :utvidede))";

	private final NamedParameterJdbcTemplate jdbc;

	private final OrganisasjonService organisasjon;

	private final Filtervalg filtervalg;

	private final Ordbok ordbok;

	OppdragLeser(NamedParameterJdbcTemplate jdbc, OrganisasjonService organisasjon, Filtervalg filtervalg,
			Ordbok ordbok) {
		this.jdbc = jdbc;
		this.organisasjon = organisasjon;
		this.filtervalg = filtervalg;
		this.ordbok = ordbok;
	}

	/** One page of the list, its total and the counts per status for the same filter without the status filter. */
	Side side(OppdragFilter filter, CurrentUser leser) {
		return side(filter, leser, etatnavn());
	}

	private Side side(OppdragFilter filter, CurrentUser leser, Map<Long, String> etater) {
		return treff(filter, leser, sok(filter, leser), filter.storrelse(), (long) filter.side() * filter.storrelse(),
				etater);
	}

	/**
	 * The list page: the page of assignments and the filter form's choices, read in one transaction (one begin and
	 * commit instead of one per read) and with the agencies read once. A page past the end gives the last page (the
	 * API answers such a page empty, so a script paging until it is empty stops).
	 */
	Listeside listeside(OppdragFilter filter, CurrentUser leser) {
		List<Etat> etater = organisasjon.etater();
		Map<Long, String> etatnavn = etater.stream().collect(Collectors.toMap(Etat::id, Etat::navn));
		List<Brev> brev = filtervalg.brev().stream()
			.map(b -> new Brev(b.id(), b.aar(), etatnavn.get(b.etatId())))
			.toList();
		Side side = side(filter, leser, etatnavn);
		if (side.total() > 0 && side.side() >= side.sider()) {
			// A page past the end (an old link to a list that has since shrunk): the last page, rather than none.
			side = side(filter.medSide(side.sider() - 1, filter.storrelse()), leser, etatnavn);
		}
		return new Listeside(side, filtervalg.aarstall(), brev, etater, organisasjon.alleDivisjoner(),
				organisasjon.alleAvdelinger());
	}

	record Listeside(Side side, List<Integer> aarstall, List<Brev> brev, List<Etat> etater, List<Enhet> divisjoner,
			List<Enhet> avdelinger) {
	}

	/** Whether any assignment came from the letter, also one since removed from it (see Filtervalg#harBrev). */
	boolean harBrev(long brevId) {
		return filtervalg.harBrev(brevId);
	}

	record Side(long total, int side, int storrelse, List<OppdragSummary> rader, Map<OppdragStatus, Long> perStatus) {

		public int sider() {
			return (int) Math.max(1, (total + storrelse - 1) / storrelse);
		}
	}

	@Override
	public List<OppdragSummary> search(OppdragFilter filter, CurrentUser leser) {
		return side(filter, leser).rader();
	}

	/**
	 * Whether the query's words are all too common to search for (PostgreSQL's Norwegian stop words: «og», «i»,
	 * «til»): full-text search drops them, so such a query finds nothing but an exact id.
	 */
	boolean bareVanligeOrd(String q) {
		String tsquery = Sokeord.tsquery(q);
		return tsquery != null && Boolean.TRUE.equals(jdbc.queryForObject(
				"SELECT numnode(to_tsquery('norwegian', :tsquery)) = 0", Map.of("tsquery", tsquery), Boolean.class));
	}

	/**
	 * Every row matching the filter, in its order, with its progress note and reason, for exports. The notes come from
	 * the viewer's view as the detail page's do: the public one has none on a wholly exempt assignment.
	 */
	List<Eksportrad> alle(OppdragFilter filter, CurrentUser leser) {
		List<OppdragSummary> rader = treff(filter, leser, sok(filter, leser), MAKS_EKSPORT, 0, etatnavn()).rader();
		Map<String, Notater> notater = new HashMap<>();
		// One array parameter, not a list: an export may have more rows than a statement may have parameters.
		jdbc.query("SELECT v.nokkel, v.fremdrift, v.status_grunn, v.unntak = 'WHOLE' AS hel FROM " + kilde(leser)
				+ " v WHERE v.nokkel = ANY(:nokler)",
				Map.of("nokler", rader.stream().map(OppdragSummary::nokkel).toArray(String[]::new)),
				rs -> {
					notater.put(rs.getString("nokkel"), new Notater(rs.getString("fremdrift"),
							rs.getString("status_grunn"), leser.klarert() && rs.getBoolean("hel")));
				});
		return rader.stream().map(o -> {
			Notater n = notater.getOrDefault(o.nokkel(), new Notater(null, null, false));
			return new Eksportrad(o, n.fremdrift(), n.statusGrunn(), n.viserUnntatt());
		}).toList();
	}

	/**
	 * @param viserUnntatt the row shows the viewer content exempt from public disclosure: a wholly exempt assignment
	 *     read by a cleared viewer (a partly exempt one's title, notes and deadline are public)
	 */
	record Eksportrad(OppdragSummary oppdrag, String fremdrift, String statusGrunn, boolean viserUnntatt) {
	}

	private record Notater(String fremdrift, String statusGrunn, boolean viserUnntatt) {
	}

	@Override
	public long count(OppdragFilter filter, CurrentUser leser) {
		return treff(filter, leser, sok(filter, leser), 0, 0, Map.of()).total();
	}

	/** Counts per status for the filter, ignoring its status choice (so the counts can offer the other statuses). */
	Map<OppdragStatus, Long> perStatus(OppdragFilter filter, CurrentUser leser) {
		return treff(filter, leser, sok(filter, leser), 0, 0, Map.of()).perStatus();
	}

	/**
	 * The page, its total and the counts per status. With free text, in one statement: the matching rows are found
	 * once (without the status choice) into a small set of ids and sort keys, the counts per status are taken from
	 * that set, and only the rows of the page are read whole. Running the match once instead of once for the page and
	 * once for the counts halves the cost of a search, and ranking works on the small set rather than on the wide
	 * rows. Without free text, the page comes straight from an index in its order and the counts from a second,
	 * cheap query: gathering every row of an unfiltered list into a set first would cost more than it saves.
	 */
	private Side treff(OppdragFilter filter, CurrentUser leser, Sok sok, int limit, long offset,
			Map<Long, String> etater) {
		Sporring s = sporring(filter, sok, leser);
		String valgte = "true";
		if (!filter.statuser().isEmpty()) {
			valgte = "v.status IN (:statuser)";
			s.p().addValue("statuser", filter.statuser().stream().map(Enum::name).toList());
		}
		s.p().addValue("limit", limit).addValue("offset", offset);
		String orden = rekkefolge(filter, sok);
		Map<OppdragStatus, Long> perStatus = new EnumMap<>(OppdragStatus.class);
		for (OppdragStatus status : OppdragStatus.values()) {
			perStatus.put(status, 0L);
		}
		// A search reads the unit names before the planner settings change (see medIndeksForFritekst): a statement
		// prepared under them keeps its plan on that connection afterwards.
		RowMapper<OppdragSummary> sammendrag = sammendrag(etater,
				sok == null || limit == 0 ? new HashMap<>() : new HashMap<>(organisasjon.enhetsnavn()));
		List<OppdragSummary> rader = new ArrayList<>();
		if (sok == null) {
			if (limit > 0) {
				rader.addAll(jdbc.query("SELECT " + KOLONNER + " FROM " + kilde(leser) + " v WHERE " + s.where() + " AND "
						+ valgte + " ORDER BY " + orden + " LIMIT :limit OFFSET :offset", s.p(), sammendrag));
			}
			jdbc.query("SELECT v.status, count(*) FROM " + kilde(leser) + " v WHERE " + s.where() + " GROUP BY v.status",
					s.p(), rs -> {
						perStatus.put(OppdragStatus.valueOf(rs.getString(1)), rs.getLong(2));
					});
		}
		else {
			String kolonner = "v.id, v.status, v.aar, v.sort_prefiks, v.sort_nr, v.nokkel, v.forste_frist, v.endret";
			String treff;
			boolean heleRegisteret = sok.tsquery() != null && !s.avgrenset();
			String rang = rang(sok, leser, heleRegisteret);
			if (heleRegisteret && s.vilkar().size() > 1) {
				// Across the whole register the text match alone picks the rows, in a subquery the planner may not
				// merge (OFFSET 0), and the other conditions are applied to its rows. Given them together, it read
				// every row through another index and checked each row's text instead: 45-90 ms instead of 12 for
				// a common word (measured at 20 000 assignments). Without other conditions than "not removed", no
				// other index can tempt it, and the rows are read without the columns the conditions would need.
				treff = "SELECT " + kolonner + ", v.rang FROM (SELECT " + kolonner + ", " + rang + " AS rang, "
						+ "v.fjernet, v.etat_id, v.divisjon_id, v.avdeling_id, v.brev_id, v.seksjon, v.hod_avdelinger, "
						+ "v.frister FROM " + kilde(leser) + " v WHERE " + s.tekst() + " OFFSET 0) v WHERE "
						+ s.utenTekst();
			}
			else {
				treff = "SELECT " + kolonner + ", " + rang + " AS rang FROM " + kilde(leser) + " v WHERE " + s.where();
			}
			String sql = "WITH treff AS MATERIALIZED (" + treff + "), antall AS (SELECT string_agg(t.status || '=' "
					+ "|| t.n, ',') AS per_status FROM "
					+ "(SELECT v.status, count(*) AS n FROM treff v GROUP BY v.status) t), "
					// The page is cut first, then numbered: numbering every match first sorted them all, where
					// cutting keeps only the best (a bounded sort; a common word has thousands of matches).
					+ "side AS (SELECT v.id, row_number() OVER (ORDER BY " + orden + ") AS nr FROM (SELECT * FROM "
					+ "treff v WHERE " + valgte + " ORDER BY " + orden + " LIMIT :limit OFFSET :offset) v) "
					+ "SELECT a.per_status, " + KOLONNER + " FROM antall a LEFT JOIN (side s JOIN " + kilde(leser)
					+ " v ON v.id = s.id) ON true ORDER BY s.nr";
			boolean[] lest = { false };
			medIndeksForFritekst(sok, () -> jdbc.query(sql, s.p(), rs -> {
				String antall = rs.getString("per_status");
				if (!lest[0] && antall != null) {
					for (String par : antall.split(",")) {
						int likhet = par.indexOf('=');
						perStatus.put(OppdragStatus.valueOf(par.substring(0, likhet)),
								Long.valueOf(par.substring(likhet + 1)));
					}
				}
				lest[0] = true;
				if (rs.getObject("rad_id") != null) {
					rader.add(sammendrag.mapRow(rs, rader.size()));
				}
			}));
		}
		// The total is the sum of the counts of the chosen statuses.
		long total = perStatus.entrySet().stream()
			.filter(e -> filter.statuser().isEmpty() || filter.statuser().contains(e.getKey()))
			.mapToLong(Map.Entry::getValue)
			.sum();
		return new Side(total, filter.side(), filter.storrelse(), rader, perStatus);
	}

	/**
	 * Runs a search with the full-text (GIN) index as the only way in. The planner cannot see that checking the
	 * full-text column row by row means unpacking a large value stored out of line for every row of the table, so
	 * for a common word it would choose to read the whole table (ten times the work, measured at 20 000 rows). JIT
	 * goes off with it: a plan that still reads a small table whole is then priced above the JIT threshold, and
	 * compiling it cost 14 ms a search (measured) for a table of 80 rows. The settings last only until the end of the
	 * read transaction; they are put back right after the statement.
	 */
	private void medIndeksForFritekst(Sok sok, Runnable sporring) {
		if (sok == null || sok.tsquery() == null) {
			sporring.run();
			return;
		}
		Map<String, Object> foer = jdbc.queryForMap("SELECT current_setting('enable_seqscan') AS seqscan, "
				+ "current_setting('jit') AS jit, set_config('enable_seqscan', 'off', true), "
				+ "set_config('jit', 'off', true)", Map.of());
		try {
			sporring.run();
		}
		finally {
			jdbc.queryForMap("SELECT set_config('enable_seqscan', :seqscan, true), set_config('jit', :jit, true)", foer);
		}
	}

	record Brev(long id, int aar, String etat) {
	}

	@Override
	public Optional<OppdragSummary> find(String id, CurrentUser leser) {
		return rad(id, leser).filter(r -> !r.fjernet()).map(Rad::sammendrag);
	}

	@Override
	public List<OppdragRef> citing(int year, long etatId, int kapittel, int post, CurrentUser leser) {
		return jdbc.query("SELECT v.visnings_id, v.nokkel, v.aar, v.tittel, v.status FROM " + kilde(leser) + " v "
				+ "WHERE v.aar = :aar AND v.etat_id = :etat AND NOT v.fjernet AND EXISTS (SELECT 1 FROM "
				+ budsjettKilde(leser) + " b WHERE b.oppdrag_id = v.id AND b.kapittel = :kapittel AND b.post = :post) "
				+ "ORDER BY " + NATURLIG,
				new MapSqlParameterSource().addValue("aar", year).addValue("etat", etatId)
					.addValue("kapittel", kapittel).addValue("post", post),
				OppdragLeser::ref);
	}

	@Override
	public List<OppdragRef> titled(int year, long etatId, CurrentUser leser) {
		// The public view's placeholder title is no title: a comment quoting «Unntatt offentlighet» names nothing.
		return jdbc.query("SELECT v.visnings_id, v.nokkel, v.aar, v.tittel, v.status FROM " + kilde(leser) + " v "
				+ "WHERE v.aar = :aar AND v.etat_id = :etat AND NOT v.fjernet AND NOT v.tittel_skjult "
				+ "ORDER BY " + NATURLIG,
				new MapSqlParameterSource().addValue("aar", year).addValue("etat", etatId), OppdragLeser::ref);
	}

	@Override
	public List<OppdragRef> named(int year, long etatId, Collection<String> officialIds, CurrentUser leser) {
		if (officialIds.isEmpty()) {
			return List.of();
		}
		// The public view marks a wholly exempt assignment by its hidden title; the uncleared do not learn of it.
		return jdbc.query("SELECT v.visnings_id, v.nokkel, v.aar, v.tittel, v.status FROM " + kilde(leser) + " v "
				+ "WHERE v.aar = :aar AND v.etat_id = :etat AND NOT v.fjernet AND NOT v.tittel_skjult "
				+ "AND lower(v.offisiell_id) = ANY(:ider) ORDER BY " + NATURLIG,
				new MapSqlParameterSource().addValue("aar", year).addValue("etat", etatId)
					.addValue("ider", officialIds.stream().map(id -> id.toLowerCase(Locale.ROOT)).toArray(String[]::new)),
				OppdragLeser::ref);
	}

	@Override
	public List<Forgjenger> previousYear(int year, long etatId, List<Brevoppdrag> letter, CurrentUser leser) {
		List<String> titler = letter.stream().map(b -> Sokeord.normalisertTittel(b.tittel())).toList();
		List<Forgjenger> forgjengere = new ArrayList<>();
		// The title from the viewer's view, normalised as the import stores tittel_norm: the public view has no such
		// column, and its placeholder must not be matched.
		// The successor's shown id tells nothing of what is exempt: a copy's key, or an id the letter gives anyone.
		jdbc.query("SELECT v.visnings_id, v.nokkel, v.aar, v.tittel, v.status, v.offisiell_id, v.tittel_skjult, "
				+ OppdragArbeidsflyt.behandlet("v") + " AS viderefort, (SELECT n.visnings_id FROM oppdrag n "
				+ "WHERE n.opphav_id = v.id AND NOT n.fjernet ORDER BY n.id LIMIT 1) AS som FROM "
				+ kilde(leser) + " v WHERE v.aar = :aar AND v.etat_id = :etat AND NOT v.fjernet ORDER BY " + NATURLIG,
				Map.of("aar", year - 1, "etat", etatId), (RowCallbackHandler) rs -> {
					OppdragRef ref = ref(rs, 0);
					String offisiellId = rs.getString("offisiell_id");
					Integer av = fortsettelse(letter, titler, offisiellId,
							rs.getBoolean("tittel_skjult") ? "" : Sokeord.normalisertTittel(ref.tittel()));
					if (av != null || ref.status().aapen()) {
						boolean viderefort = rs.getBoolean("viderefort");
						forgjengere.add(new Forgjenger(ref, offisiellId, av, viderefort,
								viderefort ? rs.getString("som") : null));
					}
				});
		return forgjengere;
	}

	/**
	 * The year end's rule (OppdragArbeidsflyt.kandidater) on a letter not yet imported: the first assignment with the
	 * same normalised title, else the first citing the official id.
	 */
	private static Integer fortsettelse(List<Brevoppdrag> brev, List<String> titler, String offisiellId,
			String tittel) {
		int samme = tittel.isEmpty() ? -1 : titler.indexOf(tittel);
		if (samme >= 0) {
			return samme;
		}
		if (offisiellId != null) {
			for (int i = 0; i < brev.size(); i++) {
				if (brev.get(i).referanser().stream().anyMatch(offisiellId::equalsIgnoreCase)) {
					return i;
				}
			}
		}
		return null;
	}

	@Override
	public int notCarriedOver(int year, long etatId) {
		return ikkeVidereforte(year, etatId);
	}

	/** Of the year's open assignments (of the agency, when given), those the year end has not handled yet. */
	int ikkeVidereforte(int aar, Long etatId) {
		MapSqlParameterSource p = new MapSqlParameterSource("aar", aar).addValue("aapne", OppdragArbeidsflyt.APNE);
		String etat = "";
		if (etatId != null) {
			etat = " AND o.etat_id = :etat";
			p.addValue("etat", etatId);
		}
		return jdbc.queryForObject("SELECT count(*) FROM oppdrag o WHERE o.aar = :aar AND NOT o.fjernet "
				+ "AND o.status IN (:aapne) AND NOT " + OppdragArbeidsflyt.behandlet("o") + etat, p, Integer.class);
	}

	@Override
	public List<OppdragRef> removedFromLetter(long letterId, CurrentUser leser) {
		return jdbc.query("SELECT v.visnings_id, v.nokkel, v.aar, v.tittel, v.status FROM " + kilde(leser) + " v "
				+ "WHERE v.brev_id = :brev AND v.fjernet ORDER BY " + NATURLIG, Map.of("brev", letterId),
				OppdragLeser::ref);
	}

	@Override
	public boolean exemptInLetter(long letterId) {
		return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM oppdrag WHERE brev_id = :brev "
				+ "AND unntak <> 'NONE')", Map.of("brev", letterId), Boolean.class));
	}

	@Override
	public List<FristRef> deadlines(LocalDate from, LocalDate to, Long etatId, Long divisjonId, CurrentUser leser) {
		return frister(from, to, etatId, divisjonId, false, leser);
	}

	@Override
	public List<FristRef> currentDeadlines(LocalDate from, LocalDate to, Long etatId, Long divisjonId,
			CurrentUser leser) {
		return frister(from, to, etatId, divisjonId, true, leser);
	}

	private List<FristRef> frister(LocalDate from, LocalDate to, Long etatId, Long divisjonId, boolean nyeste,
			CurrentUser leser) {
		MapSqlParameterSource p = new MapSqlParameterSource().addValue("fra", from).addValue("til", to);
		// A deadline a copy carries on is the copy's: listed once. One the next letter's assignment does not repeat
		// stays its origin's, in the month it was due, unless only the newest of the chain is asked for.
		String where = "NOT v.fjernet AND f.frist BETWEEN :fra AND :til AND NOT EXISTS (SELECT 1 FROM oppdrag n "
				+ "WHERE n.opphav_id = v.id AND NOT n.fjernet AND f.frist = ANY (n.frister))"
				+ (nyeste ? " AND " + NYESTE_I_KJEDEN : "") + etatOgDivisjon(etatId, divisjonId, p);
		return jdbc.query("SELECT f.frist, " + FRIST_KOLONNER + " FROM " + kilde(leser)
				+ " v CROSS JOIN LATERAL unnest(v.frister) AS f (frist) WHERE " + where + " ORDER BY f.frist, "
				+ NATURLIG, p, OppdragLeser::fristRef);
	}

	@Override
	public List<FristRef> expectedDates(LocalDate from, LocalDate to, Long etatId, Long divisjonId,
			CurrentUser leser) {
		return forventedeDatoer(from, to, etatId, divisjonId, false, leser);
	}

	@Override
	public List<FristRef> currentExpectedDates(LocalDate from, LocalDate to, Long etatId, Long divisjonId,
			CurrentUser leser) {
		return forventedeDatoer(from, to, etatId, divisjonId, true, leser);
	}

	private List<FristRef> forventedeDatoer(LocalDate from, LocalDate to, Long etatId, Long divisjonId,
			boolean nyeste, CurrentUser leser) {
		MapSqlParameterSource p = new MapSqlParameterSource().addValue("fra", from).addValue("til", to)
			.addValue("medDato", Stream.of(OppdragStatus.values()).filter(OppdragStatus::medForventetDato)
				.map(Enum::name).toList());
		// As for deadlines: a new date the successor took over is the successor's.
		String where = "NOT v.fjernet AND v.status IN (:medDato) AND v.forventet_dato BETWEEN :fra AND :til "
				+ "AND NOT EXISTS (SELECT 1 FROM oppdrag n WHERE n.opphav_id = v.id AND NOT n.fjernet "
				+ "AND n.forventet_dato = v.forventet_dato)" + (nyeste ? " AND " + NYESTE_I_KJEDEN : "")
				+ etatOgDivisjon(etatId, divisjonId, p);
		return jdbc.query("SELECT (SELECT max(f) FROM unnest(v.frister) AS f) AS frist, " + FRIST_KOLONNER + " FROM "
				+ kilde(leser) + " v WHERE " + where + " ORDER BY v.forventet_dato, " + NATURLIG, p,
				OppdragLeser::fristRef);
	}

	private static String etatOgDivisjon(Long etatId, Long divisjonId, MapSqlParameterSource p) {
		StringBuilder where = new StringBuilder();
		if (etatId != null) {
			where.append(" AND v.etat_id = :etat");
			p.addValue("etat", etatId);
		}
		if (divisjonId != null) {
			where.append(" AND v.divisjon_id = :divisjon");
			p.addValue("divisjon", divisjonId);
		}
		return where.toString();
	}

	/**
	 * The expected date only of a delayed assignment (or one carried over with its delay): one set before a later change
	 * of status is no longer due.
	 */
	private static FristRef fristRef(ResultSet rs, int rad) throws SQLException {
		OppdragStatus status = OppdragStatus.valueOf(rs.getString("status"));
		return new FristRef(rs.getObject("frist", LocalDate.class), rs.getString("visnings_id"), rs.getString("nokkel"),
				rs.getString("tittel"), rs.getLong("etat_id"), (Long) rs.getObject("divisjon_id"), status,
				rs.getString("frist_tekst"),
				status.medForventetDato() ? rs.getObject("forventet_dato", LocalDate.class) : null,
				rs.getBoolean("viser_unntatt"), rs.getBoolean("unntatt"),
				new IdOrden(rs.getString("sort_prefiks"), rs.getInt("sort_nr"), rs.getString("nokkel")));
	}

	/**
	 * Read from the viewer's views, so an exempt comment's text and every text of a wholly exempt assignment stay
	 * withheld from a viewer without clearance, and such an assignment's title is the placeholder. SQL narrows the rows
	 * to those that may be answers; which are is the history row's own definition, the same the assignment page uses
	 * for a delivery sent back, and only the ministry's count ({@link OppdragDetalj.Hendelse#departementets}): a lead's
	 * own changes are the division's doing. Any other change of status counts only when the role it was made in is
	 * known to be the ministry's, and not when it is a takeover of the lead's own work.
	 */
	@Override
	public List<OppdragSvar> replies(long divisjonId, OffsetDateTime since, CurrentUser leser) {
		MapSqlParameterSource p = new MapSqlParameterSource().addValue("divisjon", divisjonId)
			.addValue("siden", since)
			.addValue("departementet", OppdragDetalj.Hendelse.DEPARTEMENTET)
			.addValue("overtatt", OppdragSkriving.OVERTATT_FRA);
		List<OppdragSvar> svar = new ArrayList<>();
		jdbc.query("SELECT v.visnings_id, v.nokkel, v.tittel, v.tittel_skjult, h.tidspunkt, h.bruker_navn, h.bruker_rolle, "
				+ "h.bruker_id, h.type, h.felt, h.fra, h.til, h.notat, h.skjult, h.unntatt, h.notat_skjult, "
				+ "h.verdier_skjult FROM " + historikkKilde(leser) + " h JOIN " + kilde(leser) + " v "
				+ "ON v.id = h.oppdrag_id WHERE v.divisjon_id = :divisjon AND NOT v.fjernet "
				+ "AND h.tidspunkt >= :siden AND (h.type = 'KOMMENTAR' OR (h.type = 'STATUS' AND h.felt = 'status' "
				+ "AND (h.fra = 'LEVERT' OR h.bruker_rolle IN (:departementet)))) "
				+ "AND NOT EXISTS (SELECT 1 FROM oppdrag_historikk t WHERE t.id = h.id AND " + OVERTATT + ") "
				+ "ORDER BY h.tidspunkt DESC, h.id DESC", p, rs -> {
					OppdragDetalj.Hendelse h = hendelse(rs, List.of());
					boolean statusendring = "STATUS".equals(h.type()) && "status".equals(h.felt());
					OppdragSvar.Slag slag = h.godkjenning() ? OppdragSvar.Slag.GODKJENT
							: h.tilbakesending() ? OppdragSvar.Slag.SENDT_TILBAKE
									: h.kommentar() ? OppdragSvar.Slag.KOMMENTAR
											: statusendring && OppdragDetalj.Hendelse.DEPARTEMENTET.contains(h.rolle())
													? OppdragSvar.Slag.STATUS : null;
					// A lead may move a delivery back to Pågår too: that is the division's own doing, not an answer.
					if (slag != null && h.departementets(leser)) {
						svar.add(new OppdragSvar(rs.getString("visnings_id"), rs.getString("nokkel"), rs.getString("tittel"),
								rs.getBoolean("tittel_skjult"), slag, statusendring ? status(h.fra()) : null,
								statusendring ? status(h.til()) : null, h.hvem(), h.tidspunkt(), h.notat(),
								h.skjult() && h.notat() == null, h.unntatt()));
					}
				});
		return svar;
	}

	/**
	 * The history row {@code t} (the table's, since a public view may withhold its note) is a takeover's change of
	 * status ({@link OppdragSkriving#overta}): the lead's own work handed on to the assignment that continues it, by
	 * the admin running the import or the year end, not an answer of the ministry. A takeover only ever changes an
	 * assignment no one has worked on, so from Ikke startet.
	 */
	private static final String OVERTATT = "t.type = 'STATUS' AND t.felt = 'status' AND t.fra = 'IKKE_STARTET' "
			+ "AND starts_with(t.notat, :overtatt)";

	private static OppdragStatus status(String navn) {
		return navn == null ? null : OppdragStatus.valueOf(navn);
	}

	/**
	 * The routing rows are public in both views (the division is no exempt content), so a wholly exempt assignment
	 * is listed too, with the placeholder title for a viewer without clearance. Only the latest routing to a division
	 * counts: an assignment moved away again is no longer the division's.
	 */
	@Override
	public List<OppdragRutet> routedTo(long divisjonId, OffsetDateTime since, CurrentUser leser) {
		return jdbc.query("SELECT v.visnings_id, v.nokkel, v.tittel, v.tittel_skjult, v.status, h.fra, h.bruker_navn, "
				+ "h.tidspunkt "
				+ "FROM " + historikkKilde(leser) + " h JOIN " + kilde(leser) + " v ON v.id = h.oppdrag_id "
				+ "WHERE v.divisjon_id = :divisjon AND NOT v.fjernet AND h.tidspunkt >= :siden AND h.type = 'RUTING' "
				+ "AND h.felt = 'divisjon' AND NOT EXISTS (SELECT 1 FROM " + historikkKilde(leser) + " n "
				+ "WHERE n.oppdrag_id = h.oppdrag_id AND n.type = 'RUTING' AND n.felt = 'divisjon' AND n.id > h.id) "
				+ "ORDER BY h.tidspunkt DESC, h.id DESC",
				new MapSqlParameterSource().addValue("divisjon", divisjonId).addValue("siden", since),
				(rs, i) -> new OppdragRutet(rs.getString("visnings_id"), rs.getString("nokkel"), rs.getString("tittel"),
						rs.getBoolean("tittel_skjult"), OppdragStatus.valueOf(rs.getString("status")), rs.getString("fra"),
						rs.getString("bruker_navn"), rs.getObject("tidspunkt", OffsetDateTime.class)));
	}

	/**
	 * The routing rows keep the divisions by their names then, so a row away from the division is one whose «from» is
	 * a name the division had at the row's time (its former names each for the time it was in use), in its agency
	 * (routing never crosses agencies, and another agency may have a division of the same name). As in
	 * {@link #routedTo}, the rows are public in both views and the title is read through the viewer's view.
	 */
	@Override
	public List<OppdragFlyttet> routedAwayFrom(long divisjonId, OffsetDateTime since, CurrentUser leser) {
		Optional<Enhet> funnet = organisasjon.enhet(divisjonId);
		if (funnet.isEmpty()) {
			return List.of();
		}
		Enhet divisjon = funnet.get();
		MapSqlParameterSource p = new MapSqlParameterSource().addValue("divisjon", divisjonId)
			.addValue("etat", divisjon.etatId())
			.addValue("siden", since);
		List<String> navnVilkar = new ArrayList<>();
		// Newest first: the current name holds from the latest renaming on, each former one until it was renamed.
		List<TidligereNavn> tidligere = organisasjon.tidligereNavn(divisjonId);
		OffsetDateTime fraOgMed = tidligere.isEmpty() ? null : tidligere.get(0).gyldigTil();
		navnVilkar.add(navnVilkar(p, 0, divisjon.navn(), fraOgMed, null));
		for (int i = 0; i < tidligere.size(); i++) {
			OffsetDateTime fra = i + 1 < tidligere.size() ? tidligere.get(i + 1).gyldigTil() : null;
			navnVilkar.add(navnVilkar(p, i + 1, tidligere.get(i).navn(), fra, tidligere.get(i).gyldigTil()));
		}
		return jdbc.query("SELECT * FROM (SELECT DISTINCT ON (h.oppdrag_id) v.visnings_id, v.nokkel, v.tittel, v.tittel_skjult, "
				+ "h.til, h.bruker_navn, h.tidspunkt, h.id FROM " + historikkKilde(leser) + " h JOIN " + kilde(leser)
				+ " v ON v.id = h.oppdrag_id WHERE v.etat_id = :etat AND v.divisjon_id IS DISTINCT FROM :divisjon "
				+ "AND NOT v.fjernet AND h.tidspunkt >= :siden AND h.type = 'RUTING' AND h.felt = 'divisjon' AND ("
				+ String.join(" OR ", navnVilkar) + ") ORDER BY h.oppdrag_id, h.id DESC) f "
				+ "ORDER BY f.tidspunkt DESC, f.id DESC", p,
				(rs, i) -> new OppdragFlyttet(rs.getString("visnings_id"), rs.getString("nokkel"), rs.getString("tittel"),
						rs.getBoolean("tittel_skjult"), rs.getString("til"), rs.getString("bruker_navn"),
						rs.getObject("tidspunkt", OffsetDateTime.class)));
	}

	/** A routing row from the name while it was the division's ({@code null} bounds: open). */
	private static String navnVilkar(MapSqlParameterSource p, int nr, String navn, OffsetDateTime fra,
			OffsetDateTime til) {
		p.addValue("navn" + nr, navn);
		StringBuilder vilkar = new StringBuilder("(h.fra = :navn" + nr);
		if (fra != null) {
			p.addValue("fra" + nr, fra);
			vilkar.append(" AND h.tidspunkt >= :fra").append(nr);
		}
		if (til != null) {
			p.addValue("til" + nr, til);
			vilkar.append(" AND h.tidspunkt < :til").append(nr);
		}
		return vilkar.append(')').toString();
	}

	/**
	 * Read from the viewer's views as {@link #replies}: an exempt comment's text and every text of a wholly exempt
	 * assignment stay withheld from a viewer without clearance, who is told that a comment exists. Only the role the
	 * comment was written in counts (rows from before the role was kept are left out: who wrote them is unknown). The
	 * division is the one the assignment was routed to then: the first routing after the comment names where it was
	 * moved from, and without one it is still where it was. A comment on a year end's copy that the next letter's
	 * assignment replaced stays on the copy, which leaves the lists: it is listed under the assignment that replaced
	 * it, where the work goes on, saying it was written on the copy.
	 */
	@Override
	public List<OppdragKommentar> leadComments(OffsetDateTime since, CurrentUser leser) {
		Map<Long, String> enhetsnavn = organisasjon.enhetsnavn();
		return jdbc.query("SELECT coalesce(e.visnings_id, v.visnings_id) AS visnings_id, "
				+ "coalesce(e.nokkel, v.nokkel) AS nokkel, "
				+ "coalesce(e.tittel, v.tittel) AS tittel, coalesce(e.tittel_skjult, v.tittel_skjult) AS tittel_skjult, "
				+ "v.divisjon_id, v.unntak, e.unntak AS erstatters_unntak, e.id IS NOT NULL AS paa_kopi, "
				+ "v.visnings_id AS kopi, h.tidspunkt, h.bruker_navn, h.notat, h.skjult, h.unntatt, "
				+ "r.id AS senere_ruting, r.fra AS divisjon_da FROM "
				+ historikkKilde(leser) + " h JOIN " + kilde(leser) + " v ON v.id = h.oppdrag_id "
				+ "LEFT JOIN " + kilde(leser) + " e ON v.fjernet AND e.id = v.erstattet_av AND NOT e.fjernet "
				+ "LEFT JOIN LATERAL (SELECT n.id, n.fra FROM " + historikkKilde(leser) + " n "
				+ "WHERE n.oppdrag_id = h.oppdrag_id AND n.type = 'RUTING' AND n.felt = 'divisjon' AND n.id > h.id "
				+ "ORDER BY n.id LIMIT 1) r ON true "
				+ "WHERE (NOT v.fjernet OR e.id IS NOT NULL) AND h.tidspunkt >= :siden AND h.type = 'KOMMENTAR' "
				+ "AND h.bruker_rolle = :leder ORDER BY h.tidspunkt DESC, h.id DESC",
				new MapSqlParameterSource().addValue("siden", since).addValue("leder", Rolle.HDIR_LEDER.name()),
				(rs, i) -> {
					Long naa = (Long) rs.getObject("divisjon_id");
					String divisjon = rs.getObject("senere_ruting") != null ? rs.getString("divisjon_da")
							: naa == null ? null : enhetsnavn.get(naa);
					String notat = rs.getString("notat");
					String unntak = rs.getString("unntak");
					String erstattersUnntak = rs.getString("erstatters_unntak");
					boolean paaKopi = rs.getBoolean("paa_kopi");
					boolean enHeltUnntatt = "WHOLE".equals(unntak) || "WHOLE".equals(erstattersUnntak);
					String kopi = paaKopi && (leser.klarert() || !enHeltUnntatt) ? rs.getString("kopi") : null;
					return new OppdragKommentar(rs.getString("visnings_id"), rs.getString("nokkel"), rs.getString("tittel"),
							rs.getBoolean("tittel_skjult"), divisjon, rs.getString("bruker_navn"),
							rs.getObject("tidspunkt", OffsetDateTime.class), notat,
							rs.getBoolean("skjult") && notat == null, rs.getBoolean("unntatt"),
							!"NONE".equals(unntak) || (erstattersUnntak != null && !"NONE".equals(erstattersUnntak)),
							"WHOLE".equals(unntak), paaKopi, kopi);
				});
	}

	/**
	 * Waiting since the latest change to Levert in the history; an assignment without one (its status set outside
	 * the workflow) since its last change.
	 */
	@Override
	public List<OppdragLevert> awaitingAcceptance(int limit, CurrentUser leser) {
		RowMapper<OppdragSummary> sammendrag = sammendrag();
		return jdbc.query("SELECT " + KOLONNER + ", coalesce(l.tidspunkt, v.endret) AS levert FROM " + kilde(leser)
				+ " v LEFT JOIN LATERAL (SELECT h.tidspunkt FROM " + historikkKilde(leser) + " h "
				+ "WHERE h.oppdrag_id = v.id AND h.type = 'STATUS' AND h.felt = 'status' AND h.til = 'LEVERT' "
				+ "ORDER BY h.id DESC LIMIT 1) l ON true WHERE NOT v.fjernet AND v.status = 'LEVERT' "
				+ "ORDER BY levert, " + NATURLIG + " LIMIT :limit", Map.of("limit", Math.max(0, limit)),
				(rs, i) -> new OppdragLevert(sammendrag.mapRow(rs, i), rs.getObject("levert", OffsetDateTime.class)));
	}

	/** Links to the assignments of the given rows, titled as the viewer may see them, by row. */
	Map<Long, OppdragRef> refer(Collection<Long> radIder, CurrentUser leser) {
		if (radIder.isEmpty()) {
			return Map.of();
		}
		Map<Long, OppdragRef> refs = new HashMap<>();
		jdbc.query("SELECT v.id, v.visnings_id, v.nokkel, v.aar, v.tittel, v.status FROM " + kilde(leser)
				+ " v WHERE v.id IN (:ider)", Map.of("ider", List.copyOf(radIder)),
				(RowCallbackHandler) rs -> refs.put(rs.getLong("id"), ref(rs, 0)));
		return refs;
	}

	/** The detail page's content, also for a removed assignment (the page says it is removed). */
	Optional<OppdragDetalj> detalj(String id, CurrentUser leser) {
		Optional<Rad> funnet = rad(id, leser);
		if (funnet.isEmpty()) {
			return Optional.empty();
		}
		Rad rad = funnet.get();
		Map<String, Object> radId = Map.of("id", rad.radId());
		List<OppdragDetalj.Del> deler = jdbc.query("SELECT nr, tekst, unntatt, skjult FROM " + delKilde(leser)
				+ " WHERE oppdrag_id = :id ORDER BY nr", radId,
				(rs, i) -> new OppdragDetalj.Del(rs.getInt("nr"), rs.getString("tekst"), rs.getBoolean("unntatt"),
						rs.getBoolean("skjult")));
		List<OppdragDetalj.Referanse> referanser = new ArrayList<>();
		for (String til : jdbc.queryForList("SELECT til_id FROM " + referanseKilde(leser)
				+ " WHERE oppdrag_id = :id ORDER BY til_id", radId, String.class)) {
			List<OppdragRef> treff = jdbc.query("SELECT v.visnings_id, v.nokkel, v.aar, v.tittel, v.status FROM "
					+ kilde(leser) + " v WHERE lower(v.offisiell_id) = lower(:til) AND NOT v.fjernet ORDER BY v.aar, v.id",
					Map.of("til", til), OppdragLeser::ref);
			referanser.add(new OppdragDetalj.Referanse(til, treff.isEmpty() ? null : treff.get(0)));
		}
		List<OppdragRef> referertAv = rad.offisiellId() == null ? List.of()
				: jdbc.query("SELECT v.visnings_id, v.nokkel, v.aar, v.tittel, v.status FROM " + kilde(leser) + " v "
						+ "WHERE NOT v.fjernet AND v.id <> :id AND EXISTS (SELECT 1 FROM " + referanseKilde(leser) + " r "
						+ "WHERE r.oppdrag_id = v.id AND lower(r.til_id) = lower(:offisiell)) ORDER BY v.aar, " + NATURLIG,
						Map.of("id", rad.radId(), "offisiell", rad.offisiellId()), OppdragLeser::ref);
		List<OppdragDetalj.Budsjettlinje> budsjett = jdbc.query(
				"SELECT kapittel, post FROM " + budsjettKilde(leser) + " WHERE oppdrag_id = :id ORDER BY kapittel, post",
				radId,
				(rs, i) -> new OppdragDetalj.Budsjettlinje(rs.getInt(1), rs.getInt(2)));
		OppdragRef opphav = rad.opphavId() == null ? null
				: jdbc.query("SELECT v.visnings_id, v.nokkel, v.aar, v.tittel, v.status FROM " + kilde(leser)
						+ " v WHERE v.id = :id", Map.of("id", rad.opphavId()), OppdragLeser::ref).stream().findFirst()
					.orElse(null);
		// A copy the next year's letter took the place of is out of the register: its successor is the letter's.
		List<OppdragRef> videreforing = jdbc.query("SELECT v.visnings_id, v.nokkel, v.aar, v.tittel, v.status FROM "
				+ kilde(leser) + " v WHERE v.opphav_id = :id AND (NOT v.fjernet OR :fjernet) ORDER BY v.aar",
				Map.of("id", rad.radId(), "fjernet", rad.fjernet()), OppdragLeser::ref);
		// A copy the letter took the place of, and the letter's assignment that did, name each other. Work on the copy
		// is what a lead recorded, as the import counts it: a routing is none.
		String arbeid = "EXISTS (SELECT 1 FROM " + historikkKilde(leser) + " h WHERE h.oppdrag_id = k.id "
				+ "AND h.type IN ('STATUS', 'FREMDRIFT', 'KOMMENTAR'))";
		OppdragDetalj.Erstatning erstattetAv = rad.erstattetAv() == null ? null
				: jdbc.query("SELECT v.visnings_id, v.nokkel, v.aar, v.tittel, v.status, " + arbeid
						+ " AS arbeid FROM " + kilde(leser) + " v, " + kilde(leser) + " k WHERE v.id = :ny AND k.id = :id",
						Map.of("ny", rad.erstattetAv(), "id", rad.radId()), (rs, i) -> erstatning(rs))
					.stream().findFirst().orElse(null);
		List<OppdragDetalj.Erstatning> erstatter = jdbc.query("SELECT k.visnings_id, k.nokkel, k.aar, k.tittel, "
				+ "k.status, " + arbeid + " AS arbeid FROM " + kilde(leser) + " k WHERE k.erstattet_av = :id "
				+ "ORDER BY k.sort_prefiks, k.sort_nr, k.nokkel", radId, (rs, i) -> erstatning(rs));
		Map<Long, List<OppdragDetalj.Del>> tidligere = new HashMap<>();
		jdbc.query("SELECT historikk_id, nr, tekst, unntatt, skjult FROM " + historikkDelKilde(leser)
				+ " WHERE oppdrag_id = :id ORDER BY historikk_id, nr", radId,
				(RowCallbackHandler) rs -> tidligere.computeIfAbsent(rs.getLong("historikk_id"), h -> new ArrayList<>())
					.add(new OppdragDetalj.Del(rs.getInt("nr"), rs.getString("tekst"), rs.getBoolean("unntatt"),
							rs.getBoolean("skjult"))));
		List<OppdragDetalj.Hendelse> historikk = jdbc.query("SELECT id, tidspunkt, bruker_navn, bruker_rolle, "
				+ "bruker_id, type, felt, fra, til, notat, skjult, unntatt, notat_skjult, verdier_skjult FROM "
				+ historikkKilde(leser) + " WHERE oppdrag_id = :id ORDER BY id DESC",
				radId, (rs, i) -> hendelse(rs, tidligere.getOrDefault(rs.getLong("id"), List.of())));
		// Whether the exempt parts cite anything is their content too: an uncleared viewer is told for every assignment
		// with exempt parts (which their placeholder shows him anyway) that what they cite is withheld, whether or not
		// they cite anything, as of a wholly exempt one. Set by the stored rows, the flag told him which exempt parts
		// cite an assignment or a budget line.
		boolean unntatteDelerHoldt = !leser.klarert() && deler.stream().anyMatch(OppdragDetalj.Del::unntatt);
		return Optional.of(new OppdragDetalj(rad.sammendrag(), deler, rad.fremdrift(), rad.statusGrunn(), referanser,
				referertAv, budsjett, opphav, videreforing, erstattetAv, erstatter, historikk, rad.fjernet(),
				rad.heltUnntatt(), unntatteDelerHoldt, unntatteDelerHoldt));
	}

	private static OppdragDetalj.Hendelse hendelse(ResultSet rs, List<OppdragDetalj.Del> tidligereTekst)
			throws SQLException {
		return new OppdragDetalj.Hendelse(rs.getObject("tidspunkt", OffsetDateTime.class), rs.getString("bruker_navn"),
				rs.getString("type"), rs.getString("felt"), rs.getString("fra"), rs.getString("til"),
				rs.getString("notat"), rs.getBoolean("skjult"), rs.getBoolean("unntatt"), rs.getBoolean("notat_skjult"),
				rs.getBoolean("verdier_skjult"), rs.getString("bruker_rolle"), (Long) rs.getObject("bruker_id"),
				List.copyOf(tidligereTekst));
	}

	/**
	 * The other side of a replacement, named by its id also where either is wholly exempt, titled as the viewer's
	 * view has it. Withholding which one it is hid nothing: the copy and the letter's assignment both show
	 * «Videreført fra» the same origin, whose «Videreført til» names the letter's, and ids and these links are public
	 * (offl. § 22 covers the title and what is written, see README); it only left a gap to count.
	 */
	private static OppdragDetalj.Erstatning erstatning(ResultSet rs) throws SQLException {
		return new OppdragDetalj.Erstatning(ref(rs, 0), rs.getInt("aar"), rs.getBoolean("arbeid"));
	}

	private Optional<Rad> rad(String id, CurrentUser leser) {
		List<Rad> rader = jdbc.query("SELECT " + KOLONNER + ", v.fremdrift, v.status_grunn, v.opphav_id, v.fjernet, "
				+ "v.erstattet_av FROM "
				+ kilde(leser) + " v WHERE lower(v.visnings_id) = lower(:id) OR lower(v.nokkel) = lower(:id) "
				+ "ORDER BY v.fjernet, v.id LIMIT 1", Map.of("id", id),
				(rs, i) -> new Rad(sammendrag().mapRow(rs, i), rs.getLong("rad_id"), rs.getString("offisiell_id"),
						rs.getString("fremdrift"), rs.getString("status_grunn"), (Long) rs.getObject("opphav_id"),
						rs.getBoolean("fjernet"), "WHOLE".equals(rs.getString("unntak")),
						(Long) rs.getObject("erstattet_av")));
		return rader.stream().findFirst();
	}

	private record Rad(OppdragSummary sammendrag, long radId, String offisiellId, String fremdrift, String statusGrunn,
			Long opphavId, boolean fjernet, boolean heltUnntatt, Long erstattetAv) {
	}

	/** The clearance decides the views, and nothing else reads the tables for display. */
	private static String kilde(CurrentUser leser) {
		return leser.klarert() ? "oppdrag_full" : "oppdrag_offentlig";
	}

	private static String referanseKilde(CurrentUser leser) {
		return leser.klarert() ? "oppdrag_referanse_full" : "oppdrag_referanse_offentlig";
	}

	private static String budsjettKilde(CurrentUser leser) {
		return leser.klarert() ? "oppdrag_budsjett_full" : "oppdrag_budsjett_offentlig";
	}

	private static String delKilde(CurrentUser leser) {
		return leser.klarert() ? "oppdrag_del_full" : "oppdrag_del_offentlig";
	}

	private static String historikkKilde(CurrentUser leser) {
		return leser.klarert() ? "oppdrag_historikk_full" : "oppdrag_historikk_offentlig";
	}

	private static String historikkDelKilde(CurrentUser leser) {
		return leser.klarert() ? "oppdrag_historikk_del_full" : "oppdrag_historikk_del_offentlig";
	}

	/**
	 * The conditions of a filter: {@code vilkar} without the free text, {@code tekst} the free text's ({@code null}
	 * without one); {@code avgrenset} when an indexed condition narrows the rows without the text.
	 */
	private record Sporring(List<String> vilkar, String tekst, boolean avgrenset, MapSqlParameterSource p) {

		String where() {
			return tekst == null ? utenTekst() : utenTekst() + " AND " + tekst;
		}

		String utenTekst() {
			return String.join(" AND ", vilkar);
		}
	}

	/**
	 * The free text, widened once per request: each query word also matches its other number ({@code legemidler} →
	 * "legemiddel…") and the dictionary words it is a small typo of ({@code vaksinajsonsprogram} →
	 * "vaksinasjonsprogram"; not «tjenesten» for {@code fastlegetjenesten}, see Ordbok). An uncleared viewer's words are widened only with words that occur in public text, and
	 * the widened query runs only against the viewer's full-text column. {@code strikt} is the query unwidened,
	 * {@code utvidede} its widened words unwidened ({@code null} when none was: then no match is a near-miss). A word
	 * whose stem is too loose a prefix ({@code fastlege}, fast) stands for its own forms and the words that begin as it
	 * does (Sokeord.begynnelse), with a {@link Kontroll} where its stem is also other words' stem. A quoted phrase is
	 * neither widened nor a prefix (Sokeord.Ledd). {@code ider} the spellings of an id the query may stand for
	 * (Sokeord.idformer).
	 */
	private record Sok(List<String> ider, String tsquery, String strikt, String utvidede, List<Kontroll> kontroller) {
	}

	/**
	 * A query word whose stem is also the stem of unrelated words ({@code fastlege}, fast, as «fast» and «faste»), or
	 * one of its near-misses whose stem is ({@code allmenlege}'s «allmennleger», allmenn, as «allmennheten»): a match
	 * must have a word of the viewer's title or text that begins with one of {@code prefikser} (letters only, see
	 * Sokeord.begynnelse), unless it matched one of the word's other alternatives ({@code andre}, null if none).
	 */
	private record Kontroll(List<String> prefikser, String andre) {
	}

	private Sok sok(OppdragFilter f, CurrentUser leser) {
		if (f.q() == null) {
			return null;
		}
		Map<String, List<String>> lignende = new HashMap<>();
		Map<String, List<String>> egne = new HashMap<>();
		List<Kontroll> kontroller = new ArrayList<>();
		for (String ord : Sokeord.trigramord(f.q()).stream().distinct().toList()) {
			// A stop word («for», «til») is left out of the search, and so are its near-misses («form», «fil»): as a
			// prefix each would be a word the text must have.
			if (ordbok.stamme(ord) == null) {
				lignende.put(ord, List.of());
				continue;
			}
			// Per word of the query or near-miss checked, the beginning its stem's matches must have.
			Map<String, String> kontrollerte = new LinkedHashMap<>();
			Sokeord.Begynnelse begynnelse = egneFormer(ord, egne, kontrollerte, leser);
			List<Ordbok.Lignende> naer = ordbok.lignende(ord, begynnelse == null ? null : begynnelse.prefiks(),
					leser.klarert());
			List<String> lik = naer.stream().map(Ordbok.Lignende::ord).toList();
			lignende.put(ord, lik);
			// A near-miss matches as a prefix, as the word typed right would (Sokeord.utvidelse), but one whose stem is
			// too loose a prefix matches only itself: «hele» (hel) beside «helse» would find «helt» and «helhet». A
			// near-miss that is a longer word's beginning is no word itself: it stands for the words that begin so.
			for (Ordbok.Lignende n : naer) {
				if (n.begynnelse() && n.stamme() != null && Sokeord.begynnelse(n.ord(), n.stamme()) != null) {
					egneFormer(n.ord(), egne, kontrollerte, leser);
				}
				else if (n.stamme() == null || Sokeord.begynnelse(n.ord(), n.stamme()) != null) {
					egne.putIfAbsent(n.ord(), List.of());
				}
			}
			// A near-miss of a word that has no forms of its own, a typo of a loose stem, stands for what the word
			// would: «allmennleger» for «allmennlegetjenesten» too. Not one of a word the register has: its prefix
			// finds what it should, and the near-misses' forms only lengthen the query (for «helse», its near-miss
			// «hels» would bring every word that begins so, and the search took twice as long).
			if (begynnelse != null && egne.getOrDefault(ord, List.of()).isEmpty()) {
				lik.forEach(n -> egneFormer(n, egne, kontrollerte, leser));
			}
			if (!kontrollerte.isEmpty()) {
				kontroller.add(new Kontroll(kontrollerte.values().stream().distinct().toList(),
						Sokeord.andreAlternativer(ord, egne, lignende, kontrollerte.keySet())));
			}
		}
		// A phrase matches its words' stems and nothing else, so its checked words have no other alternatives.
		for (String ord : Sokeord.uttrykksord(f.q())) {
			String stamme = ordbok.stamme(ord);
			Sokeord.Begynnelse begynnelse = Sokeord.begynnelse(ord, stamme);
			if (begynnelse != null && begynnelse.avledet()
					&& ordbok.andreOrdMedStammen(stamme, begynnelse.prefiks(), leser.klarert())) {
				kontroller.add(new Kontroll(List.of(begynnelse.prefiks()), null));
			}
		}
		return new Sok(Sokeord.idformer(f.q()), Sokeord.tsquery(f.q(), egne, lignende),
				Sokeord.strikt(f.q(), egne), Sokeord.utvidedeOrd(f.q(), egne, lignende), kontroller);
	}

	/**
	 * The beginning of {@code ord} where its stem is too loose a prefix (Sokeord.begynnelse), else {@code null}; then
	 * its own forms go into {@code egne}, and the beginning into {@code kontrollerte} where its stem is also other
	 * words' stem.
	 */
	private Sokeord.Begynnelse egneFormer(String ord, Map<String, List<String>> egne, Map<String, String> kontrollerte,
			CurrentUser leser) {
		String stamme = ordbok.stamme(ord);
		Sokeord.Begynnelse begynnelse = Sokeord.begynnelse(ord, stamme);
		if (begynnelse != null) {
			egne.put(ord, ordbok.begynnerMed(begynnelse.prefiks(), stamme, leser.klarert()));
			if (begynnelse.avledet() && ordbok.andreOrdMedStammen(stamme, begynnelse.prefiks(), leser.klarert())) {
				kontrollerte.put(ord, begynnelse.prefiks());
			}
		}
		return begynnelse;
	}

	/**
	 * The checks of a search's {@link Kontroll}s on the row {@code v} of the viewer's view, each prefixed with
	 * " AND ": a word of the visible title ({@code kolonne} the title's vector) or, unless {@code bareTittel}, of a
	 * visible part begins with one of its prefixes. The parameters are {@code prefiks0}, {@code monster0},
	 * {@code andre0} …, set by sporring.
	 */
	private static String kontroller(Sok sok, CurrentUser leser, String v, String kolonne, boolean bareTittel) {
		StringBuilder sql = new StringBuilder();
		for (int i = 0; i < sok.kontroller().size(); i++) {
			String prefiks = "(SELECT to_tsquery('simple', :prefiks" + i + "))";
			sql.append(" AND (");
			if (sok.kontroller().get(i).andre() != null) {
				sql.append(v).append('.').append(kolonne).append(" @@ (SELECT to_tsquery('norwegian', :andre").append(i)
					.append(")) OR ");
			}
			sql.append("(NOT ").append(v).append(".tittel_skjult AND ").append(v)
				.append(".tittel ILIKE ANY (CAST(:monster").append(i).append(" AS text[])) AND to_tsvector('simple', ")
				.append(v).append(".tittel) @@ ").append(prefiks).append(')');
			if (!bareTittel) {
				sql.append(" OR EXISTS (SELECT 1 FROM ").append(delKilde(leser)).append(" d WHERE d.oppdrag_id = ")
					.append(v).append(".id AND NOT d.skjult AND d.tekst ILIKE ANY (CAST(:monster").append(i)
					.append(" AS text[])) AND to_tsvector('simple', d.tekst) @@ ").append(prefiks).append(')');
			}
			sql.append(')');
		}
		return sql.toString();
	}

	/**
	 * The filter as SQL over the chosen view, without the status choice (the counts per status need the others); the
	 * free text matches an exact id or the full-text column.
	 */
	private static Sporring sporring(OppdragFilter f, Sok sok, CurrentUser leser) {
		MapSqlParameterSource p = new MapSqlParameterSource();
		List<String> vilkar = new ArrayList<>();
		vilkar.add("NOT v.fjernet");
		if (f.aar() != null) {
			vilkar.add("v.aar = :aar");
			p.addValue("aar", f.aar());
		}
		if (f.etatId() != null) {
			vilkar.add("v.etat_id = :etat");
			p.addValue("etat", f.etatId());
		}
		if (f.divisjonId() != null) {
			vilkar.add("v.divisjon_id = :divisjon");
			p.addValue("divisjon", f.divisjonId());
		}
		if (f.ikkeRutet()) {
			vilkar.add("v.divisjon_id IS NULL");
		}
		if (f.utenVidereforte()) {
			vilkar.add(NYESTE_I_KJEDEN);
		}
		if (f.avdelingId() != null) {
			vilkar.add("v.avdeling_id = :avdeling");
			p.addValue("avdeling", f.avdelingId());
		}
		if (f.brevId() != null) {
			vilkar.add("v.brev_id = :brev");
			p.addValue("brev", f.brevId());
		}
		if (f.seksjon() != null) {
			vilkar.add("(v.seksjon = :seksjon OR v.seksjon LIKE :seksjonUnder ESCAPE '\\')");
			p.addValue("seksjon", f.seksjon()).addValue("seksjonUnder",
					f.seksjon().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + ".%");
		}
		if (f.hodAvdeling() != null) {
			vilkar.add("v.hod_avdelinger @> ARRAY[CAST(:hod AS text)]");
			p.addValue("hod", f.hodAvdeling().toUpperCase(Sokeord.NORSK));
		}
		if (f.fristFra() != null || f.fristTil() != null) {
			vilkar.add("EXISTS (SELECT 1 FROM unnest(v.frister) AS f (frist) WHERE f.frist >= :fristFra AND f.frist <= :fristTil)");
			p.addValue("fristFra", f.fristFra() == null ? LocalDate.of(1900, 1, 1) : f.fristFra())
				.addValue("fristTil", f.fristTil() == null ? LocalDate.of(9999, 12, 31) : f.fristTil());
		}
		if (f.forfalt()) {
			vilkar.add("v.status IN (:aapne) AND v.forste_frist < :idag");
			p.addValue("aapne", List.of(OppdragStatus.values()).stream().filter(OppdragStatus::aapen).map(Enum::name)
				.toList()).addValue("idag", LocalDate.now(Formats.OSLO));
		}
		String tekst = null;
		if (sok != null) {
			p.addValue("ider", sok.ider());
			String id = "lower(v.visnings_id) IN (:ider) OR lower(v.nokkel) IN (:ider) "
					+ "OR lower(v.offisiell_id) IN (:ider)";
			if (sok.tsquery() == null) {
				tekst = "(" + id + ")";
			}
			else {
				tekst = "(" + id + " OR v.sok @@ " + TSQUERY + kontroller(sok, leser, "v", "sok", false) + ")";
				p.addValue("tsquery", sok.tsquery()).addValue("strikt", sok.strikt())
					.addValue("utvidede", sok.utvidede());
				for (int i = 0; i < sok.kontroller().size(); i++) {
					// The substring (letters only) spares parsing the texts that cannot have the word: a third of
					// the check's time for «fastlege» on 20 000 assignments of the real letters' text.
					List<String> prefikser = sok.kontroller().get(i).prefikser();
					p.addValue("prefiks" + i, String.join(" | ", prefikser.stream().map(b -> b + ":*").toList()))
						.addValue("monster" + i, prefikser.stream().map(b -> "%" + b + "%").toArray(String[]::new))
						.addValue("andre" + i, sok.kontroller().get(i).andre());
				}
			}
		}
		boolean avgrenset = f.aar() != null || f.etatId() != null || f.divisjonId() != null || f.avdelingId() != null
				|| f.brevId() != null || f.hodAvdeling() != null;
		return new Sporring(vilkar, tekst, avgrenset, p);
	}

	/**
	 * With a query and no chosen order: exact id, then title hits, then text hits, then near-misses, each with the
	 * title first (see rang). Without a query and no chosen order: the newest year first (users work in the current
	 * year), then the natural order of the ids. Else the chosen order. Uses only the columns of the set of matches
	 * ({@code treff}).
	 */
	private static String rekkefolge(OppdragFilter f, Sok sok) {
		String retning = f.synkende() ? " DESC" : "";
		String valgt = f.sortering() == null ? (sok == null ? "standard" : "relevans") : f.sortering();
		return switch (valgt) {
			case "frist" -> "v.forste_frist" + retning + " NULLS LAST, " + NATURLIG;
			case "status" -> "array_position(ARRAY['IKKE_STARTET', 'PAAGAAR', 'FORSINKET', 'LEVERT', 'FULLFORT', "
					+ "'UTGAAR', 'VIDEREFORT'], v.status)" + retning + ", " + NATURLIG;
			case "endret" -> "v.endret" + (f.synkende() ? "" : " DESC") + ", " + NATURLIG;
			case "relevans" -> sok == null ? "v.aar DESC, " + NATURLIG : "v.rang, " + NATURLIG;
			case "standard" -> f.synkende() ? "v.aar, v.sort_prefiks DESC, v.sort_nr DESC, v.nokkel DESC"
					: "v.aar DESC, " + NATURLIG;
			default -> f.synkende() ? "v.sort_prefiks DESC, v.sort_nr DESC, v.nokkel DESC" : NATURLIG;
		};
	}

	/**
	 * Relevance class of a match: 0 an exact id, 1 an exact hit in the title, 2 and 3 an exact hit in the text, 4 and 5
	 * a near-miss (found only by the widened words: another number, a similar spelling); of 2 and 3 and of 4 and 5 the
	 * first where the title has the words widened («vaksne» finds «Vaksinasjonsprogram for voksne» before the texts
	 * that name «voksne»). An exact hit stays before a near-miss in the title: what was typed outranks what was
	 * guessed (OppdragSokRangTests, «legemidler»). The title column holds only the visible title, the text column only
	 * what the viewer may read, so exempt text never moves an uncleared viewer's match. The ids and the title hits are
	 * each found once through their indexes (a hashed subplan), so a row is classed by its id alone: a common word
	 * matches thousands of rows, and lowercasing three ids and reading the title's vector of each took a third of such
	 * a search (measured at 20 000 assignments). Within an agency or a year (a few hundred rows at most) the title is
	 * checked row by row: finding every title match of the register first would cost more. The exact text hits are
	 * classed the same way, and only when the widening added words (across the register, checking each match's text
	 * vector made «fengsel», 279 matches, 3.1 ms instead of 2.3; through the index it stays at 2.3), by the widened
	 * words alone: the match has the others already. The widened title hits cost one more lookup of the title index,
	 * also only when the widening added words.
	 */
	private static String rang(Sok sok, CurrentUser leser, boolean heleRegisteret) {
		String id = "v.id IN (SELECT i.id FROM " + kilde(leser) + " i WHERE lower(i.visnings_id) IN (:ider) "
				+ "OR lower(i.nokkel) IN (:ider) OR lower(i.offisiell_id) IN (:ider))";
		if (sok.tsquery() == null) {
			return "CASE WHEN " + id + " THEN 0 ELSE 1 END";
		}
		String tittel = tittel(sok, leser, heleRegisteret, STRIKT);
		if (sok.utvidede() == null) {
			return "CASE WHEN " + id + " THEN 0 WHEN " + tittel + " THEN 1 ELSE 2 END";
		}
		return "CASE WHEN " + id + " THEN 0 WHEN " + tittel + " THEN 1 ELSE CASE WHEN "
				+ treff("sok", UTVIDEDE, leser, heleRegisteret) + " THEN 2 ELSE 4 END + CASE WHEN "
				+ tittel(sok, leser, heleRegisteret, TSQUERY) + " THEN 0 ELSE 1 END END";
	}

	/**
	 * Whether the row's visible title matches {@code tsquery}; a title hit of a word checked for its beginning must have
	 * the beginning in the title.
	 */
	private static String tittel(Sok sok, CurrentUser leser, boolean heleRegisteret, String tsquery) {
		return heleRegisteret
				? "v.id IN (SELECT t.id FROM " + kilde(leser) + " t WHERE t.sok_tittel @@ " + tsquery
						+ kontroller(sok, leser, "t", "sok_tittel", true) + ")"
				: "(v.sok_tittel @@ " + tsquery + kontroller(sok, leser, "v", "sok_tittel", true) + ")";
	}

	/** Whether the row's vector {@code kolonne} matches {@code tsquery}: through its index across the register. */
	private static String treff(String kolonne, String tsquery, CurrentUser leser, boolean heleRegisteret) {
		return heleRegisteret
				? "v.id IN (SELECT t.id FROM " + kilde(leser) + " t WHERE t." + kolonne + " @@ " + tsquery + ")"
				: "v." + kolonne + " @@ " + tsquery;
	}

	private RowMapper<OppdragSummary> sammendrag() {
		return sammendrag(etatnavn(), new HashMap<>());
	}

	/** Maps rows to summaries; the unit names are loaded into {@code enheter} at the first routed row if empty. */
	private RowMapper<OppdragSummary> sammendrag(Map<Long, String> etater, Map<Long, String> enheter) {
		return (rs, i) -> {
			Long divisjon = (Long) rs.getObject("divisjon_id");
			Long avdeling = (Long) rs.getObject("avdeling_id");
			return new OppdragSummary(rs.getString("visnings_id"), rs.getString("nokkel"), rs.getString("offisiell_id"),
					rs.getInt("aar"), rs.getLong("etat_id"), etater.get(rs.getLong("etat_id")), rs.getString("seksjon"),
					rs.getString("seksjon_tittel"), OppdragImportTjeneste.tekster(rs.getArray("hod_avdelinger")),
					rs.getString("tittel"), rs.getBoolean("tittel_skjult"), OppdragStatus.valueOf(rs.getString("status")),
					OppdragImportTjeneste.datoer(rs, "frister"), rs.getString("frist_tekst"),
					rs.getObject("forventet_dato", LocalDate.class), divisjon, enhetsnavn(divisjon, enheter), avdeling,
					enhetsnavn(avdeling, enheter), !"NONE".equals(rs.getString("unntak")),
					(Long) rs.getObject("brev_id"), rs.getObject("endret", OffsetDateTime.class), rs.getLong("versjon"));
		};
	}

	private Map<Long, String> etatnavn() {
		return organisasjon.etater().stream().collect(Collectors.toMap(Etat::id, Etat::navn));
	}

	/** Loads every unit's name at the first routed row: one query however many divisions a page shows. */
	private String enhetsnavn(Long id, Map<Long, String> cache) {
		if (id == null) {
			return null;
		}
		if (cache.isEmpty()) {
			cache.putAll(organisasjon.enhetsnavn());
		}
		return cache.get(id);
	}

	private static OppdragRef ref(ResultSet rs, int i) throws SQLException {
		return new OppdragRef(rs.getString("visnings_id"), rs.getString("nokkel"), rs.getInt("aar"),
				rs.getString("tittel"), OppdragStatus.valueOf(rs.getString("status")));
	}
}
