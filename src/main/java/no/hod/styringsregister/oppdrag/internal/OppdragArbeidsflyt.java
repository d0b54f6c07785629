package no.hod.styringsregister.oppdrag.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.cache.annotation.CacheEvict;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.hod.styringsregister.Kontrolltegn;
import no.hod.styringsregister.Sitert;
import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.oppdrag.OppdragRef;
import no.hod.styringsregister.oppdrag.OppdragStatus;
import no.hod.styringsregister.oppdrag.OppdragSummary;
import no.hod.styringsregister.oppdrag.internal.OppdragSkriving.Hendelsestype;
import no.hod.styringsregister.organisasjon.Enhet;
import no.hod.styringsregister.organisasjon.Etat;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.web.Formats;

/**
 * Status, notes, routing and the year end, with every rule enforced here on the server. Each change bumps the
 * version (optimistic locking) and writes its history rows in the same transaction.
 */
@Service
class OppdragArbeidsflyt {

	private static final Set<OppdragStatus> LEDERSTATUSER = Set.of(OppdragStatus.IKKE_STARTET, OppdragStatus.PAAGAAR,
			OppdragStatus.FORSINKET, OppdragStatus.LEVERT);

	/** Why a lead gets no form on a finished or cancelled assignment, and who can reopen it. */
	static final String AVSLUTTET_FOR_LEDER = "Oppdraget er avsluttet, og divisjonsleder kan ikke endre status eller "
			+ "fremdrift. Bare en administrator kan åpne det igjen.";

	/** How far ahead a new expected date may lie: further is nearly always a typo (2207 for 2027). */
	static final int MAKS_AAR_FREM = 5;

	/** PostgreSQL can neither store nor compare text with it. */
	static final String NUL_TEGN = "Teksten inneholder et tegn som ikke er tillatt (NUL-tegnet).";

	/** Comments and instruction citations leave the version as it was: they are not what made the form stale. */
	private static final Set<String> ENDRER_IKKE_VERSJON = Set.of(Hendelsestype.KOMMENTAR.name(),
			Hendelsestype.INSTRUKS.name(), Hendelsestype.VIDEREFORT.name());

	private final NamedParameterJdbcTemplate jdbc;

	private final OppdragSkriving skriving;

	private final OppdragLeser leser;

	private final OrganisasjonService organisasjon;

	private final MessageSource tekster;

	private final Formats formats;

	private final BrukerService brukere;

	OppdragArbeidsflyt(NamedParameterJdbcTemplate jdbc, OppdragSkriving skriving, OppdragLeser leser,
			OrganisasjonService organisasjon, MessageSource tekster, Formats formats, BrukerService brukere) {
		this.jdbc = jdbc;
		this.skriving = skriving;
		this.leser = leser;
		this.organisasjon = organisasjon;
		this.tekster = tekster;
		this.formats = formats;
		this.brukere = brukere;
	}

	/** The statuses the user may choose for the assignment now (for the page's form; the rules are enforced below). */
	List<OppdragStatus> muligeStatuser(OppdragSummary o, CurrentUser bruker) {
		return switch (bruker.rolle()) {
			case ADMIN -> o.tittelSkjult()
					? List.of(OppdragStatus.values()).stream().filter(til -> !beslutning(o.status(), til)).toList()
					: List.of(OppdragStatus.values());
			case HDIR_LEDER -> Objects.equals(o.divisjonId(), bruker.enhetId()) && !o.status().avsluttet()
					? List.of(OppdragStatus.IKKE_STARTET, OppdragStatus.PAAGAAR, OppdragStatus.FORSINKET,
							OppdragStatus.LEVERT)
					: List.of();
			case HOD_SAKSBEHANDLER -> {
				List<OppdragStatus> mulige = new ArrayList<>();
				// The view hides the title from an uncleared reader of a wholly exempt assignment: no decisions on it.
				if (o.tittelSkjult()) {
					yield mulige;
				}
				if (o.status() == OppdragStatus.LEVERT) {
					mulige.add(OppdragStatus.FULLFORT);
					mulige.add(OppdragStatus.PAAGAAR);
				}
				if (!o.status().avsluttet()) {
					mulige.add(OppdragStatus.UTGAAR);
				}
				yield mulige;
			}
		};
	}

	/** Why an uncleared desk officer or admin may not decide on a wholly exempt assignment, and who can. */
	static final String KREVER_KLARERING = "Oppdraget er unntatt offentlighet i sin helhet (offl. § 22). Bare "
			+ "saksbehandlere og administratorer med klarering kan godkjenne leveransen, sende den tilbake eller "
			+ "avslutte oppdraget.";

	/**
	 * A desk officer or admin without clearance on a wholly exempt assignment ({@code tittelSkjult}: the view hid it):
	 * approving a delivery, sending it back or cancelling would be a decision on a title, text and delivery note the
	 * user cannot read. A lead's own status reporting is not such a decision and stays open.
	 */
	boolean kreverKlarering(OppdragSummary o, CurrentUser bruker) {
		return (bruker.is(Rolle.HOD_SAKSBEHANDLER) || bruker.isAdmin()) && o.tittelSkjult() && !o.status().avsluttet();
	}

	/**
	 * Whether moving from {@code fra} to {@code til} is the ministry's decision on the assignment's content, which an
	 * uncleared user may not make on a wholly exempt one: approving the delivery (Fullført), sending it back (Levert to
	 * Pågår) or cancelling (Utgår). The lead's statuses otherwise (Ikke startet, Pågår, Forsinket, Levert) report how
	 * the work goes and judge nothing, so an admin may still set them for the division; reopening a closed assignment to
	 * one of them too, as it hands it back to the division and leaves the next decision to someone cleared.
	 */
	static boolean beslutning(OppdragStatus fra, OppdragStatus til) {
		return til == OppdragStatus.FULLFORT || til == OppdragStatus.UTGAAR
				|| fra == OppdragStatus.LEVERT && til == OppdragStatus.PAAGAAR;
	}

	/** A lead looking at an assignment routed to another division, or not routed yet: not the lead's to update. */
	boolean annenDivisjon(OppdragSummary o, CurrentUser bruker) {
		return bruker.is(Rolle.HDIR_LEDER) && !Objects.equals(o.divisjonId(), bruker.enhetId());
	}

	/**
	 * The ministry's desk officers and admins on any assignment; a lead on the division's own, to answer the ministry
	 * without overwriting the progress note.
	 */
	boolean kanKommentere(Long divisjonId, CurrentUser bruker) {
		return bruker.is(Rolle.HOD_SAKSBEHANDLER) || bruker.isAdmin()
				|| bruker.is(Rolle.HDIR_LEDER) && divisjonId != null && divisjonId.equals(bruker.enhetId());
	}

	/** A lead's or an admin's note is the division's progress note; a desk officer's is a comment in the history. */
	boolean skriverFremdrift(CurrentUser bruker) {
		return !bruker.is(Rolle.HOD_SAKSBEHANDLER);
	}

	/** Changes status and/or note by the rules of the user's role; answers the new state as the user may see it. */
	@Transactional(noRollbackFor = Konflikt.class)
	OppdragDetalj endreStatus(String id, StatusEndring endring, CurrentUser bruker) {
		Lastet o = last(id);
		if (bruker.is(Rolle.HDIR_LEDER) && !Objects.equals(o.divisjonId(), bruker.enhetId())) {
			throw ikkeRutetTil(o, bruker);
		}
		// A status change and a note alike: the same refusal, whatever the request asks for.
		if (bruker.is(Rolle.HDIR_LEDER) && o.status().avsluttet()) {
			throw new Nektet(AVSLUTTET_FOR_LEDER);
		}
		if (endring.versjon() == null) {
			throw new Avvist("Versjonen du endret fra mangler.");
		}
		// A version never given out is the caller's mistake, not someone else's save: a conflict would send a script
		// looking for a change that was never made.
		if (endring.versjon() < 0 || endring.versjon() > o.versjon()) {
			throw new Avvist("Versjonen " + endring.versjon() + " finnes ikke for oppdraget (gjeldende versjon er "
					+ o.versjon() + ").");
		}
		if (endring.versjon() != o.versjon()) {
			throw konflikt(o, endring, leser.detalj(id, bruker).orElseThrow(() -> new IkkeFunnet(id)), bruker);
		}
		boolean notatSendt = endring.notat() != null;
		String notat = tekst(endring.notat(), "notat");
		String grunn = tekst(endring.grunn(), "grunn");
		OppdragStatus til = endring.status() == null ? o.status() : endring.status();
		Avvist datofeil = datofeil(o, til, endring, bruker);
		// Staying Forsinket with a new date or reason is a status change; anything else without a new status is a note.
		boolean nyForsinkelse = til == OppdragStatus.FORSINKET && !bruker.is(Rolle.HOD_SAKSBEHANDLER)
				&& (endring.forventetDato() != null || grunn != null);
		if (til == o.status() && !nyForsinkelse) {
			if (datofeil != null) {
				throw datofeil;
			}
			kunNotat(o, notatSendt, notat, bruker);
		}
		else {
			// Like a left-out note, a left-out reason or date (null, not an emptied field) keeps the one saved, so a
			// lead can move only the expected date, or change only the reason, of an assignment that stays Forsinket.
			boolean blirForsinket = til == OppdragStatus.FORSINKET && o.status() == OppdragStatus.FORSINKET;
			boolean beholdGrunn = blirForsinket && endring.grunn() == null;
			boolean beholdDato = blirForsinket && endring.forventetDato() == null && !endring.forhandsutfylt();
			byttStatus(o, til, notatSendt, notat, !beholdGrunn && endring.grunn() != null,
					beholdGrunn ? o.statusGrunn() : grunn, beholdDato ? o.forventetDato() : endring.forventetDato(),
					datofeil, bruker);
			if (til == OppdragStatus.UTGAAR && o.status() != OppdragStatus.UTGAAR) {
				avsluttKopier(o, grunn, bruker);
			}
		}
		return leser.detalj(id, bruker).orElseThrow(() -> new IkkeFunnet(id));
	}

