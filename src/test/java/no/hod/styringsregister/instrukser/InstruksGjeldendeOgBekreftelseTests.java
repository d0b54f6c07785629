package no.hod.styringsregister.instrukser;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.testsupport.IntegrationTest;

import static no.hod.styringsregister.instrukser.InstruksFixtur.ADMIN;
import static no.hod.styringsregister.instrukser.InstruksFixtur.hdirAs;
import static no.hod.styringsregister.testsupport.Laasventer.venterPaaLaas;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Which version is in force on a date once an instruction has been amended, the dates an instruction can have, and
 * the instruction import's confirm done twice at once. Each test writes under an agency of its own.
 */
@IntegrationTest
@AutoConfigureMockMvc
class InstruksGjeldendeOgBekreftelseTests extends InstruksTestoppsett {

	@Autowired
	DataSource dataSource;

	@Test
	void theVersionInForceOnADateCountsFromItsAmendmentDateAndALaterAmendmentIsNotYetInForce() throws Exception {
		String agency = fixtur.newAgency();
		long etat = organisasjon.etatByName(agency).orElseThrow().id();
		String original = hdirAs(agency);
		// Set 10.1.2018, amended 20.5.2019; and the same set date, amended 3.3.2026.
		long v2019 = fixtur.importAsAdmin(original.getBytes(StandardCharsets.UTF_8)).id();
		long v2026 = fixtur.importAsAdmin(original.replace("justert 20. mai 2019", "justert 3. mars 2026")
			.replace("veiledere og kvalitetsindikatorer fastsatt", "veiledere, kvalitetsindikatorer og KI fastsatt")
			.getBytes(StandardCharsets.UTF_8)).id();
		assertThat(instrukser.punkt(v2026, "2")).isPresent();

		// Before the first amendment the register has none in force; between the two, the 2019 one; after, 2026.
		assertThat(instrukser.gjeldende(etat, LocalDate.of(2018, 6, 1))).isEmpty();
		assertThat(instrukser.gjeldende(etat, LocalDate.of(2019, 5, 19))).isEmpty();
		assertThat(instrukser.gjeldende(etat, LocalDate.of(2019, 5, 20)).orElseThrow().id()).isEqualTo(v2019);
		assertThat(instrukser.gjeldende(etat, LocalDate.of(2019, 6, 1)).orElseThrow().id()).isEqualTo(v2019);
		assertThat(instrukser.gjeldende(etat, LocalDate.of(2026, 3, 2)).orElseThrow().id()).isEqualTo(v2019);
		assertThat(instrukser.gjeldende(etat, LocalDate.of(2026, 3, 3)).orElseThrow().id()).isEqualTo(v2026);
		// A citation by date resolves to the same version.
		assertThat(instrukser.section(etat, "2", LocalDate.of(2025, 6, 1)).orElseThrow().instruksId()).isEqualTo(v2019);
		assertThat(instrukser.section(etat, "2", LocalDate.of(2026, 6, 1)).orElseThrow().instruksId()).isEqualTo(v2026);
		assertThat(instrukser.versjoner(etat)).extracting(InstruksVersjon::id).containsExactly(v2026, v2019);

		// The page's «Gjeldende på dato» says the same.
		assertThat(inForceBox(fixtur.page("/instrukser/etat/" + etat + "?dato=2019-06-01")))
			.contains("/instrukser/" + v2019 + "\"")
			.doesNotContain("/instrukser/" + v2026 + "\"");
		assertThat(inForceBox(fixtur.page("/instrukser/etat/" + etat + "?dato=2025-06-01")))
			.contains("/instrukser/" + v2019 + "\"");
		assertThat(inForceBox(fixtur.page("/instrukser/etat/" + etat + "?dato=2026-06-01")))
			.contains("/instrukser/" + v2026 + "\"");
		assertThat(fixtur.page("/instrukser/etat/" + etat + "?dato=2018-06-01"))
			.contains("Den eldste instruksen i registeret for " + agency + " gjelder fra 20. mai 2019");

		// An amendment that takes effect in half a year is not in force today: it comes later.
		LocalDate snart = LocalDate.now().plusMonths(6);
		String draft = fixtur.upload(original.getBytes(StandardCharsets.UTF_8));
		mvc.perform(confirm(draft, etat, "2018-01-10", snart.toString())).andExpect(status().is3xxRedirection());
		long kommende = instrukser.versjoner(etat).get(0).id();
		assertThat(kommende).isNotIn(v2019, v2026);
		assertThat(instrukser.gjeldende(etat, LocalDate.now()).orElseThrow().id()).isEqualTo(v2026);
		assertThat(instrukser.gjeldende(etat, snart).orElseThrow().id()).isEqualTo(kommende);
		String etatside = fixtur.page("/instrukser/etat/" + etat);
		assertThat(statusOf(etatside, kommende)).isEqualTo("Trer i kraft senere");
		assertThat(statusOf(etatside, v2026)).isEqualTo("Gjeldende");
		assertThat(statusOf(etatside, v2019)).isEqualTo("Erstattet");
		assertThat(fixtur.page("/instrukser/" + kommende))
			.contains("Trer i kraft senere", "ikke oppgitt; regnes fra endringen");
	}

