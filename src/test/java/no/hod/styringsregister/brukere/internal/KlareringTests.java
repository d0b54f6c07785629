package no.hod.styringsregister.brukere.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import no.hod.styringsregister.Regelbrudd;
import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.organisasjon.Enhet;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Clearance for exempt content (offl. § 22) means something only if an uncleared admin can neither grant it (to
 * himself or anyone) nor take over a cleared account. Every test has users of its own.
 */
@IntegrationTest
@AutoConfigureMockMvc
class KlareringTests {

	private static final String GI_KLARERING = "Bare en administrator som selv er klarert for innhold unntatt "
			+ "offentlighet (offl. § 22), kan gi eller ta bort klarering.";

	@Autowired
	BrukerAdministrasjon administrasjon;

	@Autowired
	BrukerService brukere;

	@Autowired
	BrukerRepository repository;

	@Autowired
	OrganisasjonService organisasjon;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	PasswordEncoder passwordEncoder;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	private static String navn(String hva) {
		return "klar-" + hva + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private CurrentUser bruker(String hva, Rolle rolle, Long enhetId, boolean klarert) {
		return brukere.create(new NyBruker(navn(hva), "Navn " + hva, "et-langt-passord", rolle, enhetId, klarert,
				hva + "@example.org"));
	}

	private CurrentUser admin(boolean klarert) {
		return bruker(klarert ? "admin-k" : "admin-u", Rolle.ADMIN, null, klarert);
	}

	private static void loggInn(CurrentUser admin) {
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken
			.authenticated(admin.brukernavn(), null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
	}

	private List<Enhet> divisjoner() {
		long hdir = organisasjon.etatByName("Helsedirektoratet").orElseThrow().id();
		return organisasjon.divisjoner(hdir);
	}

	private BrukerSkjema skjema(long id) {
		return BrukerSkjema.of(repository.findById(id).orElseThrow());
	}

	private BrukerEntity lagret(long id) {
		return repository.findById(id).orElseThrow();
	}

	private static BrukerSkjema ny(String brukernavn, boolean klarert) {
		BrukerSkjema skjema = new BrukerSkjema();
		skjema.setBrukernavn(brukernavn);
		skjema.setNavn("Ny Bruker");
		skjema.setRolle(Rolle.HOD_SAKSBEHANDLER);
		skjema.setPassord("et-langt-passord");
		skjema.setKlarert(klarert);
		return skjema;
	}

	private long antall(String brukernavn) {
		return jdbc.sql("SELECT count(*) FROM bruker WHERE brukernavn = ?").param(brukernavn).query(Long.class)
			.single();
	}

	@Test
	void theFirstAdminIsClearedOrNobodyCouldEverGrantClearance() {
		assertThat(jdbc.sql("SELECT klarert FROM bruker WHERE brukernavn = 'admin'").query(Boolean.class).single())
			.isTrue();
	}

	@Test
	void anUnclearedAdminCannotClearHimselfAndNothingIsSaved() {
		CurrentUser selv = admin(false);
		loggInn(selv);
		BrukerSkjema skjema = skjema(selv.id());
		skjema.setNavn("Nytt navn");
		skjema.setKlarert(true);
		assertThatThrownBy(() -> administrasjon.update(selv.id(), skjema)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining(GI_KLARERING);
		assertThat(lagret(selv.id()).isKlarert()).isFalse();
		assertThat(lagret(selv.id()).getNavn()).isEqualTo("Navn admin-u");
	}

	@Test
	void anUnclearedAdminCannotCreateAClearedUserNorRemoveAUsersClearance() {
		CurrentUser klarert = bruker("sb-k", Rolle.HOD_SAKSBEHANDLER, null, true);
		loggInn(admin(false));
		String brukernavn = navn("ny");
		assertThatThrownBy(() -> administrasjon.create(ny(brukernavn, true)))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining(GI_KLARERING);
		assertThat(antall(brukernavn)).isZero();

		BrukerSkjema skjema = skjema(klarert.id());
		skjema.setKlarert(false);
		assertThatThrownBy(() -> administrasjon.update(klarert.id(), skjema))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining(GI_KLARERING);
		assertThat(lagret(klarert.id()).isKlarert()).isTrue();
	}

	@Test
	void anUnclearedAdminStillCreatesAndEditsUsersWithoutClearanceAndSavesAClearedUsersFormUnchanged() {
		CurrentUser klarert = bruker("sb-k", Rolle.HOD_SAKSBEHANDLER, null, true);
		loggInn(admin(false));
		String brukernavn = navn("ny");
		long id = administrasjon.create(ny(brukernavn, false));
		BrukerSkjema skjema = skjema(id);
		skjema.setRolle(Rolle.ADMIN);
		skjema.setEpost("ny@example.org");
		administrasjon.update(id, skjema);
		assertThat(lagret(id).getRolle()).isEqualTo(Rolle.ADMIN);
		assertThat(lagret(id).getEpost()).isEqualTo("ny@example.org");
		administrasjon.resetPassword(id, "et-annet-langt-passord");

		// A cleared user's form sent back as it was shown changes nothing, and is no change of his.
		BrukerSkjema klarertSkjema = skjema(klarert.id());
		klarertSkjema.setNavn(" Navn sb-k ");
		klarertSkjema.setEpost(" sb-k@example.org ");
		assertThat(administrasjon.klareringsbrudd(klarert.id(), klarertSkjema)).isEmpty();
		administrasjon.update(klarert.id(), klarertSkjema);
		assertThat(lagret(klarert.id()).isKlarert()).isTrue();
	}

	/**
	 * Deactivating a cleared user ends his sessions at once; deactivating the cleared admins would leave nobody to
	 * grant clearance. Renaming him is a change of the account too; lifting his login lock reopens password guessing.
	 */
	@Test
	void anUnclearedAdminCannotRenameDeactivateOrActivateAClearedUserNorLiftHisLoginLock() {
		CurrentUser klarertAdmin = admin(true);
		CurrentUser inaktiv = bruker("sb-k", Rolle.HOD_SAKSBEHANDLER, null, true);
		jdbc.sql("UPDATE bruker SET aktiv = false WHERE id = ?").param(inaktiv.id()).update();
		loggInn(admin(false));
		BrukerSkjema skjema = skjema(klarertAdmin.id());
		skjema.setNavn("Endret Navn");
		skjema.setAktiv(false);
		assertThat(administrasjon.klareringsbrudd(klarertAdmin.id(), skjema)).extracting(Regelbrudd::felt)
			.containsExactly("navn", "aktiv");
		assertThatThrownBy(() -> administrasjon.update(klarertAdmin.id(), skjema))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("Brukeren er klarert for innhold unntatt offentlighet (offl. § 22), og du er ikke det. "
					+ "En klarert administrator må endre navnet. Brukeren er klarert for innhold unntatt offentlighet "
					+ "(offl. § 22), og du er ikke det. En klarert administrator må deaktivere brukeren.");
		assertThat(lagret(klarertAdmin.id()).getNavn()).isEqualTo("Navn admin-k");
		assertThat(lagret(klarertAdmin.id()).isAktiv()).isTrue();

		BrukerSkjema aktiver = skjema(inaktiv.id());
		aktiver.setAktiv(true);
		assertThatThrownBy(() -> administrasjon.update(inaktiv.id(), aktiver))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageEndingWith("En klarert administrator må aktivere brukeren.");
		assertThat(lagret(inaktiv.id()).isAktiv()).isFalse();

		assertThatThrownBy(() -> administrasjon.lasOpp(klarertAdmin.id()))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("Brukeren er klarert for innhold unntatt offentlighet (offl. § 22), og du er ikke det. "
					+ "En klarert administrator må oppheve innloggingssperren for brukeren.");
	}

	@Test
	void anUnclearedAdminCannotTakeOverAClearedUserByRoleUnitDepartmentEmailOrPassword() {
		List<Enhet> divisjoner = divisjoner();
		CurrentUser leder = bruker("leder-k", Rolle.HDIR_LEDER, divisjoner.get(0).id(), true);
		loggInn(admin(false));
		long avdeling = jdbc.sql("SELECT id FROM departementsavdeling ORDER BY id LIMIT 1").query(Long.class).single();

		BrukerSkjema skjema = skjema(leder.id());
		skjema.setRolle(Rolle.ADMIN);
		skjema.setEnhetId(null);
		skjema.setDepartementsavdelingId(avdeling);
		skjema.setEpost("inntrenger@example.org");
		assertThat(administrasjon.klareringsbrudd(leder.id(), skjema)).extracting(Regelbrudd::felt)
			.containsExactly("epost", "rolle", "enhetId", "departementsavdelingId");

		BrukerSkjema annenDivisjon = skjema(leder.id());
		annenDivisjon.setEnhetId(divisjoner.get(1).id());
		assertThatThrownBy(() -> administrasjon.update(leder.id(), annenDivisjon))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("Brukeren er klarert for innhold unntatt offentlighet (offl. § 22), og du er ikke det. "
					+ "En klarert administrator må endre divisjonen.");
		BrukerSkjema epost = skjema(leder.id());
		epost.setEpost("inntrenger@example.org");
		assertThatThrownBy(() -> administrasjon.update(leder.id(), epost))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageEndingWith("En klarert administrator må endre e-postadressen.");
		BrukerSkjema rolle = skjema(leder.id());
		rolle.setRolle(Rolle.ADMIN);
		assertThatThrownBy(() -> administrasjon.update(leder.id(), rolle))
			.isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("En klarert administrator må endre rollen.");
		assertThatThrownBy(() -> administrasjon.resetPassword(leder.id(), "et-kjent-langt-passord"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("Brukeren er klarert for innhold unntatt offentlighet (offl. § 22), og du er ikke det. "
					+ "En klarert administrator må sette nytt passord for brukeren.");

		BrukerEntity etter = lagret(leder.id());
		assertThat(etter.getRolle()).isEqualTo(Rolle.HDIR_LEDER);
		assertThat(etter.getEnhetId()).isEqualTo(divisjoner.get(0).id());
		assertThat(etter.getDepartementsavdelingId()).isNull();
		assertThat(etter.getEpost()).isEqualTo("leder-k@example.org");
		assertThat(passwordEncoder.matches("et-langt-passord", etter.getPassordHash())).isTrue();
	}

	@Test
	void aClearedAdminGrantsAndRemovesClearanceAndManagesClearedUsers() {
		loggInn(admin(true));
		String brukernavn = navn("ny");
		long id = administrasjon.create(ny(brukernavn, true));
		assertThat(lagret(id).isKlarert()).isTrue();

		BrukerSkjema skjema = skjema(id);
		skjema.setRolle(Rolle.ADMIN);
		skjema.setEpost("annen@example.org");
		administrasjon.update(id, skjema);
		administrasjon.resetPassword(id, "et-annet-langt-passord");
		BrukerSkjema fjern = skjema(id);
		fjern.setKlarert(false);
		administrasjon.update(id, fjern);
		assertThat(lagret(id).isKlarert()).isFalse();
		assertThat(lagret(id).getRolle()).isEqualTo(Rolle.ADMIN);

		CurrentUser uklarert = bruker("sb-u", Rolle.HOD_SAKSBEHANDLER, null, false);
		BrukerSkjema gi = skjema(uklarert.id());
		gi.setKlarert(true);
		administrasjon.update(uklarert.id(), gi);
		assertThat(lagret(uklarert.id()).isKlarert()).isTrue();
	}

	@Test
	void aUserWaitingForARoleGetsOneFromAnUnclearedAdminButNotClearance() {
		BrukerEntity venter = repository.save(BrukerEntity.venter(navn("oidc"), "Venter Venter", null,
				"https://idp.example.org", UUID.randomUUID().toString()));
		loggInn(admin(false));
		BrukerSkjema klarert = skjema(venter.getId());
		klarert.setRolle(Rolle.HOD_SAKSBEHANDLER);
		klarert.setKlarert(true);
		assertThatThrownBy(() -> administrasjon.update(venter.getId(), klarert))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining(GI_KLARERING);
		assertThat(lagret(venter.getId()).getRolle()).isNull();

		BrukerSkjema rolle = skjema(venter.getId());
		rolle.setRolle(Rolle.HOD_SAKSBEHANDLER);
		administrasjon.update(venter.getId(), rolle);
		assertThat(lagret(venter.getId()).getRolle()).isEqualTo(Rolle.HOD_SAKSBEHANDLER);
		assertThat(lagret(venter.getId()).isKlarert()).isFalse();
	}

	@Test
	void theModulesApiGrantsClearanceOnlyForTheRegisterItselfOrAClearedUser() {
		loggInn(admin(false));
		String brukernavn = navn("api");
		assertThatThrownBy(() -> brukere.create(new NyBruker(brukernavn, "Api", "et-langt-passord",
				Rolle.HOD_SAKSBEHANDLER, null, true, null))).isInstanceOf(AccessDeniedException.class);
		assertThat(antall(brukernavn)).isZero();
		brukere.create(new NyBruker(brukernavn, "Api", "et-langt-passord", Rolle.HOD_SAKSBEHANDLER, null, false, null));
		assertThat(antall(brukernavn)).isOne();
	}

	@Test
	void aForgedTickOfTheClearanceBoxIsRefusedWithTheFormKept() throws Exception {
		CurrentUser selv = admin(false);
		String side = mvc.perform(post("/admin/brukere/" + selv.id()).param("versjon", versjon(selv.id())
			).with(user(selv.brukernavn()).roles("ADMIN"))
			.with(csrf())
			.param("navn", "Navn admin-u")
			.param("epost", "admin-u@example.org")
			.param("rolle", "ADMIN")
			.param("aktiv", "true")
			.param("klarert", "true"))
			.andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(side).contains("<a href=\"#klarert\">" + GI_KLARERING,
				"<p class=\"feltfeil\" id=\"klarert-feil\">" + GI_KLARERING,
				// the stored value goes back with the form, so that it can be saved once the tick is gone
				"<input type=\"hidden\" name=\"klarert\" value=\"false\"");
		assertThat(felt(side, "klarert")).contains("disabled", "aria-invalid=\"true\"",
				"aria-describedby=\"klarert-feil klarert-hjelp\"").doesNotContain("checked");
		assertThat(lagret(selv.id()).isKlarert()).isFalse();

		String brukernavn = navn("ny");
		mvc.perform(post("/admin/brukere/ny").with(user(selv.brukernavn()).roles("ADMIN")).with(csrf())
			.param("brukernavn", brukernavn)
			.param("navn", "Ny Bruker")
			.param("rolle", "HOD_SAKSBEHANDLER")
			.param("klarert", "true")
			.param("passord", "et-langt-passord"))
			.andExpect(status().isBadRequest());
		assertThat(antall(brukernavn)).isZero();
	}

	@Test
	void anUnclearedAdminSeesTheBoxDisabledWithWhyAndSavesAClearedUserAsTheFormSendsIt() throws Exception {
		CurrentUser admin = admin(false);
		long divisjon = divisjoner().get(0).id();
		CurrentUser klarert = bruker("leder-k", Rolle.HDIR_LEDER, divisjon, true);
		String side = mvc.perform(get("/admin/brukere/" + klarert.id()).with(user(admin.brukernavn()).roles("ADMIN")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		// Why, before the fields it locks, and each locked field points to it.
		assertThat(side).contains("<p class=\"hjelp\" id=\"klarert-hjelp\">Brukeren er klarert, og du er ikke det. "
				+ "Bare en klarert administrator kan ta bort klareringen eller endre brukerens navn, e-postadresse, "
				+ "rolle, divisjon, avdeling, passord eller om brukeren er aktiv.</p>");
		assertThat(side.indexOf("id=\"klarert-hjelp\"")).isLessThan(side.indexOf(" id=\"navn\""));
		assertThat(felt(side, "klarert")).contains("disabled", "checked", "aria-describedby=\"klarert-hjelp\"");
		assertThat(felt(side, "navn")).contains("readonly", "value=\"Navn leder-k\"",
				"aria-describedby=\"klarert-hjelp\"").doesNotContain("disabled");
		assertThat(felt(side, "epost")).contains("readonly", "value=\"leder-k@example.org\"",
				"aria-describedby=\"klarert-hjelp\"").doesNotContain("disabled");
		assertThat(felt(side, "rolle")).contains("disabled", "aria-describedby=\"klarert-hjelp\"");
		assertThat(felt(side, "enhetId")).contains("disabled", "aria-describedby=\"enhet-hjelp klarert-hjelp\"");
		assertThat(felt(side, "departementsavdelingId")).contains("disabled",
				"aria-describedby=\"hod-avdeling-hjelp klarert-hjelp\"");
		assertThat(felt(side, "aktiv")).contains("disabled", "checked", "aria-describedby=\"klarert-hjelp\"");
		// A browser sends no disabled field: the stored values go instead.
		assertThat(side).contains("<input type=\"hidden\" name=\"klarert\" value=\"true\"",
				"<input type=\"hidden\" name=\"rolle\" value=\"HDIR_LEDER\"",
				"<input type=\"hidden\" name=\"enhetId\" value=\"" + divisjon + "\"",
				"<input type=\"hidden\" name=\"departementsavdelingId\" value=\"\">",
				"<input type=\"hidden\" name=\"aktiv\" value=\"true\"",
				// no password to set, and told why
				"<p class=\"hjelp\" id=\"nytt-passord\" tabindex=\"-1\">Bare en administrator som selv er klarert for "
						+ "innhold unntatt offentlighet, kan sette nytt passord for en klarert bruker.</p>")
			.doesNotContain("name=\"passord\"");

		// The form as the browser sends it saves.
		mvc.perform(post("/admin/brukere/" + klarert.id()).param("versjon", versjon(klarert.id())
			).with(user(admin.brukernavn()).roles("ADMIN")).with(csrf())
			.param("navn", "Navn leder-k")
			.param("epost", "leder-k@example.org")
			.param("rolle", "HDIR_LEDER")
			.param("enhetId", String.valueOf(divisjon))
			.param("departementsavdelingId", "")
			.param("klarert", "true")
			.param("aktiv", "true")
			.param("_aktiv", "on"))
			.andExpect(redirectedUrl("/admin/brukere"));

		// A forged new name and an unticked «Aktiv» are refused at their fields, and the form keeps the stored values.
		String forfalsket = mvc.perform(post("/admin/brukere/" + klarert.id()).param("versjon", versjon(klarert.id()))
			.with(user(admin.brukernavn()).roles("ADMIN")).with(csrf())
			.param("navn", "Nytt Navn")
			.param("epost", "leder-k@example.org")
			.param("rolle", "HDIR_LEDER")
			.param("enhetId", String.valueOf(divisjon))
			.param("klarert", "true")
			.param("_aktiv", "on"))
			.andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String hvem = "Brukeren er klarert for innhold unntatt offentlighet (offl. § 22), og du er ikke det. ";
		assertThat(forfalsket).contains(
				"<p class=\"feltfeil\" id=\"navn-feil\">" + hvem + "En klarert administrator må endre navnet.</p>",
				"<p class=\"feltfeil\" id=\"aktiv-feil\">" + hvem + "En klarert administrator må deaktivere brukeren.</p>",
				"<input type=\"hidden\" name=\"aktiv\" value=\"true\"");
		assertThat(felt(forfalsket, "navn")).contains("aria-invalid=\"true\"",
				"aria-describedby=\"navn-feil klarert-hjelp\"");
		assertThat(felt(forfalsket, "aktiv")).contains("aria-invalid=\"true\"",
				"aria-describedby=\"aktiv-feil klarert-hjelp\"");
		assertThat(lagret(klarert.id()).getNavn()).isEqualTo("Navn leder-k");
		assertThat(lagret(klarert.id()).isAktiv()).isTrue();
		assertThat(lagret(klarert.id()).isKlarert()).isTrue();

		String passord = mvc.perform(post("/admin/brukere/" + klarert.id() + "/passord")
			.with(user(admin.brukernavn()).roles("ADMIN")).with(csrf())
			.param("passord", "et-kjent-langt-passord"))
			.andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(passord).contains("<a href=\"#nytt-passord\">" + hvem
				+ "En klarert administrator må sette nytt passord for brukeren.</a>", "id=\"nytt-passord\"");
		assertThat(passwordEncoder.matches("et-langt-passord", lagret(klarert.id()).getPassordHash())).isTrue();

		// A cleared admin has every field to change, and the password form.
		String klarertAdmin = mvc.perform(get("/admin/brukere/" + klarert.id()).with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		for (String id : List.of("klarert", "navn", "epost", "rolle", "enhetId", "departementsavdelingId", "aktiv")) {
			assertThat(felt(klarertAdmin, id)).as(id).doesNotContain("disabled", "readonly", "klarert-hjelp");
		}
		assertThat(klarertAdmin).doesNotContain("klarert-hjelp", "type=\"hidden\" name=\"rolle\"",
				"type=\"hidden\" name=\"enhetId\"", "type=\"hidden\" name=\"aktiv\"");
		assertThat(felt(klarertAdmin, "nytt-passord")).contains("name=\"passord\"", "type=\"password\"");

		// A cleared admin has the box to tick on a new user's form; an uncleared one sees it disabled, with why.
		String klarertNy = mvc.perform(get("/admin/brukere/ny").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(felt(klarertNy, "klarert")).doesNotContain("disabled");
		assertThat(klarertNy).doesNotContain("klarert-hjelp");
		String uklarertNy = mvc.perform(get("/admin/brukere/ny").with(user(admin.brukernavn()).roles("ADMIN")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(felt(uklarertNy, "klarert")).contains("disabled", "aria-describedby=\"klarert-hjelp\"")
			.doesNotContain("checked");
		assertThat(uklarertNy).contains("<input type=\"hidden\" name=\"klarert\" value=\"false\"",
				"<p class=\"hjelp\" id=\"klarert-hjelp\">Bare en administrator som selv er klarert for innhold "
						+ "unntatt offentlighet, kan gi eller ta bort klarering.</p>");
		assertThat(felt(uklarertNy, "navn")).doesNotContain("readonly");
	}

	/** The start tag of the form's field with the given id. */
	private static String felt(String side, String id) {
		int treff = side.indexOf(" id=\"" + id + "\"");
		assertThat(treff).as("the field " + id).isNotNegative();
		int start = side.lastIndexOf('<', treff);
		return side.substring(start, side.indexOf('>', treff) + 1);
	}

	/** The version a user's form is opened with now. */
	private String versjon(long id) {
		return String.valueOf(jdbc.sql("SELECT versjon FROM bruker WHERE id = ?").param(id).query(Long.class).single());
	}
}
