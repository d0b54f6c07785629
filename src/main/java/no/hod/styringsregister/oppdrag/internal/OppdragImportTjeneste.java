package no.hod.styringsregister.oppdrag.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.cache.annotation.CacheEvict;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.brukere.CurrentUsers;
import no.hod.styringsregister.oppdrag.OppdragImport;
import no.hod.styringsregister.oppdrag.OppdragQueries;
import no.hod.styringsregister.oppdrag.OppdragStatus;
import no.hod.styringsregister.oppdrag.internal.OppdragSkriving.Hendelsestype;
import no.hod.styringsregister.organisasjon.Enhet;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.web.Formats;

/**
 * Applies a letter's assignments as a difference against what the same letter produced last time: matched by
 * official id, else by section and normalised title. Unchanged rows are not touched; changed ones are updated with a
 * history row per field; rows missing from the new version are marked removed (never deleted); new ones start as
 * Ikke startet, routed as the earlier assignment they cite when that is still open, unless the review declined it.
 * Status, routing and history of matched rows survive.
 */
@Service
class OppdragImportTjeneste implements OppdragImport {

	/** Separates array elements passed as one text parameter; never occurs in letter text. */
	private static final String SKILLE = "\u001f";

	private final NamedParameterJdbcTemplate jdbc;

	private final OppdragSkriving skriving;

	private final CurrentUsers brukere;

	private final Formats formats;

	private final OrganisasjonService organisasjon;

	OppdragImportTjeneste(NamedParameterJdbcTemplate jdbc, OppdragSkriving skriving, CurrentUsers brukere,
			Formats formats, OrganisasjonService organisasjon) {
		this.jdbc = jdbc;
		this.skriving = skriving;
		this.brukere = brukere;
		this.formats = formats;
		this.organisasjon = organisasjon;
	}

	@Override
	@Transactional
	public ImportDiff compare(long brevId, int aar, long etatId, List<OppdragData> oppdrag) {
		List<Tiltak> plan = plan(brevId, oppdrag);
		Map<Tiltak, List<Kopi>> kopier = kopier(plan, aar, etatId);
		return diff(plan, ruter(plan, aar, etatId, kopier), kopier, tilbake(plan));
	}

	@Override
	@Transactional
	@CacheEvict(cacheNames = Filtervalg.MELLOMLAGER, allEntries = true)
	public ImportDiff apply(long brevId, int aar, long etatId, List<OppdragData> oppdrag) {
		return apply(brevId, aar, etatId, oppdrag, Set.of());
	}

	@Override
	@Transactional
	@CacheEvict(cacheNames = Filtervalg.MELLOMLAGER, allEntries = true)
	public ImportDiff apply(long brevId, int aar, long etatId, List<OppdragData> oppdrag, Set<Integer> utenRuting) {
		return skriv(brevId, aar, etatId, oppdrag, utenRuting, "Ikke med i ny versjon av tildelingsbrevet",
				"er ikke med i ny versjon av tildelingsbrevet");
	}

	@Override
	@Transactional
	@CacheEvict(cacheNames = Filtervalg.MELLOMLAGER, allEntries = true)
	public ImportDiff withdraw(long brevId) {
		// Nothing is added or changed by an empty letter, so year and agency are never written.
		return skriv(brevId, 0, 0, List.of(), Set.of(), "Tildelingsbrevet ble trukket tilbake",
				"er trukket tilbake med tildelingsbrevet");
	}

	/**
	 * Writes the plan, routing the added assignments as proposed but those at the positions {@code utenRuting};
	 * {@code fjernetNotat} is the history note of an assignment the letter no longer holds, {@code tilbakeGrunn} what
	 * the note of a copy it had replaced, which comes back, says of it.
	 */
	private ImportDiff skriv(long brevId, int aar, long etatId, List<OppdragData> oppdrag, Set<Integer> utenRuting,
			String fjernetNotat, String tilbakeGrunn) {
		List<Tiltak> plan = plan(brevId, oppdrag);
		// The preview may show an assignment without a title, for the admin to fill in; nothing is stored without one.
		// The letter import names such assignments before it gets here; this is the last guard.
		for (Tiltak t : plan) {
			if (t.ny() != null && t.ny().tittel().isEmpty()) {
				throw new IllegalArgumentException("Oppdraget "
						+ (t.ny().offisiellId() == null ? "" : t.ny().offisiellId() + " ") + "mangler tittel.");
			}
		}
		List<IdIBruk> iBruk = idIBrukAvAndre(brevId, plan.stream()
			.filter(t -> t.ny() != null && t.ny().offisiellId() != null).map(t -> t.ny().offisiellId()).toList());
		if (!iBruk.isEmpty()) {
			throw new IllegalArgumentException("Id-en " + iBruk.get(0).offisiellId() + " tilhører "
					+ iBruk.get(0).eier() + ".");
		}
		CurrentUser hvem = brukere.currentIfSignedIn().orElse(null);
		Map<Tiltak, List<Kopi>> kopier = kopier(plan, aar, etatId);
		Map<Tiltak, List<Kopi>> tilbake = tilbake(plan);
		Map<Tiltak, Rute> ruter = new IdentityHashMap<>(ruter(plan, aar, etatId, kopier));
		ruter.keySet().removeIf(t -> utenRuting.contains(t.posisjon()));
		Set<Long> berort = new HashSet<>();
		Set<String> offisielle = new HashSet<>();
		Map<Tiltak, Long> rader = new IdentityHashMap<>();
		for (Tiltak t : plan) {
			switch (t.type()) {
				case ADDED -> {
					long id = settInn(brevId, aar, etatId, t.ny());
					skrivInnhold(id, t.ny());
					skriving.historikk(id, hvem, Hendelsestype.OPPRETTET, null, null, null,
							"Opprettet fra tildelingsbrev", false);
					berort.add(id);
					rader.put(t, id);
				}
				case CHANGED -> {
					oppdater(t, aar, etatId, hvem);
					if (t.felter().contains("fjernet")) {
						tilbake.getOrDefault(t, List.of()).forEach(k -> taInnIgjen(k, hvem));
					}
					berort.add(t.gammel().id());
					rader.put(t, t.gammel().id());
				}
				case REMOVED -> {
					jdbc.update("UPDATE oppdrag SET fjernet = true, versjon = versjon + 1, endret = now() WHERE id = :id",
							Map.of("id", t.gammel().id()));
					skriving.historikk(t.gammel().id(), hvem, Hendelsestype.FJERNET, null, null, null, fjernetNotat,
							false);
					for (Kopi k : kopier.getOrDefault(t, List.of())) {
						taUt(k, fjernetNotat, hvem);
					}
					for (Kopi k : tilbake.getOrDefault(t, List.of())) {
						tilbake(k, t.gammel().id(), tilbakeGrunn, hvem);
					}
				}
				case UNCHANGED -> rader.put(t, t.gammel().id());
			}
			if (ruter.containsKey(t)) {
				rut(rader.get(t), ruter.get(t), hvem);
			}
			if (t.gammel() != null && t.gammel().offisiellId() != null) {
				offisielle.add(t.gammel().offisiellId());
			}
			if (t.ny() != null && t.ny().offisiellId() != null) {
				offisielle.add(t.ny().offisiellId());
			}
		}
		skriving.oppdaterVisningsId(berort, offisielle);
		// After the shown ids are settled: the history names the assignment that takes a copy's place by its own.
		for (Tiltak t : plan) {
			if (t.type() != Type.REMOVED && kopier.containsKey(t)) {
				long rad = rader.get(t);
				kopier.get(t).forEach(k -> erstatt(k, rad, aar, hvem));
				berort.add(rad);
			}
		}
		berort.forEach(skriving::oppdaterSok);
		return diff(plan, ruter, kopier, tilbake);
	}

