package no.hod.styringsregister.tildelingsbrev;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.testsupport.TestDocuments;

import static no.hod.styringsregister.tildelingsbrev.Brevsteg.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What the review page tells the admin of a letter read in part wrong, and of one read again from another format:
 * budget lines to check against the letter, deadlines typed in, the letter's year in the help, and paragraphs that
 * broke elsewhere not passed off as changes. Each test has years of its own.
 */
@IntegrationTest
@AutoConfigureMockMvc
class LetterReviewWarningsTests {

	private static final String SEED = TestDocuments.seed("tildelingsbrev-helsedirektoratet-2025.txt");

	@Autowired
	MockMvc mvc;

	@Test
	void aBudgetLineReadIntoItsNameOrFarFromLastYearIsNamedUntilItIsCorrected() throws Exception {
		mvc.perform(post(Brevsteg.lastOpp(mvc, SEED.replace("2025", "2051"), ADMIN) + "/bekreft").with(ADMIN)
			.with(csrf()));
		// 701.60 as a reading that joined «kommunal helse-» with the amount's first digits leaves it: 211 for 71 211.
		String feillest = SEED.replace("2025", "2052").replace("kommunal helse- \n\n71 211 Søknadsbasert",
				"kommunal helse-71 \n\n211 Søknadsbasert");
		assertThat(feillest).contains("kommunal helse-71");
		String utkast = Brevsteg.lastOpp(mvc, feillest, ADMIN);
		String side = tekst(Brevsteg.side(mvc, utkast, ADMIN));

		assertThat(side).contains("Budsjettlinje 701.60 «Tilskudd til helseteknologi i kommunal helse-71»: navnet "
				+ "slutter på sifrene «71», og beløpet 211 kan være resten av 71 211. Sjekk navn og beløp mot brevet.",
				"Budsjettlinje 701.60 «Tilskudd til helseteknologi i kommunal helse-71»: beløpet 211 er en tidel eller "
						+ "mindre av beløpet for 2051 i registeret (71 211). Sjekk beløpet mot brevet.");
		// The other lines are as last year's: nothing to check.
		assertThat(side.split("Budsjettlinje \\d+\\.\\d+ «", -1)).hasSize(3);

		// The JSON preview warns of them too.
		String json = mvc.perform(multipart("/api/tildelingsbrev/preview").file(new MockMultipartFile("file",
				"tb2052.txt", "text/plain", feillest.getBytes(StandardCharsets.UTF_8))).with(ADMIN).with(csrf()))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(json).contains("beløpet 211 er en tidel eller mindre av beløpet for 2051 i registeret (71 211)");

		// Corrected in the table, the line is no longer named.
		String rad = rad(side, 701, 60);
		String rettet = tekst(retting(utkast, Map.of("budsjett[" + rad + "].navn",
				"Tilskudd til helseteknologi i kommunal helse- og omsorgstjeneste", "budsjett[" + rad + "].belop",
				"71211")));
		assertThat(rettet).contains("Rettingene er lagret i utkastet").doesNotContain("Budsjettlinje 701.60");
		mvc.perform(post(utkast + "/avbryt").with(ADMIN).with(csrf()));
	}

	@Test
	void aDeadlineTypedForAnAssignmentWithoutOneIsSaidToBeTypedAndTheHelpHasTheLettersYear() throws Exception {
		String utkast = Brevsteg.lastOpp(mvc, SEED.replace("2025", "2054"), ADMIN);
		String side = tekst(Brevsteg.side(mvc, utkast, ADMIN));
		assertThat(side).contains("Fant ingen frist for oppdrag TB2054-37.", "Frister skrives som 31.12.2054 eller 31. "
				+ "desember 2054, flere skilles med komma.", "Ingenting er lagt inn i registeret ennå: rett det som er feil, og bekreft. "
						+ "Rettinger du lagrer, blir tatt vare på i utkastet til du bekrefter eller avbryter.")
			.doesNotContain("31.12.2025 eller");
		assertThat(side).contains("name=\"oppdrag[36].id\" value=\"TB2054-37\"");

		String rettet = tekst(retting(utkast, Map.of("oppdrag[36].frister", "1.11.2054")));
		assertThat(rettet).contains("Rettingene er lagret i utkastet, men ikke lagt inn i registeret.",
				"Fant ingen frist for oppdrag TB2054-37 i brevet; fristen er skrevet inn i gjennomgangen.")
			.doesNotContain("Fant ingen frist for oppdrag TB2054-37.")
			// another assignment's warning stays
			.contains("Fant ingen frist for oppdrag TB2054-41.");

		// Emptied again: the letter has none, and the warning says so again.
		String tomt = tekst(retting(utkast, Map.of("oppdrag[36].frister", "")));
		assertThat(tomt).contains("Fant ingen frist for oppdrag TB2054-37.")
			.doesNotContain("TB2054-37 i brevet; fristen er skrevet inn");
		mvc.perform(post(utkast + "/avbryt").with(ADMIN).with(csrf()));
	}

