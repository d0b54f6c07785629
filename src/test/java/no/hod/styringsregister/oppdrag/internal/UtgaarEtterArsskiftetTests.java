package no.hod.styringsregister.oppdrag.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import no.hod.styringsregister.oppdrag.OppdragImport;
import no.hod.styringsregister.oppdrag.OppdragImport.OppdragData;
import no.hod.styringsregister.oppdrag.OppdragImport.Tekstdel;
import no.hod.styringsregister.oppdrag.OppdragImport.Unntak;
import no.hod.styringsregister.oppdrag.OppdragRapport;
import no.hod.styringsregister.oppdrag.OppdragRapport.StatusPaaDato;
import no.hod.styringsregister.oppdrag.OppdragStatus;
import no.hod.styringsregister.organisasjon.Enhet;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.testsupport.IntegrationTest;

import static no.hod.styringsregister.oppdrag.internal.OppdragTestdata.admin;
import static no.hod.styringsregister.oppdrag.internal.OppdragTestdata.klarert;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The ministry ends an assignment (Utgår) after the year end has carried it over: its open copy in the next year is
 * ended with it, unless the division has begun on the copy, when the change is refused and names the copy. TB-1 was
 * delayed and its copy is untouched (a comment only); the copy of TB-2 has a lead's report. An agency of its own, in
 * years of its own.
 */
@IntegrationTest
@AutoConfigureMockMvc
class UtgaarEtterArsskiftetTests {

	private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

	private static final String GRUNN = "Erstattet av en ny ordning";

	@Autowired
	MockMvc mvc;

	@Autowired
	OppdragImport oppdragImport;

	@Autowired
	OppdragArbeidsflyt flyt;

	@Autowired
	OppdragLeser leser;

	@Autowired
	OppdragRapport rapport;

	@Autowired
	OrganisasjonService organisasjon;

	@Autowired
	NamedParameterJdbcTemplate jdbc;

	long etat;

	Enhet divisjon;

	int aar;

	LocalDate forventet;

	@BeforeEach
	void aaretErVidereført() throws Exception {
		aar = OppdragTestdata.nyttAar();
		String etatNavn = "Utgåttetaten " + aar;
		mvc.perform(post("/admin/organisasjon/etat").with(ADMIN).with(csrf()).param("navn", etatNavn))
			.andExpect(status().is3xxRedirection());
		etat = organisasjon.etatByName(etatNavn).orElseThrow().id();
		mvc.perform(post("/admin/organisasjon/divisjon").with(ADMIN).with(csrf())
			.param("etatId", String.valueOf(etat)).param("navn", "Divisjon nord"))
			.andExpect(status().is3xxRedirection());
		divisjon = organisasjon.divisjoner(etat).get(0);
		forventet = LocalDate.now(no.hod.styringsregister.web.Formats.OSLO).plusMonths(4);
		oppdragImport.apply(OppdragTestdata.nyttBrev(), aar, etat,
				List.of(oppdrag(tb(1), "Vaksinasjonsregisteret"), oppdrag(tb(2), "Kompetanseløft i kommunene")));
		flyt.rute(List.of(tb(1), tb(2)), divisjon.id(), null, admin());
		lederSetter(tb(1), OppdragStatus.FORSINKET, null, forventet, "Venter på Skatteetaten");
		lederSetter(tb(2), OppdragStatus.PAAGAAR, "To av fire kurs er holdt.", null, null);
		flyt.viderefor(aar, List.of(), null, admin());
	}

	@Test
	void endingTheOriginalEndsItsUntouchedCopyWithTheSameReasonAndTheCopysHistorySaysWhyAndWho() throws Exception {
		String kopi = kopi(tb(1));
		flyt.kommenter(kopi, "Vi ser på dette i januar.", false, admin());
		assertThat(skjema(tb(1))).contains("Oppdraget er videreført til " + (aar + 1) + " som " + kopi
				+ ". Settes det til Utgår, settes også " + kopi + " til Utgår, med samme begrunnelse.");
		// The copy brought the delay: the status report shows it as the copy's page does.
		StatusPaaDato forSlutt = rad(kopi);
		assertThat(forSlutt.status()).isEqualTo(OppdragStatus.VIDEREFORT);
		assertThat(forSlutt.statusGrunn()).isEqualTo("Venter på Skatteetaten");
		assertThat(forSlutt.forventetDato()).isEqualTo(forventet);
		int rader = historikk(kopi).size();

		flyt.endreStatus(tb(1), new StatusEndring(OppdragStatus.UTGAAR, null, null, GRUNN, versjon(tb(1))), klarert());

		assertThat(jdbc.queryForMap("SELECT status, status_grunn, forventet_dato FROM oppdrag WHERE visnings_id = :id",
				Map.of("id", kopi))).containsEntry("status", "UTGAAR").containsEntry("status_grunn", GRUNN)
			.containsEntry("forventet_dato", null);
		String hvorfor = "Satt til Utgår fordi " + tb(1) + " (" + aar + "), som dette er videreført fra, ble satt til "
				+ "Utgår.";
		List<String> nye = historikk(kopi).subList(rader, historikk(kopi).size());
		assertThat(nye).containsExactly(
				"Klarert Saksbehandler forventet_dato " + forventet + " → - " + hvorfor,
				"Klarert Saksbehandler status_grunn Venter på Skatteetaten → " + GRUNN + " " + hvorfor,
				"Klarert Saksbehandler status VIDEREFORT → UTGAAR " + hvorfor);
		assertThat(leser.detalj(tb(1), klarert()).orElseThrow().oppdrag().status()).isEqualTo(OppdragStatus.UTGAAR);
		StatusPaaDato etterSlutt = rad(kopi);
		assertThat(etterSlutt.status()).isEqualTo(OppdragStatus.UTGAAR);
		assertThat(etterSlutt.statusGrunn()).isEqualTo(GRUNN);
		assertThat(etterSlutt.forfalt(LocalDate.of(aar + 1, 12, 31))).isFalse();
		// Nothing left open to warn of.
		assertThat(flyt.aapneKopier(nokkel(tb(1)))).isEmpty();
	}