	/**
	 * A copy the year end made in the letter's year (status Videreført, in no letter, {@code opphav} its origin), with
	 * the routing an assignment taking its place takes over ({@code rute}: its division while active, {@code null}
	 * else). {@code arbeid}: work recorded on it since the year end; {@code rutet}: routed since.
	 */
	private record Kopi(long id, String visningsId, String nokkel, String tittel, long opphavId, String opphav,
			String opphavNokkel, int opphavAar, OppdragStatus status, boolean unntatt, boolean arbeid, boolean rutet,
			Rute rute) {
	}

	/**
	 * Work a lead records on an assignment, which a copy gets none of from the year end itself; a routing only says
	 * who is to do it, so it is told apart ({@code rutet}).
	 */
	private static final String ARBEID = "EXISTS (SELECT 1 FROM oppdrag_historikk h WHERE h.oppdrag_id = c.id "
			+ "AND h.type IN ('STATUS', 'FREMDRIFT', 'KOMMENTAR')) AS arbeid, EXISTS (SELECT 1 FROM oppdrag_historikk h "
			+ "WHERE h.oppdrag_id = c.id AND h.type = 'RUTING') AS rutet";

	/**
	 * By assignment of the plan, the year end's copies the import takes out. An assignment the letter holds takes
	 * the place of each live copy in the letter's year (the agency's) of an assignment it continues by the year end's
	 * rule: the first of the letter with the origin's title, else the first citing its official id. Had the letter come
	 * first, the year end would have linked them and made no copy; a copy whose origin the letter does not continue
	 * stays. A removed assignment takes its copies with it, and theirs: they carry on nothing left in the register.
	 */
	private Map<Tiltak, List<Kopi>> kopier(List<Tiltak> plan, int aar, long etatId) {
		Map<Tiltak, List<Kopi>> kopier = new IdentityHashMap<>();
		List<Tiltak> iBrevet = plan.stream().filter(t -> t.type() != Type.REMOVED).toList();
		// A copy replaced by an assignment the letter leaves out comes back first (see #tilbake): another of the
		// letter's assignments continuing the same origin takes its place again. -1: no id, for an empty IN.
		List<Long> fjernes = plan.stream().filter(t -> t.type() == Type.REMOVED).map(t -> t.gammel().id()).toList();
		// A withdrawal (year 0) holds no assignments: nothing takes a copy's place.
		if (!iBrevet.isEmpty()) {
			jdbc.query("""
					SELECT c.id, c.visnings_id, c.nokkel, c.tittel, c.status, c.unntak, c.divisjon_id, c.avdeling_id,
					    p.id AS opphav_id, p.visnings_id AS opphav, p.nokkel AS opphav_nokkel, p.aar AS opphav_aar,
					    p.offisiell_id AS opphav_offisiell, p.tittel_norm AS opphav_tittel, %s
					FROM oppdrag c JOIN oppdrag p ON p.id = c.opphav_id
					WHERE c.brev_id IS NULL AND c.aar = :aar AND c.etat_id = :etat
					  AND (NOT c.fjernet OR c.erstattet_av IN (:fjernes)) AND p.aar = :aar - 1
					ORDER BY c.sort_prefiks, c.sort_nr, c.nokkel""".formatted(ARBEID),
					new MapSqlParameterSource("aar", aar).addValue("etat", etatId)
						.addValue("fjernes", fjernes.isEmpty() ? List.of(-1L) : fjernes), (RowCallbackHandler) rs -> {
						Tiltak fortsetter = fortsetter(iBrevet, rs.getString("opphav_offisiell"),
								rs.getString("opphav_tittel"));
						if (fortsetter != null) {
							kopier.computeIfAbsent(fortsetter, t -> new ArrayList<>()).add(kopi(rs));
						}
					});
		}
		Map<Long, Tiltak> fjernet = new HashMap<>();
		plan.stream().filter(t -> t.type() == Type.REMOVED).forEach(t -> fjernet.put(t.gammel().id(), t));
		etterkommere(fjernet, "NOT c.fjernet", kopier);
		return kopier;
	}

	/**
	 * The year end's copies of the given assignments, and theirs, that meet {@code vilkar} (on the copy {@code c}),
	 * added by the assignment they descend from.
	 */
	private void etterkommere(Map<Long, Tiltak> opphav, String vilkar, Map<Tiltak, List<Kopi>> kopier) {
		if (opphav.isEmpty()) {
			return;
		}
		jdbc.query("""
				WITH RECURSIVE k (id, rot) AS (
				    SELECT c.id, c.opphav_id FROM oppdrag c WHERE c.opphav_id IN (:ider) AND c.brev_id IS NULL
				    UNION
				    SELECT c.id, k.rot FROM oppdrag c JOIN k ON c.opphav_id = k.id WHERE c.brev_id IS NULL)
				SELECT k.rot, c.id, c.visnings_id, c.nokkel, c.tittel, c.status, c.unntak, c.divisjon_id, c.avdeling_id,
				    p.id AS opphav_id, p.visnings_id AS opphav, p.nokkel AS opphav_nokkel, p.aar AS opphav_aar, %s
				FROM k JOIN oppdrag c ON c.id = k.id JOIN oppdrag p ON p.id = c.opphav_id
				WHERE %s
				ORDER BY c.aar, c.sort_prefiks, c.sort_nr, c.nokkel""".formatted(ARBEID, vilkar),
				Map.of("ider", List.copyOf(opphav.keySet())), (RowCallbackHandler) rs -> kopier
					.computeIfAbsent(opphav.get(rs.getLong("rot")), t -> new ArrayList<>()).add(kopi(rs)));
	}

	/**
	 * By assignment of the plan, the year end's copies that come back. For one the plan removes, the copies it had
	 * replaced ({@code erstattet_av}): else the origin's open work would have no successor in the letter's year, and
	 * the year end would not copy it again; another of the letter's assignments continuing the same origin takes its
	 * place again afterwards. For one back in the letter, its copies taken out with it (see {@link #taInnIgjen}).
	 */
	private Map<Tiltak, List<Kopi>> tilbake(List<Tiltak> plan) {
		Map<Tiltak, List<Kopi>> tilbake = new IdentityHashMap<>();
		Map<Long, Tiltak> igjen = new HashMap<>();
		plan.stream().filter(t -> t.type() == Type.CHANGED && t.felter().contains("fjernet"))
			.forEach(t -> igjen.put(t.gammel().id(), t));
		// Taken out with it, by the last of its rows that took it out or brought it back: one taken out otherwise since
		// (replaced by a letter's assignment) stays out.
		etterkommere(igjen, """
				c.fjernet AND c.erstattet_av IS NULL
				  AND (SELECT h.type || ':' || coalesce(h.felt, '') FROM oppdrag_historikk h
				       WHERE h.oppdrag_id = c.id AND h.type IN ('FJERNET', 'GJENOPPRETTET')
				       ORDER BY h.id DESC LIMIT 1) = 'FJERNET:opphav'""", tilbake);
		Map<Long, Tiltak> fjernet = new HashMap<>();
		plan.stream().filter(t -> t.type() == Type.REMOVED).forEach(t -> fjernet.put(t.gammel().id(), t));
		if (fjernet.isEmpty()) {
			return tilbake;
		}
		jdbc.query("""
				SELECT c.erstattet_av, c.id, c.visnings_id, c.nokkel, c.tittel, c.status, c.unntak, c.divisjon_id,
				    c.avdeling_id, p.id AS opphav_id, p.visnings_id AS opphav, p.nokkel AS opphav_nokkel,
				    p.aar AS opphav_aar, %s
				FROM oppdrag c JOIN oppdrag p ON p.id = c.opphav_id
				WHERE c.erstattet_av IN (:ider) AND c.fjernet
				ORDER BY c.aar, c.sort_prefiks, c.sort_nr, c.nokkel""".formatted(ARBEID),
				Map.of("ider", List.copyOf(fjernet.keySet())), (RowCallbackHandler) rs -> tilbake
					.computeIfAbsent(fjernet.get(rs.getLong("erstattet_av")), t -> new ArrayList<>()).add(kopi(rs)));
		return tilbake;
	}

