package no.hod.styringsregister.rapporteringskalender.internal;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import no.hod.styringsregister.bevilgninger.BevilgningImport;
import no.hod.styringsregister.bevilgninger.BevilgningImport.BevilgningData;
import no.hod.styringsregister.bevilgninger.BevilgningImport.FullmaktData;
import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.rapporteringskalender.KalenderImport;
import no.hod.styringsregister.rapporteringskalender.KalenderImport.KalenderData;
import no.hod.styringsregister.rapporteringskalender.KalenderImport.SaerskiltData;
import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.testsupport.TestDocuments;
import no.hod.styringsregister.testsupport.Testbrukere;
import no.hod.styringsregister.tildelingsbrev.internal.parsing.BudgetLineDraft;
import no.hod.styringsregister.tildelingsbrev.internal.parsing.LetterDraft;
import no.hod.styringsregister.tildelingsbrev.internal.parsing.LetterParser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The two real letters, as the letter import hands them over (parsed, then mapped as the import maps them), go
 * through both import APIs without being refused, twice. Filed under Statens helsetilsyn so that they stay apart from
 * the other tests' Helsedirektoratet rows. Expected values are read from the letters by hand.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import(Testporter.class)
class EkteBrevImportTests {

	@Autowired
	BevilgningImport bevilgningImport;

	@Autowired
	KalenderImport kalenderImport;

	@Autowired
	TransactionTemplate transaksjon;

	@Autowired
	OrganisasjonService organisasjon;

	@Autowired
	BrukerService brukere;

	@Autowired
	MockMvc mvc;

	long etat;

	@BeforeEach
	void oppsett() {
		etat = organisasjon.etatByName("Statens helsetilsyn").orElseThrow().id();
		Testbrukere.opprett(brukere, new NyBruker("ekte-leser", "Ekte Leser", "passord-passord-1",
				Rolle.HOD_SAKSBEHANDLER, null, false, null));
	}

	private void importer(long brevId, int aar, LetterDraft brev) {
		List<BevilgningData> linjer = brev.budgetLines().stream()
			.map(b -> new BevilgningData(b.chapter(), b.post(), b.name(), b.amount(), b.previousYearAmount(),
					b.kind() == BudgetLineDraft.Kind.INCOME, b.comment()))
			.toList();
		List<FullmaktData> fullmakter = brev.authorizations().stream().map(f -> new FullmaktData(f.kind(), f.text()))
			.toList();
		List<KalenderData> kalender = brev.calendar().stream()
			.map(k -> new KalenderData(k.date(), k.time(), k.activity(), k.note())).toList();
		List<SaerskiltData> saerskilt = brev.specialReporting().stream()
			.map(s -> new SaerskiltData(s.when(), s.date(), s.frequency() == null ? null : s.frequency().name(),
					s.subject(), s.comment()))
			.toList();
		BevilgningImport.Diff forste = transaksjon
			.execute(s -> bevilgningImport.apply(brevId, aar, etat, linjer, fullmakter));
		KalenderImport.Diff kalenderForste = transaksjon
			.execute(s -> kalenderImport.apply(brevId, aar, etat, kalender, saerskilt));
		assertThat(forste.added()).isEqualTo(linjer.size() + fullmakter.size());
		assertThat(kalenderForste.added()).isGreaterThanOrEqualTo(kalender.size() + saerskilt.size());
		// The same letter again changes nothing.
		assertThat(bevilgningImport.compare(brevId, linjer, fullmakter))
			.isEqualTo(new BevilgningImport.Diff(0, 0, 0, forste.added(), List.of(), List.of()));
		assertThat(kalenderImport.compare(brevId, kalender, saerskilt))
			.isEqualTo(new KalenderImport.Diff(0, 0, 0, kalenderForste.added()));
	}

	@Test
	void theLetterOf2020() throws Exception {
		importer(8020, 2020, new LetterParser().parse(TestDocuments.seed("tildelingsbrev-helsedirektoratet-2020.txt")));
		String json = mvc.perform(get("/api/bevilgninger").param("agency", String.valueOf(etat)).param("year", "2020")
			.with(user("ekte-leser"))).andReturn().getResponse().getContentAsString();
		// Table 1.2: "740 01 Driftsutgifter 1 212 918 1 222 348" (2019 saldert, 2020)
		assertThat(JsonPath.<List<Integer>>read(json, "$.lines[?(@.chapter == 740 && @.post == 1)].amount"))
			.containsExactly(1_222_348);
		assertThat(JsonPath.<List<Integer>>read(json, "$.lines[?(@.chapter == 740 && @.post == 1)].previousYearAmount"))
			.containsExactly(1_212_918);
		// "3740 02 Diverse inntekter 19 582 20 107"
		assertThat(JsonPath.<List<String>>read(json, "$.lines[?(@.chapter == 3740 && @.post == 2)].kind"))
			.containsExactly("INCOME");
		assertThat(JsonPath.<List<Integer>>read(json, "$.lines[?(@.chapter == 3740 && @.post == 2)].amount"))
			.containsExactly(20_107);
	}

