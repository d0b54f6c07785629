package no.hod.styringsregister.brukere.internal;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two admins with the same user's form open: the one who saves last must not put back, unseen, what the other changed
 * (a clearance taken away, offl. § 22). Each form is sent as a browser sends it: every field as the page filled it,
 * hidden ones included, with the admin's own edits on top. Every test has a user of its own.
 */
@IntegrationTest
@AutoConfigureMockMvc
class BrukerKonfliktTests {

	@Autowired
	BrukerService brukere;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void aStaleFormNeitherGivesClearanceBackNorReactivatesTheUserAndTellsTheAdmin() throws Exception {
		CurrentUser bruker = ny(true);
		Map<String, String> a = skjema(side(bruker.id()));
		Map<String, String> b = skjema(side(bruker.id()));

		b.put("klarert", "false");
		b.put("aktiv", "false");
		mvc.perform(lagre(bruker.id(), b)).andExpect(redirectedUrl("/admin/brukere"));

		a.put("epost", "ny-" + bruker.brukernavn() + "@hod.test");
		String svar = mvc.perform(lagre(bruker.id(), a))
			.andExpect(status().isConflict())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(lagret(bruker.id())).isEqualTo("false false null " + bruker.navn());
		assertThat(svar).contains("Brukeren er endret siden du åpnet skjemaet: klareringen (offl. § 22) og om "
				+ "brukeren er aktiv er endret. Ingenting er lagret. Feltene du ikke har endret, viser nå det som er "
				+ "lagret.");
		// The admin's e-mail stays; the tick boxes show what the other admin saved.
		Map<String, String> igjen = skjema(svar);
		assertThat(igjen).containsEntry("epost", a.get("epost")).doesNotContainKeys("klarert", "aktiv");

		// Sent again as shown, it saves the e-mail and leaves the clearance and the active mark as the other left them.
		mvc.perform(lagre(bruker.id(), igjen)).andExpect(redirectedUrl("/admin/brukere"));
		assertThat(lagret(bruker.id())).isEqualTo("false false " + a.get("epost") + " " + bruker.navn());
	}

	@Test
	void aNameChangedSinceIsShownAndAChangeToTheSameFieldIsNamed() throws Exception {
		CurrentUser bruker = ny(false);
		Map<String, String> a = skjema(side(bruker.id()));
		Map<String, String> b = skjema(side(bruker.id()));
		b.put("navn", "Navn fra B");
		mvc.perform(lagre(bruker.id(), b)).andExpect(redirectedUrl("/admin/brukere"));

		a.put("epost", "a@hod.test");
		Map<String, String> igjen = skjema(mvc.perform(lagre(bruker.id(), a)).andExpect(status().isConflict())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(igjen).containsEntry("navn", "Navn fra B").containsEntry("epost", "a@hod.test");
		assertThat(lagret(bruker.id())).isEqualTo("false true null Navn fra B");

		// Both changed the name: the admin's own stays in the form, and the message says so.
		a.put("navn", "Navn fra A");
		String svar = mvc.perform(lagre(bruker.id(), a)).andExpect(status().isConflict())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(svar).contains("Du har også endret navnet: det du valgte eller skrev, står igjen i skjemaet.");
		assertThat(skjema(svar)).containsEntry("navn", "Navn fra A");
		assertThat(lagret(bruker.id())).isEqualTo("false true null Navn fra B");
	}

	@Test
	void aNewPasswordSetMeanwhileIsNoConflict() throws Exception {
		CurrentUser bruker = ny(false);
		Map<String, String> a = skjema(side(bruker.id()));
		mvc.perform(post("/admin/brukere/" + bruker.id() + "/passord").with(user("admin").roles("ADMIN")).with(csrf())
			.param("passord", "et-helt-nytt-passord")).andExpect(redirectedUrl("/admin/brukere/" + bruker.id()));
		a.put("epost", "etter-passord@hod.test");
		mvc.perform(lagre(bruker.id(), a)).andExpect(redirectedUrl("/admin/brukere"));
		assertThat(lagret(bruker.id())).isEqualTo("false true etter-passord@hod.test " + bruker.navn());
	}

	@Test
	void aFormWithoutItsVersionIsRefusedAndNothingIsSaved() throws Exception {
		CurrentUser bruker = ny(true);
		Map<String, String> a = skjema(side(bruker.id()));
		a.remove("versjon");
		a.put("klarert", "false");
		String svar = mvc.perform(lagre(bruker.id(), a)).andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(svar).contains("Skjemaet mangler versjonen av brukeren det ble åpnet med.");
		assertThat(lagret(bruker.id())).startsWith("true true");
	}

	private CurrentUser ny(boolean klarert) {
		String navn = "konflikt-" + UUID.randomUUID().toString().substring(0, 8);
		return brukere.create(new NyBruker(navn, "Konflikt " + navn, "et-langt-passord", Rolle.HOD_SAKSBEHANDLER,
				null, klarert, null));
	}

	/** Clearance, active mark, e-mail and name as stored. */
	private String lagret(long id) {
		return jdbc.sql("SELECT klarert || ' ' || aktiv || ' ' || coalesce(epost, 'null') || ' ' || navn FROM bruker "
				+ "WHERE id = ?").param(id).query(String.class).single();
	}

	private String side(long id) throws Exception {
		return mvc.perform(get("/admin/brukere/" + id).with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	/**
	 * What a browser sends from the page's user form: its inputs by name (a tick box's marker too), a tick box only
	 * when ticked, the selected option of each list.
	 */
	private static Map<String, String> skjema(String side) {
		String form = side.substring(side.indexOf("<form action=\"/admin/brukere/"));
		form = form.substring(0, form.indexOf("</form>"));
		Map<String, String> felt = new LinkedHashMap<>();
		Matcher input = Pattern.compile("<input ([^>]*)>").matcher(form);
		while (input.find()) {
			String attr = input.group(1);
			String navn = attributt(attr, "name");
			if (navn == null || navn.equals("_csrf") || attr.contains("disabled")) {
				continue;
			}
			if (attr.contains("type=\"checkbox\"")) {
				if (attr.contains("checked")) {
					felt.put(navn, "true");
				}
			}
			else {
				felt.put(navn, attributt(attr, "value") == null ? "" : attributt(attr, "value"));
			}
		}
		Matcher select = Pattern.compile("<select [^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>", Pattern.DOTALL)
			.matcher(form);
		while (select.find()) {
			Matcher valgt = Pattern.compile("<option value=\"([^\"]*)\"[^>]*selected").matcher(select.group(2));
			felt.put(select.group(1), valgt.find() ? valgt.group(1) : "");
		}
		return felt;
	}

	private static String attributt(String attr, String navn) {
		Matcher m = Pattern.compile("(?:^|\\s)" + navn + "=\"([^\"]*)\"").matcher(attr);
		return m.find() ? HtmlUtils.htmlUnescape(m.group(1)) : null;
	}

	private static MockHttpServletRequestBuilder lagre(long id, Map<String, String> felt) {
		MockHttpServletRequestBuilder post = post("/admin/brukere/" + id).with(user("admin").roles("ADMIN"))
			.with(csrf());
		felt.forEach((navn, verdi) -> post.param(navn, verdi));
		return post;
	}
}
