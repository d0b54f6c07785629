package no.hod.styringsregister.oppdrag.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.oppdrag.OppdragFilter;
import no.hod.styringsregister.oppdrag.OppdragFlyttet;
import no.hod.styringsregister.oppdrag.OppdragImport;
import no.hod.styringsregister.oppdrag.OppdragQueries;
import no.hod.styringsregister.oppdrag.OppdragRutet;
import no.hod.styringsregister.oppdrag.OppdragStatus;
import no.hod.styringsregister.oppdrag.OppdragSummary;
import no.hod.styringsregister.oppdrag.OppdragUpdates;
import no.hod.styringsregister.organisasjon.Enhet;
import no.hod.styringsregister.organisasjon.OrganisasjonImport;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.testsupport.Testbrukere;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A department that moves to another division (by an organisation import or by hand) takes the assignments routed to
 * it along: the new division's leads get them, the old division's lose them, and each says why in its history. The
 * review says so before; deactivating a unit says what stays with it. Each test has an agency of its own.
 */
@IntegrationTest
@AutoConfigureMockMvc
class AvdelingFlyttesTests {

	private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

	/** An admin without clearance (the first admin, {@code admin}, is cleared). */
	private static final RequestPostProcessor UKLARERT = user("flytte-uklarert").roles("ADMIN");

	@Autowired
	MockMvc mvc;

	@Autowired
	OppdragImport oppdragImport;

	@Autowired
	OppdragArbeidsflyt flyt;

	@Autowired
	OppdragQueries queries;

	@Autowired
	OppdragUpdates updates;

	@Autowired
	OrganisasjonService organisasjon;

	@Autowired
	OrganisasjonImport organisasjonImport;

	@Autowired
	BrukerService brukere;

	@Autowired
	JdbcTemplate jdbc;

	int aar;

	String etatNavn;

	long etat;

	Enhet alfa;

	Enhet beredskap;

	Enhet statistikk;

	CurrentUser lederAlfa;

	OffsetDateTime start;

