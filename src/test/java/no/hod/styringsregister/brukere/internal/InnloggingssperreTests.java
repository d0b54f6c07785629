package no.hod.styringsregister.brukere.internal;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A user locked out by failed logins: the admin sees until when, and lifts the lock by a button or a new password. */
@IntegrationTest
@AutoConfigureMockMvc
class InnloggingssperreTests {

	private static final String PASSORD = "riktig-passord-123";

	@Autowired
	MockMvc mvc;

	@Autowired
	BrukerService brukere;

	@Autowired
	BrukerAdministrasjon administrasjon;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void anAdminSeesTheLockInTheListAndOnTheUserPageAndLiftsIt() throws Exception {
		long id = laastBruker("sperret-a");
		String kl = sperretTil("sperret-a");

		String liste = side("/admin/brukere");
		// The column says what it shows, and every row has a value: the lock, or that there is none.
		assertThat(liste).contains("<th scope=\"col\">Innloggingssperre</th>");
		assertThat(rad(liste, id)).contains("Sperret til kl. " + kl, "action=\"/admin/brukere/" + id + "/las-opp\"")
			.doesNotContain("Ikke sperret");
		assertThat(side("/admin/brukere/" + id)).contains("Sperret til kl. " + kl + " etter for mange mislykkede");

		// Only admins, and only with the form's token.
		mvc.perform(post("/admin/brukere/" + id + "/las-opp").with(user("admin").roles("ADMIN")))
			.andExpect(status().isForbidden());
		mvc.perform(formLogin("/login").user("sperret-a").password(PASSORD)).andExpect(redirectedUrl("/login?sperret"));

		mvc.perform(post("/admin/brukere/" + id + "/las-opp").param("tilbake", "liste")
			.with(user("admin").roles("ADMIN")).with(csrf()))
			.andExpect(redirectedUrl("/admin/brukere"))
			.andExpect(flash().attribute("melding", "Innloggingen for «sperret-a» er låst opp."));
		// Other tests lock users of their own: this user's row has no lock and no button left.
		assertThat(rad(side("/admin/brukere"), id)).contains("Ikke sperret").doesNotContain("Sperret til", "las-opp");
		assertThat(side("/admin/brukere/" + id)).doesNotContain("Sperret til kl.");

		mvc.perform(formLogin("/login").user("sperret-a").password(PASSORD)).andExpect(redirectedUrl("/"));
	}

