package no.hod.styringsregister.rapporteringskalender.internal;

import java.io.StringReader;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.oppdrag.OppdragQueries;
import no.hod.styringsregister.organisasjon.Enhet;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.rapporteringskalender.KalenderImport;
import no.hod.styringsregister.rapporteringskalender.KalenderImport.Diff;
import no.hod.styringsregister.rapporteringskalender.KalenderImport.KalenderData;
import no.hod.styringsregister.rapporteringskalender.KalenderImport.Kilde;
import no.hod.styringsregister.rapporteringskalender.KalenderImport.SaerskiltData;
import no.hod.styringsregister.rapporteringskalender.NesteFrister;
import no.hod.styringsregister.rapporteringskalender.internal.Testporter.TestForsinket;
import no.hod.styringsregister.rapporteringskalender.internal.Testporter.TestFrist;
import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.testsupport.Testbrukere;
import no.hod.styringsregister.web.Formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The reporting calendar through the import API, the pages, the JSON API and the feed. Tests that read a fixed
 * period use dates of their own (the 2025 letter, or far years); tests of the relative views use unique titles.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import(Testporter.class)
class KalenderIntegrationTests {

	static final String LESER = "kal-leser";

	static final String KLARERT = "kal-klarert";

	static final String ADMIN = "admin";

	@Autowired
	MockMvc mvc;

	@Autowired
	KalenderImport kalenderImport;

	@Autowired
	BrukerService brukere;

	@Autowired
	OrganisasjonService organisasjon;

	@Autowired
	Testporter.Frister frister;

	@Autowired
	TransactionTemplate transaksjon;

	@Autowired
	NesteFrister nesteFrister;

	@Autowired
	KalenderAdministrasjon kalenderAdministrasjon;

	long hdir;

	LocalDate iDag = LocalDate.now(Formats.OSLO);

	@BeforeEach
	void oppsett() {
		hdir = organisasjon.etatByName("Helsedirektoratet").orElseThrow().id();
		lagBruker(LESER, false);
		lagBruker(KLARERT, true);
		frister.tom();
	}

	private void lagBruker(String navn, boolean klarert) {
		Testbrukere.opprett(brukere, new NyBruker(navn, navn, "passord-passord-1", Rolle.HOD_SAKSBEHANDLER, null,
				klarert, null));
	}

	private Diff apply(long brevId, int aar, List<KalenderData> kalender, List<SaerskiltData> saerskilt) {
		return transaksjon.execute(status -> kalenderImport.apply(brevId, aar, hdir, kalender, saerskilt));
	}

	private Enhet divisjon(String navn) {
		return organisasjon.divisjoner(hdir).stream().filter(d -> d.navn().equals(navn)).findFirst().orElseThrow();
	}

	/** «kal-leder», the lead of Divisjon folkehelse; returns the division. */
	private Enhet kalLeder() {
		Enhet folkehelse = divisjon("Divisjon folkehelse");
		Testbrukere.opprett(brukere, new NyBruker("kal-leder", "Kal Leder", "passord-passord-1", Rolle.HDIR_LEDER,
				folkehelse.id(), false, null));
		return folkehelse;
	}

	/** A deadline of Helsedirektoratet's whose title is the same with and without clearance. */
	private void frist(String nokkel, LocalDate dato, String oppdrag, String tittel, Long divisjon) {
		frister.frister.add(new TestFrist(nokkel, dato, oppdrag, tittel, tittel, hdir, divisjon));
	}

	/** Vedlegg I of the 2025 letter, read by hand (four of its rows). */
	static List<KalenderData> vedleggI2025() {
		return List.of(
				new KalenderData(LocalDate.of(2025, 1, 31), null,
						"Levere regnskapsresultatet til statsregnskapet for 2024", null),
				new KalenderData(LocalDate.of(2025, 4, 3), "09:00-11:00", "Etatsstyringsmøte", "Hos Helsedirektoratet"),
				new KalenderData(LocalDate.of(2025, 5, 9), "12:00-14:00", "Strategimøte med Helsedirektoratet",
						"Dagsorden avtales bilateralt i god tid før møtet"),
				new KalenderData(LocalDate.of(2025, 11, 3), "09:30-11:30", "Etatsstyringsmøte",
						"I departementets lokaler, R6"));
	}

	/** Vedlegg III of the 2025 letter, read by hand (four of its rows). */
	static List<SaerskiltData> vedleggIII2025() {
		return List.of(
				new SaerskiltData("Årlig/15. mai", LocalDate.of(2025, 5, 15), "YEARLY",
						"Rapportering på status for kommunikasjon om levevanene", null),
				new SaerskiltData("2 ganger i året, vår og høst", null, "TWICE_A_YEAR",
						"Intensjonsavtalen for et sunnere kosthold", "til Næringslivsgruppa"),
				new SaerskiltData("4 ganger i året", null, "FOUR_TIMES_A_YEAR",
						"Status for nasjonalt program for rusmiddelforebyggende arbeid blant barn og unge",
						"Framdrift og økonomi"),
				new SaerskiltData("3 ganger i året", null, "THREE_TIMES_A_YEAR",
						"Økonomirapportering på tobakksområder", "I forkant av de ordinære budsjettprosessene"));
	}

