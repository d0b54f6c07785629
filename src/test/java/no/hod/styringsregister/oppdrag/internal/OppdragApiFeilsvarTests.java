package no.hod.styringsregister.oppdrag.internal;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import no.hod.styringsregister.oppdrag.OppdragImport;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.web.Formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the assignment API says to a script's mistakes: a version it never gave out, a misspelt or unreadable field in
 * the status update, a list parameter it cannot read. Each a 400 in JSON naming what is wrong and what it takes, not a
 * conflict or a silent «nothing to save».
 */
@IntegrationTest
@AutoConfigureMockMvc
class OppdragApiFeilsvarTests {

	static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

	@Autowired
	MockMvc mvc;

	@Autowired
	OppdragImport oppdragImport;

	@Autowired
	OrganisasjonService organisasjon;

	@Autowired
	JdbcClient jdbc;

	String id;

	long brev;

	@BeforeEach
	void oppdrag() {
		int aar = OppdragTestdata.nyttAar();
		id = "TB" + aar + "-1";
		brev = OppdragTestdata.nyttBrev();
		long etat = organisasjon.etatByName("Helsedirektoratet").orElseThrow().id();
		oppdragImport.apply(brev, aar, etat, List.of(new OppdragImport.OppdragData(id, "1.1",
				"Mål", List.of("FHA"), "Oppdrag for API-ets feilsvar", List.of(new OppdragImport.Tekstdel("Tekst.", false)),
				List.of(), "Løpende", OppdragImport.Unntak.NONE, List.of(), List.of())));
	}

