package no.hod.styringsregister.tildelingsbrev;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.testsupport.TestDocuments;
import no.hod.styringsregister.web.Formats;

import static no.hod.styringsregister.tildelingsbrev.Brevsteg.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A new version of a letter that changes a budget line's amount: the line on Bevilgninger, in the API and in the
 * exports says from what, to what, when and by which letter; a line it left alone says nothing. A line the admin added
 * by hand at the first import (719.01, which the 2025 letter does not have) is proposed again on the new version,
 * marked as the earlier correction: kept, it stays in the register; ticked out, it goes. The real 2025 letter and its
 * corrected copy (701.21: 30 000 → 35 500) as the letters of 2011 (kept) and 2050 (ticked out): the letter parser
 * reads only years 20xx, and these two are left to the benchmarks, which run only when asked for, so no other test's
 * letter or lines share them.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LetterReimportAmountAndHandLineTests {

	private static final String LESER = "belop-leser";

	private static final Map<String, String> NY_LINJE = Map.of("nyLinje.kapittel", "719", "nyLinje.post", "01",
			"nyLinje.navn", "Driftsutgifter", "nyLinje.belop", "73 326");

	private static final String MERKE = "Lagt til for hånd ved forrige import";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BrukerService brukere;

	@Autowired
	JsonMapper json;

	private static final int BEHOLDT = 2011;

	private static final int TATT_UT = 2050;

	private long etat;

	private long brevId;

	/** The review of the new version where the line was kept, as the admin saw it. */
	private String gjennomgang;

	@BeforeAll
	void importertToGangerMedEnLinjeLagtTilForHand() throws Exception {
		Brevsteg.saksbehandler(brukere, LESER, false);
		etat = jdbc.sql("SELECT id FROM etat WHERE navn = 'Helsedirektoratet'").query(Long.class).single();
		brevId = forsteImportMedLinje(BEHOLDT);
		String igjen = Brevsteg.lastOpp(mvc, endret(BEHOLDT), ADMIN);
		gjennomgang = Brevsteg.side(mvc, igjen, ADMIN);
		assertThat(bekreft(igjen, gjennomgang, Set.of())).isEqualTo(brevId);

		long annet = forsteImportMedLinje(TATT_UT);
		String utkast = Brevsteg.lastOpp(mvc, endret(TATT_UT), ADMIN);
		String side = Brevsteg.side(mvc, utkast, ADMIN);
		assertThat(side).contains(MERKE);
		assertThat(bekreft(utkast, side, Set.of(rad(side, 719) + ".dropp"))).isEqualTo(annet);
	}

	@Test
	void theLineAddedByHandIsProposedAgainMarkedAsTheEarlierCorrection() {
		int rad = Integer.parseInt(rad(gjennomgang, 719).replaceAll("\\D", ""));
		assertThat(Rettingsskjema.verdi(gjennomgang, "budsjett[" + rad + "].post")).isEqualTo("1");
		assertThat(Rettingsskjema.verdi(gjennomgang, "budsjett[" + rad + "].navn")).isEqualTo("Driftsutgifter");
		assertThat(Rettingsskjema.verdi(gjennomgang, "budsjett[" + rad + "].belop")).isEqualTo("73326");
		// The mark is on that row, and on no other.
		List<String> rader = budsjettrader(gjennomgang);
		assertThat(rader.get(rad)).contains(MERKE);
		assertThat(rader.stream().filter(r -> r.contains(MERKE))).hasSize(1);
	}

	@Test
	void keptTheLineStaysInTheRegisterAndDroppedItGoes() {
		assertThat(linje719(BEHOLDT)).containsExactly("Driftsutgifter 73326");
		assertThat(linje719(TATT_UT)).isEmpty();
		// The letter's own lines are there in both years, 701.21 as the new version has it.
		for (int aar : List.of(BEHOLDT, TATT_UT)) {
			assertThat(jdbc.sql("SELECT count(*) FROM bevilgning WHERE etat_id = ? AND aar = ? AND kapittel = 701 "
					+ "AND post = 21 AND belop = 35500").params(etat, aar).query(Long.class).single()).isEqualTo(1);
		}
	}

	@Test
	void theChangedLineSaysSoOnTheAppropriationsPageAndAnUnchangedOneDoesNot() throws Exception {
		String side = Brevsteg.side(mvc, "/bevilgninger?etat=" + etat + "&aar=" + BEHOLDT, user(LESER));
		String idag = new Formats().dato(LocalDate.now(Formats.OSLO));
		Matcher endring = Pattern.compile("<p class=\"belopsendring\">(.*?)</p>", Pattern.DOTALL).matcher(side);
		List<String> endringer = new ArrayList<>();
		while (endring.find()) {
			endringer.add(endring.group(1));
		}
		// One line changed: the others, the line added by hand among them, say nothing.
		assertThat(endringer).containsExactly("Endret fra 30 000 til 35 500 ved <a href=\"/tildelingsbrev/" + brevId
				+ "#importhistorikk\">ny versjon av brevet " + idag + "</a>");
		// On the row of the changed line, beside its new amount.
		String rad = side.substring(side.lastIndexOf("<tr", side.indexOf("class=\"belopsendring\"")),
				side.indexOf("</tr>", side.indexOf("class=\"belopsendring\"")));
		assertThat(rad).contains("701.21", "35 500");
		// The link leads to the letter's import history, which the reader may open.
		assertThat(Brevsteg.side(mvc, "/tildelingsbrev/" + brevId, user(LESER))).contains("id=\"importhistorikk\"");
	}

	@Test
	void theApiGivesEachLineItsAmountHistoryAfterTheFieldsItHad() throws Exception {
		MvcResult svar = mvc.perform(get("/api/bevilgninger").param("agency", String.valueOf(etat))
			.param("year", String.valueOf(BEHOLDT)).with(user(LESER))).andReturn();
		assertThat(svar.getResponse().getStatus()).isEqualTo(200);
		JsonNode linjer = json.readTree(svar.getResponse().getContentAsString(StandardCharsets.UTF_8)).get("lines");
		List<JsonNode> endret = new ArrayList<>();
		for (JsonNode linje : linjer) {
			List<String> felter = new ArrayList<>(linje.propertyNames());
			assertThat(felter).containsExactly("chapter", "post", "name", "amount", "previousYearAmount", "kind",
					"comment", "oppdrag", "ministry", "amountHistory");
			if (!linje.get("amountHistory").isEmpty()) {
				endret.add(linje);
			}
		}
		assertThat(linjer.size()).isGreaterThan(10);
		assertThat(endret).hasSize(1);
		JsonNode linje = endret.get(0);
		assertThat(linje.get("chapter").asInt()).isEqualTo(701);
		assertThat(linje.get("post").asInt()).isEqualTo(21);
		assertThat(linje.get("amount").asLong()).isEqualTo(35_500L);
		JsonNode historikk = linje.get("amountHistory");
		assertThat(historikk.size()).isEqualTo(1);
		assertThat(historikk.get(0).get("previous").asLong()).isEqualTo(30_000L);
		assertThat(historikk.get(0).get("amount").asLong()).isEqualTo(35_500L);
		assertThat(historikk.get(0).get("letterId").asLong()).isEqualTo(brevId);
		assertThat(OffsetDateTime.parse(historikk.get(0).get("at").asString()).atZoneSameInstant(Formats.OSLO)
			.toLocalDate()).isEqualTo(LocalDate.now(Formats.OSLO));
	}

	@Test
	void theCsvHasTheChangeInAColumnBeforeRadtype() throws Exception {
		String csv = mvc.perform(get("/bevilgninger/eksport.csv").param("etat", String.valueOf(etat))
			.param("aar", String.valueOf(BEHOLDT)).with(user(LESER))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<String> linjer = csv.lines().toList();
		assertThat(linjer.get(0)).endsWith(";Endret ved ny versjon av brevet;Radtype");
		String idag = new Formats().dato(LocalDate.now(Formats.OSLO));
		// One line's cell, the last before «Radtype» (a comment may hold line breaks, so the file is read whole).
		assertThat(csv.split("Endret fra", -1)).hasSize(2);
		assertThat(csv).contains(";Endret fra 30 000 til 35 500 ved ny versjon av brevet " + idag + ";Linje\r\n");
		// An unchanged line has the column empty.
		assertThat(linjer.stream().filter(l -> l.startsWith("719;01;")).findFirst().orElseThrow()).endsWith(";;Linje");
	}

	/** The 2025 letter as the letter of {@code aar}, confirmed with 719.01 added by hand; the letter's id. */
	private long forsteImportMedLinje(int aar) throws Exception {
		String utkast = Brevsteg.lastOpp(mvc, Brevsteg.brev2025Som(aar), ADMIN);
		String side = Brevsteg.side(mvc, utkast, ADMIN);
		assertThat(side).doesNotContain(MERKE);
		MvcResult lagret = mvc.perform(Rettingsskjema.fyltUt(post(utkast + "/rett").with(ADMIN).with(csrf()), side,
				NY_LINJE)).andReturn();
		assertThat(lagret.getResponse().getRedirectedUrl()).isEqualTo(utkast);
		String lagt = Brevsteg.side(mvc, utkast, ADMIN);
		// A line the admin adds now is no earlier correction.
		assertThat(lagt).doesNotContain(MERKE);
		long id = bekreft(utkast, lagt, Set.of());
		assertThat(linje719(aar)).containsExactly("Driftsutgifter 73326");
		return id;
	}

	/** The corrected copy of the 2025 letter as the letter of {@code aar}. */
	private static String endret(int aar) {
		return TestDocuments.resource("/letters/tildelingsbrev-2025-endret.txt").replace("2025", String.valueOf(aar));
	}

	/** Confirms the review as the page has it, with the boxes named ticked too; the letter's id. */
	private long bekreft(String utkast, String side, Set<String> kryss) throws Exception {
		Map<String, String> avkrysset = new HashMap<>();
		kryss.forEach(k -> avkrysset.put(k, "true"));
		String adresse = mvc.perform(Rettingsskjema.fyltUt(post(utkast + "/bekreft").with(ADMIN)
			.with(csrf()), side, avkrysset)).andReturn().getResponse().getRedirectedUrl();
		assertThat(adresse).matches("/tildelingsbrev/\\d+");
		return Long.parseLong(adresse.substring("/tildelingsbrev/".length()));
	}

	/** The review form's name of the budget row with the chapter ({@code budsjett[57]}). */
	private static String rad(String side, int kapittel) {
		Matcher m = Pattern.compile("name=\"(budsjett\\[\\d+])\\.kapittel\" value=\"" + kapittel + "\"").matcher(side);
		assertThat(m.find()).as("a budget row of chapter " + kapittel).isTrue();
		return m.group(1);
	}

	/** The review's budget rows, in order. */
	private static List<String> budsjettrader(String side) {
		List<String> rader = new ArrayList<>();
		for (String del : side.split("<tr")) {
			if (del.contains("name=\"budsjett[")) {
				rader.add(del);
			}
		}
		return rader;
	}

	private List<String> linje719(int aar) {
		return jdbc.sql("SELECT navn || ' ' || belop FROM bevilgning WHERE etat_id = ? AND aar = ? AND kapittel = 719 "
				+ "AND post = 1").params(etat, aar).query(String.class).list();
	}
}
