package no.hod.styringsregister.oppdrag.internal;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.oppdrag.OppdragFlyttet;
import no.hod.styringsregister.oppdrag.OppdragImport;
import no.hod.styringsregister.oppdrag.OppdragKommentar;
import no.hod.styringsregister.oppdrag.OppdragQueries;
import no.hod.styringsregister.oppdrag.OppdragRutet;
import no.hod.styringsregister.oppdrag.OppdragStatus;
import no.hod.styringsregister.oppdrag.OppdragSvar;
import no.hod.styringsregister.oppdrag.OppdragSvar.Slag;
import no.hod.styringsregister.organisasjon.Enhet;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.testsupport.IntegrationTest;

import static no.hod.styringsregister.oppdrag.internal.OppdragTestdata.admin;
import static no.hod.styringsregister.oppdrag.internal.OppdragTestdata.klarert;
import static no.hod.styringsregister.oppdrag.internal.OppdragTestdata.leder;
import static no.hod.styringsregister.oppdrag.internal.OppdragTestdata.uklarert;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The ministry's answers on a division's assignments (the lead's start page reads them): accepted, sent back and
 * commented, by others than the division's leads, through the viewer's views.
 */
@IntegrationTest
class OppdragSvarTests {

	@Autowired
	OppdragImport oppdragImport;

	@Autowired
	OppdragArbeidsflyt flyt;

	@Autowired
	OppdragQueries queries;

	@Autowired
	OrganisasjonService organisasjon;

	@Autowired
	JdbcTemplate jdbc;

	int aar;

	Enhet divisjon;

	Enhet annenDivisjon;

	@BeforeEach
	void importerOgRut() {
		RutetBrev brev = RutetBrev.importer(oppdragImport, organisasjon, flyt);
		aar = brev.aar();
		divisjon = brev.divisjon();
		annenDivisjon = brev.annenDivisjon();
		flyt.rute(List.of(tb(10)), annenDivisjon.id(), null, admin());
	}

	String tb(int n) {
		return "TB" + aar + "-" + n;
	}

	void sett(String id, OppdragStatus status, String notat, CurrentUser hvem) {
		long versjon = queries.find(id, klarert()).orElseThrow().versjon();
		flyt.endreStatus(id, new StatusEndring(status, notat, null, null, versjon), hvem);
	}

	/** The answers on this test's assignments (other tests share the divisions), of the last 30 days. */
	List<OppdragSvar> svar(long divisjonId, CurrentUser leser) {
		return queries.replies(divisjonId, OffsetDateTime.now().minusDays(30), leser).stream()
			.filter(s -> s.id().startsWith("TB" + aar + "-"))
			.toList();
	}

	static CurrentUser klarertLeder(long divisjonId) {
		return new CurrentUser(5, "klarert-leder", "Klarert Leder", Rolle.HDIR_LEDER, divisjonId, true);
	}

	@Test
	void acceptedSentBackAndCommentedAreListedNewestFirstWithWhoAndWhat() {
		CurrentUser leder = leder(divisjon.id());
		sett(tb(1), OppdragStatus.LEVERT, "Rapporten er sendt.", leder);
		// The lead takes the delivery back and sends it again: the division's own doing, not an answer.
		sett(tb(1), OppdragStatus.PAAGAAR, "Glemte et vedlegg.", leder);
		sett(tb(1), OppdragStatus.LEVERT, "Nå med vedlegg.", leder);
		sett(tb(2), OppdragStatus.LEVERT, null, leder);
		sett(tb(1), OppdragStatus.FULLFORT, "Godt arbeid.", uklarert());
		sett(tb(2), OppdragStatus.PAAGAAR, "Mangler kostnadsoverslag.", uklarert());
		flyt.kommenter(tb(1), "Se også rapporten fra i fjor.", false, klarert());
		flyt.kommenter(tb(10), "Gjelder en annen divisjon.", false, uklarert());

		assertThat(svar(divisjon.id(), leder)).extracting(OppdragSvar::id, OppdragSvar::slag, OppdragSvar::hvem,
				OppdragSvar::tekst)
			.containsExactly(tuple(tb(1), Slag.KOMMENTAR, "Klarert Saksbehandler", "Se også rapporten fra i fjor."),
					tuple(tb(2), Slag.SENDT_TILBAKE, "Uklarert Saksbehandler", "Mangler kostnadsoverslag."),
					tuple(tb(1), Slag.GODKJENT, "Uklarert Saksbehandler", "Godt arbeid."));
		List<OppdragSvar> svar = svar(divisjon.id(), leder);
		assertThat(svar.get(0).tittel()).isEqualTo("Nasjonalt vaksinasjonsprogram for barn");
		assertThat(svar.get(0).tidspunkt()).isAfter(svar.get(1).tidspunkt());
		assertThat(svar.get(1).tidspunkt()).isAfter(svar.get(2).tidspunkt());
		assertThat(svar.get(0).tidspunkt()).isAfter(OffsetDateTime.now().minusMinutes(5));
		assertThat(svar).noneMatch(OppdragSvar::tekstSkjult);
		// Another division's lead sees the answers on that division's assignments only.
		assertThat(svar(annenDivisjon.id(), leder(annenDivisjon.id()))).extracting(OppdragSvar::id, OppdragSvar::slag)
			.containsExactly(tuple(tb(10), Slag.KOMMENTAR));
	}

	@Test
	void anExemptCommentAndAWhollyExemptAssignmentAreWithheldFromAnUnclearedLead() {
		flyt.kommenter(tb(2), "Budsjettet er ikke avklart.", true, klarert());
		flyt.kommenter(tb(3), "Lageret må fylles opp.", false, klarert());

		List<OppdragSvar> uklarert = svar(divisjon.id(), leder(divisjon.id()));
		assertThat(uklarert).hasSize(2);
		assertThat(uklarert.get(0)).satisfies(s -> {
			assertThat(s.id()).isEqualTo(tb(3));
			assertThat(s.tittel()).isEqualTo(OppdragQueries.UNNTATT);
			assertThat(s.tittelSkjult()).isTrue();
			assertThat(s.tekst()).isNull();
			assertThat(s.tekstSkjult()).isTrue();
			assertThat(s.hvem()).isEqualTo("Klarert Saksbehandler");
		});
		assertThat(uklarert.get(1)).satisfies(s -> {
			assertThat(s.id()).isEqualTo(tb(2));
			assertThat(s.tittel()).isEqualTo("Helsetjenester til innsatte");
			assertThat(s.tekst()).isNull();
			assertThat(s.tekstSkjult()).isTrue();
		});
		assertThat(uklarert.toString()).doesNotContain(HemmeligBrev.HEMMELIG_TITTEL, "Budsjettet", "Lageret");

		// A cleared lead reads both, and is told which comment must not be passed on.
		List<OppdragSvar> klarert = svar(divisjon.id(), klarertLeder(divisjon.id()));
		assertThat(klarert).extracting(OppdragSvar::tittel, OppdragSvar::tekst, OppdragSvar::tekstSkjult,
				OppdragSvar::tekstUnntatt)
			.containsExactly(tuple(HemmeligBrev.HEMMELIG_TITTEL + " til beredskapslageret", "Lageret må fylles opp.",
					false, false), tuple("Helsetjenester til innsatte", "Budsjettet er ikke avklart.", false, true));
	}

	@Test
	void onlyTheLastThirtyDaysCountAndRowsWithoutARoleAreAtLeastNotTheViewersOwn() {
		long rad = jdbc.queryForObject("SELECT id FROM oppdrag WHERE visnings_id = ?", Long.class, tb(1));
		// History cannot be changed, only added to: older answers are written with their time.
		String kommentar = "INSERT INTO oppdrag_historikk (oppdrag_id, tidspunkt, bruker_id, bruker_navn, bruker_rolle, "
				+ "type, notat) VALUES (?, now() - CAST(? AS interval), 1, 'Klarert Saksbehandler', 'HOD_SAKSBEHANDLER', "
				+ "'KOMMENTAR', ?)";
		jdbc.update(kommentar, rad, "31 days", "For gammel");
		jdbc.update(kommentar, rad, "29 days", "Innenfor");
		// Written before the role was kept: a lead's own move back to Pågår is not an answer; another user's is.
		String tilbake = "INSERT INTO oppdrag_historikk (oppdrag_id, tidspunkt, bruker_id, bruker_navn, type, felt, fra, "
				+ "til, notat) VALUES (?, now() - interval '1 day', ?, ?, 'STATUS', 'status', 'LEVERT', 'PAAGAAR', ?)";
		CurrentUser leder = leder(divisjon.id());
		jdbc.update(tilbake, rad, leder.id(), leder.navn(), "Tar den tilbake");
		jdbc.update(tilbake, rad, uklarert().id(), uklarert().navn(), "Sendes tilbake");

		assertThat(svar(divisjon.id(), leder)).extracting(OppdragSvar::slag, OppdragSvar::tekst)
			.containsExactly(tuple(Slag.SENDT_TILBAKE, "Sendes tilbake"), tuple(Slag.KOMMENTAR, "Innenfor"));
	}

	@Test
	void everyChangeOfStatusByTheMinistryIsAnAnswerWithItsReasonButNotTheLeadsOwn() {
		CurrentUser leder = leder(divisjon.id());
		// The lead starts work: the division's own doing.
		sett(tb(1), OppdragStatus.PAAGAAR, "I gang.", leder);
		long versjon = queries.find(tb(1), klarert()).orElseThrow().versjon();
		flyt.endreStatus(tb(1), new StatusEndring(OppdragStatus.UTGAAR, null, null,
				"Oppdraget trekkes, jf. revidert budsjett.", versjon), uklarert());
		// An admin reopens it.
		sett(tb(1), OppdragStatus.PAAGAAR, null, admin());
		// On the wholly exempt one, the reason is withheld from an uncleared lead as any text there.
		versjon = queries.find(tb(3), klarert()).orElseThrow().versjon();
		flyt.endreStatus(tb(3), new StatusEndring(OppdragStatus.UTGAAR, null, null, "Lageret legges ned.", versjon),
				klarert());

		assertThat(svar(divisjon.id(), leder)).extracting(OppdragSvar::id, OppdragSvar::slag, OppdragSvar::fra,
				OppdragSvar::til, OppdragSvar::hvem, OppdragSvar::tekst, OppdragSvar::tekstSkjult)
			.containsExactly(
					tuple(tb(3), Slag.STATUS, OppdragStatus.IKKE_STARTET, OppdragStatus.UTGAAR, "Klarert Saksbehandler",
							null, true),
					tuple(tb(1), Slag.STATUS, OppdragStatus.UTGAAR, OppdragStatus.PAAGAAR, "Admin Test", null, false),
					tuple(tb(1), Slag.STATUS, OppdragStatus.PAAGAAR, OppdragStatus.UTGAAR, "Uklarert Saksbehandler",
							"Oppdraget trekkes, jf. revidert budsjett.", false));
		assertThat(svar(divisjon.id(), klarertLeder(divisjon.id())).get(0).tekst()).isEqualTo("Lageret legges ned.");
		// A comment is no change of status.
		assertThat(svar(divisjon.id(), leder)).allSatisfy(s -> assertThat(s.til()).isNotNull());
	}

	@Test
	void theAssignmentsRoutedToADivisionAreListedWithTheirLatestRoutingThere() {
		// tb(2) is moved away to the other division, tb(10) moved here from it.
		flyt.rute(List.of(tb(2)), annenDivisjon.id(), null, admin());
		flyt.rute(List.of(tb(10)), divisjon.id(), null, admin());

		List<OppdragRutet> rutet = rutet(OffsetDateTime.now().minusDays(30));
		assertThat(rutet).extracting(OppdragRutet::id, OppdragRutet::fraDivisjon, OppdragRutet::hvem)
			.containsExactly(tuple(tb(10), annenDivisjon.navn(), "Admin Test"), tuple(tb(3), null, "Admin Test"),
					tuple(tb(1), null, "Admin Test"));
		assertThat(rutet.get(1).tittel()).isEqualTo(OppdragQueries.UNNTATT);
		assertThat(rutet.get(1).tittelSkjult()).isTrue();
		assertThat(rutet.get(0).status()).isEqualTo(OppdragStatus.IKKE_STARTET);
		assertThat(rutet.get(0).tidspunkt()).isAfter(OffsetDateTime.now().minusMinutes(5));
		// Routed before the time asked from: not listed.
		assertThat(rutet(OffsetDateTime.now().plusMinutes(1))).isEmpty();
	}

	List<OppdragRutet> rutet(OffsetDateTime siden) {
		return queries.routedTo(divisjon.id(), siden, leder(divisjon.id())).stream()
			.filter(r -> r.id().startsWith("TB" + aar + "-"))
			.toList();
	}

	@Test
	void theAssignmentsRoutedAwayFromADivisionAreListedWithWhereToUnlessMovedBack() {
		// tb(3) (wholly exempt) is moved away; tb(2) away and back again; tb(1) loses its routing.
		flyt.rute(List.of(tb(3)), annenDivisjon.id(), null, admin());
		flyt.rute(List.of(tb(2)), annenDivisjon.id(), null, admin());
		flyt.rute(List.of(tb(2)), divisjon.id(), null, admin());
		// No page removes a routing today; an assignment without a division is still one the division lost.
		jdbc.update("UPDATE oppdrag SET divisjon_id = NULL WHERE visnings_id = ?", tb(1));
		jdbc.update("INSERT INTO oppdrag_historikk (oppdrag_id, bruker_id, bruker_navn, bruker_rolle, type, felt, fra) "
				+ "SELECT id, 1, 'Admin Test', 'ADMIN', 'RUTING', 'divisjon', ? FROM oppdrag WHERE visnings_id = ?",
				divisjon.navn(), tb(1));

		List<OppdragFlyttet> flyttet = flyttet(divisjon.id(), OffsetDateTime.now().minusDays(30));
		assertThat(flyttet).extracting(OppdragFlyttet::id, OppdragFlyttet::tilDivisjon, OppdragFlyttet::hvem)
			.containsExactly(tuple(tb(1), null, "Admin Test"), tuple(tb(3), annenDivisjon.navn(), "Admin Test"));
		assertThat(flyttet.get(1).tittel()).isEqualTo(OppdragQueries.UNNTATT);
		assertThat(flyttet.get(1).tittelSkjult()).isTrue();
		assertThat(flyttet.get(1).tidspunkt()).isAfter(OffsetDateTime.now().minusMinutes(5));
		// The other division lost tb(2) back to this one; tb(3), moved there, is its own.
		assertThat(flyttet(annenDivisjon.id(), OffsetDateTime.now().minusDays(30)))
			.extracting(OppdragFlyttet::id, OppdragFlyttet::tilDivisjon)
			.containsExactly(tuple(tb(2), divisjon.navn()));
		assertThat(flyttet(divisjon.id(), OffsetDateTime.now().plusMinutes(1))).isEmpty();
	}

	List<OppdragFlyttet> flyttet(long divisjonId, OffsetDateTime siden) {
		return queries.routedAwayFrom(divisjonId, siden, leder(divisjonId)).stream()
			.filter(r -> r.id().startsWith("TB" + aar + "-"))
			.toList();
	}

	@Test
	void theLeadsCommentsReachTheMinistryWithTheDivisionThenAndExemptTextWithheld() {
		CurrentUser leder = leder(divisjon.id());
		flyt.kommenter(tb(1), "Vi har allerede brukt 200 timer.", false, leder);
		flyt.kommenter(tb(2), "Budsjettet er ikke avklart.", true, klarertLeder(divisjon.id()));
		flyt.kommenter(tb(3), "Lageret er tomt.", false, leder);
		// The ministry's own comment is no answer from a division.
		flyt.kommenter(tb(1), "Takk.", false, uklarert());
		// Moved after the comment: it was written for the division it was routed to then.
		flyt.rute(List.of(tb(1)), annenDivisjon.id(), null, admin());

		List<OppdragKommentar> uklarert = kommentarer(uklarert());
		assertThat(uklarert).extracting(OppdragKommentar::id, OppdragKommentar::divisjon, OppdragKommentar::hvem,
				OppdragKommentar::tekst, OppdragKommentar::tekstSkjult)
			.containsExactly(tuple(tb(3), divisjon.navn(), leder.navn(), null, true),
					tuple(tb(2), divisjon.navn(), "Klarert Leder", null, true),
					tuple(tb(1), divisjon.navn(), leder.navn(), "Vi har allerede brukt 200 timer.", false));
		assertThat(uklarert.get(0).tittel()).isEqualTo(OppdragQueries.UNNTATT);
		assertThat(uklarert.get(0).tittelSkjult()).isTrue();
		assertThat(uklarert.toString()).doesNotContain(HemmeligBrev.HEMMELIG_TITTEL, "Budsjettet", "Lageret");

		assertThat(kommentarer(klarert())).extracting(OppdragKommentar::tittel, OppdragKommentar::tekst,
				OppdragKommentar::tekstSkjult, OppdragKommentar::tekstUnntatt)
			.containsExactly(tuple(HemmeligBrev.HEMMELIG_TITTEL + " til beredskapslageret", "Lageret er tomt.", false,
					false), tuple("Helsetjenester til innsatte", "Budsjettet er ikke avklart.", false, true),
					tuple("Nasjonalt vaksinasjonsprogram for barn", "Vi har allerede brukt 200 timer.", false, false));
	}

	List<OppdragKommentar> kommentarer(CurrentUser leser) {
		return queries.leadComments(OffsetDateTime.now().minusDays(30), leser).stream()
			.filter(k -> k.id().startsWith("TB" + aar + "-"))
			.toList();
	}
}
