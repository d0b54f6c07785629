package no.hod.styringsregister.tildelingsbrev;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.testsupport.TestDocuments;

import static no.hod.styringsregister.testsupport.Laasventer.venterPaaLaas;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Two admins pressing «Bekreft og importer» on the same draft at the same time: one imports, the other is told who
 * did, and nothing is written twice.
 */
@IntegrationTest
@AutoConfigureMockMvc
class LetterConfirmTwiceTests {

	/** The 2025 letter and an admin's changed version of it, moved to a year no other test imports. */
	private static final String BREV = Brevsteg.brev2025Som(2045);

	private static final String ENDRET = TestDocuments.resource("/letters/tildelingsbrev-2025-endret.txt")
		.replace("2025", "2045");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	BrukerService brukere;

	@Test
	void theSecondOfTwoConcurrentConfirmsIsRefusedAndNothingIsWrittenTwice() throws Exception {
		brukere.create(new BrukerService.NyBruker("ada-bekreft", "Ada Admin", "et-langt-passord", Rolle.ADMIN, null,
				true, null));
		brukere.create(new BrukerService.NyBruker("bo-bekreft", "Bo Admin", "et-langt-passord", Rolle.ADMIN, null,
				true, null));
		RequestPostProcessor ada = user("ada-bekreft").roles("ADMIN");
		RequestPostProcessor bo = user("bo-bekreft").roles("ADMIN");
		MvcResult forste = mvc.perform(post(last(BREV, ada) + "/bekreft").with(ada).with(csrf())).andReturn();
		long brevId = Long.parseLong(forste.getResponse().getRedirectedUrl().replace("/tildelingsbrev/", ""));
		String utkast = last(ENDRET, ada);
		int importer = importer(brevId);

		List<MvcResult> svar = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		// Hold the letter's row, which every import updates, so that both confirms are under way before either ends.
		try (Connection holder = dataSource.getConnection()) {
			holder.setAutoCommit(false);
			try (PreparedStatement lock = holder.prepareStatement("SELECT id FROM tildelingsbrev WHERE id = ? FOR UPDATE")) {
				lock.setLong(1, brevId);
				lock.executeQuery().close();
			}
			Future<MvcResult> a = pool.submit(() -> mvc.perform(post(utkast + "/bekreft").with(ada).with(csrf())).andReturn());
			Future<MvcResult> b = pool.submit(() -> mvc.perform(post(utkast + "/bekreft").with(bo).with(csrf())).andReturn());
			venterPaaLaas(holder, 2);
			holder.commit();
			svar.add(a.get(60, TimeUnit.SECONDS));
			svar.add(b.get(60, TimeUnit.SECONDS));
		}
		finally {
			pool.shutdownNow();
		}

		List<MvcResult> importert = svar.stream().filter(r -> r.getFlashMap().get("melding") != null).toList();
		List<MvcResult> avvist = svar.stream().filter(r -> r.getFlashMap().get("feil") != null).toList();
		assertThat(importert).as("one confirm imports").hasSize(1);
		assertThat(avvist).as("the other is refused").hasSize(1);
		// The one that imported wrote the letter's changes (the other, before, was told «0 endret»).
		assertThat((String) importert.get(0).getFlashMap().get("melding"))
			.matches("Brevet er importert: \\d+ nye, [1-9]\\d* endrede, [1-9]\\d* fjernede og \\d+ uendrede poster\\.( Av brevets oppdrag viderefører \\d+ .*)?");
		String vinner = importert.get(0) == svar.get(0) ? "Ada Admin" : "Bo Admin";
		assertThat((String) avvist.get(0).getFlashMap().get("feil"))
			.startsWith("Utkastet er allerede bekreftet (av " + vinner + " ")
			.contains(" kl. ")
			.endsWith("). Det ble ikke importert på nytt.");
		// Both are led to the letter.
		assertThat(svar).allSatisfy(r -> assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/tildelingsbrev/" + brevId));

		// One import in the letter's log, and one history row per change.
		assertThat(importer(brevId)).isEqualTo(importer + 1);
		assertThat(jdbc.sql("SELECT count(*) FROM oppdrag_historikk h JOIN oppdrag o ON o.id = h.oppdrag_id "
				+ "WHERE o.offisiell_id = 'TB2045-9' AND h.type = 'IMPORT' AND h.felt = 'tekst'").query(Long.class).single())
			.isEqualTo(1);

		// The review page and a later confirm or cancel say the same, and lead to the letter.
		for (var request : List.of(get(utkast).with(bo), post(utkast + "/bekreft").with(bo).with(csrf()),
				post(utkast + "/avbryt").with(bo).with(csrf()))) {
			MvcResult etterpaa = mvc.perform(request).andReturn();
			assertThat(etterpaa.getResponse().getRedirectedUrl()).isEqualTo("/tildelingsbrev/" + brevId);
			assertThat((String) etterpaa.getFlashMap().get("feil")).startsWith("Utkastet er allerede bekreftet (av " + vinner);
		}
		assertThat(importer(brevId)).isEqualTo(importer + 1);
		// No longer among the imports waiting for review.
		String liste = mvc.perform(get("/tildelingsbrev").with(bo)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(liste).doesNotContain(utkast);
	}

	/**
	 * Two drafts of a letter the register does not have yet (two admins uploaded it, one of them changed), confirmed
	 * at once: the first creates the letter; the second waits for it and is refused, as its review showed a new
	 * letter (one letter, not two).
	 */
	@Test
	void twoDraftsOfANewLetterConfirmedAtOnceMakeOneLetterTheSecondAReImport() throws Exception {
		brukere.create(new BrukerService.NyBruker("cy-bekreft", "Cy Admin", "et-langt-passord", Rolle.ADMIN, null,
				true, null));
		RequestPostProcessor cy = user("cy-bekreft").roles("ADMIN");
		String forste = last(BREV.replace("2045", "2046"), cy);
		String andre = last(ENDRET.replace("2045", "2046"), cy);
		long hdir = jdbc.sql("SELECT id FROM etat WHERE navn = 'Helsedirektoratet'").query(Long.class).single();

		List<MvcResult> svar = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		// Hold the import's lock for the agency and year, so that both confirms are under way before either writes.
		try (Connection holder = dataSource.getConnection()) {
			try (PreparedStatement lock = holder
				.prepareStatement("SELECT pg_advisory_lock(hashtext('tildelingsbrev'), hashtext(?))")) {
				lock.setString(1, hdir + "-2046");
				lock.executeQuery().close();
			}
			Future<MvcResult> a = pool.submit(() -> mvc.perform(post(forste + "/bekreft").with(cy).with(csrf())).andReturn());
			Future<MvcResult> b = pool.submit(() -> mvc.perform(post(andre + "/bekreft").with(cy).with(csrf())).andReturn());
			venterPaaLaas(holder, 2);
			try (PreparedStatement unlock = holder.prepareStatement("SELECT pg_advisory_unlock_all()")) {
				unlock.executeQuery().close();
			}
			svar.add(a.get(60, TimeUnit.SECONDS));
			svar.add(b.get(60, TimeUnit.SECONDS));
		}
		finally {
			pool.shutdownNow();
		}

		List<MvcResult> importert = svar.stream().filter(r -> r.getFlashMap().get("melding") != null).toList();
		assertThat(importert).as("one imports").singleElement()
			.satisfies(r -> assertThat((String) r.getFlashMap().get("melding")).startsWith("Brevet er importert: "));
		List<Long> brev = jdbc.sql("SELECT id FROM tildelingsbrev WHERE etat_id = ? AND aar = 2046").param(hdir)
			.query(Long.class).list();
		assertThat(brev).hasSize(1);
		assertThat(importert.get(0).getResponse().getRedirectedUrl()).isEqualTo("/tildelingsbrev/" + brev.get(0));
		// The other's review was made before the letter existed: refused, back to its review to look again.
		MvcResult avvist = svar.get(importert.get(0) == svar.get(0) ? 1 : 0);
		assertThat(avvist.getResponse().getRedirectedUrl()).isEqualTo(avvist == svar.get(0) ? forste : andre);
		assertThat((List<?>) avvist.getFlashMap().get("feilListe")).singleElement().asString()
			.startsWith("Brevet ble importert av Cy Admin ")
			.endsWith(" etter at du åpnet gjennomgangen. Se gjennom endringene på nytt før du bekrefter.");
		assertThat(importer(brev.get(0))).isEqualTo(1);
	}

	private int importer(long brevId) {
		return jdbc.sql("SELECT count(*) FROM tildelingsbrev_import WHERE brev_id = ?").param(brevId).query(Integer.class)
			.single();
	}

	private String last(String tekst, RequestPostProcessor admin) throws Exception {
		return Brevsteg.lastOpp(mvc, tekst, admin);
	}
}