	/**
	 * A year end's copy of an assignment that is still open (not finished, cancelled or taken out of the register), as
	 * the status form tells of it; {@code paabegynt}: the division has begun on it ({@link #paabegynt}).
	 */
	record AapenKopi(String visningsId, int aar, OppdragStatus status, boolean paabegynt) {
	}

	private static final String AAPNE_KOPIER = """
			 WHERE opphav_id = :opphav AND brev_id IS NULL AND NOT fjernet AND status NOT IN ('FULLFORT', 'UTGAAR')
			ORDER BY id""";

	/** The open copies the year end made of the assignment with this register key, for its status form. */
	@Transactional(readOnly = true)
	List<AapenKopi> aapneKopier(String nokkel) {
		Long opphav = jdbc.query("SELECT id FROM oppdrag WHERE nokkel = :nokkel", Map.of("nokkel", nokkel),
				(rs, i) -> rs.getLong("id")).stream().findFirst().orElse(null);
		if (opphav == null) {
			return List.of();
		}
		return jdbc.query(LAST + AAPNE_KOPIER, Map.of("opphav", opphav), LASTET).stream()
			.map(k -> new AapenKopi(k.visningsId(), k.aar(), k.status(), paabegynt(k))).toList();
	}

	/**
	 * Whether the division has begun on a copy: it is no longer Videreført, or has a status or progress note of its
	 * own. A comment or a routing is no work on it.
	 */
	private boolean paabegynt(Lastet kopi) {
		return kopi.status() != OppdragStatus.VIDEREFORT || Boolean.TRUE.equals(jdbc.queryForObject("""
				SELECT EXISTS (SELECT 1 FROM oppdrag_historikk WHERE oppdrag_id = :id
				               AND type IN ('STATUS', 'FREMDRIFT'))""", Map.of("id", kopi.id()), Boolean.class));
	}

	/**
	 * The decision that an assignment is ended (Utgår) after the year end ends its open copy too, with the same
	 * reason: the copy is the same work carried into the next year, and left open it would count as overdue work no one
	 * is to do. The copy's history names the original and, as every row, who decided. A copy the division has begun on
	 * is refused instead, naming it: ending it from here would end work in progress that the one deciding does not see
	 * on this page. It is ended on its own page first, where its state is in view; then this one can be.
	 */
	private void avsluttKopier(Lastet o, String grunn, CurrentUser bruker) {
		List<Lastet> kopier = jdbc.query(LAST + AAPNE_KOPIER + " FOR UPDATE", Map.of("opphav", o.id()), LASTET);
		for (Lastet k : kopier) {
			if (paabegynt(k)) {
				String status = tekster.getMessage("oppdrag.status." + k.status().name(), null, k.status().name(),
						Formats.NORSK);
				throw new Avvist("Oppdraget er videreført til " + k.aar() + " som " + k.visningsId() + ", og "
						+ "divisjonen har begynt på det der (status «" + status + "»). Skal oppdraget avsluttes, setter "
						+ "du først " + k.visningsId() + " til Utgår; deretter kan også dette settes til Utgår. "
						+ "Ingenting er lagret.", "status");
			}
			if (skjult(k, bruker)) {
				throw new Nektet(KREVER_KLARERING);
			}
		}
		String notat = "Satt til Utgår fordi " + o.visningsId() + " (" + o.aar() + "), som dette er videreført fra, "
				+ "ble satt til Utgår.";
		for (Lastet k : kopier) {
			lagre(k, OppdragStatus.UTGAAR, k.fremdrift(), null, grunn);
			if (k.forventetDato() != null) {
				skriving.historikk(k.id(), bruker, Hendelsestype.STATUS, "forventet_dato", tekst(k.forventetDato()),
						null, notat, false);
			}
			// The reason in a row of its own, as a takeover writes it, so that the status row's note can say where it
			// came from (the status report reads the reason from the row of the same change).
			skriving.historikk(k.id(), bruker, Hendelsestype.STATUS, "status_grunn", k.statusGrunn(), grunn, notat,
					false);
			skriving.historikk(k.id(), bruker, Hendelsestype.STATUS, "status", k.status().name(),
					OppdragStatus.UTGAAR.name(), notat, false);
		}
	}

	static final String IKKE_RUTET = "Oppdraget er ikke rutet til din divisjon.";

	/**
	 * A lead's change to an assignment not routed to the lead's division. When the latest routing moved it away from
	 * that division (an admin did so after the lead opened the form), the refusal says where, by whom and when, so it
	 * does not read as a lack of rights; else the plain refusal.
	 */
	private Nektet ikkeRutetTil(Lastet o, CurrentUser bruker) {
		String egen = enhetsnavn(bruker.enhetId());
		return jdbc.query("""
				SELECT fra, til, bruker_navn, tidspunkt FROM oppdrag_historikk
				WHERE oppdrag_id = :id AND type = 'RUTING' AND felt = 'divisjon'
				ORDER BY tidspunkt DESC, id DESC LIMIT 1""", Map.of("id", o.id()),
				(rs, i) -> egen != null && egen.equals(rs.getString("fra")) && rs.getString("til") != null
						? new Nektet("Oppdraget er flyttet til " + rs.getString("til") + " av " + rs.getString("bruker_navn")
								+ " " + formats.tidspunkt(rs.getObject("tidspunkt", OffsetDateTime.class))
								+ ". Endringen din er ikke lagret.")
						: null)
			.stream().filter(Objects::nonNull).findFirst().orElseGet(() -> new Nektet(IKKE_RUTET));
	}

	/** The form's fields as a message names them, in the form's order, by the history row's field. */
	private static final Map<String, String> SKJEMAFELT = new LinkedHashMap<>();

	static {
		SKJEMAFELT.put("status", "status");
		SKJEMAFELT.put("fremdrift", "fremdrift");
		SKJEMAFELT.put("forventet_dato", "ny forventet dato");
		SKJEMAFELT.put("status_grunn", "begrunnelse");
	}

	/**
	 * The form's fields changed since the version the user opened ({@code versjon}), as the user's history shows them.
	 * A change's rows share their transaction's time, and each change that bumps the version is one such time: the
	 * newest (current version − opened version) times are what happened since. A status row to or from Forsinket or
	 * Utgår changed the reason too.
	 */
	private static List<String> endredeFelt(OppdragDetalj gjeldende, long versjon) {
		long endringer = gjeldende.oppdrag().versjon() - versjon;
		Set<OffsetDateTime> tider = new LinkedHashSet<>();
		Set<String> felt = new HashSet<>();
		for (OppdragDetalj.Hendelse h : gjeldende.historikk()) {
			if (ENDRER_IKKE_VERSJON.contains(h.type()) || h.tidspunkt() == null) {
				continue;
			}
			if (!tider.contains(h.tidspunkt()) && tider.size() >= endringer) {
				break;
			}
			tider.add(h.tidspunkt());
			if (h.felt() != null) {
				felt.add(h.felt());
			}
			if ("status".equals(h.felt()) && (medGrunn(h.fra()) || medGrunn(h.til()))) {
				felt.add("status_grunn");
			}
		}
		return SKJEMAFELT.entrySet().stream().filter(e -> felt.contains(e.getKey())).map(Map.Entry::getValue).toList();
	}