	@Test
	void aVersionTheAssignmentNeverHadIsTheCallersMistakeAndAnOlderOneStillAConflict() throws Exception {
		long gjeldende = versjon();
		for (long versjon : new long[] { -1, gjeldende + 1, gjeldende + 5 }) {
			feil(endre("{\"status\": \"PAAGAAR\", \"version\": " + versjon + "}"), 400)
				.andExpect(jsonPath("$.error").value("Versjonen " + versjon + " finnes ikke for oppdraget (gjeldende "
						+ "versjon er " + gjeldende + ")."))
				.andExpect(jsonPath("$.current").doesNotExist());
		}
		assertThat(versjon()).isEqualTo(gjeldende);

		// The page's form goes the same way: the message in the form, nothing saved.
		mvc.perform(post("/oppdrag/" + id + "/status").with(ADMIN).with(csrf()).param("status", "PAAGAAR")
			.param("versjon", String.valueOf(gjeldende + 5)))
			.andExpect(redirectedUrl("/oppdrag/" + id + "#statusskjema"))
			.andExpect(flash().attribute("feil", "Versjonen " + (gjeldende + 5) + " finnes ikke for oppdraget "
					+ "(gjeldende versjon er " + gjeldende + ")."));
		assertThat(versjon()).isEqualTo(gjeldende);

		mvc.perform(post("/api/oppdrag/" + id + "/status").with(ADMIN).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"PAAGAAR\", \"version\": " + gjeldende + "}"))
			.andExpect(status().isOk());
		// The version read before that save: someone else's change, as before.
		feil(endre("{\"status\": \"LEVERT\", \"version\": " + gjeldende + "}"), 409)
			.andExpect(jsonPath("$.error").value(startsWith("Oppdraget er endret av ")))
			.andExpect(jsonPath("$.current.version").value(gjeldende + 1));
	}

	@Test
	void aFieldTheRequestDoesNotHaveIsRefusedNamingTheOnesItHas() throws Exception {
		long versjon = versjon();
		for (String kropp : List.of("{\"statuss\": \"FORSINKET\", \"version\": " + versjon + "}",
				"{\"status\": \"PAAGAAR\", \"statuss\": \"FORSINKET\", \"version\": " + versjon + "}")) {
			feil(endre(kropp), 400).andExpect(jsonPath("$.error")
				.value("Ukjent felt «statuss» (kjente felt: status, note, progressNote, expectedDate, reason, version)."));
		}
		assertThat(versjon()).isEqualTo(versjon);
	}

	@Test
	void aValueThatCannotBeReadNamesItsFieldAndWhatItTakes() throws Exception {
		long versjon = versjon();
		feil(endre("{\"status\": \"PAAGAAR\", \"version\": \"x\"}"), 400).andExpect(jsonPath("$.error")
			.value("Feltet «version» kunne ikke leses: verdien må være et helt tall, ikke «x»."));
		feil(endre("{\"status\": \"PAAGAAR\", \"version\": [1]}"), 400).andExpect(jsonPath("$.error")
			.value("Feltet «version» kunne ikke leses: verdien må være et helt tall."));
		feil(endre("{\"status\": \"FORSINKET\", \"expectedDate\": \"31.12.2027\", \"reason\": \"Venter\", "
				+ "\"version\": " + versjon + "}"), 400)
			.andExpect(jsonPath("$.error").value("Feltet «expectedDate» kunne ikke leses: verdien må være en dato som "
					+ "2025-04-03, ikke «31.12.2027»."));
		// A number with a fraction is no version (it was read as 1 and got a conflict), and a number no date (it was
		// read as a count of days since 1970).
		feil(endre("{\"status\": \"PAAGAAR\", \"version\": " + versjon + ".5}"), 400).andExpect(jsonPath("$.error")
			.value("Feltet «version» kunne ikke leses: verdien må være et helt tall, ikke «" + versjon + ".5»."));
		feil(endre("{\"status\": \"PAAGAAR\", \"version\": " + versjon + ".0}"), 400).andExpect(jsonPath("$.error")
			.value(startsWith("Feltet «version» kunne ikke leses: verdien må være et helt tall")));
		feil(endre("{\"status\": \"FORSINKET\", \"expectedDate\": 20000, \"reason\": \"Venter\", \"version\": "
				+ versjon + "}"), 400)
			.andExpect(jsonPath("$.error").value("Feltet «expectedDate» kunne ikke leses: verdien må være en dato som "
					+ "2025-04-03, ikke «20000»."));
		// No field to name: the body as a whole.
		for (String kropp : List.of("{\"status\": ", "[1, 2]")) {
			feil(endre(kropp), 400).andExpect(jsonPath("$.error").value(
					"Forespørselen kunne ikke leses. Send JSON med gyldige verdier (datoer som 2025-12-31)."));
		}
		assertThat(versjon()).isEqualTo(versjon);
	}

	@Test
	void aValueOfTheWrongKindIsRefusedNamingItsFieldNotBentToFit() throws Exception {
		long versjon = versjon();
		// A number in quotes was read as that number, and the change saved.
		feil(endre("{\"status\": \"PAAGAAR\", \"version\": \"" + versjon + "\"}"), 400).andExpect(jsonPath("$.error")
			.value("Feltet «version» kunne ikke leses: verdien må være et helt tall, ikke teksten «" + versjon
					+ "»: send tallet uten anførselstegn."));
		feil(endre("{\"status\": \"PAAGAAR\", \"version\": \"\"}"), 400).andExpect(jsonPath("$.error")
			.value(startsWith("Feltet «version» kunne ikke leses: verdien må være et helt tall")));
		// A truth value or a number where text belongs was saved as the text «true» or «123».
		for (String[] tilfelle : new String[][] { { "note", "true" }, { "note", "123" }, { "note", "1.5" },
				{ "progressNote", "false" }, { "reason", "7" }, { "status", "1" } }) {
			feil(endre("{\"" + tilfelle[0] + "\": " + tilfelle[1] + ", \"version\": " + versjon + "}"), 400)
				.andExpect(jsonPath("$.error").value("Feltet «" + tilfelle[0] + "» kunne ikke leses: verdien må være "
						+ "tekst, ikke «" + tilfelle[1] + "»: send teksten i anførselstegn."));
		}
		// A date with a time was cut to its day, whatever the time said.
		String dag = LocalDate.now(Formats.OSLO).plusMonths(1).toString();
		for (String tid : new String[] { dag + "T00:00", dag + "T23:59:59", dag + "T00:00:00Z" }) {
			feil(endre("{\"status\": \"FORSINKET\", \"expectedDate\": \"" + tid + "\", \"reason\": \"Venter\", "
					+ "\"version\": " + versjon + "}"), 400)
				.andExpect(jsonPath("$.error").value("Feltet «expectedDate» kunne ikke leses: verdien må være en dato "
						+ "som 2025-04-03, ikke «" + tid + "»."));
		}
		// Nor is an empty text taken for no date.
		feil(endre("{\"status\": \"FORSINKET\", \"expectedDate\": \"\", \"reason\": \"Venter\", \"version\": "
				+ versjon + "}"), 400)
			.andExpect(jsonPath("$.error").value(startsWith("Feltet «expectedDate» kunne ikke leses: verdien må være en "
					+ "dato som 2025-04-03")));
		assertThat(versjon()).isEqualTo(versjon);

		// The same values as the kinds the fields take are saved: only the kind was refused above.
		endre("{\"status\": \"FORSINKET\", \"expectedDate\": \"" + dag + "\", \"reason\": \"7\", \"note\": \"123\", "
				+ "\"version\": " + versjon + "}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.expectedDate").value(dag))
			.andExpect(jsonPath("$.progressNote").value("123"));
		assertThat(versjon()).isEqualTo(versjon + 1);
	}

	@Test
	void aListParameterThatCannotBeReadSaysWhatItTakes() throws Exception {
		String[][] tilfeller = { { "year", "tjue", "et år med fire sifre, som 2025" },
				{ "division", "x", "et tall (divisjonens id) eller alle" }, { "department", "1.5", "et tall (avdelingens id)" },
				{ "letter", "brev", "et tall (tildelingsbrevets id)" },
				{ "section", "3x", "et mål- eller seksjonsnummer som 3 eller 3.4" },
				{ "deadlineFrom", "abc", "en dato som 2025-04-03" }, { "deadlineTo", "2025-02-30", "en dato som 2025-04-03" },
				{ "overdue", "kanskje", "true eller false" }, { "unrouted", "ja", "true eller false" },
				{ "notCarriedOver", "2", "true eller false" }, { "desc", "nei", "true eller false" },
				{ "page", "-1", "et helt tall fra 0 og oppover" }, { "page", "første", "et helt tall fra 0 og oppover" },
				{ "size", "mange", "et helt tall fra 1 til 500" },
				// Only ASCII digits make a number: Java reads «٣» (Arabic-Indic three) as 3, and so did the list.
				{ "year", "٢٠٢٥", "et år med fire sifre, som 2025" }, { "division", "٣", "et tall (divisjonens id) eller alle" },
				{ "department", "٣", "et tall (avdelingens id)" }, { "letter", "٣", "et tall (tildelingsbrevets id)" },
				{ "page", "١", "et helt tall fra 0 og oppover" }, { "size", "٥", "et helt tall fra 1 til 500" },
				// Too large for a number is no number either: refused, not an error on the server.
				{ "year", "99999999999", "et år med fire sifre, som 2025" },
				{ "division", "99999999999999999999999", "et tall (divisjonens id) eller alle" },
				{ "department", "99999999999999999999999", "et tall (avdelingens id)" },
				{ "letter", "99999999999999999999999", "et tall (tildelingsbrevets id)" },
				{ "page", "99999999999", "et helt tall fra 0 og oppover" },
				{ "size", "99999999999", "et helt tall fra 1 til 500" } };
		for (String[] t : tilfeller) {
			mvc.perform(get("/api/oppdrag").param(t[0], t[1]).with(ADMIN))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
				.andExpect(jsonPath("$.error").value("Parameteren «" + t[0] + "» må være " + t[2] + ", ikke «" + t[1]
						+ "»."));
		}
	}

	@Test
	void anAgencyOrLetterThatIsNotThereIsRefusedNamingTheValueAndOneThatIsIsTaken() throws Exception {
		// Digits too many for an id are still an id that names no agency; other scripts' digits are no id.
		for (String[] t : new String[][] { { "99999999999999999999999", "Fant ingen etat med id 99999999999999999999999." },
				{ "٣", "Ukjent etat «٣»." } }) {
			mvc.perform(get("/api/oppdrag").param("agency", t[0]).with(ADMIN))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.error").value(t[1]));
		}
		// A letter no assignment came from is an error in the address, as an unknown division is, not an empty list.
		mvc.perform(get("/api/oppdrag").param("letter", "8999999999").with(ADMIN))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("Fant ingen tildelingsbrev med id 8999999999."));
		mvc.perform(get("/api/oppdrag").param("letter", String.valueOf(brev)).with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(id));
	}

	private ResultActions endre(String kropp) throws Exception {
		return mvc.perform(post("/api/oppdrag/" + id + "/status").with(ADMIN).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(kropp));
	}

	private static ResultActions feil(ResultActions svar, int status) throws Exception {
		return svar.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
	}

	private long versjon() {
		return jdbc.sql("SELECT versjon FROM oppdrag WHERE offisiell_id = ?").param(id).query(Long.class).single();
	}
}
