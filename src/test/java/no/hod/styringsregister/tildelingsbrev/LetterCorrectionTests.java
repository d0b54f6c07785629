package no.hod.styringsregister.tildelingsbrev;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.testsupport.TestDocuments;

import static no.hod.styringsregister.tildelingsbrev.Brevsteg.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The admin's corrections on the review page: every value that cannot be taken is named at once, and none is saved. */
@IntegrationTest
@AutoConfigureMockMvc
class LetterCorrectionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyBadValueIsNamedInOneAnswerAndNothingIsSaved() throws Exception {
		String utkast = last();
		String side = retting(utkast, "oppdrag[0].tittel", " ", "oppdrag[1].frister", "31.13.2025",
				"budsjett[0].kapittel", "", "kalender[0].dato", "");
		// Each problem linked to its field, numbered in the list as the field points back to it.
		assertThat(side).contains("Rettingene ble ikke lagret. Rett dette og lagre igjen:",
				"<li id=\"feil-1\"><a href=\"#oppdrag-1-tittel\">Oppdrag TB2025-1 må ha en tittel.</a></li>",
				// The second problem listed, linked to its field: the second row's deadlines.
				"<li id=\"feil-2\"><a href=\"#oppdrag-2-frister\">Fristen «31.13.2025» for oppdrag TB2025-2 kan ikke "
						+ "leses som en dato. Skriv dag, måned og år, for eksempel 31. desember 2025 eller 31.12.2025, og "
						+ "skill flere frister med komma.</a></li>",
				"<li id=\"feil-3\"><a href=\"#budsjett-1-kapittel\">Budsjettlinje 1 må ha kapittel og post.</a></li>",
				"<li id=\"feil-4\"><a href=\"#kalender-1-dato\">Kalenderoppføring 1 må ha en dato.</a></li>");
		assertThat(side).doesNotContain("Rettingene er lagret");
		// The list takes the focus, so that the page opens at what to fix.
		assertThat(side).containsPattern("<div class=\"melding feil\" role=\"alert\" tabindex=\"-1\" autofocus[^>]*>\\s*"
				+ "<p>Rettingene ble ikke lagret.");
		// Each field marked and described by its problem; the assignment's named by its id.
		assertThat(felt(side, "oppdrag-1-tittel")).contains("aria-invalid=\"true\"", "aria-describedby=\"feil-1\"",
				"aria-label=\"Tittel TB2025-1\"");
		assertThat(felt(side, "oppdrag-2-frister")).contains("aria-invalid=\"true\"",
				"aria-describedby=\"feil-2 frister-hjelp\"", "aria-label=\"Frister TB2025-2\"");
		assertThat(felt(side, "budsjett-1-kapittel")).contains("aria-invalid=\"true\"", "aria-describedby=\"feil-3\"");
		assertThat(felt(side, "kalender-1-dato")).contains("aria-invalid=\"true\"", "aria-describedby=\"feil-4\"");
		// The fields of the rows, by the assignment's id where it has one.
		assertThat(side).contains("aria-label=\"Ta ut oppdrag TB2025-1\"", "aria-label=\"Id TB2025-1\"",
				"aria-label=\"Avdeling i HOD TB2025-1\"");
		// No other field is marked.
		assertThat(side.split("aria-invalid=\"true\"", -1)).hasSize(5);

		// Nothing of it was kept: the review shows what the letter said.
		String etterpå = mvc.perform(get(utkast).with(ADMIN)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(etterpå).doesNotContain("31.13.2025").doesNotContain("må ha en tittel");
	}

	@Test
	void aValueOfTheWrongFormIsNamedWithItsRowAndField() throws Exception {
		String side = retting(last(), "budsjett[1].belop", "tolv", "budsjett[2].post", "21,5", "oppdrag[0].tittel", " ");
		// Each linked to its field, the value that could not be read as well as the others.
		assertThat(side).contains(
				"<a href=\"#budsjett-2-belop\">Budsjettlinje 2: «tolv» i feltet Beløp (1 000 kr) kan ikke leses.</a>",
				"<a href=\"#budsjett-3-post\">Budsjettlinje 3: «21,5» i feltet Post kan ikke leses.</a>",
				// In the same answer, what the rest of the form breaks.
				"<a href=\"#oppdrag-1-tittel\">Oppdrag TB2025-1 må ha en tittel.</a>")
			// The post that could not be read is named once, not again as missing.
			.doesNotContain("Budsjettlinje 3 må ha kapittel og post.")
			.doesNotContain("NumberFormatException");
	}

