package no.hod.styringsregister.rapporteringskalender.internal;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.rapporteringskalender.KalenderImport;
import no.hod.styringsregister.rapporteringskalender.KalenderImport.KalenderData;
import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.testsupport.Testbrukere;
import no.hod.styringsregister.web.Formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A letter's entry changed by hand says so in the API and the feed as on the page; an entry removed by hand is listed
 * under «Fjernet for hånd» with who removed it and when, and an admin can put it back. In the context of
 * {@link KalenderEndringOgRekkefolgeTests}; the API's and the page's entries in 2168, which no other test uses, the
 * feed's in next year (the feed holds last, this and next year only) under titles of their own.
 */
@IntegrationTest
@AutoConfigureMockMvc
class KalenderFjernetForHaandTests {

	static final String LESER = "kal-fjernet-leser";

	static final String ADMIN = "kal-fjernet-admin";

	static final String ADMIN_NAVN = "Frida Fjernsen";

	@Autowired
	MockMvc mvc;

	@Autowired
	KalenderImport kalenderImport;

	@Autowired
	OrganisasjonService organisasjon;

	@Autowired
	BrukerService brukere;

	@Autowired
	TransactionTemplate transaksjon;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Formats formats;

	long hdir;

	String iDag;

	@BeforeEach
	void oppsett() {
		hdir = organisasjon.etatByName("Helsedirektoratet").orElseThrow().id();
		Testbrukere.opprett(brukere,
				new NyBruker(LESER, LESER, "passord-passord-1", Rolle.HOD_SAKSBEHANDLER, null, false, null));
		Testbrukere.opprett(brukere,
				new NyBruker(ADMIN, ADMIN_NAVN, "passord-passord-1", Rolle.ADMIN, null, false, null));
		iDag = formats.dato(LocalDate.now(Formats.OSLO));
	}

	@Test
	void theApiSaysWhoChangedALettersEntryWhenAndWhatTheLetterGaveOnlyOnceChanged() throws Exception {
		importer(8_168_001, 2168, LocalDate.of(2168, 2, 14), "09:00-11:00", "API-møte 2168");
		Map<String, Object> item = item("2168-02", "API-møte 2168");
		assertThat(item).containsEntry("changedByHand", null).containsEntry("date", "2168-02-14")
			.containsEntry("time", "09:00-11:00").containsEntry("exempt", false);

		endre(id("API-møte 2168"), "2168-02-21", "API-møte 2168, flyttet", 0);
		item = item("2168-02", "API-møte 2168, flyttet");
		// Every field there was before is there as before; the edit is added.
		assertThat(item).containsOnlyKeys("date", "time", "kind", "title", "agency", "oppdrag", "source", "exempt",
				"changedByHand");
		assertThat(item).containsEntry("date", "2168-02-21").containsEntry("kind", "KALENDER")
			.containsEntry("agency", "Helsedirektoratet")
			.containsEntry("source", "Tildelingsbrev 2168, vedlegg I – styrings- og rapporteringskalender");
		@SuppressWarnings("unchecked")
		Map<String, Object> endring = (Map<String, Object>) item.get("changedByHand");
		assertThat(endring).containsEntry("by", ADMIN_NAVN);
		assertThat((String) endring.get("at")).startsWith(LocalDate.now(Formats.OSLO).toString());
		assertThat(endring.get("letterSaid"))
			.isEqualTo(Map.of("date", "2168-02-14", "time", "09:00-11:00", "estimated", false, "title",
					"API-møte 2168"));
	}

	/** A letter without an exact day: the API says the day it gave was an estimate, as the page's «anslått». */
	@Test
	void theApiSaysTheLettersDayWasAnEstimate() throws Exception {
		importer(8_168_007, 2168, null, null, "Anslått møte 2168");
		endre(id("Anslått møte 2168"), "2168-11-10", "Anslått møte 2168", 0);
		@SuppressWarnings("unchecked")
		Map<String, Object> brevet = (Map<String, Object>) ((Map<String, Object>) item("2168-11", "Anslått møte 2168")
			.get("changedByHand")).get("letterSaid");
		assertThat(brevet).containsEntry("date", "2168-12-31").containsEntry("estimated", true);
		assertThat(rad(side("2168-11", LESER), "Anslått møte 2168")).contains("(brevet: 31. desember 2168, anslått)");
	}

