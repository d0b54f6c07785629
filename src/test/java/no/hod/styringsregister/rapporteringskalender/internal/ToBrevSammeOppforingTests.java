package no.hod.styringsregister.rapporteringskalender.internal;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.rapporteringskalender.KalenderImport;
import no.hod.styringsregister.rapporteringskalender.KalenderImport.KalenderData;
import no.hod.styringsregister.rapporteringskalender.KalenderImport.Kilde;
import no.hod.styringsregister.rapporteringskalender.KalenderImport.SaerskiltData;
import no.hod.styringsregister.rapporteringskalender.internal.Testporter.TestFrist;
import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.testsupport.TestDocuments;
import no.hod.styringsregister.testsupport.Testbrukere;
import no.hod.styringsregister.tildelingsbrev.internal.parsing.CalendarEntryDraft;
import no.hod.styringsregister.tildelingsbrev.internal.parsing.LetterDraft;
import no.hod.styringsregister.tildelingsbrev.internal.parsing.LetterParser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A letter names last year's annual report as the next letter does: the 2025 letter's text dates «Årsrapporten for
 * 2025» to 15 March 2026, and the 2026 letter's Vedlegg I has «Frist for oversendelse av årsrapport for 2025 …» on
 * the same day. The two letters are the real 2025 letter with every year moved on (to 2097 and 2098, years no other
 * calendar test uses), filed under Statens helsetilsyn so that they stay apart from the other tests' rows.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import(Testporter.class)
class ToBrevSammeOppforingTests {

	static final String LESER = "to-brev-leser";

	static final String KLARERT = "to-brev-klarert";

	static final long BREV_2097 = 8097;

	static final long BREV_2098 = 8098;

	static final LocalDate FRIST = LocalDate.of(2098, 3, 15);

	/** The secret words of an exempt assignment due the same day, which no uncleared reader may get. */
	static final String HEMMELIG = "Multebærsyltetøy";

	@Autowired
	MockMvc mvc;

	@Autowired
	KalenderImport kalenderImport;

	@Autowired
	TransactionTemplate transaksjon;

	@Autowired
	OrganisasjonService organisasjon;

	@Autowired
	BrukerService brukere;

	@Autowired
	Testporter.Frister frister;

	@Autowired
	Tidslinje tidslinje;

	long etat;

	@BeforeEach
	void oppsett() {
		etat = organisasjon.etatByName("Statens helsetilsyn").orElseThrow().id();
		Testbrukere.opprett(brukere, new NyBruker(LESER, LESER, "passord-passord-1", Rolle.HOD_SAKSBEHANDLER, null,
				false, null));
		Testbrukere.opprett(brukere, new NyBruker(KLARERT, KLARERT, "passord-passord-1", Rolle.HOD_SAKSBEHANDLER,
				null, true, null));
		frister.tom();
	}

	/** The 2025 letter as the letter of {@code aar}: every year it names moved on by as much. */
	private static String brev(int aar) {
		String tekst = TestDocuments.seed("tildelingsbrev-helsedirektoratet-2025.txt");
		int skift = aar - 2025;
		// From the latest year down, so that no year is moved twice.
		for (int gammelt = 2027; gammelt >= 2023; gammelt--) {
			tekst = tekst.replace(String.valueOf(gammelt), "#" + (gammelt + skift));
		}
		return tekst.replace("#", "");
	}

	/** As the letter import hands a letter's calendar over, with where in the letter each entry was read. */
	private void importer(long brevId, int aar) {
		LetterDraft draft = new LetterParser().parse(brev(aar));
		List<KalenderData> kalender = draft.calendar().stream()
			.map(k -> new KalenderData(k.date(), k.time(), k.activity(), k.note(),
					k.source() == CalendarEntryDraft.Source.LETTER_TEXT ? Kilde.BREVETS_TEKST : Kilde.VEDLEGG))
			.toList();
		List<SaerskiltData> saerskilt = draft.specialReporting().stream()
			.map(s -> new SaerskiltData(s.when(), s.date(), s.frequency() == null ? null : s.frequency().name(),
					s.subject(), s.comment()))
			.toList();
		transaksjon.execute(s -> kalenderImport.apply(brevId, aar, etat, kalender, saerskilt));
	}