	private static boolean medGrunn(String status) {
		return "FORSINKET".equals(status) || "UTGAAR".equals(status);
	}

	/** The form's fields (its parameters) by the history row's field they change. */
	private static final Map<String, String> HISTORIKKFELT = Map.of("status", "status", "notat", "fremdrift",
			"forventetDato", "forventet_dato", "grunn", "status_grunn");

	/**
	 * A stale form ({@code gjeldende}: the assignment now, as the user may see it). A field the user left as it was
	 * loaded comes back with what is saved now ({@link Konflikt#uendret()}), so sending the form again does not put
	 * back an old value over a newer one; a field the user changed keeps the user's text, and those someone else
	 * changed too are named ({@link Konflikt#felt()}). What starts empty in the form (a desk officer's comment, a note
	 * or reason hidden from the user) is always the user's own text.
	 */
	private Konflikt konflikt(Lastet o, StatusEndring endring, OppdragDetalj gjeldende, CurrentUser bruker) {
		Map<String, Forrige> forrige = forrigeVerdier(o.id(), o.versjon() - endring.versjon());
		boolean egneFelt = skriverFremdrift(bruker) && !skjult(o, bruker);
		Map<String, Boolean> endret = new LinkedHashMap<>();
		endret.put("status", endring.status() != null);
		if (skriverFremdrift(bruker)) {
			endret.put("notat", endring.notat() != null && (!egneFelt
					|| endretSiden(forrige.get("fremdrift"), normalisert(endring.notat()), o.fremdrift())));
			endret.put("forventetDato", endretSiden(forrige.get("forventet_dato"), tekst(endring.forventetDato()),
					tekst(o.forventetDato())));
			endret.put("grunn", endring.grunn() != null && (!egneFelt
					|| endretSiden(forrige.get("status_grunn"), normalisert(endring.grunn()), o.statusGrunn())));
		}
		Set<String> uendret = new HashSet<>();
		List<String> kolliderer = new ArrayList<>();
		endret.forEach((felt, av) -> {
			if (!av && (egneFelt || felt.equals("forventetDato"))) {
				uendret.add(felt);
			}
			else if (av && forrige.containsKey(HISTORIKKFELT.get(felt))) {
				kolliderer.add(felt);
			}
		});
		return new Konflikt(konfliktmelding(gjeldende, endring.versjon(), kolliderer, endring.forhandsutfylt()),
				gjeldende, uendret, kolliderer);
	}

	/**
	 * Whether {@code sendt} differs from the field's value in the version the form was loaded from: its value before
	 * the changes since ({@code forrige}), or, when none changed it, the saved one ({@code naa}). A value the history
	 * cannot tell counts as changed: the user's text is kept rather than lost.
	 */
	private static boolean endretSiden(Forrige forrige, String sendt, String naa) {
		return forrige == null ? !Objects.equals(sendt, naa) : !forrige.kjent() || !Objects.equals(sendt, forrige.verdi());
	}

	/** A text as {@link #tekst(String, String)} saves it, without refusing anything: only to compare. */
	private static String normalisert(String raa) {
		String s = Kontrolltegn.fritekst(raa);
		return s == null || s.isBlank() ? null : s.strip();
	}

	/** A field's value before a change; {@code kjent}: the history row said what it was. */
	private record Forrige(String verdi, boolean kjent) {
	}

	/**
	 * By the history row's field, the value each field of the form had before the newest {@code endringer} changes
	 * (from the full history, never shown as such): a change's rows share their transaction's time, as in
	 * {@link #endredeFelt}. A status change to or from Forsinket or Utgår changed the reason too; its value before is
	 * known when the status before had none.
	 */
	private Map<String, Forrige> forrigeVerdier(long oppdragId, long endringer) {
		Map<OffsetDateTime, List<String[]>> perEndring = new LinkedHashMap<>();
		jdbc.query("""
				SELECT tidspunkt, felt, fra, til FROM oppdrag_historikk
				WHERE oppdrag_id = :id AND type NOT IN (:typer)
				ORDER BY tidspunkt DESC, id DESC""",
				Map.of("id", oppdragId, "typer", List.copyOf(ENDRER_IKKE_VERSJON)), rs -> {
					OffsetDateTime tid = rs.getObject("tidspunkt", OffsetDateTime.class);
					if (perEndring.containsKey(tid) || perEndring.size() < endringer) {
						perEndring.computeIfAbsent(tid, t -> new ArrayList<>())
							.add(new String[] { rs.getString("felt"), rs.getString("fra"), rs.getString("til") });
					}
				});
		Map<String, Forrige> forrige = new HashMap<>();
		// Newest first, so the oldest change since the form was loaded has the last word.
		for (List<String[]> rader : perEndring.values()) {
			boolean grunnRad = rader.stream().anyMatch(r -> "status_grunn".equals(r[0]));
			for (String[] r : rader) {
				if (r[0] != null) {
					forrige.put(r[0], new Forrige(r[1], true));
				}
				if ("status".equals(r[0]) && !grunnRad && (medGrunn(r[1]) || medGrunn(r[2]))) {
					forrige.put("status_grunn", new Forrige(null, !medGrunn(r[1])));
				}
			}
		}
		return forrige;
	}

	/**
	 * Who changed the assignment, when, which of the form's fields and the status now, as the page says it; no
	 * version numbers. {@code versjon}: the one the form was opened with; {@code kolliderer}: the form's fields the user
	 * changed that were changed since as well; {@code skjema}: the page's form, which shows the fields again. The API
	 * shows none, and its caller reads the current state from the answer's {@code current}.
	 */
	private String konfliktmelding(OppdragDetalj gjeldende, long versjon, List<String> kolliderer, boolean skjema) {
		String status = tekster.getMessage("oppdrag.status." + gjeldende.oppdrag().status().name(), null,
				gjeldende.oppdrag().status().name(), Formats.NORSK);
		String hvem = gjeldende.historikk().stream().filter(h -> !ENDRER_IKKE_VERSJON.contains(h.type()))
			.findFirst()
			.filter(h -> h.hvem() != null && h.tidspunkt() != null)
			.map(h -> " av " + h.hvem() + " " + formats.tidspunkt(h.tidspunkt()))
			.orElse(" av noen andre");
		List<String> felt = endredeFelt(gjeldende, versjon);
		String hva = felt.isEmpty() ? "Status er nå " + Sitert.verdi(status) + "."
				: stor(opplisting(felt)) + " er endret. Status er " + (felt.contains("status") ? "nå" : "fortsatt")
						+ " " + Sitert.verdi(status) + ".";
		String kollisjon = kolliderer.isEmpty() ? null
				: opplisting(kolliderer.stream().map(f -> SKJEMAFELT.get(HISTORIKKFELT.get(f))).toList());
		if (!skjema) {
			return "Oppdraget er endret" + hvem + " siden du åpnet det. " + hva + " Ingenting ble lagret"
					+ (kolliderer.isEmpty() ? "." : ", og " + kollisjon + " som du sendte, er også endret av den andre.")
					+ " Oppdraget slik det er nå, står i «current»; send endringen på nytt med «version» derfra.";
		}
		String dine = kolliderer.isEmpty() ? " Feltene du ikke har endret, viser nå det som er lagret."
				: " Du har også endret " + kollisjon + ": det du valgte eller skrev, står igjen i skjemaet.";
		return "Oppdraget er endret" + hvem + " siden du åpnet det. " + hva + dine + " Se hva som er endret, og prøv "
				+ "igjen.";
	}

	/** «a», «a og b», «a, b og c». */
	private static String opplisting(List<String> deler) {
		return deler.size() == 1 ? deler.get(0)
				: String.join(", ", deler.subList(0, deler.size() - 1)) + " og " + deler.get(deler.size() - 1);
	}

	/**
	 * What is wrong with the expected date sent, or {@code null}: answered, not thrown, so a refusal can name it
	 * together with the other fields' problems. A date belongs to Forsinket and must lie between today and
	 * {@value #MAKS_AAR_FREM} years ahead; the saved one may stay though it has passed, and the page's form may send it
	 * back beside another status (its field came filled). A desk officer sets none: refused at once.
	 */
	private Avvist datofeil(Lastet o, OppdragStatus til, StatusEndring endring, CurrentUser bruker) {
		LocalDate forventet = endring.forventetDato();
		if (forventet == null) {
			return null;
		}
		boolean lagret = forventet.equals(o.forventetDato());
		if (lagret && (til == OppdragStatus.FORSINKET || endring.forhandsutfylt())) {
			return null;
		}
		if (bruker.is(Rolle.HOD_SAKSBEHANDLER)) {
			throw new Nektet("Ny forventet dato settes av divisjonen, ikke av saksbehandlere i HOD.");
		}
		if (til != OppdragStatus.FORSINKET) {
			return new Avvist("Ny forventet dato hører til status Forsinket. Velg Forsinket som ny status, eller tøm "
					+ "feltet for ny forventet dato.", "forventetDato", "status");
		}
		LocalDate idag = LocalDate.now(Formats.OSLO);
		if (forventet.isBefore(idag)) {
			return new Avvist("Ny forventet dato kan ikke være før i dag (" + formats.dato(idag) + ").", "forventetDato");
		}
		LocalDate senest = idag.plusYears(MAKS_AAR_FREM);
		if (forventet.isAfter(senest)) {
			return new Avvist("Ny forventet dato kan være høyst " + MAKS_AAR_FREM + " år frem i tid, altså senest "
					+ formats.dato(senest) + ".", "forventetDato");
		}
		return null;
	}

