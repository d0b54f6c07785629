package no.hod.styringsregister.tildelingsbrev;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.testsupport.IntegrationTest;

import static no.hod.styringsregister.tildelingsbrev.Brevsteg.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * Withdrawing a letter confirmed by mistake, and undoing it by importing the kept file again: the real 2025 letter as
 * the letter of 2087, a year no other test uses.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LetterWithdrawalTests {

	private static final String SAKSBEHANDLER = "trekk-saksbehandler";

	/** The history row of the withdrawal: by whom, and why. */
	private static final String FJERNET = "FJERNET Administrator: Tildelingsbrevet ble trukket tilbake";

	private static final String BREV = Brevsteg.brev2025Som(2087);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BrukerService brukere;

	@BeforeAll
	void brukere() {
		Brevsteg.saksbehandler(brukere, SAKSBEHANDLER, false);
	}

	@Test
	void aWithdrawnLetterLeavesTheRegisterAndItsOwnFileBringsItBackWithTheAssignmentsHistory() throws Exception {
		String utkast = last(BREV);
		String brevAdresse = mvc.perform(post(utkast + "/bekreft").with(ADMIN).with(csrf())).andReturn().getResponse()
			.getRedirectedUrl();
		long brevId = Long.parseLong(brevAdresse.substring("/tildelingsbrev/".length()));
		int oppdrag = antall("SELECT count(*) FROM oppdrag WHERE brev_id = ? AND NOT fjernet", brevId);
		int linjer = antall("SELECT count(*) FROM bevilgning WHERE brev_id = ?", brevId);
		int fullmakter = antall("SELECT count(*) FROM fullmakt WHERE brev_id = ?", brevId);
		int kalender = antall("SELECT count(*) FROM kalenderoppforing WHERE brev_id = ?", brevId);
		assertThat(oppdrag).isGreaterThan(50);
		assertThat(linjer).isPositive();
		assertThat(kalender).isPositive();

		// Work on one assignment, through the API as the pages do it: in the history under the admin's name.
		long versjon = jdbc.sql("SELECT versjon FROM oppdrag WHERE offisiell_id = 'TB2087-5'").query(Long.class).single();
		mvc.perform(post("/api/oppdrag/TB2087-5/status").with(ADMIN).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\": \"PAAGAAR\", \"note\": \"Arbeidet er i gang\", \"version\": " + versjon + "}"))
			.andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(200));
		assertThat(api("/api/oppdrag?year=2087&size=500", SAKSBEHANDLER)).contains("\"total\":" + oppdrag);
		String brevLenke = "href=\"/tildelingsbrev/" + brevId + "\"";
		assertThat(side("/oppdrag/TB2087-5", user(SAKSBEHANDLER))).contains(brevLenke);

		// An admin edited one calendar entry by hand and removed another (what the calendar's pages write).
		List<Long> oppforinger = jdbc.sql("SELECT id FROM kalenderoppforing WHERE brev_id = ? ORDER BY id LIMIT 2")
			.param(brevId).query(Long.class).list();
		jdbc.sql("UPDATE kalenderoppforing SET manuelt_endret = true, merknad = 'Flyttet' WHERE id = ?")
			.param(oppforinger.get(0)).update();
		jdbc.sql("UPDATE kalenderoppforing SET manuelt_endret = true, slettet = true WHERE id = ?")
			.param(oppforinger.get(1)).update();

		// The confirmation page says what goes, and warns of the work recorded.
		String side = side("/tildelingsbrev/" + brevId + "/trekk-tilbake", ADMIN);
		assertThat(side).contains("id=\"antall-oppdrag\">" + oppdrag + "<")
			.contains("id=\"antall-med-arbeid\">1<")
			.contains("id=\"antall-budsjett\">" + linjer + "<")
			.contains("id=\"antall-fullmakter\">" + fullmakter + "<")
			.contains("id=\"antall-kalender\">" + (kalender - 1) + "<")
			.contains("1 av kalenderoppføringene er endret for hånd")
			.contains("Det er registrert arbeid på 1 av oppdragene")
			.containsPattern("<span>TB2087-5</span>\\s*<span>[^<]+</span>\\s*\\(<span>Pågår</span>\\)");
		assertThat(antall("SELECT count(*) FROM oppdrag WHERE brev_id = ? AND NOT fjernet", brevId)).isEqualTo(oppdrag);

		// Not for anyone but an admin: the service refuses, and nothing is taken out.
		mvc.perform(post("/tildelingsbrev/" + brevId + "/trekk-tilbake").with(user(SAKSBEHANDLER)).with(csrf()))
			.andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(403));
		mvc.perform(get("/tildelingsbrev/" + brevId + "/trekk-tilbake").with(user(SAKSBEHANDLER)))
			.andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(403));
		assertThat(antall("SELECT count(*) FROM oppdrag WHERE brev_id = ? AND NOT fjernet", brevId)).isEqualTo(oppdrag);
		assertThat(jdbc.sql("SELECT trukket_tilbake IS NULL FROM tildelingsbrev WHERE id = ?").param(brevId)
			.query(Boolean.class).single()).isTrue();

		MvcResult trukket = mvc.perform(post("/tildelingsbrev/" + brevId + "/trekk-tilbake").with(ADMIN).with(csrf()))
			.andReturn();
		assertThat(trukket.getResponse().getRedirectedUrl()).isEqualTo("/tildelingsbrev/" + brevId);
		assertThat(trukket.getFlashMap().get("melding")).isEqualTo("Brevet er trukket tilbake: " + oppdrag
				+ " oppdrag, " + linjer + " budsjettlinjer, " + fullmakter + " fullmakter og " + (kalender - 1)
				+ " kalenderoppføringer er tatt ut av registeret.");

		// Everything the letter produced is out of the register; the assignments are marked, not deleted.
		assertThat(antall("SELECT count(*) FROM oppdrag WHERE brev_id = ? AND NOT fjernet", brevId)).isZero();
		assertThat(antall("SELECT count(*) FROM oppdrag WHERE brev_id = ?", brevId)).isEqualTo(oppdrag);
		assertThat(antall("SELECT count(*) FROM bevilgning WHERE brev_id = ?", brevId)).isZero();
		assertThat(antall("SELECT count(*) FROM fullmakt WHERE brev_id = ?", brevId)).isZero();
		// The entry edited by hand goes too (still the withdrawn letter's date); the one removed by hand stays removed.
		assertThat(jdbc.sql("SELECT id FROM kalenderoppforing WHERE brev_id = ?").param(brevId).query(Long.class)
			.list()).containsExactly(oppforinger.get(1));
		List<String> historikk = historikk("TB2087-5");
		assertThat(historikk).containsSubsequence("OPPRETTET", "STATUS", FJERNET).endsWith(FJERNET)
			.containsOnlyOnce(FJERNET);
		assertThat(jdbc.sql("SELECT trukket_tilbake IS NOT NULL AND trukket_tilbake_av = 'Administrator' AND length(fil) > 0 "
				+ "FROM tildelingsbrev WHERE id = ?").param(brevId).query(Boolean.class).single()).isTrue();

		// A desk officer finds none of it: not the assignments (list, search, API), not the calendar, not the letter.
		assertThat(api("/api/oppdrag?year=2087", SAKSBEHANDLER)).contains("\"total\":0");
		assertThat(api("/api/oppdrag?q=TB2087-5", SAKSBEHANDLER)).contains("\"total\":0");
		assertThat(api("/api/rapporteringskalender?from=2087-01-01&to=2087-12-31", SAKSBEHANDLER))
			.isEqualTo("{\"items\":[]}");
		assertThat(side("/oppdrag?year=2087", user(SAKSBEHANDLER))).doesNotContain("TB2087-");
		assertThat(side("/tildelingsbrev", user(SAKSBEHANDLER))).doesNotContain("/tildelingsbrev/" + brevId + "\"");
		mvc.perform(get("/tildelingsbrev/" + brevId).with(user(SAKSBEHANDLER)))
			.andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(404));
		mvc.perform(get("/tildelingsbrev/" + brevId + "/fil").with(user(SAKSBEHANDLER)))
			.andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(404));
		// The assignment's page, kept for the history, names the letter without a link that would answer 404.
		assertThat(side("/oppdrag/TB2087-5", user(SAKSBEHANDLER))).doesNotContain(brevLenke)
			.containsPattern("<dd>\\s*Tildelingsbrevet for 2087 til Helsedirektoratet\\s*</dd>");
		// So is its JSON, as the README says: 200, marked removed, the status as it was; a change is refused.
		mvc.perform(get("/api/oppdrag/TB2087-5").with(user(SAKSBEHANDLER)))
			.andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(200))
			.andExpect(jsonPath("$.removed").value(true))
			.andExpect(jsonPath("$.status").value("PAAGAAR"));
		long fjernetVersjon = jdbc.sql("SELECT versjon FROM oppdrag WHERE offisiell_id = 'TB2087-5'").query(Long.class)
			.single();
		mvc.perform(post("/api/oppdrag/TB2087-5/status").with(ADMIN).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\": \"LEVERT\", \"version\": " + fjernetVersjon + "}"))
			.andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(403))
			.andExpect(jsonPath("$.error").value(startsWith("Oppdraget er tatt ut av registeret")));
		assertThat(side("/oppdrag/TB2087-5", ADMIN))
			.contains("<a " + brevLenke + ">Tildelingsbrevet for 2087 til Helsedirektoratet</a>");
		// An admin sees it withdrawn, by whom, with the way back.
		assertThat(side("/tildelingsbrev", ADMIN)).contains("/tildelingsbrev/" + brevId + "\"")
			.containsPattern("<strong>Trukket tilbake</strong>\\s*<span>[^<]+ av Administrator</span>");
		assertThat(side("/tildelingsbrev/" + brevId, ADMIN)).contains("Importer brevet på nytt")
			.doesNotContain("Trekk tilbake brevet");

		// Twice is refused, saying so; nothing more is written.
		MvcResult igjen = mvc.perform(post("/tildelingsbrev/" + brevId + "/trekk-tilbake").with(ADMIN).with(csrf()))
			.andReturn();
		assertThat((String) igjen.getFlashMap().get("feil")).startsWith("Brevet er allerede trukket tilbake (av Administrator ");
		assertThat(historikk("TB2087-5")).isEqualTo(historikk);

		// The undo: the kept file, reviewed and confirmed as any upload, into the same letter.
		String nyttUtkast = mvc.perform(post("/tildelingsbrev/" + brevId + "/importer-igjen").with(ADMIN).with(csrf()))
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(nyttUtkast).startsWith("/tildelingsbrev/import/");
		// The review says the letter comes back, not that it is a letter imported before.
		assertThat(side(nyttUtkast, ADMIN)).contains("Dette brevet er trukket tilbake. Bekrefter du, importeres det på nytt")
			.doesNotContain("Dette brevet er importert før.");
		assertThat(mvc.perform(post(nyttUtkast + "/bekreft").with(ADMIN).with(csrf())).andReturn().getResponse()
			.getRedirectedUrl()).isEqualTo("/tildelingsbrev/" + brevId);

		assertThat(antall("SELECT count(*) FROM oppdrag WHERE brev_id = ? AND NOT fjernet", brevId)).isEqualTo(oppdrag);
		assertThat(antall("SELECT count(*) FROM bevilgning WHERE brev_id = ?", brevId)).isEqualTo(linjer);
		assertThat(antall("SELECT count(*) FROM fullmakt WHERE brev_id = ?", brevId)).isEqualTo(fullmakter);
		assertThat(antall("SELECT count(*) FROM kalenderoppforing WHERE brev_id = ?", brevId)).isEqualTo(kalender);
		// The one removed by hand is not brought back; the one edited by hand is the letter's again.
		assertThat(jdbc.sql("SELECT slettet FROM kalenderoppforing WHERE id = ?").param(oppforinger.get(1))
			.query(Boolean.class).single()).isTrue();
		assertThat(antall("SELECT count(*) FROM kalenderoppforing WHERE brev_id = ? AND (manuelt_endret OR slettet)",
				brevId)).isEqualTo(1);
		assertThat(historikk("TB2087-5")).startsWith(historikk.toArray(String[]::new)).endsWith("GJENOPPRETTET")
			.hasSize(historikk.size() + 1);
		assertThat(api("/api/oppdrag/TB2087-5", SAKSBEHANDLER)).contains("\"status\":\"PAAGAAR\"")
			.contains("Arbeidet er i gang");
		assertThat(api("/api/oppdrag?year=2087&size=500", SAKSBEHANDLER)).contains("\"total\":" + oppdrag);
		assertThat(jdbc.sql("SELECT trukket_tilbake IS NULL FROM tildelingsbrev WHERE id = ?").param(brevId)
			.query(Boolean.class).single()).isTrue();
		// Both the withdrawal and the new import stay in the letter's log.
		assertThat(jdbc.sql("SELECT handling FROM tildelingsbrev_import WHERE brev_id = ? ORDER BY id").param(brevId)
			.query(String.class).list()).containsExactly("IMPORT", "TRUKKET_TILBAKE", "IMPORT");
		assertThat(side("/tildelingsbrev/" + brevId, user(SAKSBEHANDLER))).contains("Oppdragene fra brevet");
		assertThat(side("/oppdrag/TB2087-5", user(SAKSBEHANDLER))).contains(brevLenke);
	}

	/** The assignment's history, oldest first; a removal with who and why. */
	private List<String> historikk(String offisiellId) {
		return jdbc.sql("""
				SELECT h.type || CASE WHEN h.type = 'FJERNET' THEN ' ' || h.bruker_navn || ': ' || h.notat ELSE '' END
				FROM oppdrag_historikk h JOIN oppdrag o ON o.id = h.oppdrag_id
				WHERE o.offisiell_id = ? ORDER BY h.id""").param(offisiellId).query(String.class).list();
	}

	private int antall(String sql, long brevId) {
		return jdbc.sql(sql).param(brevId).query(Integer.class).single();
	}

	private String api(String adresse, String bruker) throws Exception {
		return mvc.perform(get(adresse).with(user(bruker))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private String side(String adresse, RequestPostProcessor bruker) throws Exception {
		return Brevsteg.side(mvc, adresse, bruker);
	}

	/** Uploads the letter's text for review; the review page's address. */
	private String last(String tekst) throws Exception {
		return Brevsteg.lastOpp(mvc, tekst, ADMIN);
	}
}