	private String api(String bruker) throws Exception {
		return mvc.perform(get("/api/rapporteringskalender").param("agency", String.valueOf(etat))
			.param("from", FRIST.toString()).param("to", FRIST.toString()).with(user(bruker))).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static List<String> aarsrapporter(String json) {
		return JsonPath.read(json, "$.items[?(@.kind == 'KALENDER' && @.title =~ /.*[Åå]rsrapport(en)? for 2097.*/)]"
				+ ".title");
	}

	@Test
	void theAnnualReportBothLettersNameIsOneEntryEverywhereNamingBothLetters() throws Exception {
		try {
			beggeBrev();
		}
		finally {
			transaksjon.execute(s -> kalenderImport.withdraw(BREV_2098));
			transaksjon.execute(s -> kalenderImport.withdraw(BREV_2097));
		}
	}

	private void beggeBrev() throws Exception {
		importer(BREV_2097, 2097);
		// The first letter alone: its text dates the report.
		assertThat(aarsrapporter(api(LESER))).containsExactly("Årsrapporten for 2097 oversendes departementet");

		importer(BREV_2098, 2098);

		// Once, as the newer letter's Vedlegg I gives it, with both letters as its source.
		for (String bruker : List.of(LESER, KLARERT)) {
			String json = api(bruker);
			assertThat(aarsrapporter(json)).singleElement().asString()
				.startsWith("Frist for oversendelse av årsrapport for 2097");
			assertThat(JsonPath.<List<String>>read(json,
					"$.items[?(@.title =~ /.*[Åå]rsrapport(en)? for 2097.*/)].source"))
				.containsExactly("Tildelingsbrev 2098, vedlegg I – styrings- og rapporteringskalender; "
						+ "Tildelingsbrev 2097, brevets tekst");
		}

		String side = mvc.perform(get("/rapporteringskalender").param("visning", "maned").param("maned", "2098-03")
			.param("etat", String.valueOf(etat)).param("type", "KALENDER").with(user(LESER))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(side).containsOnlyOnce("årsrapport for 2097").doesNotContain("Årsrapporten for 2097")
			.contains("href=\"/tildelingsbrev/" + BREV_2098 + "\">Tildelingsbrev 2098, vedlegg I")
			.contains("href=\"/tildelingsbrev/" + BREV_2097 + "\">Tildelingsbrev 2097, brevets tekst</a>");

		String csv = mvc.perform(get("/rapporteringskalender/eksport.csv").param("visning", "maned")
			.param("maned", "2098-03").param("etat", String.valueOf(etat)).param("type", "KALENDER")
			.with(user(LESER))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv.lines().filter(l -> l.contains("årsrapport for 2097") || l.contains("Årsrapporten for 2097")))
			.singleElement().asString().contains("15.03.2098").contains("Tildelingsbrev 2097, brevets tekst");

		List<VEvent> events = feed().stream()
			.filter(e -> e.getSummary().getValue().toLowerCase().matches(".*årsrapport(en)? for 2097.*"))
			.toList();
		assertThat(events).singleElement()
			.satisfies(e -> assertThat(e.getDescription().getValue()).contains("Tildelingsbrev 2097, brevets tekst"));
		// The UID the first letter's entry had, so a calendar client updates that event rather than adding one.
		String uid = events.get(0).getUid().orElseThrow().getValue();
		assertThat(uid).matches("kalender-\\d+@styringsregister");
		transaksjon.execute(s -> kalenderImport.withdraw(BREV_2098));
		assertThat(feed().stream().filter(e -> e.getUid().orElseThrow().getValue().equals(uid)).toList())
			.singleElement()
			.satisfies(e -> assertThat(e.getSummary().getValue())
				.isEqualTo("Årsrapporten for 2097 oversendes departementet"));
	}

	/**
	 * An exempt assignment due the same day about the same report stays a deadline of its own for every reader: the
	 * merged entry neither takes its title nor names it, so an uncleared reader gets none of its words.
	 */
	@Test
	void anExemptDeadlineTheSameDayIsNeverMergedIntoTheEntry() throws Exception {
		importer(BREV_2097, 2097);
		importer(BREV_2098, 2098);
		frister.frister.add(new TestFrist("to-brev-unntatt", FRIST, "TB2098-99", "Unntatt offentlighet",
				"Årsrapport for 2097: " + HEMMELIG, etat, null));
		try {
			String offentlig = api(LESER);
			assertThat(offentlig).doesNotContain(HEMMELIG);
			assertThat(aarsrapporter(offentlig)).hasSize(1);
			assertThat(JsonPath.<List<String>>read(offentlig, "$.items[?(@.kind == 'FRIST')].title"))
				.containsExactly("Unntatt offentlighet");

			String klarert = api(KLARERT);
			// The deadline is the only item with the secret words; the letters' entry is the same as for anyone.
			assertThat(JsonPath.<List<String>>read(klarert, "$.items[?(@.kind == 'FRIST')].title"))
				.containsExactly("Årsrapport for 2097: " + HEMMELIG);
			assertThat(JsonPath.<List<String>>read(klarert, "$.items[?(@.kind == 'KALENDER')]"))
				.isEqualTo(JsonPath.<List<String>>read(offentlig, "$.items[?(@.kind == 'KALENDER')]"));
			assertThat(JsonPath.<List<String>>read(klarert, "$.items[?(@.kind == 'KALENDER')].source").toString())
				.doesNotContain("TB2098-99");

			for (String side : List.of(
					mvc.perform(get("/rapporteringskalender").param("visning", "maned").param("maned", "2098-03")
						.param("etat", String.valueOf(etat)).with(user(LESER))).andReturn().getResponse()
						.getContentAsString(StandardCharsets.UTF_8),
					mvc.perform(get("/rapporteringskalender/eksport.csv").param("visning", "maned")
						.param("maned", "2098-03").param("etat", String.valueOf(etat)).with(user(LESER))).andReturn()
						.getResponse().getContentAsString(StandardCharsets.UTF_8))) {
				assertThat(side).doesNotContain(HEMMELIG).containsOnlyOnce("årsrapport for 2097 og");
			}
		}
		finally {
			transaksjon.execute(s -> kalenderImport.withdraw(BREV_2098));
			transaksjon.execute(s -> kalenderImport.withdraw(BREV_2097));
		}
	}

	/**
	 * The feed as {@link KalenderFeedController} writes it for the agency's calendar entries, for the days around the
	 * report: the feed's own address holds only the years around today.
	 */
	private List<VEvent> feed() throws Exception {
		String ical = IcalFeed.skriv(tidslinje.hendelser(FRIST.minusDays(1), FRIST.plusDays(1),
				new Tidslinje.Filter(etat, Hendelse.Type.KALENDER, null), false), "https://register.example");
		return new CalendarBuilder().build(new StringReader(ical)).<VEvent>getComponents("VEVENT").stream()
			.filter(e -> e.getDateTimeStart().getValue().startsWith("20980315"))
			.toList();
	}
}