	@Test
	void datesNoInstructionCanHaveAreRefusedNamingTheFieldAndTheFormKeepsThem() throws Exception {
		String agency = fixtur.newAgency();
		long etat = organisasjon.etatByName(agency).orElseThrow().id();
		String draft = fixtur.upload(hdirAs(agency).getBytes(StandardCharsets.UTF_8));

		MvcResult gammel = mvc.perform(confirm(draft, etat, "1026-01-10", "")).andReturn();
		assertThat(gammel.getResponse().getRedirectedUrl()).isEqualTo(draft);
		assertThat(problems(gammel)).anySatisfy(p -> assertThat(p).startsWith("«Fastsatt» er 10. januar 1026")
			.contains("Oppgi en dato mellom 1. januar 1990 og "));
		// What the admin typed goes back to the form.
		assertThat(gammel.getFlashMap().get("sendt")).hasFieldOrPropertyWithValue("fastsatt", "1026-01-10");

		MvcResult fremtid = mvc.perform(confirm(draft, etat, "2018-01-10", "2126-03-03")).andReturn();
		assertThat(problems(fremtid)).anySatisfy(p -> assertThat(p).startsWith("«Endret» er 3. mars 2126"));
		assertThat(fremtid.getFlashMap().get("sendt")).hasFieldOrPropertyWithValue("endret", "2126-03-03");
		String side = mvc.perform(get(draft).with(ADMIN).cookie(fremtid.getResponse().getCookies())).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(side).contains("«Endret» er 3. mars 2126", "value=\"2126-03-03\"");
		assertThat(instrukser.versjoner(etat)).isEmpty();

		// A plausible date still goes through.
		mvc.perform(confirm(draft, etat, "2018-01-10", "2019-05-20")).andExpect(status().is3xxRedirection());
		assertThat(instrukser.versjoner(etat)).hasSize(1);
	}

