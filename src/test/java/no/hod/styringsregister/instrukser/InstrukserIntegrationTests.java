package no.hod.styringsregister.instrukser;

import static no.hod.styringsregister.instrukser.InstruksFixtur.ADMIN;
import static no.hod.styringsregister.instrukser.InstruksFixtur.HDIR;
import static no.hod.styringsregister.instrukser.InstruksFixtur.seed;
import static no.hod.styringsregister.instrukser.InstruksFixtur.version1;
import static no.hod.styringsregister.instrukser.InstruksFixtur.version2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.testsupport.TestDocuments;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Instructions end to end on a real database. Each test that writes uses an agency of its own (a unique name), or the
 * seed instructions, whose import is idempotent. Expected values of the seeds are read from the instructions by hand.
 */
@IntegrationTest
@AutoConfigureMockMvc
class InstrukserIntegrationTests extends InstruksTestoppsett {

	private static final String HTIL = "/seeds/hovedinstruks-statens-helsetilsyn-2025.txt";

	private final JsonMapper json = new JsonMapper();

	@Test
	void previewAnswersWhatTheStatensHelsetilsynInstructionSaysAndWritesNothing() throws Exception {
		long htil = organisasjon.etatByName("Statens helsetilsyn").orElseThrow().id();
		int before = instrukser.versjoner(htil).size();

		String body = mvc.perform(multipart("/api/instrukser/preview").file(file(HTIL)).with(ADMIN).with(csrf()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

		JsonNode preview = json.readTree(body);
		assertThat(preview.properties()).extracting(Map.Entry::getKey).containsExactly("title", "agency", "issuedBy",
				"issued", "amended", "effectiveFrom", "replaces", "sections", "warnings");
		// Title page and section 1: "Fastsatt av Helse- og omsorgsdepartementet 17.12.2025", "trer i kraft fra
		// 1. januar 2026 og erstatter tidligere instruks for Statens helsetilsyn fastsatt 14. august 2019".
		assertThat(preview.get("title").asString()).isEqualTo("Hovedinstruks for Statens helsetilsyn");
		assertThat(preview.get("agency").asString()).isEqualTo("Statens helsetilsyn");
		assertThat(preview.get("issuedBy").size()).isEqualTo(1);
		assertThat(preview.get("issuedBy").get(0).asString()).isEqualTo("Helse- og omsorgsdepartementet");
		assertThat(preview.get("issued").asString()).isEqualTo("2025-12-17");
		assertThat(preview.get("amended").isNull()).isTrue();
		assertThat(preview.get("effectiveFrom").asString()).isEqualTo("2026-01-01");
		assertThat(preview.get("replaces").asString())
			.isEqualTo("tidligere instruks for Statens helsetilsyn fastsatt 14. august 2019");
		assertThat(preview.get("sections").size()).isEqualTo(19);
		JsonNode section = preview.get("sections").get(3);
		assertThat(section.properties()).extracting(Map.Entry::getKey).containsExactly("number", "title", "text");
		assertThat(section.get("number").asString()).isEqualTo("3.1");
		assertThat(section.get("title").asString()).isEqualTo("Tilsynsmyndighetene");
		assertThat(preview.get("warnings").isArray()).isTrue();
		assertThat(preview.get("warnings").size()).isZero();

		assertThat(instrukser.versjoner(htil)).hasSize(before);
	}

	@Test
	void previewOfTheHelsedirektoratetInstructionDoesNotGuessAnInForceDate() throws Exception {
		String body = mvc.perform(multipart("/api/instrukser/preview").file(file(HDIR)).with(ADMIN).with(csrf()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

		JsonNode preview = json.readTree(body);
		// "Fastsatt av Helse- og omsorgsdepartementet den 10.1.2018, justert 20. mai 2019"; no in-force date.
		assertThat(preview.get("title").asString()).isEqualTo("Instruks for Helsedirektoratet");
		assertThat(preview.get("issued").asString()).isEqualTo("2018-01-10");
		assertThat(preview.get("amended").asString()).isEqualTo("2019-05-20");
		assertThat(preview.get("effectiveFrom").isNull()).isTrue();
		assertThat(preview.get("replaces").isNull()).isTrue();
		assertThat(preview.get("sections").size()).isEqualTo(4);
	}

	@ParameterizedTest
	@ValueSource(strings = { "pdf", "docx" })
	void aPdfOrWordFileOfTheInstructionReadsLikeTheText(String format) throws Exception {
		String text = new String(seed(HTIL), StandardCharsets.UTF_8);
		byte[] file = format.equals("pdf") ? TestDocuments.pdf(text) : TestDocuments.docx(text);

		JsonNode fromText = preview(new MockMultipartFile("file", "instruks.txt", "text/plain", seed(HTIL)));
		JsonNode fromFile = preview(new MockMultipartFile("file", "instruks." + format, "application/octet-stream",
				file));

		for (String field : List.of("title", "agency", "issuedBy", "issued", "amended", "effectiveFrom", "replaces")) {
			assertThat(fromFile.get(field)).as(field).isEqualTo(fromText.get(field));
		}
		assertThat(numbers(fromFile)).isEqualTo(numbers(fromText)).hasSize(19);
	}

	@Test
	void previewRefusesBadFilesWithANorwegianMessage() throws Exception {
		mvc.perform(multipart("/api/instrukser/preview").file(new MockMultipartFile("file", "brev.txt", "text/plain",
				"Dette er bare et brev uten nummererte punkter.".getBytes(StandardCharsets.UTF_8)))
			.with(ADMIN).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/json"))
			.andExpect(content().string(containsString("\"error\":\"Fant ingen nummererte punkter")));
		mvc.perform(multipart("/api/instrukser/preview").file(new MockMultipartFile("file", "bilde.png",
				"image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2 })).with(ADMIN).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("\"error\":\"Filtypen støttes ikke")));
		mvc.perform(multipart("/api/instrukser/preview").with(ADMIN).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("\"error\"")));
	}

	@Test
	void previewAnswers413ForAFileAboveTheLimit() throws Exception {
		byte[] large = new byte[20 * 1024 * 1024 + 1];
		Arrays.fill(large, (byte) 'a');
		mvc.perform(multipart("/api/instrukser/preview").file(new MockMultipartFile("file", "stor.txt", "text/plain",
				large)).with(ADMIN).with(csrf()))
			.andExpect(status().isContentTooLarge())
			.andExpect(content().string(containsString("\"error\":\"Filen er for stor")));
	}

	@Test
	void onlyAdminsImportButEveryoneReads() throws Exception {
		String name = "sb-instruks-" + UUID.randomUUID().toString().substring(0, 8);
		brukere.create(new NyBruker(name, "Sara", "passord-passord", Rolle.HOD_SAKSBEHANDLER, null, false, null));
		RequestPostProcessor officer = user(name).roles("HOD_SAKSBEHANDLER");

		mvc.perform(multipart("/api/instrukser/preview").file(file(HTIL)).with(officer).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(multipart("/api/instrukser").file(file(HTIL)).with(officer).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/instrukser/import").with(officer)).andExpect(status().isForbidden());
		mvc.perform(multipart("/instrukser/import").file(file("fil", HTIL)).with(officer).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/instrukser").with(officer)).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/instrukser/import\""))));
	}

	@Test
	void importCommitsAndReimportingTheSameFileChangesNothing() throws Exception {
		long htil = organisasjon.etatByName("Statens helsetilsyn").orElseThrow().id();
		mvc.perform(multipart("/api/instrukser").file(file(HTIL)).with(ADMIN).with(csrf()));
		List<InstruksVersjon> after = instrukser.versjoner(htil);

		String again = mvc.perform(multipart("/api/instrukser").file(file(HTIL)).with(ADMIN).with(csrf()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

		assertThat(json.readTree(again).get("status").asString()).isEqualTo("UENDRET");
		assertThat(instrukser.versjoner(htil)).isEqualTo(after);
		InstruksVersjon stored = after.stream().filter(v -> v.tittel().equals("Hovedinstruks for Statens helsetilsyn"))
			.findFirst().orElseThrow();
		assertThat(stored.gjelderFra()).isEqualTo(LocalDate.of(2026, 1, 1));
		assertThat(stored.fastsatt()).isEqualTo(LocalDate.of(2025, 12, 17));
		assertThat(instrukser.punkt(stored.id(), "5.2").orElseThrow().tittel())
			.isEqualTo("Informasjonssikkerhet og personvern");

		// the original file is kept for download, byte for byte
		byte[] original = mvc.perform(get("/instrukser/" + stored.id() + "/original").with(ADMIN))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(original).isEqualTo(seed(HTIL));
	}

	@Test
	void theNewestVersionInForceOnADateAnswersAndCitationsResolveAgainstIt() throws Exception {
		String agency = fixtur.newAgency();
		long etat = organisasjon.etatByName(agency).orElseThrow().id();
		long v1 = fixtur.importAsAdmin("v1.txt", version1(agency)).id();
		long v2 = fixtur.importAsAdmin("v2.txt", version2(agency)).id();

		// v1 is set 1.2.2020 and names no in-force date; v2 is set 10.12.2023 and comes into force 1.1.2024.
		assertThat(instrukser.gjeldende(etat, LocalDate.of(2020, 1, 31))).isEmpty();
		assertThat(instrukser.gjeldende(etat, LocalDate.of(2020, 2, 1))).map(InstruksVersjon::id).contains(v1);
		assertThat(instrukser.gjeldende(etat, LocalDate.of(2023, 12, 31))).map(InstruksVersjon::id).contains(v1);
		assertThat(instrukser.gjeldende(etat, LocalDate.of(2024, 1, 1))).map(InstruksVersjon::id).contains(v2);
		assertThat(instrukser.versjoner(etat)).extracting(InstruksVersjon::id).containsExactly(v2, v1);

		assertThat(instrukser.section(etat, "2", LocalDate.of(2021, 6, 1))).hasValueSatisfying(section -> {
			assertThat(section.instruksId()).isEqualTo(v1);
			assertThat(section.tittel()).isEqualTo("Oppgaver");
			assertThat(section.tekst()).isEqualTo("Direktoratet skal gi råd til kommunene.");
			assertThat(section.lenke()).isEqualTo("/instrukser/" + v1 + "#punkt-2");
		});
		assertThat(instrukser.section(etat, "3", LocalDate.of(2021, 6, 1))).isEmpty();
		assertThat(instrukser.section(etat, "3", LocalDate.of(2024, 6, 1))).map(InstruksPunkt::instruksId).contains(v2);

		mvc.perform(get("/instrukser/etat/" + etat).param("dato", "2023-12-31").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Instruks for " + agency + "</a>")))
			.andExpect(content().string(containsString("31. desember 2023")));
		mvc.perform(get("/instrukser/etat/" + etat).param("dato", "2019-06-01").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ingen instruks for " + agency + " var i kraft 1. juni 2019")));
	}

	@Test
	void comparingTwoVersionsMarksSectionsAndWords() throws Exception {
		String agency = fixtur.newAgency();
		long v1 = fixtur.importAsAdmin("v1.txt", version1(agency)).id();
		long v2 = fixtur.importAsAdmin("v2.txt", version2(agency)).id();

		String page = mvc.perform(get("/instrukser/sammenlign").param("fra", "" + v1).param("til", "" + v2).with(ADMIN))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

		// 1 gains "god" and a paragraph, 2 is unchanged, 3 is new.
		assertThat(page).contains("1 endret, 1 lagt til, 0 fjernet, 1 uendret.");
		assertThat(page).contains("Direktoratet skal fremme <ins><span class=\"skjult\">satt inn: </span>god"
				+ "<span class=\"skjult\"> slutt på satt inn</span></ins> folkehelse.");
		assertThat(page).contains("<ins><span class=\"skjult\">satt inn: </span>Direktoratet sender kvartalsrapportene til "
				+ "departementet.<span class=\"skjult\"> slutt på satt inn</span></ins>");
		assertThat(page).doesNotContain("Versjonene er vist i tidsrekkefølge");
	}

	@Test
	void versionsChosenNewerFirstAreComparedOlderToNewerAndTheReaderIsTold() throws Exception {
		String agency = fixtur.newAgency();
		long v1 = fixtur.importAsAdmin("v1.txt", version1(agency)).id();
		long v2 = fixtur.importAsAdmin("v2.txt", version2(agency)).id();

		String page = mvc.perform(get("/instrukser/sammenlign").param("fra", "" + v2).param("til", "" + v1).with(ADMIN))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

		// the same result as chosen in date order: the new text inserted, not the old one deleted
		assertThat(page).contains("1 endret, 1 lagt til, 0 fjernet, 1 uendret.");
		assertThat(page).contains("Direktoratet skal fremme <ins><span class=\"skjult\">satt inn: </span>god"
				+ "<span class=\"skjult\"> slutt på satt inn</span></ins> folkehelse.");
		assertThat(page).contains("Versjonene er vist i tidsrekkefølge");
		String overskrift = page.substring(page.indexOf("<h2>"), page.indexOf("</h2>"));
		assertThat(overskrift.indexOf("/instrukser/" + v1 + "\""))
			.isLessThan(overskrift.indexOf("/instrukser/" + v2 + "\""));
		// the form says what was compared: the older version as «Eldre versjon»
		assertThat(valgt(page, "fra")).contains("1. februar 2020");
		assertThat(valgt(page, "til")).contains("10. desember 2023");
	}

	@Test
	void theComparisonOffersTwoVersionsOfOneAgencyAndRefusesToCompareAVersionWithItself() throws Exception {
		String agency = fixtur.newAgency();
		long v1 = fixtur.importAsAdmin("v1.txt", version1(agency)).id();
		fixtur.importAsAdmin("v2.txt", version2(agency));

		String page = mvc.perform(get("/instrukser/sammenlign").with(ADMIN)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		String fra = valgt(page, "fra");
		String til = valgt(page, "til");
		assertThat(fra).isNotEqualTo(til);
		// «Agency: title (date)»: the same agency on both sides.
		assertThat(fra.substring(0, fra.indexOf(':'))).isEqualTo(til.substring(0, til.indexOf(':')));

		String samme = mvc.perform(get("/instrukser/sammenlign").param("fra", "" + v1).param("til", "" + v1).with(ADMIN))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(samme).contains("Du valgte samme versjon to ganger.").doesNotContain("instr-endring");
	}

	@Test
	void theAgencyPageReadsANorwegianDateAndNamesTheEarliestInstructionWhenNoneWasInForce() throws Exception {
		String agency = fixtur.newAgency();
		long etat = organisasjon.etatByName(agency).orElseThrow().id();
		long v1 = fixtur.importAsAdmin("v1.txt", version1(agency)).id();
		fixtur.importAsAdmin("v2.txt", version2(agency));

		mvc.perform(get("/instrukser/etat/" + etat).param("dato", "1.6.2021").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1. juni 2021 gjaldt for " + agency)))
			.andExpect(content().string(containsString("href=\"/instrukser/" + v1 + "\">Instruks for " + agency)));
		// A day ahead is told in the future tense, as things stand in the register; today in the present.
		mvc.perform(get("/instrukser/etat/" + etat).param("dato", "1.1.2090").with(ADMIN))
			.andExpect(content().string(containsString("1. januar 2090 vil dette gjelde for " + agency
					+ ", slik registeret er nå:")))
			.andExpect(content().string(not(containsString("gjaldt"))));
		mvc.perform(get("/instrukser/etat/" + etat).with(ADMIN))
			.andExpect(content().string(containsString("I dag, ")))
			.andExpect(content().string(containsString(", gjelder for " + agency + ":")));
		mvc.perform(get("/instrukser/etat/" + etat).param("dato", "31.6.2021").with(ADMIN))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("«31.6.2021» er ikke en gyldig dato. Skriv datoen som 1.6.2025 "
					+ "eller 2025-06-01.")))
			.andExpect(content().string(containsString("href=\"/instrukser/etat/" + etat + "\">Tilbake til etatens "
					+ "instrukser</a>")));

		// A year no instruction can be asked about is refused, not shown as another («1. januar 0001»).
		for (String dato : List.of("0000-01-01", "31.12.1899", "2200-01-01", "+10000-01-01")) {
			mvc.perform(get("/instrukser/etat/" + etat).param("dato", dato).with(ADMIN))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("«" + dato + "» er utenfor årene registeret kan svare for. "
						+ "Velg en dato mellom 1. januar 1900 og 31. desember 2199.")))
				.andExpect(content().string(not(containsString("0001"))));
		}
		mvc.perform(get("/instrukser/etat/" + etat).param("dato", "1.1.1900").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1. januar 1900")));

		// v1, set 1.2.2020, is the earliest
		String page = mvc.perform(get("/instrukser/etat/" + etat).param("dato", "2019-06-01").with(ADMIN))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Ingen instruks for " + agency + " var i kraft 1. juni 2019.")
			.contains("Den eldste instruksen i registeret for " + agency + " gjelder fra 1. februar 2020:")
			.containsPattern("<a href=\"/instrukser/" + v1 + "\">Instruks for " + agency + "</a>,\\s*<span>Fastsatt "
					+ "1. februar 2020</span>");
	}

	@Test
	void anUnknownNumberIsNamedWithALinkBackToTheInstructions() throws Exception {
		String agency = fixtur.newAgency();
		long v1 = fixtur.importAsAdmin("v1.txt", version1(agency)).id();
		long ukjent = v1 + 1_000_000;

		for (String path : List.of("/instrukser/" + ukjent, "/instrukser/" + ukjent + "/original",
				"/instrukser/sammenlign?fra=" + v1 + "&til=" + ukjent)) {
			mvc.perform(get(path).with(ADMIN))
				.andExpect(status().isNotFound())
				.andExpect(content().string(containsString("Fant ingen instruks med nummer " + ukjent + ".")))
				.andExpect(content().string(containsString("<a href=\"/instrukser\">Tilbake til instruksene</a>")))
				// inside the common layout, with its menu
				.andExpect(content().string(containsString("<title>Feil: Fant ikke instruksen – ")));
		}
		// The heading says what was not found, as the text does.
		for (long etat : new long[] { ukjent, -1 }) {
			mvc.perform(get("/instrukser/etat/" + etat).with(ADMIN))
				.andExpect(status().isNotFound())
				.andExpect(content().string(containsString("Fant ingen etat med nummer " + etat + ".")))
				.andExpect(content().string(containsString("<h1>Fant ikke etaten</h1>")))
				.andExpect(content().string(not(containsString("Fant ikke instruksen"))));
		}
		mvc.perform(get("/instrukser/abc").with(ADMIN))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("«abc» er ikke et gyldig nummer.")))
			.andExpect(content().string(containsString("<h1>Ugyldig valg</h1>")))
			.andExpect(content().string(containsString("<a href=\"/instrukser\">Tilbake til instruksene</a>")));
		// A bad parameter: the register's common page, back to the same page without it.
		mvc.perform(get("/instrukser/sammenlign").queryParam("fra", "x").queryParam("til", "" + v1).with(ADMIN))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("«x» er ikke et gyldig nummer.")))
			.andExpect(content().string(containsString("<title>Feil: Ugyldig valg – ")))
			.andExpect(content().string(containsString("<h1>Ugyldig valg</h1>")))
			.andExpect(content().string(containsString("<a href=\"/instrukser/sammenlign?til=" + v1
					+ "\">Tilbake til siden uten det ugyldige valget</a>")));
		// A choice is named as the page labels it, not by the parameter's name in the address.
		mvc.perform(get("/instrukser/import/abc").with(ADMIN))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("«abc» er ikke nummeret på en import. Last opp filen på nytt.")))
			.andExpect(content().string(not(containsString("«id»"))));
		mvc.perform(get("/instrukser/sok").queryParam("q", "tilsyn").queryParam("erstattede", "abc").with(ADMIN))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("«abc» er ikke et gyldig valg for «Ta med erstattede versjoner».")))
			.andExpect(content().string(containsString("<a href=\"/instrukser/sok?q=tilsyn\">")))
			.andExpect(content().string(not(containsString("«erstattede»"))));
	}

	@Test
	void onlyVersionsOfOneAgencysInstructionAreOfferedAndTwoAgenciesAreNotCompared() throws Exception {
		String a = fixtur.newAgency();
		String b = fixtur.newAgency();
		long a1 = fixtur.importAsAdmin("v1.txt", version1(a)).id();
		long a2 = fixtur.importAsAdmin("v2.txt", version2(a)).id();
		long b1 = fixtur.importAsAdmin("v1.txt", version1(b)).id();

		String page = mvc.perform(get("/instrukser/sammenlign").param("fra", "" + a1).param("til", "" + a2).with(ADMIN))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("1 endret, 1 lagt til").contains(">" + a + ": Instruks for " + a + " (")
			.doesNotContain(">" + b + ": ");

		mvc.perform(get("/instrukser/sammenlign").param("fra", "" + a1).param("til", "" + b1).with(ADMIN))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Du kan bare sammenligne versjoner av samme etats instruks. "
					+ "«Instruks for " + a + "» er instruksen for " + a + ", «Instruks for " + b + "» for " + b + ".")))
			.andExpect(content().string(containsString("Tilbake til sammenligningen</a>")))
			.andExpect(content().string(not(containsString("instr-endring"))));
		// an agency with one version has nothing to offer
		mvc.perform(get("/instrukser/sammenlign").param("etat", "" + organisasjon.etatByName(b).orElseThrow().id())
			.with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Registeret har bare én versjon av instruksen for " + b + ".")))
			.andExpect(content().string(not(containsString("<select id=\"fra\""))));
	}

	/** The text of the selected option of the select with that id. */
	private static String valgt(String page, String id) {
		int start = page.indexOf("<select id=\"" + id + "\"");
		String select = page.substring(start, page.indexOf("</select>", start));
		int option = select.indexOf("selected=\"selected\">");
		assertThat(option).as(id).isNotNegative();
		return select.substring(option + "selected=\"selected\">".length(), select.indexOf("</option>", option));
	}

	@Test
	void fullTextSearchFindsInflectedFormsAndLinksToTheSection() throws Exception {
		String agency = fixtur.newAgency();
		long v2 = fixtur.importAsAdmin("v2.txt", version2(agency)).id();

		// "kvartalsrapport" finds "kvartalsrapportene" through the norwegian stemmer.
		mvc.perform(get("/instrukser/sok").param("q", "kvartalsrapport").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/instrukser/" + v2 + "#punkt-3\"")))
			.andExpect(content().string(containsString("<mark>kvartalsrapportene</mark>")));
		mvc.perform(get("/instrukser/sok").param("q", "<script>finnesikke</script>").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<script>finnesikke"))));
	}

	@Test
	void theReadingViewHasATableOfContentsWithAnchors() throws Exception {
		long id = fixtur.importAsAdmin("hovedinstruks.txt", seed(HTIL)).id();

		mvc.perform(get("/instrukser/" + id).with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<a href=\"#punkt-3-1\">3.1 Tilsynsmyndighetene</a>")))
			.andExpect(content().string(containsString("id=\"punkt-3-1\"")))
			.andExpect(content().string(containsString("<li>rettssikkerhet, pasientsikkerhet og befolkningens behov "
					+ "for tjenester ivaretas</li>")));
	}

	@Test
	void theBrowserImportShowsWhatItUnderstoodAndWritesOnlyOnConfirm() throws Exception {
		String agency = fixtur.newAgency();
		long etat = organisasjon.etatByName(agency).orElseThrow().id();

		String draft = fixtur.upload("v1.txt", version1(agency));
		String preview = mvc.perform(get(draft).with(ADMIN))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(preview).contains("value=\"Instruks for " + agency + "\"").contains("value=\"2020-02-01\"")
			.contains("Direktoratet skal gi råd til kommunene.");
		mvc.perform(post(draft + "/avbryt").with(ADMIN).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(instrukser.versjoner(etat)).isEmpty();
		// the cancelled draft is gone
		mvc.perform(get(draft).with(ADMIN)).andExpect(redirectedUrl("/instrukser/import"));

		String second = fixtur.upload("v1.txt", version1(agency));
		// a change date before the issue date is refused, and nothing is written
		mvc.perform(post(second + "/bekreft").with(ADMIN).with(csrf()).param("etatId", "" + etat)
			.param("tittel", "Instruks for " + agency).param("fastsatt", "2020-02-01").param("endret", "2010-01-01"))
			.andExpect(redirectedUrl(second))
			.andExpect(flash().attribute("feilListe", List.of("Instruksen kan ikke være endret før den ble fastsatt. "
					+ "Rett datoene.")));
		assertThat(instrukser.versjoner(etat)).isEmpty();
		// the admin adds the in-force date the text does not state
		mvc.perform(post(second + "/bekreft").with(ADMIN).with(csrf()).param("etatId", "" + etat)
			.param("tittel", "Instruks for " + agency).param("fastsatt", "2020-02-01").param("gjelderFra", "2020-03-01"))
			.andExpect(status().is3xxRedirection());

		assertThat(instrukser.versjoner(etat)).singleElement().satisfies(version -> {
			assertThat(version.fastsatt()).isEqualTo(LocalDate.of(2020, 2, 1));
			assertThat(version.gjelderFra()).isEqualTo(LocalDate.of(2020, 3, 1));
		});
		// The confirmed draft is not offered for review again: the page says who confirmed it and leads to the version.
		mvc.perform(get(second).with(ADMIN))
			.andExpect(redirectedUrl("/instrukser/" + instrukser.versjoner(etat).get(0).id()))
			.andExpect(flash().attribute("feil", org.hamcrest.Matchers.startsWith("Utkastet er allerede bekreftet (av ")));
	}

	@Test
	void confirmingRequiresTheSetDateAndRefusesAnInForceDateBeforeIt() throws Exception {
		String agency = fixtur.newAgency();
		long etat = organisasjon.etatByName(agency).orElseThrow().id();
		String draft = fixtur.upload("v1.txt", version1(agency));
		assertThat(mvc.perform(get(draft).with(ADMIN)).andReturn().getResponse().getContentAsString(
				StandardCharsets.UTF_8)).contains("name=\"fastsatt\" type=\"date\" value=\"2020-02-01\" required");

		// the set date cleared: no undated version
		mvc.perform(post(draft + "/bekreft").with(ADMIN).with(csrf()).param("etatId", "" + etat)
			.param("tittel", "Instruks for " + agency).param("fastsatt", ""))
			.andExpect(redirectedUrl(draft))
			.andExpect(flash().attribute("feilListe", List.of("Oppgi når instruksen ble fastsatt (Fastsatt).")));
		// in force eight years before it was set
		mvc.perform(post(draft + "/bekreft").with(ADMIN).with(csrf()).param("etatId", "" + etat)
			.param("tittel", "Instruks for " + agency).param("fastsatt", "2018-01-10").param("gjelderFra", "2010-01-01"))
			.andExpect(redirectedUrl(draft))
			.andExpect(flash().attribute("feilListe", List.of("Instruksen kan ikke gjelde fra 1. januar 2010, før den "
					+ "ble fastsatt 10. januar 2018. Rett datoene.")));
		assertThat(instrukser.versjoner(etat)).isEmpty();

		// Every problem at once, and what was typed comes back in the form.
		var svar = mvc.perform(post(draft + "/bekreft").with(ADMIN).with(csrf()).param("tittel", " ")
			.param("fastsatt", "2018-01-10").param("endret", "2017-01-01").param("gjelderFra", "2010-01-01")
			.param("erstatter", "Min egen merknad"))
			.andExpect(redirectedUrl(draft))
			.andExpect(flash().attribute("feil", "Instruksen ble ikke importert. Rett dette og bekreft igjen:"))
			.andExpect(flash().attribute("feilListe", List.of("Instruksen må ha en tittel.",
					"Velg en etat som finnes i registeret.",
					"Instruksen kan ikke være endret før den ble fastsatt. Rett datoene.",
					"Instruksen kan ikke gjelde fra 1. januar 2010, før den ble fastsatt 10. januar 2018. Rett datoene.")))
			.andReturn();
		// The session's cookie, as a browser follows the redirect: the flash is kept in the session.
		String skjema = mvc.perform(get(draft).with(ADMIN).cookie(svar.getResponse().getCookies())).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(skjema).contains("name=\"erstatter\" type=\"text\" value=\"Min egen merknad\"",
				"name=\"endret\" type=\"date\" value=\"2017-01-01\"");
		assertThat(instrukser.versjoner(etat)).isEmpty();

		// in force the day it was set is fine
		mvc.perform(post(draft + "/bekreft").with(ADMIN).with(csrf()).param("etatId", "" + etat)
			.param("tittel", "Instruks for " + agency).param("fastsatt", "2018-01-10").param("gjelderFra", "2018-01-10"))
			.andExpect(status().is3xxRedirection());
		assertThat(instrukser.versjoner(etat)).singleElement()
			.satisfies(version -> assertThat(version.gjelderFra()).isEqualTo(LocalDate.of(2018, 1, 10)));
	}

	@Test
	void theReviewWarnsOfAnInForceDateBeforeTheAmendmentAndNamesTheLatestAmendment() throws Exception {
		String agency = fixtur.newAgency();
		byte[] tekst = ("Instruks for " + agency + "\n\nFastsatt av Helse- og omsorgsdepartementet 10. januar 2018, "
				+ "justert 20. mai 2019 og 12. januar 2026\n\n1 Formål\n\nDirektoratet skal fremme folkehelse. "
				+ "Denne instruks gjelder fra 1.12.2025.\n").getBytes(StandardCharsets.UTF_8);
		String draft = mvc.perform(multipart("/instrukser/import").file(new MockMultipartFile("fil", "justert.txt",
				"text/plain", tekst)).with(ADMIN).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

		String side = mvc.perform(get(draft).with(ADMIN)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(side).contains("name=\"endret\" type=\"date\" value=\"2026-01-12\"",
				"name=\"gjelderFra\" type=\"date\" value=\"2025-12-01\"",
				"«Gjelder fra» er 1. desember 2025, før instruksen ble endret 12. januar 2026. En versjon kan ikke "
						+ "gjelde før den ble vedtatt");
		// The preview API says it too.
		JsonNode svar = preview(new MockMultipartFile("file", "justert.txt", "text/plain", tekst));
		assertThat(svar.get("amended").asString()).isEqualTo("2026-01-12");
		assertThat(svar.get("warnings").toString()).contains("før instruksen ble endret 12. januar 2026");

		// Without an in-force date, or with the amendment's, nothing to warn of.
		assertThat(mvc.perform(get(fixtur.upload("v1.txt", version1(agency))).with(ADMIN)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("før instruksen ble endret");
	}

	@Test
	void theImportApiRefusesAnInstructionThatDoesNotSayWhenItWasSet() throws Exception {
		String agency = fixtur.newAgency();
		byte[] udatert = ("Instruks for " + agency + "\n\nFastsatt av Helse- og omsorgsdepartementet\n\n"
				+ "1 Formål\n\nDirektoratet skal fremme folkehelse.\n").getBytes(StandardCharsets.UTF_8);

		mvc.perform(multipart("/api/instrukser").file(new MockMultipartFile("file", "udatert.txt", "text/plain", udatert))
			.with(ADMIN).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("\"error\":\"Oppgi når instruksen ble fastsatt")));
		assertThat(instrukser.versjoner(organisasjon.etatByName(agency).orElseThrow().id())).isEmpty();
	}

	@Test
	void theImportFormOffersTheFileTypesItReadsAndAnEmptyFileIsRefusedByName() throws Exception {
		mvc.perform(get("/instrukser/import").with(ADMIN))
			.andExpect(content().string(containsString("accept=\".pdf,.docx,.txt,")))
			.andExpect(content().string(containsString("PDF, Word (.docx) eller tekstfil (UTF-8), inntil 20 MB.")))
			.andExpect(content().string(not(containsString(">Tekstfil (UTF-8).<"))));

		mvc.perform(multipart("/instrukser/import").file(new MockMultipartFile("fil", "tom.txt", "text/plain",
				new byte[0])).with(ADMIN).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Filen «tom.txt» er tom. Velg filen med instruksen.")))
			.andExpect(content().string(containsString("name=\"fil\" type=\"file\"")));
		mvc.perform(multipart("/api/instrukser").file(new MockMultipartFile("file", "tom.txt", "text/plain",
				new byte[0])).with(ADMIN).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("\"error\":\"Filen «tom.txt» er tom. Velg filen med "
					+ "instruksen.\"")));
	}

	@Test
	void theTitleAndWhatItReplacesStayOnOneLine() throws Exception {
		String agency = fixtur.newAgency();
		long etat = organisasjon.etatByName(agency).orElseThrow().id();
		String draft = fixtur.upload("v1.txt", version1(agency));

		mvc.perform(post(draft + "/bekreft").with(ADMIN).with(csrf()).param("etatId", "" + etat)
			.param("tittel", "Instruks for\r\n" + agency).param("fastsatt", "2020-02-01")
			.param("erstatter", "Instruks\nfra 2010"))
			.andExpect(redirectedUrl(draft))
			.andExpect(flash().attribute("feilListe", List.of(
					"Tittelen må stå på én linje, uten linjeskift eller andre kontrolltegn.",
					"«Erstatter» må stå på én linje, uten linjeskift eller andre kontrolltegn.")))
			// What was typed comes back in the form.
			.andExpect(flash().attribute("sendt", org.hamcrest.Matchers.hasToString(
					containsString("tittel=Instruks for\r\n" + agency))));
		assertThat(instrukser.versjoner(etat)).isEmpty();

		mvc.perform(post(draft + "/bekreft").with(ADMIN).with(csrf()).param("etatId", "" + etat)
			.param("tittel", "Instruks for " + agency).param("fastsatt", "2020-02-01"))
			.andExpect(status().is3xxRedirection());
		assertThat(instrukser.versjoner(etat)).extracting(v -> v.tittel()).containsExactly("Instruks for " + agency);
	}

	/**
	 * 10 000 characters in «Tittel» or «Erstatter» were taken and broke the instructions' table: refused as the letter
	 * review refuses a title, told beside the field with what was typed kept, and the form limits them too.
	 */
	@Test
	void theTitleAndWhatItReplacesAreAtMost500Characters() throws Exception {
		String agency = fixtur.newAgency();
		long etat = organisasjon.etatByName(agency).orElseThrow().id();
		String draft = fixtur.upload("v1.txt", version1(agency));
		String tittel = "Instruks " + "t".repeat(9_991);
		String erstatter = "e".repeat(501);

		org.springframework.test.web.servlet.MvcResult svar = mvc.perform(post(draft + "/bekreft").with(ADMIN)
			.with(csrf()).param("etatId", "" + etat).param("tittel", tittel).param("fastsatt", "2020-02-01")
			.param("erstatter", erstatter))
			.andExpect(redirectedUrl(draft))
			.andExpect(flash().attribute("feilListe", List.of("Tittelen kan være høyst 500 tegn, men har 10 000.",
					"«Erstatter» kan være høyst 500 tegn, men har 501.")))
			.andReturn();
		assertThat(instrukser.versjoner(etat)).isEmpty();

		// The refusal's flash is kept in the session, which the cookie names.
		String side = mvc.perform(get(draft).with(ADMIN).cookie(svar.getResponse().getCookies()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(side).contains("<p class=\"feltfeil\" id=\"tittel-feil\">Tittelen kan være høyst 500 tegn, men "
				+ "har 10 000.</p>", "<p class=\"feltfeil\" id=\"erstatter-feil\">«Erstatter» kan være høyst 500 "
				+ "tegn, men har 501.</p>", "value=\"" + tittel + "\"", "value=\"" + erstatter + "\"");
		assertThat(side).containsPattern("<input id=\"tittel\"[^>]*maxlength=\"500\"[^>]*aria-invalid=\"true\""
				+ "[^>]*aria-describedby=\"tittel-feil\"");
		assertThat(side).containsPattern("<input id=\"erstatter\"[^>]*maxlength=\"500\"");

		// 500 characters, counted as kept (trimmed), are taken.
		String lang = "Instruks " + "t".repeat(491);
		mvc.perform(post(draft + "/bekreft").with(ADMIN).with(csrf()).param("etatId", "" + etat)
			.param("tittel", " " + lang + " ").param("fastsatt", "2020-02-01").param("erstatter", "e".repeat(500)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeCount(1));
		assertThat(instrukser.versjoner(etat)).extracting(v -> v.tittel()).containsExactly(lang);
	}

	@Test
	void theImportApiForOtherModulesRefusesAUserWhoIsNoAdmin() throws Exception {
		String agency = fixtur.newAgency();
		String name = "sb-import-" + UUID.randomUUID().toString().substring(0, 8);
		brukere.create(new NyBruker(name, "Sara", "passord-passord", Rolle.HOD_SAKSBEHANDLER, null, false, null));

		signedIn(name, "ROLE_HOD_SAKSBEHANDLER");
		assertThatThrownBy(() -> importer.importer("v1.txt", version1(agency))).isInstanceOf(AccessDeniedException.class);
		// a job that is no registered user (the demo data) needs the admin role too
		signedIn("jobb", "ROLE_HOD_SAKSBEHANDLER");
		assertThatThrownBy(() -> importer.importer("v1.txt", version1(agency))).isInstanceOf(AccessDeniedException.class);
		SecurityContextHolder.clearContext();
		assertThatThrownBy(() -> importer.importer("v1.txt", version1(agency))).isInstanceOf(AccessDeniedException.class);
		signedIn("jobb", "ROLE_ADMIN");
		assertThat(importer.importer("v1.txt", version1(agency)).status()).isEqualTo(InstruksImport.Status.NY);
	}

	private static void signedIn(String name, String role) {
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(name, null, role));
	}

	private JsonNode preview(MockMultipartFile file) throws Exception {
		return json.readTree(mvc.perform(multipart("/api/instrukser/preview").file(file).with(ADMIN).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private static List<String> numbers(JsonNode preview) {
		List<String> numbers = new java.util.ArrayList<>();
		preview.get("sections").forEach(section -> numbers.add(section.get("number").asString() + " "
				+ section.get("title").asString()));
		return numbers;
	}

	private static MockMultipartFile file(String resource) throws IOException {
		return file("file", resource);
	}

	private static MockMultipartFile file(String field, String resource) throws IOException {
		return new MockMultipartFile(field, resource.substring(resource.lastIndexOf('/') + 1), "text/plain",
				seed(resource));
	}

}