	@Test
	void theSameLetterAsAPdfWithoutGapsChangesNothingAndSaysWhichTextsBrokeIntoOtherParagraphs() throws Exception {
		// Helvetica in WinAnsiEncoding lacks the minus sign, a box line and a combining cedilla: the text file has '?'
		// for them too, so that only the layout differs.
		String brev = SEED.replace("2025", "2053").replaceAll("[\u2212\u2500\u0327]", "?");
		mvc.perform(post(Brevsteg.lastOpp(mvc, brev, ADMIN) + "/bekreft").with(ADMIN).with(csrf()));
		// Laid out without gaps between paragraphs: the PDF cannot tell where they break.
		byte[] pdf = TestDocuments.pdf(brev.lines().filter(l -> !l.isBlank()).collect(Collectors.joining("\n")));
		String utkast = mvc.perform(multipart("/tildelingsbrev/import").file(new MockMultipartFile("fil",
				"tildelingsbrev-2053.pdf", "application/pdf", pdf)).with(ADMIN).with(csrf())).andReturn().getResponse()
			.getRedirectedUrl();
		String side = tekst(Brevsteg.side(mvc, utkast, ADMIN));

		assertThat(side).doesNotContain("det som er unntatt offentlighet, er endret").doesNotContain("Endringer i oppdrag")
			.doesNotContain("oppdragstekst");
		Matcher avsnitt = Pattern.compile("(\\d+) oppdrag har samme tekst som i registeret, bare delt i avsnitt på en "
				+ "annen måte: ([^.]+)\\. Det regnes ikke som en endring, og teksten i registeret beholder avsnittene "
				+ "sine.").matcher(side);
		assertThat(avsnitt.find()).as(side).isTrue();
		assertThat(avsnitt.group(2).split(", ")).contains("TB2053-3").hasSize(Integer.parseInt(avsnitt.group(1)));
		// Every count of the summary's assignment row but the unchanged one is nought.
		assertThat(side).containsPattern("<th scope=\"row\">Oppdrag</th>\\s*<td class=\"tall\">72</td>\\s*"
				+ "<td class=\"tall\">0</td><td class=\"tall\">0</td>\\s*<td class=\"tall\">0</td><td class=\"tall\">72</td>");
		mvc.perform(post(utkast + "/avbryt").with(ADMIN).with(csrf()));
	}

	/** The row of the budget table with the chapter and post. */
	private static String rad(String side, int kapittel, int post) {
		Matcher m = Pattern.compile("name=\"budsjett\\[(\\d+)]\\.kapittel\" value=\"" + kapittel + "\"[\\s\\S]*?"
				+ "name=\"budsjett\\[\\1]\\.post\" value=\"" + post + "\"").matcher(side);
		assertThat(m.find()).as(kapittel + "." + post).isTrue();
		return m.group(1);
	}

	/** The page's text with its HTML character references read, so that messages can be compared as written. */
	private static String tekst(String side) {
		return HtmlUtils.htmlUnescape(side);
	}

	/** Sends the review form as the page has it with the values typed; the page the answer leads to. */
	private String retting(String utkast, Map<String, String> skrevet) throws Exception {
		String side = Brevsteg.side(mvc, utkast, ADMIN);
		MvcResult svar = mvc.perform(Rettingsskjema.fyltUt(post(utkast + "/rett").with(ADMIN).with(csrf()), side,
				new LinkedHashMap<>(skrevet))).andReturn();
		assertThat(svar.getResponse().getRedirectedUrl()).isEqualTo(utkast);
		return mvc.perform(get(utkast).with(ADMIN).cookie(svar.getResponse().getCookies())).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}
}