	private Kopi kopi(ResultSet rs) throws SQLException {
		String visningsId = rs.getString("visnings_id");
		Enhet divisjon = Optional.ofNullable((Long) rs.getObject("divisjon_id")).flatMap(organisasjon::enhet)
			.filter(e -> e.type() == Enhet.Type.DIVISJON && e.aktiv()).orElse(null);
		Enhet avdeling = divisjon == null ? null
				: Optional.ofNullable((Long) rs.getObject("avdeling_id")).flatMap(organisasjon::enhet)
					.filter(e -> e.aktiv() && Objects.equals(e.overordnetId(), divisjon.id())).orElse(null);
		String nokkel = rs.getString("nokkel");
		String opphav = rs.getString("opphav");
		Rute rute = divisjon == null ? null
				: new Rute(divisjon.id(), divisjon.navn(), avdeling == null ? null : avdeling.id(),
						avdeling == null ? null : avdeling.navn(), visningsId, nokkel,
						"Følger rutingen av " + visningsId + ", årsskiftets kopi av " + opphav + ", som det erstatter");
		return new Kopi(rs.getLong("id"), visningsId, nokkel, rs.getString("tittel"), rs.getLong("opphav_id"), opphav,
				rs.getString("opphav_nokkel"), rs.getInt("opphav_aar"),
				OppdragStatus.valueOf(rs.getString("status")), "WHOLE".equals(rs.getString("unntak")),
				rs.getBoolean("arbeid"), rs.getBoolean("rutet"), rute);
	}

	/** The year end's rule, as the review's «Viderefører» reads it: the first titled so, else the first citing the id. */
	private static Tiltak fortsetter(List<Tiltak> iBrevet, String offisiellId, String tittelNorm) {
		if (tittelNorm != null && !tittelNorm.isEmpty()) {
			for (Tiltak t : iBrevet) {
				if (tittelNorm.equals(Sokeord.normalisertTittel(t.ny().tittel()))) {
					return t;
				}
			}
		}
		String id = sitert(offisiellId);
		if (id == null) {
			return null;
		}
		return iBrevet.stream()
			.filter(t -> t.ny().referanser().stream().map(OppdragImportTjeneste::sitert).anyMatch(id::equals))
			.findFirst().orElse(null);
	}

	/**
	 * The letter's assignment {@code rad} takes the place of the copy: the copy is taken out (status and history
	 * kept, with a row naming what replaced it), and the assignment is linked to the copy's origin as the year end
	 * links a continuing one (unless it has an origin), with history rows on both. It takes over the copy's status,
	 * progress note, expected date and reason (see {@link #overta}); comments stay on the copy, whose page stays, and
	 * the assignment's history names it. Its routing was taken before.
	 */
	private void erstatt(Kopi k, long rad, int aar, CurrentUser hvem) {
		if (jdbc.update("UPDATE oppdrag SET fjernet = true, erstattet_av = :rad, versjon = versjon + 1, endret = now() "
				+ "WHERE id = :id AND NOT fjernet", Map.of("id", k.id(), "rad", rad)) == 0) {
			return;
		}
		String ny = jdbc.queryForObject("SELECT visnings_id FROM oppdrag WHERE id = :id", Map.of("id", rad),
				String.class);
		skriving.historikk(k.id(), hvem, Hendelsestype.FJERNET, "erstattet_av", null, ny, "Erstattet av " + ny
				+ " i tildelingsbrevet for " + aar + ", som viderefører " + k.opphav() + (k.arbeid()
						? ". Arbeidet som er registrert på kopien, står her." : "."), false);
		jdbc.update("UPDATE oppdrag SET opphav_id = :opphav WHERE id = :id AND opphav_id IS NULL",
				Map.of("opphav", k.opphavId(), "id", rad));
		skriving.historikk(rad, hvem, Hendelsestype.VIDEREFORT, "opphav", null, k.opphav(),
				"Viderefører " + k.opphav() + " fra " + k.opphavAar() + " i stedet for årsskiftets kopi " + k.visningsId()
						+ (k.arbeid() ? ", der arbeidet som er registrert på kopien, står" : ""), false);
		skriving.historikk(k.opphavId(), hvem, Hendelsestype.VIDEREFORT, null, null, null,
				"Videreført i tildelingsbrevet " + aar + " som " + ny + ", som erstatter kopien " + k.visningsId(),
				false);
		overta(k, rad, hvem);
	}

	/**
	 * The lead's work on the copy goes on on the letter's assignment: the status the lead set on it (not Videreført,
	 * which the year end gave it), with its expected date and reason, and the progress note the lead wrote there, as
	 * history rows by the importing admin. What the lead did not set on the copy is taken from the origin as the year
	 * end takes it when the letter comes first ({@link OppdragSkriving#arbeidSomViderefores}), so either order ends
	 * the same. Only where no one has worked on the letter's assignment yet ({@link OppdragSkriving#urort}): its own
	 * lead's update is never overwritten.
	 */
	private void overta(Kopi k, long rad, CurrentUser hvem) {
		if (!skriving.urort(rad)) {
			return;
		}
		Map<String, Object> kopi = jdbc.queryForMap("SELECT status, fremdrift, forventet_dato, status_grunn, "
				+ "EXISTS (SELECT 1 FROM oppdrag_historikk h WHERE h.oppdrag_id = o.id AND h.type = 'STATUS') AS s, "
				+ "EXISTS (SELECT 1 FROM oppdrag_historikk h WHERE h.oppdrag_id = o.id AND h.type = 'FREMDRIFT') AS f "
				+ "FROM oppdrag o WHERE id = :id", Map.of("id", k.id()));
		OppdragSkriving.Arbeid opphav = skriving.arbeidSomViderefores(k.opphavId());
		boolean statusSatt = (Boolean) kopi.get("s") && !OppdragStatus.VIDEREFORT.name().equals(kopi.get("status"));
		boolean fremdriftSkrevet = (Boolean) kopi.get("f") && utfylt((String) kopi.get("fremdrift"));
		if (!statusSatt && !fremdriftSkrevet && opphav == null) {
			return;
		}
		java.sql.Date dato = (java.sql.Date) kopi.get("forventet_dato");
		OppdragSkriving.Arbeid arbeid = statusSatt
				? new OppdragSkriving.Arbeid(OppdragStatus.valueOf((String) kopi.get("status")), null,
						dato == null ? null : dato.toLocalDate(), (String) kopi.get("status_grunn"))
				: opphav != null ? opphav : new OppdragSkriving.Arbeid(OppdragStatus.IKKE_STARTET, null, null, null);
		String fremdrift = fremdriftSkrevet ? (String) kopi.get("fremdrift") : opphav == null ? null : opphav.fremdrift();
		String fraKopi = "årsskiftets kopi " + k.visningsId();
		String fraOpphav = OppdragSkriving.fraOpphav(k.opphav(), k.opphavAar());
		skriving.overta(rad, new OppdragSkriving.Arbeid(arbeid.status(), fremdrift, arbeid.forventetDato(),
				arbeid.statusGrunn()), statusSatt ? fraKopi : fraOpphav, fremdriftSkrevet ? fraKopi : fraOpphav,
				List.of(k.id(), k.opphavId()), hvem);
	}

