package no.hod.styringsregister.brukere;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Admins manage users in the browser; the rules hold on the server. */
@IntegrationTest
@AutoConfigureMockMvc
class BrukerAdministrasjonTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisasjonService organisasjon;

	@Autowired
	CurrentUsers currentUsers;

	@Autowired
	BrukerService brukere;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	private long folkehelse() {
		long hdir = organisasjon.etatByName("Helsedirektoratet").orElseThrow().id();
		return organisasjon.divisjoner(hdir).stream().filter(d -> d.navn().equals("Divisjon folkehelse")).findFirst()
			.orElseThrow().id();
	}

	@Test
	void anAdminCreatesADivisionLeadWhoCanThenLogIn() throws Exception {
		mvc.perform(post("/admin/brukere/ny").with(user("admin").roles("ADMIN")).with(csrf())
			.param("brukernavn", "ny-leder")
			.param("navn", "Ny Leder")
			.param("rolle", "HDIR_LEDER")
			.param("enhetId", String.valueOf(folkehelse()))
			.param("klarert", "true")
			.param("passord", "et-langt-passord"))
			.andExpect(redirectedUrl("/admin/brukere"));

		mvc.perform(formLogin("/login").user("ny-leder").password("et-langt-passord")).andExpect(redirectedUrl("/"));
		mvc.perform(get("/").with(user("ny-leder").roles("HDIR_LEDER"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Ny Leder")))
			.andExpect(content().string(containsString("Divisjonsleder")));
	}

	@Test
	void aDeskOfficerIsTiedToADepartmentOfTheMinistryButALeadIsNot() throws Exception {
		long sha = jdbc.sql("SELECT id FROM departementsavdeling WHERE kode = 'SHA'").query(Long.class).single();
		mvc.perform(post("/admin/brukere/ny").with(user("admin").roles("ADMIN")).with(csrf())
			.param("brukernavn", "sb-sha")
			.param("navn", "Saksbehandler Sha")
			.param("rolle", "HOD_SAKSBEHANDLER")
			.param("departementsavdelingId", String.valueOf(sha))
			.param("passord", "et-langt-passord"))
			.andExpect(redirectedUrl("/admin/brukere"));
		assertThat(jdbc.sql("SELECT departementsavdeling_id FROM bruker WHERE brukernavn = 'sb-sha'").query(Long.class)
			.single()).isEqualTo(sha);
		mvc.perform(get("/admin/brukere").with(user("admin").roles("ADMIN")))
			.andExpect(content().string(containsString("SHA")));

		mvc.perform(post("/admin/brukere/ny").with(user("admin").roles("ADMIN")).with(csrf())
			.param("brukernavn", "leder-sha")
			.param("navn", "Leder Sha")
			.param("rolle", "HDIR_LEDER")
			.param("enhetId", String.valueOf(folkehelse()))
			.param("departementsavdelingId", String.valueOf(sha))
			.param("passord", "et-langt-passord"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("hører ikke til en avdeling i departementet")));
		assertThat(jdbc.sql("SELECT count(*) FROM bruker WHERE brukernavn = 'leder-sha'").query(Long.class).single())
			.isZero();
	}

	@Test
	void theMinistryDepartmentsAreChosenByCodeAndNameAndKfiWhoseNameIsUnknownByItsCodeAlone() throws Exception {
		String side = mvc.perform(get("/admin/brukere/ny").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(side).contains(">FHA – Folkehelseavdelingen</option>", ">KFI</option>").doesNotContain("KFI – KFI");
	}

	@Test
	void everyProblemOfTheFormIsShownAtOnceBesideItsField() throws Exception {
		// No name (the form's own check), a desk officer in a directorate division, and a short password.
		String side = mvc.perform(post("/admin/brukere/ny").with(user("admin").roles("ADMIN")).with(csrf())
			.param("brukernavn", "sb-feil")
			.param("navn", "")
			.param("rolle", "HOD_SAKSBEHANDLER")
			.param("enhetId", String.valueOf(folkehelse()))
			.param("passord", "kort"))
			.andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(side).contains("id=\"navn-feil\"",
				"<p class=\"feltfeil\" id=\"enhet-feil\">En saksbehandler i departementet hører ikke til en divisjon",
				"<p class=\"feltfeil\" id=\"passord-feil\">Passordet må ha minst 12 tegn");
		// Each field with a problem is marked and points to its message (and still to its help); the others are not.
		assertThat(felt(side, "navn")).contains("aria-invalid=\"true\"", "aria-describedby=\"navn-feil\"");
		assertThat(felt(side, "enhetId")).contains("aria-invalid=\"true\"",
				"aria-describedby=\"enhet-feil enhet-hjelp\"");
		assertThat(felt(side, "passord")).contains("aria-invalid=\"true\"",
				"aria-describedby=\"passord-feil passord-hjelp\"");
		// A name without a problem is described by its rule only.
		assertThat(felt(side, "brukernavn")).doesNotContain("aria-invalid")
			.contains("aria-describedby=\"brukernavn-hjelp\"");
		assertThat(felt(side, "rolle")).doesNotContain("aria-invalid");
		assertThat(felt(side, "departementsavdelingId")).doesNotContain("aria-invalid")
			.contains("aria-describedby=\"hod-avdeling-hjelp\"");
		assertThat(jdbc.sql("SELECT count(*) FROM bruker WHERE brukernavn = 'sb-feil'").query(Long.class).single())
			.isZero();

		// A name and an address too long, in Norwegian beside their fields.
		String lang = mvc.perform(post("/admin/brukere/ny").with(user("admin").roles("ADMIN")).with(csrf())
			.param("brukernavn", "sb-lang")
			.param("navn", "N".repeat(201))
			.param("epost", "a".repeat(300) + "@example.org")
			.param("rolle", "HOD_SAKSBEHANDLER")
			.param("passord", "et-langt-passord"))
			.andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(lang).contains("<p class=\"feltfeil\" id=\"navn-feil\">Navnet kan være høyst 200 tegn.</p>",
				"<p class=\"feltfeil\" id=\"epost-feil\">E-postadressen kan være høyst 254 tegn.</p>")
			.doesNotContain("size must be");
		assertThat(felt(lang, "epost")).contains("aria-invalid=\"true\"", "aria-describedby=\"epost-feil\"");
		assertThat(felt(lang, "passord")).doesNotContain("aria-invalid").contains("aria-describedby=\"passord-hjelp\"");

		// A name already taken, beside the field and with the other problems.
		String tatt = mvc.perform(post("/admin/brukere/ny").with(user("admin").roles("ADMIN")).with(csrf())
			.param("brukernavn", "ADMIN")
			.param("navn", "Ny Admin")
			.param("rolle", "HDIR_LEDER")
			.param("passord", "et-langt-passord"))
			.andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(tatt).contains(
				"<p class=\"feltfeil\" id=\"brukernavn-feil\">Brukernavnet «ADMIN» er allerede i bruk.</p>",
				"<p class=\"feltfeil\" id=\"enhet-feil\">En divisjonsleder må knyttes til en divisjon.</p>");
		assertThat(felt(tatt, "brukernavn")).contains("aria-invalid=\"true\"",
				"aria-describedby=\"brukernavn-feil brukernavn-hjelp\"");

		// An admin in a directorate division and a ministry department at once.
		long sha = jdbc.sql("SELECT id FROM departementsavdeling WHERE kode = 'SHA'").query(Long.class).single();
		mvc.perform(post("/admin/brukere/ny").with(user("admin").roles("ADMIN")).with(csrf())
			.param("brukernavn", "admin-begge")
			.param("navn", "Admin Begge")
			.param("rolle", "ADMIN")
			.param("enhetId", String.valueOf(folkehelse()))
			.param("departementsavdelingId", String.valueOf(sha))
			.param("passord", "et-langt-passord"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("enten til en divisjon i direktoratet eller til en avdeling")));
	}

	@Test
	void anEmptyUserNameIsToldOnlyThatItIsMissing() throws Exception {
		String side = mvc.perform(post("/admin/brukere/ny").with(user("admin").roles("ADMIN")).with(csrf())
			.param("brukernavn", "")
			.param("navn", "Uten Brukernavn")
			.param("rolle", "HOD_SAKSBEHANDLER")
			.param("passord", "et-langt-passord"))
			.andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(side).contains("<p class=\"feltfeil\" id=\"brukernavn-feil\">Skriv inn et brukernavn.</p>")
			.doesNotContain("Brukernavnet kan bare ha");
		// only spaces: missing too, not a name of the wrong letters
		mvc.perform(post("/admin/brukere/ny").with(user("admin").roles("ADMIN")).with(csrf())
			.param("brukernavn", "   ")
			.param("navn", "Uten Brukernavn")
			.param("rolle", "HOD_SAKSBEHANDLER")
			.param("passord", "et-langt-passord"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Skriv inn et brukernavn.")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Brukernavnet kan bare ha"))));
	}

	@Test
	void aShortNewPasswordIsRefusedAtItsFieldAsTheOtherFormsProblemsAre() throws Exception {
		String navn = "kort-passord-" + System.nanoTime();
		long id = brukere.create(new BrukerService.NyBruker(navn, "Kort Passord", "et-langt-passord",
				Rolle.HOD_SAKSBEHANDLER, null, false, null)).id();

		String side = mvc.perform(post("/admin/brukere/" + id + "/passord").with(user("admin").roles("ADMIN"))
			.with(csrf()).param("passord", "kort"))
			.andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String regel = "Passordet må ha minst 12 tegn (mellomrom først og sist teller ikke).";
		assertThat(side).contains("<p class=\"feltfeil\" id=\"nytt-passord-feil\">" + regel + "</p>")
			// the list of problems above links to the field
			.contains("<li id=\"feil-1\"><a href=\"#nytt-passord\">" + regel + "</a></li>")
			// the user's page still, its other form unmarked
			.contains("<h1>Endre " + navn + "</h1>").doesNotContain("Skjemaet har feil.");
		assertThat(felt(side, "nytt-passord")).contains("aria-invalid=\"true\"",
				"aria-describedby=\"nytt-passord-feil nytt-passord-hjelp\"");
		// the old password still signs in
		mvc.perform(formLogin("/login").user(navn).password("et-langt-passord")).andExpect(redirectedUrl("/"));

		String uten = mvc.perform(get("/admin/brukere/" + id).with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(felt(uten, "nytt-passord")).doesNotContain("aria-invalid")
			.contains("aria-describedby=\"nytt-passord-hjelp\"");
	}

	/**
	 * BCrypt keeps at most 72 bytes of a password: a longer one is told in Norwegian at its field, counted as the user
	 * counts (æ, ø and å as two), wherever a password is set. 68 characters with eight of æ, ø, å are 76 bytes.
	 */
	@Test
	void aPasswordLongerThanBcryptKeepsIsRefusedInNorwegianAtItsField() throws Exception {
		String lang = "blåbærsyltetøy på brødskiva får meg til å smile hver eneste dag, år ";
		assertThat(lang).hasSize(68);
		assertThat(lang.getBytes(StandardCharsets.UTF_8)).hasSize(76);
		String melding = "Passordet kan ha høyst 72 tegn, der æ, ø og å teller som to hver (noen andre tegn, som é og €, "
				+ "som to eller tre). Dette passordet teller 76.";
		String navn = "langt-passord-" + System.nanoTime();

		String ny = mvc.perform(post("/admin/brukere/ny").with(user("admin").roles("ADMIN")).with(csrf())
			.param("brukernavn", navn)
			.param("navn", "Langt Passord")
			.param("rolle", "HOD_SAKSBEHANDLER")
			.param("passord", lang))
			.andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(ny).contains("<p class=\"feltfeil\" id=\"passord-feil\">" + melding + "</p>",
				"<a href=\"#passord\">" + melding + "</a>",
				"<p class=\"hjelp\" id=\"passord-hjelp\">Minst 12 og høyst 72 tegn. Æ, ø og å teller som to tegn hver")
			.doesNotContain("bytes");
		assertThat(felt(ny, "passord")).contains("aria-invalid=\"true\"");
		assertThat(jdbc.sql("SELECT count(*) FROM bruker WHERE brukernavn = ?").param(navn).query(Long.class).single())
			.isZero();

		// 72 bytes exactly are kept whole, and sign in.
		String passe = lang.substring(0, 64) + "!";
		assertThat(passe.getBytes(StandardCharsets.UTF_8)).hasSize(72);
		mvc.perform(post("/admin/brukere/ny").with(user("admin").roles("ADMIN")).with(csrf())
			.param("brukernavn", navn)
			.param("navn", "Langt Passord")
			.param("rolle", "HOD_SAKSBEHANDLER")
			.param("passord", passe))
			.andExpect(redirectedUrl("/admin/brukere"));
		mvc.perform(formLogin("/login").user(navn).password(passe)).andExpect(redirectedUrl("/"));

		// A new password: at its field, and the old one still signs in.
		long id = jdbc.sql("SELECT id FROM bruker WHERE brukernavn = ?").param(navn).query(Long.class).single();
		String nytt = mvc.perform(post("/admin/brukere/" + id + "/passord").with(user("admin").roles("ADMIN"))
			.with(csrf()).param("passord", lang))
			.andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(nytt).contains("<p class=\"feltfeil\" id=\"nytt-passord-feil\">" + melding + "</p>",
				"<p class=\"hjelp\" id=\"nytt-passord-hjelp\">Minst 12 og høyst 72 tegn.").doesNotContain("bytes");
		mvc.perform(formLogin("/login").user(navn).password(passe)).andExpect(redirectedUrl("/"));

		// Other modules creating users are told the same.
		assertThatThrownBy(() -> brukere.create(new BrukerService.NyBruker(navn + "-2",
				"Langt Passord", lang, Rolle.HOD_SAKSBEHANDLER, null, false, null)))
			.isInstanceOf(IllegalArgumentException.class).hasMessage(melding);
	}

	/**
	 * A value no one can choose in the form (a doctored tick box) is named in the list above the form, and beside the
	 * field where the form has it: «rett feltene som er merket» alone left nothing to correct.
	 */
	@Test
	void aTickBoxSentWithAnotherValueIsNamedAboveTheForm() throws Exception {
		String navn = "avkrysning-" + System.nanoTime();
		String klarert = "«Klarert for innhold unntatt offentlighet» kan bare være krysset av eller ikke. Kryss av eller "
				+ "fjern krysset, og lagre igjen.";
		String side = mvc.perform(post("/admin/brukere/ny").with(user("admin").roles("ADMIN")).with(csrf())
			.param("brukernavn", navn)
			.param("navn", "Avkrysning")
			.param("rolle", "HOD_SAKSBEHANDLER")
			.param("klarert", "abc")
			.param("aktiv", "kanskje")
			.param("passord", "et-langt-passord"))
			.andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(side).contains("<a href=\"#klarert\">" + klarert + "</a>",
				"<p class=\"feltfeil\" id=\"klarert-feil\">" + klarert + "</p>",
				// not in a new user's form: named, not linked
				"<li>«Aktiv» kan bare være krysset av eller ikke.")
			.doesNotContain("Verdien har feil form", "href=\"#aktiv\"");
		assertThat(felt(side, "klarert")).contains("aria-invalid=\"true\"", "aria-describedby=\"klarert-feil\"");
		assertThat(jdbc.sql("SELECT count(*) FROM bruker WHERE brukernavn = ?").param(navn).query(Long.class).single())
			.isZero();
	}

	/**
	 * The summary above a refused form lists its problems in the form's field order, the same from one submit to the
	 * next, though Bean Validation finds them in no fixed order and the module's own rules after it (WCAG 1.3.2, 2.4.3).
	 */
	@Test
	void theErrorSummaryFollowsTheFormsFieldOrderEveryTime() throws Exception {
		String navn = "rekkefolge-" + System.nanoTime();
		CurrentUser admin = brukere.create(new BrukerService.NyBruker(navn, "Rekkefølge", "et-langt-passord",
				Rolle.ADMIN, null, false, null));
		for (int i = 0; i < 5; i++) {
			String ny = mvc.perform(post("/admin/brukere/ny").with(user(navn).roles("ADMIN")).with(csrf())
				.param("brukernavn", "x!")
				.param("navn", "")
				.param("epost", "ikke en adresse")
				.param("enhetId", String.valueOf(folkehelse()))
				.param("departementsavdelingId", "999999999")
				.param("klarert", "true")
				.param("passord", "kort"))
				.andExpect(status().isBadRequest())
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
			assertThat(oppsummering(ny)).containsExactly("brukernavn", "navn", "epost", "rolle", "enhetId",
					"departementsavdelingId", "klarert", "passord");

			String endre = mvc.perform(post("/admin/brukere/" + admin.id()).param("versjon", versjon(admin.id())
				).with(user(navn).roles("ADMIN")).with(csrf())
				.param("navn", "")
				.param("epost", "ikke en adresse")
				.param("enhetId", String.valueOf(folkehelse()))
				.param("departementsavdelingId", "999999999")
				.param("klarert", "true")
				.param("_aktiv", "on"))
				.andExpect(status().isBadRequest())
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
			assertThat(oppsummering(endre)).containsExactly("navn", "epost", "rolle", "enhetId",
					"departementsavdelingId", "klarert", "aktiv");
		}
		assertThat(jdbc.sql("SELECT navn FROM bruker WHERE id = ?").param(admin.id()).query(String.class).single())
			.isEqualTo("Rekkefølge");
	}

	/** The fields the error summary above the form links to, in its order. */
	private static List<String> oppsummering(String side) {
		int start = side.indexOf("<div class=\"melding feil\" role=\"alert\"");
		assertThat(start).as("the error summary").isNotNegative();
		Matcher lenke = Pattern.compile("<li><a href=\"#([^\"]+)\">").matcher(side.substring(start,
				side.indexOf("</ul>", start)));
		List<String> felter = new ArrayList<>();
		while (lenke.find()) {
			felter.add(lenke.group(1));
		}
		return felter;
	}

	/** The start tag of the form's field with the given id. */
	static String felt(String side, String id) {
		int treff = side.indexOf(" id=\"" + id + "\"");
		assertThat(treff).as("the field " + id).isNotNegative();
		int start = side.lastIndexOf('<', treff);
		return side.substring(start, side.indexOf('>', treff) + 1);
	}

	@Test
	void aTakenUserNameAndAShortPasswordAreReportedTogether() throws Exception {
		String side = mvc.perform(post("/admin/brukere/ny").with(user("admin").roles("ADMIN")).with(csrf())
			.param("brukernavn", "admin")
			.param("navn", "Ny Admin")
			.param("rolle", "ADMIN")
			.param("passord", "kort123"))
			.andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(side).contains(
				"<p class=\"feltfeil\" id=\"brukernavn-feil\">Brukernavnet «admin» er allerede i bruk.</p>",
				"<p class=\"feltfeil\" id=\"passord-feil\">Passordet må ha minst 12 tegn");
	}

	@Test
	void aDivisionLeadWithoutADivisionIsRefusedWithAMessage() throws Exception {
		mvc.perform(post("/admin/brukere/ny").with(user("admin").roles("ADMIN")).with(csrf())
			.param("brukernavn", "leder-uten")
			.param("navn", "Leder Uten")
			.param("rolle", "HDIR_LEDER")
			.param("passord", "et-langt-passord"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("En divisjonsleder må knyttes til en divisjon.")));
		mvc.perform(formLogin("/login").user("leder-uten").password("et-langt-passord"))
			.andExpect(redirectedUrl("/login?feil"));
	}

	@Test
	void aShortPasswordAndABadUserNameAreRefused() throws Exception {
		mvc.perform(post("/admin/brukere/ny").with(user("admin").roles("ADMIN")).with(csrf())
			.param("brukernavn", "ok-navn")
			.param("navn", "Ok")
			.param("rolle", "HOD_SAKSBEHANDLER")
			.param("passord", "kort"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Passordet må ha minst 12 tegn")));
		mvc.perform(post("/admin/brukere/ny").with(user("admin").roles("ADMIN")).with(csrf())
			.param("brukernavn", "bare-mellomrom")
			.param("navn", "Ok")
			.param("rolle", "HOD_SAKSBEHANDLER")
			.param("passord", "            "))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Passordet må ha minst 12 tegn")));
		// An unknown role or division from a doctored form: told in Norwegian which field, not Java's words.
		mvc.perform(post("/admin/brukere/ny").with(user("admin").roles("ADMIN")).with(csrf())
			.param("brukernavn", "ok-navn")
			.param("navn", "Ok")
			.param("rolle", "SUPER")
			.param("enhetId", "abc")
			.param("passord", "et-langt-passord"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Velg en rolle fra listen.")))
			.andExpect(content().string(containsString("Velg en divisjon fra listen.")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Failed to convert"))));
		mvc.perform(post("/admin/brukere/ny").with(user("admin").roles("ADMIN")).with(csrf())
			.param("brukernavn", "<script>")
			.param("navn", "Ok")
			.param("rolle", "HOD_SAKSBEHANDLER")
			.param("passord", "et-langt-passord"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Brukernavnet kan bare ha")));
	}

	@Test
	void aNameWithALineBreakIsRefusedInTheFormWithWhatWasTyped() throws Exception {
		String enLinje = "Navnet må stå på én linje, uten linjeskift eller andre kontrolltegn.";
		mvc.perform(post("/admin/brukere/ny").with(user("admin").roles("ADMIN")).with(csrf())
			.param("brukernavn", "linjeskift-ny")
			.param("navn", "Kari\r\nNordmann")
			.param("epost", "kari@example.org")
			.param("rolle", "HOD_SAKSBEHANDLER")
			.param("passord", "et-langt-passord"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("<p class=\"feltfeil\" id=\"navn-feil\">" + enLinje + "</p>")))
			.andExpect(content().string(containsString("value=\"linjeskift-ny\"")))
			.andExpect(content().string(containsString("value=\"kari@example.org\"")));
		// The user name and the e-mail address refuse them too, each with its own message.
		mvc.perform(post("/admin/brukere/ny").with(user("admin").roles("ADMIN")).with(csrf())
			.param("brukernavn", "linje\nskift")
			.param("navn", "Kari Nordmann")
			.param("epost", "kari@example.org\u0085")
			.param("rolle", "HOD_SAKSBEHANDLER")
			.param("passord", "et-langt-passord"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Brukernavnet kan bare ha bokstaver")))
			.andExpect(content().string(containsString("E-postadressen ser ikke riktig ut.")));
		assertThat(jdbc.sql("SELECT count(*) FROM bruker WHERE brukernavn IN ('linjeskift-ny', 'linje\nskift')")
			.query(Long.class).single()).isZero();

		// Nor may an edit break a name onto several lines; a tab is let through.
		CurrentUser bruker = brukere.create(new BrukerService.NyBruker("linjeskift-endre", "Per Hansen",
				"et-langt-passord", Rolle.HOD_SAKSBEHANDLER, null, false, null));
		mvc.perform(post("/admin/brukere/" + bruker.id()).param("versjon", versjon(bruker.id())
			).with(user("admin").roles("ADMIN")).with(csrf())
			.param("navn", "Per\nHansen")
			.param("rolle", "HOD_SAKSBEHANDLER")
			.param("aktiv", "true"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString(enLinje)));
		assertThat(jdbc.sql("SELECT navn FROM bruker WHERE id = ?").param(bruker.id()).query(String.class).single())
			.isEqualTo("Per Hansen");
		mvc.perform(post("/admin/brukere/" + bruker.id()).param("versjon", versjon(bruker.id())
			).with(user("admin").roles("ADMIN")).with(csrf())
			.param("navn", "Per\tHansen")
			.param("rolle", "HOD_SAKSBEHANDLER")
			.param("aktiv", "true"))
			.andExpect(redirectedUrl("/admin/brukere"));
	}

	@Test
	void deactivationAndWithdrawnClearanceTakeEffectAtOnce() throws Exception {
		CurrentUser bruker = brukere.create(new BrukerService.NyBruker("klarert-sb", "Klarert Sb", "et-langt-passord",
				Rolle.HOD_SAKSBEHANDLER, null, true, null));
		mvc.perform(post("/admin/brukere/" + bruker.id()).param("versjon", versjon(bruker.id())
			).with(user("admin").roles("ADMIN")).with(csrf())
			.param("navn", "Klarert Sb")
			.param("rolle", "HOD_SAKSBEHANDLER")
			.param("klarert", "false")
			.param("aktiv", "false"))
			.andExpect(redirectedUrl("/admin/brukere"));
		assertThat(jdbc.sql("SELECT klarert FROM bruker WHERE id = ?").param(bruker.id()).query(Boolean.class).single())
			.isFalse();
		assertThat(brukere.find(bruker.id())).as("a deactivated user is not found").isEmpty();
		// Told plainly, but only with the right password: a wrong one is answered as for any name.
		mvc.perform(formLogin("/login").user("klarert-sb").password("et-langt-passord"))
			.andExpect(redirectedUrl("/login?deaktivert"));
		mvc.perform(formLogin("/login").user("klarert-sb").password("et-annet-passord"))
			.andExpect(redirectedUrl("/login?feil"));
		mvc.perform(get("/login").param("deaktivert", ""))
			.andExpect(content().string(containsString("Brukeren din er deaktivert i styringsregisteret. Kontakt en "
					+ "administrator.")));
	}

	@Test
	void anAdminWhoTakesAwayTheirOwnRoleOrActiveMarkIsToldAtThoseFieldsAndNothingChanges() throws Exception {
		CurrentUser selv = brukere.create(new BrukerService.NyBruker("selv-admin", "Selv Admin", "et-langt-passord",
				Rolle.ADMIN, null, false, null));
		String side = mvc.perform(post("/admin/brukere/" + selv.id()).param("versjon", versjon(selv.id())
			).with(user("selv-admin").roles("ADMIN"))
			.with(csrf())
			.param("navn", "Selv Admin endret")
			.param("rolle", "HOD_SAKSBEHANDLER")
			.param("aktiv", "false"))
			.andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(side).contains("Skjemaet har feil",
				"<p class=\"feltfeil\" id=\"rolle-feil\">Du kan ikke fjerne din egen administratorrolle.</p>",
				"<p class=\"feltfeil\" id=\"aktiv-feil\">Du kan ikke deaktivere deg selv.</p>");
		assertThat(felt(side, "rolle")).contains("aria-invalid=\"true\"", "aria-describedby=\"rolle-feil\"");
		assertThat(felt(side, "aktiv")).contains("aria-invalid=\"true\"", "aria-describedby=\"aktiv-feil\"");
		assertThat(felt(side, "navn")).doesNotContain("aria-invalid");
		assertThat(jdbc.sql("SELECT navn || ' ' || rolle || ' ' || aktiv FROM bruker WHERE id = ?").param(selv.id())
			.query(String.class).single()).isEqualTo("Selv Admin ADMIN true");
		// Another admin may do both to this one.
		mvc.perform(post("/admin/brukere/" + selv.id()).param("versjon", versjon(selv.id())
			).with(user("admin").roles("ADMIN")).with(csrf())
			.param("navn", "Selv Admin")
			.param("rolle", "HOD_SAKSBEHANDLER")
			.param("aktiv", "false"))
			.andExpect(redirectedUrl("/admin/brukere"));
	}

	@Test
	void aUsersFormRefusedForOneFieldMarksOnlyThatField() throws Exception {
		CurrentUser bruker = brukere.create(new BrukerService.NyBruker("ett-felt-sb", "Ett Felt", "et-langt-passord",
				Rolle.HOD_SAKSBEHANDLER, null, false, null));
		String side = mvc.perform(post("/admin/brukere/" + bruker.id()).param("versjon", versjon(bruker.id())
			).with(user("admin").roles("ADMIN")).with(csrf())
			.param("navn", "")
			.param("rolle", "HOD_SAKSBEHANDLER")
			.param("aktiv", "true"))
			.andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		// The user name is not in a user's form, and is not among its problems.
		assertThat(side).contains("id=\"navn-feil\"").doesNotContain("brukernavn-feil");
		assertThat(felt(side, "navn")).contains("aria-invalid=\"true\"");
	}

	@Test
	void nonAdminsCannotCreateUsersEvenByPostingDirectly() throws Exception {
		mvc.perform(post("/admin/brukere/ny").with(user("noen").roles("HOD_SAKSBEHANDLER")).with(csrf())
			.param("brukernavn", "inntrenger")
			.param("navn", "Inntrenger")
			.param("rolle", "ADMIN")
			.param("passord", "et-langt-passord"))
			.andExpect(status().isForbidden());
		mvc.perform(formLogin("/login").user("inntrenger").password("et-langt-passord"))
			.andExpect(redirectedUrl("/login?feil"));
	}

	/** The version a user's form is opened with now. */
	private String versjon(long id) {
		return String.valueOf(jdbc.sql("SELECT versjon FROM bruker WHERE id = ?").param(id).query(Long.class).single());
	}
}
