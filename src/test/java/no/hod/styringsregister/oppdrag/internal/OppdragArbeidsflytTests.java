package no.hod.styringsregister.oppdrag.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.oppdrag.OppdragFilter;
import no.hod.styringsregister.oppdrag.OppdragImport;
import no.hod.styringsregister.oppdrag.OppdragQueries;
import no.hod.styringsregister.oppdrag.OppdragStatus;
import no.hod.styringsregister.oppdrag.OppdragSummary;
import no.hod.styringsregister.oppdrag.OppdragUpdates;
import no.hod.styringsregister.organisasjon.Enhet;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.web.Formats;

import static no.hod.styringsregister.oppdrag.internal.OppdragTestdata.admin;
import static no.hod.styringsregister.oppdrag.internal.OppdragTestdata.fritekst;
import static no.hod.styringsregister.oppdrag.internal.OppdragTestdata.klarert;
import static no.hod.styringsregister.oppdrag.internal.OppdragTestdata.leder;
import static no.hod.styringsregister.oppdrag.internal.OppdragTestdata.uklarert;
import static no.hod.styringsregister.testsupport.Laasventer.venterPaaLaas;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@AutoConfigureMockMvc
class OppdragArbeidsflytTests {

	@Autowired
	OppdragImport oppdragImport;

	@Autowired
	OppdragArbeidsflyt flyt;

	@Autowired
	OppdragUpdates updates;

	@Autowired
	OppdragQueries queries;

	@Autowired
	OppdragLeser leser;

	@Autowired
	OrganisasjonService organisasjon;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	Formats formats;

	int aar;

	Enhet divisjon;

	Enhet annenDivisjon;

	@BeforeEach
	void importerOgRut() {
		RutetBrev brev = RutetBrev.importer(oppdragImport, organisasjon, flyt);
		aar = brev.aar();
		divisjon = brev.divisjon();
		annenDivisjon = brev.annenDivisjon();
	}

	String tb(int n) {
		return "TB" + aar + "-" + n;
	}

	long versjon(String id) {
		return queries.find(id, klarert()).orElseThrow().versjon();
	}

	OppdragStatus status(String id) {
		return queries.find(id, klarert()).orElseThrow().status();
	}

	OppdragDetalj sett(String id, OppdragStatus status, String notat, CurrentUser hvem) {
		return flyt.endreStatus(id, new StatusEndring(status, notat, null, null, versjon(id)), hvem);
	}

	@Test
	void otherModulesChangeAssignmentsByTheSameRules() {
		assertThatThrownBy(() -> updates.route(List.of(tb(10)), divisjon.id(), null, leder(divisjon.id())))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(updates.route(List.of(tb(10)), annenDivisjon.id(), null, admin())).isEqualTo(1);
		assertThatThrownBy(() -> updates.changeStatus(tb(10), OppdragStatus.PAAGAAR, null, null, null,
				leder(divisjon.id())))
			.isInstanceOf(AccessDeniedException.class).hasMessage("Oppdraget er ikke rutet til din divisjon.");
		LocalDate forventet = LocalDate.now(Formats.OSLO).plusMonths(3);
		updates.changeStatus(tb(10), OppdragStatus.FORSINKET, null, forventet, "Venter på tall.",
				leder(annenDivisjon.id()));
		OppdragSummary etter = queries.find(tb(10), klarert()).orElseThrow();
		assertThat(etter.status()).isEqualTo(OppdragStatus.FORSINKET);
		assertThat(etter.forventetDato()).isEqualTo(forventet);
		assertThat(etter.divisjonId()).isEqualTo(annenDivisjon.id());
	}

