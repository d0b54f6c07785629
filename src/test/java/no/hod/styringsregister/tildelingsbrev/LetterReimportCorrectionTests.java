package no.hod.styringsregister.tildelingsbrev;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.web.Formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A parser mistake the admin corrected in the review is proposed corrected at the letter's next import, rather than
 * read wrong again and written over the corrected records; where the letter itself changed, its new value stands.
 */
@IntegrationTest
@AutoConfigureMockMvc
class LetterReimportCorrectionTests {

	private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

	private static final String TITTEL = "Sykdomsbyrde og forebyggingspotensial";

	private static final String RETTET_TITTEL = "Sykdomsbyrde og forebyggingspotensial for kreft";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theCorrectionsAreProposedAgainAndARevisedLetterKeepsThem() throws Exception {
		String brev = Brevsteg.brev2025Som(2057);
		Linje linje = bekreftMedRettinger(brev, 2057);

		String sammeFil = Brevsteg.lastOpp(mvc, brev, ADMIN);
		String igjen = Brevsteg.side(mvc, sammeFil, ADMIN);
		assertThat(igjen).contains("name=\"oppdrag[0].tittel\" value=\"" + RETTET_TITTEL + "\"",
				"name=\"oppdrag[1].frister\" value=\"01.06.2057\"",
				"Rettet ved forrige import (tolket som «" + TITTEL + "»)",
				"Rettet ved forrige import (tolket som «14. mars 2057»)",
				"Rettet ved forrige import (ikke funnet i brevet)",
				"name=\"budsjett[1].belop\" value=\"" + (linje.tolket() + 1000) + "\"",
				"Rettet ved forrige import (tolket som «" + new Formats().belop(linje.tolket()) + "»)",
				// The deadline the parser did not find is not warned of as missing.
				"Fant ingen frist for oppdrag TB2057-37 i brevet; fristen er skrevet inn i gjennomgangen.")
			.doesNotContain("Fant ingen frist for oppdrag TB2057-37.");
		// Only the corrected fields are marked.
		assertThat(igjen.split("Rettet ved forrige import", -1)).hasSize(5);
		mvc.perform(post(sammeFil + "/avbryt").with(ADMIN).with(csrf()));

		// A revised version, changed elsewhere, confirmed as proposed: the records keep the corrections.
		String revidert = brev.replace("vaksinasjon mot covid-19, sesonginfluensa",
				"vaksinasjon mot covid-19, RS-virus, sesonginfluensa");
		String utkast = Brevsteg.lastOpp(mvc, revidert, ADMIN);
		bekreft(utkast, Map.of());
		assertThat(tittel("TB2057-1")).isEqualTo(RETTET_TITTEL);
		assertThat(frister("TB2057-2")).containsExactly(LocalDate.of(2057, 6, 1));
		assertThat(belop(linje)).contains(linje.tolket() + 1000);
		// The corrections still stand for the import after.
		String etter = Brevsteg.lastOpp(mvc, revidert, ADMIN);
		assertThat(Brevsteg.side(mvc, etter, ADMIN)).contains(
				"name=\"oppdrag[0].tittel\" value=\"" + RETTET_TITTEL + "\"",
				"name=\"oppdrag[1].frister\" value=\"01.06.2057\"");
		mvc.perform(post(etter + "/avbryt").with(ADMIN).with(csrf()));
	}

