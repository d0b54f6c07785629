package no.hod.styringsregister.tildelingsbrev;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.oppdrag.OppdragQueries;
import no.hod.styringsregister.testsupport.IntegrationTest;

import static no.hod.styringsregister.tildelingsbrev.Brevsteg.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The review of a new year's letter against last year's register: which of last year's assignments each one
 * continues (or, for one finished, repeats), and last year's open ones it leaves out, as the admin may see them. The real 2025 letter as 2055's and
 * 2056's, years no other test uses.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LetterPreviousYearTests {

	/** An admin cleared for exempt content; {@link Brevsteg#ADMIN} is not. */
	private static final RequestPostProcessor KLARERT = user("forrige-aar-admin").roles("ADMIN");

	private static final String BREV_2055 = Brevsteg.brev2025Som(2055);

	private static final String BREV_2056 = Brevsteg.brev2025Som(2056);

	private static final Pattern IKKE_NEVNT = Pattern.compile(
			"<h2 id=\"ikke-nevnt\">Åpne oppdrag fra 2055 som brevet ikke nevner</h2>(.*?)</ul>", Pattern.DOTALL);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BrukerService brukere;

	@BeforeAll
	void forrigeAar() throws Exception {
		brukere.create(new NyBruker("forrige-aar-admin", "Forrige Admin", "passord-passord-1", Rolle.ADMIN, null, true,
				null));
		String utkast = Brevsteg.lastOpp(mvc, BREV_2055, ADMIN);
		// The first letter of the agency's register: nothing to compare with, and no empty section.
		assertThat(Brevsteg.side(mvc, utkast, ADMIN)).doesNotContain("Viderefører", "ikke-nevnt", "videreføres i brevet");
		mvc.perform(post(utkast + "/bekreft").with(ADMIN).with(csrf()));
		// TB2055-5 and -9 are under way, TB2055-7 is finished; TB2055-60 (exempt in whole) is not started.
		assertThat(jdbc.sql("UPDATE oppdrag SET status = 'PAAGAAR' WHERE offisiell_id IN ('TB2055-5', 'TB2055-9')")
			.update()).isEqualTo(2);
		assertThat(jdbc.sql("UPDATE oppdrag SET status = 'FULLFORT' WHERE offisiell_id = 'TB2055-7'").update())
			.isEqualTo(1);
	}

	@Test
	void theReviewNamesWhatEachAssignmentContinuesAndLastYearsOpenOnesItLeavesOut() throws Exception {
		// 2056 leaves out TB2055-5, -7 and -60; its TB2056-9 has a new title and cites TB2055-9 instead.
		String brev = uten(uten(uten(BREV_2056, "TB2056-5 Avd. HOD", "TB2056-6 Avd. HOD"), "TB2056-7 Avd. HOD",
				"TB2056-8 Avd. HOD"), "TB2056-60 Avd. HOD", "TB2056-61 Avd.HOD")
			.replace("FHA Mindreåriges tilgang på alkohol", "FHA Kartlegging av mindreåriges tilgang på alkohol")
			.replace("avtales nærmere med direktoratet og instituttet.",
					"avtales nærmere med direktoratet og instituttet, jf. TB2055-9.");
		String utkast = Brevsteg.lastOpp(mvc, brev, ADMIN);
		String side = Brevsteg.side(mvc, utkast, ADMIN);

		// Continued by citation, and by the same title, each linked by its register key.
		assertThat(side).contains("Viderefører <a href=\"/oppdrag/" + nokkel("TB2055-9")
				+ "\">TB2055-9</a> (<span>Pågår</span>)")
			.contains("Viderefører <a href=\"/oppdrag/" + nokkel("TB2055-1")
					+ "\">TB2055-1</a> (<span>Ikke startet</span>)")
			.doesNotContain(">TB2055-5</a> (<span>")
			.doesNotContain("Alle åpne oppdrag fra 2055 videreføres i brevet.");
		// In the row of the one citing it.
		assertThat(side.substring(side.indexOf("value=\"TB2056-9\""), side.indexOf("value=\"TB2056-10\"")))
			.contains(">TB2055-9</a>");

		String ikkeNevnt = ikkeNevnt(side);
		assertThat(side).contains("Ved «Årsskifte» blir de videreført til 2056 med status Videreført. Har departementet "
				+ "avsluttet noen av dem, krysser du dem av der, så avsluttes de i stedet.");
		assertThat(ikkeNevnt)
			.containsPattern("<a href=\"/oppdrag/" + nokkel("TB2055-5") + "\">TB2055-5</a>\\s*<span>Plan for "
					+ "gjennomføring av tiltak[^<]*</span> \\(<span>Pågår</span>\\)")
			// Wholly exempt: its placeholder for the uncleared admin, and nothing of its title.
			.containsPattern(">TB2055-60</a>\\s*<span>" + Pattern.quote(OppdragQueries.UNNTATT)
					+ "</span> \\(<span>Ikke startet</span>\\)")
			// Finished, or continued: not left out.
			.doesNotContain(">TB2055-7<", ">TB2055-9<", ">TB2055-1<");
		assertThat(side).doesNotContain("Rekrutteringsprogram");

		// A cleared admin sees the exempt title.
		assertThat(ikkeNevnt(Brevsteg.side(mvc, utkast, KLARERT)))
			.containsPattern(">TB2055-60</a>\\s*<span>[^<]*Rekrutteringsprogram");
	}

	@Test
	void aLetterContinuingAllOfLastYearsOpenWorkSaysSoInOneLine() throws Exception {
		String utkast = Brevsteg.lastOpp(mvc, BREV_2056, ADMIN);
		String klarert = Brevsteg.side(mvc, utkast, KLARERT);
		assertThat(klarert).contains("<p id=\"ikke-nevnt\">Alle åpne oppdrag fra 2055 videreføres i brevet.</p>")
			.doesNotContain("som brevet ikke nevner");
		// TB2055-7 was finished: its row repeats it rather than carrying it on, and says so.
		assertThat(klarert).contains("Gjentar <a href=\"/oppdrag/" + nokkel("TB2055-7")
				+ "\">TB2055-7</a> (<span>Fullført</span> i 2055)")
			.doesNotContain("Viderefører <a href=\"/oppdrag/" + nokkel("TB2055-7") + "\"")
			.contains("Viderefører <a href=\"/oppdrag/" + nokkel("TB2055-9") + "\">TB2055-9</a> (<span>Pågår</span>)");
		// The uncleared admin is not told that the exempt TB2056-60 continues TB2055-60 by its title, which only
		// the cleared may compare: for that admin it is left out.
		String uklarert = Brevsteg.side(mvc, utkast, ADMIN);
		assertThat(ikkeNevnt(uklarert)).contains(">TB2055-60</a>").doesNotContain(">TB2055-5</a>");
		assertThat(uklarert).doesNotContain("Viderefører <a href=\"/oppdrag/" + nokkel("TB2055-60") + "\"");
	}

	private String nokkel(String offisiellId) {
		return jdbc.sql("SELECT nokkel FROM oppdrag WHERE offisiell_id = ?").param(offisiellId).query(String.class)
			.single();
	}

	/** The list of last year's open assignments the letter leaves out, which must be there. */
	private static String ikkeNevnt(String side) {
		Matcher m = IKKE_NEVNT.matcher(side);
		assertThat(m.find()).as("the section of open assignments left out").isTrue();
		return m.group(1);
	}

	/** The letter without the text from one marker to the next. */
	private static String uten(String brev, String fra, String til) {
		int start = brev.indexOf(fra);
		int slutt = brev.indexOf(til);
		assertThat(start).as(fra).isPositive();
		assertThat(slutt).as(til).isGreaterThan(start);
		return brev.substring(0, start) + brev.substring(slutt);
	}
}
