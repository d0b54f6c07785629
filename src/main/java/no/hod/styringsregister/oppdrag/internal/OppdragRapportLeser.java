package no.hod.styringsregister.oppdrag.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.oppdrag.OppdragRapport;
import no.hod.styringsregister.oppdrag.OppdragStatus;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.web.Formats;

/**
 * The status of an agency-year on a date, replayed from the history. Reads only the views of the read path, chosen
 * by the viewer's clearance, so a report can show nothing a page would not.
 *
 * <p>
 * A field's value at the end of the day is the {@code til} of its last history row up to then; with no row yet, the
 * {@code fra} of its first later row (the value it had before that change); with no row at all, today's value. The
 * reason for Forsinket/Utgår is the note of the status row that set it, or a {@code status_grunn} row; Videreført
 * keeps the reason the copy brought; any other status clears it, as the workflow does. An assignment exists from its
 * first history row (every way an assignment is created writes one in the same transaction).
 */
@Service
@Transactional(readOnly = true)
class OppdragRapportLeser implements OppdragRapport {

	private static final List<String> FELTER = List.of("status", "fremdrift", "forventet_dato", "divisjon", "avdeling",
			"frister", "frist_tekst");

	private final NamedParameterJdbcTemplate jdbc;

	private final OrganisasjonService organisasjon;

	private final Filtervalg filtervalg;

	OppdragRapportLeser(NamedParameterJdbcTemplate jdbc, OrganisasjonService organisasjon, Filtervalg filtervalg) {
		this.jdbc = jdbc;
		this.organisasjon = organisasjon;
		this.filtervalg = filtervalg;
	}

	@Override
	public Optional<LocalDate> registrertFra(long etatId, int aar) {
		OffsetDateTime forste = jdbc.queryForObject("SELECT min(h.tidspunkt) FROM oppdrag_historikk h "
				+ "JOIN oppdrag o ON o.id = h.oppdrag_id WHERE o.aar = :aar AND o.etat_id = :etat AND NOT o.fjernet",
				Map.of("aar", aar, "etat", etatId), OffsetDateTime.class);
		return Optional.ofNullable(forste).map(t -> t.atZoneSameInstant(Formats.OSLO).toLocalDate());
	}

	@Override
	public List<Integer> aarstall() {
		return filtervalg.aarstall();
	}

	@Override
	public List<Integer> aarstall(long etatId) {
		return filtervalg.aarstall(etatId);
	}