	/**
	 * {@code notatSendt}: the request has a note; for the progress note an empty one clears it, none leaves it. A form
	 * sent with nothing filled in is no change rather than a fault: said so, naming what to fill in.
	 */
	private void kunNotat(Lastet o, boolean notatSendt, String notat, CurrentUser bruker) {
		if (!skriverFremdrift(bruker)) {
			if (notat == null) {
				throw new IngenEndring("Ingen endring å lagre: velg en ny status eller skriv en kommentar.");
			}
			skriving.historikk(o.id(), bruker, Hendelsestype.KOMMENTAR, null, null, null, notat, false);
			return;
		}
		if (!notatSendt) {
			// Also a lead's form on an exempt assignment the lead may not read: its note field starts empty.
			throw new IngenEndring("Ingen endring å lagre: velg en ny status eller oppdater fremdriften.");
		}
		// A note hidden from the user is never compared with what the user sent: «no change» would confirm a guess.
		if (!skjult(o, bruker) && Objects.equals(notat, o.fremdrift())) {
			throw new IngenEndring();
		}
		lagre(o, o.status(), notat, o.forventetDato(), o.statusGrunn());
		skriving.historikk(o.id(), bruker, Hendelsestype.FREMDRIFT, "fremdrift", o.fremdrift(), notat, null, false);
	}

	/**
	 * The progress note and reason are hidden from the user (a wholly exempt assignment, no clearance): what the user
	 * sends for them counts as changed, whatever is saved, so no answer depends on what the user cannot read.
	 */
	private static boolean skjult(Lastet o, CurrentUser bruker) {
		return o.heltUnntatt() && !bruker.klarert();
	}

	/**
	 * {@code datofeil}: what is wrong with the expected date, named with the other fields' problems; {@code grunnSendt}:
	 * the reason is the user's, not the saved one kept.
	 */
	private void byttStatus(Lastet o, OppdragStatus til, boolean notatSendt, String notat, boolean grunnSendt,
			String grunn, LocalDate forventet, Avvist datofeil, CurrentUser bruker) {
		OppdragStatus fra = o.status();
		switch (bruker.rolle()) {
			case HDIR_LEDER -> {
				// A closed assignment is refused in endreStatus already, for a note as for a status.
				if (!LEDERSTATUSER.contains(til)) {
					throw new Nektet("Divisjonsledere kan sette status Ikke startet, Pågår, Forsinket eller Levert.");
				}
			}
			case HOD_SAKSBEHANDLER -> {
				if (skjult(o, bruker)) {
					throw new Nektet(KREVER_KLARERING);
				}
				switch (til) {
					case FULLFORT -> {
						if (fra != OppdragStatus.LEVERT) {
							throw new Avvist("Bare et levert oppdrag kan godkjennes som fullført.", "status");
						}
					}
					case PAAGAAR -> {
						if (fra != OppdragStatus.LEVERT) {
							throw new Avvist("Bare et levert oppdrag kan sendes tilbake.", "status");
						}
						if (notat == null) {
							throw new Avvist("Skriv en kommentar om hvorfor leveransen sendes tilbake.", "notat");
						}
					}
					case UTGAAR -> {
						if (fra.avsluttet()) {
							throw new Avvist("Oppdraget er allerede avsluttet.", "status");
						}
					}
					default -> throw new Nektet("Saksbehandlere i HOD kan godkjenne en leveranse, sende "
							+ "den tilbake, sette oppdraget til Utgår eller kommentere.");
				}
			}
			case ADMIN -> {
				// Admins may make any transition but a decision on what they cannot read; the fields each status needs
				// are checked below.
				if (skjult(o, bruker) && beslutning(fra, til)) {
					throw new Nektet(KREVER_KLARERING);
				}
			}
		}
		// Every problem of the fields at once, so the user need not send the form again to learn of the next one; the
		// message names only what is wrong, as the fields marked invalid do.
		List<Avvist> feil = new ArrayList<>();
		if (datofeil != null) {
			feil.add(datofeil);
		}
		if (til == OppdragStatus.FORSINKET && forventet == null && grunn == null) {
			feil.add(new Avvist("Forsinket krever ny forventet dato og en begrunnelse.", "forventetDato", "grunn"));
		}
		else if (til == OppdragStatus.FORSINKET && forventet == null) {
			feil.add(new Avvist("Velg ny forventet dato for forsinkelsen.", "forventetDato"));
		}
		else if (til == OppdragStatus.FORSINKET && grunn == null) {
			feil.add(new Avvist("Skriv en begrunnelse for forsinkelsen.", "grunn"));
		}
		if (til == OppdragStatus.UTGAAR && grunn == null) {
			feil.add(new Avvist("Utgår krever en begrunnelse.", "grunn"));
		}
		if (feil.size() == 1) {
			throw feil.get(0);
		}
		if (!feil.isEmpty()) {
			throw new Avvist(feil.stream().map(Avvist::getMessage).collect(Collectors.joining(" ")),
					feil.stream().flatMap(a -> a.felt().stream()).distinct().toArray(String[]::new));
		}
		// The expected date was checked in sjekkForventetDato: a date already saved may have passed since.
		boolean forsinket = til == OppdragStatus.FORSINKET;
		String nyGrunn = forsinket || til == OppdragStatus.UTGAAR ? grunn : null;
		LocalDate nyDato = forsinket ? forventet : null;
		String fremdrift = notatSendt && skriverFremdrift(bruker) ? notat : o.fremdrift();
		boolean skjult = skjult(o, bruker);
		boolean fremdriftEndret = !Objects.equals(fremdrift, o.fremdrift())
				|| skjult && notatSendt && skriverFremdrift(bruker);
		boolean grunnEndret = !Objects.equals(nyGrunn, o.statusGrunn()) || skjult && grunnSendt && nyGrunn != null;
		if (til == fra && Objects.equals(nyDato, o.forventetDato()) && !grunnEndret && !fremdriftEndret) {
			// A Forsinket form sent back as it came: nothing differs, so nothing is written and the version stays.
			throw new IngenEndring();
		}
		lagre(o, til, fremdrift, nyDato, nyGrunn);
		// The status row last, so the newest history row names the new status.
		if (fremdriftEndret) {
			skriving.historikk(o.id(), bruker, Hendelsestype.FREMDRIFT, "fremdrift", o.fremdrift(), fremdrift, null,
					false);
		}
		if (!Objects.equals(o.forventetDato(), nyDato)) {
			skriving.historikk(o.id(), bruker, Hendelsestype.STATUS, "forventet_dato", tekst(o.forventetDato()),
					tekst(nyDato), null, false);
		}
		String kommentar = skriverFremdrift(bruker) ? null : notat;
		if (til != fra) {
			if (o.statusGrunn() != null && nyGrunn == null) {
				// Leaving Forsinket or Utgår clears the reason: recorded as a changed reason is, so the history says what
				// it was (the status row's note names only a reason set).
				skriving.historikk(o.id(), bruker, Hendelsestype.STATUS, "status_grunn", o.statusGrunn(), null, null,
						false);
			}
			if (nyGrunn != null && kommentar != null) {
				// The status row carries the reason; the comment gets a row of its own so neither is lost.
				skriving.historikk(o.id(), bruker, Hendelsestype.KOMMENTAR, null, null, null, kommentar, false);
			}
			String statusNotat = nyGrunn != null ? nyGrunn : kommentar;
			skriving.historikk(o.id(), bruker, Hendelsestype.STATUS, "status", fra.name(), til.name(), statusNotat, false);
		}
		else if (grunnEndret) {
			skriving.historikk(o.id(), bruker, Hendelsestype.STATUS, "status_grunn", o.statusGrunn(), nyGrunn, null,
					false);
		}
	}