	private static boolean utfylt(String tekst) {
		return tekst != null && !tekst.isBlank();
	}

	/** Takes out a copy of an assignment the import removes, soft, with the reason its origin went. */
	private void taUt(Kopi k, String fjernetNotat, CurrentUser hvem) {
		if (jdbc.update("UPDATE oppdrag SET fjernet = true, versjon = versjon + 1, endret = now() "
				+ "WHERE id = :id AND NOT fjernet", Map.of("id", k.id())) == 1) {
			skriving.historikk(k.id(), hvem, Hendelsestype.FJERNET, "opphav", null, k.opphav(), "Tatt ut med "
					+ k.opphav() + ", som den er årsskiftets kopi av: " + fjernetNotat, false);
		}
	}

	/**
	 * The reverse of {@link #erstatt}: the copy {@code erstatter} (an assignment the import removes) had taken the
	 * place of is in the register again, with its status, routing and history.
	 */
	private void tilbake(Kopi k, long erstatter, String grunn, CurrentUser hvem) {
		String av = jdbc.queryForObject("SELECT visnings_id FROM oppdrag WHERE id = :id", Map.of("id", erstatter),
				String.class);
		if (jdbc.update("UPDATE oppdrag SET fjernet = false, erstattet_av = NULL, versjon = versjon + 1, endret = now() "
				+ "WHERE id = :id AND fjernet AND erstattet_av = :av", Map.of("id", k.id(), "av", erstatter)) == 1) {
			skriving.historikk(k.id(), hvem, Hendelsestype.GJENOPPRETTET, "erstattet_av", av, null,
					"Tilbake: " + av + ", som erstattet kopien, " + grunn, false);
		}
	}

	/**
	 * An assignment back in its letter (the letter imported again after its withdrawal, or a new version holding it
	 * again) brings back the year end's copies that were taken out with it, and theirs, the reverse of
	 * {@link #taUt}: else its work would go on with no successor in the next year.
	 */
	private void taInnIgjen(Kopi k, CurrentUser hvem) {
		if (jdbc.update("UPDATE oppdrag SET fjernet = false, versjon = versjon + 1, endret = now() "
				+ "WHERE id = :id AND fjernet", Map.of("id", k.id())) == 1) {
			skriving.historikk(k.id(), hvem, Hendelsestype.GJENOPPRETTET, "opphav", null, k.opphav(), "Tatt inn igjen "
					+ "med " + k.opphav() + ", som den er årsskiftets kopi av: Med igjen i tildelingsbrevet", false);
		}
	}

	/**
	 * Where an added assignment is routed, and after which cited assignment ({@code som}, its shown id;
	 * {@code somNokkel}, its register key, for the review's link to it). {@code avdelingId} and {@code avdeling} are
	 * {@code null} for the division as a whole.
	 */
	private record Rute(long divisjonId, String divisjon, Long avdelingId, String avdeling, String som,
			String somNokkel, String notat) {

		String navn() {
			return avdeling == null ? divisjon : divisjon + ", " + avdeling;
		}
	}

	/**
	 * By added assignment, the routing it takes at import: that of the first assignment it cites (jf. TB2025-9) that
	 * is the agency's from an earlier year, still open and routed to an active division, with its department while
	 * that is active too. So a lead keeps the work a new letter numbers anew; an assignment already in the register
	 * keeps the routing it has.
	 */
	private Map<Tiltak, Rute> ruter(List<Tiltak> plan, int aar, long etatId, Map<Tiltak, List<Kopi>> kopier) {
		Map<Tiltak, Rute> ruter = new IdentityHashMap<>(sitertRuting(plan, aar, etatId));
		// The copy's routing is this year's, which its lead works by: it goes before the cited one's of last year.
		kopier.forEach((t, ks) -> {
			boolean urutet = t.type() == Type.ADDED
					|| (t.type() != Type.REMOVED && t.gammel().divisjonId() == null);
			if (urutet) {
				ks.stream().map(Kopi::rute).filter(Objects::nonNull).findFirst().ifPresent(rute -> ruter.put(t, rute));
			}
		});
		return ruter;
	}

	/**
	 * By added assignment, the routing it takes at import from an assignment it cites (see
	 * {@link #ruter(List, int, long, Map)}).
	 */
	private Map<Tiltak, Rute> sitertRuting(List<Tiltak> plan, int aar, long etatId) {
		List<Tiltak> nye = plan.stream().filter(t -> t.type() == Type.ADDED && !t.ny().referanser().isEmpty()).toList();
		if (nye.isEmpty()) {
			return Map.of();
		}
		List<String> ider = nye.stream().flatMap(t -> t.ny().referanser().stream()).map(OppdragImportTjeneste::sitert)
			.filter(Objects::nonNull).distinct().toList();
		Map<String, Rute> sitert = new HashMap<>();
		jdbc.query("""
				SELECT offisiell_id, visnings_id, nokkel, divisjon_id, avdeling_id FROM oppdrag
				WHERE lower(offisiell_id) IN (:ider) AND etat_id = :etat AND aar < :aar AND NOT fjernet
				  AND divisjon_id IS NOT NULL AND status IN (:aapne)
				ORDER BY id""",
				new MapSqlParameterSource("ider", ider).addValue("etat", etatId).addValue("aar", aar)
					.addValue("aapne", Arrays.stream(OppdragStatus.values()).filter(OppdragStatus::aapen)
						.map(Enum::name).toList()),
				rs -> {
					Enhet divisjon = organisasjon.enhet(rs.getLong("divisjon_id")).filter(Enhet::aktiv).orElse(null);
					if (divisjon == null) {
						return;
					}
					Long avdelingId = (Long) rs.getObject("avdeling_id");
					Enhet avdeling = avdelingId == null ? null
							: organisasjon.enhet(avdelingId)
								.filter(a -> a.aktiv() && Objects.equals(a.overordnetId(), divisjon.id())).orElse(null);
					sitert.putIfAbsent(sitert(rs.getString("offisiell_id")), new Rute(divisjon.id(), divisjon.navn(),
							avdeling == null ? null : avdeling.id(), avdeling == null ? null : avdeling.navn(),
							rs.getString("visnings_id"), rs.getString("nokkel"),
							"Følger rutingen av " + rs.getString("visnings_id")
									+ ", som det viser til"));
				});
		Map<Tiltak, Rute> ruter = new IdentityHashMap<>();
		for (Tiltak t : nye) {
			t.ny().referanser().stream().map(OppdragImportTjeneste::sitert).map(sitert::get).filter(Objects::nonNull)
				.findFirst().ifPresent(rute -> ruter.put(t, rute));
		}
		return ruter;
	}

	/** A cited id as the register compares official ids. */
	private static String sitert(String referanse) {
		String id = OppdragImport.offisiellId(referanse);
		return id == null ? null : id.toLowerCase(Sokeord.NORSK);
	}

