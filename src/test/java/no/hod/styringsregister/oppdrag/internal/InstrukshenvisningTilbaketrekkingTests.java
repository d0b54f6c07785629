package no.hod.styringsregister.oppdrag.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import no.hod.styringsregister.instrukser.InstruksImport;
import no.hod.styringsregister.oppdrag.OppdragImport;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.testsupport.TestDocuments;

import static no.hod.styringsregister.testsupport.Laasventer.venterPaaLaas;
import static no.hod.styringsregister.oppdrag.internal.OppdragTestdata.admin;
import static no.hod.styringsregister.oppdrag.internal.OppdragTestdata.klarert;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Citing a version and withdrawing it exclude each other, also at the same moment; and the versions of one amended
 * instruction are told apart where a section is chosen and in the history. An agency of its own, with two versions of
 * the Helsedirektoratet text (amended 2019 and 2026).
 */
@IntegrationTest
@AutoConfigureMockMvc
class InstrukshenvisningTilbaketrekkingTests {

	private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

	@Autowired
	MockMvc mvc;

	@Autowired
	Instrukshenvisninger henvisninger;

	@Autowired
	OppdragImport oppdragImport;

	@Autowired
	InstruksImport instruksImport;

	@Autowired
	OrganisasjonService organisasjon;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	int aar;

	String etatnavn;

	long v2019;

	long v2026;