	private void lagre(Lastet o, OppdragStatus status, String fremdrift, LocalDate forventet, String grunn) {
		int antall = jdbc.update("""
				UPDATE oppdrag SET status = :status, fremdrift = :fremdrift, forventet_dato = :forventet,
				    status_grunn = :grunn, versjon = versjon + 1, endret = now()
				WHERE id = :id AND versjon = :versjon""",
				new MapSqlParameterSource().addValue("status", status.name()).addValue("fremdrift", fremdrift)
					.addValue("forventet", forventet).addValue("grunn", grunn).addValue("id", o.id())
					.addValue("versjon", o.versjon()));
		if (antall != 1) {
			throw new IllegalStateException("Oppdraget ble endret under lagringen.");
		}
	}

	/** An empty comment form: nothing to save, and nothing wrong with what was sent. */
	private static final String INGEN_KOMMENTAR = "Ingen kommentar å lagre: feltet var tomt.";

	/**
	 * A comment, without touching status or version. Only a cleared user may mark it
	 * exempt from public disclosure: then only cleared readers see its text. Answers whether the comment is withheld
	 * from readers without clearance: marked so, or written on a wholly exempt assignment, whose every note and
	 * comment the public history withholds.
	 */
	@Transactional
	boolean kommenter(String id, String tekst, boolean unntatt, CurrentUser bruker) {
		if (unntatt && !bruker.klarert()) {
			throw new Nektet("Bare brukere med klarering kan merke en kommentar som unntatt offentlighet.");
		}
		Lastet o = last(id);
		if (!kanKommentere(o.divisjonId(), bruker)) {
			throw bruker.is(Rolle.HDIR_LEDER) ? ikkeRutetTil(o, bruker)
					: new Nektet("Bare saksbehandlere i HOD, administratorer og lederen av divisjonen oppdraget er "
							+ "rutet til kan kommentere.");
		}
		String notat = tekst(tekst, "kommentar");
		if (notat == null) {
			throw new IngenEndring(INGEN_KOMMENTAR);
		}
		if (!skriving.nettoppKommentert(o.id(), bruker, notat, unntatt)) {
			skriving.historikk(o.id(), bruker, Hendelsestype.KOMMENTAR, null, null, null, notat, unntatt);
		}
		return unntatt || o.heltUnntatt();
	}

	/**
	 * The units an admin may route to: the active ones, and the one an assignment is in now ({@code naa}, may be
	 * {@code null}) so a form can show where it is.
	 */
	static List<Enhet> kanRutesTil(List<Enhet> enheter, Long naa) {
		return enheter.stream().filter(e -> e.aktiv() || Objects.equals(e.id(), naa)).toList();
	}

	/**
	 * The division as a message names it: by its name when that says it is a division («Divisjon folkehelse»), else
	 * «divisjonen X», so a message never says «divisjonen Divisjon folkehelse».
	 */
	static String divisjonen(Enhet divisjon) {
		return divisjon.navn().regionMatches(true, 0, "divisjon", 0, "divisjon".length()) ? divisjon.navn()
				: "divisjonen " + divisjon.navn();
	}

	private static String stor(String tekst) {
		return tekst.isEmpty() ? tekst : Character.toUpperCase(tekst.charAt(0)) + tekst.substring(1);
	}

	/**
	 * What a routing did: how many assignments it changed, and which of those are wholly exempt while no lead of the
	 * division is cleared ({@code ulesbare}, in the order given): the division's leads can see neither their text nor
	 * the ministry's replies on them. {@code divisjonen}: the division as a message names it.
	 */
	record Ruting(int antall, List<String> ulesbare, String divisjonen) {
	}

	/**
	 * Routes assignments to a division and optionally one of its departments. Admins only. A form sent without an
	 * assignment or a division chosen is no change, not a fault.
	 */
	@Transactional
	Ruting rute(List<String> ider, Long divisjonId, Long avdelingId, CurrentUser bruker) {
		if (!bruker.isAdmin()) {
			throw new Nektet("Bare administratorer kan rute oppdrag.");
		}
		if (ider.isEmpty()) {
			throw new IngenEndring("Ingen endring å lagre: velg minst ett oppdrag å rute.");
		}
		if (divisjonId == null) {
			throw new IngenEndring("Ingen endring å lagre: velg en divisjon.");
		}
		Enhet divisjon = organisasjon.enhet(divisjonId).filter(e -> e.type() == Enhet.Type.DIVISJON)
			.orElseThrow(() -> new Avvist("Ukjent divisjon."));
		Enhet avdeling = avdelingId == null ? null
				: organisasjon.enhet(avdelingId)
					.filter(e -> e.type() == Enhet.Type.AVDELING && Objects.equals(e.overordnetId(), divisjonId))
					.orElseThrow(() -> new Avvist("Avdelingen hører ikke til " + divisjonen(divisjon) + "."));
		int antall = 0;
		List<String> ulesbare = new ArrayList<>();
		Boolean klarertLeder = null;
		for (String id : ider) {
			Lastet o = last(id);
			if (o.etatId() != divisjon.etatId()) {
				throw new Avvist(stor(divisjonen(divisjon)) + " hører til en annen etat enn oppdrag " + id + ".");
			}
			if (Objects.equals(o.divisjonId(), divisjonId) && Objects.equals(o.avdelingId(), avdelingId)) {
				continue;
			}
			// A deactivated unit keeps what it has but gets nothing new.
			if (!divisjon.aktiv() && !Objects.equals(o.divisjonId(), divisjonId)) {
				throw new Avvist(stor(divisjonen(divisjon)) + " er deaktivert og kan ikke få oppdrag.");
			}
			if (avdeling != null && !avdeling.aktiv() && !Objects.equals(o.avdelingId(), avdelingId)) {
				throw new Avvist("Avdelingen " + avdeling.navn() + " er deaktivert og kan ikke få oppdrag.");
			}
			jdbc.update("""
					UPDATE oppdrag SET divisjon_id = :divisjon, avdeling_id = :avdeling, versjon = versjon + 1,
					    endret = now() WHERE id = :id""",
					new MapSqlParameterSource().addValue("divisjon", divisjonId).addValue("avdeling", avdelingId)
						.addValue("id", o.id()));
			if (!Objects.equals(o.divisjonId(), divisjonId)) {
				skriving.historikk(o.id(), bruker, Hendelsestype.RUTING, "divisjon", enhetsnavn(o.divisjonId()),
						divisjon.navn(), null, false);
			}
			if (!Objects.equals(o.avdelingId(), avdelingId)) {
				skriving.historikk(o.id(), bruker, Hendelsestype.RUTING, "avdeling", enhetsnavn(o.avdelingId()),
						avdeling == null ? null : avdeling.navn(), null, false);
			}
			antall++;
			if (o.heltUnntatt()) {
				// Asked once, and only when it matters.
				if (klarertLeder == null) {
					klarertLeder = brukere.harKlarertLeder(divisjonId);
				}
				if (!klarertLeder) {
					ulesbare.add(id);
				}
			}
		}
		return new Ruting(antall, List.copyOf(ulesbare), divisjonen(divisjon));
	}

	/**
	 * What the year end would do with the year, read before an admin confirms it: by agency, the open assignments
	 * that get a copy and those the next year's letter already continues, titled as the admin may see them, and where
	 * each continuing one will be routed.
	 */
	@Transactional(readOnly = true)
	Videreforing tilVidereforing(int aar, CurrentUser bruker) {
		kreverAdminForVidereforing(bruker);
		kanVidereforesFra(aar);
		List<Kandidat> kandidater = kandidater(aar);
		Map<Long, Rute> ruter = ruter(kandidater);
		Set<Long> rader = new HashSet<>();
		kandidater.forEach(k -> {
			rader.add(k.id());
			if (k.fortsattId() != null) {
				rader.add(k.fortsattId());
			}
		});
		Map<Long, OppdragRef> refs = leser.refer(rader, bruker);
		Map<Long, String> etatsnavn = organisasjon.etater().stream()
			.collect(Collectors.toMap(Etat::id, Etat::navn));
		Map<Long, List<Kandidat>> perEtat = kandidater.stream()
			.collect(Collectors.groupingBy(Kandidat::etatId, LinkedHashMap::new, Collectors.toList()));
		List<Etatsplan> etater = new ArrayList<>();
		perEtat.forEach((etat, ks) -> etater.add(new Etatsplan(etatsnavn.get(etat),
				ks.stream().filter(k -> k.fortsattId() == null)
					.map(k -> new Kopi(refs.get(k.id()), k.id(), k.versjon(), k.heltUnntatt() && !bruker.klarert()))
					.toList(),
				ks.stream().filter(k -> k.fortsattId() != null)
					.map(k -> new Fortsatt(refs.get(k.id()), refs.get(k.fortsattId()),
							ruter.containsKey(k.id()) ? ruter.get(k.id()).navn() : null))
					.toList())));
		return new Videreforing(aar, List.copyOf(etater), nesteBrev(aar));
	}