	@Test
	void theFeedSaysTheHandEditInTheWordsOfThePage() throws Exception {
		int neste = LocalDate.now(Formats.OSLO).getYear() + 1;
		importer(8_168_002, neste, LocalDate.of(neste, 3, 10), null, "Feedmøte endret for hånd");
		importer(8_168_003, neste, LocalDate.of(neste, 3, 11), null, "Feedmøte som brevet ga det");
		endre(id("Feedmøte endret for hånd"), neste + "-03-12", "Feedmøte endret for hånd", 0);
		String setning = "Endret for hånd av " + ADMIN_NAVN + " " + iDag + " (brevet: "
				+ formats.dato(LocalDate.of(neste, 3, 10)) + ")";
		assertThat(rad(side(neste + "-03", LESER), "Feedmøte endret for hånd")).contains(setning);

		Calendar feed = feed();
		assertThat(event(feed, "Feedmøte endret for hånd").getDescription().getValue())
			.contains(setning);
		assertThat(event(feed, "Feedmøte som brevet ga det").getDescription().getValue())
			.doesNotContain("Endret for hånd");
	}

	@Test
	void aLettersEntryRemovedByHandIsListedWithWhoAndWhenAndComesBackAsTheLettersOnRestore() throws Exception {
		long brev = 8_168_004;
		importer(brev, 2168, LocalDate.of(2168, 4, 14), null, "Fjernet brevmøte 2168");
		slett(id("Fjernet brevmøte 2168"));
		assertThat(titler("2168-04")).doesNotContain("Fjernet brevmøte 2168");

		String rad = rad(fjernetSide(), "Fjernet brevmøte 2168");
		assertThat(rad).contains("14. april 2168", "Tildelingsbrev 2168, vedlegg I", "href=\"/tildelingsbrev/" + brev
				+ "\"", ADMIN_NAVN + ", " + iDag, "Gjenopprett: Fjernet brevmøte 2168");

		long id = fjernetId("Fjernet brevmøte 2168");
		long versjon = versjon(id);
		// Someone else got there first: refused with the reason, nothing written.
		gjenopprett(id, versjon - 1).andExpect(status().isConflict()).andExpect(result -> assertThat(
				result.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains(
						"Noen andre har endret oppføringen «Fjernet brevmøte 2168» siden du åpnet siden"));
		assertThat(versjon(id)).isEqualTo(versjon);
		assertThat(titler("2168-04")).doesNotContain("Fjernet brevmøte 2168");

		gjenopprett(id, versjon).andExpect(redirectedUrl("/rapporteringskalender?visning=maned&maned=2168-04"))
			.andExpect(result -> assertThat(result.getFlashMap().get("melding"))
				.isEqualTo("Oppføringen «Fjernet brevmøte 2168» er tilbake i kalenderen."));
		assertThat(item("2168-04", "Fjernet brevmøte 2168")).containsEntry("changedByHand", null)
			.containsEntry("date", "2168-04-14");
		assertThat(side("2168-04", LESER)).contains("Fjernet brevmøte 2168");
		assertThat(fjernetSide()).doesNotContain("Fjernet brevmøte 2168");
		// Back as the letter's, not as one changed by hand: the letter imported again moves it.
		importer(brev, 2168, LocalDate.of(2168, 4, 16), null, "Fjernet brevmøte 2168");
		assertThat(item("2168-04", "Fjernet brevmøte 2168")).containsEntry("date", "2168-04-16");
		// Restored once only.
		gjenopprett(id, versjon + 1).andExpect(status().isNotFound());
	}

	@Test
	void anEntryChangedByHandThenRemovedComesBackWithItsChange() throws Exception {
		importer(8_168_005, 2168, LocalDate.of(2168, 5, 14), null, "Endret og fjernet 2168");
		long id = id("Endret og fjernet 2168");
		endre(id, "2168-05-20", "Endret og fjernet 2168", 0);
		slett(id);
		gjenopprett(id, versjon(id)).andExpect(status().is3xxRedirection());
		@SuppressWarnings("unchecked")
		Map<String, Object> endring = (Map<String, Object>) item("2168-05", "Endret og fjernet 2168")
			.get("changedByHand");
		assertThat(endring).containsEntry("by", ADMIN_NAVN);
		@SuppressWarnings("unchecked")
		Map<String, Object> brevet = (Map<String, Object>) endring.get("letterSaid");
		assertThat(brevet).containsEntry("date", "2168-05-14").containsEntry("time", null)
			.containsEntry("title", "Endret og fjernet 2168");
	}

	@Test
	void anEntryMadeByHandIsRestoredOnlyWhenTheCalendarHasNoneLikeIt() throws Exception {
		String tittel = "Eget møte som fjernes 2168";
		ny(tittel);
		long forste = id(tittel);
		slett(forste);
		// Typed in anew, then the first one asked back: the calendar would hold it twice.
		ny(tittel);
		long andre = id(tittel);
		long versjon = versjon(forste);
		gjenopprett(forste, versjon).andExpect(status().isConflict()).andExpect(result -> assertThat(
				result.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains(
						"Kalenderen har allerede en oppføring med samme etat, type, dato, tid og tekst som «" + tittel
								+ "», så den ble ikke gjenopprettet."));
		assertThat(versjon(forste)).isEqualTo(versjon);
		assertThat(rad(fjernetSide(), tittel)).contains("Lagt inn for hånd", ADMIN_NAVN + ", " + iDag);

		slett(andre);
		gjenopprett(forste, versjon).andExpect(status().is3xxRedirection());
		assertThat(id(tittel)).isEqualTo(forste);
		assertThat(rad(side("2168-06", LESER), tittel)).contains("Lagt inn for hånd");
	}

	/**
	 * A letter's entry removed by hand, not changed before, goes on following the letter while it is out of the
	 * calendar: restored, it is what the letter gives now, as the letter's. One the letter no longer gives comes back
	 * as kept by hand: as the letter's, the letter's next import would take it out again, undoing the restore.
	 */
	@Test
	void aLettersEntryRemovedByHandFollowsTheLetterWhileItIsOut() throws Exception {
		long brev = 8_168_007;
		String tittel = "Fjernet, flyttet av brevet 2168";
		importer(brev, 2168, LocalDate.of(2168, 8, 14), null, tittel);
		long id = id(tittel);
		slett(id);
		// The letter's new version moves it.
		importer(brev, 2168, LocalDate.of(2168, 8, 21), null, tittel);
		assertThat(rad(fjernetSide(), tittel)).contains("21. august 2168");
		gjenopprett(id, versjon(id)).andExpect(status().is3xxRedirection());
		assertThat(item("2168-08", tittel)).containsEntry("date", "2168-08-21").containsEntry("changedByHand", null);

		slett(id);
		long versjon = versjon(id);
		// The letter's next version no longer gives it: still offered, but what was read before is stale.
		importer(brev, 2168, LocalDate.of(2168, 8, 28), null, "Et annet brevmøte 2168");
		assertThat(titler("2168-08")).doesNotContain(tittel).contains("Et annet brevmøte 2168");
		assertThat(rad(fjernetSide(), tittel)).contains("21. august 2168");
		gjenopprett(id, versjon).andExpect(status().isConflict());
		gjenopprett(id, versjon(id)).andExpect(status().is3xxRedirection());
		assertThat(item("2168-08", tittel)).containsEntry("date", "2168-08-21").doesNotContainEntry("changedByHand",
				null);
		// The letter imported again leaves it, as it leaves every entry kept by hand.
		importer(brev, 2168, LocalDate.of(2168, 8, 28), null, "Et annet brevmøte 2168");
		assertThat(titler("2168-08")).contains(tittel, "Et annet brevmøte 2168");
	}

	@Test
	void whatWasRemovedFromAWithdrawnLetterIsNotOfferedBackUntilTheLetterIsImportedAgain() throws Exception {
		long brev = 8_168_006;
		importer(brev, 2168, LocalDate.of(2168, 7, 14), null, "Fjernet fra trukket brev 2168");
		long id = id("Fjernet fra trukket brev 2168");
		slett(id);
		transaksjon.executeWithoutResult(status -> kalenderImport.withdraw(brev));
		assertThat(fjernetSide()).doesNotContain("Fjernet fra trukket brev 2168");
		gjenopprett(id, versjon(id)).andExpect(status().isNotFound());

		importer(brev, 2168, LocalDate.of(2168, 7, 14), null, "Fjernet fra trukket brev 2168");
		assertThat(fjernetSide()).contains("Fjernet fra trukket brev 2168");
	}

	@Test
	void whoMayNotChangeTheCalendarSeesNothingOfItAndIsRefused() throws Exception {
		ny("Fjernet, sett av saksbehandler 2168");
		long id = id("Fjernet, sett av saksbehandler 2168");
		slett(id);
		long versjon = versjon(id);
		mvc.perform(get("/rapporteringskalender/fjernet").with(user(LESER))).andExpect(status().isForbidden());
		mvc.perform(post("/rapporteringskalender/{id}/gjenopprett", id).param("versjon", String.valueOf(versjon))
			.with(csrf()).with(user(LESER))).andExpect(status().isForbidden());
		// Without the form's token, not even an admin.
		mvc.perform(post("/rapporteringskalender/{id}/gjenopprett", id).param("versjon", String.valueOf(versjon))
			.with(user(ADMIN).roles("ADMIN"))).andExpect(status().isForbidden());
		assertThat(versjon(id)).isEqualTo(versjon);
		assertThat(side("2168-06", LESER)).doesNotContain("/rapporteringskalender/fjernet")
			.doesNotContain("Fjernet, sett av saksbehandler 2168");
		assertThat(side("2168-06", ADMIN)).contains("href=\"/rapporteringskalender/fjernet\"");
	}

	private void importer(long brev, int aar, LocalDate dato, String tid, String tittel) {
		transaksjon.executeWithoutResult(status -> kalenderImport.apply(brev, aar, hdir,
				List.of(new KalenderData(dato, tid, tittel, null)), List.of()));
	}

	private void ny(String tittel) throws Exception {
		mvc.perform(post("/rapporteringskalender/ny").with(csrf()).with(user(ADMIN).roles("ADMIN"))
			.param("etatId", String.valueOf(hdir)).param("type", "KALENDER").param("dato", "2168-06-03")
			.param("tittel", tittel))
			.andExpect(status().is3xxRedirection());
	}

	private void endre(long id, String dato, String tittel, long versjon) throws Exception {
		mvc.perform(post("/rapporteringskalender/{id}/endre", id).with(csrf()).with(user(ADMIN).roles("ADMIN"))
			.param("etatId", String.valueOf(hdir)).param("type", "KALENDER").param("dato", dato)
			.param("tittel", tittel).param("versjon", String.valueOf(versjon)))
			.andExpect(status().is3xxRedirection());
	}

	private void slett(long id) throws Exception {
		mvc.perform(post("/rapporteringskalender/{id}/slett", id).with(csrf()).with(user(ADMIN).roles("ADMIN")))
			.andExpect(status().is3xxRedirection());
	}

	private ResultActions gjenopprett(long id, long versjon) throws Exception {
		return mvc.perform(post("/rapporteringskalender/{id}/gjenopprett", id).param("versjon", String.valueOf(versjon))
			.with(csrf()).with(user(ADMIN).roles("ADMIN")));
	}

	private long id(String tittel) {
		return jdbc.sql("SELECT id FROM kalenderoppforing WHERE tittel = :tittel AND NOT slettet")
			.param("tittel", tittel).query(Long.class).single();
	}

	private long fjernetId(String tittel) {
		return jdbc.sql("SELECT id FROM kalenderoppforing WHERE tittel = :tittel AND slettet")
			.param("tittel", tittel).query(Long.class).single();
	}

	private long versjon(long id) {
		return jdbc.sql("SELECT versjon FROM kalenderoppforing WHERE id = :id").param("id", id).query(Long.class)
			.single();
	}

	private String fjernetSide() throws Exception {
		return mvc.perform(get("/rapporteringskalender/fjernet").with(user(ADMIN).roles("ADMIN")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private String side(String maaned, String bruker) throws Exception {
		return mvc.perform(get("/rapporteringskalender").param("visning", "maned").param("maned", maaned)
			.with(user(bruker))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private String api(String maaned) throws Exception {
		LocalDate forste = LocalDate.parse(maaned + "-01");
		return mvc.perform(get("/api/rapporteringskalender").param("from", forste.toString())
			.param("to", forste.plusMonths(1).minusDays(1).toString()).with(user(LESER)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private List<String> titler(String maaned) throws Exception {
		return JsonPath.read(api(maaned), "$.items[*].title");
	}

	/** The API's item with the title, with every field it has. */
	private Map<String, Object> item(String maaned, String tittel) throws Exception {
		List<Map<String, Object>> items = JsonPath.read(api(maaned), "$.items[?(@.title == '" + tittel + "')]");
		assertThat(items).as("«%s» in the API", tittel).hasSize(1);
		return items.get(0);
	}

	private Calendar feed() throws Exception {
		String url = JsonPath.read(mvc.perform(get("/api/rapporteringskalender/abonnement").with(user(LESER)))
			.andReturn().getResponse().getContentAsString(), "$.url");
		String ical = mvc.perform(get(url.substring(url.indexOf("/api/")))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		return new CalendarBuilder().build(new StringReader(ical));
	}

	private static VEvent event(Calendar kalender, String tittel) {
		return kalender.<VEvent>getComponents("VEVENT").stream()
			.filter(e -> e.getSummary().getValue().equals(tittel)).findFirst()
			.orElseThrow(() -> new AssertionError("Fant ingen hendelse «" + tittel + "»"));
	}

	/** The table row holding {@code tekst}. */
	private static String rad(String html, String tekst) {
		Matcher m = Pattern.compile(
				"<tr[^>]*>((?:(?!</tr>).)*" + Pattern.quote(tekst) + "(?:(?!</tr>).)*)</tr>",
				Pattern.DOTALL).matcher(html);
		assertThat(m.find()).as("a row with «%s»", tekst).isTrue();
		return m.group(1);
	}
}