	@Test
	void endingTheOriginalIsRefusedWhileTheDivisionWorksOnTheCopyAndWorksOnceTheCopyIsEnded() throws Exception {
		String kopi = kopi(tb(2));
		lederSetter(kopi, OppdragStatus.PAAGAAR, "Siste kurs i mars.", null, null);
		assertThat(skjema(tb(2))).contains("Oppdraget er videreført til " + (aar + 1) + " som " + kopi
				+ ", og divisjonen har begynt på det der (status «Pågår»).");
		int originalRader = historikk(tb(2)).size();
		int kopiRader = historikk(kopi).size();

		assertThatThrownBy(() -> flyt.endreStatus(tb(2),
				new StatusEndring(OppdragStatus.UTGAAR, null, null, GRUNN, versjon(tb(2))), klarert()))
			.isInstanceOf(Avvist.class)
			.hasMessage("Oppdraget er videreført til " + (aar + 1) + " som " + kopi + ", og divisjonen har begynt på "
					+ "det der (status «Pågår»). Skal oppdraget avsluttes, setter du først " + kopi + " til Utgår; "
					+ "deretter kan også dette settes til Utgår. Ingenting er lagret.");
		assertThat(statusAv(tb(2))).isEqualTo("PAAGAAR");
		assertThat(statusAv(kopi)).isEqualTo("PAAGAAR");
		assertThat(historikk(tb(2))).hasSize(originalRader);
		assertThat(historikk(kopi)).hasSize(kopiRader);

		flyt.endreStatus(kopi, new StatusEndring(OppdragStatus.UTGAAR, null, null, GRUNN, versjon(kopi)), klarert());
		flyt.endreStatus(tb(2), new StatusEndring(OppdragStatus.UTGAAR, null, null, GRUNN, versjon(tb(2))), klarert());
		assertThat(statusAv(tb(2))).isEqualTo("UTGAAR");
		List<String> kopiensHistorikk = historikk(kopi);
		assertThat(kopiensHistorikk.get(kopiensHistorikk.size() - 1))
			.isEqualTo("Klarert Saksbehandler status PAAGAAR → UTGAAR " + GRUNN);
	}

	// --- helpers

	private String tb(int n) {
		return "TB" + aar + "-" + n;
	}

	private String kopi(String opphav) {
		return leser.detalj(opphav, klarert()).orElseThrow().videreforing().get(0).id();
	}

	private String nokkel(String id) {
		return jdbc.queryForObject("SELECT nokkel FROM oppdrag WHERE visnings_id = :id", Map.of("id", id),
				String.class);
	}

	private StatusPaaDato rad(String id) {
		return rapport.statusPaa(etat, aar + 1, LocalDate.now(no.hod.styringsregister.web.Formats.OSLO), klarert())
			.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
	}

	/** The status form's part of the assignment's page, as an admin sees it. */
	private String skjema(String id) throws Exception {
		String side = mvc.perform(get("/oppdrag/" + id).with(ADMIN)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		int start = side.indexOf("id=\"statusskjema\"");
		assertThat(start).as("the status form").isPositive();
		return side.substring(start, side.indexOf("</form>", start));
	}

	/** The assignment's history, oldest first: who, field, from → to, note. */
	private List<String> historikk(String id) {
		return jdbc.queryForList("""
				SELECT h.bruker_navn || ' ' || coalesce(h.felt, h.type) || ' ' || coalesce(h.fra, '-') || ' → '
				    || coalesce(h.til, '-') || ' ' || coalesce(h.notat, '-')
				FROM oppdrag_historikk h JOIN oppdrag o ON o.id = h.oppdrag_id
				WHERE o.visnings_id = :id ORDER BY h.id""", Map.of("id", id), String.class);
	}

	private String statusAv(String id) {
		return jdbc.queryForObject("SELECT status FROM oppdrag WHERE visnings_id = :id", Map.of("id", id),
				String.class);
	}

	private void lederSetter(String id, OppdragStatus status, String notat, LocalDate dato, String grunn) {
		flyt.endreStatus(id, new StatusEndring(status, notat, dato, grunn, versjon(id)),
				OppdragTestdata.leder(divisjon.id()));
	}

	private long versjon(String id) {
		return jdbc.queryForObject("SELECT versjon FROM oppdrag WHERE visnings_id = :id", Map.of("id", id),
				Long.class);
	}

	private OppdragData oppdrag(String id, String tittel) {
		return new OppdragData(id, "2.1", "God kompetanse", List.of("KTA"), tittel,
				List.of(new Tekstdel("Arbeidet fortsetter.", false)), List.of(LocalDate.of(aar, 6, 30)), null,
				Unntak.NONE, List.of(), List.of());
	}
}