	@Test
	void whereTheLetterItselfChangedItsNewValueStands() throws Exception {
		String brev = Brevsteg.brev2025Som(2059);
		bekreftMedRettinger(brev, 2059);

		String revidert = brev.replace(TITTEL + " ", TITTEL + " i kommunene ").replace("Frist 14.03.2059",
				"Frist 15.04.2059");
		String utkast = Brevsteg.lastOpp(mvc, revidert, ADMIN);
		String side = Brevsteg.side(mvc, utkast, ADMIN);
		assertThat(side).contains("name=\"oppdrag[0].tittel\" value=\"" + TITTEL + " i kommunene\"",
				"name=\"oppdrag[1].frister\" value=\"15.04.2059\"")
			.doesNotContain("(tolket som «" + TITTEL + "»)", "(tolket som «14. mars 2059»)");
		// Assignment 37 and the budget line, which the letter left as they were, are still proposed corrected.
		assertThat(side.split("Rettet ved forrige import", -1)).hasSize(3);
		assertThat(side).contains("Rettet ved forrige import (ikke funnet i brevet)");
		bekreft(utkast, Map.of());
		assertThat(tittel("TB2059-1")).isEqualTo(TITTEL + " i kommunene");
		assertThat(frister("TB2059-2")).containsExactly(LocalDate.of(2059, 4, 15));
	}

	/**
	 * Imports the letter with the first assignment's title and the second's deadline corrected in the review, and a
	 * deadline typed for assignment 37, for which the parser finds none, and the second budget line's amount raised by
	 * 1 000; the amount the parser read.
	 */
	private Linje bekreftMedRettinger(String brev, int aar) throws Exception {
		String utkast = Brevsteg.lastOpp(mvc, brev, ADMIN);
		String side = Brevsteg.side(mvc, utkast, ADMIN);
		assertThat(side).as("what the parser reads").contains("name=\"oppdrag[0].tittel\" value=\"" + TITTEL + "\"",
				"name=\"oppdrag[1].frister\" value=\"14.03." + aar + "\"").doesNotContain("Rettet ved forrige import");
		Matcher rad37 = Pattern.compile("name=\"oppdrag\\[(\\d+)]\\.id\" value=\"TB" + aar + "-37\"").matcher(side);
		assertThat(rad37.find()).as("assignment 37's row").isTrue();
		Linje linje = new Linje(aar, Integer.parseInt(Rettingsskjema.verdi(side, "budsjett[1].kapittel")),
				Integer.parseInt(Rettingsskjema.verdi(side, "budsjett[1].post")),
				Long.parseLong(Rettingsskjema.verdi(side, "budsjett[1].belop")));
		bekreft(utkast, Map.of("oppdrag[0].tittel", RETTET_TITTEL, "oppdrag[1].frister", "1.6." + aar,
				"oppdrag[" + rad37.group(1) + "].frister", "1.9." + aar, "budsjett[1].belop",
				String.valueOf(linje.tolket() + 1000)));
		assertThat(tittel("TB" + aar + "-1")).isEqualTo(RETTET_TITTEL);
		assertThat(frister("TB" + aar + "-2")).containsExactly(LocalDate.of(aar, 6, 1));
		assertThat(belop(linje)).contains(linje.tolket() + 1000);
		return linje;
	}

	/** A budget line of the letter, with the amount the parser reads for it. */
	private record Linje(int aar, int kapittel, int post, long tolket) {
	}

	/** The amounts of the line's post: a post can have several rows. */
	private List<Long> belop(Linje linje) {
		return jdbc.sql("SELECT belop FROM bevilgning WHERE aar = ? AND kapittel = ? AND post = ?")
			.params(linje.aar(), linje.kapittel(), linje.post()).query(Long.class).list();
	}

	/** Confirms the draft with the review form as the page has it and the values typed. */
	private void bekreft(String utkast, Map<String, String> skrevet) throws Exception {
		String side = Brevsteg.side(mvc, utkast, ADMIN);
		MvcResult svar = mvc.perform(Rettingsskjema.fyltUt(post(utkast + "/bekreft").with(ADMIN).with(csrf()), side,
				skrevet)).andReturn();
		assertThat(svar.getFlashMap().get("melding")).as("the confirm's message").isNotNull();
	}

	private String tittel(String id) {
		return jdbc.sql("SELECT tittel FROM oppdrag WHERE offisiell_id = ?").param(id).query(String.class).single();
	}

	private List<LocalDate> frister(String id) {
		return jdbc.sql("SELECT unnest(frister) FROM oppdrag WHERE offisiell_id = ?").param(id)
			.query(LocalDate.class).list();
	}
}