	/**
	 * Routes an assignment not routed yet, recorded as a routing by whoever imports the letter; a routing already made
	 * is never changed.
	 */
	private void rut(long id, Rute rute, CurrentUser hvem) {
		if (jdbc.update("""
				UPDATE oppdrag SET divisjon_id = :divisjon, avdeling_id = :avdeling, versjon = versjon + 1
				WHERE id = :id AND divisjon_id IS NULL""", new MapSqlParameterSource("divisjon", rute.divisjonId())
			.addValue("avdeling", rute.avdelingId()).addValue("id", id)) == 0) {
			return;
		}
		skriving.historikk(id, hvem, Hendelsestype.RUTING, "divisjon", null, rute.divisjon(), rute.notat(), false);
		if (rute.avdeling() != null) {
			skriving.historikk(id, hvem, Hendelsestype.RUTING, "avdeling", null, rute.avdeling(), null, false);
		}
	}

	@Override
	@Transactional(readOnly = true)
	public List<IdIBruk> idIBrukAvAndre(long brevId, Collection<String> offisielleIder) {
		List<String> ider = offisielleIder.stream().map(OppdragImport::offisiellId).filter(Objects::nonNull)
			.map(id -> id.toLowerCase(Sokeord.NORSK)).distinct().toList();
		if (ider.isEmpty()) {
			return List.of();
		}
		Map<Long, String> etater = new HashMap<>();
		organisasjon.etater().forEach(etat -> etater.put(etat.id(), etat.navn()));
		return jdbc.query("""
				SELECT offisiell_id, visnings_id, aar, etat_id, fjernet FROM oppdrag
				WHERE lower(offisiell_id) IN (:ider) AND brev_id IS DISTINCT FROM :brev
				ORDER BY aar, id""", new MapSqlParameterSource("ider", ider).addValue("brev", brevId),
				(rs, i) -> new IdIBruk(rs.getString(1), rs.getString(2), rs.getInt(3), etater.get(rs.getLong(4)),
						rs.getBoolean(5)));
	}

	private List<Tiltak> plan(long brevId, List<OppdragData> innkommende) {
		List<OppdragData> nye = innkommende.stream().map(OppdragImportTjeneste::rens).toList();
		List<Eksisterende> gamle = eksisterende(brevId);
		Set<Long> brukt = new HashSet<>();
		Map<Integer, Eksisterende> treff = new HashMap<>();
		for (int i = 0; i < nye.size(); i++) {
			String offisiell = nye.get(i).offisiellId();
			if (offisiell != null) {
				for (Eksisterende g : gamle) {
					if (!brukt.contains(g.id()) && offisiell.equalsIgnoreCase(g.offisiellId())) {
						treff.put(i, g);
						brukt.add(g.id());
						break;
					}
				}
			}
		}
		for (int i = 0; i < nye.size(); i++) {
			if (treff.containsKey(i)) {
				continue;
			}
			OppdragData ny = nye.get(i);
			String norm = Sokeord.normalisertTittel(ny.tittel());
			if (norm.isEmpty()) {
				continue; // no title yet (the parser found none): matched by official id only
			}
			for (Eksisterende g : gamle) {
				if (!brukt.contains(g.id()) && Objects.equals(ny.seksjon(), g.seksjon()) && norm.equals(g.tittelNorm())
						&& (ny.offisiellId() == null || g.offisiellId() == null)) {
					treff.put(i, g);
					brukt.add(g.id());
					break;
				}
			}
		}
		List<Tiltak> plan = new ArrayList<>();
		for (int i = 0; i < nye.size(); i++) {
			OppdragData ny = nye.get(i);
			Eksisterende g = treff.get(i);
			if (g == null) {
				plan.add(new Tiltak(Type.ADDED, ny, null, List.of(), i));
			}
			else {
				List<String> felter = endredeFelter(g, ny);
				plan.add(new Tiltak(felter.isEmpty() ? Type.UNCHANGED : Type.CHANGED, ny, g, felter, i));
			}
		}
		for (Eksisterende g : gamle) {
			if (!brukt.contains(g.id()) && !g.fjernet()) {
				plan.add(new Tiltak(Type.REMOVED, null, g, List.of(), null));
			}
		}
		return plan;
	}

	private static List<String> endredeFelter(Eksisterende g, OppdragData ny) {
		List<String> felter = new ArrayList<>();
		if (g.fjernet()) {
			felter.add("fjernet");
		}
		if (!Objects.equals(g.offisiellId(), ny.offisiellId())) {
			felter.add("offisiell_id");
		}
		if (!Objects.equals(g.seksjon(), ny.seksjon())) {
			felter.add("seksjon");
		}
		if (!Objects.equals(g.seksjonTittel(), ny.seksjonTittel())) {
			felter.add("seksjon_tittel");
		}
		if (!g.hodAvdelinger().equals(ny.hodAvdelinger())) {
			felter.add("hod_avdelinger");
		}
		if (!g.tittel().equals(ny.tittel())) {
			felter.add("tittel");
		}
		// The same words broken into other paragraphs (a PDF has no blank lines to tell them by) is no change: it would
		// bury the real ones in the review.
		if (!g.deler().equals(ny.deler()) && !Tekstutdrag.sammeOrd(g.deler(), ny.deler())) {
			felter.add("tekst");
		}
		if (!g.frister().equals(ny.frister())) {
			felter.add("frister");
		}
		// The phrase usually names the same dates («innen 1.6.2020»): when dates stand on both sides, its change is
		// part of the deadline change and shown and recorded once, as «frister». Without dates on one side the
		// phrase is what the pages and reports show (and replay from the history), so it counts on its own.
		boolean datertFoerOgEtter = !g.frister().isEmpty() && !ny.frister().isEmpty();
		if (!Objects.equals(g.fristTekst(), ny.fristTekst())
				&& !(felter.contains("frister") && datertFoerOgEtter)) {
			felter.add("frist_tekst");
		}
		if (g.unntak() != ny.unntak()) {
			felter.add("unntak");
		}
		// A row turning from exempt to public or back is a change too, so that the re-import rewrites its flag.
		if (!new LinkedHashSet<>(g.referanser()).equals(new LinkedHashSet<>(ny.referanser()))
				|| !new HashSet<>(g.unntatteReferanser()).equals(new HashSet<>(ny.unntatteReferanser()))) {
			felter.add("referanser");
		}
		if (!new HashSet<>(g.budsjett()).equals(new HashSet<>(ny.budsjettrefs()))
				|| !new HashSet<>(g.unntatteBudsjett()).equals(new HashSet<>(ny.unntatteBudsjettrefs()))) {
			felter.add("budsjett");
		}
		return felter;
	}

	/** Whether what the public parts cite changed; what only exempt parts cite is theirs, as exempt as they are. */
	private static boolean offentligeReferanserEndret(Eksisterende g, OppdragData ny) {
		return !new HashSet<>(g.referanser()).equals(new HashSet<>(ny.referanser()));
	}

	/** As {@link #offentligeReferanserEndret}, for the budget lines. */
	private static boolean offentligBudsjettEndret(Eksisterende g, OppdragData ny) {
		return !new HashSet<>(g.budsjett()).equals(new HashSet<>(ny.budsjettrefs()));
	}

	private ImportDiff diff(List<Tiltak> plan, Map<Tiltak, Rute> ruter, Map<Tiltak, List<Kopi>> kopier,
			Map<Tiltak, List<Kopi>> tilbake) {
		boolean klarert = brukere.currentIfSignedIn().map(CurrentUser::klarert).orElse(false);
		// A copy back only to be replaced again by another of the letter's assignments is told as replaced.
		Set<Long> igjen = kopier.entrySet().stream().filter(e -> e.getKey().type() != Type.REMOVED)
			.flatMap(e -> e.getValue().stream()).map(Kopi::id).collect(Collectors.toSet());
		List<Endring> endringer = plan.stream()
			.map(t -> endring(t, klarert, ruter.get(t), kopier.getOrDefault(t, List.of()),
					tilbake.getOrDefault(t, List.of()).stream().filter(k -> !igjen.contains(k.id())).toList()))
			.toList();
		return new ImportDiff(antall(plan, Type.ADDED), antall(plan, Type.CHANGED), antall(plan, Type.REMOVED),
				antall(plan, Type.UNCHANGED), endringer);
	}

