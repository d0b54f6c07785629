package no.hod.styringsregister.oppdrag.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.oppdrag.OppdragImport;
import no.hod.styringsregister.oppdrag.OppdragImport.OppdragData;
import no.hod.styringsregister.oppdrag.OppdragImport.Tekstdel;
import no.hod.styringsregister.oppdrag.OppdragImport.Unntak;
import no.hod.styringsregister.oppdrag.OppdragQueries;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.testsupport.Testbrukere;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The shape of exempt text (offl. § 22) stays hidden from an uncleared reader: a wholly exempt assignment is one
 * placeholder, however many parts it has, and a run of adjacent exempt parts is one placeholder in the run's place,
 * on the assignment's page and in the API alike. A cleared reader sees every part.
 */
@IntegrationTest
@AutoConfigureMockMvc
class UnntatteDelerTests {

	private static final String X = OppdragQueries.UNNTATT;

	@Autowired
	MockMvc mvc;

	@Autowired
	OppdragImport oppdragImport;

	@Autowired
	OrganisasjonService organisasjon;

	@Autowired
	BrukerService brukere;

	int aar;

	@BeforeEach
	void fixture() {
		aar = OppdragTestdata.nyttAar();
		long etat = organisasjon.etatByName("Helsedirektoratet").orElseThrow().id();
		oppdragImport.apply(OppdragTestdata.nyttBrev(), aar, etat, List.of(
				oppdrag(1, Unntak.PARTS, new Tekstdel("Innledningen er offentlig.", false),
						new Tekstdel("Første skjulte avsnitt, langt og fullt av detaljer.", true),
						new Tekstdel("Andre skjulte avsnitt.", true),
						new Tekstdel("Midten er offentlig.", false),
						new Tekstdel("Tredje skjulte avsnitt.", true),
						new Tekstdel("Fjerde skjulte avsnitt.", true),
						new Tekstdel("Femte skjulte avsnitt.", true)),
				oppdrag(2, Unntak.WHOLE, new Tekstdel("Helt skjult en.", true), new Tekstdel("Helt skjult to.", false),
						new Tekstdel("Helt skjult tre.", true)),
				oppdrag(3, Unntak.WHOLE),
				oppdrag(4, Unntak.PARTS, new Tekstdel("Skjult først.", true), new Tekstdel("Offentlig sist.", false))));
		for (String navn : List.of("deler-klarert", "deler-uklarert")) {
			Testbrukere.opprett(brukere, new NyBruker(navn, "Navn " + navn, "passord-passord-1",
					Rolle.HOD_SAKSBEHANDLER, null, navn.equals("deler-klarert"), null));
		}
	}

	private OppdragData oppdrag(int n, Unntak unntak, Tekstdel... deler) {
		return new OppdragData("TB" + aar + "-" + n, "3.1", "Mål", List.of("FHA"), "Oppdrag nummer " + n, List.of(deler),
				List.of(LocalDate.of(aar, 6, 30)), "30. juni " + aar, unntak, List.of(), List.of());
	}

	private String id(int n) {
		return "TB" + aar + "-" + n;
	}