	@Test
	void theLetterOf2025() throws Exception {
		importer(8025, 2025, new LetterParser().parse(TestDocuments.seed("tildelingsbrev-helsedirektoratet-2025.txt")));
		String json = mvc.perform(get("/api/rapporteringskalender").param("agency", String.valueOf(etat))
			.param("from", "2025-01-01").param("to", "2025-12-31").with(user("ekte-leser")))
			.andReturn().getResponse().getContentAsString();
		// Vedlegg I: "3. april kl. 9:00-11:00. Etatsstyringsmøte Hos Helsedirektoratet"
		assertThat(JsonPath.<List<String>>read(json, "$.items[?(@.date == '2025-04-03')].time"))
			.containsExactly("09:00-11:00");
		// "3. nov. kl. 9:30-11:30. Etatsstyringsmøte I departementets lokaler, R6"
		assertThat(JsonPath.<List<String>>read(json, "$.items[?(@.date == '2025-11-03')].time"))
			.containsExactly("09:30-11:30");
		// Vedlegg III: "4 ganger i året Status for nasjonalt program ..." gives four occurrences.
		assertThat(JsonPath.<List<String>>read(json,
				"$.items[?(@.kind == 'SAERSKILT' && @.title =~ /Status for nasjonalt program.*/)].date"))
			.hasSize(4);
		// "14. august Leveranse av aktuell statistikk ..."
		assertThat(JsonPath.<List<String>>read(json, "$.items[?(@.kind == 'SAERSKILT')].date")).contains("2025-08-14");
		assertThat(LocalDate.parse(JsonPath.<String>read(json, "$.items[0].date"))).isEqualTo(LocalDate.of(2025, 1, 31));
		// The reports the letter's text dates outside Vedlegg I, in the next year.
		String neste = mvc.perform(get("/api/rapporteringskalender").param("agency", String.valueOf(etat))
			.param("from", "2026-02-01").param("to", "2026-03-31").param("kind", "KALENDER").with(user("ekte-leser")))
			.andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<String>>read(neste, "$.items[?(@.title =~ /.*oversendes departementet/)].date"))
			.containsExactly("2026-02-15", "2026-03-15");
		assertThat(JsonPath.<List<String>>read(neste, "$.items[?(@.date == '2026-03-15')].title"))
			.contains("Årsrapporten for 2025 oversendes departementet");
	}

	@Test
	void theSecretWordsOfTheFullFixtureLetterLeaveThroughNoneOfTheseModulesWays() throws Exception {
		importer(8026, 2026, new LetterParser().parse(TestDocuments.resource("/letters/tildelingsbrev-full-2026.txt")));
		String bevilgninger = mvc.perform(get("/api/bevilgninger").param("agency", String.valueOf(etat))
			.param("year", "2026").with(user("ekte-leser"))).andReturn().getResponse().getContentAsString();
		// Table 4.1: "701.21 Spesielle driftsutgifter 30 000", "714.21 Spesielle driftsutgifter 12 500"
		assertThat(JsonPath.<List<Integer>>read(bevilgninger, "$.lines[*].amount")).containsExactly(30_000, 12_500);
		String kalender = mvc.perform(get("/api/rapporteringskalender").param("agency", String.valueOf(etat))
			.param("from", "2026-01-01").param("to", "2026-12-31").with(user("ekte-leser"))).andReturn().getResponse()
			.getContentAsString();
		// Vedlegg I: "3. april kl. 9:00-11:00. Etatsstyringsmøte Hos Helsedirektoratet"
		assertThat(JsonPath.<List<String>>read(kalender, "$.items[?(@.date == '2026-04-03')].title"))
			.containsExactly("Etatsstyringsmøte");

		String side = mvc.perform(get("/bevilgninger").param("etat", String.valueOf(etat)).param("aar", "2026")
			.with(user("ekte-leser"))).andReturn().getResponse().getContentAsString();
		String kalenderside = mvc.perform(get("/rapporteringskalender").param("visning", "maned").param("maned", "2026-04")
			.with(user("ekte-leser"))).andReturn().getResponse().getContentAsString();
		String abonnement = JsonPath.read(mvc.perform(get("/api/rapporteringskalender/abonnement")
			.with(user("ekte-leser"))).andReturn().getResponse().getContentAsString(), "$.url");
		String feed = mvc.perform(get(abonnement.substring(abonnement.indexOf("/api/")))).andReturn().getResponse()
			.getContentAsString();
		StringBuilder eksport = new StringBuilder();
		try (Workbook bok = new XSSFWorkbook(new ByteArrayInputStream(mvc.perform(get("/bevilgninger/eksport.xlsx")
					.param("etat", String.valueOf(etat)).param("aar", "2026").with(user("ekte-leser"))).andReturn()
					.getResponse().getContentAsByteArray()))) {
			DataFormatter format = new DataFormatter();
			bok.forEach(ark -> ark.forEach(rad -> rad.forEach(celle -> eksport.append(format.formatCellValue(celle)))));
		}
		assertThat(eksport).contains("Nasjonalt program for rusforebyggende arbeid");
		assertThat(feed).contains("Etatsstyringsmøte");
		for (String ut : List.of(bevilgninger, kalender, side, kalenderside, feed, eksport.toString())) {
			assertThat(ut).doesNotContain("Blåbærsuppe", "Tyttebærsyltetøy");
		}
	}
}