	@Test
	void anAbsurdAmountAndAnUnknownDepartmentAreRefusedAndWhatWasTypedIsKept() throws Exception {
		String utkast = last();
		String før = side(utkast);
		String side = retting(utkast, "budsjett[1].kapittel", Rettingsskjema.verdi(før, "budsjett[1].kapittel"),
				"budsjett[1].post", Rettingsskjema.verdi(før, "budsjett[1].post"), "budsjett[1].belop",
				"99999999999999999", "oppdrag[3].id", "TB2025-4",
				"oppdrag[3].avdelinger", "XYZ, ???");
		assertThat(side).contains("Rettingene ble ikke lagret.",
				"<a href=\"#budsjett-2-belop\">Beløpet 99 999 999 999 999 999 på budsjettlinje 2 er for stort. Beløp "
						+ "står i 1 000 kr og kan være høyst 1 000 000 000 (1 000 milliarder kroner).</a>",
				"<a href=\"#oppdrag-4-avdelinger\">Avdeling i HOD «XYZ» på oppdrag TB2025-4 finnes ikke blant "
						+ "departementsavdelingene i registeret (",
				"<a href=\"#oppdrag-4-avdelinger\">Avdeling i HOD «???» på oppdrag TB2025-4 finnes ikke blant "
						+ "departementsavdelingene i registeret (")
			// The register's departments are named for the admin to choose from.
			.containsPattern("finnes ikke blant departementsavdelingene i registeret \\([^)]*FHA[^)]*\\)")
			.doesNotContain("Rettingene er lagret");
		// The form shows what was typed, to be corrected.
		assertThat(side).contains("name=\"budsjett[1].belop\" value=\"99999999999999999\"",
				"name=\"oppdrag[3].avdelinger\" value=\"XYZ, ???\"");
		mvc.perform(post(utkast + "/avbryt").with(ADMIN).with(csrf()));
	}

	@Test
	void aDateThatDoesNotExistIsRefusedNotMovedToTheEndOfTheMonth() throws Exception {
		String side = retting(last(), "oppdrag[0].frister", "31.02.2025");
		assertThat(side).contains("<a href=\"#oppdrag-1-frister\">Fristen «31.02.2025» for oppdrag TB2025-1 kan ikke "
				+ "leses som en dato.");
	}

	@Test
	void confirmingWithARefusedCorrectionImportsNothing() throws Exception {
		String utkast = last();
		MvcResult svar = mvc.perform(post(utkast + "/bekreft").with(ADMIN).with(csrf())
			.param("oppdrag[0].tittel", "").param("oppdrag[0].id", "TB2025-1")).andReturn();
		assertThat(svar.getResponse().getRedirectedUrl()).isEqualTo(utkast);
		String side = mvc.perform(get(utkast).with(ADMIN).cookie(svar.getResponse().getCookies())).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(side).contains("Brevet ble ikke importert. Rett dette og bekreft igjen:",
				"<li id=\"feil-1\"><a href=\"#oppdrag-1-tittel\">Oppdrag TB2025-1 må ha en tittel.</a></li>")
			.doesNotContain("Brevet er importert");
		assertThat(felt(side, "oppdrag-1-tittel")).contains("aria-invalid=\"true\"", "aria-describedby=\"feil-1\"");
		// Still a draft: its review page answers, and it can be cancelled.
		assertThat(mvc.perform(post(utkast + "/avbryt").with(ADMIN).with(csrf())).andReturn().getResponse()
			.getRedirectedUrl()).isEqualTo("/tildelingsbrev");
	}