	@Test
	void anUnclearedReaderSeesOnePlaceholderPerRunOfExemptParts() throws Exception {
		assertThat(deler(id(1), uklarert())).containsExactly("Innledningen er offentlig.", "[" + X + "]",
				"Midten er offentlig.", "[" + X + "]");
		assertThat(deler(id(4), uklarert())).containsExactly("[" + X + "]", "Offentlig sist.");

		mvc.perform(get("/api/oppdrag/" + id(1)).with(uklarert()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.parts.length()").value(4))
			.andExpect(jsonPath("$.parts[0].text").value("Innledningen er offentlig."))
			.andExpect(jsonPath("$.parts[0].exempt").value(false))
			.andExpect(jsonPath("$.parts[0].withheld").value(false))
			.andExpect(jsonPath("$.parts[1].text").value(X))
			.andExpect(jsonPath("$.parts[1].exempt").value(true))
			.andExpect(jsonPath("$.parts[1].withheld").value(true))
			.andExpect(jsonPath("$.parts[2].text").value("Midten er offentlig."))
			.andExpect(jsonPath("$.parts[3].text").value(X))
			.andExpect(jsonPath("$.parts[3].withheld").value(true))
			.andExpect(jsonPath("$.text").value("Innledningen er offentlig.\n\n" + X + "\n\nMidten er offentlig.\n\n" + X));
	}

	@Test
	void aWhollyExemptAssignmentIsOnePlaceholderWhateverItsText() throws Exception {
		for (int n : new int[] { 2, 3 }) {
			assertThat(deler(id(n), uklarert())).as(id(n)).containsExactly("[" + X + "]");
			mvc.perform(get("/api/oppdrag/" + id(n)).with(uklarert()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.title").value(X))
				.andExpect(jsonPath("$.titleWithheld").value(true))
				.andExpect(jsonPath("$.parts.length()").value(1))
				.andExpect(jsonPath("$.parts[0].text").value(X))
				.andExpect(jsonPath("$.parts[0].exempt").value(true))
				.andExpect(jsonPath("$.parts[0].withheld").value(true))
				.andExpect(jsonPath("$.text").value(X));
		}
	}

	@Test
	void aClearedReaderSeesEveryPartAsStored() throws Exception {
		assertThat(deler(id(1), klarert())).containsExactly("Innledningen er offentlig.",
				"Første skjulte avsnitt, langt og fullt av detaljer.", "Andre skjulte avsnitt.", "Midten er offentlig.",
				"Tredje skjulte avsnitt.", "Fjerde skjulte avsnitt.", "Femte skjulte avsnitt.");
		assertThat(deler(id(2), klarert())).containsExactly("Helt skjult en.", "Helt skjult to.", "Helt skjult tre.");
		assertThat(deler(id(3), klarert())).isEmpty();
		mvc.perform(get("/api/oppdrag/" + id(1)).with(klarert()))
			.andExpect(jsonPath("$.parts.length()").value(7))
			.andExpect(jsonPath("$.parts[1].exempt").value(true))
			.andExpect(jsonPath("$.parts[1].withheld").value(false))
			.andExpect(jsonPath("$.parts[2].text").value("Andre skjulte avsnitt."));
		mvc.perform(get("/api/oppdrag/" + id(2)).with(klarert()))
			.andExpect(jsonPath("$.title").value("Oppdrag nummer 2"))
			.andExpect(jsonPath("$.parts.length()").value(3))
			.andExpect(jsonPath("$.parts[1].exempt").value(false))
			.andExpect(jsonPath("$.parts[*].withheld").value(org.hamcrest.Matchers.everyItem(
					org.hamcrest.Matchers.is(false))));
		mvc.perform(get("/api/oppdrag/" + id(3)).with(klarert())).andExpect(jsonPath("$.parts.length()").value(0));
	}

	private static final Pattern DELER = Pattern.compile("<div class=\"oppdrag-deler\">(.*?)</div>", Pattern.DOTALL);

	private static final Pattern DEL = Pattern.compile("<p class=\"(oppdrag-tekst(?: unntatt)?)\">([^<]*)</p>");

	/** The text parts on the assignment's page, in order; a withheld one (class «unntatt») in brackets. */
	private List<String> deler(String id, RequestPostProcessor hvem) throws Exception {
		String side = mvc.perform(get("/oppdrag/" + id).with(hvem)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		Matcher blokk = DELER.matcher(side);
		assertThat(blokk.find()).isTrue();
		List<String> deler = new ArrayList<>();
		Matcher del = DEL.matcher(blokk.group(1));
		while (del.find()) {
			deler.add(del.group(1).endsWith("unntatt") ? "[" + del.group(2) + "]" : del.group(2));
		}
		return deler;
	}

	private static RequestPostProcessor klarert() {
		return user("deler-klarert").roles("HOD_SAKSBEHANDLER");
	}

	private static RequestPostProcessor uklarert() {
		return user("deler-uklarert").roles("HOD_SAKSBEHANDLER");
	}
}
