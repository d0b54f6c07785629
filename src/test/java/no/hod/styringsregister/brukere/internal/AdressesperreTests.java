package no.hod.styringsregister.brukere.internal;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.testsupport.TestDatabaseInitializer;
import no.hod.styringsregister.web.Formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The limit of failed logins per client address, at its default (20 within 15 minutes), beside the lock per user name.
 * A context of its own: the shared test context lifts the limit, as every test there signs in from 127.0.0.1. Each
 * test here uses addresses of its own. Across instances: TwoInstancesTests.
 */
@SpringBootTest(properties = { "styringsregister.demo=false",
		"styringsregister.admin.password=" + IntegrationTest.ADMIN_PASSWORD })
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@AutoConfigureMockMvc
class AdressesperreTests {

	private static final String PASSORD = "riktig-passord-123";

	@Autowired
	MockMvc mvc;

	@Autowired
	BrukerService brukere;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BrukerAdministrasjon administrasjon;

	@Test
	void twentyFailuresFromOneAddressRefuseEveryLoginFromThereButLockNoAccount() throws Exception {
		brukere.create(new NyBruker("adresse-offer", "Adresse Offer", PASSORD, Rolle.HOD_SAKSBEHANDLER, null, false,
				null));
		// Twenty user names, a real one among them, each tried fewer times than locks a name.
		for (int i = 0; i < 19; i++) {
			login("192.0.2.10", "finnes-ikke-" + i, "feil").andExpect(redirectedUrl("/login?feil"));
		}
		login("192.0.2.10", "adresse-offer", "feil").andExpect(redirectedUrl("/login?feil"));

		// The right password is refused from there, as an unknown name is: the answer tells nothing about names.
		login("192.0.2.10", "adresse-offer", PASSORD).andExpect(redirectedUrl("/login?sperret-adresse"));
		login("192.0.2.10", "finnes-ikke-99", "feil").andExpect(redirectedUrl("/login?sperret-adresse"));
		mvc.perform(get("/login").param("sperret-adresse", "")).andExpect(content().string(containsString(
				"For mange mislykkede innlogginger fra denne nettverksadressen. Innlogging herfra er sperret i 15 "
						+ "minutter.")));
		// The account is not locked: from another address the user signs in.
		assertThat(jdbc.sql("SELECT count(*) FROM innloggingsforsok WHERE brukernavn = 'adresse-offer' "
				+ "AND sperret_til IS NOT NULL").query(Long.class).single()).isZero();
		login("192.0.2.11", "adresse-offer", PASSORD).andExpect(redirectedUrl("/"));
	}

	@Test
	void nineteenFailuresLockNothingAndASuccessDoesNotResetTheCount() throws Exception {
		brukere.create(new NyBruker("adresse-egen", "Egen Konto", PASSORD, Rolle.HOD_SAKSBEHANDLER, null, false, null));
		for (int i = 0; i < 19; i++) {
			login("192.0.2.20", "gjett-" + i, "feil").andExpect(redirectedUrl("/login?feil"));
		}
		// A caller with an account of its own cannot clear the count by signing in between the guesses.
		login("192.0.2.20", "adresse-egen", PASSORD).andExpect(redirectedUrl("/"));
		login("192.0.2.20", "gjett-19", "feil").andExpect(redirectedUrl("/login?feil"));
		login("192.0.2.20", "adresse-egen", PASSORD).andExpect(redirectedUrl("/login?sperret-adresse"));
	}

	@Test
	void theLockEndsWhenItsTimeHasPassedAndOldFailuresOpenANewWindow() throws Exception {
		brukere.create(new NyBruker("adresse-vent", "Vent Litt", PASSORD, Rolle.HOD_SAKSBEHANDLER, null, false, null));
		for (int i = 0; i < 20; i++) {
			login("192.0.2.30", "vent-" + i, "feil");
		}
		login("192.0.2.30", "adresse-vent", PASSORD).andExpect(redirectedUrl("/login?sperret-adresse"));
		// Fifteen minutes later (moved back in the database, which every instance reads): open again.
		jdbc.sql("UPDATE innloggingsforsok_adresse SET sperret_til = now() - interval '1 second', "
				+ "forste_mislykket = now() - interval '16 minutes' WHERE adresse = '192.0.2.30'").update();
		login("192.0.2.30", "adresse-vent", PASSORD).andExpect(redirectedUrl("/"));

		// Failures more than 15 minutes apart never add up to a lock.
		for (int i = 0; i < 19; i++) {
			login("192.0.2.31", "spredt-" + i, "feil");
		}
		jdbc.sql("UPDATE innloggingsforsok_adresse SET forste_mislykket = now() - interval '16 minutes' "
				+ "WHERE adresse = '192.0.2.31'").update();
		login("192.0.2.31", "spredt-19", "feil").andExpect(redirectedUrl("/login?feil"));
		assertThat(jdbc.sql("SELECT mislykket FROM innloggingsforsok_adresse WHERE adresse = '192.0.2.31'")
			.query(Integer.class).single()).isEqualTo(1);
		login("192.0.2.31", "adresse-vent", PASSORD).andExpect(redirectedUrl("/"));
	}

