package no.hod.styringsregister.oppdrag.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.brukere.CurrentUsers;
import no.hod.styringsregister.oppdrag.OppdragFilter;
import no.hod.styringsregister.oppdrag.OppdragStatus;
import no.hod.styringsregister.oppdrag.internal.OppdragSkriving.Hendelsestype;
import no.hod.styringsregister.organisasjon.AvdelingFlyttet;
import no.hod.styringsregister.organisasjon.Enhet;
import no.hod.styringsregister.organisasjon.EnhetensOppdrag.Utvalg;
import no.hod.styringsregister.organisasjon.OmorganiseringensOppdrag;
import no.hod.styringsregister.organisasjon.OrganisasjonService;

/**
 * Assignments routed to a department follow it when it moves to another division: else they would stay with the old
 * division's leads under a department that is no longer theirs, and the new division's leads would never see them.
 * Tells the organisation pages beforehand what a move or a deactivation does to them.
 */
@Component
class OppdragFolgerAvdelingen implements OmorganiseringensOppdrag {

	/** Not finished or cancelled: what someone still has to follow up. */
	private static final List<OppdragStatus> UAVSLUTTET = Arrays.stream(OppdragStatus.values())
		.filter(status -> !status.avsluttet())
		.toList();

	private final NamedParameterJdbcTemplate jdbc;

	private final OppdragSkriving skriving;

	private final EnhetensOppdragFraOppdrag utvalg;

	private final BrukerService brukere;

	private final CurrentUsers currentUsers;

	private final OrganisasjonService organisasjon;

	OppdragFolgerAvdelingen(NamedParameterJdbcTemplate jdbc, OppdragSkriving skriving,
			EnhetensOppdragFraOppdrag utvalg, BrukerService brukere, CurrentUsers currentUsers,
			OrganisasjonService organisasjon) {
		this.jdbc = jdbc;
		this.skriving = skriving;
		this.utvalg = utvalg;
		this.brukere = brukere;
		this.currentUsers = currentUsers;
		this.organisasjon = organisasjon;
	}

	/**
	 * Moves every assignment routed to the department to its new division, removed ones too (so one brought back by a
	 * later import of its letter is where its department is), each with a routing row in its history that names the
	 * reorganisation. Runs in the transaction of the move: if this fails, the department does not move either.
	 */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	public void flytt(AvdelingFlyttet flyttet) {
		List<Flyttet> rader = jdbc.query("""
				WITH f AS (SELECT id, divisjon_id FROM oppdrag
				           WHERE avdeling_id = :avdeling AND divisjon_id IS DISTINCT FROM :til FOR UPDATE)
				UPDATE oppdrag o SET divisjon_id = :til, versjon = o.versjon + 1, endret = now()
				FROM f WHERE o.id = f.id
				RETURNING o.id, f.divisjon_id AS fra""",
				new MapSqlParameterSource().addValue("avdeling", flyttet.avdelingId())
					.addValue("til", flyttet.tilDivisjonId()),
				(rs, i) -> new Flyttet(rs.getLong("id"), (Long) rs.getObject("fra")));
		if (rader.isEmpty()) {
			return;
		}
		CurrentUser hvem = currentUsers.currentIfSignedIn().orElse(null);
		String notat = "Omorganisering: avdelingen " + flyttet.avdeling() + " ble flyttet til " + flyttet.tilDivisjon()
				+ " " + flyttet.grunn() + ".";
		for (Flyttet rad : rader.stream().sorted(Comparator.comparingLong(Flyttet::id)).toList()) {
			// An assignment left behind by a move before this rule was there comes from another division than the
			// department did now.
			String fra = rad.fra() == null ? null
					: rad.fra() == flyttet.fraDivisjonId() ? flyttet.fraDivisjon()
							: organisasjon.enhet(rad.fra()).map(Enhet::navn).orElse(null);
			skriving.historikk(rad.id(), hvem, Hendelsestype.RUTING, "divisjon", fra, flyttet.tilDivisjon(), notat,
					false);
		}
	}

	private record Flyttet(long id, Long fra) {
	}

	@Override
	public Flytting vedFlytting(Enhet avdeling, Long tilDivisjonId) {
		Utvalg oppdrag = utvalg.rutetTil(avdeling);
		List<String> fraLedere = avdeling.overordnetId() == null ? List.of()
				: brukere.ledernavn(avdeling.overordnetId());
		List<String> tilLedere = tilDivisjonId == null ? List.of() : brukere.ledernavn(tilDivisjonId);
		List<String> ulesbare = oppdrag.antall() == 0 || tilLedere.isEmpty() || brukere.harKlarertLeder(tilDivisjonId)
				? List.of()
				: jdbc.queryForList("""
						SELECT visnings_id FROM oppdrag
						WHERE avdeling_id = :avdeling AND NOT fjernet AND unntak = 'WHOLE'
						ORDER BY sort_prefiks, sort_nr, visnings_id""",
						new MapSqlParameterSource("avdeling", avdeling.id()), String.class);
		return new Flytting(oppdrag, fraLedere, tilLedere, ulesbare);
	}

	@Override
	public long antallRutetTil(Enhet avdeling) {
		return jdbc.queryForObject("SELECT count(*) FROM oppdrag WHERE avdeling_id = :avdeling AND NOT fjernet",
				new MapSqlParameterSource("avdeling", avdeling.id()), Long.class);
	}

	@Override
	public Utvalg uavsluttede(Enhet enhet) {
		boolean avdeling = enhet.type() == Enhet.Type.AVDELING;
		OppdragFilter filter = OppdragFilter.alle().medStatus(UAVSLUTTET.toArray(OppdragStatus[]::new));
		filter = avdeling ? filter.medAvdeling(enhet.id()) : filter.medDivisjon(enhet.id());
		String statuser = UAVSLUTTET.stream().map(status -> "&status=" + status.name()).collect(Collectors.joining());
		return utvalg.utvalg(filter, "/oppdrag?" + (avdeling ? "department=" : "division=") + enhet.id() + statuser);
	}
}