	/**
	 * Whether any letter of the year after {@code aar} is imported: its assignments are the only trace of it here. Until
	 * one is, the pages say so instead of counting assignments linked to it.
	 */
	private boolean nesteBrev(int aar) {
		return Boolean.TRUE.equals(jdbc.queryForObject(
				"SELECT EXISTS (SELECT 1 FROM oppdrag WHERE aar = :aar AND brev_id IS NOT NULL AND NOT fjernet)",
				Map.of("aar", aar + 1), Boolean.class));
	}

	/**
	 * The year end's plan for a year: by agency, in the agencies' order of their first assignment; {@code nesteBrev}:
	 * whether a letter of the next year is imported.
	 */
	record Videreforing(int aar, List<Etatsplan> etater, boolean nesteBrev) {

		public int kopieres() {
			return etater.stream().mapToInt(e -> e.kopieres().size()).sum();
		}

		public int fortsatt() {
			return etater.stream().mapToInt(e -> e.fortsatt().size()).sum();
		}

		public int rutes() {
			return (int) etater.stream().flatMap(e -> e.fortsatt().stream()).filter(f -> f.rutesTil() != null).count();
		}
	}

	/**
	 * An agency's open assignments of the year: those to copy (or, ticked by the admin, to end instead), and those the
	 * next year's letter continues.
	 */
	record Etatsplan(String etat, List<Kopi> kopieres, List<Fortsatt> fortsatt) {
	}

	/**
	 * An assignment the year end copies unless the admin ends it instead; {@code rad} and {@code versjon} identify it
	 * as the admin saw it, so one changed since is not ended unseen. {@code kreverKlarering}: wholly exempt and the
	 * admin not cleared, so ending it is a decision he may not make ({@link OppdragArbeidsflyt#viderefor} refuses it): the page offers
	 * no box for it, as the status form leaves the decisions out ({@link OppdragArbeidsflyt#kreverKlarering}).
	 */
	record Kopi(OppdragRef oppdrag, long rad, long versjon, boolean kreverKlarering) {

		/** The confirm form's value for ending it, read back by {@link OppdragArbeidsflyt#avslutninger}. */
		public String valg() {
			return rad + ":" + versjon;
		}
	}

	/**
	 * An open assignment ({@code opphav}) and the next year's assignment from a letter that continues it;
	 * {@code rutesTil}: the division (and department) the continuing one gets from its origin, {@code null} for none.
	 */
	record Fortsatt(OppdragRef opphav, OppdragRef fortsettelse, String rutesTil) {
	}

	/**
	 * What the year end did: how many it copied, how many it linked to the next year's letter instead, how many of
	 * those continuing assignments it routed as their origins were, and how many the admin ended (Utgår) instead of
	 * carrying them over.
	 */
	record Utfall(int kopiert, int koblet, int rutet, int avsluttet) {
	}

	/** The message after the year end of {@code aar}, in the words of the confirm page. */
	String oppsummering(int aar, Utfall utfall) {
		List<String> deler = new ArrayList<>();
		if (utfall.kopiert() > 0) {
			deler.add(melding("oppdrag.videreforing.utfall", utfall.kopiert(), aar, aar + 1));
		}
		if (utfall.koblet() > 0) {
			deler.add(melding("oppdrag.videreforing.utfall.koblet", utfall.koblet(), aar + 1));
		}
		else if (!nesteBrev(aar)) {
			deler.add(melding("oppdrag.videreforing.ikke-importert", aar + 1));
		}
		if (utfall.rutet() > 0) {
			deler.add(melding("oppdrag.videreforing.utfall.rutet", utfall.rutet()));
		}
		if (utfall.avsluttet() > 0) {
			deler.add(melding("oppdrag.videreforing.utfall.avsluttet", utfall.avsluttet()));
		}
		return deler.isEmpty() ? melding("oppdrag.videreforing.utfall.ingen", aar) : String.join(" ", deler);
	}

	private String melding(String nokkel, Object... argumenter) {
		return tekster.getMessage(nokkel, argumenter, Formats.NORSK);
	}

	/**
	 * An open assignment the year end has not handled yet, with its routing, and the next year's that continues it, if
	 * any, with that one's division.
	 */
	private record Kandidat(long id, String visningsId, long versjon, long etatId, Long divisjonId, Long avdelingId,
			boolean heltUnntatt, Long fortsattId, String fortsattVisningsId, Long fortsattDivisjonId) {
	}

	/** The division, and department if any, that a continuing assignment takes over from its origin. */
	private record Rute(Enhet divisjon, Enhet avdeling) {

		String navn() {
			return avdeling == null ? divisjon.navn() : divisjon.navn() + ", " + avdeling.navn();
		}
	}

	/**
	 * By origin, the routing the year end gives the assignment that continues it: the origin's, when the continuing
	 * one is not routed yet, so a lead keeps the work though the new letter numbers it anew. A routing an admin made is
	 * never changed. Of several origins of one assignment, the first routed one in the year's order decides. A
	 * deactivated division gets nothing new, as in {@link #rute}; a deactivated department is left out.
	 */
	private Map<Long, Rute> ruter(List<Kandidat> kandidater) {
		Map<Long, Rute> ruter = new HashMap<>();
		Set<Long> rutet = new HashSet<>();
		for (Kandidat k : kandidater) {
			if (k.fortsattId() == null || k.fortsattDivisjonId() != null || k.divisjonId() == null
					|| rutet.contains(k.fortsattId())) {
				continue;
			}
			Enhet divisjon = organisasjon.enhet(k.divisjonId())
				.filter(e -> e.type() == Enhet.Type.DIVISJON && e.aktiv()).orElse(null);
			if (divisjon == null) {
				continue;
			}
			Enhet avdeling = k.avdelingId() == null ? null
					: organisasjon.enhet(k.avdelingId())
						.filter(e -> e.aktiv() && Objects.equals(e.overordnetId(), divisjon.id())).orElse(null);
			ruter.put(k.id(), new Rute(divisjon, avdeling));
			rutet.add(k.fortsattId());
		}
		return ruter;
	}

	/**
	 * The year's open assignments the year end has not handled: not copied (no assignment has it as origin) and not
	 * linked (the row the year end writes on each origin, type Videreført without a field, is missing). Each with the
	 * next year's assignment of the same agency from a letter that continues it: one with the same normalised title,
	 * else one that cites it; one not linked to another origin yet first. The title goes first: a letter cites work
	 * it only relates to as well («ses i sammenheng med TB2025-9»), while a repeated title is the same assignment.
	 * A citation only in an exempt part does not count: the public «Videreført» link would tell it.
	 */
	private List<Kandidat> kandidater(int aar) {
		return jdbc.query("""
				SELECT o.id, o.visnings_id, o.versjon, o.etat_id, o.divisjon_id, o.avdeling_id, o.unntak = 'WHOLE' AS hel,
				    f.id AS fortsatt_id, f.visnings_id AS fortsatt_visnings_id, f.divisjon_id AS fortsatt_divisjon_id
				FROM oppdrag o
				LEFT JOIN LATERAL (
				    SELECT n.id, n.visnings_id, n.divisjon_id
				    FROM oppdrag n
				    CROSS JOIN LATERAL (SELECT o.offisiell_id IS NOT NULL AND EXISTS (
				        SELECT 1 FROM oppdrag_referanse r
				        WHERE r.oppdrag_id = n.id AND lower(r.til_id) = lower(o.offisiell_id)
				          AND NOT r.unntatt) AS siterer) s
				    WHERE n.aar = o.aar + 1 AND n.etat_id = o.etat_id AND n.brev_id IS NOT NULL AND NOT n.fjernet
				      AND (s.siterer OR n.tittel_norm = o.tittel_norm)
				    ORDER BY coalesce(n.tittel_norm = o.tittel_norm, false) DESC, n.opphav_id IS NOT NULL, n.sort_prefiks,
				        n.sort_nr, n.nokkel
				    LIMIT 1) f ON true
				WHERE o.aar = :aar AND NOT o.fjernet AND o.status IN (:aapne) AND NOT %s
				ORDER BY o.sort_prefiks, o.sort_nr, o.nokkel""".formatted(behandlet("o")),
				Map.of("aar", aar, "aapne", APNE),
				(rs, i) -> new Kandidat(rs.getLong("id"), rs.getString("visnings_id"), rs.getLong("versjon"),
						rs.getLong("etat_id"), (Long) rs.getObject("divisjon_id"), (Long) rs.getObject("avdeling_id"),
						rs.getBoolean("hel"), (Long) rs.getObject("fortsatt_id"), rs.getString("fortsatt_visnings_id"),
						(Long) rs.getObject("fortsatt_divisjon_id")));
	}

