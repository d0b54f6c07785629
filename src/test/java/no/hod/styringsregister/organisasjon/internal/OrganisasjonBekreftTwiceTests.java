package no.hod.styringsregister.organisasjon.internal;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.testsupport.IntegrationTest;

import static no.hod.styringsregister.testsupport.Laasventer.venterPaaLaas;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two admins pressing «Bekreft og importer» on the same organisation draft at the same time: one imports, the other
 * is told who did, and no unit is added twice.
 */
@IntegrationTest
@AutoConfigureMockMvc
class OrganisasjonBekreftTwiceTests {

	private static final String SEED = "/seeds/organisering-helsedirektoratet.txt";

	private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisasjonService organisasjon;

	@Autowired
	BrukerService brukere;

	@Autowired
	DataSource dataSource;

	@Test
	void theSecondOfTwoConcurrentConfirmsIsRefusedNamingWhoConfirmedAndNothingIsAddedTwice() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		brukere.create(new NyBruker("ada-org-" + suffix, "Ada Admin", "et-langt-passord", Rolle.ADMIN, null, true, null));
		brukere.create(new NyBruker("bo-org-" + suffix, "Bo Admin", "et-langt-passord", Rolle.ADMIN, null, true, null));
		RequestPostProcessor ada = user("ada-org-" + suffix).roles("ADMIN");
		RequestPostProcessor bo = user("bo-org-" + suffix).roles("ADMIN");
		String name = "Orgetat " + suffix;
		mvc.perform(post("/admin/organisasjon/etat").param("navn", name).with(ADMIN).with(csrf()))
			.andExpect(status().is3xxRedirection());
		long etat = organisasjon.etatByName(name).orElseThrow().id();
		byte[] seed;
		try (InputStream in = getClass().getResourceAsStream(SEED)) {
			seed = in.readAllBytes();
		}
		String draft = mvc.perform(multipart("/admin/organisasjon/import")
			.file(new MockMultipartFile("fil", "org.txt", "text/plain", seed)).param("etatId", "" + etat).with(ADMIN)
			.with(csrf())).andReturn().getResponse().getRedirectedUrl();
		assertThat(draft).matches("/admin/organisasjon/import/[0-9a-f-]{36}");
		UUID id = UUID.fromString(draft.substring(draft.lastIndexOf('/') + 1));

		List<MvcResult> svar = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		// Hold the draft's row, so that both confirms are under way before either ends. Both tick that the agency is
		// right, as the seed is Helsedirektoratet's.
		try (Connection holder = dataSource.getConnection()) {
			holder.setAutoCommit(false);
			try (PreparedStatement lock = holder
				.prepareStatement("SELECT id FROM organisasjon_utkast WHERE id = ? FOR UPDATE")) {
				lock.setObject(1, id);
				lock.executeQuery().close();
			}
			Future<MvcResult> a = pool.submit(() -> mvc.perform(post(draft + "/bekreft").param("likevel", "true").with(ada)
				.with(csrf())).andReturn());
			Future<MvcResult> b = pool.submit(() -> mvc.perform(post(draft + "/bekreft").param("likevel", "true").with(bo)
				.with(csrf())).andReturn());
			venterPaaLaas(holder, 2);
			holder.commit();
			svar.add(a.get(60, TimeUnit.SECONDS));
			svar.add(b.get(60, TimeUnit.SECONDS));
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(svar).allSatisfy(r -> assertThat(r.getResponse().getStatus()).isEqualTo(302));
		List<MvcResult> importert = svar.stream().filter(r -> r.getFlashMap().get("melding") != null).toList();
		List<MvcResult> avvist = svar.stream().filter(r -> r.getFlashMap().get("feil") != null).toList();
		assertThat(importert).hasSize(1);
		assertThat(avvist).hasSize(1);
		assertThat((String) importert.get(0).getFlashMap().get("melding"))
			.isEqualTo("Organisasjonen er importert: 41 nye enheter, 0 endret, 0 uendret.");
		String vinner = importert.get(0) == svar.get(0) ? "Ada Admin" : "Bo Admin";
		assertThat((String) avvist.get(0).getFlashMap().get("feil"))
			.startsWith("Utkastet er allerede bekreftet (av " + vinner + " ")
			.contains(" kl. ")
			.endsWith("). Det ble ikke importert på nytt.");
		// Each unit once: the seed's divisions, and their departments under them.
		assertThat(organisasjon.divisjoner(etat)).extracting(d -> d.navn()).doesNotHaveDuplicates();
		assertThat(organisasjon.divisjoner(etat).stream().mapToInt(d -> 1 + organisasjon.avdelinger(d.id()).size()).sum())
			.isEqualTo(41);

		// The review page, a later confirm and a cancel say the same.
		for (MockHttpServletRequestBuilder etterpaa : List.of(get(draft).with(bo), post(draft + "/bekreft").with(bo)
			.with(csrf()), post(draft + "/avbryt").with(bo).with(csrf()))) {
			MvcResult r = mvc.perform(etterpaa).andReturn();
			assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/admin/organisasjon");
			assertThat((String) r.getFlashMap().get("feil")).startsWith("Utkastet er allerede bekreftet (av " + vinner);
		}
	}
}
