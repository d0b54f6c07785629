package no.hod.styringsregister.tildelingsbrev;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import no.hod.styringsregister.testsupport.IntegrationTest;

import static no.hod.styringsregister.tildelingsbrev.Brevsteg.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A budget line added by hand on the review, as for a line the letter gives only in a sentence: every bad value named
 * at its field and nothing saved; a good line kept with the other corrections, imported with the letter and shown on
 * Bevilgninger. The 2025 letter as 2029, a year no other test imports; it has no line 719.01.
 */
@IntegrationTest
@AutoConfigureMockMvc
class LetterNewBudgetLineTests {

	private static final int AAR = 2029;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void badValuesAreNamedAtTheirFieldsAndAGoodLineIsImportedWithTheLetter() throws Exception {
		String utkast = Brevsteg.lastOpp(mvc, Brevsteg.brev2025Som(AAR), ADMIN);
		String før = Brevsteg.side(mvc, utkast, ADMIN);
		assertThat(før).contains("<legend>Legg til budsjettlinje</legend>", "id=\"ny-linje-belop\"");
		int linjer = før.split("name=\"budsjett\\[\\d+]\\.kapittel\"", -1).length - 1;

		String feil = lagre(utkast, før, "/rett", Map.of("nyLinje.kapittel", "70a", "nyLinje.post", "100",
				"nyLinje.navn", " ", "nyLinje.belop", "12,5"));
		assertThat(feil).contains("Rettingene ble ikke lagret.",
				"<a href=\"#ny-linje-kapittel\">Kapittelet «70a» på den nye budsjettlinjen må være et tall med tre "
						+ "eller fire sifre (for eksempel 709).</a>",
				"<a href=\"#ny-linje-post\">Posten «100» på den nye budsjettlinjen må være et tall fra 1 til 99 (for "
						+ "eksempel 01).</a>",
				"<a href=\"#ny-linje-navn\">Den nye budsjettlinjen må ha et navn (for eksempel Driftsutgifter).</a>",
				"<a href=\"#ny-linje-belop\">Beløpet «12,5» på den nye budsjettlinjen er ikke et helt tall.");
		// What was typed stays in the fields, each marked.
		assertThat(feil).contains("name=\"nyLinje.kapittel\" value=\"70a\"", "name=\"nyLinje.belop\" value=\"12,5\"");
		assertThat(feil).containsPattern("id=\"ny-linje-belop\"[^>]*aria-invalid=\"true\"");

		assertThat(lagre(utkast, før, "/rett", Map.of("nyLinje.kapittel", "719", "nyLinje.post", "1",
				"nyLinje.navn", "Driftsutgifter", "nyLinje.belop", "-5"))).contains(
						"<a href=\"#ny-linje-belop\">Beløpet på den nye budsjettlinjen kan ikke være negativt.</a>");
		assertThat(lagre(utkast, før, "/rett", Map.of("nyLinje.kapittel", "719", "nyLinje.post", "1",
				"nyLinje.navn", "Driftsutgifter", "nyLinje.belop", "5000000000"))).contains(
						"<a href=\"#ny-linje-belop\">Beløpet «5000000000» på den nye budsjettlinjen er for stort. "
								+ "Beløp står i 1 000 kr og kan være høyst 1 000 000 000 (1 000 milliarder kroner).</a>");
		assertThat(lagre(utkast, før, "/rett", Map.of("nyLinje.kapittel", "719", "nyLinje.post", "1",
				"nyLinje.navn", "Driftsutgifter", "nyLinje.belop", "tolv"))).contains(
						"<a href=\"#ny-linje-belop\">Beløpet «tolv» på den nye budsjettlinjen er ikke et helt tall.");
		// A post the letter has already: corrected there, not added twice.
		String kap = Rettingsskjema.verdi(før, "budsjett[0].kapittel");
		String post = Rettingsskjema.verdi(før, "budsjett[0].post");
		assertThat(lagre(utkast, før, "/rett", Map.of("nyLinje.kapittel", kap, "nyLinje.post", post,
				"nyLinje.navn", "Dobbel", "nyLinje.belop", "1"))).contains("står allerede i brevet.");
		// Only an admin, and only with the form's CSRF token.
		assertThat(mvc.perform(post(utkast + "/rett").with(user("saksbehandler-709").roles("HOD_SAKSBEHANDLER"))
			.with(csrf()).param("nyLinje.kapittel", "719").param("nyLinje.post", "1")
			.param("nyLinje.navn", "Driftsutgifter").param("nyLinje.belop", "1")).andReturn().getResponse().getStatus())
			.isEqualTo(403);
		assertThat(mvc.perform(post(utkast + "/rett").with(ADMIN).param("nyLinje.kapittel", "719")
			.param("nyLinje.post", "1").param("nyLinje.navn", "Driftsutgifter").param("nyLinje.belop", "1"))
			.andReturn().getResponse().getStatus()).isEqualTo(403);
		// None of it was kept.
		String uendret = Brevsteg.side(mvc, utkast, ADMIN);
		assertThat(uendret.split("name=\"budsjett\\[\\d+]\\.kapittel\"", -1).length - 1).isEqualTo(linjer);
		assertThat(uendret).doesNotContainPattern("name=\"budsjett\\[\\d+]\\.kapittel\" value=\"719\"");

		// Another correction typed beside the line is saved with it.
		String lagt = lagre(utkast, før, "/rett", Map.of("nyLinje.kapittel", "719", "nyLinje.post", "01",
				"nyLinje.navn", "Driftsutgifter", "nyLinje.belop", "73 326", "kalender[0].aktivitet", "Styringsdialog 719"));
		assertThat(lagt).contains("Budsjettlinjen er lagt til i utkastet");
		assertThat(lagt.split("name=\"budsjett\\[\\d+]\\.kapittel\"", -1).length - 1).isEqualTo(linjer + 1);
		assertThat(Rettingsskjema.verdi(lagt, "budsjett[" + linjer + "].kapittel")).isEqualTo("719");
		assertThat(Rettingsskjema.verdi(lagt, "budsjett[" + linjer + "].post")).isEqualTo("1");
		assertThat(Rettingsskjema.verdi(lagt, "budsjett[" + linjer + "].belop")).isEqualTo("73326");
		assertThat(Rettingsskjema.verdi(lagt, "kalender[0].aktivitet")).isEqualTo("Styringsdialog 719");
		// The form to add is empty again.
		assertThat(Rettingsskjema.verdi(lagt, "nyLinje.kapittel")).isEmpty();

		MvcResult bekreftet = mvc.perform(Rettingsskjema.fyltUt(post(utkast + "/bekreft").with(ADMIN).with(csrf()),
				lagt, Map.of())).andReturn();
		assertThat(bekreftet.getResponse().getRedirectedUrl()).startsWith("/tildelingsbrev/");
		long etat = jdbc.sql("SELECT id FROM etat WHERE navn = 'Helsedirektoratet'").query(Long.class).single();
		assertThat(jdbc.sql("SELECT navn || ' ' || belop FROM bevilgning WHERE etat_id = ? AND aar = ? AND kapittel = 719 "
				+ "AND post = 1").params(etat, AAR).query(String.class).list()).containsExactly("Driftsutgifter 73326");

		String bevilgninger = Brevsteg.side(mvc, "/bevilgninger?etat=" + etat + "&aar=" + AAR, ADMIN);
		assertThat(bevilgninger).contains("Driftsutgifter", "73 326");
		assertThat(bevilgninger).containsPattern("719[^<]*</");
	}

	/** Sends the review form as the page has it, with the values typed; the page the redirect leads to. */
	private String lagre(String utkast, String side, String handling, Map<String, String> skrevet) throws Exception {
		MvcResult svar = mvc.perform(Rettingsskjema.fyltUt(post(utkast + handling).with(ADMIN).with(csrf()), side,
				skrevet)).andReturn();
		assertThat(svar.getResponse().getRedirectedUrl()).isEqualTo(utkast);
		// The session's cookie, as a browser follows the redirect: the flash message is kept in the session.
		return mvc.perform(get(utkast).with(ADMIN).cookie(svar.getResponse().getCookies())).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}
}