	/**
	 * The preview line; the title and values of a wholly exempt assignment are shown only to a cleared user, and so is
	 * which assignment it cites (its references come from its exempt text). {@code rute}: where the import routes it;
	 * one taken from a copy it replaces is told with that copy. {@code kopier}: the copies it replaces or takes out;
	 * {@code tilbake}: those it had replaced, which come back as it goes, or for one back, those taken out with it.
	 */
	private Endring endring(Tiltak t, boolean klarert, Rute rute, List<Kopi> kopier, List<Kopi> tilbake) {
		boolean unntatt = (t.ny() != null && t.ny().unntak() == Unntak.WHOLE)
				|| (t.gammel() != null && t.gammel().unntak() == Unntak.WHOLE);
		String tittel = !klarert && unntatt ? OppdragQueries.UNNTATT
				: t.ny() != null ? (t.ny().tittel().isEmpty() ? null : t.ny().tittel()) : t.gammel().tittel();
		String nokkel = t.ny() != null && t.ny().offisiellId() != null ? t.ny().offisiellId()
				: t.gammel() != null ? (t.gammel().offisiellId() != null ? t.gammel().offisiellId() : t.gammel().nokkel())
						: null;
		// A change of what only the exempt parts cite is named to a cleared user only (see oppdater).
		List<String> felter = klarert || t.gammel() == null || t.ny() == null ? t.felter()
				: t.felter().stream()
					.filter(felt -> !felt.equals("referanser") || offentligeReferanserEndret(t.gammel(), t.ny()))
					.filter(felt -> !felt.equals("budsjett") || offentligBudsjettEndret(t.gammel(), t.ny()))
					.toList();
		// Of a wholly exempt one, only the deadlines for a user without clearance: dates are public, as on its page.
		List<Verdiendring> verdier = t.type() != Type.CHANGED ? List.of()
				: felter.stream().filter(felt -> klarert || !unntatt || felt.equals("frister"))
					.map(felt -> verdiendring(felt, t.gammel(), t.ny(), klarert)).filter(Objects::nonNull).toList();
		boolean bareAvsnitt = t.gammel() != null && t.ny() != null && !t.gammel().deler().equals(t.ny().deler())
				&& !t.felter().contains("tekst");
		boolean fraKopi = kopier.stream().anyMatch(k -> k.rute() != null && k.rute() == rute);
		Rute sitert = fraKopi ? null : rute;
		// Which copy it replaces (or had replaced) is told by id also where either is wholly exempt, as the pages tell
		// it (OppdragLeser.erstatning): the copy and the letter's assignment continue the same origin, a public link.
		List<Aarsskiftekopi> aarsskiftekopier = kopier.stream()
			.map(k -> new Aarsskiftekopi(k.visningsId(), k.nokkel(), kopitittel(k, unntatt, klarert), k.opphav(),
					k.opphavNokkel(), k.status(), k.arbeid(), k.rutet(),
					k.rute() != null && k.rute() == rute ? rute.navn() : null))
			.toList();
		List<Aarsskiftekopi> tilbakekopier = tilbake.stream()
			.map(k -> new Aarsskiftekopi(k.visningsId(), k.nokkel(), kopitittel(k, unntatt, klarert), k.opphav(),
					k.opphavNokkel(), k.status(), k.arbeid(), k.rutet(), null))
			.toList();
		boolean nevnSitert = sitert != null && (klarert || !unntatt);
		return new Endring(t.type().name(), nokkel, tittel, felter, verdier,
				t.gammel() == null ? null : t.gammel().status(), t.gammel() != null && t.gammel().iGang(), bareAvsnitt,
				sitert == null ? null : sitert.navn(), nevnSitert ? sitert.som() : null,
				nevnSitert ? sitert.somNokkel() : null, t.posisjon(), aarsskiftekopier, tilbakekopier);
	}

	/** A copy's title as the reader may see it: the placeholder where it or the letter's one is exempt in whole. */
	private static String kopitittel(Kopi k, boolean unntatt, boolean klarert) {
		return !klarert && (unntatt || k.unntatt()) ? OppdragQueries.UNNTATT : k.tittel();
	}

	/**
	 * Before and after of a short field, and an excerpt around what changed in the text (exempt parts as the
	 * placeholder unless the reader is cleared); {@code null} for references and budget lines.
	 */
	private Verdiendring verdiendring(String felt, Eksisterende g, OppdragData ny, boolean klarert) {
		return switch (felt) {
			case "tekst" -> {
				Tekstutdrag.Utdrag utdrag = Tekstutdrag.av(g.deler(), ny.deler(), klarert);
				yield new Verdiendring(felt, utdrag.fra(), utdrag.til());
			}
			case "offisiell_id" -> new Verdiendring(felt, strekForTom(g.offisiellId()), strekForTom(ny.offisiellId()));
			case "seksjon" -> new Verdiendring(felt, strekForTom(g.seksjon()), strekForTom(ny.seksjon()));
			case "seksjon_tittel" ->
				new Verdiendring(felt, strekForTom(g.seksjonTittel()), strekForTom(ny.seksjonTittel()));
			case "hod_avdelinger" -> new Verdiendring(felt, strekForTom(String.join(", ", g.hodAvdelinger())),
					strekForTom(String.join(", ", ny.hodAvdelinger())));
			case "tittel" -> new Verdiendring(felt, g.tittel(), ny.tittel());
			case "frister" -> new Verdiendring(felt, lesbareDatoer(g.frister()), lesbareDatoer(ny.frister()));
			case "frist_tekst" -> new Verdiendring(felt, strekForTom(g.fristTekst()), strekForTom(ny.fristTekst()));
			default -> null;
		};
	}

	private String lesbareDatoer(List<LocalDate> datoer) {
		return datoer.isEmpty() ? "–" : datoer.stream().map(formats::dato).collect(Collectors.joining(", "));
	}

	private static String strekForTom(String verdi) {
		return verdi == null || verdi.isBlank() ? "–" : verdi;
	}

	private static int antall(List<Tiltak> plan, Type type) {
		return (int) plan.stream().filter(t -> t.type() == type).count();
	}

	private long settInn(long brevId, int aar, long etatId, OppdragData ny) {
		String nokkel = skriving.nyNokkel(aar);
		MapSqlParameterSource p = felter(ny).addValue("nokkel", nokkel).addValue("brev", brevId).addValue("aar", aar)
			.addValue("etat", etatId);
		return jdbc.queryForObject("""
				INSERT INTO oppdrag (nokkel, offisiell_id, visnings_id, brev_id, aar, etat_id, seksjon, seksjon_tittel,
				    hod_avdelinger, tittel, tittel_norm, unntak, frister, forste_frist, frist_tekst, sort_prefiks, sort_nr)
				VALUES (:nokkel, :offisiellId, :nokkel, :brev, :aar, :etat, :seksjon, :seksjonTittel,
				    string_to_array(:hod, :skille), :tittel, :tittelNorm, :unntak,
				    CAST(string_to_array(:frister, :skille) AS date[]), :forsteFrist, :fristTekst, :nokkel, 0)
				RETURNING id""", p, Long.class);
	}

