package no.hod.styringsregister.tildelingsbrev;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

import no.hod.styringsregister.testsupport.IntegrationTest;

import static no.hod.styringsregister.tildelingsbrev.Brevsteg.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The admin's corrections of the ministry departments of an assignment, a budget line's name and a calendar entry's
 * date, time and activity are proposed again at the letter's next import where the parser reads the same, as titles,
 * deadlines and amounts are; where the letter itself changed, its new value stands. An import through the API takes
 * them too, and says which.
 */
@IntegrationTest
@AutoConfigureMockMvc
class LetterReimportMoreCorrectionsTests {

	private static final String TITTEL = "Sykdomsbyrde og forebyggingspotensial";

	private static final String TIDSROM = "09:00-11:00";

	private static final String RETTET_TIDSROM = "10:00-12:00";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theCorrectionsAreProposedAgainAndMarked() throws Exception {
		Lest lest = bekreftMedRettinger(Brevsteg.brev2025Som(2041), 2041);

		String igjen = Brevsteg.lastOpp(mvc, Brevsteg.brev2025Som(2041), ADMIN);
		String side = Brevsteg.side(mvc, igjen, ADMIN);
		assertThat(side).contains("name=\"oppdrag[0].avdelinger\" value=\"FHA, KTA\"",
				"Rettet ved forrige import (tolket som «FHA»)",
				"name=\"budsjett[0].navn\" value=\"" + lest.navn() + " (rettet)\"",
				"Rettet ved forrige import (tolket som «" + lest.navn() + "»)",
				"name=\"kalender[0].dato\" value=\"2041-02-03\"",
				"Rettet ved forrige import (tolket som «31. januar 2041»)",
				"name=\"kalender[1].aktivitet\" value=\"Innspill til revidert nasjonalbudsjett (rettet)\"",
				"Rettet ved forrige import (tolket som «" + lest.aktivitet() + "»)",
				"name=\"kalender[" + lest.tidsrad() + "].tid\" value=\"" + RETTET_TIDSROM + "\"",
				"Rettet ved forrige import (tolket som «" + TIDSROM + "»)",
				"Rettet ved forrige import (tolket som «" + TITTEL + "»)");
		// Only the corrected fields are marked.
		assertThat(side.split("Rettet ved forrige import", -1)).hasSize(7);
		mvc.perform(post(igjen + "/avbryt").with(ADMIN).with(csrf()));
	}

	@Test
	void whereTheLetterItselfChangedItsNewValueStands() throws Exception {
		String brev = Brevsteg.brev2025Som(2048);
		Lest lest = bekreftMedRettinger(brev, 2048);

		String revidert = endreFeltene(brev, 2048);
		String utkast = Brevsteg.lastOpp(mvc, revidert, ADMIN);
		String side = Brevsteg.side(mvc, utkast, ADMIN);
		assertThat(side).contains("name=\"oppdrag[0].avdelinger\" value=\"SHA\"",
				"name=\"budsjett[0].navn\" value=\"Andre driftsutgifter\"",
				"name=\"kalender[0].dato\" value=\"2048-01-30\"",
				"name=\"kalender[1].aktivitet\" value=\"Mulige innspill til revidert nasjonalbudsjett for 2048\"",
				"name=\"kalender[" + lest.tidsrad() + "].tid\" value=\"09:30-11:00\"")
			.doesNotContain("(tolket som «FHA»)", "(tolket som «" + lest.navn() + "»)", "(tolket som «31. januar 2048»)",
					"(tolket som «" + lest.aktivitet() + "»)", "(tolket som «" + TIDSROM + "»)");
		// The title, which the letter left as it was, is still proposed corrected.
		assertThat(side.split("Rettet ved forrige import", -1)).hasSize(2);
		assertThat(side).contains("Rettet ved forrige import (tolket som «" + TITTEL + "»)");
		bekreft(utkast, Map.of());
		assertThat(avdelinger("TB2048-1")).containsExactly("SHA");
		assertThat(kalenderdato("Levere regnskapsresultatet%", 2048)).isEqualTo(LocalDate.of(2048, 1, 30));
	}

	/**
	 * An API import has no review, but a correction an admin made at the review of the letter's last import is a
	 * reviewed decision on the very value the parser reads again: it is taken, named in the answer, and kept for the
	 * next import; a value the letter changed stands.
	 */
	@Test
	void anApiImportTakesTheCorrectionsTheLetterLeftAndNamesThem() throws Exception {
		String brev = Brevsteg.brev2025Som(2058);
		Lest lest = bekreftMedRettinger(brev, 2058);

		// Changed elsewhere, and the first calendar entry's date in the letter itself.
		String revidert = brev.replace("vaksinasjon mot covid-19, sesonginfluensa",
				"vaksinasjon mot covid-19, RS-virus, sesonginfluensa").replace("31. jan. Levere", "30. jan. Levere");
		MvcResult svar = mvc.perform(multipart("/api/tildelingsbrev").file(new MockMultipartFile("file", "tb2058.txt",
				"text/plain", revidert.getBytes(StandardCharsets.UTF_8))).with(ADMIN).with(csrf())).andReturn();
		assertThat(svar.getResponse().getStatus()).isEqualTo(200);
		String json = svar.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(json).contains("\"fromEarlierCorrections\":[",
				"{\"section\":\"assignments\",\"key\":\"TB2058-1\",\"field\":\"title\"}",
				"{\"section\":\"assignments\",\"key\":\"TB2058-1\",\"field\":\"hodDepartments\"}",
				"\"field\":\"name\"}", "{\"section\":\"calendar\",\"key\":\"«" + lest.aktivitet() + "» 1\",\"field\":"
						+ "\"activity\"}",
				"\"field\":\"time\"}")
			.doesNotContain("\"field\":\"date\"");
		assertThat(jdbc.sql("SELECT tittel FROM oppdrag WHERE offisiell_id = 'TB2058-1'").query(String.class).single())
			.isEqualTo(TITTEL + " (rettet)");
		assertThat(avdelinger("TB2058-1")).containsExactly("FHA", "KTA");
		assertThat(kalenderdato("Levere regnskapsresultatet%", 2058)).isEqualTo(LocalDate.of(2058, 1, 30));
		assertThat(kalenderdato("Innspill til revidert nasjonalbudsjett (rettet)", 2058)).isNotNull();

		// Kept for the next import: its review proposes them.
		String utkast = Brevsteg.lastOpp(mvc, revidert, ADMIN);
		assertThat(Brevsteg.side(mvc, utkast, ADMIN)).contains("name=\"oppdrag[0].avdelinger\" value=\"FHA, KTA\"",
				"Rettet ved forrige import (tolket som «FHA»)");
		mvc.perform(post(utkast + "/avbryt").with(ADMIN).with(csrf()));
	}

