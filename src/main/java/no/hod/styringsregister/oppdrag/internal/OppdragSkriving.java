package no.hod.styringsregister.oppdrag.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.cache.annotation.CacheEvict;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.oppdrag.OppdragStatus;

/** Write steps shared by the import, the workflow and the year end: keys, shown ids, search columns, history. */
@Component
class OppdragSkriving {

	private final NamedParameterJdbcTemplate jdbc;

	OppdragSkriving(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The next register key of a year, {@code O-2025-0001}; a row lock on the counter keeps it unique. */
	String nyNokkel(int aar) {
		Integer nr = jdbc.queryForObject("""
				INSERT INTO oppdrag_nokkelteller (aar, siste) VALUES (:aar, 1)
				ON CONFLICT (aar) DO UPDATE SET siste = oppdrag_nokkelteller.siste + 1
				RETURNING siste""", Map.of("aar", aar), Integer.class);
		return "O-%d-%04d".formatted(aar, nr);
	}

	/**
	 * Recomputes the shown id (official id when unique, else the key) and its natural sort key for the given rows
	 * and every row sharing one of the official ids.
	 */
	void oppdaterVisningsId(Collection<Long> rader, Collection<String> offisielleIder) {
		if (rader.isEmpty() && offisielleIder.isEmpty()) {
			return;
		}
		MapSqlParameterSource p = new MapSqlParameterSource()
			.addValue("rader", rader.isEmpty() ? List.of(-1L) : List.copyOf(rader))
			.addValue("offisielle", offisielleIder.isEmpty() ? List.of("")
					: offisielleIder.stream().map(id -> id.toLowerCase(Sokeord.NORSK)).toList());
		jdbc.update("""
				UPDATE oppdrag o
				SET visnings_id = x.vid,
				    sort_prefiks = lower(regexp_replace(x.vid, '\\d{1,9}$', '')),
				    sort_nr = coalesce(substring(x.vid FROM '\\d{1,9}$')::integer, 0)
				FROM (SELECT a.id,
				             CASE WHEN a.offisiell_id IS NOT NULL
				                   AND (SELECT count(*) FROM oppdrag b WHERE lower(b.offisiell_id) = lower(a.offisiell_id)) = 1
				                  THEN a.offisiell_id ELSE a.nokkel END AS vid
				      FROM oppdrag a
				      WHERE a.id IN (:rader) OR lower(a.offisiell_id) IN (:offisielle)) x
				WHERE o.id = x.id""", p);
	}

	/**
	 * Rebuilds both search columns of a row from its stored title and parts: the full text, and the public text
	 * (ids, the title unless wholly exempt, the parts not exempt), and adds its words to the dictionary for near-miss
	 * spellings (so the cached answers of the dictionary go). Words are lower-cased here so the database's locale does
	 * not matter.
	 */
	@CacheEvict(cacheNames = Ordbok.MELLOMLAGER, allEntries = true)
	void oppdaterSok(long id) {
		Map<String, Object> rad = jdbc.queryForMap("""
				SELECT o.nokkel, o.offisiell_id, o.tittel, o.unntak, p.offisiell_id AS opphav_id
				FROM oppdrag o LEFT JOIN oppdrag p ON p.id = o.opphav_id WHERE o.id = :id""", Map.of("id", id));
		List<Map<String, Object>> deler = jdbc.queryForList(
				"SELECT tekst, unntatt FROM oppdrag_del WHERE oppdrag_id = :id ORDER BY nr", Map.of("id", id));
		List<String> ider = new ArrayList<>();
		ider.add((String) rad.get("nokkel"));
		for (String kolonne : List.of("offisiell_id", "opphav_id")) {
			if (rad.get(kolonne) != null) {
				ider.add((String) rad.get(kolonne));
			}
		}
		boolean helt = "WHOLE".equals(rad.get("unntak"));
		String tittel = ((String) rad.get("tittel")).toLowerCase(Sokeord.NORSK);
		StringBuilder full = new StringBuilder();
		StringBuilder offentlig = new StringBuilder();
		for (Map<String, Object> del : deler) {
			String tekst = ((String) del.get("tekst")).toLowerCase(Sokeord.NORSK);
			full.append(tekst).append('\n');
			if (!helt && !(Boolean) del.get("unntatt")) {
				offentlig.append(tekst).append('\n');
			}
		}
		String synligTittel = helt ? "" : tittel;
		String iderTekst = String.join(" ", ider).toLowerCase(Sokeord.NORSK);
		// Only the words reach the parser, as the queries do: it would read "tb2025-3" as "tb2025" and the number -3.
		MapSqlParameterSource p = new MapSqlParameterSource().addValue("id", id)
			.addValue("ider", ordene(iderTekst))
			.addValue("tittel", ordene(tittel))
			.addValue("synligTittel", ordene(synligTittel))
			.addValue("full", ordene(full.toString()))
			.addValue("offentlig", ordene(offentlig.toString()));
		jdbc.update("""
				UPDATE oppdrag SET
				  sok_full = setweight(to_tsvector('simple', :ider), 'A') || setweight(to_tsvector('norwegian', :tittel), 'A')
				             || setweight(to_tsvector('norwegian', :full), 'B'),
				  sok_offentlig = setweight(to_tsvector('simple', :ider), 'A')
				             || setweight(to_tsvector('norwegian', :synligTittel), 'A')
				             || setweight(to_tsvector('norwegian', :offentlig), 'B'),
				  sok_tittel_full = to_tsvector('norwegian', :tittel),
				  sok_tittel_offentlig = to_tsvector('norwegian', :synligTittel)
				WHERE id = :id""", p);
		Set<String> offentligeOrd = Sokeord.ordsett(iderTekst, synligTittel, offentlig.toString());
		Set<String> alleOrd = Sokeord.ordsett(iderTekst, tittel, full.toString());
		jdbc.update("""
				INSERT INTO oppdrag_sokeord (ord, offentlig)
				SELECT o, o = ANY (string_to_array(:offentlige, ' ')) FROM unnest(string_to_array(:alle, ' ')) AS o
				ON CONFLICT (ord) DO UPDATE SET offentlig = true
				WHERE excluded.offentlig AND NOT oppdrag_sokeord.offentlig""",
				new MapSqlParameterSource().addValue("alle", String.join(" ", alleOrd))
					.addValue("offentlige", String.join(" ", offentligeOrd)));
	}

	private static String ordene(String tekst) {
		return String.join(" ", Sokeord.ord(tekst));
	}

	/**
	 * Appends a history row, with the role the user acted in. {@code hvem} is null for changes without a signed-in
	 * user. Returns the row's id, for what is kept with it.
	 */
	long historikk(long oppdragId, CurrentUser hvem, Hendelsestype type, String felt, String fra, String til,
			String notat, boolean unntatt) {
		MapSqlParameterSource p = new MapSqlParameterSource().addValue("oppdrag", oppdragId)
			.addValue("brukerId", hvem == null ? null : hvem.id())
			.addValue("brukerNavn", hvem == null ? "Import" : hvem.navn())
			.addValue("brukerRolle", hvem == null ? null : hvem.rolle().name())
			.addValue("type", type.name())
			.addValue("felt", felt)
			.addValue("fra", fra)
			.addValue("til", til)
			.addValue("notat", notat)
			.addValue("unntatt", unntatt);
		return jdbc.queryForObject("""
				INSERT INTO oppdrag_historikk (oppdrag_id, bruker_id, bruker_navn, bruker_rolle, type, felt, fra, til,
				    notat, unntatt)
				VALUES (:oppdrag, :brukerId, :brukerNavn, :brukerRolle, :type, :felt, :fra, :til, :notat, :unntatt)
				RETURNING id""", p, Long.class);
	}

	/**
	 * Whether the user's latest comment on the assignment has this text and marking and was written within the last
	 * minute: a second press of the button, not a second comment. Read under the assignment's row lock, so a resent form
	 * waits for the first to commit and then finds it.
	 */
	boolean nettoppKommentert(long oppdragId, CurrentUser hvem, String notat, boolean unntatt) {
		return Boolean.TRUE.equals(jdbc.queryForObject("""
				SELECT coalesce((SELECT notat = :notat AND unntatt = :unntatt AND tidspunkt > now() - interval '1 minute'
				                 FROM oppdrag_historikk
				                 WHERE oppdrag_id = :oppdrag AND type = 'KOMMENTAR' AND bruker_id = :bruker
				                 ORDER BY id DESC LIMIT 1), false)""",
				new MapSqlParameterSource().addValue("oppdrag", oppdragId).addValue("bruker", hvem.id())
					.addValue("notat", notat).addValue("unntatt", unntatt),
				Boolean.class));
	}

	/** The work an assignment carries: status, progress note, and a delay's expected date and reason. */
	record Arbeid(OppdragStatus status, String fremdrift, LocalDate forventetDato, String statusGrunn) {
	}

	/**
	 * Whether no one has worked on the assignment since it came into the register: Ikke startet, no progress note,
	 * and no status or note ever set (its history holds at most its creation, the letter's changes, routings and
	 * links). Only such a one takes over the work it continues, so a lead's own update is never overwritten. Locks the
	 * row for the transaction, so no update of the lead's slips in between this answer and the takeover.
	 */
	boolean urort(long id) {
		return Boolean.TRUE.equals(jdbc.queryForObject("""
				SELECT status = 'IKKE_STARTET' AND coalesce(btrim(fremdrift), '') = ''
				    AND NOT EXISTS (SELECT 1 FROM oppdrag_historikk h WHERE h.oppdrag_id = o.id
				                    AND h.type IN ('STATUS', 'FREMDRIFT'))
				FROM oppdrag o WHERE id = :id FOR UPDATE""", Map.of("id", id), Boolean.class));
	}

	/**
	 * The work the next year's assignment continuing this one (last year's) takes over, as the year end and the
	 * letter's import both hand it on; {@code null} for none. An open status goes on as it is (Ikke startet, Pågår,
	 * Forsinket with its expected date and reason), with the progress note. Videreført is the year end's mark on a
	 * copy, not a lead's report: the work goes on as Ikke startet, with its note. A delivered (Levert) one hands on
	 * nothing, as the year end carries over no delivered assignment: its delivery waits for the ministry's decision on
	 * last year's assignment, which may send it back there, and the next year's is new work; the same for one finished
	 * or cancelled.
	 */
	Arbeid arbeidSomViderefores(long opphavId) {
		return jdbc.queryForObject(
				"SELECT status, fremdrift, forventet_dato, status_grunn FROM oppdrag WHERE id = :id",
				Map.of("id", opphavId), (rs, i) -> {
					OppdragStatus status = OppdragStatus.valueOf(rs.getString("status"));
					String fremdrift = rs.getString("fremdrift");
					return switch (status) {
						case IKKE_STARTET, PAAGAAR -> new Arbeid(status, fremdrift, null, null);
						case FORSINKET -> new Arbeid(status, fremdrift, rs.getObject("forventet_dato", LocalDate.class),
								rs.getString("status_grunn"));
						case VIDEREFORT -> new Arbeid(OppdragStatus.IKKE_STARTET, fremdrift, null, null);
						case LEVERT, FULLFORT, UTGAAR -> null;
					};
				});
	}

	/**
	 * Gives an assignment no one has worked on yet ({@link #urort}) the work it continues, as history rows by
	 * {@code hvem}, each saying where it came from: {@code statusFra} for status, expected date and reason,
	 * {@code fremdriftFra} for the progress note («årsskiftets kopi O-2026-0004», «TB2025-9 (2025), som det
	 * viderefører»). {@code kilder}: the rows the work comes from (the origin, a copy). Bumps the version when anything
	 * changed. The status row last, as a lead's change records it, so the newest row names the status.
	 */
	void overta(long id, Arbeid arbeid, String statusFra, String fremdriftFra, Collection<Long> kilder,
			CurrentUser hvem) {
		Arbeid naa = jdbc.queryForObject(
				"SELECT status, fremdrift, forventet_dato, status_grunn FROM oppdrag WHERE id = :id",
				Map.of("id", id), (rs, i) -> new Arbeid(OppdragStatus.valueOf(rs.getString("status")),
						rs.getString("fremdrift"), rs.getObject("forventet_dato", LocalDate.class),
						rs.getString("status_grunn")));
		// A wholly exempt assignment's note and reason are exempt too (offl. § 22): one that is not wholly exempt
		// would show them to everyone, so it gets a pointer instead. Status and expected date are public either way.
		boolean holdesTilbake = Boolean.TRUE.equals(jdbc.queryForObject("""
				SELECT bool_or(unntak = 'WHOLE') AND NOT (SELECT unntak = 'WHOLE' FROM oppdrag WHERE id = :id)
				FROM oppdrag WHERE id IN (:kilder)""", Map.of("id", id, "kilder", List.copyOf(kilder)), Boolean.class));
		String fremdrift = holdesTilbake ? naa.fremdrift()
				: utfylt(arbeid.fremdrift()) ? arbeid.fremdrift() : naa.fremdrift();
		String grunn = !utfylt(arbeid.statusGrunn()) ? null
				: holdesTilbake ? UNNTATT_GRUNN : arbeid.statusGrunn();
		if (arbeid.status() == naa.status() && Objects.equals(fremdrift, naa.fremdrift())
				&& Objects.equals(arbeid.forventetDato(), naa.forventetDato())
				&& Objects.equals(grunn, naa.statusGrunn())) {
			return;
		}
		jdbc.update("UPDATE oppdrag SET status = :status, fremdrift = :fremdrift, forventet_dato = :dato, "
				+ "status_grunn = :grunn, versjon = versjon + 1, endret = now() WHERE id = :id",
				new MapSqlParameterSource("status", arbeid.status().name()).addValue("fremdrift", fremdrift)
					.addValue("dato", arbeid.forventetDato()).addValue("grunn", grunn).addValue("id", id));
		if (!Objects.equals(fremdrift, naa.fremdrift())) {
			historikk(id, hvem, Hendelsestype.FREMDRIFT, "fremdrift", naa.fremdrift(), fremdrift,
					OVERTATT_FRA + fremdriftFra, false);
		}
		String notat = OVERTATT_FRA + statusFra;
		if (!Objects.equals(arbeid.forventetDato(), naa.forventetDato())) {
			historikk(id, hvem, Hendelsestype.STATUS, "forventet_dato", tekst(naa.forventetDato()),
					tekst(arbeid.forventetDato()), notat, false);
		}
		if (!Objects.equals(grunn, naa.statusGrunn())) {
			historikk(id, hvem, Hendelsestype.STATUS, "status_grunn", naa.statusGrunn(), grunn, notat, false);
		}
		if (arbeid.status() != naa.status()) {
			historikk(id, hvem, Hendelsestype.STATUS, "status", naa.status().name(), arbeid.status().name(), notat,
					false);
		}
	}

	/**
	 * How the note of every history row a takeover writes begins: the rows are the lead's work handed on by the
	 * import or the year end, not the ministry's decisions, and are told from them by it (the table has no other mark).
	 */
	static final String OVERTATT_FRA = "Overtatt fra ";

	/** The reason taken over from a wholly exempt assignment by one that is not: where it stands, not what it says. */
	static final String UNNTATT_GRUNN = "Begrunnelsen er unntatt offentlighet (offl. § 22). Den står på oppdraget "
			+ "dette viderefører.";

	/** Where work taken over from last year's origin came from, as the history names it. */
	static String fraOpphav(String opphav, int aar) {
		return opphav + " (" + aar + "), som det viderefører";
	}

	private static boolean utfylt(String tekst) {
		return tekst != null && !tekst.isBlank();
	}

	private static String tekst(LocalDate dato) {
		return dato == null ? null : dato.toString();
	}

	/** What kind of change a history row records. */
	enum Hendelsestype {
		OPPRETTET, IMPORT, FJERNET, GJENOPPRETTET, STATUS, FREMDRIFT, KOMMENTAR, RUTING, VIDEREFORT, INSTRUKS
	}
}