	@Test
	void theLettersCalendarAndExpandedSpecialReportingFormOneTimeline() throws Exception {
		// 4 calendar rows; special reporting 1 + 2 + 4 + 3 occurrences.
		assertThat(kalenderImport.compare(7001, vedleggI2025(), vedleggIII2025())).isEqualTo(new Diff(14, 0, 0, 0));
		assertThat(apply(7001, 2025, vedleggI2025(), vedleggIII2025())).isEqualTo(new Diff(14, 0, 0, 0));
		assertThat(kalenderImport.compare(7001, vedleggI2025(), vedleggIII2025())).isEqualTo(new Diff(0, 0, 0, 14));

		mvc.perform(get("/api/rapporteringskalender").param("from", "2025-01-01").param("to", "2025-12-31")
			.param("agency", String.valueOf(hdir)).with(user(LESER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(14))
			.andExpect(jsonPath("$.items[0].date").value("2025-01-31"))
			.andExpect(jsonPath("$.items[0].kind").value("KALENDER"))
			.andExpect(jsonPath("$.items[0].time").value(nullValue()))
			.andExpect(jsonPath("$.items[0].title").value("Levere regnskapsresultatet til statsregnskapet for 2024"))
			.andExpect(jsonPath("$.items[0].agency").value("Helsedirektoratet"))
			.andExpect(jsonPath("$.items[0].oppdrag").value(nullValue()))
			.andExpect(jsonPath("$.items[0].source")
				.value("Tildelingsbrev 2025, vedlegg I – styrings- og rapporteringskalender"))
			// 31 March: the first quarter's estimate for the four-times-a-year report.
			.andExpect(jsonPath("$.items[1].date").value("2025-03-31"))
			.andExpect(jsonPath("$.items[1].kind").value("SAERSKILT"))
			.andExpect(jsonPath("$.items[2].date").value("2025-04-03"))
			.andExpect(jsonPath("$.items[2].time").value("09:00-11:00"))
			.andExpect(jsonPath("$.items[2].title").value("Etatsstyringsmøte"));

		mvc.perform(get("/api/rapporteringskalender").param("from", "2025-01-01").param("to", "2025-12-31")
			.param("kind", "SAERSKILT").param("agency", "Hdir").with(user(LESER)))
			.andExpect(jsonPath("$.items.length()").value(10))
			.andExpect(jsonPath("$.items[*].date", hasItem("2025-05-15")))
			.andExpect(jsonPath("$.items[*].date", hasItem("2025-06-30")))
			.andExpect(jsonPath("$.items[*].date", hasItem("2025-04-30")))
			.andExpect(jsonPath("$.items[*].date", hasItem("2025-08-31")));
		// The agency filter by name: none of Helsedirektoratet's entries.
		mvc.perform(get("/api/rapporteringskalender").param("from", "2025-01-01").param("to", "2025-12-31")
			.param("agency", "Statens helsetilsyn").with(user(LESER)))
			.andExpect(jsonPath("$.items[*].agency", everyItem(is("Statens helsetilsyn"))));

		// The month view says where the letter gives no exact day.
		mvc.perform(get("/rapporteringskalender").param("visning", "maned").param("maned", "2025-06")
			.param("etat", String.valueOf(hdir)).with(user(LESER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Intensjonsavtalen for et sunnere kosthold")))
			.andExpect(content().string(containsString("Dato anslått")))
			.andExpect(content().string(containsString("Brevet gir ingen eksakt dato («2 ganger i året, vår og høst»)")))
			.andExpect(content().string(containsString("30. juni 2025")))
			// Each entry links to the letter it came from.
			.andExpect(content().string(containsString("href=\"/tildelingsbrev/7001\"")));
	}

	@Test
	void entriesAnAdminEditedOrRemovedSurviveAReImport() throws Exception {
		apply(7002, 2089, List.of(new KalenderData(LocalDate.of(2089, 4, 3), "09:00-11:00", "Etatsstyringsmøte", null),
				new KalenderData(LocalDate.of(2089, 5, 9), null, "Strategimøte", null),
				new KalenderData(LocalDate.of(2089, 11, 3), "09:30-11:30", "Etatsstyringsmøte", "R6"),
				new KalenderData(LocalDate.of(2089, 1, 31), null, "Regnskapsresultat", null)), List.of());
		long april = id("2089-04-01", "2089-04-30", "Etatsstyringsmøte");
		long strategi = id("2089-05-01", "2089-05-31", "Strategimøte");

		// The meeting is moved by hand, the strategy meeting removed.
		mvc.perform(post("/rapporteringskalender/{id}/endre", april).with(csrf()).with(user(ADMIN).roles("ADMIN"))
			.param("etatId", String.valueOf(hdir)).param("type", "KALENDER").param("dato", "2089-04-10")
			.param("tid", "10:00-12:00").param("tittel", "Etatsstyringsmøte").param("versjon", "0"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/rapporteringskalender/{id}/slett", strategi).with(csrf()).with(user(ADMIN).roles("ADMIN")))
			.andExpect(status().is3xxRedirection());

		// The letter again, with the November meeting moved and the January row gone.
		List<KalenderData> igjen = List.of(new KalenderData(LocalDate.of(2089, 4, 3), "09:00-11:00", "Etatsstyringsmøte", null),
				new KalenderData(LocalDate.of(2089, 5, 9), null, "Strategimøte", null),
				new KalenderData(LocalDate.of(2089, 11, 4), "09:30-11:30", "Etatsstyringsmøte", "R6"));
		assertThat(apply(7002, 2089, igjen, List.of())).isEqualTo(new Diff(0, 1, 1, 2));

		String json = mvc.perform(get("/api/rapporteringskalender").param("from", "2089-01-01").param("to", "2089-12-31")
			.with(user(LESER))).andReturn().getResponse().getContentAsString();
		List<String> datoer = JsonPath.read(json, "$.items[*].date");
		List<String> titler = JsonPath.read(json, "$.items[*].title");
		assertThat(datoer).containsExactly("2089-04-10", "2089-11-04");
		assertThat(titler).containsExactly("Etatsstyringsmøte", "Etatsstyringsmøte");
		assertThat(JsonPath.<String>read(json, "$.items[0].time")).isEqualTo("10:00-12:00");
	}

	@Test
	void onlyAdminsChangeTheCalendarAndBadInputGetsANorwegianMessage() throws Exception {
		mvc.perform(get("/rapporteringskalender/ny").with(user(LESER))).andExpect(status().isForbidden());
		mvc.perform(post("/rapporteringskalender/ny").with(csrf()).with(user(LESER))
			.param("etatId", String.valueOf(hdir)).param("type", "KALENDER").param("dato", "2088-02-02")
			.param("tittel", "Skal ikke lagres")).andExpect(status().isForbidden());
		mvc.perform(post("/rapporteringskalender/ny").with(csrf()).with(user(ADMIN).roles("ADMIN"))
			.param("etatId", String.valueOf(hdir)).param("type", "KALENDER").param("dato", "2088-02-02")
			.param("tid", "9 til 11").param("tittel", "Dialogmøte"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Skriv tiden som 09:00 eller 09:00-11:00.")));
		// A year typed wrong (0001) is refused, not filed two thousand years back.
		mvc.perform(post("/rapporteringskalender/ny").with(csrf()).with(user(ADMIN).roles("ADMIN"))
			.param("etatId", String.valueOf(hdir)).param("type", "KALENDER").param("dato", "0001-01-01")
			.param("tittel", "Dialogmøte"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Datoen må være i årene 2000–2199.")));
		mvc.perform(post("/rapporteringskalender/ny").with(csrf()).with(user(ADMIN).roles("ADMIN"))
			.param("etatId", String.valueOf(hdir)).param("type", "KALENDER").param("dato", "2088-02-02")
			.param("tid", "09.00–11.00").param("tittel", "Dialogmøte").param("merknad", "Teams"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/rapporteringskalender").param("from", "2088-01-01").param("to", "2088-12-31")
			.with(user(LESER)))
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.items[0].time").value("09:00-11:00"))
			.andExpect(jsonPath("$.items[0].source").value("Lagt inn for hånd"));
		mvc.perform(get("/api/rapporteringskalender").param("from", "2088-12-31").param("to", "2088-01-01")
			.with(user(LESER)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("Velg en periode der fra-datoen ikke er etter til-datoen."));
		mvc.perform(get("/api/rapporteringskalender").param("kind", "MØTE").with(user(LESER)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("kind må være KALENDER, SAERSKILT eller FRIST, ikke «MØTE»."));
		// The page and its exports name the types as the filter does, and lead back to the view without the type.
		for (String sti : List.of("/rapporteringskalender", "/rapporteringskalender/eksport.csv",
				"/rapporteringskalender/eksport.xlsx")) {
			mvc.perform(get(sti).queryParam("visning", "forfalt").queryParam("type", "foo").with(user(LESER)))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString(
						"Ukjent type «foo». Velg Kalender, Særskilt rapportering eller Oppdragsfrist.")))
				.andExpect(content().string(not(containsString("SAERSKILT"))))
				.andExpect(content().string(containsString(
						"<a href=\"/rapporteringskalender?visning=forfalt\">Tilbake til siden uten det ugyldige valget</a>")));
		}
		// The feed's address takes the codes, and its message names them, in the API's JSON as under all of /api/.
		mvc.perform(get(feedsti(LESER)).param("type", "foo"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/json"))
			.andExpect(content().json("{\"error\": \"Ukjent type «foo». Bruk KALENDER, SAERSKILT eller FRIST.\"}",
					JsonCompareMode.STRICT));
		mvc.perform(get("/rapporteringskalender").param("visning", "uke").with(user(LESER)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Ukjent visning «uke».")))
			// The register's common page for a refused choice; which parameter was wrong is not known: the start.
			.andExpect(content().string(containsString("<h1>Ugyldig valg</h1>")))
			.andExpect(content().string(containsString(
					"<a href=\"/rapporteringskalender\">Tilbake til rapporteringskalenderen</a>")));
		// Not a number: said in Norwegian, not with the number parser's message, and back to the view without it.
		mvc.perform(get("/rapporteringskalender").queryParam("visning", "forfalt").queryParam("dager", "tretti")
			.with(user(LESER)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Velg 30 eller 90 dager.")))
			.andExpect(content().string(not(containsString("For input string"))))
			.andExpect(content().string(containsString("<h1>Ugyldig valg</h1>")))
			.andExpect(content().string(containsString(
					"<a href=\"/rapporteringskalender?visning=forfalt\">Tilbake til siden uten det ugyldige valget</a>")));
		mvc.perform(get("/api/rapporteringskalender")).andExpect(status().isUnauthorized());
	}

	@Test
	void theNextDaysHeadingSaysWhichDays() throws Exception {
		Formats formats = new Formats();
		// Today is the first of the days, so the last of 90 is 89 days on, as the view reads them.
		for (int dager : new int[] { 30, 90 }) {
			mvc.perform(get("/rapporteringskalender?visning=kommende&dager=" + dager).with(user(LESER)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("<span>Neste " + dager + " dager: " + formats.dato(iDag)
						+ "–" + formats.dato(iDag.plusDays(dager - 1)) + "</span>")));
		}
	}

	/** The form sent twice (a double click, Back and «Lagre») puts the entry in once, and says where it is. */
	@Test
	void anEntrySentTwiceIsRefusedTheSecondTimeWithALinkToTheFirst() throws Exception {
		mvc.perform(post("/rapporteringskalender/ny").with(csrf()).with(user(ADMIN).roles("ADMIN"))
			.param("etatId", String.valueOf(hdir)).param("type", "KALENDER").param("dato", "2176-05-06")
			.param("tid", "10:00").param("tittel", "Etatsstyringsmøte").param("merknad", "Rom 1"))
			.andExpect(status().is3xxRedirection());
		long id = id("2176-05-01", "2176-05-31", "Etatsstyringsmøte");
		mvc.perform(post("/rapporteringskalender/ny").with(csrf()).with(user(ADMIN).roles("ADMIN"))
			.param("etatId", String.valueOf(hdir)).param("type", "KALENDER").param("dato", "2176-05-06")
			.param("tid", "10:00").param("tittel", "Etatsstyringsmøte").param("merknad", "Rom 1"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Kalenderen har allerede en oppføring med samme etat, type, "
					+ "dato, tid og tekst, så denne ble ikke lagt inn en gang til.")))
			.andExpect(content().string(containsString("<a href=\"/rapporteringskalender/" + id
					+ "/endre\">Se oppføringen som finnes</a>")))
			// The form again with what was typed.
			.andExpect(content().string(containsString(">Rom 1</textarea>")));
		// Another time the same day is another entry.
		mvc.perform(post("/rapporteringskalender/ny").with(csrf()).with(user(ADMIN).roles("ADMIN"))
			.param("etatId", String.valueOf(hdir)).param("type", "KALENDER").param("dato", "2176-05-06")
			.param("tid", "13:00").param("tittel", "Etatsstyringsmøte"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/rapporteringskalender").param("from", "2176-05-01").param("to", "2176-05-31")
			.with(user(LESER))).andExpect(jsonPath("$.items.length()").value(2));
	}

	/** Control characters pasted into a note are left out; its line breaks and tabs stay. */
	@Test
	void controlCharactersInANoteAreLeftOut() throws Exception {
		mvc.perform(post("/rapporteringskalender/ny").with(csrf()).with(user(ADMIN).roles("ADMIN"))
			.param("etatId", String.valueOf(hdir)).param("type", "KALENDER").param("dato", "2176-07-08")
			.param("tittel", "Møte med kontrolltegn").param("merknad", "\uFEFFSak\u0001\u001b[31m 1\nSak\t2\u007f\u200B"))
			.andExpect(status().is3xxRedirection());
		long id = id("2176-07-01", "2176-07-31", "Møte med kontrolltegn");
		assertThat(som(ADMIN, "ADMIN", () -> kalenderAdministrasjon.hent(id)).merknad()).isEqualTo("Sak[31m 1\nSak\t2");
	}

	@Test
	void anEntrysTextStaysOnOneLineWhileItsNoteMayHaveSeveral() throws Exception {
		String enLinje = "Teksten må stå på én linje, uten linjeskift eller andre kontrolltegn.";
		for (String tittel : List.of("Dialogmøte\r\nmed HOD", "Dialogmøte\nmed HOD", "Dialogmøte\u2028med HOD")) {
			mvc.perform(post("/rapporteringskalender/ny").with(csrf()).with(user(ADMIN).roles("ADMIN"))
				.param("etatId", String.valueOf(hdir)).param("type", "KALENDER").param("dato", "2183-03-04")
				.param("tid", "09:00").param("tittel", tittel).param("merknad", "Sak 1\nSak 2"))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString(enLinje)))
				// The form again with what was typed.
				.andExpect(content().string(containsString("value=\"09:00\"")))
				.andExpect(content().string(containsString(">Sak 1\nSak 2</textarea>")));
		}
		mvc.perform(get("/api/rapporteringskalender").param("from", "2183-01-01").param("to", "2183-12-31")
			.with(user(LESER))).andExpect(jsonPath("$.items.length()").value(0));

		// On one line it is saved, the note with its line break.
		mvc.perform(post("/rapporteringskalender/ny").with(csrf()).with(user(ADMIN).roles("ADMIN"))
			.param("etatId", String.valueOf(hdir)).param("type", "KALENDER").param("dato", "2183-03-04")
			.param("tittel", "Dialogmøte med HOD").param("merknad", "Sak 1\nSak 2"))
			.andExpect(status().is3xxRedirection());
		long id = id("2183-03-01", "2183-03-31", "Dialogmøte med HOD");
		assertThat(som(ADMIN, "ADMIN", () -> kalenderAdministrasjon.hent(id)).merknad()).isEqualTo("Sak 1\nSak 2");

		// Nor may an edit break it.
		mvc.perform(post("/rapporteringskalender/{id}/endre", id).with(csrf()).with(user(ADMIN).roles("ADMIN"))
			.param("etatId", String.valueOf(hdir)).param("type", "KALENDER").param("dato", "2183-03-04")
			.param("tittel", "Dialogmøte\nmed HOD").param("versjon", "0"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString(enLinje)));
		mvc.perform(get("/api/rapporteringskalender").param("from", "2183-01-01").param("to", "2183-12-31")
			.with(user(LESER)))
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.items[0].title").value("Dialogmøte med HOD"));
	}

	@Test
	void anEmptyEntryFormTellsEveryProblemAtOnceEachAtItsField() throws Exception {
		String html = mvc.perform(post("/rapporteringskalender/ny").with(csrf()).with(user(ADMIN).roles("ADMIN"))
			.param("type", "KALENDER").param("dato", "").param("tid", "").param("tittel", " "))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		String[][] problemer = { { "etatId", "Velg en etat." }, { "dato", "Skriv inn en dato." },
				{ "tittel", "Skriv inn hva som skal skje." } };
		for (String[] problem : problemer) {
			String felt = problem[0];
			// In the summary, as a link to the field; beside the field, which is marked and described by it.
			assertThat(html).contains("<a href=\"#" + felt + "\">" + problem[1] + "</a>");
			assertThat(html).contains("<p class=\"feltfeil\" id=\"" + felt + "-feil\">" + problem[1] + "</p>");
			assertThat(tagg(html, felt)).contains("aria-invalid=\"true\"")
				.contains("aria-describedby=\"" + felt + "-feil\"");
		}
		// The summary takes the focus, so a screen reader starts at it.
		assertThat(tagg(html, "oppforing-feil")).contains("tabindex=\"-1\"").contains("autofocus");
		// The fields without a problem are not marked.
		for (String felt : List.of("type", "tid", "merknad")) {
			assertThat(tagg(html, felt)).doesNotContain("aria-invalid");
		}
		assertThat(tagg(html, "tid")).contains("aria-describedby=\"tid-hjelp\"");
	}

	@Test
	void aDateIsAskedForAsTheRegisterWritesDatesAndTakenSoToo() throws Exception {
		String html = mvc.perform(post("/rapporteringskalender/ny").with(csrf()).with(user(ADMIN).roles("ADMIN"))
			.param("etatId", String.valueOf(hdir)).param("type", "KALENDER").param("dato", "31.02.2151")
			.param("tittel", "Møte på en dag som ikke finnes"))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		String melding = "«31.02.2151» er ikke en gyldig dato. Skriv datoen som 15.03.2025 eller 2025-03-15.";
		assertThat(html).contains("<p class=\"feltfeil\" id=\"dato-feil\">" + melding + "</p>");
		assertThat(tagg(html, "dato")).contains("aria-invalid=\"true\"").contains("value=\"31.02.2151\"");

		// Typed as the register writes dates where a browser has no date field, it is saved on that day.
		mvc.perform(post("/rapporteringskalender/ny").with(csrf()).with(user(ADMIN).roles("ADMIN"))
			.param("etatId", String.valueOf(hdir)).param("type", "KALENDER").param("dato", "3.4.2151")
			.param("tittel", "Møte skrevet med punktum"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/rapporteringskalender").param("from", "2151-01-01").param("to", "2151-12-31")
			.with(user(LESER)))
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.items[0].date").value("2151-04-03"));
	}

	/** Vedlegg I writes «kl. 9:00-11:00»: taken so, and saved as the register writes times. */
	@Test
	void aTimeIsTakenAsTheLettersWriteItAndSavedWithTwoDigitHours() throws Exception {
		String[][] tider = { { "9:00-11:00", "09:00-11:00" }, { "kl. 9:00-11:00", "09:00-11:00" },
				{ "Kl 9.30 – 11.30", "09:30-11:30" }, { "9:00", "09:00" }, { "kl. 13:15", "13:15" },
				{ "8:00-9:30", "08:00-09:30" } };
		for (int i = 0; i < tider.length; i++) {
			mvc.perform(post("/rapporteringskalender/ny").with(csrf()).with(user(ADMIN).roles("ADMIN"))
				.param("etatId", String.valueOf(hdir)).param("type", "KALENDER").param("dato", "2156-03-" + (10 + i))
				.param("tid", tider[i][0]).param("tittel", "Møte med tid " + i))
				.andExpect(status().is3xxRedirection());
		}
		String json = mvc.perform(get("/api/rapporteringskalender").param("from", "2156-03-01").param("to", "2156-03-31")
			.with(user(LESER))).andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<String>>read(json, "$.items[*].time"))
			.containsExactly(Arrays.stream(tider).map(t -> t[1]).toArray(String[]::new));
		// The edit form shows it so too.
		long id = id("2156-03-01", "2156-03-31", "Møte med tid 1");
		mvc.perform(get("/rapporteringskalender/{id}/endre", id).with(user(ADMIN).roles("ADMIN")))
			.andExpect(content().string(containsString("value=\"09:00-11:00\"")));

		// Nonsense is still refused at the field, with the messages as before.
		String format = "Skriv tiden som 09:00 eller 09:00-11:00.";
		String baklengs = "Sluttiden må være etter starttiden, som i 09:00-11:00.";
		String[][] feil = { { "25:00", format }, { "9:75", format }, { "9", format }, { "123:00", format },
				{ "kl. 9:00-24:00", format }, { "11:00-9:00", baklengs }, { "kl. 9:00-9:00", baklengs } };
		for (String[] f : feil) {
			String html = mvc.perform(post("/rapporteringskalender/ny").with(csrf()).with(user(ADMIN).roles("ADMIN"))
				.param("etatId", String.valueOf(hdir)).param("type", "KALENDER").param("dato", "2156-04-01")
				.param("tid", f[0]).param("tittel", "Møte med feil tid"))
				.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
			assertThat(html).as(f[0]).contains("<p class=\"feltfeil\" id=\"tid-feil\">" + f[1] + "</p>");
			// The form again with the time as typed.
			assertThat(tagg(html, "tid")).as(f[0]).contains("value=\"" + f[0] + "\"");
		}
		mvc.perform(get("/api/rapporteringskalender").param("from", "2156-04-01").param("to", "2156-04-30")
			.with(user(LESER))).andExpect(jsonPath("$.items.length()").value(0));
	}

	@Test
	void aTimeThatEndsBeforeItStartsIsRefusedAtTheFieldAndNothingIsSaved() throws Exception {
		String melding = "Sluttiden må være etter starttiden, som i 09:00-11:00.";
		for (String tid : List.of("11:00-09:00", "11.00–09.00", "09:00-09:00")) {
			String html = mvc.perform(post("/rapporteringskalender/ny").with(csrf()).with(user(ADMIN).roles("ADMIN"))
				.param("etatId", String.valueOf(hdir)).param("type", "KALENDER").param("dato", "2152-03-04")
				.param("tid", tid).param("tittel", "Møte baklengs"))
				.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
			assertThat(html).contains("<p class=\"feltfeil\" id=\"tid-feil\">" + melding + "</p>");
			assertThat(tagg(html, "tid")).contains("aria-invalid=\"true\"")
				.contains("aria-describedby=\"tid-feil tid-hjelp\"");
		}
		mvc.perform(get("/api/rapporteringskalender").param("from", "2152-01-01").param("to", "2152-12-31")
			.with(user(LESER))).andExpect(jsonPath("$.items.length()").value(0));

		// Nor may an edit turn a good time round.
		mvc.perform(post("/rapporteringskalender/ny").with(csrf()).with(user(ADMIN).roles("ADMIN"))
			.param("etatId", String.valueOf(hdir)).param("type", "KALENDER").param("dato", "2152-03-04")
			.param("tid", "09:00-11:00").param("tittel", "Møte forlengs"))
			.andExpect(status().is3xxRedirection());
		long id = id("2152-03-01", "2152-03-31", "Møte forlengs");
		mvc.perform(post("/rapporteringskalender/{id}/endre", id).with(csrf()).with(user(ADMIN).roles("ADMIN"))
			.param("etatId", String.valueOf(hdir)).param("type", "KALENDER").param("dato", "2152-03-04")
			.param("tid", "11:00-09:00").param("tittel", "Møte forlengs").param("versjon", "0"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString(melding)));
		mvc.perform(get("/api/rapporteringskalender").param("from", "2152-01-01").param("to", "2152-12-31")
			.with(user(LESER)))
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.items[0].time").value("09:00-11:00"));
	}

	@Test
	void anEntryIsRemovedFromAFoldOutAndTheAdminIsBackInTheViewItWasOpenedFrom() throws Exception {
		String tittel = "Møte som fjernes i mai";
		mvc.perform(post("/rapporteringskalender/ny").with(csrf()).with(user(ADMIN).roles("ADMIN"))
			.param("etatId", String.valueOf(hdir)).param("type", "KALENDER").param("dato", "2153-05-06")
			.param("tittel", tittel))
			.andExpect(status().is3xxRedirection());
		// The month of Helsedirektoratet, as the page writes its own address.
		String fra = "/rapporteringskalender?visning=maned&maned=2153-05&etat=" + hdir + "&divisjon=";
		String maaned = mvc.perform(get(fra).with(user(ADMIN).roles("ADMIN"))).andReturn().getResponse()
			.getContentAsString();
		Matcher lenke = Pattern.compile("href=\"(/rapporteringskalender/(\\d+)/endre\\?tilbake=[^\"]+)\"[^>]*aria-label=\"Endre: "
				+ tittel + "\"").matcher(maaned);
		assertThat(lenke.find()).as("edit link with the way back").isTrue();
		long id = Long.parseLong(lenke.group(2));

		String skjema = mvc.perform(get(URI.create(lenke.group(1).replace("&amp;", "&"))).with(user(ADMIN).roles("ADMIN")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String tilbake = fra.replace("&", "&amp;");
		assertThat(skjema).contains("<input type=\"hidden\" name=\"tilbake\" value=\"" + tilbake + "\">")
			.contains("<a href=\"" + tilbake + "\">Avbryt</a>");
		// Saved, the admin is back in that view too, even though the entry moved to another month.
		mvc.perform(post("/rapporteringskalender/{id}/endre", id).with(csrf()).with(user(ADMIN).roles("ADMIN"))
			.param("etatId", String.valueOf(hdir)).param("type", "KALENDER").param("dato", "2153-06-06")
			.param("tittel", tittel).param("versjon", "0").param("tilbake", fra))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(fra));
		// The button that removes is inside the fold-out, a second click away.
		assertThat(skjema).containsPattern("(?s)<details>\\s*<summary>Fjern fra kalenderen</summary>(?:(?!</details>).)*"
				+ "<button type=\"submit\" class=\"knapp fare\">Ja, fjern oppføringen</button>");

		mvc.perform(post("/rapporteringskalender/{id}/slett", id).with(csrf()).with(user(ADMIN).roles("ADMIN"))
			.param("tilbake", fra))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(fra));
		mvc.perform(get("/api/rapporteringskalender").param("from", "2153-01-01").param("to", "2153-12-31")
			.with(user(LESER))).andExpect(jsonPath("$.items.length()").value(0));
	}

	@Test
	void aWayBackThatIsNotACalendarViewIsNotFollowed() throws Exception {
		String maaned = "/rapporteringskalender?visning=maned&maned=2153-08";
		for (String tilbake : List.of("https://example.org/rapporteringskalender?visning=maned&maned=2153-08",
				"//example.org/rapporteringskalender", "/admin/brukere", "/rapporteringskalender?visning=uke",
				"/rapporteringskalender?neste=https://example.org", "/rapporteringskalender?visning=maned&maned=1999-01")) {
			String tittel = "Møte med feil vei tilbake " + tilbake.hashCode();
			mvc.perform(post("/rapporteringskalender/ny").with(csrf()).with(user(ADMIN).roles("ADMIN"))
				.param("etatId", String.valueOf(hdir)).param("type", "KALENDER").param("dato", "2153-08-09")
				.param("tittel", tittel))
				.andExpect(status().is3xxRedirection());
			long id = id("2153-08-01", "2153-08-31", tittel);
			mvc.perform(get("/rapporteringskalender/{id}/endre", id).param("tilbake", tilbake)
				.with(user(ADMIN).roles("ADMIN")))
				.andExpect(content().string(not(containsString("name=\"tilbake\""))))
				.andExpect(content().string(containsString("<a href=\"/rapporteringskalender\">Avbryt</a>")));
			// Saved, the admin sees the month the entry is in; removed, the month it was in.
			mvc.perform(post("/rapporteringskalender/{id}/endre", id).with(csrf()).with(user(ADMIN).roles("ADMIN"))
				.param("etatId", String.valueOf(hdir)).param("type", "KALENDER").param("dato", "2153-08-09")
				.param("tittel", tittel).param("versjon", "0").param("tilbake", tilbake))
				.andExpect(redirectedUrl(maaned));
			mvc.perform(post("/rapporteringskalender/{id}/slett", id).with(csrf()).with(user(ADMIN).roles("ADMIN"))
				.param("tilbake", tilbake))
				.andExpect(redirectedUrl(maaned));
		}
	}

	@Test
	void anEntryMadeByHandIsMarkedSoOnceAndALettersEntryChangedByHandIsMarkedChanged() throws Exception {
		apply(9154, 2154, List.of(new KalenderData(LocalDate.of(2154, 6, 2), null, "Brevets møte 2154", null)),
				List.of());
		mvc.perform(post("/rapporteringskalender/ny").with(csrf()).with(user(ADMIN).roles("ADMIN"))
			.param("etatId", String.valueOf(hdir)).param("type", "KALENDER").param("dato", "2154-06-03")
			.param("tittel", "Eget møte 2154"))
			.andExpect(status().is3xxRedirection());
		// Both changed by hand.
		for (String tittel : List.of("Brevets møte 2154", "Eget møte 2154")) {
			mvc.perform(post("/rapporteringskalender/{id}/endre", id("2154-06-01", "2154-06-30", tittel)).with(csrf())
				.with(user(ADMIN).roles("ADMIN")).param("etatId", String.valueOf(hdir)).param("type", "KALENDER")
				.param("dato", "2154-06-09").param("tittel", tittel).param("merknad", "Flyttet").param("versjon", "0"))
				.andExpect(status().is3xxRedirection());
		}
		String html = mvc.perform(get("/rapporteringskalender").param("visning", "maned").param("maned", "2154-06")
			.with(user(ADMIN).roles("ADMIN"))).andReturn().getResponse().getContentAsString();
		assertThat(rad(html, "Eget møte 2154")).contains("Lagt inn for hånd").doesNotContain("Endret for hånd");
		assertThat(rad(html, "Brevets møte 2154")).contains("Endret for hånd").contains("Tildelingsbrev 2154")
			.doesNotContain("Lagt inn for hånd");
	}

	@Test
	void theOverdueViewSaysHowFarBackItLooksAndLinksToEveryOverdueAssignment() throws Exception {
		mvc.perform(get("/rapporteringskalender").param("visning", "forfalt").with(user(LESER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Oppdragsfrister fra de siste " + FristerFraOppdrag.OVERDUE_YEARS
					+ " årene der fristen i tildelingsbrevet er passert uten at oppdraget er levert.")))
			.andExpect(content().string(containsString("href=\"/oppdrag?overdue=true\"")));
	}

	@Test
	void theLinkToEveryOverdueAssignmentKeepsTheChosenAgencyAndDivision() throws Exception {
		Enhet spesialist = divisjon("Divisjon spesialisthelsetjenester");
		mvc.perform(get("/rapporteringskalender").param("visning", "forfalt").param("etat", String.valueOf(hdir))
			.param("divisjon", String.valueOf(spesialist.id())).with(user(LESER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"href=\"/oppdrag?overdue=true&amp;agency=" + hdir + "&amp;division=" + spesialist.id() + "\"")));
	}

	@Test
	void aLeadsCalendarStartsAtTheOwnDivisionAndMayShowAll() throws Exception {
		Enhet folkehelse = kalLeder();
		Enhet spesialist = divisjon("Divisjon spesialisthelsetjenester");
		frist("d1-0", iDag.minusDays(4), "TB2097-1", "Egen forfalt", folkehelse.id());
		frist("d2-0", iDag.minusDays(4), "TB2097-2", "Annen forfalt", spesialist.id());
		mvc.perform(get("/rapporteringskalender").param("visning", "forfalt").with(user("kal-leder")))
			.andExpect(status().isOk())
			.andExpect(content().string(matchesPattern("(?s).*<option value=\"" + folkehelse.id()
					+ "\"[^>]*selected[^>]*>.*")))
			.andExpect(content().string(containsString("TB2097-1")))
			.andExpect(content().string(not(containsString("TB2097-2"))))
			.andExpect(content().string(containsString("href=\"/oppdrag?overdue=true&amp;division=" + folkehelse.id()
					+ "\"")));
		// «Fjern filtrene» leads to every division, not back to the lead's own.
		mvc.perform(get("/rapporteringskalender").param("visning", "forfalt").param("type", "KALENDER")
			.with(user("kal-leder")))
			.andExpect(content().string(containsString("href=\"/rapporteringskalender?visning=forfalt&amp;divisjon=\"")));
		// «Alle» sends the parameter empty: every division, and the lead's choice is kept in the links.
		mvc.perform(get("/rapporteringskalender").param("visning", "forfalt").param("divisjon", "")
			.with(user("kal-leder")))
			.andExpect(content().string(containsString("TB2097-1")))
			.andExpect(content().string(containsString("TB2097-2")))
			.andExpect(content().string(containsString("href=\"/oppdrag?overdue=true\"")));
		// A desk officer starts at every division.
		mvc.perform(get("/rapporteringskalender").param("visning", "forfalt").with(user(LESER)))
			.andExpect(content().string(containsString("TB2097-2")));
	}

	@Test
	void anEmptyPeriodPointsToTheMonthOfTheLastEventBefore() throws Exception {
		LocalDate forbi = iDag.minusDays(45);
		frist("k4-0", forbi, "TB2099-4", "Tidligere rapport", null);
		String maaned = YearMonth.from(forbi).toString();
		mvc.perform(get("/rapporteringskalender").param("type", "FRIST").with(user(LESER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ingen oppføringer de neste 30 dagene med disse filtrene.")))
			.andExpect(content().string(containsString("Den siste oppføringen før i dag var "
					+ new Formats().dato(forbi) + ".")))
			.andExpect(content().string(matchesPattern(
					"(?s).*href=\"/rapporteringskalender\\?visning=maned&amp;maned=" + maaned + "&amp;[^\"]*type=FRIST.*")))
			// Not as if the calendar were empty: it has entries, only not in this period.
			.andExpect(content().string(not(containsString("Kalenderen fylles når"))));
		frister.tom();
		mvc.perform(get("/rapporteringskalender").param("type", "FRIST").with(user(LESER)))
			.andExpect(content().string(containsString("Ingen oppføringer de neste 30 dagene")))
			.andExpect(content().string(not(containsString("Den siste oppføringen"))));
	}

	/** What is due next comes first, linked to its month; the last one before today stays as a second way on. */
	@Test
	void anEmptyPeriodNamesTheNextEventFirstAndTheLastOneBeforeSecond() throws Exception {
		LocalDate forbi = iDag.minusDays(45);
		LocalDate kommende = iDag.plusDays(45);
		frist("k6-0", forbi, "TB2096-5", "Tidligere rapport", null);
		frist("k6-1", kommende, "TB2096-6", "Kommende rapport", null);
		String html = side("/rapporteringskalender?type=FRIST", LESER);
		String tom = html.substring(html.indexOf("class=\"tom-tilstand\""));
		tom = tom.substring(0, tom.indexOf("</div>"));
		String neste = "Neste oppføring er " + dato(kommende) + ".";
		String siste = "Den siste oppføringen før i dag var " + dato(forbi) + ".";
		assertThat(tom).contains("Ingen oppføringer de neste 30 dagene med disse filtrene.", neste, siste)
			.containsPattern("href=\"/rapporteringskalender\\?visning=maned&amp;maned=" + YearMonth.from(kommende)
					+ "&amp;[^\"]*type=FRIST[^\"]*\">Vis " + maanedNavn(kommende) + "</a>")
			.containsPattern("href=\"/rapporteringskalender\\?visning=maned&amp;maned=" + YearMonth.from(forbi)
					+ "&amp;[^\"]*type=FRIST[^\"]*\">Vis " + maanedNavn(forbi) + "</a>");
		assertThat(tom.indexOf(neste)).isLessThan(tom.indexOf(siste));
		// Unfiltered, the links to the next and the last event are the other periods to try: not said once more.
		String ufiltrert = side("/rapporteringskalender", LESER);
		String ufiltrertTom = ufiltrert.substring(ufiltrert.indexOf("class=\"tom-tilstand\""));
		assertThat(ufiltrertTom.substring(0, ufiltrertTom.indexOf("</div>")))
			.contains("Ingen oppføringer de neste 30 dagene.", "Neste oppføring er ", "Den siste oppføringen før i dag var ")
			.doesNotContain("Prøv en annen periode");
		// 90 days hold it: no empty page.
		assertThat(side("/rapporteringskalender?type=FRIST&dager=90", LESER)).contains("TB2096-6")
			.doesNotContain("Neste oppføring er");
		// Nothing ahead: only the way back.
		frister.frister.removeIf(f -> f.dato().equals(kommende));
		assertThat(side("/rapporteringskalender?type=FRIST", LESER)).contains(siste).doesNotContain("Neste oppføring er");
	}

	/**
	 * The empty page and the home page's «Neste frister» read the same events for a user: a delayed assignment's new
	 * expected date is the next event in both, under the reader's clearance.
	 */
	@Test
	void theEmptyCalendarAndTheHomePageAgreeOnTheNextEvent() throws Exception {
		LocalDate ny = iDag.plusDays(60);
		frister.forsinkede.add(new TestForsinket("k7-0", iDag.minusDays(400), ny, "TB2096-7", OppdragQueries.UNNTATT,
				"Forsinket hemmelig utredning", hdir, null));
		for (String bruker : List.of(LESER, KLARERT)) {
			assertThat(side("/rapporteringskalender?type=FRIST", bruker)).as(bruker)
				.contains("Neste oppføring er " + dato(ny) + ".");
			List<NesteFrister.Neste> forside = som(bruker, "HOD_SAKSBEHANDLER", () -> nesteFrister.neste(1000))
				.stream().filter(n -> "FRIST".equals(n.type())).toList();
			assertThat(forside).as(bruker).isNotEmpty();
			assertThat(forside.get(0).dato()).as(bruker).isEqualTo(ny);
			assertThat(forside.get(0).lenke()).as(bruker).isEqualTo("/oppdrag/TB2096-7");
			assertThat(forside.get(0).tittel().contains("Forsinket hemmelig utredning")).as(bruker)
				.isEqualTo(bruker.equals(KLARERT));
		}
	}

	private static String maanedNavn(LocalDate dato) {
		return List.of("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
				"november", "desember").get(dato.getMonthValue() - 1) + " " + dato.getYear();
	}

	@Test
	void aFilterOrPeriodWithNothingInAFullCalendarSaysSoInsteadOfHowTheCalendarFills() throws Exception {
		// The calendar has an entry, far from the views asked for below.
		apply(7005, 2031, List.of(new KalenderData(LocalDate.of(2031, 6, 2), null, "Tomtilstandsrapport", null)),
				List.of());
		mvc.perform(get("/rapporteringskalender").param("visning", "forfalt").param("type", "KALENDER")
			.with(user(LESER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ingen forfalte oppdragsfrister med disse filtrene.")))
			.andExpect(content().string(containsString("href=\"/rapporteringskalender?visning=forfalt&amp;divisjon=\">Fjern filtrene</a>")))
			.andExpect(content().string(not(containsString("Kalenderen fylles når"))));
		mvc.perform(get("/rapporteringskalender").param("visning", "maned").param("maned", "2030-01")
			.param("etat", String.valueOf(hdir)).with(user(LESER)))
			.andExpect(content().string(containsString("Ingen oppføringer i januar 2030 med disse filtrene.")))
			.andExpect(content().string(
					containsString("href=\"/rapporteringskalender?visning=maned&amp;divisjon=&amp;maned=2030-01\">Fjern filtrene</a>")))
			.andExpect(content().string(not(containsString("Kalenderen fylles når"))));
		// No filter: only the period is empty, and no next or last event is named as another period to try.
		mvc.perform(get("/rapporteringskalender").param("visning", "maned").param("maned", "2030-01")
			.with(user(LESER)))
			.andExpect(content().string(containsString("Ingen oppføringer i januar 2030.")))
			.andExpect(content().string(containsString("Prøv en annen periode.")))
			.andExpect(content().string(not(containsString("Neste oppføring er"))))
			.andExpect(content().string(not(containsString("med disse filtrene"))))
			.andExpect(content().string(not(containsString("Fjern filtrene"))))
			.andExpect(content().string(not(containsString("Kalenderen fylles når"))));
	}

	@Test
	void anEmptyFilteredPeriodSaysSoOnceNotTwice() throws Exception {
		apply(7005, 2031, List.of(new KalenderData(LocalDate.of(2031, 6, 2), null, "Tomtilstandsrapport", null)),
				List.of());
		// An agency with nothing in the calendar (the tests put their entries under Helsedirektoratet).
		long htil = organisasjon.etatByName("Statens helsetilsyn").orElseThrow().id();
		String html = mvc.perform(get("/rapporteringskalender").param("visning", "kommende").param("dager", "90")
			.param("etat", String.valueOf(htil)).with(user(LESER)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		String tom = html.substring(html.indexOf("class=\"tom-tilstand\""));
		tom = tom.substring(0, tom.indexOf("</div>"));
		assertThat(tom).contains("Ingen oppføringer de neste 90 dagene med disse filtrene.")
			.contains(">Fjern filtrene</a>")
			.doesNotContain("passer filteret");
		assertThat(Pattern.compile("Ingen ").matcher(tom).results().count()).as(tom).isEqualTo(1);
	}

	@Test
	void theFeedFoldsByOctetsLinksEachEventBackAndPutsAMeetingsPlaceInLocation() throws Exception {
		int neste = iDag.getYear() + 1;
		String lang = "Frist for innspill til «Nasjonal helse- og samhandlingsplan» – forebyggings- og "
				+ "behandlingstiltak på rusområdet, særlig for barn og unge i årene fremover (økonomi og måloppnåelse)";
		apply(7006, neste, List.of(new KalenderData(LocalDate.of(neste, 3, 5), null, lang, "Særskilt – «høring» på "
				+ "rusfeltet, også for barn og unge, økonomi og måloppnåelse i Helsedirektoratet"),
				new KalenderData(LocalDate.of(neste, 4, 7), "09:00-11:00", "Etatsstyringsmøte med lokaler",
						"I departementets lokaler, R6"),
				new KalenderData(LocalDate.of(neste, 5, 8), "12:00-14:00", "Strategimøte med dagsorden",
						"Dagsorden avtales bilateralt i god tid før møtet")),
				List.of());
		frist("feed-url-1", LocalDate.of(neste, 2, 3), "TB9998-1", "Fristtittel", null);
		String url = JsonPath.read(mvc.perform(get("/api/rapporteringskalender/abonnement").with(user(LESER)))
			.andReturn().getResponse().getContentAsString(), "$.url");
		byte[] bytes = mvc.perform(get(url.substring(url.indexOf("/api/")))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		String ical = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);

		// RFC 5545 §3.1: at most 75 octets a line, CRLF not counted; ical4j alone folded at 75 characters.
		for (String linje : ical.split("\r\n")) {
			assertThat(linje.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).as(linje).isLessThanOrEqualTo(75);
		}
		assertThat(ical).as("folded at all").contains("\r\n ");
		Calendar kalender = new CalendarBuilder().build(new StringReader(ical));
		VEvent frist = event(kalender, lang);
		assertThat(frist.getDescription().getValue()).contains("«høring» på rusfeltet");
		// Each event links back to where it comes from in the register, absolutely.
		assertThat(frist.getProperty(Property.URL).orElseThrow().getValue()).isEqualTo("http://localhost/tildelingsbrev/7006");
		assertThat(event(kalender, "Frist TB9998-1: Fristtittel").getProperty(Property.URL).orElseThrow().getValue())
			.isEqualTo("http://localhost/oppdrag/TB9998-1");
		// A meeting's place is its location, not its description; a remark that is no place stays in the description.
		VEvent mote = event(kalender, "Etatsstyringsmøte med lokaler");
		assertThat(mote.getProperty(Property.LOCATION).orElseThrow().getValue()).isEqualTo("I departementets lokaler, R6");
		assertThat(mote.getDescription().getValue()).doesNotContain("lokaler");
		VEvent strategi = event(kalender, "Strategimøte med dagsorden");
		assertThat(strategi.getProperty(Property.LOCATION)).isEmpty();
		assertThat(strategi.getDescription().getValue()).contains("Dagsorden avtales bilateralt");
	}

	/** Folded once, by octets: ical4j's own folding at 75 characters, folded again, left continuations like « ty». */
	@Test
	void theFeedFoldsEachLineOnceAndOnlyWhereTheNextCharacterWouldNotFit() throws Exception {
		int neste = iDag.getYear() + 1;
		String tittel = "Brettetittel: «Økonomi- og måloppnåelsesrapportering» – særlig for tjenester til barn og unge";
		String merknad = "Rapporteringen skal omfatte «særskilte tiltak» – både økonomi, måloppnåelse og avvik – for "
				+ "årets tilskuddsordninger på rusfeltet; også for brukere 😀 med sammensatte behov, og skal være "
				+ "avstemt mot årsregnskapet før den oversendes departementet i sin helhet.";
		apply(7008, neste, List.of(new KalenderData(LocalDate.of(neste, 6, 12), null, tittel, merknad)), List.of());
		String ical = new String(mvc.perform(get(feedsti(LESER))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);

		String[] linjer = ical.split("\r\n");
		for (int i = 0; i < linjer.length; i++) {
			int oktetter = oktetter(linjer[i]);
			assertThat(oktetter).as(linjer[i]).isLessThanOrEqualTo(75);
			// Folded only where the next character would pass 75 octets: the last line of a property may be short.
			if (i + 1 < linjer.length && linjer[i + 1].startsWith(" ")) {
				String nesteTegn = new String(Character.toChars(linjer[i + 1].codePointAt(1)));
				assertThat(oktetter + oktetter(nesteTegn)).as("folded early: «%s» before «%s»", linjer[i], linjer[i + 1])
					.isGreaterThan(75);
			}
		}
		assertThat(ical).as("the description folded at all").containsPattern("DESCRIPTION:[^\\r]*\\r\\n ");
		VEvent event = event(new CalendarBuilder().build(new StringReader(ical)), tittel);
		assertThat(event.getDescription().getValue()).contains("\n" + merknad + "\n");
	}

	private static int oktetter(String tekst) {
		return tekst.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
	}

	/**
	 * The feed takes the JSON API's names for its filters too, and refuses what it does not know: ignored, a misspelt
	 * filter gave every event, and the subscription looked right.
	 */
	@Test
	void theFeedTakesTheApisFilterNamesAndRefusesAnyOtherParameter() throws Exception {
		int neste = iDag.getYear() + 1;
		apply(7009, neste, List.of(new KalenderData(LocalDate.of(neste, 8, 20), null, "Synonymmøte", null)), List.of());
		Enhet folkehelse = divisjon("Divisjon folkehelse");
		frist("synonym-1", LocalDate.of(neste, 8, 21), "TB2094-1", "Synonymfrist", folkehelse.id());
		frist("synonym-2", LocalDate.of(neste, 8, 22), "TB2094-2", "Synonymfrist uten divisjon", null);
		String sti = feedsti(LESER);

		assertThat(feed(sti + "?kind=FRIST")).contains("TB2094-1", "TB2094-2").doesNotContain("Synonymmøte");
		assertThat(feed(sti + "?division=" + folkehelse.id())).contains("TB2094-1").doesNotContain("TB2094-2");
		// Both names for one filter, with the same value (an agency by id and by name), or the same value twice.
		assertThat(feed(sti + "?agency=" + hdir + "&etat=Helsedirektoratet&type=FRIST&kind=frist"))
			.contains("TB2094-1").doesNotContain("Synonymmøte");

		// Refused in the API's shape, {"error": …}, as everything under /api/.
		mvc.perform(get(sti + "?agency=Nope")).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/json"))
			.andExpect(content().json("{\"error\": \"Fant ingen etat «Nope».\"}", JsonCompareMode.STRICT));
		mvc.perform(get(sti + "?type=FRIST&kind=KALENDER")).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/json"))
			.andExpect(jsonPath("$.error").value(
					"Filteret type er gitt med ulike verdier: type «FRIST» og kind «KALENDER». Oppgi det én gang."));
		mvc.perform(get(sti + "?etat=" + hdir + "&etat=")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value(containsString("Filteret etat er gitt med ulike verdier")));
		// A calendar client asks for text/calendar; the refusal is JSON all the same, not a 406.
		mvc.perform(get(sti + "?typ=FRIST").accept("text/calendar")).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/json"))
			.andExpect(jsonPath("$.error").value("Ukjent parameter «typ». Kalenderadressen tar bare etat (eller "
					+ "agency), type (eller kind) og divisjon (eller division)."));
		mvc.perform(get(sti + "?from=2025-01-01&etat=" + hdir + "&to=2025-12-31")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value(containsString("Ukjente parametre «from», «to». Kalenderadressen tar bare")));
		// A bad or revoked address is still 404, whatever its parameters, and says so in the same shape.
		mvc.perform(get("/api/rapporteringskalender/ical/gjettet.ics?typ=FRIST").accept("text/calendar"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/json"))
			.andExpect(content().json("{\"error\": \"Fant ingen kalender på denne adressen. Den kan være trukket "
					+ "tilbake.\"}", JsonCompareMode.STRICT));
	}

	private String feed(String sti) throws Exception {
		return mvc.perform(get(sti)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void anEntryFromTheLettersTextNamesTheTextAsItsSourceOnThePageTheFeedAndTheExports() throws Exception {
		int neste = iDag.getYear() + 1;
		String fraVedlegg = "Kildemøte fra vedlegg I";
		String fraTeksten = "Kilderapporten oversendes departementet";
		List<KalenderData> brev = List.of(new KalenderData(LocalDate.of(neste, 10, 14), null, fraVedlegg, null),
				new KalenderData(LocalDate.of(neste, 10, 15), null, fraTeksten, null, Kilde.BREVETS_TEKST));
		apply(7107, neste, brev, List.of());
		String vedleggI = "Tildelingsbrev " + neste + ", vedlegg I – styrings- og rapporteringskalender";
		String teksten = "Tildelingsbrev " + neste + ", brevets tekst";

		mvc.perform(get("/api/rapporteringskalender").param("from", neste + "-10-14").param("to", neste + "-10-15")
			.param("agency", String.valueOf(hdir)).with(user(LESER)))
			.andExpect(jsonPath("$.items[?(@.title == '" + fraTeksten + "')].source", is(List.of(teksten))))
			.andExpect(jsonPath("$.items[?(@.title == '" + fraVedlegg + "')].source", is(List.of(vedleggI))));

		String maaned = neste + "-10";
		String html = side("/rapporteringskalender?visning=maned&maned=" + maaned, LESER);
		assertThat(rad(html, fraTeksten)).contains(teksten).doesNotContain("vedlegg I");
		assertThat(rad(html, fraVedlegg)).contains(vedleggI);

		String csv = mvc.perform(get("/rapporteringskalender/eksport.csv").param("visning", "maned")
			.param("maned", maaned).with(user(LESER))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv.lines().filter(l -> l.contains(fraTeksten))).singleElement().asString()
			.endsWith(";" + teksten + ";");
		assertThat(csv.lines().filter(l -> l.contains(fraVedlegg))).singleElement().asString()
			.endsWith(";" + vedleggI + ";");

		Calendar kalender = new CalendarBuilder().build(new StringReader(
				mvc.perform(get(feedsti(LESER))).andReturn().getResponse().getContentAsString()));
		assertThat(event(kalender, fraTeksten).getDescription().getValue()).contains("Kilde: " + teksten)
			.doesNotContain("vedlegg I");
		assertThat(event(kalender, fraVedlegg).getDescription().getValue()).contains("Kilde: " + vedleggI);

		// The source is part of what the letter says: the same letter again changes nothing, a row read elsewhere is a
		// change.
		assertThat(kalenderImport.compare(7107, brev, List.of())).isEqualTo(new Diff(0, 0, 0, 2));
		assertThat(kalenderImport.compare(7107, List.of(brev.get(0), new KalenderData(LocalDate.of(neste, 10, 15), null,
				fraTeksten, null)), List.of())).isEqualTo(new Diff(0, 1, 0, 1));
	}

	/** The calendar table's row that holds the text. */
	private static String rad(String html, String tekst) {
		Matcher m = Pattern.compile("<tr[^>]*>((?:(?!</tr>).)*" + Pattern.quote(tekst) + "(?:(?!</tr>).)*)</tr>",
				Pattern.DOTALL).matcher(html);
		assertThat(m.find()).as("a row with «%s»", tekst).isTrue();
		return m.group(1);
	}

	@Test
	void foldingNeverSplitsACharacter() {
		String linje = "SUMMARY:" + "æ".repeat(40) + "😀".repeat(20) + "–".repeat(30);
		String brettet = IcalFeed.brett(linje + "\r\n");
		for (String del : brettet.split("\r\n")) {
			assertThat(del.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
			// A split surrogate pair would not survive the round trip through UTF-8.
			assertThat(new String(del.getBytes(java.nio.charset.StandardCharsets.UTF_8),
					java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(del);
		}
		assertThat(brettet.replace("\r\n ", "")).isEqualTo(linje + "\r\n");
	}

	@Test
	void theNext30DaysAreTodayAndThe29After() throws Exception {
		frist("k5-0", iDag, "TB2099-5", "Frist i dag", null);
		frist("k6-0", iDag.plusDays(29), "TB2099-6", "Siste dag", null);
		frist("k7-0", iDag.plusDays(30), "TB2099-7", "Dagen etter", null);
		mvc.perform(get("/rapporteringskalender").with(user(LESER)))
			.andExpect(content().string(containsString("TB2099-5")))
			.andExpect(content().string(containsString("TB2099-6")))
			.andExpect(content().string(not(containsString("TB2099-7"))));
	}

	/** The API without {@code to} gives the page's «Neste 90 dager»: today and the 89 days after, no day more. */
	@Test
	void theApisDefaultPeriodIsThePagesNext90Days() throws Exception {
		frist("k8-0", iDag.plusDays(89), "TB2099-8", "Siste dag av 90", null);
		frist("k9-0", iDag.plusDays(90), "TB2099-9", "Dag 91", null);
		mvc.perform(get("/api/rapporteringskalender").param("kind", "FRIST").with(user(LESER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.oppdrag == 'TB2099-8')].date").value(hasItem(iDag.plusDays(89).toString())))
			.andExpect(jsonPath("$.items[?(@.oppdrag == 'TB2099-9')]").isEmpty());
		mvc.perform(get("/rapporteringskalender").param("dager", "90").with(user(LESER)))
			.andExpect(content().string(containsString("TB2099-8")))
			.andExpect(content().string(not(containsString("TB2099-9"))));
	}

	/**
	 * A cleared caller gets an exempt assignment's title with {@code exempt} true, as the page shows its badge and the
	 * export its «Merknad»; an uncleared one the placeholder, and no mark, since nothing exempt is shown him.
	 */
	@Test
	void theApiMarksWhatIsExemptForAClearedCaller() throws Exception {
		Enhet folkehelse = divisjon("Divisjon folkehelse");
		frister.forsinkede.add(new TestForsinket("k10-0", iDag.minusDays(10), iDag.plusDays(5), "TB2099-10",
				"Unntatt offentlighet", "Hemmelig utsettelse", hdir, folkehelse.id(), true));
		frist("k11-0", iDag.plusDays(6), "TB2099-11", "Offentlig frist", null);
		mvc.perform(get("/api/rapporteringskalender").param("kind", "FRIST").with(user(KLARERT)))
			.andExpect(jsonPath("$.items[?(@.oppdrag == 'TB2099-10')].title")
				.value(hasItem(containsString("Hemmelig utsettelse"))))
			.andExpect(jsonPath("$.items[?(@.oppdrag == 'TB2099-10')].exempt").value(everyItem(is(true))))
			.andExpect(jsonPath("$.items[?(@.oppdrag == 'TB2099-11')].exempt").value(everyItem(is(false))))
			.andExpect(jsonPath("$.items[?(@.oppdrag == 'TB2099-11')].exempt").value(hasItem(false)));
		mvc.perform(get("/api/rapporteringskalender").param("kind", "FRIST").with(user(LESER)))
			.andExpect(jsonPath("$.items[?(@.oppdrag == 'TB2099-10')].title")
				.value(everyItem(not(containsString("Hemmelig")))))
			.andExpect(jsonPath("$.items[?(@.oppdrag == 'TB2099-10')].exempt").value(everyItem(is(false))))
			.andExpect(jsonPath("$.items[?(@.oppdrag == 'TB2099-10')].exempt").value(hasItem(false)));
	}

	@Test
	void deadlinesMergeIntoTheViewsWithDivisionFilterAndClearance() throws Exception {
		Enhet folkehelse = divisjon("Divisjon folkehelse");
		Enhet spesialist = divisjon("Divisjon spesialisthelsetjenester");
		frist("k1-0", iDag.plusDays(5), "TB2099-1", "Levevaner og helse", folkehelse.id());
		frister.frister.add(new TestFrist("k2-0", iDag.plusDays(40), "TB2099-2", "Unntatt offentlighet",
				"Hemmelig beredskapsplan", hdir, spesialist.id()));
		frist("k3-0", iDag.minusDays(3), "TB2099-3", "Forsinket tobakksrapport", folkehelse.id());

		mvc.perform(get("/rapporteringskalender").with(user(LESER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Levevaner og helse")))
			// The assignment's page leads back to this view of the calendar.
			.andExpect(content().string(containsString(
					"/oppdrag/TB2099-1?liste=/rapporteringskalender?visning%3Dkommende%26dager%3D30")))
			.andExpect(content().string(not(containsString("TB2099-2"))))
			.andExpect(content().string(not(containsString("TB2099-3"))));
		mvc.perform(get("/rapporteringskalender").param("dager", "90").with(user(LESER)))
			.andExpect(content().string(containsString("TB2099-2")))
			.andExpect(content().string(containsString("Unntatt offentlighet")))
			.andExpect(content().string(not(containsString("Hemmelig beredskapsplan"))));
		mvc.perform(get("/rapporteringskalender").param("dager", "90").with(user(KLARERT)))
			.andExpect(content().string(containsString("Hemmelig beredskapsplan")));
		mvc.perform(get("/rapporteringskalender").param("visning", "forfalt").with(user(LESER)))
			.andExpect(content().string(containsString("Forsinket tobakksrapport")))
			.andExpect(content().string(not(containsString("TB2099-1"))));
		mvc.perform(get("/rapporteringskalender").param("dager", "90").param("divisjon", String.valueOf(spesialist.id()))
			.with(user(LESER)))
			.andExpect(content().string(containsString("TB2099-2")))
			.andExpect(content().string(not(containsString("TB2099-1"))));
		mvc.perform(get("/api/rapporteringskalender").param("from", iDag.toString())
			.param("to", iDag.plusDays(90).toString()).param("kind", "FRIST").with(user(LESER)))
			.andExpect(jsonPath("$.items.length()").value(2))
			.andExpect(jsonPath("$.items[0].kind").value("FRIST"))
			.andExpect(jsonPath("$.items[0].oppdrag").value("TB2099-1"))
			.andExpect(jsonPath("$.items[0].source").value("Oppdrag TB2099-1"))
			.andExpect(jsonPath("$.items[1].title").value("Unntatt offentlighet"));
	}

	/**
	 * TB2074-11 was due 100 days ago and is delayed to three days from now: the new date is its due date in every
	 * view, the letter's deadline stays where deadlines past are shown, marked. TB2074-12 is wholly exempt.
	 */
	@Test
	void aDelayedAssignmentsNewExpectedDateIsItsDueDateInTheViewsTheHomePageAndTheFeed() throws Exception {
		LocalDate brevets = iDag.minusDays(100);
		LocalDate ny = iDag.plusDays(3);
		frister.forsinkede.add(new TestForsinket("fv-11", brevets, ny, "TB2074-11", "Forsinket levevaneundersøkelse",
				"Forsinket levevaneundersøkelse", hdir, null));
		frister.forsinkede.add(new TestForsinket("fv-12", brevets, ny, "TB2074-12", OppdragQueries.UNNTATT,
				"Forsinket hemmelighet", hdir, null, true));
		String tittel = "Ny forventet dato TB2074-11 – Forsinket levevaneundersøkelse";
		String unntatt = "Ny forventet dato TB2074-12 – " + OppdragQueries.UNNTATT;

		String kommende = side("/rapporteringskalender?visning=kommende&dager=90", LESER);
		assertThat(kommende).contains(tittel, unntatt, "href=\"/oppdrag/TB2074-11?liste=",
				"Oppdraget er forsinket. Fristen i tildelingsbrevet var " + dato(brevets) + ".")
			.doesNotContain("Forsinket hemmelighet", ">Unntatt off.</span>");
		assertThat(side("/rapporteringskalender?visning=kommende&dager=90", KLARERT))
			.contains("Ny forventet dato TB2074-12 – Forsinket hemmelighet", ">Unntatt off.</span>");
		assertThat(side("/rapporteringskalender?visning=maned&maned=" + YearMonth.from(ny), LESER))
			.contains(tittel, unntatt).doesNotContain("Forsinket hemmelighet");
		// The letter's deadline is past: overdue, marked with the new date, which is not overdue itself.
		String forfalt = side("/rapporteringskalender?visning=forfalt", LESER);
		assertThat(forfalt).contains("Forsinket levevaneundersøkelse", "Forsinket: ny forventet dato " + dato(ny))
			.doesNotContain(tittel);

		assertThat(som(LESER, "HOD_SAKSBEHANDLER", () -> nesteFrister.neste(100)))
			.contains(new NesteFrister.Neste(ny, null, "FRIST", tittel, "Helsedirektoratet", "/oppdrag/TB2074-11", false),
					new NesteFrister.Neste(ny, null, "FRIST", unntatt, "Helsedirektoratet", "/oppdrag/TB2074-12",
					false))
			.extracting(NesteFrister.Neste::tittel).noneMatch(t -> t.contains("Forsinket hemmelighet"));
		// The cleared reader's is marked for the home page, as the assignment list marks it; the public one is not.
		assertThat(som(KLARERT, "HOD_SAKSBEHANDLER", () -> nesteFrister.neste(100))).contains(
				new NesteFrister.Neste(ny, null, "FRIST", tittel, "Helsedirektoratet", "/oppdrag/TB2074-11", false),
				new NesteFrister.Neste(ny, null, "FRIST", "Ny forventet dato TB2074-12 – Forsinket hemmelighet",
						"Helsedirektoratet", "/oppdrag/TB2074-12", true));

		// Even a cleared owner's feed has no exempt title.
		String sti = feedsti(KLARERT);
		String ical = mvc.perform(get(sti)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(ical).doesNotContain("Forsinket hemmelighet");
		Calendar kalender = new CalendarBuilder().build(new StringReader(ical));
		VEvent forventet = event(kalender, tittel);
		assertThat(forventet.<LocalDate>getDateTimeStart().getDate()).isEqualTo(ny);
		assertThat(forventet.getUid().orElseThrow().getValue()).isEqualTo("forventet-fv-11@styringsregister");
		assertThat(forventet.getDescription().getValue())
			.contains("Fristen i tildelingsbrevet var " + dato(brevets) + ".");
		assertThat(forventet.getUrl().getValue()).endsWith("/oppdrag/TB2074-11");
		assertThat(event(kalender, unntatt).<LocalDate>getDateTimeStart().getDate()).isEqualTo(ny);
		VEvent opprinnelig = event(kalender, "Opprinnelig frist TB2074-11: Forsinket levevaneundersøkelse");
		assertThat(opprinnelig.<LocalDate>getDateTimeStart().getDate()).isEqualTo(brevets);
		assertThat(opprinnelig.getDescription().getValue()).contains("ny forventet dato " + dato(ny));

		// Delayed again: the same event, moved, so a calendar app updates it rather than adding one.
		frister.forsinkede.replaceAll(f -> f.nokkel().equals("fv-11") ? new TestForsinket("fv-11", brevets,
				ny.plusDays(7), "TB2074-11", f.offentligTittel(), f.klarertTittel(), hdir, null) : f);
		VEvent flyttet = event(new CalendarBuilder().build(new StringReader(
				mvc.perform(get(sti)).andReturn().getResponse().getContentAsString())), tittel);
		assertThat(flyttet.getUid()).isEqualTo(forventet.getUid());
		assertThat(flyttet.<LocalDate>getDateTimeStart().getDate()).isEqualTo(ny.plusDays(7));
	}

	private String side(String adresse, String bruker) throws Exception {
		return mvc.perform(get(adresse).with(user(bruker))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	/** The user's feed, as the path a calendar client fetches without a session. */
	private String feedsti(String bruker) throws Exception {
		String url = JsonPath.read(mvc.perform(get("/api/rapporteringskalender/abonnement").with(user(bruker)))
			.andReturn().getResponse().getContentAsString(), "$.url");
		return url.substring(url.indexOf("/api/"));
	}

	private static String dato(LocalDate dato) {
		return new Formats().dato(dato);
	}

	@Test
	void theFeedIsASecretRevocableAddressThatParsesBackWithoutExemptTitlesForAnyOwner() throws Exception {
		int neste = iDag.getYear() + 1;
		// The remark as pasted from Word, with a vertical tab for its line break.
		apply(7003, neste, List.of(new KalenderData(LocalDate.of(neste, 3, 4), "10:00-12:00", "Feedmøte", "R6\u000BRom 2")),
				List.of(new SaerskiltData("2 ganger i året", null, "TWICE_A_YEAR", "Feedrapport", null)));
		frister.frister.add(new TestFrist("feed-1", LocalDate.of(neste, 2, 2), "TB9999-1", "Unntatt offentlighet",
				"Feedhemmelighet", hdir, null));

		String url = JsonPath.read(mvc.perform(get("/api/rapporteringskalender/abonnement").with(user(LESER)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$.url");
		String igjen = JsonPath.read(mvc.perform(get("/api/rapporteringskalender/abonnement").with(user(LESER)))
			.andReturn().getResponse().getContentAsString(), "$.url");
		assertThat(igjen).as("the same address until revoked").isEqualTo(url);
		String sti = url.substring(url.indexOf("/api/"));
		assertThat(sti).startsWith("/api/rapporteringskalender/ical/").endsWith(".ics");

		// No session: the secret is the key.
		String ical = mvc.perform(get(sti)).andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/calendar"))
			.andReturn().getResponse().getContentAsString();
		assertThat(ical).doesNotContain("Feedhemmelighet");
		Calendar kalender = new CalendarBuilder().build(new StringReader(ical));
		VEvent mote = event(kalender, "Feedmøte");
		ZonedDateTime start = mote.<ZonedDateTime>getDateTimeStart().getDate();
		assertThat(start.toLocalDateTime()).isEqualTo(LocalDate.of(neste, 3, 4).atTime(10, 0));
		// Oslo's offset: the same instant as 10:00 local time in Europe/Oslo (09:00 UTC in winter).
		assertThat(start.toInstant()).isEqualTo(LocalDate.of(neste, 3, 4).atTime(10, 0).atZone(Formats.OSLO).toInstant());
		assertThat(mote.getProperty(Property.DTSTART).orElseThrow().getParameter("TZID").orElseThrow().getValue())
			.isEqualTo("Europe/Oslo");
		ZonedDateTime slutt = mote.<ZonedDateTime>getDateTimeEnd().getDate();
		assertThat(slutt.toLocalDateTime()).isEqualTo(LocalDate.of(neste, 3, 4).atTime(12, 0));
		assertThat(kalender.getComponents("VTIMEZONE")).hasSize(1);
		// RFC 5545: the zone the events name is defined under that name.
		assertThat(kalender.getComponents("VTIMEZONE").get(0).getProperty(Property.TZID).orElseThrow().getValue())
			.isEqualTo("Europe/Oslo");
		assertThat(ical).doesNotContain("\u000B");
		assertThat(mote.getDescription().getValue()).contains("R6\nRom 2");
		VEvent frist = event(kalender, "Frist TB9999-1: Unntatt offentlighet");
		assertThat(frist.<LocalDate>getDateTimeStart().getDate()).isEqualTo(LocalDate.of(neste, 2, 2));
		assertThat(frist.getUid().orElseThrow().getValue()).isEqualTo("frist-feed-1@styringsregister");
		assertThat(kalender.getComponents("VEVENT").stream()
			.filter(e -> ((VEvent) e).getSummary().getValue().equals("Feedrapport"))).hasSize(2);

		// Stable UIDs: a second fetch names the same events.
		String andre = mvc.perform(get(sti)).andReturn().getResponse().getContentAsString();
		assertThat(event(new CalendarBuilder().build(new StringReader(andre)), "Feedmøte").getUid().orElseThrow()
			.getValue()).isEqualTo(mote.getUid().orElseThrow().getValue()).startsWith("kalender-");

		// Filters travel in the address.
		String bareFrister = mvc.perform(get(sti).param("type", "FRIST")).andReturn().getResponse().getContentAsString();
		assertThat(bareFrister).contains("TB9999-1").doesNotContain("Feedmøte");

		// Not even a cleared user's own feed carries the exempt title: calendar services outside the ministry keep it.
		String klarertUrl = JsonPath.read(mvc.perform(get("/api/rapporteringskalender/abonnement").with(user(KLARERT)))
			.andReturn().getResponse().getContentAsString(), "$.url");
		assertThat(mvc.perform(get(klarertUrl.substring(klarertUrl.indexOf("/api/")))).andReturn().getResponse()
			.getContentAsString()).contains("TB9999-1").doesNotContain("Feedhemmelighet");

		// Revoking: the old address answers 404, the new one works.
		String ny = JsonPath.read(mvc.perform(post("/api/rapporteringskalender/abonnement").with(csrf()).with(user(LESER)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$.url");
		assertThat(ny).isNotEqualTo(url);
		mvc.perform(get(sti)).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.error").value("Fant ingen kalender på denne adressen. Den kan være trukket tilbake."));
		mvc.perform(get(ny.substring(ny.indexOf("/api/")))).andExpect(status().isOk());
		mvc.perform(get("/api/rapporteringskalender/ical/gjettet.ics")).andExpect(status().isNotFound());
	}

	@Test
	void theSubscriptionTextSpeaksOfClearanceOnlyToACleared() throws Exception {
		String ikkeKlarert = side("/rapporteringskalender", LESER);
		assertThat(ikkeKlarert).contains("Innhold unntatt offentlighet tas aldri med: et oppdrag som er unntatt")
			.doesNotContain("heller ikke for deg med klarering");
		assertThat(side("/rapporteringskalender", KLARERT))
			.contains("Innhold unntatt offentlighet tas aldri med, heller ikke for deg med klarering:");
	}

	@Test
	void theFirstFeedAddressIsNotCalledANewOneAndTheAddressKeepsThePagesFilters() throws Exception {
		String navn = "kal-abonnent-" + System.nanoTime();
		lagBruker(navn, false);
		// The page's form carries its view and filters to the POST, to come back to them.
		String skjema = abonnementsskjema(side("/rapporteringskalender?visning=maned&maned=2025-12&etat=" + hdir, navn));
		assertThat(skjema).contains("<input type=\"hidden\" name=\"etat\" value=\"" + hdir + "\">",
				"<input type=\"hidden\" name=\"visning\" value=\"maned\">",
				"<input type=\"hidden\" name=\"maned\" value=\"2025-12\">")
			.doesNotContain("name=\"dager\"");
		var forste = mvc.perform(post("/rapporteringskalender/abonnement").param("visning", "maned")
			.param("maned", "2025-12").param("etat", String.valueOf(hdir)).param("type", "").param("divisjon", "")
			.with(csrf()).with(user(navn)))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String tilbake = forste.getResponse().getRedirectedUrl();
		assertThat(tilbake)
			.isEqualTo("/rapporteringskalender?visning=maned&maned=2025-12&etat=" + hdir + "&divisjon=#abonnement");
		assertThat(forste.getFlashMap().get("melding")).asString()
			.startsWith("Du har fått en abonnementsadresse.").doesNotContain("gamle");
		String side = side(tilbake.substring(0, tilbake.indexOf('#')), navn);
		Matcher adresse = Pattern.compile("id=\"abonnement-adresse\"[^>]*>(http[^<]*/api/rapporteringskalender/ical/"
				+ "[^<]*\\.ics\\?etat=" + hdir + ")</textarea>").matcher(side);
		assertThat(adresse.find()).as("the address in its field").isTrue();
		String gammel = adresse.group(1);
		// The same address for calendar apps, and a box to tick before the address is replaced.
		assertThat(side).contains("href=\"webcal://" + gammel.substring(gammel.indexOf("://") + 3) + "\"")
			.containsPattern("<input type=\"checkbox\" id=\"abonnement-bekreft\" name=\"bekreft\" value=\"true\" required>");
		// Not ticked: refused in Norwegian, and the old address still works.
		mvc.perform(post("/rapporteringskalender/abonnement").with(csrf()).with(user(navn)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Adressen er ikke byttet. Kryss av for at den gamle adressen "
					+ "skal slutte å virke")));
		mvc.perform(get(gammel.substring(gammel.indexOf("/api/")))).andExpect(status().isOk());
		var andre = mvc.perform(post("/rapporteringskalender/abonnement").param("bekreft", "true").with(csrf())
			.with(user(navn)))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(andre.getFlashMap().get("melding"))
			.isEqualTo("Du har fått en ny abonnementsadresse. Den gamle virker ikke lenger.");
		mvc.perform(get(gammel.substring(gammel.indexOf("/api/")))).andExpect(status().isNotFound());
		// A bad value is refused in Norwegian, and the address is not replaced for it.
		String gjeldende = feedsti(navn);
		mvc.perform(post("/rapporteringskalender/abonnement").param("etat", "Ingen slik etat").param("bekreft", "true")
			.with(csrf()).with(user(navn)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Fant ingen etat «Ingen slik etat».")));
		assertThat(feedsti(navn)).isEqualTo(gjeldende);
		// So is a view the page would refuse.
		mvc.perform(post("/rapporteringskalender/abonnement").param("visning", "maned").param("maned", "1999-12")
			.param("bekreft", "true").with(csrf()).with(user(navn)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Velg en måned fra januar 2000 til desember 2199")));
		assertThat(feedsti(navn)).isEqualTo(gjeldende);
	}

	/** Made from «Forfalte frister» or «Neste 90 dager», the address leaves the user in that view, with its filters. */
	@Test
	void aNewFeedAddressLeavesTheUserInTheViewItWasMadeFrom() throws Exception {
		String navn = "kal-abonnent-visning-" + System.nanoTime();
		lagBruker(navn, false);
		String forfalt = abonnementsskjema(side("/rapporteringskalender?visning=forfalt&type=FRIST", navn));
		assertThat(forfalt).contains("<input type=\"hidden\" name=\"visning\" value=\"forfalt\">",
				"<input type=\"hidden\" name=\"type\" value=\"FRIST\">")
			.doesNotContain("name=\"dager\"", "name=\"maned\"");
		mvc.perform(post("/rapporteringskalender/abonnement").param("visning", "forfalt").param("type", "FRIST")
			.param("divisjon", "").with(csrf()).with(user(navn)))
			.andExpect(redirectedUrl("/rapporteringskalender?visning=forfalt&type=FRIST&divisjon=#abonnement"));

		String kommende = abonnementsskjema(side("/rapporteringskalender?visning=kommende&dager=90", navn));
		assertThat(kommende).contains("<input type=\"hidden\" name=\"visning\" value=\"kommende\">",
				"<input type=\"hidden\" name=\"dager\" value=\"90\">").doesNotContain("name=\"maned\"");
		mvc.perform(post("/rapporteringskalender/abonnement").param("visning", "kommende").param("dager", "90")
			.param("bekreft", "true").with(csrf()).with(user(navn)))
			.andExpect(redirectedUrl("/rapporteringskalender?visning=kommende&dager=90&divisjon=#abonnement"));
	}

	/** The subscription's form on the page, from its opening tag to its end. */
	private static String abonnementsskjema(String side) {
		String skjema = side.substring(side.indexOf("action=\"/rapporteringskalender/abonnement\""));
		return skjema.substring(0, skjema.indexOf("</form>"));
	}

	/** The page says which filters the address follows and which days it holds, and the feed holds just those. */
	@Test
	void theSubscriptionSaysItFollowsTheFiltersNotThePeriodAndHoldsLastYearToNextYear() throws Exception {
		int iAar = iDag.getYear();
		LocalDate forste = LocalDate.of(iAar - 1, 1, 1);
		LocalDate siste = LocalDate.of(iAar + 1, 12, 31);
		String side = side("/rapporteringskalender?visning=maned&maned=2025-12", LESER);
		assertThat(side).contains("Adressen følger valgene for etat, type og divisjon over, men ikke visning og periode. "
				+ "Den har alltid alle oppføringer fra 1. januar i fjor til 31. desember neste år, nå fra " + dato(forste)
				+ " til " + dato(siste) + ", både kommende og passerte.")
			.doesNotContain("Adressen følger filtrene du har valgt over");

		frist("omfang-1", forste.minusDays(1), "TB2096-1", "Før feeden", null);
		frist("omfang-2", forste, "TB2096-2", "Feedens første dag", null);
		frist("omfang-3", siste, "TB2096-3", "Feedens siste dag", null);
		frist("omfang-4", siste.plusDays(1), "TB2096-4", "Etter feeden", null);
		String ical = mvc.perform(get(feedsti(LESER)).param("type", "FRIST")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(ical).contains("TB2096-2", "TB2096-3").doesNotContain("TB2096-1", "TB2096-4");
	}

	@Test
	void theNextItemsForTheHomePageFollowTheUsersDivision() {
		Enhet folkehelse = kalLeder();
		Enhet spesialist = divisjon("Divisjon spesialisthelsetjenester");
		frist("n1", iDag.plusDays(1), "TB2098-1", "Egen frist", folkehelse.id());
		frist("n2", iDag.plusDays(2), "TB2098-2", "Annen divisjon", spesialist.id());
		assertThat(som("kal-leder", "HDIR_LEDER", () -> lenker(nesteFrister.neste(100))))
			.contains("/oppdrag/TB2098-1").doesNotContain("/oppdrag/TB2098-2");
		assertThat(som(LESER, "HOD_SAKSBEHANDLER", () -> lenker(nesteFrister.neste(100))))
			.contains("/oppdrag/TB2098-1", "/oppdrag/TB2098-2");
		assertThat(som(LESER, "HOD_SAKSBEHANDLER", () -> nesteFrister.neste(1))).hasSize(1);
	}

	private static List<String> lenker(List<NesteFrister.Neste> neste) {
		return neste.stream().map(NesteFrister.Neste::lenke).filter(Objects::nonNull).toList();
	}

	private static <T> T som(String brukernavn, String rolle, Supplier<T> handling) {
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
				brukernavn, null, List.of(new SimpleGrantedAuthority("ROLE_" + rolle))));
		try {
			return handling.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private static VEvent event(Calendar kalender, String tittel) {
		return kalender.<VEvent>getComponents("VEVENT").stream()
			.filter(e -> e.getSummary().getValue().equals(tittel)).findFirst()
			.orElseThrow(() -> new AssertionError("Fant ingen hendelse «" + tittel + "»"));
	}

	/** The opening tag of the element with the id. */
	private static String tagg(String html, String id) {
		Matcher tagg = Pattern.compile("<[a-z]+ [^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
		assertThat(tagg.find()).as("element #" + id).isTrue();
		return tagg.group();
	}

	private long id(String fra, String til, String tittel) throws Exception {
		String html = mvc.perform(get("/rapporteringskalender").param("visning", "maned").param("maned", fra.substring(0, 7))
			.with(user(ADMIN).roles("ADMIN"))).andReturn().getResponse().getContentAsString();
		Matcher lenke = Pattern.compile("/rapporteringskalender/(\\d+)/endre[^\"]*\"[^>]*aria-label=\"Endre: " + tittel + "\"").matcher(html);
		assertThat(lenke.find()).as("edit link for " + tittel + " in " + fra + ".." + til).isTrue();
		return Long.parseLong(lenke.group(1));
	}
}