	/** What the parser reads: the first budget line's name, the second calendar entry's activity, the row with a time. */
	private record Lest(String navn, String aktivitet, int tidsrad) {
	}

	/**
	 * Imports the letter with corrections of the first assignment's title and departments, the first budget line's
	 * name, the first calendar entry's date, the second's activity and the time of the entry with one.
	 */
	private Lest bekreftMedRettinger(String brev, int aar) throws Exception {
		String utkast = Brevsteg.lastOpp(mvc, brev, ADMIN);
		String side = Brevsteg.side(mvc, utkast, ADMIN);
		assertThat(side).as("what the parser reads").contains("name=\"oppdrag[0].avdelinger\" value=\"FHA\"",
				"name=\"kalender[0].dato\" value=\"" + aar + "-01-31\"").doesNotContain("Rettet ved forrige import");
		Matcher tid = Pattern.compile("name=\"kalender\\[(\\d+)]\\.tid\" value=\"" + TIDSROM + "\"").matcher(side);
		assertThat(tid.find()).as("the entry with a time").isTrue();
		Lest lest = new Lest(HtmlUtils.htmlUnescape(Rettingsskjema.verdi(side, "budsjett[0].navn")),
				HtmlUtils.htmlUnescape(Rettingsskjema.verdi(side, "kalender[1].aktivitet")),
				Integer.parseInt(tid.group(1)));
		assertThat(lest.aktivitet()).startsWith("Eventuelle innspill til revidert nasjonalbudsjett");
		bekreft(utkast, Map.of("oppdrag[0].tittel", TITTEL + " (rettet)", "oppdrag[0].avdelinger", "FHA, KTA",
				"budsjett[0].navn", lest.navn() + " (rettet)", "kalender[0].dato", aar + "-02-03", "kalender[1].aktivitet",
				"Innspill til revidert nasjonalbudsjett (rettet)", "kalender[" + lest.tidsrad() + "].tid",
				RETTET_TIDSROM));
		assertThat(avdelinger("TB" + aar + "-1")).containsExactly("FHA", "KTA");
		assertThat(kalenderdato("Levere regnskapsresultatet%", aar)).isEqualTo(LocalDate.of(aar, 2, 3));
		return lest;
	}

	/** The letter with the fields corrected above changed in the letter itself, the title left as it was. */
	private static String endreFeltene(String brev, int aar) {
		String avdeling = "TB" + aar + "-1 Avd. HOD: FHA";
		assertThat(brev).as("the letter's text").contains(avdeling, "701.21 Spesielle", "31. jan. Levere",
				"14. feb. Eventuelle innspill", "kl. 9:00-11:00.");
		return brev.replace(avdeling, "TB" + aar + "-1 Avd. HOD: SHA")
			.replaceFirst("701\\.21 Spesielle", "701.21 Andre")
			.replace("31. jan. Levere", "30. jan. Levere")
			.replace("14. feb. Eventuelle innspill", "14. feb. Mulige innspill")
			.replace("kl. 9:00-11:00.", "kl. 9:30-11:00.");
	}

	private void bekreft(String utkast, Map<String, String> skrevet) throws Exception {
		String side = Brevsteg.side(mvc, utkast, ADMIN);
		MvcResult svar = mvc.perform(Rettingsskjema.fyltUt(post(utkast + "/bekreft").with(ADMIN).with(csrf()), side,
				skrevet)).andReturn();
		assertThat(svar.getFlashMap().get("feilListe")).as("what the confirm refused").isNull();
		assertThat(svar.getFlashMap().get("melding")).as("the confirm's message").isNotNull();
	}

	private List<String> avdelinger(String id) {
		return jdbc.sql("SELECT unnest(hod_avdelinger) FROM oppdrag WHERE offisiell_id = ?").param(id)
			.query(String.class).list();
	}

	private LocalDate kalenderdato(String tittel, int aar) {
		return jdbc.sql("SELECT dato FROM kalenderoppforing WHERE aar = ? AND type = 'KALENDER' AND tittel LIKE ? "
				+ "AND NOT slettet").params(aar, tittel).query(LocalDate.class).single();
	}
}