	@Override
	public List<StatusPaaDato> statusPaa(long etatId, int aar, LocalDate dato, CurrentUser viewer) {
		String kilde = viewer.klarert() ? "oppdrag_full" : "oppdrag_offentlig";
		String historikk = viewer.klarert() ? "oppdrag_historikk_full" : "oppdrag_historikk_offentlig";
		OffsetDateTime slutt = dato.plusDays(1).atStartOfDay(Formats.OSLO).toOffsetDateTime();
		MapSqlParameterSource p = new MapSqlParameterSource().addValue("aar", aar).addValue("etat", etatId);
		Map<Long, String> enhetsnavn = organisasjon.enhetsnavn();
		List<Naa> naa = jdbc.query("""
				SELECT v.id, v.visnings_id, v.nokkel, v.aar, v.seksjon, v.seksjon_tittel, v.tittel, v.tittel_skjult,
				       v.unntak, v.status, v.fremdrift, v.forventet_dato, v.status_grunn, v.divisjon_id, v.avdeling_id,
				       v.frister, v.frist_tekst, v.fjernet, p.visnings_id AS opphav_id, p.aar AS opphav_aar
				FROM %s v LEFT JOIN %s p ON p.id = v.opphav_id
				WHERE v.aar = :aar AND v.etat_id = :etat
				ORDER BY v.sort_prefiks, v.sort_nr, v.nokkel""".formatted(kilde, kilde), p,
				(rs, i) -> new Naa(rs.getLong("id"), rs.getString("visnings_id"), rs.getString("nokkel"), rs.getInt("aar"),
						rs.getString("seksjon"), rs.getString("seksjon_tittel"), rs.getString("tittel"),
						rs.getBoolean("tittel_skjult"), !"NONE".equals(rs.getString("unntak")),
						viewer.klarert() && "WHOLE".equals(rs.getString("unntak")),
						rs.getString("status"), rs.getString("fremdrift"), tekst(rs.getObject("forventet_dato",
								LocalDate.class)), rs.getString("status_grunn"),
						enhet((Long) rs.getObject("divisjon_id"), enhetsnavn),
						enhet((Long) rs.getObject("avdeling_id"), enhetsnavn),
						datoer(OppdragImportTjeneste.datoer(rs, "frister")), rs.getString("frist_tekst"),
						rs.getBoolean("fjernet"), rs.getString("opphav_id"), (Integer) rs.getObject("opphav_aar")));
		Map<Long, List<Rad>> rader = new HashMap<>();
		jdbc.query("""
				SELECT h.oppdrag_id, h.tidspunkt, h.type, h.felt, h.fra, h.til, h.notat
				FROM %s h WHERE h.oppdrag_id IN (SELECT v.id FROM %s v WHERE v.aar = :aar AND v.etat_id = :etat)
				ORDER BY h.oppdrag_id, h.id""".formatted(historikk, kilde), p, rs -> {
			rader.computeIfAbsent(rs.getLong("oppdrag_id"), k -> new ArrayList<>())
				.add(new Rad(rs.getObject("tidspunkt", OffsetDateTime.class), rs.getString("type"), rs.getString("felt"),
						rs.getString("fra"), rs.getString("til"), rs.getString("notat")));
		});
		List<StatusPaaDato> ut = new ArrayList<>();
		for (Naa o : naa) {
			List<Rad> alle = rader.getOrDefault(o.id(), List.of());
			List<Rad> for_ = alle.stream().filter(r -> r.tidspunkt().isBefore(slutt)).toList();
			// By time, not by position: rows of concurrent transactions may interleave.
			List<Rad> etter = alle.stream().filter(r -> !r.tidspunkt().isBefore(slutt)).toList();
			if (!alle.isEmpty() && for_.isEmpty()) {
				continue; // not created yet
			}
			if (alle.isEmpty() ? o.fjernet() : fjernet(for_)) {
				continue;
			}
			Map<String, String> verdi = new HashMap<>();
			Map<String, String> idag = Map.of("status", o.status(), "fremdrift", nz(o.fremdrift()), "forventet_dato",
					nz(o.forventetDato()), "divisjon", nz(o.divisjon()), "avdeling", nz(o.avdeling()), "frister",
					nz(o.frister()), "frist_tekst", nz(o.fristTekst()));
			for (String felt : FELTER) {
				verdi.put(felt, verdi(felt, for_, etter, idag.get(felt)));
			}
			// A status row without a from-value is the creation itself; then today's status is all there is.
			OppdragStatus status = OppdragStatus.valueOf(verdi.get("status").isEmpty() ? o.status() : verdi.get("status"));
			String grunn = grunn(for_, etter, o.statusGrunn());
			OffsetDateTime sistEndret = for_.isEmpty() ? null : for_.get(for_.size() - 1).tidspunkt();
			ut.add(new StatusPaaDato(o.visningsId(), o.nokkel(), o.aar(), o.seksjon(), o.seksjonTittel(), o.tittel(),
					o.tittelSkjult(), o.unntatt(), o.viserUnntatt(), status, blank(verdi.get("fremdrift")),
					blank(verdi.get("forventet_dato")) == null ? null : LocalDate.parse(verdi.get("forventet_dato")),
					grunn, blank(verdi.get("divisjon")), blank(verdi.get("avdeling")), datoer(verdi.get("frister")),
					blank(verdi.get("frist_tekst")), o.opphavId(), o.opphavAar(), sistEndret));
		}
		return ut;
	}

