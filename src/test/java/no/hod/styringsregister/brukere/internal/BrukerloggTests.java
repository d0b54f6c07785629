package no.hod.styringsregister.brukere.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every change to a user leaves one row in its change log, by whom, from what to what, in the change's transaction; a
 * refused change leaves none; the admin's user page shows the log. Every test has users of its own.
 */
@IntegrationTest
@AutoConfigureMockMvc
class BrukerloggTests {

	private static final String PASSORD = "et-langt-passord";

	@Autowired
	BrukerAdministrasjon administrasjon;

	@Autowired
	BrukerService brukere;

	@Autowired
	BrukerRepository repository;

	@Autowired
	OrganisasjonService organisasjon;

	@Autowired
	LoginAttempts attempts;

	@Autowired
	OidcBrukere oidcBrukere;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	private static String navn(String hva) {
		return "logg-" + hva + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private CurrentUser admin(boolean klarert) {
		String brukernavn = navn(klarert ? "admin-k" : "admin-u");
		return brukere.create(new NyBruker(brukernavn, "Admin " + brukernavn, PASSORD, Rolle.ADMIN, null, klarert,
				null));
	}

	private static void loggInn(CurrentUser admin) {
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken
			.authenticated(admin.brukernavn(), null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
	}

	private BrukerSkjema skjema(long id) {
		return BrukerSkjema.of(repository.findById(id).orElseThrow());
	}

	/** The user's log, oldest first: field, from, to, by (user name and name), each «-» where empty. */
	private List<String> rader(long id) {
		return jdbc.sql("""
				SELECT felt || ' | ' || coalesce(fra, '-') || ' | ' || coalesce(til, '-') || ' | '
				    || coalesce(av_brukernavn, '-') || ' | ' || coalesce(av_navn, '-')
				FROM bruker_endring WHERE bruker_id = ? ORDER BY id""").param(id).query(String.class).list();
	}

	/** Saves the form after {@code endring}; answers the rows the save added. */
	private List<String> lagre(long id, java.util.function.Consumer<BrukerSkjema> endring) {
		int for_ = rader(id).size();
		BrukerSkjema skjema = skjema(id);
		endring.accept(skjema);
		administrasjon.update(id, skjema);
		List<String> etter = rader(id);
		return etter.subList(for_, etter.size());
	}

	private long divisjon(String navn) {
		long hdir = organisasjon.etatByName("Helsedirektoratet").orElseThrow().id();
		return organisasjon.divisjoner(hdir).stream().filter(d -> d.navn().equals(navn)).findFirst().orElseThrow()
			.id();
	}

	@Test
	void everyKindOfChangeLeavesExactlyOneRowSayingWhoAndFromWhatToWhat() {
		CurrentUser admin = admin(true);
		loggInn(admin);
		String av = admin.brukernavn() + " | " + admin.navn();
		BrukerSkjema ny = new BrukerSkjema();
		ny.setBrukernavn(navn("sb"));
		ny.setNavn("Kari Nordmann");
		ny.setRolle(Rolle.HOD_SAKSBEHANDLER);
		ny.setPassord(PASSORD);
		long id = administrasjon.create(ny);
		assertThat(rader(id)).containsExactly("opprettet | - | Navn: Kari Nordmann; Rolle: Saksbehandler i HOD; "
				+ "Klarert (offl. § 22): nei; Aktiv: ja | " + av);

		assertThat(lagre(id, s -> s.setNavn("Kari Hansen")))
			.containsExactly("navn | Kari Nordmann | Kari Hansen | " + av);
		assertThat(lagre(id, s -> s.setEpost("kari@example.org")))
			.containsExactly("epost | - | kari@example.org | " + av);
		long fha = jdbc.sql("SELECT id FROM departementsavdeling WHERE kode = 'FHA'").query(Long.class).single();
		assertThat(lagre(id, s -> s.setDepartementsavdelingId(fha)))
			.containsExactly("departementsavdeling | - | FHA – Folkehelseavdelingen | " + av);
		assertThat(lagre(id, s -> {
			s.setDepartementsavdelingId(null);
			s.setRolle(Rolle.HDIR_LEDER);
			s.setEnhetId(divisjon("Divisjon folkehelse"));
		})).containsExactly("rolle | Saksbehandler i HOD | Divisjonsleder | " + av,
				"divisjon | - | Divisjon folkehelse | " + av,
				"departementsavdeling | FHA – Folkehelseavdelingen | - | " + av);
		assertThat(lagre(id, s -> s.setKlarert(true))).containsExactly("klarert | nei | ja | " + av);
		assertThat(lagre(id, s -> s.setAktiv(false))).containsExactly("aktiv | ja | nei | " + av);
		// The form saved as it was shown changes nothing, and logs nothing.
		assertThat(lagre(id, s -> {
		})).isEmpty();

		int for_ = rader(id).size();
		administrasjon.resetPassword(id, "et-helt-nytt-passord");
		assertThat(rader(id).subList(for_, for_ + 1)).containsExactly("passord | - | passord satt | " + av);
		assertThat(rader(id)).hasSize(for_ + 1);
		String hash = repository.findById(id).orElseThrow().getPassordHash();
		assertThat(jdbc.sql("""
				SELECT count(*) FROM bruker_endring
				WHERE concat(fra, til) LIKE '%et-helt-nytt-passord%' OR concat(fra, til) LIKE '%' || ? || '%'
				    OR concat(fra, til) LIKE '%' || ? || '%'""").param(hash).param(PASSORD).query(Long.class).single())
			.isZero();
	}

	@Test
	void aLoginLockAndItsLiftingAreLoggedTheLockByTheRegisterTheLiftingByTheAdmin() {
		CurrentUser admin = admin(true);
		CurrentUser bruker = brukere.create(new NyBruker(navn("sperret"), "Sperret Bruker", PASSORD,
				Rolle.HOD_SAKSBEHANDLER, null, false, null));
		for (int i = 0; i < 5; i++) {
			attempts.recordFailure(bruker.brukernavn(), "192.0.2.44");
		}
		List<String> rader = rader(bruker.id());
		assertThat(rader).hasSize(2);
		String tid = Brukerlogg.tidspunkt(attempts.lockedUntil(bruker.brukernavn()).orElseThrow());
		assertThat(tid).matches("\\d{1,2}\\. [a-zø]+ \\d{4} kl\\. \\d{2}:\\d{2}");
		assertThat(rader.get(1))
			.isEqualTo("innloggingssperre | - | Sperret til " + tid + " etter 5 mislykkede innlogginger | - | -");

		loggInn(admin);
		administrasjon.lasOpp(bruker.id());
		assertThat(rader(bruker.id())).hasSize(3).last().isEqualTo("innloggingssperre | Sperret til " + tid
				+ " | Opphevet | " + admin.brukernavn() + " | " + admin.navn());
	}

	@Test
	void aFirstSignOnThroughTheIdentityProviderIsLoggedAsTheUsersOwn() {
		String brukernavn = navn("oidc");
		Instant naa = Instant.now();
		BrukerEntity ny = oidcBrukere.logInn(new DefaultOidcUser(List.of(), new OidcIdToken("token", naa,
				naa.plusSeconds(300), Map.of("iss", "https://idp.example/hod", "sub", "sub-" + brukernavn,
						"preferred_username", brukernavn, "name", "Ola Oidc"))));
		assertThat(rader(ny.getId())).containsExactly("opprettet | - | Ved første innlogging gjennom "
				+ "innloggingstjenesten. Navn: Ola Oidc; Rolle: Venter på rolle; Klarert (offl. § 22): nei; Aktiv: ja | "
				+ brukernavn + " | Ola Oidc");
		// Signing in again changes nothing.
		oidcBrukere.logInn(new DefaultOidcUser(List.of(), new OidcIdToken("token", naa, naa.plusSeconds(300),
				Map.of("iss", "https://idp.example/hod", "sub", "sub-" + brukernavn, "preferred_username", brukernavn))));
		assertThat(rader(ny.getId())).hasSize(1);
	}

	@Test
	void aRefusedChangeLeavesNoRow() {
		CurrentUser klarert = brukere.create(new NyBruker(navn("klarert"), "Klarert Bruker", PASSORD,
				Rolle.HOD_SAKSBEHANDLER, null, true, null));
		List<String> for_ = rader(klarert.id());
		assertThat(for_).hasSize(1);
		loggInn(admin(false));
		BrukerSkjema skjema = skjema(klarert.id());
		skjema.setNavn("Overtatt");
		assertThatThrownBy(() -> administrasjon.update(klarert.id(), skjema))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> administrasjon.resetPassword(klarert.id(), "et-helt-nytt-passord"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> administrasjon.lasOpp(klarert.id())).isInstanceOf(IllegalArgumentException.class);
		assertThat(rader(klarert.id())).isEqualTo(for_);
	}

	@Test
	void aStaleFormIsAConflictAndLeavesNoRow() throws Exception {
		CurrentUser admin = admin(true);
		CurrentUser bruker = brukere.create(new NyBruker(navn("stale"), "Gammel Form", PASSORD,
				Rolle.HOD_SAKSBEHANDLER, null, false, null));
		BrukerSkjema aapnet = skjema(bruker.id());
		loggInn(admin);
		assertThat(lagre(bruker.id(), s -> s.setEpost("andre@example.org"))).hasSize(1);
		SecurityContextHolder.clearContext();
		List<String> for_ = rader(bruker.id());

		// The form opened before the e-mail was set, sent with a new name.
		MockHttpServletRequestBuilder post = post("/admin/brukere/" + bruker.id())
			.with(user(admin.brukernavn()).roles("ADMIN")).with(csrf())
			.param("navn", "Nytt Navn").param("epost", "").param("rolle", "HOD_SAKSBEHANDLER").param("enhetId", "")
			.param("departementsavdelingId", "").param("klarert", "false").param("aktiv", "true")
			.param("versjon", String.valueOf(aapnet.getVersjon()))
			.param("lastet.navn", "Gammel Form").param("lastet.epost", "").param("lastet.rolle", "HOD_SAKSBEHANDLER")
			.param("lastet.enhetId", "").param("lastet.departementsavdelingId", "").param("lastet.klarert", "false")
			.param("lastet.aktiv", "true");
		mvc.perform(post).andExpect(status().isConflict());
		assertThat(rader(bruker.id())).isEqualTo(for_);
		assertThat(repository.findById(bruker.id()).orElseThrow().getNavn()).isEqualTo("Gammel Form");
	}

	@Test
	void theAdminsUserPageShowsTheLogNewestFirstInOsloTimeAndNobodyElseSeesIt() throws Exception {
		CurrentUser admin = admin(true);
		CurrentUser bruker = brukere.create(new NyBruker(navn("side"), "Side Bruker", PASSORD,
				Rolle.HOD_SAKSBEHANDLER, null, false, null));
		// 23:30 UTC on 30 November is half past midnight on 1 December in Oslo (winter time, UTC+1).
		jdbc.sql("""
				INSERT INTO bruker_endring (bruker_id, tidspunkt, av_brukernavn, av_navn, felt, fra, til)
				VALUES (?, '2026-11-30T23:30:00Z', 'eldre-admin', 'Eldre Admin', 'epost', NULL, 'gammel@example.org')""")
			.param(bruker.id()).update();
		loggInn(admin);
		lagre(bruker.id(), s -> s.setRolle(Rolle.ADMIN));
		SecurityContextHolder.clearContext();

		String side = mvc.perform(get("/admin/brukere/" + bruker.id()).with(user(admin.brukernavn()).roles("ADMIN")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String logg = side.substring(side.indexOf("<h2 id=\"endringslogg\">Endringslogg</h2>"));
		int rolle = logg.indexOf("<td>Administrator</td>");
		int eldre = logg.indexOf("<td>1. desember 2026 kl. 00:30</td>");
		assertThat(rolle).isPositive();
		assertThat(eldre).isGreaterThan(rolle);
		assertThat(logg).contains("<td>Eldre Admin (eldre-admin)</td>", "<td>gammel@example.org</td>",
				"<td>" + admin.navn() + " (" + admin.brukernavn() + ")</td>", "<td>Saksbehandler i HOD</td>");

		CurrentUser saksbehandler = brukere.create(new NyBruker(navn("sb"), "Saksbehandler", PASSORD,
				Rolle.HOD_SAKSBEHANDLER, null, true, null));
		mvc.perform(get("/admin/brukere/" + bruker.id()).with(user(saksbehandler.brukernavn())
			.roles("HOD_SAKSBEHANDLER"))).andExpect(status().isForbidden());
	}

	@Test
	void theLogCannotBeChangedOrEmptied() {
		CurrentUser bruker = brukere.create(new NyBruker(navn("fast"), "Fast Bruker", PASSORD,
				Rolle.HOD_SAKSBEHANDLER, null, false, null));
		assertThatThrownBy(() -> jdbc.sql("UPDATE bruker_endring SET til = 'annet' WHERE bruker_id = ?")
			.param(bruker.id()).update()).hasMessageContaining("kan ikke endres eller slettes");
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM bruker_endring WHERE bruker_id = ?").param(bruker.id())
			.update()).hasMessageContaining("kan ikke endres eller slettes");
		assertThat(rader(bruker.id())).hasSize(1);
	}
}
