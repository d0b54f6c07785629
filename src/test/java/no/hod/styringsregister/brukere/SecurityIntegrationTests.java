package no.hod.styringsregister.brukere;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.InvalidCsrfTokenException;
import org.springframework.security.web.csrf.MissingCsrfTokenException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.instanceOf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@AutoConfigureMockMvc
class SecurityIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	BrukerService brukere;

	@Autowired
	org.springframework.context.ApplicationContext context;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void anonymousUsersAreSentToTheLoginPageAndTheApiAnswers401() throws Exception {
		mvc.perform(get("/oppdrag").accept("text/html")).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
		mvc.perform(get("/")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/oppdrag")).andExpect(status().isUnauthorized());
		mvc.perform(get("/login")).andExpect(status().isOk()).andExpect(content().string(
				org.hamcrest.Matchers.containsString("Logg inn")));
	}

	@Test
	void theFirstAdminComesFromTheConfiguredPasswordAndLoginChangesTheSessionId() throws Exception {
		// Visiting a protected page before signing in starts a session (it remembers where to return to).
		Cookie before = mvc.perform(get("/oppdrag").accept("text/html")).andReturn().getResponse().getCookie("SESSION");
		assertThat(before).isNotNull();
		MvcResult login = mvc.perform(post("/login").cookie(before).with(csrf())
			.param("username", "admin")
			.param("password", IntegrationTest.ADMIN_PASSWORD))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(login.getResponse().getRedirectedUrl()).contains("/oppdrag");
		Cookie after = login.getResponse().getCookie("SESSION");
		assertThat(after).isNotNull();
		assertThat(after.getValue()).isNotEqualTo(before.getValue());
		mvc.perform(get("/").cookie(after)).andExpect(status().isOk());
		mvc.perform(get("/").cookie(before)).andExpect(status().is3xxRedirection());
	}

	@Test
	void aWrongPasswordIsRefusedWithAMessage() throws Exception {
		mvc.perform(formLogin("/login").user("admin").password("feil-passord"))
			.andExpect(redirectedUrl("/login?feil"));
	}

	@Test
	void repeatedFailuresLockTheUserNameEvenWithTheRightPassword() throws Exception {
		brukere.create(new NyBruker("gjetteoffer", "Gjette Offer", "riktig-passord-123", Rolle.HOD_SAKSBEHANDLER, null,
				false, null));
		for (int i = 0; i < 4; i++) {
			mvc.perform(formLogin("/login").user("gjetteoffer").password("feil" + i)).andExpect(redirectedUrl("/login?feil"));
		}
		// The failure that locks the name says so, rather than «try again».
		mvc.perform(formLogin("/login").user("gjetteoffer").password("feil4")).andExpect(redirectedUrl("/login?sperret"));
		mvc.perform(formLogin("/login").user("gjetteoffer").password("riktig-passord-123"))
			.andExpect(redirectedUrl("/login?sperret"));
		mvc.perform(get("/login").param("sperret", "")).andExpect(content().string(
				org.hamcrest.Matchers.containsString("For mange mislykkede innlogginger")));
		// Another user name is not affected.
		mvc.perform(formLogin("/login").user("admin").password(IntegrationTest.ADMIN_PASSWORD))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void unknownUserNamesAreLockedTooSoTheLockRevealsNothing() throws Exception {
		for (int i = 0; i < 4; i++) {
			mvc.perform(formLogin("/login").user("finnes-ikke").password("x")).andExpect(redirectedUrl("/login?feil"));
		}
		mvc.perform(formLogin("/login").user("finnes-ikke").password("x")).andExpect(redirectedUrl("/login?sperret"));
		mvc.perform(formLogin("/login").user("finnes-ikke").password("x")).andExpect(redirectedUrl("/login?sperret"));
	}

	/** {@code /logout} opened as a page asks, with the form that signs out; not signed in, it is the start page. */
	@Test
	void logoutOpenedAsAPageAsksWithTheFormAndSignsNoOneOut() throws Exception {
		String side = mvc.perform(get("/logout").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(side).contains("<h1>Logg ut?</h1>", "<form action=\"/logout\" method=\"post\">",
				"name=\"_csrf\"", "<a href=\"/\">Nei, til forsiden</a>");
		// Signed in without a role yet (the waiting page): may sign out too.
		mvc.perform(get("/logout").with(user("ny"))).andExpect(status().isOk());
		mvc.perform(get("/logout")).andExpect(redirectedUrl("/"));
	}

	@Test
	void postWithoutCsrfTokenIsRefused() throws Exception {
		mvc.perform(post("/logout").with(user("admin"))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/brukere/ny").with(user("admin").roles("ADMIN")).param("brukernavn", "x"))
			.andExpect(status().isForbidden());
	}

	/**
	 * A missing or wrong token, which is what a form gets once its session ran out, is told apart from a lack of
	 * access: the refusal stays in the request for the error page (FeilsvarTests renders it through the real server).
	 */
	@Test
	void aCsrfRefusalIsKeptForTheErrorPageToTellItFromALackOfAccess() throws Exception {
		mvc.perform(post("/oppdrag/TB2025-1/status").with(user("admin").roles("ADMIN")).param("status", "PAAGAAR"))
			.andExpect(status().isForbidden())
			.andExpect(request().attribute(WebAttributes.ACCESS_DENIED_403, instanceOf(MissingCsrfTokenException.class)));
		mvc.perform(post("/oppdrag/TB2025-1/status").with(user("admin").roles("ADMIN")).with(csrf().useInvalidToken())
			.param("status", "PAAGAAR"))
			.andExpect(status().isForbidden())
			.andExpect(request().attribute(WebAttributes.ACCESS_DENIED_403, instanceOf(InvalidCsrfTokenException.class)));
		mvc.perform(post("/api/oppdrag/TB2025-1/status").with(user("admin").roles("ADMIN"))
			.contentType("application/json").content("{\"status\":\"PAAGAAR\"}"))
			.andExpect(status().isForbidden())
			.andExpect(request().attribute(WebAttributes.ACCESS_DENIED_403, instanceOf(CsrfException.class)));
		// Not signed in at all (the session ran out): refused by the same check, then sent to log in, and not on to
		// the form's address afterwards (only a page it came from is kept; FeilsvarTests).
		MvcResult utlopt = mvc.perform(post("/oppdrag/TB2025-1/status").param("status", "PAAGAAR"))
			.andExpect(redirectedUrl("/login?utlopt"))
			.andReturn();
		assertThat(utlopt.getRequest().getSession().getAttribute("SPRING_SECURITY_SAVED_REQUEST")).isNull();
	}

	/**
	 * htmx (the list's filters) would follow a redirect inside its request and leave the old list on screen: it is
	 * told to open the login page instead, and the login leads back to the address it asked for, the list with the
	 * changed filter (the address htmx puts in the address bar), not the page it was sent from.
	 */
	@Test
	void anHtmxRequestWithoutASessionIsToldToOpenTheLoginAndTheLoginLeadsBackToItsPage() throws Exception {
		MvcResult svar = mvc.perform(get("/oppdrag?year=2025&q=nytt")
			.header("HX-Request", "true").header("HX-Current-URL", "http://localhost/oppdrag?year=2025&status=PAAGAAR"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("HX-Redirect", "/login?sesjon-utlopt"))
			.andExpect(header().doesNotExist("Location"))
			.andReturn();
		// Its own address, the page with the filter change that met the expiry; not the page it was sent from.
		assertThat(loggInn(svar)).isEqualTo("/oppdrag?year=2025&q=nytt");
	}

	/**
	 * A browser that sends a session the server no longer knows is told it ran out; one without a session cookie (a
	 * first visit, or after logging out) is only asked to log in. Either way the login leads back to the page.
	 */
	@Test
	void aPageOpenedWithAnUnknownSessionSaysTheSessionRanOut() throws Exception {
		Cookie ukjent = new Cookie("SESSION", Base64.getEncoder()
			.encodeToString("00000000-0000-0000-0000-000000000000".getBytes(StandardCharsets.UTF_8)));
		MvcResult utlopt = mvc.perform(get("/oppdrag?year=2025").accept("text/html").cookie(ukjent)
			.header("Sec-Fetch-Dest", "document"))
			.andExpect(redirectedUrl("/login?sesjon-utlopt"))
			.andReturn();
		assertThat(loggInn(utlopt)).isEqualTo("http://localhost/oppdrag?year=2025");
		mvc.perform(get("/oppdrag").accept("text/html").header("Sec-Fetch-Dest", "document"))
			.andExpect(redirectedUrl("/login"));
		mvc.perform(get("/login").param("sesjon-utlopt", "")).andExpect(content().string(
				org.hamcrest.Matchers.containsString("Økten din er utløpt. Logg inn igjen, så kommer du tilbake til "
						+ "siden du var på.")));
		mvc.perform(get("/login")).andExpect(content().string(
				org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Økten din"))));
	}

	/** «Logg ut» sent after the session ran out is a logout like any other, not a form whose content was lost. */
	@Test
	void loggingOutWithASessionThatRanOutSaysLoggedOut() throws Exception {
		Cookie ukjent = new Cookie("SESSION", Base64.getEncoder()
			.encodeToString("00000000-0000-0000-0000-000000000001".getBytes(StandardCharsets.UTF_8)));
		mvc.perform(post("/logout").cookie(ukjent).param("_csrf", "fra-den-utlopte-okten")
			.header("Referer", "http://localhost/oppdrag"))
			.andExpect(redirectedUrl("/login?utlogget"));
		mvc.perform(post("/logout")).andExpect(redirectedUrl("/login?utlogget"));
		// Any other form sent so still says what was lost.
		mvc.perform(post("/oppdrag/TB2025-1/status").cookie(ukjent).param("status", "PAAGAAR"))
			.andExpect(redirectedUrl("/login?utlopt"));
	}

	/** Logs in with the session the answer started; answers where the login sends the browser. */
	private String loggInn(MvcResult svar) throws Exception {
		Cookie sesjon = svar.getResponse().getCookie("SESSION");
		assertThat(sesjon).isNotNull();
		return mvc.perform(post("/login").cookie(sesjon).with(csrf())
			.param("username", "admin")
			.param("password", IntegrationTest.ADMIN_PASSWORD))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	@Test
	void everyResponseCarriesSecurityHeaders() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy",
					org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("script-src 'self'"),
							org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe-inline")))))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

	@Test
	void onlyAdminsReachTheAdminPagesAndActuator() throws Exception {
		brukere.create(new NyBruker("sb-sikkerhet", "Sb", "passord-passord", Rolle.HOD_SAKSBEHANDLER, null, false, null));
		mvc.perform(get("/admin/brukere").with(user("sb-sikkerhet").roles("HOD_SAKSBEHANDLER")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/actuator/metrics").with(user("sb-sikkerhet").roles("HOD_SAKSBEHANDLER")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/brukere").with(user("admin").roles("ADMIN"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("sb-sikkerhet")));
		mvc.perform(get("/actuator/metrics").with(user("admin").roles("ADMIN"))).andExpect(status().isOk());
		mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
		mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
	}

	@Test
	void errorPagesAreNorwegianWithoutStackTraces() throws Exception {
		mvc.perform(get("/finnes-ikke").with(user("admin").roles("ADMIN")).accept("text/html"))
			.andExpect(status().isNotFound());
	}

	@Test
	void withoutOidcPropertiesThereIsPasswordLoginOnly() throws Exception {
		assertThat(context.getBeanProvider(ClientRegistrationRepository.class).getIfAvailable()).isNull();
		mvc.perform(get("/login")).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"password\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(
					org.hamcrest.Matchers.containsString("/oauth2/authorization"))));
		// No sign-on endpoints: they are ordinary protected addresses that send the caller to the login page.
		mvc.perform(get("/oauth2/authorization/entra").accept("text/html")).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/login/oauth2/code/entra").param("code", "x").param("state", "y").accept("text/html"))
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void aUserWithoutARoleIsSentToTheWaitingPageAfterPasswordLoginToo() throws Exception {
		// An admin may set a password for a user who signed on through the provider before granting a role.
		brukere.create(new NyBruker("uten-rolle", "Uten Rolle", "et-langt-passord", Rolle.HOD_SAKSBEHANDLER, null,
				false, null));
		jdbc.sql("UPDATE bruker SET rolle = NULL WHERE brukernavn = 'uten-rolle'").update();
		MvcResult login = mvc.perform(formLogin("/login").user("uten-rolle").password("et-langt-passord"))
			.andExpect(redirectedUrl("/venter"))
			.andReturn();
		Cookie session = login.getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();
		mvc.perform(get("/venter").cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("har ikke fått tilgang ennå")));
		mvc.perform(get("/oppdrag").cookie(session).accept("text/html")).andExpect(status().isForbidden())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl("/venter"));
		mvc.perform(get("/api/oppdrag").cookie(session).accept("application/json")).andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith("application/json"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("En administrator må gi deg en rolle")));

		// Granted since: the next refused request takes the role into the session and goes on.
		jdbc.sql("UPDATE bruker SET rolle = 'HOD_SAKSBEHANDLER' WHERE brukernavn = 'uten-rolle'").update();
		MvcResult granted = mvc.perform(get("/venter").cookie(session)).andExpect(redirectedUrl("/")).andReturn();
		// A new session id, as at any change of privileges.
		Cookie renewed = granted.getResponse().getCookie("SESSION");
		assertThat(renewed).isNotNull();
		assertThat(renewed.getValue()).isNotEqualTo(session.getValue());
		mvc.perform(get("/oppdrag").cookie(renewed).accept("text/html")).andExpect(status().isOk());
	}

	@Test
	void aSessionTakesItsRoleFromTheRegisterSoADemotedOrDeactivatedAdminLosesAdminRightsAtOnce() throws Exception {
		String navn = "tidligere-admin-" + System.nanoTime();
		brukere.create(new NyBruker(navn, "Tidligere Admin", "et-langt-passord", Rolle.ADMIN, null, false, null));
		Cookie session = mvc.perform(formLogin("/login").user(navn).password("et-langt-passord"))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		mvc.perform(get("/admin/brukere").cookie(session)).andExpect(status().isOk());

		// Another admin makes them a desk officer: the same session no longer reaches the admin pages or services.
		jdbc.sql("UPDATE bruker SET rolle = 'HOD_SAKSBEHANDLER' WHERE brukernavn = :navn").param("navn", navn).update();
		MvcResult nedgradert = mvc.perform(get("/admin/brukere").cookie(session)).andExpect(status().isForbidden())
			.andReturn();
		// A new session id, as at any change of privileges; the old one is gone.
		Cookie saksbehandler = nedgradert.getResponse().getCookie("SESSION");
		assertThat(saksbehandler).isNotNull();
		assertThat(saksbehandler.getValue()).isNotEqualTo(session.getValue());
		String ny = "ny-admin-" + System.nanoTime();
		mvc.perform(post("/admin/brukere/ny").cookie(saksbehandler).with(csrf()).param("brukernavn", ny)
			.param("navn", "Ny Admin").param("rolle", "ADMIN").param("passord", "et-langt-passord"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/oppdrag").cookie(saksbehandler).accept("text/html")).andExpect(status().isOk());

		// Deactivated: signed out, and nothing an admin may do goes through.
		jdbc.sql("UPDATE bruker SET aktiv = false WHERE brukernavn = :navn").param("navn", navn).update();
		mvc.perform(get("/oppdrag").cookie(saksbehandler).accept("text/html")).andExpect(redirectedUrl("/login"));
		// The login page it is sent to says why, once.
		mvc.perform(get("/login").cookie(saksbehandler))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Brukeren din er deaktivert")));
		mvc.perform(get("/login").cookie(saksbehandler))
			.andExpect(content().string(org.hamcrest.Matchers.not(
					org.hamcrest.Matchers.containsString("Brukeren din er deaktivert"))));
		mvc.perform(post("/admin/brukere/ny").cookie(saksbehandler).with(csrf()).param("brukernavn", ny)
			.param("navn", "Ny Admin").param("rolle", "ADMIN").param("passord", "et-langt-passord"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("SELECT count(*) FROM bruker WHERE brukernavn = :ny").param("ny", ny).query(Long.class)
			.single()).isZero();
	}

	@Test
	void aPasswordSetByAnAdminEndsTheUsersOpenSessionsAtOnce() throws Exception {
		String navn = "nytt-passord-" + System.nanoTime();
		long id = brukere.create(new NyBruker(navn, "Nytt Passord", "et-langt-passord", Rolle.HOD_SAKSBEHANDLER, null,
				false, null)).id();
		// Signed in twice (two browsers), one of them perhaps by whoever learnt the old password.
		Cookie her = signIn(navn, "et-langt-passord");
		Cookie der = signIn(navn, "et-langt-passord");
		mvc.perform(get("/oppdrag").cookie(her).accept("text/html")).andExpect(status().isOk());
		mvc.perform(get("/api/oppdrag").cookie(der)).andExpect(status().isOk());

		String adminNavn = "passordadmin-" + System.nanoTime();
		brukere.create(new NyBruker(adminNavn, "Passord Admin", "et-langt-passord", Rolle.ADMIN, null, false, null));
		Cookie admin = signIn(adminNavn, "et-langt-passord");
		mvc.perform(post("/admin/brukere/" + id + "/passord").cookie(admin).with(csrf())
			.param("passord", "et-helt-nytt-passord"))
			.andExpect(redirectedUrl("/admin/brukere/" + id))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("melding",
					"Nytt passord er satt, og brukeren er logget ut av alle andre åpne økter."));

		// Both sessions are refused from the next request on, page and API alike (the page saying the session ran
		// out); the admin's goes on.
		mvc.perform(get("/oppdrag").cookie(her).accept("text/html")).andExpect(redirectedUrl("/login?sesjon-utlopt"));
		mvc.perform(get("/api/oppdrag").cookie(der)).andExpect(status().isUnauthorized());
		mvc.perform(get("/admin/brukere").cookie(admin)).andExpect(status().isOk());
		// The old password no longer signs in; the new one does.
		mvc.perform(formLogin("/login").user(navn).password("et-langt-passord")).andExpect(redirectedUrl("/login?feil"));
		Cookie ny = signIn(navn, "et-helt-nytt-passord");
		mvc.perform(get("/oppdrag").cookie(ny).accept("text/html")).andExpect(status().isOk());
	}

	@Test
	void anAdminSettingTheirOwnPasswordKeepsThisSessionAndEndsTheOthers() throws Exception {
		String navn = "egen-admin-" + System.nanoTime();
		long id = brukere.create(new NyBruker(navn, "Egen Admin", "et-langt-passord", Rolle.ADMIN, null, false, null))
			.id();
		Cookie denne = signIn(navn, "et-langt-passord");
		Cookie annen = signIn(navn, "et-langt-passord");
		mvc.perform(post("/admin/brukere/" + id + "/passord").cookie(denne).with(csrf())
			.param("passord", "et-helt-nytt-passord"))
			.andExpect(redirectedUrl("/admin/brukere/" + id));
		mvc.perform(get("/admin/brukere/" + id).cookie(denne)).andExpect(status().isOk());
		mvc.perform(get("/admin/brukere").cookie(annen).accept("text/html"))
			.andExpect(redirectedUrl("/login?sesjon-utlopt"));
	}

	/** A real sign-in through the login form: its session cookie (Spring Session, in the database). */
	private Cookie signIn(String navn, String passord) throws Exception {
		Cookie session = mvc.perform(formLogin("/login").user(navn).password(passord))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).isNotNull();
		return session;
	}

	@Test
	void aRoleChangedSinceSignInCountsFromTheNextRequest() throws Exception {
		String navn = "forfremmet-" + System.nanoTime();
		brukere.create(new NyBruker(navn, "Forfremmet", "et-langt-passord", Rolle.HOD_SAKSBEHANDLER, null, false, null));
		Cookie session = mvc.perform(formLogin("/login").user(navn).password("et-langt-passord"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		mvc.perform(get("/admin/brukere").cookie(session)).andExpect(status().isForbidden());
		jdbc.sql("UPDATE bruker SET rolle = 'ADMIN' WHERE brukernavn = :navn").param("navn", navn).update();
		Cookie admin = mvc.perform(get("/admin/brukere").cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(admin.getValue()).isNotEqualTo(session.getValue());
		mvc.perform(get("/admin/brukere").cookie(admin)).andExpect(status().isOk());
	}
}