	@Test
	void aLeadUpdatesOwnDivisionsAssignmentsOnly() {
		OppdragDetalj etter = sett(tb(1), OppdragStatus.PAAGAAR, "Arbeidet er startet", leder(divisjon.id()));
		assertThat(etter.oppdrag().status()).isEqualTo(OppdragStatus.PAAGAAR);
		assertThat(etter.fremdrift()).isEqualTo("Arbeidet er startet");
		assertThat(etter.historikk()).anySatisfy(h -> {
			assertThat(h.type()).isEqualTo("STATUS");
			assertThat(h.hvem()).isEqualTo("Divisjon Leder");
			assertThat(h.fra()).isEqualTo("IKKE_STARTET");
			assertThat(h.til()).isEqualTo("PAAGAAR");
		});
		assertThatThrownBy(() -> sett(tb(1), OppdragStatus.LEVERT, null, leder(annenDivisjon.id())))
			.isInstanceOf(AccessDeniedException.class).hasMessage("Oppdraget er ikke rutet til din divisjon.");
		// Not routed at all: nobody's division.
		assertThatThrownBy(() -> sett(tb(10), OppdragStatus.PAAGAAR, null, leder(divisjon.id())))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> sett(tb(1), OppdragStatus.FULLFORT, null, leder(divisjon.id())))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> sett(tb(1), OppdragStatus.UTGAAR, null, leder(divisjon.id())))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(status(tb(1))).isEqualTo(OppdragStatus.PAAGAAR);
		// A note longer than a page and more is refused, not stored.
		assertThatThrownBy(() -> sett(tb(1), OppdragStatus.LEVERT, "x".repeat(OppdragArbeidsflyt.MAKS_TEKST + 1),
				leder(divisjon.id())))
			.isInstanceOf(Avvist.class).hasMessage("Teksten kan være høyst 4000 tegn (den var 4001).");
		assertThat(status(tb(1))).isEqualTo(OppdragStatus.PAAGAAR);
	}

	@Test
	void delayedNeedsANewDateAndAReasonAndTheRefusalNamesOnlyWhatIsMissing() {
		CurrentUser leder = leder(divisjon.id());
		assertThatThrownBy(() -> flyt.endreStatus(tb(1),
				new StatusEndring(OppdragStatus.FORSINKET, null, null, null, versjon(tb(1))), leder))
			.isInstanceOf(Avvist.class).hasMessage("Forsinket krever ny forventet dato og en begrunnelse.")
			.satisfies(ex -> assertThat(((Avvist) ex).felt()).containsExactly("forventetDato", "grunn"));
		assertThatThrownBy(() -> flyt.endreStatus(tb(1),
				new StatusEndring(OppdragStatus.FORSINKET, null, null, "Venter på data", versjon(tb(1))), leder))
			.isInstanceOf(Avvist.class).hasMessage("Velg ny forventet dato for forsinkelsen.")
			.satisfies(ex -> assertThat(((Avvist) ex).felt()).containsExactly("forventetDato"));
		assertThatThrownBy(() -> flyt.endreStatus(tb(1),
				new StatusEndring(OppdragStatus.FORSINKET, null, LocalDate.now(Formats.OSLO).plusMonths(2), " ", versjon(tb(1))), leder))
			.isInstanceOf(Avvist.class).hasMessage("Skriv en begrunnelse for forsinkelsen.")
			.satisfies(ex -> assertThat(((Avvist) ex).felt()).containsExactly("grunn"));
		// Not Forsinket yet: a reason left out is missing, there is none to keep.
		assertThatThrownBy(() -> flyt.endreStatus(tb(1),
				new StatusEndring(OppdragStatus.FORSINKET, null, LocalDate.now(Formats.OSLO).plusMonths(2), null, versjon(tb(1))), leder))
			.isInstanceOf(Avvist.class).hasMessage("Skriv en begrunnelse for forsinkelsen.");
		OppdragDetalj etter = flyt.endreStatus(tb(1), new StatusEndring(OppdragStatus.FORSINKET, null,
				LocalDate.now(Formats.OSLO).plusMonths(2), "Venter på data", versjon(tb(1))), leder);
		assertThat(etter.oppdrag().status()).isEqualTo(OppdragStatus.FORSINKET);
		assertThat(etter.oppdrag().forventetDato()).isEqualTo(LocalDate.now(Formats.OSLO).plusMonths(2));
		assertThat(etter.statusGrunn()).isEqualTo("Venter på data");
		// Already Forsinket: a reason left out keeps the saved one, as a left-out note does, so only the date moves.
		LocalDate senere = LocalDate.now(Formats.OSLO).plusMonths(4);
		OppdragDetalj flyttet = flyt.endreStatus(tb(1),
				new StatusEndring(OppdragStatus.FORSINKET, null, senere, null, versjon(tb(1))), leder);
		assertThat(flyttet.oppdrag().forventetDato()).isEqualTo(senere);
		assertThat(flyttet.statusGrunn()).isEqualTo("Venter på data");
		assertThat(flyttet.historikk().get(0).felt()).isEqualTo("forventet_dato");
		// An emptied reason is no reason: refused, nothing changed.
		assertThatThrownBy(() -> flyt.endreStatus(tb(1),
				new StatusEndring(OppdragStatus.FORSINKET, null, senere.plusDays(1), "", versjon(tb(1))), leder))
			.isInstanceOf(Avvist.class).hasMessage("Skriv en begrunnelse for forsinkelsen.");
		assertThat(queries.find(tb(1), klarert()).orElseThrow().forventetDato()).isEqualTo(senere);
		// Leaving Forsinket clears the date and reason.
		OppdragDetalj levert = sett(tb(1), OppdragStatus.LEVERT, null, leder);
		assertThat(levert.oppdrag().forventetDato()).isNull();
		assertThat(levert.statusGrunn()).isNull();
	}

	@Test
	void aLeadsChangeToAnAssignmentMovedAwaySaysWhereByWhomAndWhen() {
		long apnetVersjon = versjon(tb(2));
		flyt.rute(List.of(tb(2)), annenDivisjon.id(), null, admin());
		String naar = formats.tidspunkt(leser.detalj(tb(2), admin()).orElseThrow().historikk().get(0).tidspunkt());
		String flyttet = "Oppdraget er flyttet til " + annenDivisjon.navn() + " av Admin Test " + naar
				+ ". Endringen din er ikke lagret.";
		CurrentUser leder = leder(divisjon.id());
		assertThatThrownBy(() -> flyt.endreStatus(tb(2),
				new StatusEndring(OppdragStatus.PAAGAAR, "Godt i gang", null, null, apnetVersjon), leder))
			.isInstanceOf(Nektet.class).hasMessage(flyttet);
		assertThatThrownBy(() -> flyt.kommenter(tb(2), "Svar til HOD", false, leder))
			.isInstanceOf(Nektet.class).hasMessage(flyttet);
		assertThat(status(tb(2))).isEqualTo(OppdragStatus.IKKE_STARTET);
		// Never routed to the lead's division: the plain refusal.
		assertThatThrownBy(() -> sett(tb(1), OppdragStatus.PAAGAAR, null, leder(annenDivisjon.id())))
			.isInstanceOf(Nektet.class).hasMessage(OppdragArbeidsflyt.IKKE_RUTET);
	}

	@Test
	void leavingForsinketRecordsTheClearedReasonAsAChangedReasonIs() {
		CurrentUser leder = leder(divisjon.id());
		flyt.endreStatus(tb(1), new StatusEndring(OppdragStatus.FORSINKET, null,
				LocalDate.now(Formats.OSLO).plusMonths(2), "Venter på data", versjon(tb(1))), leder);
		OppdragDetalj levert = sett(tb(1), OppdragStatus.LEVERT, null, leder);
		// Newest first: the status row last written, then the cleared reason and the cleared date.
		assertThat(levert.historikk().get(0).felt()).isEqualTo("status");
		assertThat(levert.historikk()).filteredOn(h -> "status_grunn".equals(h.felt()))
			.singleElement()
			.satisfies(h -> {
				assertThat(h.fra()).isEqualTo("Venter på data");
				assertThat(h.til()).isNull();
			});
		assertThat(levert.historikk()).filteredOn(h -> "forventet_dato".equals(h.felt()) && h.til() == null)
			.hasSize(1);
	}

	@Test
	void aDeskOfficerAcceptsSendsBackCancelsAndComments() {
		CurrentUser sb = uklarert();
		assertThatThrownBy(() -> sett(tb(1), OppdragStatus.FULLFORT, null, sb)).isInstanceOf(Avvist.class)
			.hasMessage("Bare et levert oppdrag kan godkjennes som fullført.");
		assertThatThrownBy(() -> sett(tb(1), OppdragStatus.PAAGAAR, "Start", sb)).isInstanceOf(Avvist.class);
		assertThatThrownBy(() -> sett(tb(1), OppdragStatus.LEVERT, null, sb)).isInstanceOf(AccessDeniedException.class);

		sett(tb(1), OppdragStatus.LEVERT, "Levert rapport", leder(divisjon.id()));
		assertThatThrownBy(() -> sett(tb(1), OppdragStatus.PAAGAAR, null, sb)).isInstanceOf(Avvist.class)
			.hasMessage("Skriv en kommentar om hvorfor leveransen sendes tilbake.");
		OppdragDetalj tilbake = sett(tb(1), OppdragStatus.PAAGAAR, "Mangler kostnadsoverslag", sb);
		assertThat(tilbake.oppdrag().status()).isEqualTo(OppdragStatus.PAAGAAR);
		assertThat(tilbake.fremdrift()).isEqualTo("Levert rapport");
		assertThat(tilbake.historikk().get(0).notat()).isEqualTo("Mangler kostnadsoverslag");

		sett(tb(1), OppdragStatus.LEVERT, null, leder(divisjon.id()));
		assertThat(sett(tb(1), OppdragStatus.FULLFORT, null, sb).oppdrag().status()).isEqualTo(OppdragStatus.FULLFORT);
		// Finished: a lead cannot reopen it, refused as a note change is (403), saying it is closed.
		assertThatThrownBy(() -> sett(tb(1), OppdragStatus.PAAGAAR, null, leder(divisjon.id())))
			.isInstanceOf(Nektet.class).hasMessage(OppdragArbeidsflyt.AVSLUTTET_FOR_LEDER);

		assertThatThrownBy(() -> flyt.endreStatus(tb(2), new StatusEndring(OppdragStatus.UTGAAR, null, null, null,
				versjon(tb(2))), sb)).isInstanceOf(Avvist.class).hasMessage("Utgår krever en begrunnelse.");
		OppdragDetalj utgaar = flyt.endreStatus(tb(2), new StatusEndring(OppdragStatus.UTGAAR, null, null,
				"Dekket av annet oppdrag", versjon(tb(2))), sb);
		assertThat(utgaar.oppdrag().status()).isEqualTo(OppdragStatus.UTGAAR);
		assertThat(utgaar.statusGrunn()).isEqualTo("Dekket av annet oppdrag");

		long foer = versjon(tb(10));
		OppdragDetalj kommentert = flyt.endreStatus(tb(10), new StatusEndring(null, "Fint arbeid", null, null, foer), sb);
		assertThat(kommentert.historikk().get(0).type()).isEqualTo("KOMMENTAR");
		assertThat(kommentert.historikk().get(0).notat()).isEqualTo("Fint arbeid");
		assertThat(kommentert.fremdrift()).isNull();
		flyt.kommenter(tb(10), "Enda en", false, sb);
		// A lead comments on the division's own assignments only.
		flyt.kommenter(tb(1), "Svar fra divisjonen", false, leder(divisjon.id()));
		assertThatThrownBy(() -> flyt.kommenter(tb(1), "Nei", false, leder(annenDivisjon.id())))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> flyt.kommenter(tb(10), "Nei", false, leder(divisjon.id())))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void aStaleVersionIsAConflictCarryingTheCurrentStateAndNothingIsLost() {
		long sett = versjon(tb(1));
		flyt.endreStatus(tb(1), new StatusEndring(OppdragStatus.PAAGAAR, "Først", null, null, sett),
				leder(divisjon.id()));
		assertThatThrownBy(() -> flyt.endreStatus(tb(1), new StatusEndring(OppdragStatus.LEVERT, "Andre", null, null,
				sett), admin())).isInstanceOfSatisfying(Konflikt.class, k -> {
					assertThat(k.gjeldende().oppdrag().status()).isEqualTo(OppdragStatus.PAAGAAR);
					assertThat(k.gjeldende().oppdrag().versjon()).isEqualTo(sett + 1);
					assertThat(k.gjeldende().fremdrift()).isEqualTo("Først");
				});
		assertThat(status(tb(1))).isEqualTo(OppdragStatus.PAAGAAR);
	}

	@Test
	void adminsMayDoEverythingButStillNeedTheRequiredFields() {
		assertThat(sett(tb(10), OppdragStatus.FULLFORT, null, admin()).oppdrag().status())
			.isEqualTo(OppdragStatus.FULLFORT);
		assertThat(sett(tb(10), OppdragStatus.PAAGAAR, null, admin()).oppdrag().status())
			.isEqualTo(OppdragStatus.PAAGAAR);
		assertThatThrownBy(() -> sett(tb(10), OppdragStatus.FORSINKET, null, admin())).isInstanceOf(Avvist.class);
		assertThatThrownBy(() -> sett(tb(10), null, null, admin())).isInstanceOf(Avvist.class)
			.hasMessageContaining("Ingen endring");
	}

	@Test
	void aDeskOfficersCommentIsKeptBesideTheReasonWhenCancelling() {
		OppdragDetalj utgaar = flyt.endreStatus(tb(2), new StatusEndring(OppdragStatus.UTGAAR, "Avklart i møte 3. mars",
				null, "Dekket av annet oppdrag", versjon(tb(2))), uklarert());
		assertThat(utgaar.statusGrunn()).isEqualTo("Dekket av annet oppdrag");
		// Newest first: the status row with the reason, then the comment in a row of its own.
		assertThat(utgaar.historikk().get(0).felt()).isEqualTo("status");
		assertThat(utgaar.historikk().get(0).notat()).isEqualTo("Dekket av annet oppdrag");
		assertThat(utgaar.historikk().get(1).type()).isEqualTo("KOMMENTAR");
		assertThat(utgaar.historikk().get(1).notat()).isEqualTo("Avklart i møte 3. mars");
	}

	@Test
	void aNewExpectedDateMayNotLieBeforeToday() {
		CurrentUser leder = leder(divisjon.id());
		LocalDate idag = LocalDate.now(Formats.OSLO);
		assertThatThrownBy(() -> flyt.endreStatus(tb(1), new StatusEndring(OppdragStatus.FORSINKET, null,
				LocalDate.of(2020, 1, 1), "Venter på data", versjon(tb(1))), leder))
			.isInstanceOf(Avvist.class).hasMessageStartingWith("Ny forventet dato kan ikke være før i dag (");
		assertThat(status(tb(1))).isEqualTo(OppdragStatus.IKKE_STARTET);
		assertThat(flyt.endreStatus(tb(1), new StatusEndring(OppdragStatus.FORSINKET, null, idag, "Venter på data",
				versjon(tb(1))), leder).oppdrag().forventetDato()).isEqualTo(idag);
		// A date saved earlier that has passed since does not stop the lead from updating the note.
		jdbc.update("UPDATE oppdrag SET forventet_dato = ? WHERE offisiell_id = ?", idag.minusDays(10), tb(1));
		OppdragDetalj etter = flyt.endreStatus(tb(1), new StatusEndring(OppdragStatus.FORSINKET, "Nesten ferdig",
				idag.minusDays(10), "Venter på data", versjon(tb(1))), leder);
		assertThat(etter.fremdrift()).isEqualTo("Nesten ferdig");
		assertThatThrownBy(() -> flyt.endreStatus(tb(1), new StatusEndring(OppdragStatus.FORSINKET, null,
				idag.minusDays(1), "Venter på data", versjon(tb(1))), leder)).isInstanceOf(Avvist.class);
	}

	@Test
	void aLeadCannotChangeTheNoteOfAClosedAssignment() {
		CurrentUser leder = leder(divisjon.id());
		sett(tb(1), OppdragStatus.LEVERT, "Rapport levert", leder);
		sett(tb(1), OppdragStatus.FULLFORT, null, uklarert());
		assertThatThrownBy(() -> sett(tb(1), null, "Endret i etterkant", leder))
			.isInstanceOf(AccessDeniedException.class).hasMessage(OppdragArbeidsflyt.AVSLUTTET_FOR_LEDER);
		assertThatThrownBy(() -> sett(tb(1), OppdragStatus.FULLFORT, "Endret i etterkant", leder))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(leser.detalj(tb(1), klarert()).orElseThrow().fremdrift()).isEqualTo("Rapport levert");
		// A desk officer may still comment on it, and an admin reopen it.
		assertThat(sett(tb(1), null, "Godt arbeid", uklarert()).historikk().get(0).type()).isEqualTo("KOMMENTAR");
		assertThat(sett(tb(1), OppdragStatus.PAAGAAR, null, admin()).oppdrag().status())
			.isEqualTo(OppdragStatus.PAAGAAR);
	}

	@Test
	void aClearedUserMayMarkACommentExemptAndOnlyClearedReadersSeeItsText() {
		flyt.kommenter(tb(1), "Kvarglimt-punktet er forsinket", true, klarert());
		flyt.kommenter(tb(1), "Generell merknad", false, klarert());
		OppdragDetalj.Hendelse unntatt = leser.detalj(tb(1), klarert()).orElseThrow().historikk().get(1);
		assertThat(unntatt.notat()).isEqualTo("Kvarglimt-punktet er forsinket");
		assertThat(unntatt.unntatt()).isTrue();
		assertThat(unntatt.skjult()).isFalse();
		List<OppdragDetalj.Hendelse> offentlig = leser.detalj(tb(1), uklarert()).orElseThrow().historikk();
		assertThat(offentlig.get(1)).satisfies(h -> {
			assertThat(h.type()).isEqualTo("KOMMENTAR");
			assertThat(h.notat()).isNull();
			assertThat(h.skjult()).isTrue();
			assertThat(h.hvem()).isEqualTo(klarert().navn());
		});
		assertThat(offentlig.get(0).notat()).isEqualTo("Generell merknad");
		assertThat(offentlig.get(0).unntatt()).isFalse();
		// An uncleared user could not read the comment back: refused, nothing written.
		int rader = leser.detalj(tb(1), klarert()).orElseThrow().historikk().size();
		assertThatThrownBy(() -> flyt.kommenter(tb(1), "Hemmelig", true, uklarert())).isInstanceOf(Nektet.class)
			.hasMessage("Bare brukere med klarering kan merke en kommentar som unntatt offentlighet.");
		assertThat(leser.detalj(tb(1), klarert()).orElseThrow().historikk()).hasSize(rader);
	}

	@Test
	void theSameCommentSentTwiceIsSavedOnceAlsoWhenBothArriveAtOnce() throws Exception {
		int foer = kommentarer(tb(1));
		flyt.kommenter(tb(1), "Sendt to ganger", false, uklarert());
		flyt.kommenter(tb(1), "Sendt to ganger", false, uklarert());
		assertThat(kommentarer(tb(1))).isEqualTo(foer + 1);
		// Another text, the same text marked exempt, and the same text by someone else are comments of their own.
		flyt.kommenter(tb(1), "Noe annet", false, uklarert());
		flyt.kommenter(tb(1), "Sendt to ganger", true, klarert());
		flyt.kommenter(tb(1), "Sendt to ganger", false, klarert());
		assertThat(kommentarer(tb(1))).isEqualTo(foer + 4);

		// Both presses held at the assignment's row lock: the second waits for the first and then finds it.
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try (Connection holder = dataSource.getConnection()) {
			holder.setAutoCommit(false);
			try (PreparedStatement lock = holder.prepareStatement(
					"SELECT id FROM oppdrag WHERE visnings_id = ? FOR UPDATE")) {
				lock.setString(1, tb(2));
				lock.executeQuery().close();
			}
			List<Future<Boolean>> trykk = List.of(
					pool.submit(() -> flyt.kommenter(tb(2), "Dobbeltklikk", false, uklarert())),
					pool.submit(() -> flyt.kommenter(tb(2), "Dobbeltklikk", false, uklarert())));
			venterPaaLaas(holder, 2);
			holder.commit();
			for (Future<Boolean> f : trykk) {
				f.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(jdbc.queryForObject("""
				SELECT count(*) FROM oppdrag_historikk h JOIN oppdrag o ON o.id = h.oppdrag_id
				WHERE o.visnings_id = ? AND h.type = 'KOMMENTAR' AND h.notat = 'Dobbeltklikk'""", Integer.class, tb(2)))
			.isEqualTo(1);
	}

	int kommentarer(String id) {
		return jdbc.queryForObject("""
				SELECT count(*) FROM oppdrag_historikk h JOIN oppdrag o ON o.id = h.oppdrag_id
				WHERE o.visnings_id = ? AND h.type = 'KOMMENTAR'""", Integer.class, id);
	}

	@Test
	void aConflictSaysWhoChangedItWhenAndTheStatusInWords() {
		long sett = versjon(tb(1));
		sett(tb(1), OppdragStatus.LEVERT, "Levert", leder(divisjon.id()));
		// A comment since does not change the version, so it is not who made the form stale.
		flyt.kommenter(tb(1), "Ser bra ut", false, uklarert());
		assertThatThrownBy(() -> flyt.endreStatus(tb(1), new StatusEndring(OppdragStatus.UTGAAR, null, null, "Avlyst",
				sett), uklarert()))
			.isInstanceOf(Konflikt.class)
			.hasMessageStartingWith("Oppdraget er endret av Divisjon Leder "
					+ formats.dato(LocalDate.now(Formats.OSLO)) + " kl. ")
			.hasMessageContaining("Status er nå «Levert».")
			.message().doesNotContain("LEVERT", "versjon");
	}

	@Test
	void aConflictNamesEveryFieldOfTheFormChangedSinceItWasOpened() {
		CurrentUser leder = leder(divisjon.id());
		// Before the form was opened: not what made it stale.
		sett(tb(1), OppdragStatus.PAAGAAR, null, leder);
		long apnet = versjon(tb(1));
		sett(tb(1), null, "Halvveis", leder);
		assertThatThrownBy(() -> flyt.endreStatus(tb(1), new StatusEndring(OppdragStatus.LEVERT, null, null, null,
				apnet), leder))
			.isInstanceOf(Konflikt.class)
			.hasMessageContaining(" siden du åpnet det. Fremdrift er endret. Status er fortsatt «Pågår». ");
		// The other tab's two saves since: the status and the note in one, the note again in the other.
		sett(tb(1), OppdragStatus.LEVERT, "Ferdig", leder);
		assertThatThrownBy(() -> flyt.endreStatus(tb(1), new StatusEndring(OppdragStatus.PAAGAAR, "Nesten", null,
				null, apnet), leder))
			.isInstanceOf(Konflikt.class)
			.hasMessageContaining(" siden du åpnet det. Status og fremdrift er endret. Status er nå «Levert». ");
		long levert = versjon(tb(2));
		flyt.endreStatus(tb(2), new StatusEndring(OppdragStatus.FORSINKET, null,
				LocalDate.now(Formats.OSLO).plusMonths(2), "Venter på data", levert), leder);
		assertThatThrownBy(() -> flyt.endreStatus(tb(2), new StatusEndring(OppdragStatus.PAAGAAR, null, null, null,
				levert), leder))
			.isInstanceOf(Konflikt.class)
			.hasMessageContaining("Status, ny forventet dato og begrunnelse er endret. Status er nå «Forsinket».");
	}

	@Test
	void theSendingBackOfADeliveryIsShownUntilTheLeadUpdatesAgain() {
		CurrentUser leder = leder(divisjon.id());
		sett(tb(1), OppdragStatus.LEVERT, "Rapport levert", leder);
		assertThat(leser.detalj(tb(1), klarert()).orElseThrow().tilbakesendt(klarert())).isEmpty();
		OppdragDetalj tilbake = sett(tb(1), OppdragStatus.PAAGAAR, "Mangler kostnadsoverslag", uklarert());
		assertThat(tilbake.tilbakesendt(klarert())).hasValueSatisfying(h -> {
			assertThat(h.hvem()).isEqualTo("Uklarert Saksbehandler");
			assertThat(h.notat()).isEqualTo("Mangler kostnadsoverslag");
		});
		// A comment or citation since changes nothing; the lead's next update does.
		flyt.kommenter(tb(1), "Se vedlegg", false, klarert());
		assertThat(leser.detalj(tb(1), klarert()).orElseThrow().tilbakesendt(klarert())).isPresent();
		assertThat(sett(tb(1), null, "Overslaget kommer fredag", leder).tilbakesendt(klarert())).isEmpty();
	}

	@Test
	void routingIsForAdminsToADivisionOfTheSameAgencyAndIsRecorded() {
		assertThatThrownBy(() -> flyt.rute(List.of(tb(10)), divisjon.id(), null, uklarert()))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> flyt.rute(List.of(tb(10)), -5L, null, admin())).isInstanceOf(Avvist.class)
			.hasMessage("Ukjent divisjon.");
		assertThat(flyt.rute(List.of(tb(1), tb(10)), annenDivisjon.id(), null, admin()).antall()).isEqualTo(2);
		OppdragDetalj detalj = leser.detalj(tb(10), uklarert()).orElseThrow();
		assertThat(detalj.oppdrag().divisjon()).isEqualTo(annenDivisjon.navn());
		assertThat(detalj.historikk()).anySatisfy(h -> {
			assertThat(h.type()).isEqualTo("RUTING");
			assertThat(h.fra()).isNull();
			assertThat(h.til()).isEqualTo(annenDivisjon.navn());
		});
		assertThat(leser.detalj(tb(1), uklarert()).orElseThrow().historikk()).anySatisfy(h -> {
			assertThat(h.fra()).isEqualTo(divisjon.navn());
			assertThat(h.til()).isEqualTo(annenDivisjon.navn());
		});
		long htil = organisasjon.etatByName("Statens helsetilsyn").orElseThrow().id();
		assertThat(organisasjon.divisjoner(htil)).isEmpty();
	}

	@Test
	void yearEndCarriesEveryUnfinishedAssignmentOnceLinkedToItsOrigin() {
		sett(tb(1), OppdragStatus.LEVERT, null, leder(divisjon.id()));
		sett(tb(1), OppdragStatus.FULLFORT, null, uklarert());
		flyt.endreStatus(tb(2), new StatusEndring(OppdragStatus.UTGAAR, null, null, "Avlyst", versjon(tb(2))),
				uklarert());
		assertThatThrownBy(() -> flyt.viderefor(aar, List.of(), null, uklarert())).isInstanceOf(AccessDeniedException.class);

		assertThat(flyt.viderefor(aar, List.of(), null, admin())).isEqualTo(new OppdragArbeidsflyt.Utfall(3, 0, 0, 0));
		assertThat(flyt.viderefor(aar, List.of(), null, admin())).isEqualTo(new OppdragArbeidsflyt.Utfall(0, 0, 0, 0));

		List<OppdragSummary> neste = queries.search(OppdragFilter.alle().medAar(aar + 1), klarert());
		assertThat(neste).hasSize(3).allSatisfy(o -> {
			assertThat(o.status()).isEqualTo(OppdragStatus.VIDEREFORT);
			assertThat(o.id()).startsWith("O-" + (aar + 1) + "-");
		});
		assertThat(neste).extracting(OppdragSummary::tittel).containsExactlyInAnyOrder(
				HemmeligBrev.HEMMELIG_TITTEL + " til beredskapslageret", "Rusforebyggende arbeid blant ungdom",
				"Kompetanseløft i kommunene");
		OppdragSummary hemmelig = neste.stream().filter(o -> o.tittel().startsWith(HemmeligBrev.HEMMELIG_TITTEL))
			.findFirst().orElseThrow();
		OppdragDetalj kopi = leser.detalj(hemmelig.id(), uklarert()).orElseThrow();
		assertThat(kopi.oppdrag().tittel()).isEqualTo(OppdragQueries.UNNTATT);
		assertThat(kopi.opphav().id()).isEqualTo(tb(3));
		assertThat(kopi.oppdrag().divisjonId()).isEqualTo(divisjon.id());
		assertThat(kopi.deler()).extracting(OppdragDetalj.Del::tekst).containsExactly(OppdragQueries.UNNTATT);
		assertThat(leser.detalj(tb(3), uklarert()).orElseThrow().videreforing()).extracting(r -> r.id())
			.containsExactly(hemmelig.id());
		// The copy is found first by its origin's id (others share the "TB<aar>" part of their origins' ids), and its
		// secret stays out of public search.
		assertThat(queries.search(fritekst(tb(3)).medAar(aar + 1), uklarert()))
			.extracting(OppdragSummary::id).startsWith(hemmelig.id());
		assertThat(queries.count(fritekst(HemmeligBrev.HEMMELIG_TITTEL).medAar(aar + 1),
				uklarert())).isZero();
		Map<String, Object> rad = jdbc.queryForMap("SELECT brev_id, opphav_id FROM oppdrag WHERE nokkel = ?",
				hemmelig.nokkel());
		assertThat(rad.get("brev_id")).isNull();
		assertThat(rad.get("opphav_id")).isNotNull();
	}

	@Test
	void yearEndAfterTheNextLetterLinksWhatTheLetterContinuesAndCopiesTheRestWithTheirDelay() {
		NesteAarsBrev.importer(oppdragImport, organisasjon, aar);
		String neste = "TB" + (aar + 1) + "-";
		String kompetanse = queries.search(fritekst("Kompetanseløft").medAar(aar), klarert()).get(0).id();
		LocalDate forventet = LocalDate.now(Formats.OSLO).plusMonths(14);
		flyt.endreStatus(tb(2), new StatusEndring(OppdragStatus.FORSINKET, "Venter på tall fra fengslene", forventet,
				"Kartleggingen tar lengre tid", versjon(tb(2))), leder(divisjon.id()));
		assertThatThrownBy(() -> flyt.tilVidereforing(aar, leder(divisjon.id())))
			.isInstanceOf(AccessDeniedException.class);

		OppdragArbeidsflyt.Videreforing plan = flyt.tilVidereforing(aar, klarertAdmin());
		assertThat(plan.kopieres()).isEqualTo(2);
		assertThat(plan.fortsatt()).isEqualTo(3);
		assertThat(plan.etater()).singleElement().satisfies(e -> {
			assertThat(e.etat()).isEqualTo("Helsedirektoratet");
			// TB-2's title is repeated only by another agency's letter: still copied.
			assertThat(e.kopieres()).extracting(k -> k.oppdrag().id()).containsExactly(tb(2), tb(3));
			assertThat(e.kopieres().get(1).oppdrag().tittel()).startsWith(HemmeligBrev.HEMMELIG_TITTEL);
			assertThat(e.fortsatt()).extracting(f -> f.opphav().id() + " → " + f.fortsettelse().id())
				.containsExactlyInAnyOrder(tb(1) + " → " + neste + "1", tb(10) + " → " + neste + "1",
						kompetanse + " → " + neste + "2");
			assertThat(e.fortsatt()).extracting(f -> f.fortsettelse().tittel()).contains(NesteAarsBrev.NY_TITTEL);
		});
		// The admin without clearance sees the wholly exempt title as the placeholder.
		assertThat(flyt.tilVidereforing(aar, admin()).etater().get(0).kopieres().get(1).oppdrag().tittel())
			.isEqualTo(OppdragQueries.UNNTATT);

		assertThatThrownBy(() -> flyt.viderefor(aar, List.of(), null, uklarert())).isInstanceOf(AccessDeniedException.class);
		// TB-1's successor was routed as TB-1 when the letter citing it came; the year end leaves it so.
		assertThat(queries.find(neste + "1", klarert()).orElseThrow().divisjonId()).isEqualTo(divisjon.id());
		assertThat(flyt.viderefor(aar, List.of(), null, admin())).isEqualTo(new OppdragArbeidsflyt.Utfall(2, 3, 0, 0));

		List<OppdragSummary> hdir = queries.search(OppdragFilter.alle().medAar(aar + 1)
			.medEtat(organisasjon.etatByName("Helsedirektoratet").orElseThrow().id()), klarert());
		assertThat(hdir).hasSize(4);
		OppdragDetalj sitert = leser.detalj(neste + "1", klarert()).orElseThrow();
		// The first it continues is its origin; the second is linked by the history on both.
		assertThat(sitert.opphav().id()).isEqualTo(tb(1));
		assertThat(sitert.oppdrag().status()).isEqualTo(OppdragStatus.IKKE_STARTET);
		assertThat(sitert.historikk()).filteredOn(h -> "VIDEREFORT".equals(h.type()))
			.extracting(OppdragDetalj.Hendelse::notat)
			.containsExactlyInAnyOrder("Viderefører " + tb(1) + " fra " + aar, "Viderefører " + tb(10) + " fra " + aar);
		assertThat(leser.detalj(neste + "2", klarert()).orElseThrow().opphav().id()).isEqualTo(kompetanse);
		for (String id : List.of(tb(1), tb(10))) {
			assertThat(leser.detalj(id, klarert()).orElseThrow().historikk())
				.filteredOn(h -> "VIDEREFORT".equals(h.type())).singleElement()
				.satisfies(h -> assertThat(h.notat())
					.isEqualTo("Videreført i tildelingsbrevet " + (aar + 1) + " som " + neste + "1"));
		}
		assertThat(leser.detalj(tb(1), klarert()).orElseThrow().videreforing()).extracting(r -> r.id())
			.containsExactly(neste + "1");

		OppdragDetalj kopi = leser.detalj(leser.detalj(tb(2), klarert()).orElseThrow().videreforing().get(0).id(),
				klarert()).orElseThrow();
		assertThat(kopi.oppdrag().status()).isEqualTo(OppdragStatus.VIDEREFORT);
		assertThat(kopi.oppdrag().forventetDato()).isEqualTo(forventet);
		assertThat(kopi.statusGrunn()).isEqualTo("Kartleggingen tar lengre tid");
		assertThat(kopi.fremdrift()).isEqualTo("Venter på tall fra fengslene");
		assertThat(kopi.opphav().id()).isEqualTo(tb(2));
		assertThat(kopi.deler()).extracting(OppdragDetalj.Del::tekst)
			.startsWith("Helsedirektoratet skal kartlegge helsetilbudet i fengsler.");
		// Due on the expected date carried over, as a delayed assignment is (the calendar, the start page).
		assertThat(queries.deadlines(LocalDate.of(aar, 1, 1), LocalDate.of(aar, 12, 31), null, null, klarert()))
			.filteredOn(f -> f.id().equals(kopi.oppdrag().id())).singleElement()
			.satisfies(f -> assertThat(f.forventetDato()).isEqualTo(forventet));

		// Twice: nothing more copied, nothing linked again (TB-10 too, though no assignment has it as origin).
		assertThat(flyt.viderefor(aar, List.of(), null, admin())).isEqualTo(new OppdragArbeidsflyt.Utfall(0, 0, 0, 0));
		assertThat(flyt.tilVidereforing(aar, admin()).etater()).isEmpty();
		assertThat(queries.count(OppdragFilter.alle().medAar(aar + 1), klarert())).isEqualTo(5);
		assertThat(leser.detalj(neste + "1", klarert()).orElseThrow().historikk())
			.filteredOn(h -> "VIDEREFORT".equals(h.type())).hasSize(2);
	}

	@Test
	void yearEndConfirmedTwiceAtOnceCopiesOnce() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<OppdragArbeidsflyt.Utfall> utfall;
		try (Connection holder = dataSource.getConnection()) {
			holder.setAutoCommit(false);
			try (PreparedStatement lock = holder.prepareStatement(
					"SELECT pg_advisory_xact_lock(hashtext('videreforing'), ?)")) {
				lock.setInt(1, aar);
				lock.executeQuery().close();
			}
			List<Future<OppdragArbeidsflyt.Utfall>> trykk = List.of(pool.submit(() -> flyt.viderefor(aar, List.of(), null, admin())),
					pool.submit(() -> flyt.viderefor(aar, List.of(), null, admin())));
			venterPaaLaas(holder, 2);
			holder.commit();
			utfall = List.of(trykk.get(0).get(60, TimeUnit.SECONDS), trykk.get(1).get(60, TimeUnit.SECONDS));
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(utfall).containsExactlyInAnyOrder(new OppdragArbeidsflyt.Utfall(5, 0, 0, 0),
				new OppdragArbeidsflyt.Utfall(0, 0, 0, 0));
		assertThat(queries.count(OppdragFilter.alle().medAar(aar + 1), klarert())).isEqualTo(5);
	}

	static CurrentUser klarertAdmin() {
		return new CurrentUser(5, "admin-klarert", "Klarert Admin", Rolle.ADMIN, null, true);
	}

	@Test
	void anEmptyNoteClearsTheProgressNoteAndNoNoteLeavesIt() {
		CurrentUser leder = leder(divisjon.id());
		sett(tb(1), OppdragStatus.PAAGAAR, "Godt i gang", leder);
		OppdragDetalj tomt = sett(tb(1), null, "", leder);
		assertThat(tomt.fremdrift()).isNull();
		assertThat(tomt.historikk().get(0)).satisfies(h -> {
			assertThat(h.type()).isEqualTo("FREMDRIFT");
			assertThat(h.fra()).isEqualTo("Godt i gang");
			assertThat(h.til()).isNull();
		});
		// Empty again: nothing differs, nothing is written, and the caller is told so.
		long foer = versjon(tb(1));
		assertThatThrownBy(() -> sett(tb(1), null, "  ", leder)).isInstanceOf(IngenEndring.class)
			.hasMessage("Ingen endring å lagre: alt var som før.");
		assertThat(versjon(tb(1))).isEqualTo(foer);

		sett(tb(1), null, "Venter på tall", leder);
		LocalDate dato = LocalDate.now(Formats.OSLO).plusMonths(1);
		// No note with a status change (as other modules and the API send it): the note stays.
		OppdragDetalj forsinket = flyt.endreStatus(tb(1), new StatusEndring(OppdragStatus.FORSINKET, null, dato,
				"Mangler data", versjon(tb(1))), leder);
		assertThat(forsinket.fremdrift()).isEqualTo("Venter på tall");
		// The Forsinket form sent back as it came changes nothing, not even the version.
		long forsinketVersjon = versjon(tb(1));
		assertThatThrownBy(() -> flyt.endreStatus(tb(1), new StatusEndring(null, "Venter på tall", dato, "Mangler data",
				forsinketVersjon, true), leder)).isInstanceOf(IngenEndring.class);
		assertThat(versjon(tb(1))).isEqualTo(forsinketVersjon);
		// Emptied together with a status change: cleared, and the history says so.
		OppdragDetalj levert = sett(tb(1), OppdragStatus.LEVERT, "", leder);
		assertThat(levert.oppdrag().status()).isEqualTo(OppdragStatus.LEVERT);
		assertThat(levert.fremdrift()).isNull();
		assertThat(levert.historikk()).anySatisfy(h -> {
			assertThat(h.felt()).isEqualTo("fremdrift");
			assertThat(h.fra()).isEqualTo("Venter på tall");
			assertThat(h.til()).isNull();
		});
		// Nothing at all asked for is still refused.
		assertThatThrownBy(() -> sett(tb(1), null, null, leder)).isInstanceOf(Avvist.class)
			.hasMessageStartingWith("Ingen endring å lagre");
	}

	@Test
	void aNewExpectedDateBelongsToForsinketAndLiesAtMostFiveYearsAhead() {
		CurrentUser leder = leder(divisjon.id());
		LocalDate idag = LocalDate.now(Formats.OSLO);
		assertThatThrownBy(() -> flyt.endreStatus(tb(1), new StatusEndring(OppdragStatus.PAAGAAR, "Notat",
				idag.plusDays(10), null, versjon(tb(1))), leder))
			.isInstanceOfSatisfying(Avvist.class, a -> {
				assertThat(a).hasMessageStartingWith("Ny forventet dato hører til status Forsinket.");
				assertThat(a.felt()).contains("forventetDato");
			});
		// Keeping the status is no way around it.
		assertThatThrownBy(() -> flyt.endreStatus(tb(1), new StatusEndring(null, "Notat", idag.plusDays(10), null,
				versjon(tb(1))), leder)).isInstanceOf(Avvist.class).hasMessageContaining("hører til status Forsinket");
		assertThat(status(tb(1))).isEqualTo(OppdragStatus.IKKE_STARTET);
		assertThat(leser.detalj(tb(1), klarert()).orElseThrow().fremdrift()).isNull();

		LocalDate senest = idag.plusYears(OppdragArbeidsflyt.MAKS_AAR_FREM);
		for (LocalDate forLangt : List.of(senest.plusDays(1), LocalDate.of(2207, 1, 20), LocalDate.of(9999, 12, 31),
				LocalDate.of(10000, 1, 1))) {
			assertThatThrownBy(() -> flyt.endreStatus(tb(1), new StatusEndring(OppdragStatus.FORSINKET, null, forLangt,
					"Venter", versjon(tb(1))), leder))
				.as(forLangt.toString()).isInstanceOf(Avvist.class)
				.hasMessage("Ny forventet dato kan være høyst 5 år frem i tid, altså senest " + formats.dato(senest)
						+ ".");
		}
		assertThat(status(tb(1))).isEqualTo(OppdragStatus.IKKE_STARTET);
		assertThat(flyt.endreStatus(tb(1), new StatusEndring(OppdragStatus.FORSINKET, null, senest, "Venter",
				versjon(tb(1))), leder).oppdrag().forventetDato()).isEqualTo(senest);
		// Sent with another status by the API or another module, even the saved date is a date meant: refused.
		assertThatThrownBy(() -> flyt.endreStatus(tb(1), new StatusEndring(OppdragStatus.LEVERT, null, senest, null,
				versjon(tb(1))), leder)).isInstanceOf(Avvist.class).hasMessageContaining("hører til status Forsinket");
		// Leaving Forsinket, the page sends the saved date back as it was: that is no new date, and it is cleared.
		OppdragDetalj levert = flyt.endreStatus(tb(1), new StatusEndring(OppdragStatus.LEVERT, null, senest, "Venter",
				versjon(tb(1)), true), leder);
		assertThat(levert.oppdrag().status()).isEqualTo(OppdragStatus.LEVERT);
		assertThat(levert.oppdrag().forventetDato()).isNull();
		// A desk officer sets no expected date.
		assertThatThrownBy(() -> flyt.endreStatus(tb(2), new StatusEndring(OppdragStatus.UTGAAR, null,
				idag.plusDays(3), "Avlyst", versjon(tb(2))), uklarert())).isInstanceOf(Nektet.class);
		assertThat(status(tb(2))).isEqualTo(OppdragStatus.IKKE_STARTET);
	}

	@Test
	void aNoteOrReasonWithTheNulCharacterIsRefusedNamingItsField() {
		CurrentUser leder = leder(divisjon.id());
		assertThatThrownBy(() -> sett(tb(1), OppdragStatus.PAAGAAR, "Halvveis\u0000", leder))
			.isInstanceOfSatisfying(Avvist.class, a -> {
				assertThat(a).hasMessage(OppdragArbeidsflyt.NUL_TEGN);
				assertThat(a.felt()).containsExactly("notat");
			});
		assertThatThrownBy(() -> flyt.endreStatus(tb(1), new StatusEndring(OppdragStatus.FORSINKET, null,
				LocalDate.now(Formats.OSLO).plusDays(5), "Venter\u0000", versjon(tb(1))), leder))
			.isInstanceOfSatisfying(Avvist.class, a -> assertThat(a.felt()).containsExactly("grunn"));
		assertThat(status(tb(1))).isEqualTo(OppdragStatus.IKKE_STARTET);
	}

	@Test
	void theFormsDateIsReadAsIsoOrAsNorwegiansWriteItAndADateThatDoesNotExistIsRefused() {
		assertThat(StatusEndring.dato(" ")).isNull();
		assertThat(StatusEndring.dato("2026-12-31")).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(StatusEndring.dato("1.3.2026")).isEqualTo(LocalDate.of(2026, 3, 1));
		for (String ugyldig : List.of("2026-02-31", "31.02.2026", "i morgen")) {
			assertThatThrownBy(() -> StatusEndring.dato(ugyldig)).isInstanceOfSatisfying(Avvist.class, a -> {
				assertThat(a).hasMessage("«" + ugyldig + "» er ikke en gyldig dato. Skriv ny forventet dato som "
						+ "31.12.2026 eller 2026-12-31.");
				assertThat(a.felt()).containsExactly("forventetDato");
			});
		}
		assertThatThrownBy(() -> StatusEndring.dato("2026-\u000002-01")).hasMessageStartingWith("«2026-02-01» er ikke");
	}

	/** A lead of the fixture's division with clearance, who may read what the wholly exempt TB-3 hides from others. */
	CurrentUser klarertLeder() {
		return new CurrentUser(5, "leder-klarert", "Klarert Leder", Rolle.HDIR_LEDER, divisjon.id(), true);
	}

	@Test
	void anUnclearedLeadCannotTellAHiddenNoteOrReasonFromAGuessByWhetherItIsSaved() {
		LocalDate dato = LocalDate.now(Formats.OSLO).plusMonths(2);
		flyt.endreStatus(tb(3), new StatusEndring(OppdragStatus.FORSINKET, "Skjult fremdrift", dato, "Skjult grunn",
				versjon(tb(3))), klarertLeder());
		CurrentUser uklarertLeder = leder(divisjon.id());
		// Keep status, the right guess and another text alike: saved, a version and a history row each.
		for (String notat : List.of("Skjult fremdrift", "Feil gjetning", "Skjult fremdrift")) {
			long foer = versjon(tb(3));
			int rader = historikkrader(tb(3));
			flyt.endreStatus(tb(3), new StatusEndring(null, notat, null, null, foer, true), uklarertLeder);
			assertThat(versjon(tb(3))).isEqualTo(foer + 1);
			assertThat(historikkrader(tb(3))).isEqualTo(rader + 1);
		}
		// The reason the same way, while it stays Forsinket with the date the form came with.
		for (String grunn : List.of("Skjult grunn", "Annen grunn", "Annen grunn")) {
			long foer = versjon(tb(3));
			int rader = historikkrader(tb(3));
			flyt.endreStatus(tb(3), new StatusEndring(null, null, dato, grunn, foer, true), uklarertLeder);
			assertThat(versjon(tb(3))).isEqualTo(foer + 1);
			assertThat(historikkrader(tb(3))).isEqualTo(rader + 1);
		}
		assertThat(leser.detalj(tb(3), klarert()).orElseThrow().statusGrunn()).isEqualTo("Annen grunn");
		// Who can read them still learns that nothing differs.
		assertThatThrownBy(() -> flyt.endreStatus(tb(3), new StatusEndring(null, "Skjult fremdrift", null, null,
				versjon(tb(3)), true), klarertLeder())).isInstanceOf(IngenEndring.class);
		assertThatThrownBy(() -> flyt.endreStatus(tb(3), new StatusEndring(null, null, dato, "Annen grunn",
				versjon(tb(3)), true), klarertLeder())).isInstanceOf(IngenEndring.class);
	}

	int historikkrader(String id) {
		return jdbc.queryForObject("""
				SELECT count(*) FROM oppdrag_historikk h JOIN oppdrag o ON o.id = h.oppdrag_id
				WHERE o.visnings_id = ?""", Integer.class, id);
	}

	@Test
	void onAWhollyExemptAssignmentOnlyAClearedDeskOfficerDecidesOnTheDeliveryOrClosesIt() {
		sett(tb(3), OppdragStatus.LEVERT, null, leder(divisjon.id()));
		OppdragSummary somUklarert = queries.find(tb(3), uklarert()).orElseThrow();
		assertThat(flyt.muligeStatuser(somUklarert, uklarert())).isEmpty();
		assertThat(flyt.kreverKlarering(somUklarert, uklarert())).isTrue();
		for (OppdragStatus til : List.of(OppdragStatus.FULLFORT, OppdragStatus.PAAGAAR, OppdragStatus.UTGAAR)) {
			assertThatThrownBy(() -> flyt.endreStatus(tb(3), new StatusEndring(til, "Mangler vedlegg", null,
					"Ikke aktuelt", versjon(tb(3))), uklarert()))
				.isInstanceOf(Nektet.class).hasMessage(OppdragArbeidsflyt.KREVER_KLARERING);
		}
		assertThat(status(tb(3))).isEqualTo(OppdragStatus.LEVERT);
		// A comment is no decision; the lead's own reporting and an assignment without exemption are as before.
		sett(tb(3), null, "Når kommer vedlegget?", uklarert());
		assertThat(flyt.muligeStatuser(queries.find(tb(1), uklarert()).orElseThrow(), uklarert()))
			.containsExactly(OppdragStatus.UTGAAR);
		OppdragSummary somKlarert = queries.find(tb(3), klarert()).orElseThrow();
		assertThat(flyt.kreverKlarering(somKlarert, klarert())).isFalse();
		assertThat(flyt.muligeStatuser(somKlarert, klarert())).containsExactly(OppdragStatus.FULLFORT,
				OppdragStatus.PAAGAAR, OppdragStatus.UTGAAR);
		assertThat(sett(tb(3), OppdragStatus.FULLFORT, null, klarert()).oppdrag().status())
			.isEqualTo(OppdragStatus.FULLFORT);
	}

	@Test
	void onAWhollyExemptAssignmentAnUnclearedAdminMakesNoDecisionButKeepsTheLeadsStatuses() {
		sett(tb(3), OppdragStatus.LEVERT, null, leder(divisjon.id()));
		OppdragSummary somUklarert = queries.find(tb(3), admin()).orElseThrow();
		assertThat(flyt.kreverKlarering(somUklarert, admin())).isTrue();
		assertThat(flyt.muligeStatuser(somUklarert, admin())).doesNotContain(OppdragStatus.FULLFORT,
				OppdragStatus.PAAGAAR, OppdragStatus.UTGAAR)
			.contains(OppdragStatus.IKKE_STARTET, OppdragStatus.FORSINKET, OppdragStatus.LEVERT);
		int rader = historikkrader(tb(3));
		for (OppdragStatus til : List.of(OppdragStatus.FULLFORT, OppdragStatus.PAAGAAR, OppdragStatus.UTGAAR)) {
			assertThatThrownBy(() -> flyt.endreStatus(tb(3), new StatusEndring(til, "Mangler vedlegg", null,
					"Ikke aktuelt", versjon(tb(3))), admin()))
				.isInstanceOf(Nektet.class).hasMessage(OppdragArbeidsflyt.KREVER_KLARERING);
		}
		assertThat(status(tb(3))).isEqualTo(OppdragStatus.LEVERT);
		assertThat(historikkrader(tb(3))).isEqualTo(rader);
		// Not delivered, Pågår is the lead's status, no send-back: allowed, as the lead's other statuses are.
		sett(tb(3), OppdragStatus.IKKE_STARTET, null, admin());
		assertThat(flyt.muligeStatuser(queries.find(tb(3), admin()).orElseThrow(), admin()))
			.contains(OppdragStatus.PAAGAAR).doesNotContain(OppdragStatus.FULLFORT, OppdragStatus.UTGAAR);
		assertThat(sett(tb(3), OppdragStatus.PAAGAAR, null, admin()).oppdrag().status())
			.isEqualTo(OppdragStatus.PAAGAAR);
		assertThat(sett(tb(3), OppdragStatus.LEVERT, null, admin()).oppdrag().status()).isEqualTo(OppdragStatus.LEVERT);
		// An assignment without exemption, and a cleared admin on this one, are as before.
		assertThat(flyt.muligeStatuser(queries.find(tb(1), admin()).orElseThrow(), admin()))
			.containsExactly(OppdragStatus.values());
		OppdragSummary somKlarert = queries.find(tb(3), klarertAdmin()).orElseThrow();
		assertThat(flyt.kreverKlarering(somKlarert, klarertAdmin())).isFalse();
		assertThat(flyt.muligeStatuser(somKlarert, klarertAdmin())).containsExactly(OppdragStatus.values());
		assertThat(sett(tb(3), OppdragStatus.PAAGAAR, "Mangler vedlegg", klarertAdmin()).oppdrag().status())
			.isEqualTo(OppdragStatus.PAAGAAR);
	}

	@Test
	void atYearEndAnUnclearedAdminCannotEndAWhollyExemptAssignmentInsteadOfCarryingItOver() {
		long rad = jdbc.queryForObject("SELECT id FROM oppdrag WHERE visnings_id = ?", Long.class, tb(3));
		String valg = rad + ":" + versjon(tb(3));
		assertThatThrownBy(() -> flyt.viderefor(aar, List.of(valg), "Ikke aktuelt", admin()))
			.isInstanceOfSatisfying(Avvist.class, a -> {
				assertThat(a).hasMessage("Oppdrag " + tb(3) + " er unntatt offentlighet i sin helhet (offl. § 22). "
						+ "Bare en administrator med klarering kan avslutte det i stedet for å videreføre det. "
						+ "Ingenting er lagret.");
				assertThat(a.felt()).containsExactly("avsluttes");
			});
		assertThat(status(tb(3))).isEqualTo(OppdragStatus.IKKE_STARTET);
		assertThat(queries.count(OppdragFilter.alle().medAar(aar + 1), klarert())).isZero();
		flyt.viderefor(aar, List.of(valg), "Ikke aktuelt", klarertAdmin());
		assertThat(status(tb(3))).isEqualTo(OppdragStatus.UTGAAR);
	}

	@Test
	void afterAConflictAFieldLeftAsLoadedComesBackAsSavedNowAndAChangedOneIsNamed() {
		CurrentUser leder = leder(divisjon.id());
		sett(tb(1), OppdragStatus.PAAGAAR, "Gammel fremdrift", leder);
		long apnet = versjon(tb(1));
		// Tab A: only the note.
		sett(tb(1), null, "Ny fremdrift", leder);
		// Tab B: Levert, the note as the form was loaded (CRLF and all, as a browser sends it).
		assertThatThrownBy(() -> flyt.endreStatus(tb(1), new StatusEndring(OppdragStatus.LEVERT, "Gammel fremdrift\r\n",
				null, "", apnet, true), leder))
			.isInstanceOfSatisfying(Konflikt.class, k -> {
				assertThat(k.uendret()).contains("notat", "forventetDato", "grunn").doesNotContain("status");
				assertThat(k.felt()).isEmpty();
				assertThat(k).hasMessageContaining("Fremdrift er endret. Status er fortsatt «Pågår». Feltene du ikke "
						+ "har endret, viser nå det som er lagret. Se hva som er endret, og prøv igjen.");
			});
		// Tab B wrote a note of its own: kept, and named as what collides.
		assertThatThrownBy(() -> flyt.endreStatus(tb(1), new StatusEndring(OppdragStatus.LEVERT, "Min fremdrift",
				null, "", apnet, true), leder))
			.isInstanceOfSatisfying(Konflikt.class, k -> {
				assertThat(k.uendret()).doesNotContain("notat");
				assertThat(k.felt()).containsExactly("notat");
				assertThat(k).hasMessageContaining("Du har også endret fremdrift: det du valgte eller skrev, står igjen "
						+ "i skjemaet.");
			});
		// An expected date the form was loaded with and another tab took away comes back empty.
		LocalDate dato = LocalDate.now(Formats.OSLO).plusMonths(2);
		flyt.endreStatus(tb(2), new StatusEndring(OppdragStatus.FORSINKET, null, dato, "Venter", versjon(tb(2))),
				leder);
		long forsinket = versjon(tb(2));
		sett(tb(2), OppdragStatus.PAAGAAR, null, leder);
		assertThatThrownBy(() -> flyt.endreStatus(tb(2), new StatusEndring(null, "Litt fram", dato, "Venter",
				forsinket, true), leder))
			.isInstanceOfSatisfying(Konflikt.class, k -> {
				assertThat(k.uendret()).contains("forventetDato", "grunn");
				assertThat(k.felt()).isEmpty();
			});
	}

	@Test
	void afterAConflictAHiddenNoteOrReasonIsNeverTakenForLeftAsLoaded() {
		LocalDate dato = LocalDate.now(Formats.OSLO).plusMonths(2);
		flyt.endreStatus(tb(3), new StatusEndring(OppdragStatus.FORSINKET, "Skjult", dato, "Skjult grunn",
				versjon(tb(3))), klarertLeder());
		long apnet = versjon(tb(3));
		flyt.endreStatus(tb(3), new StatusEndring(null, "Skjult igjen", null, null, apnet), klarertLeder());
		// The uncleared lead's fields started empty: whatever was sent is the lead's own, never the saved text.
		assertThatThrownBy(() -> flyt.endreStatus(tb(3), new StatusEndring(OppdragStatus.LEVERT, "Gjetning", dato,
				null, apnet, true), leder(divisjon.id())))
			.isInstanceOfSatisfying(Konflikt.class, k -> {
				assertThat(k.uendret()).containsExactly("forventetDato");
				assertThat(k.felt()).containsExactly("notat");
				assertThat(k.gjeldende().fremdrift()).isNull();
			});
	}
}