	@Test
	void anAssignmentTakenOutStaysTickedInTheTableAndCanBePutBack() throws Exception {
		String utkast = last();
		String før = side(utkast);
		assertThat(før).contains("name=\"oppdrag[3].id\" value=\"TB2025-4\"");
		int alle = antallOppdrag(før);

		String uttatt = retting(utkast, "oppdrag[3].id", "TB2025-4", "oppdrag[3].dropp", "true", "_oppdrag[3].dropp",
				"on");
		assertThat(uttatt).contains("Rettingene er lagret");
		// Still in the table, ticked and marked, and left out of what the import would write.
		assertThat(uttatt).contains("name=\"oppdrag[3].id\" value=\"TB2025-4\"", "<tr class=\"uttatt\">",
				"<span class=\"merkelapp\">Tatt ut</span>");
		assertThat(uttatt).containsPattern("name=\"oppdrag\\[3]\\.dropp\"[^>]*checked=\"checked\"");
		assertThat(antallOppdrag(uttatt)).isEqualTo(alle - 1);
		// Another row's box is not ticked.
		assertThat(uttatt).doesNotContainPattern("name=\"oppdrag\\[2]\\.dropp\"[^>]*checked=\"checked\"");

		// Unticked and saved: back in, and not marked.
		// The form as a browser sends it: the row's fields with the box's marker, and no box.
		String tilbake = retting(utkast, "oppdrag[3].id", "TB2025-4", "_oppdrag[3].dropp", "on");
		assertThat(tilbake).contains("Rettingene er lagret", "name=\"oppdrag[3].id\" value=\"TB2025-4\"")
			.doesNotContain("Tatt ut</span>").doesNotContain("class=\"uttatt\"");
		assertThat(tilbake).doesNotContainPattern("name=\"oppdrag\\[3]\\.dropp\"[^>]*checked=\"checked\"");
		assertThat(antallOppdrag(tilbake)).isEqualTo(alle);
		mvc.perform(post(utkast + "/avbryt").with(ADMIN).with(csrf()));
	}

	@Test
	void aWhollyExemptAssignmentsDeadlineCorrectedByAnAdminWithoutClearanceIsStored() throws Exception {
		// 2007: a year no other test uses. The test admin is not cleared; TB2007-60 is exempt in whole, its title
		// included, and the letter gives it no deadline.
		String utkast = Brevsteg.lastOpp(mvc, Brevsteg.brev2025Som(2007), ADMIN);
		String før = side(utkast);
		Matcher id = Pattern.compile("name=\"oppdrag\\[(\\d+)]\\.id\" value=\"TB2007-60\"").matcher(før);
		assertThat(id.find()).isTrue();
		String frister = "oppdrag[" + id.group(1) + "].frister";
		// The deadlines to correct, as every reader will see them; not the title.
		assertThat(Rettingsskjema.verdi(før, frister)).isEmpty();
		assertThat(før).doesNotContain("name=\"oppdrag[" + id.group(1) + "].tittel\"")
			.doesNotContain("Rekrutteringsprogram");

		MvcResult lagret = mvc.perform(Rettingsskjema.fyltUt(post(utkast + "/rett").with(ADMIN).with(csrf()), før,
				Map.of(frister, "15.11.2007"))).andReturn();
		assertThat(lagret.getResponse().getRedirectedUrl()).isEqualTo(utkast);
		String etter = side(utkast);
		assertThat(Rettingsskjema.verdi(etter, frister)).isEqualTo("15.11.2007");
		assertThat(etter).contains("Fant ingen frist for oppdrag TB2007-60 i brevet; fristen er skrevet inn i "
				+ "gjennomgangen.").doesNotContain("Rekrutteringsprogram");

		mvc.perform(Rettingsskjema.fyltUt(post(utkast + "/bekreft").with(ADMIN).with(csrf()), etter, Map.of()))
			.andExpect(status().is3xxRedirection());
		// The date stored; the title and words as the letter has them, not the placeholder the admin was shown.
		assertThat(jdbc.sql("SELECT array_to_string(frister, ',') FROM oppdrag WHERE offisiell_id = 'TB2007-60'")
			.query(String.class).single()).isEqualTo("2007-11-15");
		assertThat(jdbc.sql("SELECT tittel FROM oppdrag WHERE offisiell_id = 'TB2007-60'").query(String.class)
			.single()).contains("Rekrutteringsprogram");

		// The letter again: the correction proposed, and the note saying so, as for any other assignment.
		String igjen = Brevsteg.lastOpp(mvc, Brevsteg.brev2025Som(2007), ADMIN);
		String neste = side(igjen);
		mvc.perform(post(igjen + "/avbryt").with(ADMIN).with(csrf()));
		assertThat(Rettingsskjema.verdi(neste, frister)).isEqualTo("15.11.2007");
		int felt = neste.indexOf("name=\"" + frister + "\"");
		assertThat(neste.substring(felt, neste.indexOf("</td>", felt)))
			.contains("<span class=\"merkelapp\">Rettet ved forrige import (ikke funnet i brevet)</span>");
		assertThat(neste).doesNotContain("Rekrutteringsprogram");
	}