	private void oppdater(Tiltak t, int aar, long etatId, CurrentUser hvem) {
		Eksisterende g = t.gammel();
		OppdragData ny = t.ny();
		MapSqlParameterSource p = felter(ny).addValue("id", g.id()).addValue("aar", aar).addValue("etat", etatId);
		jdbc.update("""
				UPDATE oppdrag SET offisiell_id = :offisiellId, aar = :aar, etat_id = :etat, seksjon = :seksjon,
				    seksjon_tittel = :seksjonTittel, hod_avdelinger = string_to_array(:hod, :skille), tittel = :tittel,
				    tittel_norm = :tittelNorm, unntak = :unntak, frister = CAST(string_to_array(:frister, :skille) AS date[]),
				    forste_frist = :forsteFrist, frist_tekst = :fristTekst, fjernet = false, versjon = versjon + 1,
				    endret = now()
				WHERE id = :id""", p);
		jdbc.update("DELETE FROM oppdrag_del WHERE oppdrag_id = :id", Map.of("id", g.id()));
		jdbc.update("DELETE FROM oppdrag_referanse WHERE oppdrag_id = :id", Map.of("id", g.id()));
		jdbc.update("DELETE FROM oppdrag_budsjett WHERE oppdrag_id = :id", Map.of("id", g.id()));
		skrivInnhold(g.id(), ny);
		boolean tittelUnntatt = g.unntak() == Unntak.WHOLE || ny.unntak() == Unntak.WHOLE;
		String notat = "Endret ved ny import av tildelingsbrevet";
		for (String felt : t.felter()) {
			switch (felt) {
				case "fjernet" -> skriving.historikk(g.id(), hvem, Hendelsestype.GJENOPPRETTET, null, null, null,
						"Med igjen i ny versjon av tildelingsbrevet", false);
				case "offisiell_id" -> skriving.historikk(g.id(), hvem, Hendelsestype.IMPORT, felt, g.offisiellId(),
						ny.offisiellId(), notat, false);
				case "seksjon" -> skriving.historikk(g.id(), hvem, Hendelsestype.IMPORT, felt, g.seksjon(), ny.seksjon(),
						notat, false);
				case "seksjon_tittel" -> skriving.historikk(g.id(), hvem, Hendelsestype.IMPORT, felt, g.seksjonTittel(),
						ny.seksjonTittel(), notat, false);
				case "hod_avdelinger" -> skriving.historikk(g.id(), hvem, Hendelsestype.IMPORT, felt,
						String.join(", ", g.hodAvdelinger()), String.join(", ", ny.hodAvdelinger()), notat, false);
				case "tittel" -> skriving.historikk(g.id(), hvem, Hendelsestype.IMPORT, felt, g.tittel(), ny.tittel(),
						notat, tittelUnntatt);
				case "frister" -> skriving.historikk(g.id(), hvem, Hendelsestype.IMPORT, felt, datoer(g.frister()),
						datoer(ny.frister()), notat, false);
				case "frist_tekst" -> skriving.historikk(g.id(), hvem, Hendelsestype.IMPORT, felt, g.fristTekst(),
						ny.fristTekst(), notat, tittelUnntatt);
				// A row only where what the public parts cite changed: every reader sees a history row, an exempt one
				// as withheld, so a row for a change of what only exempt parts cite would tell an uncleared reader
				// that they cite something. That change comes with one of the exempt text, whose row the cleared
				// reader has.
				case "referanser" -> {
					if (offentligeReferanserEndret(g, ny)) {
						skriving.historikk(g.id(), hvem, Hendelsestype.IMPORT, felt, null, null, notat, false);
					}
				}
				case "budsjett" -> {
					if (offentligBudsjettEndret(g, ny)) {
						skriving.historikk(g.id(), hvem, Hendelsestype.IMPORT, felt, null, null, notat, false);
					}
				}
				case "unntak" -> skriving.historikk(g.id(), hvem, Hendelsestype.IMPORT, felt, g.unntak().name(),
						ny.unntak().name(), notat, false);
				// Too long and partly exempt for the from/to values: the old parts are kept beside the row instead,
				// each with its exemption, and read through the views that honour the reader's clearance.
				case "tekst" -> tidligereTekst(skriving.historikk(g.id(), hvem, Hendelsestype.IMPORT, felt, null, null,
						notat, false), g);
				default -> skriving.historikk(g.id(), hvem, Hendelsestype.IMPORT, felt, null, null, notat, false);
			}
		}
	}

	/** A part of a wholly exempt assignment is exempt whatever its own flag: the assignment may not stay so. */
	private void tidligereTekst(long historikkId, Eksisterende g) {
		int nr = 0;
		for (Tekstdel del : g.deler()) {
			jdbc.update("INSERT INTO oppdrag_historikk_del (historikk_id, nr, tekst, unntatt) "
					+ "VALUES (:historikk, :nr, :tekst, :unntatt)", new MapSqlParameterSource()
				.addValue("historikk", historikkId).addValue("nr", ++nr).addValue("tekst", del.tekst())
				.addValue("unntatt", del.unntatt() || g.unntak() == Unntak.WHOLE));
		}
	}

	private void skrivInnhold(long id, OppdragData ny) {
		int nr = 0;
		for (Tekstdel del : ny.deler()) {
			jdbc.update("INSERT INTO oppdrag_del (oppdrag_id, nr, tekst, unntatt) VALUES (:id, :nr, :tekst, :unntatt)",
					new MapSqlParameterSource().addValue("id", id).addValue("nr", ++nr).addValue("tekst", del.tekst())
						.addValue("unntatt", del.unntatt()));
		}
		// rens has taken the public ones out of the exempt lists, so no row is written twice.
		for (String ref : new LinkedHashSet<>(ny.referanser())) {
			jdbc.update("INSERT INTO oppdrag_referanse (oppdrag_id, til_id, unntatt) VALUES (:id, :til, false)",
					Map.of("id", id, "til", ref));
		}
		for (String ref : new LinkedHashSet<>(ny.unntatteReferanser())) {
			jdbc.update("INSERT INTO oppdrag_referanse (oppdrag_id, til_id, unntatt) VALUES (:id, :til, true)",
					Map.of("id", id, "til", ref));
		}
		for (Budsjettref b : new LinkedHashSet<>(ny.budsjettrefs())) {
			jdbc.update("INSERT INTO oppdrag_budsjett (oppdrag_id, kapittel, post, unntatt) "
					+ "VALUES (:id, :k, :p, false)", Map.of("id", id, "k", b.kapittel(), "p", b.post()));
		}
		for (Budsjettref b : new LinkedHashSet<>(ny.unntatteBudsjettrefs())) {
			jdbc.update("INSERT INTO oppdrag_budsjett (oppdrag_id, kapittel, post, unntatt) "
					+ "VALUES (:id, :k, :p, true)", Map.of("id", id, "k", b.kapittel(), "p", b.post()));
		}
	}

	private static MapSqlParameterSource felter(OppdragData ny) {
		return new MapSqlParameterSource().addValue("skille", SKILLE)
			.addValue("offisiellId", ny.offisiellId())
			.addValue("seksjon", ny.seksjon())
			.addValue("seksjonTittel", ny.seksjonTittel())
			.addValue("hod", String.join(SKILLE, ny.hodAvdelinger()))
			.addValue("tittel", ny.tittel())
			.addValue("tittelNorm", Sokeord.normalisertTittel(ny.tittel()))
			.addValue("unntak", ny.unntak().name())
			.addValue("frister", ny.frister().stream().map(LocalDate::toString).collect(Collectors.joining(SKILLE)))
			.addValue("forsteFrist", ny.frister().stream().min(LocalDate::compareTo).orElse(null))
			.addValue("fristTekst", ny.fristTekst());
	}

