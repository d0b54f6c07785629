package no.hod.styringsregister.tildelingsbrev;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.testsupport.TestDocuments;

import static no.hod.styringsregister.tildelingsbrev.Brevsteg.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What the letter review must not let through: an id another letter's assignment has (typed or parsed), a deadline
 * far from the letter's year, a confirm of a review made before another admin imported the letter, and a wholly
 * exempt assignment's title sent by an admin without clearance.
 */
@IntegrationTest
@AutoConfigureMockMvc
class LetterReviewGuardsTests {

	private static final String SEED_2025 = TestDocuments.seed("tildelingsbrev-helsedirektoratet-2025.txt");

	private static final String ENDRET_2025 = TestDocuments.resource("/letters/tildelingsbrev-2025-endret.txt");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BrukerService brukere;

	@Test
	void anIdTypedThatAnotherLettersAssignmentHasIsRefusedAndTheOwnerKeepsIt() throws Exception {
		bekreft(last(SEED_2025.replace("2025", "2061"), ADMIN));
		String utkast = last(SEED_2025.replace("2025", "2062"), ADMIN);
		String side = side(utkast, ADMIN);
		int rad = rad(side, "TB2062-4");

		MvcResult rettet = mvc.perform(skjema(post(utkast + "/rett"), side, Map.of("oppdrag[" + rad + "].id", "TB2061-8")))
			.andReturn();
		String etter = mvc.perform(get(utkast).with(ADMIN).cookie(rettet.getResponse().getCookies())).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(HtmlUtils.htmlUnescape(etter)).contains("Rettingene ble ikke lagret")
			.contains("Id-en «TB2061-8» på oppdrag nr. " + (rad + 1) + " tilhører oppdrag TB2061-8 i tildelingsbrevet "
					+ "for 2061 til Helsedirektoratet. Et oppdrag kan ikke ta id-en til et annet")
			// What was typed is kept.
			.contains("name=\"oppdrag[" + rad + "].id\" value=\"TB2061-8\"")
			// The problem links to the field, which is marked and described by it, and named by the assignment.
			.contains("<li id=\"feil-1\"><a href=\"#oppdrag-" + (rad + 1) + "-id\">Id-en «TB2061-8» på oppdrag nr. ");
		assertThat(LetterCorrectionTests.felt(etter, "oppdrag-" + (rad + 1) + "-id")).contains("aria-invalid=\"true\"",
				"aria-describedby=\"feil-1\"", "aria-label=\"Id TB2062-4\"");

		// The confirm button sends the form too: refused, nothing imported.
		MvcResult bekreftet = mvc.perform(skjema(post(utkast + "/bekreft"), side,
				Map.of("oppdrag[" + rad + "].id", "TB2061-8"))).andReturn();
		assertThat(bekreftet.getResponse().getRedirectedUrl()).isEqualTo(utkast);
		assertThat(brev(2062)).isZero();
		assertThat(visningsId("TB2061-8")).containsExactly("TB2061-8");

		// Typed with Word's non-breaking hyphen, or an en dash among spaces: the same id, refused the same way.
		for (String lik : List.of("TB2061\u20118", "TB2061 \u2013 8")) {
			MvcResult liknende = mvc.perform(skjema(post(utkast + "/rett"), side, Map.of("oppdrag[" + rad + "].id", lik)))
				.andReturn();
			String svar = mvc.perform(get(utkast).with(ADMIN).cookie(liknende.getResponse().getCookies())).andReturn()
				.getResponse().getContentAsString(StandardCharsets.UTF_8);
			assertThat(HtmlUtils.htmlUnescape(svar)).as(lik).contains("Rettingene ble ikke lagret")
				.contains("tilhører oppdrag TB2061-8 i tildelingsbrevet for 2061");
		}
		mvc.perform(post(utkast + "/avbryt").with(ADMIN).with(csrf()));
	}