	@Test
	void anOddBoxValueIsNamedAndWhatWasTypedIsKeptForSavingAndConfirmingAlike() throws Exception {
		// 2089: no other test imports a letter for it (KalenderIntegrationTests has calendar entries in it), and this
		// one confirms none.
		String utkast = Brevsteg.lastOpp(mvc, Brevsteg.brev2025Som(2089), ADMIN);
		String før = side(utkast);
		for (String handling : List.of("/rett", "/bekreft")) {
			MvcResult svar = mvc.perform(Rettingsskjema.fyltUt(post(utkast + handling).with(ADMIN).with(csrf()), før,
					Map.of("oppdrag[0].dropp", "abc", "kalender[0].dropp", "ja", "oppdrag[1].frister", "02.01.2090")))
				.andReturn();
			assertThat(svar.getResponse().getRedirectedUrl()).as(handling).isEqualTo(utkast);
			String side = mvc.perform(get(utkast).with(ADMIN).cookie(svar.getResponse().getCookies())).andReturn()
				.getResponse().getContentAsString(StandardCharsets.UTF_8);
			assertThat(side).as(handling)
				.contains(handling.equals("/rett") ? "Rettingene ble ikke lagret." : "Brevet ble ikke importert.")
				.contains("<a href=\"#oppdrag-1-dropp\">Oppdrag nr. 1: «abc» i feltet Ta ut kan ikke leses.</a>",
						"<a href=\"#kalender-1-dropp\">Kalenderoppføring 1: «ja» i feltet Ta ut kan ikke leses.</a>")
				// What was typed is kept, to be saved once the boxes are right.
				.contains("name=\"oppdrag[1].frister\" value=\"02.01.2090\"");
			assertThat(felt(side, "oppdrag-1-dropp")).contains("type=\"checkbox\"");
		}
		assertThat(brev(2089)).isZero();
		assertThat(Rettingsskjema.verdi(side(utkast), "oppdrag[1].frister")).isNotEqualTo("02.01.2090");
		mvc.perform(post(utkast + "/avbryt").with(ADMIN).with(csrf()));
	}

	@Test
	void aRowTheFormCannotHaveIsRefusedWithA400AndOneBeyondTheDraftIsIgnored() throws Exception {
		// 2089: as above.
		String utkast = Brevsteg.lastOpp(mvc, Brevsteg.brev2025Som(2089), ADMIN);
		String før = side(utkast);
		for (String felt : List.of("oppdrag[-1].tittel", "oppdrag[abc].tittel", "budsjett[9000].navn",
				"kalender[" + Integer.MAX_VALUE + "0].aktivitet", "oppdrag[1000].dropp")) {
			for (String handling : List.of("/rett", "/bekreft")) {
				MvcResult svar = mvc.perform(Rettingsskjema.fyltUt(post(utkast + handling).with(ADMIN).with(csrf()), før,
						Map.of(felt, "FUZZ", "oppdrag[1].frister", "02.01.2090"))).andReturn();
				assertThat(svar.getResponse().getStatus()).as(felt + " " + handling).isEqualTo(400);
				assertThat(HtmlUtils.htmlUnescape(svar.getResponse().getContentAsString(StandardCharsets.UTF_8)))
					.as(felt + " " + handling)
					.contains("Skjemaet hadde et felt for en rad som ikke finnes i gjennomgangen",
							"Ingenting ble lagret eller importert.")
					.contains("<a href=\"" + utkast + "\">Tilbake til gjennomgangen av brevet</a>");
			}
		}
		assertThat(brev(2089)).isZero();
		assertThat(Rettingsskjema.verdi(side(utkast), "oppdrag[1].frister")).isNotEqualTo("02.01.2090");

		// A row within what the form may have, beyond the draft's: ignored, and the rest saved.
		MvcResult lagret = mvc.perform(Rettingsskjema.fyltUt(post(utkast + "/rett").with(ADMIN).with(csrf()), før,
				Map.of("oppdrag[300].tittel", "FUZZ", "oppdrag[300].dropp", "true", "oppdrag[1].frister", "02.01.2090")))
			.andReturn();
		assertThat((String) lagret.getFlashMap().get("melding")).startsWith("Rettingene er lagret");
		String etter = side(utkast);
		assertThat(Rettingsskjema.verdi(etter, "oppdrag[1].frister")).isEqualTo("02.01.2090");
		assertThat(etter).doesNotContain("FUZZ").doesNotContain("Tatt ut</span>");
		mvc.perform(post(utkast + "/avbryt").with(ADMIN).with(csrf()));
	}