	/** The open statuses' names, for SQL: what the year end carries over. */
	static final List<String> APNE = List.of(OppdragStatus.values()).stream().filter(OppdragStatus::aapen)
		.map(Enum::name).toList();

	/**
	 * SQL: the year end has handled the assignment {@code o} already: copied it (an assignment has it as origin) or
	 * linked it to the next year's letter (the row it writes on each origin, type Videreført without a field).
	 */
	static String behandlet(String o) {
		return """
				(EXISTS (SELECT 1 FROM oppdrag c WHERE c.opphav_id = %1$s.id)
				 OR EXISTS (SELECT 1 FROM oppdrag_historikk h
				            WHERE h.oppdrag_id = %1$s.id AND h.type = 'VIDEREFORT' AND h.felt IS NULL))""".formatted(o);
	}

	private static void kreverAdminForVidereforing(CurrentUser bruker) {
		if (!bruker.isAdmin()) {
			throw new Nektet("Bare administratorer kan videreføre oppdrag til neste år.");
		}
	}

	/**
	 * A year the list takes, and the year after it too: «-1» showed a plan «fra −1» and «carried it over» to a year
	 * the list then refused.
	 */
	private static void kanVidereforesFra(int aar) {
		if (!Aarstall.gyldig(aar)) {
			throw Aarstall.ugyldig(aar, "aar");
		}
		if (!Aarstall.gyldig(aar + 1)) {
			throw new Avvist("Oppdrag fra " + aar + " kan ikke videreføres: året etter har ikke fire sifre.", "aar");
		}
	}

	/**
	 * Year end: every open assignment of the year (not finished, cancelled or delivered, and not handled already)
	 * that the next year's letter does not continue gets a copy in the next year with status Videreført, linked to its
	 * origin and with its expected date, reason and progress note, unless the admin ticked it to end instead
	 * ({@code avsluttes}, the confirm page's {@link Kopi#valg()}): that one gets status Utgår with {@code grunn}, as a
	 * status change by the admin, and no copy. One the letter continues gets no copy: the continuing assignment is
	 * linked to it instead (as its origin, unless it has one), with a history row on both, and routed as its origin is
	 * when no one has routed it yet (see {@link #ruter}). Admins only; running it twice, also at the same moment, does
	 * nothing twice. A tick that is not one of those to copy is refused, and so is one changed since the page showed
	 * it ({@link EndretUnderveis}): then nothing at all is written.
	 */
	@Transactional
	@CacheEvict(cacheNames = Filtervalg.MELLOMLAGER, allEntries = true)
	Utfall viderefor(int aar, List<String> avsluttes, String grunn, CurrentUser bruker) {
		kreverAdminForVidereforing(bruker);
		kanVidereforesFra(aar);
		Map<Long, Long> valgte = avslutninger(avsluttes);
		String begrunnelse = tekst(grunn, "grunn");
		if (!valgte.isEmpty() && begrunnelse == null) {
			throw new Avvist("Skriv en begrunnelse for oppdragene som avsluttes i stedet for å videreføres.", "grunn");
		}
		// A second press of the button, or another admin at the same moment, waits here and then finds it all handled.
		jdbc.query("SELECT pg_advisory_xact_lock(hashtext('videreforing'), :aar)", Map.of("aar", aar), (rs, i) -> 1);
		// Locked before the plan is read, so a ticked one cannot change between the check and the status change.
		Map<Long, Lastet> lastet = lastRader(valgte.keySet());
		List<Kandidat> kandidater = kandidater(aar);
		Set<Long> kopieres = kandidater.stream().filter(k -> k.fortsattId() == null).map(Kandidat::id)
			.collect(Collectors.toSet());
		Map<Long, Lastet> avsluttede = new LinkedHashMap<>();
		valgte.forEach((rad, versjon) -> {
			Lastet o = lastet.get(rad);
			if (o != null && o.aar() == aar && o.status() == OppdragStatus.UTGAAR
					&& Objects.equals(o.statusGrunn(), begrunnelse)) {
				// Ended as asked already (the button pressed twice): done, as the copies are, not a conflict.
				return;
			}
			if (o != null && o.aar() == aar && o.versjon() != versjon) {
				throw new EndretUnderveis(endretUnderveis(o));
			}
			if (o == null || !kopieres.contains(rad)) {
				throw new Avvist((o == null ? "Et av oppdragene du krysset av," : "Oppdrag " + o.visningsId())
						+ " er ikke blant de uferdige oppdragene fra " + aar + " som får en kopi, og kan ikke avsluttes "
						+ "her. Ingenting er lagret.", "avsluttes");
			}
			// Ending instead of carrying over is cancelling: a decision (see beslutning) the admin must be cleared for.
			if (skjult(o, bruker)) {
				throw new Avvist("Oppdrag " + o.visningsId() + " er unntatt offentlighet i sin helhet (offl. § 22). Bare "
						+ "en administrator med klarering kan avslutte det i stedet for å videreføre det. Ingenting er "
						+ "lagret.", "avsluttes");
			}
			avsluttede.put(rad, o);
		});
		List<Long> nye = new ArrayList<>();
		int koblet = 0;
		int rutet = 0;
		Map<Long, Rute> ruter = ruter(kandidater);
		for (Kandidat k : kandidater) {
			if (k.fortsattId() != null) {
				kobleTilFortsettelse(k, aar, bruker);
				koblet++;
				if (ruter.containsKey(k.id()) && ruteSomOpphavet(k, ruter.get(k.id()), aar, bruker)) {
					rutet++;
				}
			}
			else if (avsluttede.containsKey(k.id())) {
				byttStatus(avsluttede.get(k.id()), OppdragStatus.UTGAAR, false, null, true, begrunnelse, null, null,
						bruker);
			}
			else {
				nye.add(kopier(k, aar, bruker));
			}
		}
		skriving.oppdaterVisningsId(nye, List.of());
		nye.forEach(skriving::oppdaterSok);
		return new Utfall(nye.size(), koblet, rutet, avsluttede.size());
	}

	/** {@link Kopi#valg()}: row and version, each small enough for a {@code long}. */
	private static final Pattern VALG = Pattern.compile("(\\d{1,18}):(\\d{1,18})");