	@Test
	void anIpv6ClientIsCountedByItsNetworkSoChangingAddressDoesNotHelp() throws Exception {
		brukere.create(new NyBruker("adresse-v6", "Seks Nett", PASSORD, Rolle.HOD_SAKSBEHANDLER, null, false, null));
		for (int i = 1; i <= 20; i++) {
			login("2001:db8:0:7:0:0:0:" + Integer.toHexString(i), "v6-" + i, "feil").andExpect(redirectedUrl("/login?feil"));
		}
		login("2001:db8:0:7:ffff:1:2:3", "adresse-v6", PASSORD).andExpect(redirectedUrl("/login?sperret-adresse"));
		// Another network is not.
		login("2001:db8:0:8::1", "adresse-v6", PASSORD).andExpect(redirectedUrl("/"));
	}

	@Test
	void anAdminSeesTheLockedAddressesAndLiftsOneAndOthersCannot() throws Exception {
		brukere.create(new NyBruker("adresse-kontor", "Kontor Bruker", PASSORD, Rolle.HOD_SAKSBEHANDLER, null, false,
				null));
		for (int i = 0; i < 20; i++) {
			login("192.0.2.40", "kontor-" + i, "feil");
		}
		login("192.0.2.40", "adresse-kontor", PASSORD).andExpect(redirectedUrl("/login?sperret-adresse"));
		OffsetDateTime til = jdbc.sql("SELECT sperret_til FROM innloggingsforsok_adresse WHERE adresse = '192.0.2.40'")
			.query(OffsetDateTime.class).single();

		String liste = mvc.perform(get("/admin/brukere").with(user("admin").roles("ADMIN")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(liste).contains("Sperrede nettverksadresser", "<td>192.0.2.40</td>", "<td>20</td>",
				"<td>" + new Formats().tidspunkt(til) + "</td>", "name=\"adresse\" value=\"192.0.2.40\"",
				"Opphev sperren");

		// Only admins, only with the form's token, and the service checks the role whoever calls it.
		mvc.perform(post("/admin/brukere/adressesperre").param("adresse", "192.0.2.40")
			.with(user("admin").roles("ADMIN"))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/brukere/adressesperre").param("adresse", "192.0.2.40")
			.with(user("adresse-kontor").roles("HOD_SAKSBEHANDLER")).with(csrf())).andExpect(status().isForbidden());
		SecurityContextHolder.getContext().setAuthentication(
				new TestingAuthenticationToken("adresse-kontor", null, "ROLE_HOD_SAKSBEHANDLER"));
		try {
			assertThatThrownBy(() -> administrasjon.opphevAdressesperre("192.0.2.40"))
				.isInstanceOf(AccessDeniedException.class);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		login("192.0.2.40", "adresse-kontor", PASSORD).andExpect(redirectedUrl("/login?sperret-adresse"));

		mvc.perform(post("/admin/brukere/adressesperre").param("adresse", "192.0.2.40")
			.with(user("admin").roles("ADMIN")).with(csrf()))
			.andExpect(redirectedUrl("/admin/brukere"))
			.andExpect(flash().attribute("melding",
					"Sperren for adressen 192.0.2.40 er opphevet. Innlogging derfra er mulig igjen."));
		login("192.0.2.40", "adresse-kontor", PASSORD).andExpect(redirectedUrl("/"));
		assertThat(mvc.perform(get("/admin/brukere").with(user("admin").roles("ADMIN"))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("192.0.2.40");

		// Pressed twice (two admins at once): said so, not claimed done.
		mvc.perform(post("/admin/brukere/adressesperre").param("adresse", "192.0.2.40")
			.with(user("admin").roles("ADMIN")).with(csrf()))
			.andExpect(flash().attribute("info", "Adressen 192.0.2.40 var ikke sperret (sperren kan ha løpt ut)."));
	}

	@Test
	void theKeyOfAnAddress() {
		assertThat(LoginAttempts.addressKey("192.0.2.1")).isEqualTo("192.0.2.1");
		assertThat(LoginAttempts.addressKey("2001:db8:0:7:1:2:3:4")).isEqualTo("2001:db8:0:7:0:0:0:0/64");
		assertThat(LoginAttempts.addressKey("2001:DB8:0:7::9%eth0")).isEqualTo("2001:db8:0:7:0:0:0:0/64");
		assertThat(LoginAttempts.addressKey("::ffff:192.0.2.1")).isEqualTo("192.0.2.1");
		assertThat(LoginAttempts.addressKey("ikke-en-adresse")).isEqualTo("ikke-en-adresse");
		assertThat(LoginAttempts.addressKey(null)).isEmpty();
	}

	private ResultActions login(String adresse, String brukernavn, String passord) throws Exception {
		return mvc.perform(post("/login").param("username", brukernavn).param("password", passord).with(csrf())
			.with(fra(adresse)));
	}

	private static RequestPostProcessor fra(String adresse) {
		return request -> {
			request.setRemoteAddr(adresse);
			return request;
		};
	}
}