	@Test
	void aDateThatIsNoDateIsAProblemWithItsFieldAndTheFormComesBackWithWhatWasTyped() throws Exception {
		String agency = fixtur.newAgency();
		long etat = organisasjon.etatByName(agency).orElseThrow().id();
		String draft = fixtur.upload(hdirAs(agency).getBytes(StandardCharsets.UTF_8));

		MvcResult svar = mvc.perform(confirm(draft, etat, "abc", "31.02.2019").param("erstatter", "Instruks fra 2010"))
			.andReturn();
		assertThat(svar.getResponse().getRedirectedUrl()).isEqualTo(draft);
		assertThat(problems(svar)).containsExactly(
				"«abc» i «Fastsatt» er ikke en gyldig dato. Skriv datoen som 1.6.2025 eller 2025-06-01.",
				"«31.02.2019» i «Endret» er ikke en gyldig dato. Skriv datoen som 1.6.2025 eller 2025-06-01.");
		String side = mvc.perform(get(draft).with(ADMIN).cookie(svar.getResponse().getCookies())).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		// The form, not a page in its place: each problem links to its field, which is marked and described by it.
		assertThat(side).contains("action=\"" + draft + "/bekreft\"", "value=\"abc\"", "value=\"31.02.2019\"",
				"value=\"Instruks fra 2010\"", "value=\"Instruks for " + agency + "\"", "href=\"#fastsatt\"",
				"href=\"#endret\"")
			.containsPattern("id=\"fastsatt\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"feil-1 fastsatt-hjelp\"")
			.containsPattern("id=\"endret\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"feil-2\"")
			.doesNotContain("Ugyldig valg");
		assertThat(instrukser.versjoner(etat)).isEmpty();

		// A tampered tick box: said in the page's words, with the way back to the form, not to the address it posts to.
		mvc.perform(confirm(draft, etat, "2018-01-10", "").param("likevel", "abc"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("«abc» er ikke et gyldig valg for «Importer likevel».")))
			.andExpect(content().string(containsString("href=\"" + draft + "\">Tilbake til skjemaet</a>")))
			.andExpect(content().string(not(containsString("«likevel»"))));

		// The date as people write it goes through.
		mvc.perform(confirm(draft, etat, "10.1.2018", "20.05.2019")).andExpect(status().is3xxRedirection());
		assertThat(instrukser.versjoner(etat)).extracting(v -> v.fastsatt()).containsExactly(LocalDate.of(2018, 1, 10));
	}