	@Test
	void aTitleLongerThanTheRegisterTakesIsRefusedAndTheFieldsSayHowLongTheyMayBe() throws Exception {
		// 2089: as above.
		String utkast = Brevsteg.lastOpp(mvc, Brevsteg.brev2025Som(2089), ADMIN);
		String før = side(utkast);
		String tittel = Rettingsskjema.verdi(før, "oppdrag[0].tittel");
		assertThat(felt(før, "oppdrag-1-tittel")).contains("maxlength=\"500\"");
		assertThat(felt(før, "oppdrag-1-id")).contains("maxlength=\"40\"");
		assertThat(felt(før, "oppdrag-1-avdelinger")).contains("maxlength=\"200\"");
		assertThat(felt(før, "oppdrag-1-frister")).contains("maxlength=\"500\"");
		assertThat(felt(før, "budsjett-1-navn")).contains("maxlength=\"500\"");
		assertThat(felt(før, "kalender-1-tid")).contains("maxlength=\"11\"");
		assertThat(felt(før, "kalender-1-aktivitet")).contains("maxlength=\"500\"");

		String side = retting(utkast, "oppdrag[0].id", "TB2089-1", "oppdrag[0].tittel", "Nytt: FUZZ" + "x".repeat(9_994));
		assertThat(side).contains("<li id=\"feil-1\"><a href=\"#oppdrag-1-tittel\">Tittelen på oppdrag TB2089-1 kan være "
				+ "høyst 500 tegn, men har 10 004.</a></li>");
		assertThat(felt(side, "oppdrag-1-tittel")).contains("aria-invalid=\"true\"", "aria-describedby=\"feil-1\"");
		assertThat(Rettingsskjema.verdi(side(utkast), "oppdrag[0].tittel")).isEqualTo(tittel);

		// 500 characters are taken.
		assertThat(retting(utkast, "oppdrag[0].id", "TB2089-1", "oppdrag[0].tittel", "t".repeat(500)))
			.contains("Rettingene er lagret").contains("value=\"" + "t".repeat(500) + "\"");
		mvc.perform(post(utkast + "/avbryt").with(ADMIN).with(csrf()));
	}

	private long brev(int aar) {
		return jdbc.sql("SELECT count(*) FROM tildelingsbrev WHERE aar = ?").param(aar).query(Long.class).single();
	}

	/** The summary's count of assignments the import would write. */
	private static int antallOppdrag(String side) {
		Matcher m = Pattern.compile("<th scope=\"row\">Oppdrag</th>\\s*<td class=\"tall\">(\\d+)</td>").matcher(side);
		assertThat(m.find()).as("the summary's assignment row").isTrue();
		return Integer.parseInt(m.group(1));
	}

	/** The input with the id, as the page has it. */
	static String felt(String side, String id) {
		Matcher m = Pattern.compile("<input\\b[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(side);
		assertThat(m.find()).as("the field " + id).isTrue();
		return m.group();
	}

	private String side(String utkast) throws Exception {
		return Brevsteg.side(mvc, utkast, ADMIN);
	}

	/** Posts the corrections and reads the page the answer leads to, with its flash message. */
	private String retting(String utkast, String... feltOgVerdi) throws Exception {
		var skjema = post(utkast + "/rett").with(ADMIN).with(csrf());
		for (int i = 0; i < feltOgVerdi.length; i += 2) {
			skjema.param(feltOgVerdi[i], feltOgVerdi[i + 1]);
		}
		MvcResult svar = mvc.perform(skjema).andReturn();
		assertThat(svar.getResponse().getRedirectedUrl()).isEqualTo(utkast);
		// The session's cookie, as a browser follows the redirect: the flash message is kept in the session.
		return mvc.perform(get(utkast).with(ADMIN).cookie(svar.getResponse().getCookies())).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** Uploads the real 2025 letter for review; the review page's address. */
	private String last() throws Exception {
		return Brevsteg.lastOpp(mvc, TestDocuments.seed("tildelingsbrev-helsedirektoratet-2025.txt"), ADMIN);
	}
}