	/** The ticks of the confirm form, by row to the version the admin saw; refused when the form did not make them. */
	private static Map<Long, Long> avslutninger(List<String> avsluttes) {
		Map<Long, Long> valgte = new LinkedHashMap<>();
		for (String valg : avsluttes) {
			Matcher m = VALG.matcher(valg);
			if (!m.matches()) {
				throw new Avvist("Valget av oppdrag som skal avsluttes, kunne ikke leses. Ingenting er lagret. Åpne "
						+ "årsskiftet på nytt og kryss av der.", "avsluttes");
			}
			valgte.put(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
		}
		return valgte;
	}

	/**
	 * Why a ticked assignment is not ended: who changed it and when, and its status now. Only its id, never its title:
	 * the admin may lack clearance.
	 */
	private String endretUnderveis(Lastet o) {
		String hvem = jdbc.query("""
				SELECT bruker_navn, tidspunkt FROM oppdrag_historikk
				WHERE oppdrag_id = :id AND type NOT IN (:typer)
				ORDER BY tidspunkt DESC, id DESC LIMIT 1""",
				Map.of("id", o.id(), "typer", List.copyOf(ENDRER_IKKE_VERSJON)),
				(rs, i) -> " av " + rs.getString("bruker_navn") + " "
						+ formats.tidspunkt(rs.getObject("tidspunkt", OffsetDateTime.class)))
			.stream().findFirst().orElse("");
		String status = tekster.getMessage("oppdrag.status." + o.status().name(), null, o.status().name(),
				Formats.NORSK);
		return "Oppdrag " + o.visningsId() + " er endret" + hvem + " etter at du åpnet årsskiftet, og status er nå «"
				+ status + "». Ingenting er lagret. Se over oppdragene på nytt og bekreft igjen.";
	}

	private long kopier(Kandidat k, int aar, CurrentUser bruker) {
		String nokkel = skriving.nyNokkel(aar + 1);
		Long ny = jdbc.queryForObject("""
				INSERT INTO oppdrag (nokkel, offisiell_id, visnings_id, brev_id, aar, etat_id, seksjon, seksjon_tittel,
				    hod_avdelinger, tittel, tittel_norm, unntak, frister, forste_frist, frist_tekst, status, fremdrift,
				    forventet_dato, status_grunn, divisjon_id, avdeling_id, opphav_id, sort_prefiks, sort_nr)
				SELECT :nokkel, NULL, :nokkel, NULL, aar + 1, etat_id, seksjon, seksjon_tittel, hod_avdelinger, tittel,
				    tittel_norm, unntak, frister, forste_frist, frist_tekst, 'VIDEREFORT', fremdrift, forventet_dato,
				    status_grunn, divisjon_id, avdeling_id, id, :nokkel, 0
				FROM oppdrag WHERE id = :opphav
				RETURNING id""", Map.of("nokkel", nokkel, "opphav", k.id()), Long.class);
		Map<String, Object> par = Map.of("ny", ny, "opphav", k.id());
		jdbc.update("INSERT INTO oppdrag_del (oppdrag_id, nr, tekst, unntatt) "
				+ "SELECT :ny, nr, tekst, unntatt FROM oppdrag_del WHERE oppdrag_id = :opphav", par);
		// The copy keeps each row's exemption, as it keeps each part's.
		jdbc.update("INSERT INTO oppdrag_referanse (oppdrag_id, til_id, unntatt) "
				+ "SELECT :ny, til_id, unntatt FROM oppdrag_referanse WHERE oppdrag_id = :opphav", par);
		jdbc.update("INSERT INTO oppdrag_budsjett (oppdrag_id, kapittel, post, unntatt) "
				+ "SELECT :ny, kapittel, post, unntatt FROM oppdrag_budsjett WHERE oppdrag_id = :opphav", par);
		skriving.historikk(ny, bruker, Hendelsestype.VIDEREFORT, "status", null, OppdragStatus.VIDEREFORT.name(),
				"Videreført fra " + k.visningsId() + " (" + aar + ")", false);
		skriving.historikk(k.id(), bruker, Hendelsestype.VIDEREFORT, null, null, null,
				"Videreført til " + (aar + 1) + " som " + nokkel, false);
		return ny;
	}

	/**
	 * Links an assignment to the next year's that continues it; its history row has a field ({@code opphav}), so the
	 * year end after it does not take it for handled. A continuing one no one has worked on since its import takes
	 * over the origin's open work (status, progress note, a delay's date and reason), as the letter's import does where
	 * the year end came first and made a copy: either order ends the same, and the lead's report of a delay is not
	 * lost. One a lead has updated keeps its own.
	 */
	private void kobleTilFortsettelse(Kandidat k, int aar, CurrentUser bruker) {
		int satt = jdbc.update("UPDATE oppdrag SET opphav_id = :opphav WHERE id = :id AND opphav_id IS NULL",
				Map.of("opphav", k.id(), "id", k.fortsattId()));
		if (satt == 1) {
			// Its origin's id finds it in search, as a copy's does.
			skriving.oppdaterSok(k.fortsattId());
		}
		skriving.historikk(k.fortsattId(), bruker, Hendelsestype.VIDEREFORT, "opphav", null, k.visningsId(),
				"Viderefører " + k.visningsId() + " fra " + aar, false);
		skriving.historikk(k.id(), bruker, Hendelsestype.VIDEREFORT, null, null, null,
				"Videreført i tildelingsbrevet " + (aar + 1) + " som " + k.fortsattVisningsId(), false);
		if (skriving.urort(k.fortsattId())) {
			OppdragSkriving.Arbeid arbeid = skriving.arbeidSomViderefores(k.id());
			if (arbeid != null) {
				String fra = OppdragSkriving.fraOpphav(k.visningsId(), aar);
				skriving.overta(k.fortsattId(), arbeid, fra, fra, List.of(k.id()), bruker);
			}
		}
	}

	/**
	 * Routes the continuing assignment as its origin is, recorded as a routing by the admin running the year end.
	 * Answers whether it did: not when someone routed it since the plan was read.
	 */
	private boolean ruteSomOpphavet(Kandidat k, Rute rute, int aar, CurrentUser bruker) {
		Long avdelingId = rute.avdeling() == null ? null : rute.avdeling().id();
		int satt = jdbc.update("""
				UPDATE oppdrag SET divisjon_id = :divisjon, avdeling_id = :avdeling, versjon = versjon + 1,
				    endret = now()
				WHERE id = :id AND divisjon_id IS NULL""",
				new MapSqlParameterSource().addValue("divisjon", rute.divisjon().id()).addValue("avdeling", avdelingId)
					.addValue("id", k.fortsattId()));
		if (satt == 0) {
			return false;
		}
		skriving.historikk(k.fortsattId(), bruker, Hendelsestype.RUTING, "divisjon", null, rute.divisjon().navn(),
				"Følger rutingen av " + k.visningsId() + " fra " + aar + ", som det viderefører", false);
		if (avdelingId != null) {
			skriving.historikk(k.fortsattId(), bruker, Hendelsestype.RUTING, "avdeling", null, rute.avdeling().navn(),
					null, false);
		}
		return true;
	}

	private String enhetsnavn(Long id) {
		return id == null ? null : organisasjon.enhet(id).map(Enhet::navn).orElse(null);
	}

	static final String FJERNET = "Oppdraget er tatt ut av registeret: det er ikke med i tildelingsbrevet lenger, eller "
			+ "brevet er trukket tilbake. Det kan ikke endres eller kommenteres.";

	private static final String LAST = """
			SELECT id, visnings_id, aar, etat_id, status, fremdrift, forventet_dato, status_grunn, divisjon_id,
			    avdeling_id, versjon, unntak
			FROM oppdrag""";

	private static final RowMapper<Lastet> LASTET = (rs, i) -> new Lastet(rs.getLong("id"),
			rs.getString("visnings_id"), rs.getInt("aar"), rs.getLong("etat_id"),
			OppdragStatus.valueOf(rs.getString("status")), rs.getString("fremdrift"),
			rs.getObject("forventet_dato", LocalDate.class), rs.getString("status_grunn"),
			(Long) rs.getObject("divisjon_id"), (Long) rs.getObject("avdeling_id"), rs.getLong("versjon"),
			"WHOLE".equals(rs.getString("unntak")));

	/** The row behind a shown id, locked for this transaction. */
	private Lastet last(String id) {
		return jdbc.query(LAST + """
				 WHERE (lower(visnings_id) = lower(:id) OR lower(nokkel) = lower(:id)) AND NOT fjernet
				ORDER BY id LIMIT 1 FOR UPDATE""", Map.of("id", id), LASTET)
			.stream().findFirst().orElseThrow(() -> fjernet(id) ? new Nektet(FJERNET) : new IkkeFunnet(id));
	}

	/** The rows of these ids still in the register, by id, locked for this transaction in the order of their ids. */
	private Map<Long, Lastet> lastRader(Set<Long> ider) {
		Map<Long, Lastet> rader = new LinkedHashMap<>();
		if (!ider.isEmpty()) {
			jdbc.query(LAST + " WHERE id IN (:ider) AND NOT fjernet ORDER BY id FOR UPDATE",
					Map.of("ider", List.copyOf(ider)), LASTET).forEach(o -> rader.put(o.id(), o));
		}
		return rader;
	}

	/** Its page still shows a removed assignment (links to it keep working): a change to it is refused, not unknown. */
	private boolean fjernet(String id) {
		return Boolean.TRUE.equals(jdbc.queryForObject("""
				SELECT EXISTS (SELECT 1 FROM oppdrag WHERE (lower(visnings_id) = lower(:id) OR lower(nokkel) = lower(:id))
				               AND fjernet)""", Map.of("id", id), Boolean.class));
	}

	private record Lastet(long id, String visningsId, int aar, long etatId, OppdragStatus status, String fremdrift,
			LocalDate forventetDato, String statusGrunn, Long divisjonId, Long avdelingId, long versjon,
			boolean heltUnntatt) {
	}

	/**
	 * A note, reason or comment ({@code felt}, the form's field): at most {@value #MAKS_TEKST} characters, a page of
	 * text and more, and no NUL character. Other control characters are left out, so that none reaches a page, an
	 * export or the API.
	 */
	private static String tekst(String raa, String felt) {
		// A browser sends each line break as CRLF but counts it as one character against the field's maxlength.
		String s = raa == null ? null : raa.replace("\r\n", "\n");
		if (s != null && s.length() > MAKS_TEKST) {
			throw new Avvist("Teksten kan være høyst " + MAKS_TEKST + " tegn (den var " + s.length() + ").", felt);
		}
		if (s != null && s.indexOf('\0') >= 0) {
			throw new Avvist(NUL_TEGN, felt);
		}
		String uten = Kontrolltegn.fritekst(s);
		return uten == null || uten.isBlank() ? null : uten.strip();
	}

	static final int MAKS_TEKST = 4000;

	private static String tekst(LocalDate dato) {
		return dato == null ? null : dato.toString();
	}
}
