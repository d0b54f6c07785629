package no.hod.styringsregister.oppdrag.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.oppdrag.OppdragImport;
import no.hod.styringsregister.oppdrag.OppdragImport.OppdragData;
import no.hod.styringsregister.oppdrag.OppdragImport.Tekstdel;
import no.hod.styringsregister.oppdrag.OppdragImport.Unntak;
import no.hod.styringsregister.oppdrag.OppdragQueries;
import no.hod.styringsregister.oppdrag.OppdragStatus;
import no.hod.styringsregister.oppdrag.OppdragUpdates;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.web.Formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * On a wholly exempt assignment the progress note and the reason read alike on every way out for a reader without
 * clearance: the placeholder, whether or not anything is written, on the page, in the API (with {@code …Withheld})
 * and in the list's export, so none of them tells him whether there is a note, nor passes it for «none written».
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TilbakeholdteNotaterTests {

	private static final String X = OppdragQueries.UNNTATT;

	/** A year no other test uses. */
	private static final int AAR = 2093;

	@Autowired
	MockMvc mvc;

	@Autowired
	OppdragImport oppdragImport;

	@Autowired
	OppdragUpdates oppdragUpdates;

	@Autowired
	OrganisasjonService organisasjon;

	@Autowired
	BrukerService brukere;

	@BeforeAll
	void data() {
		long etat = organisasjon.etatByName("Helsedirektoratet").orElseThrow().id();
		oppdragImport.apply(OppdragTestdata.nyttBrev(), AAR, etat, List.of(oppdrag(1, Unntak.WHOLE),
				oppdrag(2, Unntak.WHOLE), oppdrag(3, Unntak.NONE)));
		CurrentUser admin = brukere.create(new NyBruker("tn-admin", "Tn Admin", "passord-passord-1", Rolle.ADMIN, null,
				true, null));
		brukere.create(new NyBruker("tn-klarert", "Tn Klarert", "passord-passord-1", Rolle.HOD_SAKSBEHANDLER, null,
				true, null));
		brukere.create(new NyBruker("tn-uklarert", "Tn Uklarert", "passord-passord-1", Rolle.HOD_SAKSBEHANDLER, null,
				false, null));
		// Both wholly exempt ones delayed, TB-1 with a progress note, TB-2 with none; TB-3 public, nothing written.
		LocalDate nyDato = LocalDate.now(Formats.OSLO).plusMonths(2);
		oppdragUpdates.changeStatus(id(1), OppdragStatus.FORSINKET, "Hemmelig fremdrift.", nyDato, "Hemmelig grunn.",
				admin);
		oppdragUpdates.changeStatus(id(2), OppdragStatus.FORSINKET, null, nyDato, "Annen hemmelig grunn.", admin);
	}

	private static OppdragData oppdrag(int n, Unntak unntak) {
		return new OppdragData(id(n), "3.1", "Mål", List.of("FHA"), "Notatoppdrag " + n,
				List.of(new Tekstdel("Tekst.", unntak == Unntak.WHOLE)), List.of(LocalDate.of(AAR, 6, 30)), null,
				unntak, List.of(), List.of());
	}

	private static String id(int n) {
		return "TB" + AAR + "-" + n;
	}

	@Test
	void anUnclearedReaderGetsThePlaceholderForNoteAndReasonWhetherOrNotAnyIsWritten() throws Exception {
		for (int n : new int[] { 1, 2 }) {
			mvc.perform(get("/api/oppdrag/" + id(n)).with(uklarert()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.reason").value(X))
				.andExpect(jsonPath("$.reasonWithheld").value(true))
				.andExpect(jsonPath("$.progressNote").value(X))
				.andExpect(jsonPath("$.progressNoteWithheld").value(true));
			String side = side(id(n), uklarert());
			assertThat(side).as(id(n)).containsPattern(rad("Begrunnelse", "", X))
				.containsPattern(rad("Fremdrift", " class=\"oppdrag-tekst\"", X))
				.doesNotContain("Hemmelig");
		}
		// The list's export says the same for both, as it did.
		String csv = mvc.perform(get("/oppdrag/eksport.csv").param("year", String.valueOf(AAR)).with(uklarert()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		for (int n : new int[] { 1, 2 }) {
			String rad = Arrays.stream(csv.split("\r\n")).filter(l -> l.startsWith(id(n) + ";")).findFirst()
				.orElseThrow();
			assertThat(rad).endsWith(";" + X + ";" + X);
		}
	}

	@Test
	void aClearedReaderReadsWhatIsWrittenAndNothingIsWithheld() throws Exception {
		mvc.perform(get("/api/oppdrag/" + id(1)).with(klarert()))
			.andExpect(jsonPath("$.reason").value("Hemmelig grunn."))
			.andExpect(jsonPath("$.reasonWithheld").value(false))
			.andExpect(jsonPath("$.progressNote").value("Hemmelig fremdrift."))
			.andExpect(jsonPath("$.progressNoteWithheld").value(false));
		mvc.perform(get("/api/oppdrag/" + id(2)).with(klarert()))
			.andExpect(jsonPath("$.progressNote").doesNotExist())
			.andExpect(jsonPath("$.progressNoteWithheld").value(false));
		assertThat(side(id(1), klarert())).containsPattern(rad("Begrunnelse", "", "Hemmelig grunn."))
			.containsPattern(rad("Fremdrift", " class=\"oppdrag-tekst\"", "Hemmelig fremdrift."));
		assertThat(side(id(2), klarert())).doesNotContain("<dt>Fremdrift</dt>");
	}

	/** Where nothing is exempt, nothing written is still nothing: no row, {@code null} and not withheld. */
	@Test
	void onAPublicAssignmentNothingWrittenIsNoRowForEitherReader() throws Exception {
		for (RequestPostProcessor hvem : List.of(uklarert(), klarert())) {
			mvc.perform(get("/api/oppdrag/" + id(3)).with(hvem))
				.andExpect(jsonPath("$.reason").doesNotExist())
				.andExpect(jsonPath("$.reasonWithheld").value(false))
				.andExpect(jsonPath("$.progressNote").doesNotExist())
				.andExpect(jsonPath("$.progressNoteWithheld").value(false));
			assertThat(side(id(3), hvem)).doesNotContain("<dt>Fremdrift</dt>", "<dt>Begrunnelse</dt>");
		}
	}

	private static Pattern rad(String navn, String klasse, String verdi) {
		return Pattern.compile("<dt>" + navn + "</dt>\\s*<dd" + klasse + ">" + Pattern.quote(verdi) + "</dd>");
	}

	private String side(String id, RequestPostProcessor hvem) throws Exception {
		return mvc.perform(get("/oppdrag/" + id).with(hvem)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static RequestPostProcessor klarert() {
		return user("tn-klarert").roles("HOD_SAKSBEHANDLER");
	}

	private static RequestPostProcessor uklarert() {
		return user("tn-uklarert").roles("HOD_SAKSBEHANDLER");
	}
}
