package no.hod.styringsregister.tildelingsbrev;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.testsupport.TestDocuments;

import static no.hod.styringsregister.tildelingsbrev.Brevsteg.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A corrected letter imported again keeps what it replaced: each assignment's earlier text (its exempt parts only for
 * cleared readers), every imported file, and what happened to the budget lines' amounts. The 2025 letter and its
 * corrected copy (TB-9's text and 701.21's amount changed) as the letter of 2001, a year no other test imports, with
 * secret words in an exempt point of TB-34 and in the wholly exempt TB-60, which the correction changes.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LetterReimportKeepsEarlierVersionsTests {

	private static final int AAR = 2001;

	private static final String KLARERT = "tidligere-klarert";

	private static final String UKLARERT = "tidligere-uklarert";

	private static final String PUNKT = "1. (Unntatt offentlighet, jf. Offl. § 22, 2. ledd) ";

	private static final String HELT = "Oppdraget er unntatt offentlighet, jf. Offl. §22, 2. ledd.";

	private static final String PLASSHOLDER = "Unntatt offentlighet, jf. offl. § 22";

	@Autowired
	MockMvc mvc;

	@Autowired
	BrukerService brukere;

	@Autowired
	JdbcClient jdbc;

	private byte[] forste;

	private byte[] andre;

	private long brevId;

	@BeforeAll
	void importertOgSaKorrigert() throws Exception {
		Brevsteg.saksbehandler(brukere, KLARERT, true);
		Brevsteg.saksbehandler(brukere, UKLARERT, false);
		String original = Brevsteg.brev2025Som(AAR).replace(PUNKT, PUNKT + "Tyttebærsyltetøy skal kartlegges. ")
			.replace(HELT, HELT + " Multebærkompott skal utredes.");
		String korrigert = TestDocuments.resource("/letters/tildelingsbrev-2025-endret.txt")
			.replace("2025", String.valueOf(AAR))
			.replace(PUNKT, PUNKT + "Blåbærsyltetøy skal kartlegges. ")
			.replace(HELT, HELT + " Krekling skal utredes.");
		assertThat(original).contains("Tyttebærsyltetøy", "Multebærkompott");
		assertThat(korrigert).contains("Blåbærsyltetøy", "Krekling").doesNotContain("Tyttebær", "Multebær");
		forste = original.getBytes(StandardCharsets.UTF_8);
		andre = korrigert.getBytes(StandardCharsets.UTF_8);
		String side = mvc.perform(post(Brevsteg.lastOpp(mvc, original, ADMIN) + "/bekreft").with(ADMIN).with(csrf()))
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(side).matches("/tildelingsbrev/\\d+");
		brevId = Long.parseLong(side.substring("/tildelingsbrev/".length()));
		assertThat(mvc.perform(post(Brevsteg.lastOpp(mvc, korrigert, ADMIN) + "/bekreft").with(ADMIN).with(csrf()))
			.andReturn().getResponse().getRedirectedUrl()).isEqualTo(side);
		// The secret words sit in exempt parts, as the tests below assume.
		assertThat(jdbc.sql("SELECT d.unntatt FROM oppdrag_del d JOIN oppdrag o ON o.id = d.oppdrag_id "
				+ "WHERE o.offisiell_id = ? AND d.tekst LIKE '%Blåbærsyltetøy%'").param("TB" + AAR + "-34")
			.query(Boolean.class).list()).containsExactly(true);
		assertThat(jdbc.sql("SELECT unntak FROM oppdrag WHERE offisiell_id = ?").param("TB" + AAR + "-60")
			.query(String.class).single()).isEqualTo("WHOLE");
	}

	@Test
	void theEarlierTextIsKeptWithTheHistoryRowAndShownUnderTidligereTekst() throws Exception {
		List<String> tidligere = jdbc.sql("SELECT d.tekst FROM oppdrag_historikk_del d "
				+ "JOIN oppdrag_historikk h ON h.id = d.historikk_id JOIN oppdrag o ON o.id = h.oppdrag_id "
				+ "WHERE o.offisiell_id = ? AND h.type = 'IMPORT' AND h.felt = 'tekst' ORDER BY d.nr")
			.param("TB" + AAR + "-9").query(String.class).list();
		assertThat(String.join("\n", tidligere)).contains("med direktoratet og instituttet.").doesNotContain("snus");

		String tidligereTekst = tidligereTekst(Brevsteg.side(mvc, "/oppdrag/TB" + AAR + "-9", user(UKLARERT)));
		assertThat(tidligereTekst).contains("med direktoratet og instituttet.").doesNotContain("snus");
		// The text as it now is stays the text of the page.
		assertThat(Brevsteg.side(mvc, "/oppdrag/TB" + AAR + "-9", user(UKLARERT)))
			.contains("Rapporten skal også omfatte snus.");
	}

	@Test
	void anExemptPartsEarlierTextIsForClearedReadersOnlyOnThePageAndInTheApi() throws Exception {
		String id = "TB" + AAR + "-34";
		String klarert = tidligereTekst(Brevsteg.side(mvc, "/oppdrag/" + id, user(KLARERT)));
		assertThat(klarert).contains("Tyttebærsyltetøy skal kartlegges.").doesNotContain("Blåbær");

		String side = Brevsteg.side(mvc, "/oppdrag/" + id, user(UKLARERT));
		assertThat(side).doesNotContain("Tyttebær").doesNotContain("Blåbær");
		String uklarert = tidligereTekst(side);
		// The public parts of the earlier text, and the placeholder where the exempt ones were.
		assertThat(uklarert).contains(PLASSHOLDER, "Oppgavebeskrivelse av fastlegetjenesten");

		String apiUklarert = api(id, UKLARERT);
		assertThat(apiUklarert).doesNotContain("Tyttebær").doesNotContain("Blåbær")
			.containsPattern("\"previousText\":\\[[^\\]]*\\{\"text\":\"" + Pattern.quote(PLASSHOLDER)
					+ "\",\"exempt\":true,\"withheld\":true\\}");
		assertThat(api(id, KLARERT)).contains("Tyttebærsyltetøy skal kartlegges.");
	}

	@Test
	void aWhollyExemptAssignmentsEarlierTextIsOnePlaceholderToAnUnclearedReader() throws Exception {
		String id = "TB" + AAR + "-60";
		assertThat(tidligereTekst(Brevsteg.side(mvc, "/oppdrag/" + id, user(KLARERT))))
			.contains("Multebærkompott skal utredes.");
		String side = Brevsteg.side(mvc, "/oppdrag/" + id, user(UKLARERT));
		assertThat(side).doesNotContain("Multebær").doesNotContain("Krekling");
		assertThat(tidligereTekst(side)).contains(PLASSHOLDER);
		assertThat(api(id, UKLARERT)).doesNotContain("Multebær").doesNotContain("Krekling")
			.contains("\"previousText\":[{\"text\":\"" + PLASSHOLDER + "\",\"exempt\":true,\"withheld\":true}]");
	}

	@Test
	void everyImportedFileIsKeptAndLinkedFromTheImportHistoryForClearedReaders() throws Exception {
		List<Long> importer = jdbc.sql("SELECT id FROM tildelingsbrev_import WHERE brev_id = ? ORDER BY id")
			.param(brevId).query(Long.class).list();
		assertThat(importer).hasSize(2);
		assertThat(fil("?import=" + importer.get(0), KLARERT).getContentAsByteArray()).isEqualTo(forste);
		assertThat(fil("?import=" + importer.get(1), KLARERT).getContentAsByteArray()).isEqualTo(andre);
		assertThat(fil("", KLARERT).getContentAsByteArray()).as("the letter's own file is the current one")
			.isEqualTo(andre);

		String side = Brevsteg.side(mvc, "/tildelingsbrev/" + brevId, user(KLARERT));
		for (long i : importer) {
			assertThat(side).contains("href=\"/tildelingsbrev/" + brevId + "/fil?import=" + i + "\"");
		}
		assertThat(Brevsteg.side(mvc, "/tildelingsbrev/" + brevId, user(UKLARERT))).doesNotContain("/fil?import=");

		// On the same terms as the current file: refused without clearance, with the reason.
		MockHttpServletResponse nektet = fil("?import=" + importer.get(0), UKLARERT);
		assertThat(nektet.getStatus()).isEqualTo(403);
		assertThat(nektet.getContentAsString(StandardCharsets.UTF_8)).contains("kan bare lastes ned av klarerte");
		long annetBrevsImport = jdbc.sql("SELECT coalesce(max(id), 0) + 1000 FROM tildelingsbrev_import")
			.query(Long.class).single();
		MockHttpServletResponse ukjent = fil("?import=" + annetBrevsImport, KLARERT);
		assertThat(ukjent.getStatus()).isEqualTo(404);
		assertThat(ukjent.getContentAsString(StandardCharsets.UTF_8)).contains("Brevet har ingen import nr. "
				+ annetBrevsImport);
		MockHttpServletResponse ugyldig = fil("?import=forste", KLARERT);
		assertThat(ugyldig.getStatus()).isEqualTo(400);
		assertThat(ugyldig.getContentAsString(StandardCharsets.UTF_8))
			.contains("«forste» er ikke et gyldig nummer på en import.");
	}

	@Test
	void theBudgetLinesAmountChangeIsRecordedWithTheImportAndShownInTheHistory() throws Exception {
		List<Map<String, Object>> endringer = jdbc.sql("SELECT b.type, b.kapittel, b.post, b.belop_fra, b.belop_til "
				+ "FROM tildelingsbrev_import_budsjettlinje b JOIN tildelingsbrev_import i ON i.id = b.import_id "
				+ "WHERE i.brev_id = ? ORDER BY i.id, b.nr").param(brevId).query().listOfRows();
		assertThat(endringer).containsExactly(
				Map.of("type", "CHANGED", "kapittel", 701, "post", 21, "belop_fra", 30_000L, "belop_til", 35_500L));
		for (String leser : List.of(KLARERT, UKLARERT)) {
			String side = Brevsteg.side(mvc, "/tildelingsbrev/" + brevId, user(leser));
			assertThat(side).contains("<summary>Vis 1 endring</summary>")
				.containsPattern("701\\.21 [^<:]+: 30 000 → 35 500");
		}
	}

	/** The «Tidligere tekst» disclosures of the page's history, one after another. */
	private static String tidligereTekst(String side) {
		Matcher m = Pattern.compile("<details class=\"tidligere-tekst\">(.*?)</details>", Pattern.DOTALL).matcher(side);
		StringBuilder alle = new StringBuilder();
		while (m.find()) {
			alle.append(m.group(1));
		}
		assertThat(alle).as("the history shows an earlier text").contains("<summary>Tidligere tekst</summary>");
		return alle.toString();
	}

	private String api(String id, String bruker) throws Exception {
		MockHttpServletResponse svar = mvc.perform(get("/api/oppdrag/" + id).with(user(bruker))).andReturn()
			.getResponse();
		assertThat(svar.getStatus()).isEqualTo(200);
		return svar.getContentAsString(StandardCharsets.UTF_8);
	}

	private MockHttpServletResponse fil(String sporring, String bruker) throws Exception {
		return mvc.perform(get("/tildelingsbrev/" + brevId + "/fil" + sporring).with(user(bruker))).andReturn()
			.getResponse();
	}
}