	@Test
	void aNewPasswordLiftsTheLockAndForgetsTheFailures() throws Exception {
		long id = laastBruker("sperret-b");

		mvc.perform(post("/admin/brukere/" + id + "/passord").param("passord", "et-nytt-langt-passord")
			.with(user("admin").roles("ADMIN")).with(csrf()))
			.andExpect(redirectedUrl("/admin/brukere/" + id));
		assertThat(jdbc.sql("SELECT count(*) FROM innloggingsforsok WHERE brukernavn = 'sperret-b'").query(Long.class)
			.single()).isZero();
		mvc.perform(formLogin("/login").user("sperret-b").password("et-nytt-langt-passord"))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void theServiceRefusesAnyoneButAnAdminWhateverPageCallsIt() throws Exception {
		long id = laastBruker("sperret-c");
		brukere.create(new NyBruker("sb-sperre", "Sara", PASSORD, Rolle.HOD_SAKSBEHANDLER, null, false, null));
		SecurityContextHolder.getContext().setAuthentication(
				new TestingAuthenticationToken("sb-sperre", null, "ROLE_HOD_SAKSBEHANDLER"));

		assertThatThrownBy(() -> administrasjon.lasOpp(id)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> administrasjon.sperrer()).isInstanceOf(AccessDeniedException.class);
		SecurityContextHolder.clearContext();
		mvc.perform(formLogin("/login").user("sperret-c").password(PASSORD)).andExpect(redirectedUrl("/login?sperret"));
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void theLogNamesTheAddressTheLockingFailureCameFromSoItCanBeRefusedAtTheProxy(CapturedOutput logg)
			throws Exception {
		// Any name counts, known or not; one with a line break does not break the log's line.
		for (int i = 1; i <= 5; i++) {
			mvc.perform(post("/login").param("username", "Sperret-Logg\nFalsk linje").param("password", "feil")
				.with(csrf()).with(request -> {
					request.setRemoteAddr("192.0.2.77");
					return request;
				})).andExpect(redirectedUrl(i < 5 ? "/login?feil" : "/login?sperret"));
		}
		assertThat(logg).contains("Brukernavnet «sperret-logg?falsk linje» er sperret i 15 minutter etter 5 "
				+ "mislykkede innlogginger; den siste kom fra adressen 192.0.2.77.");
	}

	/**
	 * Lifting a cleared user's lock reopens password guessing on an account that reads exempt content (offl. § 22):
	 * a cleared admin's to do. An uncleared one sees the lock and why, no button, and is refused by the address and the
	 * service alike.
	 */
	@Test
	void onlyAClearedAdminLiftsAClearedUsersLock() throws Exception {
		String navn = "sperret-k-" + UUID.randomUUID().toString().substring(0, 8);
		long id = laastBruker(navn, true);
		String uklarert = "sperre-admin-" + UUID.randomUUID().toString().substring(0, 8);
		brukere.create(new NyBruker(uklarert, "Uklarert Admin", PASSORD, Rolle.ADMIN, null, false, null));
		String grunn = "Bare en administrator som selv er klarert for innhold unntatt offentlighet, kan låse opp en "
				+ "klarert bruker.";
		assertThat(rad(side("/admin/brukere", uklarert), id)).contains("Sperret til kl.", grunn)
			.doesNotContain("las-opp");
		assertThat(side("/admin/brukere/" + id, uklarert)).contains("Brukeren er klarert, og du er ikke det: bare en "
				+ "administrator som selv er klarert for innhold unntatt offentlighet, kan låse opp eller sette nytt "
				+ "passord for brukeren.").doesNotContain("/las-opp", "Lås opp hvis");
		String melding = "Brukeren er klarert for innhold unntatt offentlighet (offl. § 22), og du er ikke det. En "
				+ "klarert administrator må oppheve innloggingssperren for brukeren.";
		for (String tilbake : new String[] { "liste", "" }) {
			String svar = mvc.perform(post("/admin/brukere/" + id + "/las-opp").param("tilbake", tilbake)
				.with(user(uklarert).roles("ADMIN")).with(csrf()))
				.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
			assertThat(svar).contains(melding);
		}
		SecurityContextHolder.getContext().setAuthentication(
				new TestingAuthenticationToken(uklarert, null, "ROLE_ADMIN"));
		assertThatThrownBy(() -> administrasjon.lasOpp(id)).isInstanceOf(IllegalArgumentException.class)
			.hasMessage(melding);
		SecurityContextHolder.clearContext();
		mvc.perform(formLogin("/login").user(navn).password(PASSORD)).andExpect(redirectedUrl("/login?sperret"));

		// The first admin is cleared: he has the button and lifts the lock.
		assertThat(rad(side("/admin/brukere"), id)).contains("action=\"/admin/brukere/" + id + "/las-opp\"")
			.doesNotContain(grunn);
		mvc.perform(post("/admin/brukere/" + id + "/las-opp").with(user("admin").roles("ADMIN")).with(csrf()))
			.andExpect(redirectedUrl("/admin/brukere/" + id));
		mvc.perform(formLogin("/login").user(navn).password(PASSORD)).andExpect(redirectedUrl("/"));
	}

	private long laastBruker(String navn) throws Exception {
		return laastBruker(navn, false);
	}

	/** A user locked by five wrong passwords through the login form; the right one is then refused too. */
	private long laastBruker(String navn, boolean klarert) throws Exception {
		long id = brukere.create(new NyBruker(navn, "Låst " + navn, PASSORD, Rolle.HOD_SAKSBEHANDLER, null, klarert,
				null)).id();
		for (int i = 1; i <= 5; i++) {
			mvc.perform(formLogin("/login").user(navn).password("feil" + i))
				.andExpect(redirectedUrl(i < 5 ? "/login?feil" : "/login?sperret"));
		}
		mvc.perform(formLogin("/login").user(navn).password(PASSORD)).andExpect(redirectedUrl("/login?sperret"));
		return id;
	}

	/** The end of the lock as the admins' clock shows it. */
	private String sperretTil(String navn) {
		OffsetDateTime til = jdbc.sql("SELECT sperret_til FROM innloggingsforsok WHERE brukernavn = ?").param(navn)
			.query(OffsetDateTime.class).single();
		return DateTimeFormatter.ofPattern("HH:mm").format(til.atZoneSameInstant(ZoneId.of("Europe/Oslo")));
	}

	/** The user's row in the list. */
	private static String rad(String liste, long id) {
		int lenke = liste.indexOf("href=\"/admin/brukere/" + id + "\"");
		assertThat(lenke).as("the row of user " + id).isNotNegative();
		return liste.substring(liste.lastIndexOf("<tr>", lenke), liste.indexOf("</tr>", lenke));
	}

	private String side(String path) throws Exception {
		return side(path, "admin");
	}

	private String side(String path, String admin) throws Exception {
		return mvc.perform(get(path).with(user(admin).roles("ADMIN"))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}
}