	private static String datoer(List<LocalDate> datoer) {
		return datoer.stream().map(LocalDate::toString).collect(Collectors.joining(", "));
	}

	/**
	 * Empty lists instead of nulls (and no null or blank elements in them), trimmed texts, and WHOLE/PARTS consistent
	 * with the parts' flags. Never throws for what a parser or the review can produce: a missing title becomes the
	 * empty string, which {@link #compare} shows and {@link #apply} refuses.
	 */
	private static OppdragData rens(OppdragData d) {
		List<Tekstdel> deler = d.deler() == null ? List.of()
				: d.deler().stream().filter(del -> del.tekst() != null && !del.tekst().isBlank())
					.map(del -> new Tekstdel(del.tekst().strip(), del.unntatt())).toList();
		Unntak unntak = d.unntak() == null ? Unntak.NONE : d.unntak();
		if (unntak == Unntak.NONE && deler.stream().anyMatch(Tekstdel::unntatt)) {
			unntak = Unntak.PARTS;
		}
		// Only a partly exempt assignment has references flagged one by one: what a wholly exempt one cites is all
		// hidden with it (the views), and one without exempt parts has no exempt text to cite from. A reference in a
		// public part too is public.
		List<String> referanser = new ArrayList<>(tekster(d.referanser()));
		List<Budsjettref> budsjett = new ArrayList<>(budsjettrefs(d.budsjettrefs()));
		List<String> unntatteReferanser = tekster(d.unntatteReferanser()).stream().distinct()
			.filter(r -> !referanser.contains(r)).toList();
		List<Budsjettref> unntatteBudsjett = budsjettrefs(d.unntatteBudsjettrefs()).stream()
			.filter(b -> !budsjett.contains(b)).toList();
		if (unntak != Unntak.PARTS) {
			referanser.addAll(unntatteReferanser);
			budsjett.addAll(unntatteBudsjett);
			unntatteReferanser = List.of();
			unntatteBudsjett = List.of();
		}
		return new OppdragData(OppdragImport.offisiellId(d.offisiellId()), tom(d.seksjon()), tom(d.seksjonTittel()), tekster(d.hodAvdelinger()),
				d.tittel() == null ? "" : d.tittel().strip(), deler,
				d.frister() == null ? List.of()
						: d.frister().stream().filter(Objects::nonNull).sorted().distinct().toList(),
				tom(d.fristTekst()), unntak, referanser, budsjett, unntatteReferanser, unntatteBudsjett);
	}

	private static List<Budsjettref> budsjettrefs(List<Budsjettref> refs) {
		return refs == null ? List.of() : refs.stream().filter(Objects::nonNull).distinct().toList();
	}

	private static List<String> tekster(List<String> verdier) {
		return verdier == null ? List.of()
				: verdier.stream().filter(Objects::nonNull).map(String::strip).filter(v -> !v.isEmpty()).toList();
	}

	private static String tom(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	private List<Eksisterende> eksisterende(long brevId) {
		List<Eksisterende> rader = jdbc.query("""
				SELECT id, nokkel, offisiell_id, seksjon, seksjon_tittel, hod_avdelinger, tittel, tittel_norm, unntak,
				       frister, frist_tekst, fjernet, status, divisjon_id,
				       status <> 'IKKE_STARTET' OR coalesce(btrim(fremdrift), '') <> ''
				           OR EXISTS (SELECT 1 FROM oppdrag_historikk h WHERE h.oppdrag_id = oppdrag.id
				                      AND h.type IN ('STATUS', 'FREMDRIFT', 'KOMMENTAR', 'RUTING')) AS i_gang
				FROM oppdrag WHERE brev_id = :brev ORDER BY id""", Map.of("brev", brevId),
				(rs, i) -> new Eksisterende(rs.getLong("id"), rs.getString("nokkel"), rs.getString("offisiell_id"),
						rs.getString("seksjon"), rs.getString("seksjon_tittel"), tekster(rs.getArray("hod_avdelinger")),
						rs.getString("tittel"), rs.getString("tittel_norm"), Unntak.valueOf(rs.getString("unntak")),
						datoer(rs, "frister"), rs.getString("frist_tekst"), rs.getBoolean("fjernet"),
						OppdragStatus.valueOf(rs.getString("status")), (Long) rs.getObject("divisjon_id"),
						rs.getBoolean("i_gang"), new ArrayList<>(),
						new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
		if (rader.isEmpty()) {
			return rader;
		}
		Map<Long, Eksisterende> perId = rader.stream().collect(Collectors.toMap(Eksisterende::id, e -> e));
		Map<String, Object> brev = Map.of("brev", brevId);
		jdbc.query("""
				SELECT d.oppdrag_id, d.tekst, d.unntatt FROM oppdrag_del d JOIN oppdrag o ON o.id = d.oppdrag_id
				WHERE o.brev_id = :brev ORDER BY d.oppdrag_id, d.nr""", brev,
				rs -> {
					perId.get(rs.getLong(1)).deler().add(new Tekstdel(rs.getString(2), rs.getBoolean(3)));
				});
		jdbc.query("""
				SELECT r.oppdrag_id, r.til_id, r.unntatt FROM oppdrag_referanse r JOIN oppdrag o ON o.id = r.oppdrag_id
				WHERE o.brev_id = :brev ORDER BY r.oppdrag_id, r.til_id""", brev,
				rs -> {
					Eksisterende e = perId.get(rs.getLong(1));
					(rs.getBoolean(3) ? e.unntatteReferanser() : e.referanser()).add(rs.getString(2));
				});
		jdbc.query("""
				SELECT b.oppdrag_id, b.kapittel, b.post, b.unntatt
				FROM oppdrag_budsjett b JOIN oppdrag o ON o.id = b.oppdrag_id
				WHERE o.brev_id = :brev""", brev,
				rs -> {
					Eksisterende e = perId.get(rs.getLong(1));
					(rs.getBoolean(4) ? e.unntatteBudsjett() : e.budsjett())
						.add(new Budsjettref(rs.getInt(2), rs.getInt(3)));
				});
		return rader;
	}

	static List<String> tekster(Array array) throws SQLException {
		return array == null ? List.of() : List.of((String[]) array.getArray());
	}

	/** An assignment's deadlines, earliest first: letters list them in any order, and rows stored before were not sorted. */
	static List<LocalDate> datoer(ResultSet rs, String kolonne) throws SQLException {
		Array array = rs.getArray(kolonne);
		return array == null ? List.of()
				: Arrays.stream((java.sql.Date[]) array.getArray()).map(java.sql.Date::toLocalDate).sorted().toList();
	}

	private enum Type {
		ADDED, CHANGED, REMOVED, UNCHANGED
	}

	/** {@code posisjon}: where {@code ny} stands in the list given; {@code null} for a removal. */
	private record Tiltak(Type type, OppdragData ny, Eksisterende gammel, List<String> felter, Integer posisjon) {
	}

	private record Eksisterende(long id, String nokkel, String offisiellId, String seksjon, String seksjonTittel,
			List<String> hodAvdelinger, String tittel, String tittelNorm, Unntak unntak, List<LocalDate> frister,
			String fristTekst, boolean fjernet, OppdragStatus status, Long divisjonId, boolean iGang,
			List<Tekstdel> deler, List<String> referanser, List<Budsjettref> budsjett, List<String> unntatteReferanser,
			List<Budsjettref> unntatteBudsjett) {
	}
}