	@BeforeEach
	void organisasjonOgOppdrag() throws Exception {
		start = OffsetDateTime.now().minusSeconds(1);
		aar = OppdragTestdata.nyttAar();
		etatNavn = "Flytteetat " + aar;
		mvc.perform(post("/admin/organisasjon/etat").with(ADMIN).with(csrf()).param("navn", etatNavn))
			.andExpect(status().is3xxRedirection());
		etat = organisasjon.etatByName(etatNavn).orElseThrow().id();
		confirm(upload(forTekst()));
		alfa = divisjon("Divisjon alfa");
		beredskap = organisasjon.avdelinger(alfa.id()).stream().filter(a -> a.navn().equals("Beredskap")).findFirst()
			.orElseThrow();
		statistikk = organisasjon.avdelinger(alfa.id()).stream().filter(a -> a.navn().equals("Statistikk"))
			.findFirst().orElseThrow();
		lederAlfa = brukere.create(new NyBruker("leder-alfa-" + aar, "Alma Alfaleder", "passord-passord-1",
				Rolle.HDIR_LEDER, alfa.id(), false, null));

		oppdragImport.apply(OppdragTestdata.nyttBrev(), aar, etat, HemmeligBrev.oppdrag(aar));
		// Two to the department that moves (one wholly exempt), one to the other department, one to the division.
		flyt.rute(List.of(tb(1), tb(3)), alfa.id(), beredskap.id(), OppdragTestdata.admin());
		flyt.rute(List.of(tb(2)), alfa.id(), statistikk.id(), OppdragTestdata.admin());
		flyt.rute(List.of(tb(10)), alfa.id(), null, OppdragTestdata.admin());
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void anImportThatMovesADepartmentToANewDivisionTakesItsAssignmentsToTheNewLeads() throws Exception {
		String utkast = upload(etterTekst());
		Testbrukere.opprett(brukere, new NyBruker("flytte-uklarert", "Flytte Uklarert", "passord-passord-1",
				Rolle.ADMIN, null, false, null));
		String side = mvc.perform(get(utkast).with(UKLARERT)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(side).contains("1 nye, 0 endres, 1 flyttes, 2 uendret.",
				"2 oppdrag er rutet til avdelinger som flyttes. De følger avdelingen til den nye divisjonen",
				"2 oppdrag rutet til avdelingen følger den til Divisjon beredskap og sikkerhet",
				">" + tb(1) + "<", ">" + tb(3) + "<",
				"Divisjonsleder i dag (Divisjon alfa): Alma Alfaleder.",
				"Divisjonsleder etter importen (Divisjon beredskap og sikkerhet): ingen ennå, divisjonen er ny.",
				"Ingen bruker er divisjonsleder for Divisjon beredskap og sikkerhet");
		// An admin without clearance: the exempt title stays withheld on the review as everywhere.
		assertThat(side).doesNotContain(HemmeligBrev.HEMMELIG_TITTEL).doesNotContain(">" + tb(2) + "<");

		mvc.perform(post(utkast + "/bekreft").with(ADMIN).with(csrf()))
			.andExpect(flash().attribute("melding", "Organisasjonen er importert: 1 nye enheter, 1 endret, 2 uendret. "
					+ "2 oppdrag fulgte avdelingen de er rutet til, til den nye divisjonen."));

		Enhet ny = divisjon("Divisjon beredskap og sikkerhet");
		assertThat(organisasjon.enhet(beredskap.id()).orElseThrow().overordnetId()).isEqualTo(ny.id());
		assertThat(rutet(tb(1))).containsExactly(ny.id(), beredskap.id());
		assertThat(rutet(tb(3))).containsExactly(ny.id(), beredskap.id());
		assertThat(rutet(tb(2))).containsExactly(alfa.id(), statistikk.id());
		assertThat(rutet(tb(10)).get(0)).isEqualTo(alfa.id());

		Map<String, Object> rad = sisteRuting(tb(1));
		assertThat(rad).containsEntry("bruker_navn", "Administrator").containsEntry("felt", "divisjon")
			.containsEntry("fra", "Divisjon alfa").containsEntry("til", "Divisjon beredskap og sikkerhet")
			.containsEntry("notat", "Omorganisering: avdelingen Beredskap ble flyttet til Divisjon beredskap og "
					+ "sikkerhet ved import av organisasjonsbeskrivelsen «organisering-" + aar + ".txt».");

		// The leads' views: the old lead no longer has them, the new one does.
		CurrentUser lederNy = brukere.create(new NyBruker("leder-ny-" + aar, "Nils Nyleder", "passord-passord-1",
				Rolle.HDIR_LEDER, ny.id(), false, null));
		assertThat(divisjonens(alfa, lederAlfa)).contains(tb(2), tb(10)).doesNotContain(tb(1), tb(3));
		assertThat(divisjonens(ny, lederNy)).containsExactlyInAnyOrder(tb(1), tb(3));
		assertThatThrownBy(() -> updates.changeStatus(tb(1), OppdragStatus.PAAGAAR, "Fra gammel leder", null, null,
				lederAlfa)).isInstanceOf(AccessDeniedException.class)
			.hasMessageStartingWith("Oppdraget er flyttet til Divisjon beredskap og sikkerhet av Administrator ")
			.hasMessageEndingWith(". Endringen din er ikke lagret.");
		updates.changeStatus(tb(1), OppdragStatus.PAAGAAR, "I gang", null, null, lederNy);
		assertThat(queries.find(tb(1), lederNy).orElseThrow().status()).isEqualTo(OppdragStatus.PAAGAAR);
		// The start pages' «newly routed to / away from» lists name the reorganisation's routing.
		assertThat(queries.routedTo(ny.id(), start, lederNy)).extracting(OppdragRutet::id).contains(tb(1), tb(3));
		assertThat(queries.routedAwayFrom(alfa.id(), start, lederAlfa)).extracting(OppdragFlyttet::id)
			.contains(tb(1), tb(3));
	}

	@Test
	void whenTheAssignmentsCannotFollowTheDepartmentDoesNotMoveEither() throws Exception {
		long id = jdbc.queryForObject("SELECT id FROM oppdrag WHERE visnings_id = ?", Long.class, tb(3));
		// A real failure in the same transaction, late: the history row of the second assignment.
		jdbc.execute("""
				CREATE FUNCTION test_stopp_%1$d() RETURNS trigger LANGUAGE plpgsql AS $$
				BEGIN IF NEW.oppdrag_id = %1$d AND NEW.type = 'RUTING' THEN RAISE EXCEPTION 'stopp'; END IF;
				RETURN NEW; END $$""".formatted(id));
		jdbc.execute("CREATE TRIGGER test_stopp_%1$d BEFORE INSERT ON oppdrag_historikk FOR EACH ROW "
				.formatted(id) + "EXECUTE FUNCTION test_stopp_%1$d()".formatted(id));
		try {
			SecurityContextHolder.getContext()
				.setAuthentication(new TestingAuthenticationToken("admin", null, "ROLE_ADMIN"));
			assertThatThrownBy(() -> organisasjonImport.importer(etatNavn, "organisering-" + aar + ".txt",
					etterTekst().getBytes(StandardCharsets.UTF_8))).hasMessageContaining("stopp");
		}
		finally {
			jdbc.execute("DROP TRIGGER test_stopp_%1$d ON oppdrag_historikk".formatted(id));
			jdbc.execute("DROP FUNCTION test_stopp_%1$d()".formatted(id));
		}
		assertThat(organisasjon.divisjoner(etat)).extracting(Enhet::navn).containsExactly("Divisjon alfa");
		assertThat(organisasjon.enhet(beredskap.id()).orElseThrow().overordnetId()).isEqualTo(alfa.id());
		assertThat(rutet(tb(1))).containsExactly(alfa.id(), beredskap.id());
		assertThat(rutet(tb(3))).containsExactly(alfa.id(), beredskap.id());
		assertThat(sisteRuting(tb(1))).containsEntry("til", "Divisjon alfa");

		// Again without the failure, by a job that is no user (as the demo data imports): it goes through.
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken("jobb", null, "ROLE_ADMIN"));
		assertThat(organisasjonImport.importer(etatNavn, "organisering-" + aar + ".txt",
				etterTekst().getBytes(StandardCharsets.UTF_8)).oppdragFlyttet()).isEqualTo(2);
		Enhet ny = divisjon("Divisjon beredskap og sikkerhet");
		assertThat(rutet(tb(3))).containsExactly(ny.id(), beredskap.id());
		assertThat(sisteRuting(tb(3))).containsEntry("bruker_navn", "Import").containsEntry("fra", "Divisjon alfa");
	}

	@Test
	void aDepartmentMovedByHandTakesItsAssignmentsAlongAndTheFormSaysSoBefore() throws Exception {
		mvc.perform(post("/admin/organisasjon/divisjon").with(ADMIN).with(csrf()).param("etatId", "" + etat)
			.param("navn", "Divisjon rho")).andExpect(status().is3xxRedirection());
		Enhet rho = divisjon("Divisjon rho");
		String skjema = mvc.perform(get("/admin/organisasjon/enhet/" + beredskap.id()).with(ADMIN))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(skjema).contains("2 oppdrag er rutet til avdelingen. De følger den til den nye divisjonen");

		mvc.perform(post("/admin/organisasjon/enhet/" + beredskap.id() + "/flytt").with(ADMIN).with(csrf())
			.param("divisjonId", "" + rho.id()))
			.andExpect(flash().attribute("melding",
					"Avdelingen er flyttet. 2 oppdrag rutet til den fulgte med til den nye divisjonen."));

		assertThat(rutet(tb(1))).containsExactly(rho.id(), beredskap.id());
		assertThat(rutet(tb(3))).containsExactly(rho.id(), beredskap.id());
		assertThat(sisteRuting(tb(3))).containsEntry("fra", "Divisjon alfa").containsEntry("til", "Divisjon rho")
			.containsEntry("notat", "Omorganisering: avdelingen Beredskap ble flyttet til Divisjon rho under "
					+ "Administrer organisasjonen.");
	}

	@Test
	void deactivatingAUnitSaysWhichUnfinishedAssignmentsStayWithIt() throws Exception {
		// Cancelling the wholly exempt TB-3 is a decision for a cleared admin.
		updates.changeStatus(tb(3), OppdragStatus.UTGAAR, null, null, "Ikke lenger aktuelt",
				OppdragArbeidsflytTests.klarertAdmin());
		String skjema = mvc.perform(get("/admin/organisasjon/enhet/" + beredskap.id()).with(ADMIN))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		// The cancelled one needs no one any more; the other does.
		assertThat(skjema).contains("1 oppdrag som ikke er avsluttet, er rutet til enheten. De blir stående på den "
				+ "etter deaktiveringen", "/oppdrag?department=" + beredskap.id() + "&amp;status=IKKE_STARTET");

		mvc.perform(post("/admin/organisasjon/enhet/" + beredskap.id() + "/aktiv").param("aktiv", "false")
			.with(ADMIN).with(csrf()))
			.andExpect(flash().attribute("melding", "Enheten er deaktivert. Den vises ikke lenger i treet, men "
					+ "oppdrag og brukere som viser til den, beholder koblingen. 1 oppdrag som ikke er avsluttet, er "
					+ "fortsatt rutet til den. Rut dem til en aktiv enhet hvis andre skal følge dem opp."));
		assertThat(rutet(tb(1))).containsExactly(alfa.id(), beredskap.id());
		assertThat(divisjonens(alfa, lederAlfa)).contains(tb(1));
	}

	@Test
	void theUpgradeMovesAssignmentsLeftBehindByAnEarlierMove() throws Exception {
		mvc.perform(post("/admin/organisasjon/divisjon").with(ADMIN).with(csrf()).param("etatId", "" + etat)
			.param("navn", "Divisjon sigma")).andExpect(status().is3xxRedirection());
		Enhet sigma = divisjon("Divisjon sigma");
		// As a move did before the assignments followed: the department alone.
		jdbc.update("UPDATE enhet SET overordnet_id = ? WHERE id = ?", sigma.id(), beredskap.id());

		jdbc.execute(migrering("V94__oppdrag_folger_flyttet_avdeling.sql"));

		assertThat(rutet(tb(1))).containsExactly(sigma.id(), beredskap.id());
		assertThat(rutet(tb(3))).containsExactly(sigma.id(), beredskap.id());
		assertThat(sisteRuting(tb(1))).containsEntry("bruker_navn", "Registeret").containsEntry("fra", "Divisjon alfa")
			.containsEntry("til", "Divisjon sigma").containsEntry("notat", "Omorganisering: avdelingen Beredskap var "
					+ "flyttet til Divisjon sigma, og oppdraget fulgte etter da registeret ble oppdatert.");
		int rader = jdbc.queryForObject("SELECT count(*) FROM oppdrag_historikk", Integer.class);
		jdbc.execute(migrering("V94__oppdrag_folger_flyttet_avdeling.sql"));
		assertThat(jdbc.queryForObject("SELECT count(*) FROM oppdrag_historikk", Integer.class))
			.as("a second run finds nothing left behind").isEqualTo(rader);
	}

	String tb(int n) {
		return "TB" + aar + "-" + n;
	}

	String forTekst() {
		return """
				Divisjon alfa

				Beredskap

				Avdelingen har ansvar for beredskap.

				Avdelingsdirektør: Morten Randmæl

				Statistikk

				Avdelingen lager statistikk.

				Avdelingsdirektør: Kari Nordmann
				""";
	}

	/** The same units, with Beredskap moved to a division of its own. */
	String etterTekst() {
		return """
				Divisjon alfa

				Statistikk

				Avdelingen lager statistikk.

				Avdelingsdirektør: Kari Nordmann

				Divisjon beredskap og sikkerhet

				Beredskap

				Avdelingen har ansvar for beredskap.

				Avdelingsdirektør: Morten Randmæl
				""";
	}

	String upload(String tekst) throws Exception {
		return mvc.perform(multipart("/admin/organisasjon/import").file(new MockMultipartFile("fil",
				"organisering-" + aar + ".txt", "text/plain", tekst.getBytes(StandardCharsets.UTF_8)))
			.param("etatId", "" + etat).with(ADMIN).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
	}

	void confirm(String utkast) throws Exception {
		mvc.perform(post(utkast + "/bekreft").with(ADMIN).with(csrf())).andExpect(status().is3xxRedirection());
	}

	Enhet divisjon(String navn) {
		return organisasjon.divisjoner(etat).stream().filter(d -> d.navn().equals(navn)).findFirst().orElseThrow();
	}

	/** The division and department the assignment is routed to. */
	List<Long> rutet(String id) {
		OppdragSummary o = queries.find(id, OppdragTestdata.klarert()).orElseThrow();
		return Arrays.asList(o.divisjonId(), o.avdelingId());
	}

	/** What a lead's list of the division's assignments shows. */
	List<String> divisjonens(Enhet divisjon, CurrentUser leder) {
		return queries.search(OppdragFilter.alle().medAar(aar).medDivisjon(divisjon.id()), leder).stream()
			.map(OppdragSummary::id).toList();
	}

	Map<String, Object> sisteRuting(String id) {
		return jdbc.queryForMap("""
				SELECT h.bruker_navn, h.felt, h.fra, h.til, h.notat FROM oppdrag_historikk h
				JOIN oppdrag o ON o.id = h.oppdrag_id
				WHERE o.visnings_id = ? AND h.type = 'RUTING' AND h.felt = 'divisjon' ORDER BY h.id DESC LIMIT 1""", id);
	}

	static String migrering(String fil) throws IOException {
		try (InputStream in = AvdelingFlyttesTests.class.getResourceAsStream("/db/migration/" + fil)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