	@Test
	void aParsedIdThatAnotherLettersAssignmentHasIsShownAndConfirmIsRefusedUntilFixed() throws Exception {
		bekreft(last(SEED_2025.replace("2025", "2063"), ADMIN));
		// The next year's letter, whose first assignment the file gives last year's id (a misprint).
		String fil = SEED_2025.replace("2025", "2064").replace(" TB2064-3 Avd. HOD", " TB2063-8 Avd. HOD");
		String utkast = last(fil, ADMIN);
		String side = HtmlUtils.htmlUnescape(side(utkast, ADMIN));
		String problem = "tilhører oppdrag TB2063-8 i tildelingsbrevet for 2063 til Helsedirektoratet. Et oppdrag kan "
				+ "ikke ta id-en til et annet";
		assertThat(side).contains("Id-er som tilhører oppdrag i andre tildelingsbrev").contains(problem);

		// Confirmed without the form (as nothing was typed): refused, naming it.
		MvcResult avvist = mvc.perform(post(utkast + "/bekreft").with(ADMIN).with(csrf())).andReturn();
		assertThat(avvist.getResponse().getRedirectedUrl()).isEqualTo(utkast);
		assertThat(String.join(" ", feilListe(avvist))).contains("Id-en «TB2063-8» på oppdrag nr. ", problem);
		// Linked to the row's id, which is marked.
		String avvistSide = mvc.perform(get(utkast).with(ADMIN).cookie(avvist.getResponse().getCookies())).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		int feilRad = rad(side, "TB2063-8");
		assertThat(HtmlUtils.htmlUnescape(avvistSide))
			.contains("<li id=\"feil-1\"><a href=\"#oppdrag-" + (feilRad + 1) + "-id\">Id-en «TB2063-8»");
		assertThat(LetterCorrectionTests.felt(avvistSide, "oppdrag-" + (feilRad + 1) + "-id"))
			.contains("aria-invalid=\"true\"", "aria-describedby=\"feil-1\"");
		assertThat(brev(2064)).isZero();
		// The API refuses it too.
		MvcResult api = mvc.perform(multipart("/api/tildelingsbrev").file(new MockMultipartFile("file", "brev.txt",
				"text/plain", fil.getBytes(StandardCharsets.UTF_8))).with(ADMIN).with(csrf())).andReturn();
		assertThat(api.getResponse().getStatus()).isEqualTo(400);
		assertThat(api.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains(problem);
		assertThat(brev(2064)).isZero();
		assertThat(visningsId("TB2063-8")).containsExactly("TB2063-8");

		// Fixed in the table: imported, and both assignments have their ids.
		int rad = rad(side, "TB2063-8");
		MvcResult importert = mvc.perform(skjema(post(utkast + "/bekreft"), side,
				Map.of("oppdrag[" + rad + "].id", "TB2064-3"))).andReturn();
		assertThat(importert.getResponse().getRedirectedUrl()).doesNotContain("import");
		assertThat(visningsId("TB2063-8")).containsExactly("TB2063-8");
		assertThat(visningsId("TB2064-3")).containsExactly("TB2064-3");
	}

	@Test
	void aCopyOfLastYearsLetterWithOnlyTheYearChangedIsToldOfItsIdsOnceAndRefused() throws Exception {
		String fjor = Brevsteg.brev2025Som(2032);
		bekreft(last(fjor, ADMIN));
		// Only the year of the opening changed: every id is still 2032's. (LetterPreviewSummaryTests imports a 2060
		// letter too, of its own ids: whether it is there or not, these are 2032's.)
		String kopi = fjor.replace("Helsedirektoratet for 2032", "Helsedirektoratet for 2060");
		assertThat(kopi).isNotEqualTo(fjor);
		String utkast = last(kopi, ADMIN);
		String side = HtmlUtils.htmlUnescape(side(utkast, ADMIN));

		int antall = side.split("<li>Id-en «TB2032-", -1).length - 1;
		assertThat(antall).as("each id, in the list behind «Vis»").isGreaterThan(50);
		Matcher sammendrag = Pattern.compile("<p>(\\d+) oppdrag har id-er fra tildelingsbrevet for 2032 \\(TB2032-1 – "
				+ "TB2032-\\d+[^)]*\\)\\. Et oppdrag kan ikke ta id-en til et annet, så brevet kan ikke importeres før du "
				+ "retter id-ene i tabellen, lar feltene stå tomme eller tar ut oppdragene\\. Er brevet laget av brevet for "
				+ "2032, skal id-ene trolig ha 2060 i stedet\\.</p>").matcher(side);
		assertThat(sammendrag.find()).as("one message for them all").isTrue();
		assertThat(Integer.parseInt(sammendrag.group(1))).isEqualTo(antall);
		assertThat(side).contains("<summary>Vis hvert av de " + antall + " oppdragene</summary>")
			.doesNotContain("Id-er som tilhører oppdrag i andre tildelingsbrev. Brevet kan ikke");
		assertThat(side.indexOf("<details>", side.indexOf("id=\"id-i-bruk\""))).as("the detail after the message")
			.isGreaterThan(sammendrag.start());
		// The parser's warning of ids with another year than the letter's: one line too.
		assertThat(side).containsPattern("<li>\\d+ oppdrag har id-er med et annet år enn brevet \\(2060\\): TB2032-1 – "
				+ "TB2032-\\d+")
			.doesNotContain("har et annet år enn brevet");

		// The guard stands: confirm is refused, with the one message, and nothing is imported.
		long importer = jdbc.sql("SELECT count(*) FROM tildelingsbrev_import i JOIN tildelingsbrev b ON b.id = i.brev_id "
				+ "WHERE b.aar = 2060").query(Long.class).single();
		MvcResult avvist = mvc.perform(post(utkast + "/bekreft").with(ADMIN).with(csrf())).andReturn();
		assertThat(avvist.getResponse().getRedirectedUrl()).isEqualTo(utkast);
		assertThat(feilListe(avvist)).singleElement().asString()
			.startsWith(antall + " oppdrag har id-er fra tildelingsbrevet for 2032 (TB2032-1 – ");
		assertThat(jdbc.sql("SELECT count(*) FROM tildelingsbrev_import i JOIN tildelingsbrev b ON b.id = i.brev_id "
				+ "WHERE b.aar = 2060").query(Long.class).single()).isEqualTo(importer);
		assertThat(visningsId("TB2032-8")).containsExactly("TB2032-8");
		mvc.perform(post(utkast + "/avbryt").with(ADMIN).with(csrf()));
	}

	@Test
	void aDeadlineFarFromTheLettersYearIsRefusedTypedAndWarnedOfParsed() throws Exception {
		// The letter gives one deadline a misread year; it may stay, with a warning.
		String utkast = last(SEED_2025.replace("2025", "2065").replace("Frist 14.03.2065", "Frist 14.03.1065"), ADMIN);
		String side = HtmlUtils.htmlUnescape(side(utkast, ADMIN));
		assertThat(side).containsPattern("Fristen 14\\. mars 1065 for oppdrag TB2065-\\d+ ligger langt fra brevets år "
				+ "\\(2065\\)\\. Frister må ligge mellom 2064 og 2070\\. Sjekk den mot brevet\\.");
		int rad = rad(side, "TB2065-3");

		MvcResult rettet = mvc.perform(skjema(post(utkast + "/rett"), side,
				Map.of("oppdrag[" + rad + "].frister", "15.5.1065"))).andReturn();
		assertThat(feilListe(rettet)).contains("Fristen 15.5.1065 for oppdrag TB2065-3 ligger langt fra brevets år "
				+ "(2065). Frister må ligge mellom 2064 og 2070.");
		assertThat((Object) rettet.getFlashMap().get("korrigeringer")).as("what was typed is kept").isNotNull();
		String etter = mvc.perform(get(utkast).with(ADMIN).cookie(rettet.getResponse().getCookies())).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(etter).contains("name=\"oppdrag[" + rad + "].frister\" value=\"15.5.1065\"");

		// Within the range, and the form sent back as it is (the parsed 1065 deadline in it): saved.
		for (String frist : new String[] { "15.5.2064", "31.12.2070" }) {
			MvcResult lagret = mvc.perform(skjema(post(utkast + "/rett"), side, Map.of("oppdrag[" + rad + "].frister", frist)))
				.andReturn();
			assertThat((String) lagret.getFlashMap().get("melding")).as(frist).startsWith("Rettingene er lagret");
		}
		MvcResult forTidlig = mvc.perform(skjema(post(utkast + "/rett"), side,
				Map.of("oppdrag[" + rad + "].frister", "31.12.2063"))).andReturn();
		assertThat(feilListe(forTidlig)).hasSize(1);
		mvc.perform(post(utkast + "/avbryt").with(ADMIN).with(csrf()));
	}

	/**
	 * Two drafts of one letter: Ada's review (of the letter unchanged) goes stale when Bo imports his changed version;
	 * her confirm is refused, naming Bo, until she looks at the review again.
	 */
	@Test
	void aConfirmOfAReviewMadeBeforeAnotherImportIsRefusedUntilTheReviewIsSeenAgain() throws Exception {
		brukere.create(new BrukerService.NyBruker("ada-gammel", "Ada Admin", "et-langt-passord", Rolle.ADMIN, null,
				true, null));
		brukere.create(new BrukerService.NyBruker("bo-gammel", "Bo Admin", "et-langt-passord", Rolle.ADMIN, null,
				true, null));
		RequestPostProcessor ada = user("ada-gammel").roles("ADMIN");
		RequestPostProcessor bo = user("bo-gammel").roles("ADMIN");
		String brev = SEED_2025.replace("2025", "2066");
		bekreft(last(brev, ada));
		String adas = last(brev, ada);
		assertThat(side(adas, ada)).containsPattern("<th scope=\"row\">Oppdrag</th>\\s*<td class=\"tall\">\\d+</td>\\s*"
				+ "<td class=\"tall\">0</td><td class=\"tall\">0</td>\\s*<td class=\"tall\">0</td>");
		String bos = last(ENDRET_2025.replace("2025", "2066"), bo);
		side(bos, bo);
		assertThat(mvc.perform(post(bos + "/bekreft").with(bo).with(csrf())).andReturn().getFlashMap().get("melding"))
			.asString().startsWith("Brevet er importert: ");
		long brevId = jdbc.sql("SELECT id FROM tildelingsbrev WHERE aar = 2066").query(Long.class).single();
		String tekst = tekst("TB2066-9");

		MvcResult avvist = mvc.perform(post(adas + "/bekreft").with(ada).with(csrf())).andReturn();
		assertThat(avvist.getResponse().getRedirectedUrl()).isEqualTo(adas);
		assertThat(feilListe(avvist)).singleElement().asString().startsWith("Brevet ble endret av Bo Admin ")
			.contains(" kl. ")
			.endsWith(" etter at du åpnet gjennomgangen. Se gjennom endringene på nytt før du bekrefter.");
		assertThat(importer(brevId)).isEqualTo(2);
		assertThat(tekst("TB2066-9")).isEqualTo(tekst);

		// The review, seen again, shows what her confirm would undo; confirming then is her choice.
		String igjen = side(adas, ada);
		assertThat(igjen).doesNotContainPattern("<th scope=\"row\">Oppdrag</th>\\s*<td class=\"tall\">\\d+</td>\\s*"
				+ "<td class=\"tall\">0</td><td class=\"tall\">0</td>\\s*<td class=\"tall\">0</td>");
		assertThat(mvc.perform(post(adas + "/bekreft").with(ada).with(csrf())).andReturn().getFlashMap().get("melding"))
			.asString().startsWith("Brevet er importert: ");
		assertThat(importer(brevId)).isEqualTo(3);
	}

	/**
	 * The form leaves a wholly exempt assignment's title out for an admin without clearance; a title sent for it anyway
	 * (a forged or stale form) would overwrite what that admin cannot see. Refused, the rest not saved either.
	 */
	@Test
	void aWhollyExemptTitleSentByAnAdminWithoutClearanceIsRefusedAndOnlyAClearedAdminMayCorrectIt() throws Exception {
		// 2069: no other test imports a letter for it, and this one confirms none (only BevilgningerIntegrationTests
		// has budget lines in 2069). The test admin is not cleared; TB2069-60 is exempt in whole, its title included.
		brukere.create(new BrukerService.NyBruker("klarert-retter", "Klarert Admin", "et-langt-passord", Rolle.ADMIN,
				null, true, null));
		RequestPostProcessor klarert = user("klarert-retter").roles("ADMIN");
		String utkast = last(SEED_2025.replace("2025", "2069"), ADMIN);
		String side = side(utkast, ADMIN);
		int rad = rad(side, "TB2069-60");
		String tittel = "oppdrag[" + rad + "].tittel";
		assertThat(side).doesNotContain("name=\"" + tittel + "\"");
		String lest = utkastTittel(utkast, "TB2069-60");
		assertThat(lest).contains("Rekrutteringsprogram");
		String problem = "Tittelen på oppdrag TB2069-60 er unntatt offentlighet (offl. § 22) og kan bare rettes av en "
				+ "bruker som er klarert for unntatt innhold.";

		String frist = Rettingsskjema.verdi(side, "oppdrag[0].frister");
		MvcResult rettet = mvc.perform(skjema(post(utkast + "/rett"), side,
				Map.of(tittel, "Overskrevet i blinde", "oppdrag[0].frister", "02.01.2070"))).andReturn();
		assertThat(rettet.getResponse().getRedirectedUrl()).isEqualTo(utkast);
		assertThat(feilListe(rettet)).containsExactly(problem);
		assertThat(utkastTittel(utkast, "TB2069-60")).isEqualTo(lest);
		// Nothing of that form was saved, and the page shown again tells neither title.
		String etter = mvc.perform(get(utkast).with(ADMIN).cookie(rettet.getResponse().getCookies())).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(HtmlUtils.htmlUnescape(etter)).contains("Rettingene ble ikke lagret", problem)
			.doesNotContain("Overskrevet i blinde").doesNotContain("Rekrutteringsprogram");
		assertThat(Rettingsskjema.verdi(side(utkast, ADMIN), "oppdrag[0].frister")).isEqualTo(frist);

		// The confirm button sends the form too: refused, nothing imported.
		MvcResult bekreftet = mvc.perform(skjema(post(utkast + "/bekreft"), side,
				Map.of(tittel, "Overskrevet i blinde"))).andReturn();
		assertThat(bekreftet.getResponse().getRedirectedUrl()).isEqualTo(utkast);
		assertThat(feilListe(bekreftet)).containsExactly(problem);
		assertThat(brev(2069)).isZero();
		assertThat(utkastTittel(utkast, "TB2069-60")).isEqualTo(lest);

		// The cleared admin's form has the title, and a correction of it is saved.
		String klarertSide = side(utkast, klarert);
		assertThat(HtmlUtils.htmlUnescape(Rettingsskjema.verdi(klarertSide, tittel))).isEqualTo(lest);
		MvcResult lagret = mvc.perform(Rettingsskjema.fyltUt(post(utkast + "/rett").with(klarert).with(csrf()),
				klarertSide, Map.of(tittel, "Rekrutteringsprogram, rettet"))).andReturn();
		assertThat((String) lagret.getFlashMap().get("melding")).startsWith("Rettingene er lagret");
		assertThat(utkastTittel(utkast, "TB2069-60")).isEqualTo("Rekrutteringsprogram, rettet");

		// The uncleared admin's form, without the title, keeps it.
		MvcResult uklarert = mvc.perform(skjema(post(utkast + "/rett"), side(utkast, ADMIN), Map.of())).andReturn();
		assertThat((String) uklarert.getFlashMap().get("melding")).startsWith("Rettingene er lagret");
		assertThat(utkastTittel(utkast, "TB2069-60")).isEqualTo("Rekrutteringsprogram, rettet");
		mvc.perform(post(utkast + "/avbryt").with(ADMIN).with(csrf()));
	}

	/** An assignment's title as the stored draft has it, by its id. */
	private String utkastTittel(String utkast, String id) {
		return jdbc.sql("SELECT a ->> 'title' FROM tildelingsbrev_utkast u, jsonb_array_elements(u.utkast::jsonb -> "
				+ "'assignments') a WHERE u.id = ?::uuid AND a ->> 'id' = ?")
			.params(utkast.substring(utkast.lastIndexOf('/') + 1), id).query(String.class).single();
	}

	@SuppressWarnings("unchecked")
	private static java.util.List<String> feilListe(MvcResult svar) {
		Object liste = svar.getFlashMap().get("feilListe");
		assertThat(liste).as("refused, with the problems listed").isNotNull();
		return (java.util.List<String>) liste;
	}

	private java.util.List<String> visningsId(String offisiellId) {
		return jdbc.sql("SELECT visnings_id FROM oppdrag WHERE offisiell_id = ?").param(offisiellId).query(String.class)
			.list();
	}

	private String tekst(String offisiellId) {
		return String.join("\n", jdbc.sql("SELECT d.tekst FROM oppdrag_del d JOIN oppdrag o ON o.id = d.oppdrag_id "
				+ "WHERE o.offisiell_id = ? ORDER BY d.nr").param(offisiellId).query(String.class).list());
	}

	private int importer(long brevId) {
		return jdbc.sql("SELECT count(*) FROM tildelingsbrev_import WHERE brev_id = ?").param(brevId)
			.query(Integer.class).single();
	}

	private long brev(int aar) {
		return jdbc.sql("SELECT count(*) FROM tildelingsbrev WHERE aar = ?").param(aar).query(Long.class).single();
	}

	/** The row of the review table whose id field holds the id. */
	private static int rad(String side, String id) {
		Matcher m = Pattern.compile("name=\"oppdrag\\[(\\d+)]\\.id\" value=\"" + Pattern.quote(id) + "\"").matcher(side);
		assertThat(m.find()).as("a row with " + id).isTrue();
		return Integer.parseInt(m.group(1));
	}

	private void bekreft(String utkast) throws Exception {
		MvcResult svar = mvc.perform(post(utkast + "/bekreft").with(ADMIN).with(csrf())).andReturn();
		assertThat(svar.getResponse().getRedirectedUrl()).doesNotContain("import");
	}

	private static MockHttpServletRequestBuilder skjema(MockHttpServletRequestBuilder request, String side,
			Map<String, String> skrevet) {
		return Rettingsskjema.fyltUt(request.with(ADMIN).with(csrf()), side, skrevet);
	}

	private String side(String utkast, RequestPostProcessor admin) throws Exception {
		return Brevsteg.side(mvc, utkast, admin);
	}

	private String last(String tekst, RequestPostProcessor admin) throws Exception {
		return Brevsteg.lastOpp(mvc, tekst, admin);
	}
}
