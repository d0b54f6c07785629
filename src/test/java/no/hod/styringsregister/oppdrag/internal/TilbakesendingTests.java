package no.hod.styringsregister.oppdrag.internal;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.oppdrag.OppdragImport;
import no.hod.styringsregister.oppdrag.OppdragStatus;
import no.hod.styringsregister.oppdrag.OppdragSvar;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.testsupport.IntegrationTest;

import static no.hod.styringsregister.oppdrag.internal.OppdragTestdata.admin;
import static no.hod.styringsregister.oppdrag.internal.OppdragTestdata.klarert;
import static no.hod.styringsregister.oppdrag.internal.OppdragTestdata.leder;
import static no.hod.styringsregister.oppdrag.internal.OppdragTestdata.uklarert;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Only the ministry sends a delivery back: a lead moving her own delivery from Levert back to Pågår corrects it, and
 * neither the assignment page (whoever reads it) nor her start page's feed calls that sent back.
 */
@IntegrationTest
@AutoConfigureMockMvc
class TilbakesendingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OppdragImport oppdragImport;

	@Autowired
	OppdragArbeidsflyt flyt;

	@Autowired
	OppdragLeser leser;

	@Autowired
	OrganisasjonService organisasjon;

	@Autowired
	BrukerService brukere;

	@Autowired
	JdbcTemplate jdbc;

	RutetBrev brev;

	CurrentUser leder;

	OffsetDateTime start;

	@BeforeEach
	void importerOgRut() {
		brev = RutetBrev.importer(oppdragImport, organisasjon, flyt);
		leder = leder(brev.divisjon().id());
		start = OffsetDateTime.now().minusMinutes(1);
	}

	@Test
	void aLeadMovingHerOwnDeliveryBackIsNoSendingBackOnThePageNorInTheFeed() throws Exception {
		String tb = brev.tb(1);
		sett(tb, OppdragStatus.LEVERT, "Rapport levert", leder);
		sett(tb, OppdragStatus.PAAGAAR, "Glemte et vedlegg", leder);

		assertThat(leser.detalj(tb, klarert()).orElseThrow().tilbakesendt(klarert())).isEmpty();
		assertThat(leser.detalj(tb, leder).orElseThrow().tilbakesendt(leder)).isEmpty();
		assertThat(leser.replies(brev.divisjon().id(), start, leder)).extracting(OppdragSvar::id)
			.doesNotContain(tb);
		String saksbehandler = "ts-" + UUID.randomUUID().toString().substring(0, 8);
		brukere.create(new NyBruker(saksbehandler, "Sara Saksbehandler", "passord-passord-1", Rolle.HOD_SAKSBEHANDLER,
				null, true, null));
		String side = new String(mvc.perform(get("/oppdrag/" + tb).with(user(saksbehandler).roles("HOD_SAKSBEHANDLER")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(side).contains("Glemte et vedlegg").doesNotContain("Leveransen ble sendt tilbake");
	}

	@Test
	void theMinistrysSendingBackIsOneOnThePageAndInTheFeedAlike() {
		String tb = brev.tb(2);
		sett(tb, OppdragStatus.LEVERT, "Rapport levert", leder);
		sett(tb, OppdragStatus.PAAGAAR, "Mangler kostnadsoverslag", uklarert());
		String annen = brev.tb(1);
		sett(annen, OppdragStatus.LEVERT, "Rapport levert", leder);
		sett(annen, OppdragStatus.PAAGAAR, "Mangler vedlegg", admin());

		for (String id : new String[] { tb, annen }) {
			assertThat(leser.detalj(id, klarert()).orElseThrow().tilbakesendt(klarert())).isPresent();
			assertThat(leser.detalj(id, leder).orElseThrow().tilbakesendt(leder)).isPresent();
		}
		assertThat(leser.replies(brev.divisjon().id(), start, leder))
			.filteredOn(s -> s.slag() == OppdragSvar.Slag.SENDT_TILBAKE)
			.extracting(OppdragSvar::id)
			.contains(tb, annen);
	}

	@Test
	void aRowFromBeforeRolesWereRecordedIsNoSendingBackOnlyToTheOneWhoMadeIt() {
		String tb = brev.tb(1);
		sett(tb, OppdragStatus.LEVERT, "Rapport levert", leder);
		sett(tb, OppdragStatus.PAAGAAR, "Glemte et vedlegg", leder);
		// The history cannot be changed, so the same move again as a row written before the role was recorded.
		jdbc.update("INSERT INTO oppdrag_historikk (oppdrag_id, bruker_id, bruker_navn, type, felt, fra, til) "
				+ "SELECT id, ?, ?, 'STATUS', 'status', 'LEVERT', 'PAAGAAR' FROM oppdrag WHERE visnings_id = ?",
				leder.id(), leder.navn(), tb);

		assertThat(leser.detalj(tb, leder).orElseThrow().tilbakesendt(leder)).isEmpty();
		assertThat(leser.detalj(tb, klarert()).orElseThrow().tilbakesendt(klarert())).isPresent();
	}

	private void sett(String id, OppdragStatus status, String notat, CurrentUser hvem) {
		long versjon = jdbc.queryForObject("SELECT versjon FROM oppdrag WHERE visnings_id = ?", Long.class, id);
		flyt.endreStatus(id, new StatusEndring(status, notat, null, null, versjon), hvem);
	}
}