	private static String verdi(String felt, List<Rad> for_, List<Rad> etter, String idag) {
		for (int i = for_.size() - 1; i >= 0; i--) {
			if (felt.equals(for_.get(i).felt())) {
				return nz(for_.get(i).til());
			}
		}
		for (Rad r : etter) {
			if (felt.equals(r.felt())) {
				return nz(r.fra());
			}
		}
		return idag;
	}

	/**
	 * Forsinket and Utgår carry a reason; the workflow clears it on any other status but Videreført, which keeps the
	 * reason a delay brought from last year (the year end copies it with the status, as the assignment's page shows
	 * it). A status row's note is the reason unless a reason row of the same change (same transaction time) holds it:
	 * a takeover or a copy ended with its origin notes there where the status came from.
	 */
	private static String grunn(List<Rad> for_, List<Rad> etter, String idag) {
		boolean sett = false;
		boolean viderefort = false;
		String grunn = null;
		OffsetDateTime grunnSatt = null;
		for (Rad r : for_) {
			if ("status".equals(r.felt())) {
				sett = true;
				viderefort = "VIDEREFORT".equals(r.til());
				if (!"FORSINKET".equals(r.til()) && !"UTGAAR".equals(r.til())) {
					grunn = null;
				}
				else if (!r.tidspunkt().equals(grunnSatt)) {
					grunn = r.notat();
				}
			}
			else if ("status_grunn".equals(r.felt())) {
				sett = true;
				viderefort = false;
				grunn = r.til();
				grunnSatt = r.tidspunkt();
			}
		}
		if (viderefort) {
			// The copy's reason came with it and has no row of its own: what it was then is what the first later
			// change of it replaced, or today's.
			return viderefortGrunn(etter, idag);
		}
		if (sett) {
			return blank(grunn);
		}
		for (Rad r : etter) {
			if ("status_grunn".equals(r.felt())) {
				return blank(r.fra());
			}
			if ("status".equals(r.felt())) {
				// Before its first status change an assignment has its first status, which has no reason.
				return null;
			}
		}
		return blank(idag);
	}

	/**
	 * The reason a Videreført copy carried on the date: the {@code fra} of the first later reason row. A later status
	 * row without one replaced it unrecorded (a new reason in its note): then it is not known, and none is shown
	 * rather than a later one.
	 */
	private static String viderefortGrunn(List<Rad> etter, String idag) {
		for (Rad r : etter) {
			if ("status_grunn".equals(r.felt())) {
				return blank(r.fra());
			}
			if ("status".equals(r.felt())) {
				return null;
			}
		}
		return blank(idag);
	}

	private static boolean fjernet(List<Rad> for_) {
		boolean fjernet = false;
		for (Rad r : for_) {
			if ("FJERNET".equals(r.type())) {
				fjernet = true;
			}
			else if ("GJENOPPRETTET".equals(r.type())) {
				fjernet = false;
			}
		}
		return fjernet;
	}

	private static String enhet(Long id, Map<Long, String> navn) {
		return id == null ? null : navn.get(id);
	}

	private static String tekst(LocalDate dato) {
		return dato == null ? null : dato.toString();
	}

	/** The history writes deadlines as {@code 2025-03-01, 2025-06-30}. */
	private static String datoer(List<LocalDate> datoer) {
		return String.join(", ", datoer.stream().map(LocalDate::toString).toList());
	}

	private static List<LocalDate> datoer(String tekst) {
		if (tekst == null || tekst.isBlank()) {
			return List.of();
		}
		return Arrays.stream(tekst.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(LocalDate::parse)
			.toList();
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s;
	}

	private record Naa(long id, String visningsId, String nokkel, int aar, String seksjon, String seksjonTittel,
			String tittel, boolean tittelSkjult, boolean unntatt, boolean viserUnntatt, String status, String fremdrift,
			String forventetDato, String statusGrunn, String divisjon, String avdeling, String frister,
			String fristTekst, boolean fjernet, String opphavId, Integer opphavAar) {
	}

	private record Rad(OffsetDateTime tidspunkt, String type, String felt, String fra, String til, String notat) {
	}
}