	@Test
	void theSecondOfTwoConcurrentConfirmsOfOneInstructionDraftIsRefusedNamingWhoConfirmedIt() throws Exception {
		String agency = fixtur.newAgency();
		long etat = organisasjon.etatByName(agency).orElseThrow().id();
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		brukere.create(new NyBruker("ada-" + suffix, "Ada Admin", "et-langt-passord", Rolle.ADMIN, null, true, null));
		brukere.create(new NyBruker("bo-" + suffix, "Bo Admin", "et-langt-passord", Rolle.ADMIN, null, true, null));
		RequestPostProcessor ada = user("ada-" + suffix).roles("ADMIN");
		RequestPostProcessor bo = user("bo-" + suffix).roles("ADMIN");
		String draft = fixtur.upload(hdirAs(agency).getBytes(StandardCharsets.UTF_8));
		UUID id = UUID.fromString(draft.substring(draft.lastIndexOf('/') + 1));

		List<MvcResult> svar = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		// Hold the draft's row, so that both confirms are under way before either ends.
		try (Connection holder = dataSource.getConnection()) {
			holder.setAutoCommit(false);
			try (PreparedStatement lock = holder.prepareStatement("SELECT id FROM instruks_utkast WHERE id = ? FOR UPDATE")) {
				lock.setObject(1, id);
				lock.executeQuery().close();
			}
			Future<MvcResult> a = pool.submit(() -> mvc.perform(confirm(draft, etat, "2018-01-10", "2019-05-20", ada))
				.andReturn());
			Future<MvcResult> b = pool.submit(() -> mvc.perform(confirm(draft, etat, "2018-01-10", "2019-05-20", bo))
				.andReturn());
			venterPaaLaas(holder, 2);
			holder.commit();
			svar.add(a.get(60, TimeUnit.SECONDS));
			svar.add(b.get(60, TimeUnit.SECONDS));
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(instrukser.versjoner(etat)).hasSize(1);
		long versjon = instrukser.versjoner(etat).get(0).id();
		assertThat(svar).allSatisfy(r -> {
			assertThat(r.getResponse().getStatus()).isEqualTo(302);
			assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/instrukser/" + versjon);
		});
		List<MvcResult> importert = svar.stream().filter(r -> r.getFlashMap().get("melding") != null).toList();
		List<MvcResult> avvist = svar.stream().filter(r -> r.getFlashMap().get("feil") != null).toList();
		assertThat(importert).hasSize(1);
		assertThat(avvist).hasSize(1);
		assertThat((String) importert.get(0).getFlashMap().get("melding")).endsWith("» er importert.");
		String vinner = importert.get(0) == svar.get(0) ? "Ada Admin" : "Bo Admin";
		assertThat((String) avvist.get(0).getFlashMap().get("feil"))
			.startsWith("Utkastet er allerede bekreftet (av " + vinner + " ")
			.contains(" kl. ")
			.endsWith("). Det ble ikke importert på nytt.");

		// The review page, a later confirm and a cancel say the same and lead to the version.
		for (MockHttpServletRequestBuilder etterpaa : List.of(get(draft).with(bo),
				confirm(draft, etat, "2018-01-10", "2019-05-20", bo), post(draft + "/avbryt").with(bo).with(csrf()))) {
			MvcResult r = mvc.perform(etterpaa).andReturn();
			assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/instrukser/" + versjon);
			assertThat((String) r.getFlashMap().get("feil")).startsWith("Utkastet er allerede bekreftet (av " + vinner);
		}
		assertThat(instrukser.versjoner(etat)).hasSize(1);
	}

	@Test
	void reimportingAWithdrawnVersionSaysItIsBackAndTheWithdrawalNamesTheAdminByName() throws Exception {
		String agency = fixtur.newAgency();
		long etat = organisasjon.etatByName(agency).orElseThrow().id();
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		brukere.create(new NyBruker("wenche-" + suffix, "Wenche Admin", "et-langt-passord", Rolle.ADMIN, null, true,
				null));
		RequestPostProcessor wenche = user("wenche-" + suffix).roles("ADMIN");
		String tekst = hdirAs(agency);
		long versjon = fixtur.importAsAdmin(tekst.getBytes(StandardCharsets.UTF_8)).id();

		mvc.perform(post("/instrukser/" + versjon + "/trekk-tilbake").with(wenche).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(fixtur.page("/instrukser/" + versjon)).contains("av Wenche Admin.").doesNotContain("av wenche-" + suffix);

		String draft = fixtur.upload(tekst.getBytes(StandardCharsets.UTF_8));
		MvcResult svar = mvc.perform(confirm(draft, etat, "2018-01-10", "2019-05-20")).andReturn();
		assertThat(svar.getResponse().getRedirectedUrl()).isEqualTo("/instrukser/" + versjon);
		assertThat((String) svar.getFlashMap().get("melding"))
			.contains("Versjonen var trukket tilbake og er nå gjeninnsatt");
		assertThat(instrukser.versjoner(etat)).extracting(InstruksVersjon::id).containsExactly(versjon);
	}

	/** The «Gjeldende på dato» answer box of the agency page. */
	private static String inForceBox(String page) {
		int start = page.indexOf("instr-svar");
		return page.substring(start, page.indexOf("</div>", start));
	}

	/** The status cell of the version's row in the agency page's version table. */
	private static String statusOf(String page, long versjon) {
		int rad = page.indexOf("<td><a href=\"/instrukser/" + versjon + "\"");
		assertThat(rad).as("row of version " + versjon).isPositive();
		String resten = page.substring(rad, page.indexOf("</tr>", rad));
		String celle = resten.substring(resten.lastIndexOf("<td>") + 4);
		return celle.substring(0, celle.indexOf("</td>")).strip();
	}

	@SuppressWarnings("unchecked")
	private static List<String> problems(MvcResult result) {
		return (List<String>) result.getFlashMap().get("feilListe");
	}

	private MockHttpServletRequestBuilder confirm(String draft, long etat, String fastsatt, String endret) {
		return confirm(draft, etat, fastsatt, endret, ADMIN);
	}

	private MockHttpServletRequestBuilder confirm(String draft, long etat, String fastsatt, String endret,
			RequestPostProcessor who) {
		return post(draft + "/bekreft").with(who).with(csrf()).param("etatId", "" + etat)
			.param("tittel", "Instruks for " + organisasjon.etat(etat).orElseThrow().navn()).param("fastsatt", fastsatt)
			.param("endret", endret);
	}

}