	@BeforeEach
	void fixture() throws Exception {
		aar = OppdragTestdata.nyttAar();
		etatnavn = "Siteretat " + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(post("/admin/organisasjon/etat").param("navn", etatnavn).with(ADMIN).with(csrf()))
			.andExpect(status().is3xxRedirection());
		long etat = organisasjon.etatByName(etatnavn).orElseThrow().id();
		oppdragImport.apply(OppdragTestdata.nyttBrev(), aar, etat, HemmeligBrev.oppdrag(aar));
		String tekst = TestDocuments.seed("instruks-helsedirektoratet-2018-2019.txt")
			.replace("Helsedirektoratet", etatnavn).replace("HELSEDIREKTORATET", etatnavn.toUpperCase(Locale.ROOT));
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("import", null, "ROLE_ADMIN"));
		try {
			v2019 = instruksImport.importer("v2019.txt", tekst.getBytes(StandardCharsets.UTF_8)).id();
			v2026 = instruksImport.importer("v2026.txt", tekst.replace("justert 20. mai 2019", "justert 3. mars 2026")
				.getBytes(StandardCharsets.UTF_8)).id();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	String tb(int n) {
		return "TB" + aar + "-" + n;
	}

	@Test
	void aWithdrawalUnderWayIsWaitedForAndTheCitationThenRefusedSoNoWithdrawnVersionIsCited() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		MvcResult trekk;
		Throwable sitering;
		// Hold the version's row; the withdrawal queues for it first, the citation after: when the row is let go,
		// the withdrawal goes first, as when it is a moment ahead of the citation.
		try (Connection holder = dataSource.getConnection()) {
			holdVersjonen(holder);
			Future<MvcResult> a = pool.submit(this::trekkVersjonenTilbake);
			venterPaaLaas(holder, 1);
			Future<Throwable> b = pool.submit(this::siterVersjonen);
			venterPaaLaas(holder, 2);
			holder.commit();
			trekk = a.get(60, TimeUnit.SECONDS);
			sitering = b.get(60, TimeUnit.SECONDS);
		}
		finally {
			pool.shutdownNow();
		}

		assertThat((String) trekk.getFlashMap().get("melding")).contains("er trukket tilbake");
		assertThat(sitering).isInstanceOf(Avvist.class)
			.hasMessage("Denne versjonen av instruksen er trukket tilbake.");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM oppdrag_instrukshenvisning WHERE instruks_id = ?",
				Integer.class, v2026)).isZero();
	}

	@Test
	void aCitationUnderWayIsWaitedForAndTheWithdrawalThenRefused() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		MvcResult trekk;
		Throwable sitering;
		try (Connection holder = dataSource.getConnection()) {
			holdVersjonen(holder);
			Future<Throwable> b = pool.submit(this::siterVersjonen);
			venterPaaLaas(holder, 1);
			Future<MvcResult> a = pool.submit(this::trekkVersjonenTilbake);
			venterPaaLaas(holder, 2);
			holder.commit();
			sitering = b.get(60, TimeUnit.SECONDS);
			trekk = a.get(60, TimeUnit.SECONDS);
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(sitering).isNull();
		assertThat((String) trekk.getFlashMap().get("feil")).contains("kan ikke trekkes tilbake");
		assertThat(jdbc.queryForObject("SELECT trukket_tilbake IS NULL FROM instruks WHERE id = ?", Boolean.class, v2026))
			.isTrue();
	}

	@Test
	void citingAWithdrawnVersionSaysItIsWithdrawnAndVersionsAreNamedByTheirAmendmentDate() throws Exception {
		mvc.perform(post("/instrukser/" + v2019 + "/trekk-tilbake").with(ADMIN).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThatThrownBy(() -> henvisninger.siter(tb(1), v2019, "3", admin())).isInstanceOf(Avvist.class)
			.hasMessage("Denne versjonen av instruksen er trukket tilbake.");
		mvc.perform(post("/instrukser/" + v2019 + "/gjeninnsett").with(ADMIN).with(csrf()))
			.andExpect(status().is3xxRedirection());

		String tittel = "Instruks for " + etatnavn;
		String side = oppdragssiden();
		assertThat(side).contains("label=\"" + tittel + " (10. januar 2018, endret 20. mai 2019)\"",
				"label=\"" + tittel + " (10. januar 2018, endret 3. mars 2026)\"");

		henvisninger.siter(tb(1), v2019, "3", admin());
		henvisninger.siter(tb(1), v2026, "3", admin());
		assertThat(jdbc.queryForList("SELECT til FROM oppdrag_historikk h JOIN oppdrag o ON o.id = h.oppdrag_id "
				+ "WHERE o.visnings_id = ? AND h.type = 'INSTRUKS' ORDER BY h.id", String.class, tb(1)))
			.containsExactly("punkt 3 i " + tittel + " (10. januar 2018, endret 20. mai 2019)",
					"punkt 3 i " + tittel + " (10. januar 2018, endret 3. mars 2026)");
	}

	@Test
	void eachCitationOnTheAssignmentNamesItsVersionByTheAmendmentDateAndSoDoesItsRemovalInTheHistory()
			throws Exception {
		henvisninger.siter(tb(1), v2019, "3", admin());
		henvisninger.siter(tb(1), v2026, "3", admin());

		String tittel = "Instruks for " + etatnavn;
		String gammel = tittel + " (10. januar 2018, endret 20. mai 2019)";
		String ny = tittel + " (10. januar 2018, endret 3. mars 2026)";
		String side = oppdragssiden();
		// The citations themselves, not the drop-down's groups (which name the versions the same way).
		assertThat(side).contains(">i " + gammel + "</span>", ">i " + ny + "</span>")
			.doesNotContain(">i " + tittel + "</span>");

		long sitat = jdbc.queryForObject("SELECT id FROM oppdrag_instrukshenvisning WHERE instruks_id = ?", Long.class,
				v2019);
		henvisninger.fjern(tb(1), sitat, admin());
		assertThat(jdbc.queryForList("SELECT fra FROM oppdrag_historikk h JOIN oppdrag o ON o.id = h.oppdrag_id "
				+ "WHERE o.visnings_id = ? AND h.type = 'INSTRUKS' AND h.fra IS NOT NULL", String.class, tb(1)))
			.containsExactly("punkt 3 i " + gammel);
	}

	/** Holds the 2026 version's row, as a withdrawal or a citation under way does, till {@code holder} commits. */
	private void holdVersjonen(Connection holder) throws SQLException {
		holder.setAutoCommit(false);
		try (PreparedStatement lock = holder.prepareStatement("SELECT id FROM instruks WHERE id = ? FOR UPDATE")) {
			lock.setLong(1, v2026);
			lock.executeQuery().close();
		}
	}

	/** A cleared desk officer cites section 3 of the 2026 version on TB-1; the refusal, or {@code null}. */
	private Throwable siterVersjonen() {
		try {
			henvisninger.siter(tb(1), v2026, "3", klarert());
			return null;
		}
		catch (RuntimeException ex) {
			return ex;
		}
	}

	private MvcResult trekkVersjonenTilbake() throws Exception {
		return mvc.perform(post("/instrukser/" + v2026 + "/trekk-tilbake").with(ADMIN).with(csrf())).andReturn();
	}

	/** TB-1's page as the admin sees it. */
	private String oppdragssiden() throws Exception {
		return new String(mvc.perform(get("/oppdrag/" + tb(1)).with(ADMIN)).andReturn().getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8);
	}
}
