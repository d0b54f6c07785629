package no.hod.styringsregister.oppdrag.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.oppdrag.OppdragImport;
import no.hod.styringsregister.oppdrag.OppdragImport.Budsjettref;
import no.hod.styringsregister.oppdrag.OppdragImport.ImportDiff;
import no.hod.styringsregister.oppdrag.OppdragImport.OppdragData;
import no.hod.styringsregister.oppdrag.OppdragImport.Tekstdel;
import no.hod.styringsregister.oppdrag.OppdragImport.Unntak;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.testsupport.Testbrukere;

import static no.hod.styringsregister.oppdrag.internal.OppdragTestdata.klarert;
import static no.hod.styringsregister.oppdrag.internal.OppdragTestdata.uklarert;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Whether the exempt parts of a partly exempt assignment cite an assignment or a budget line is their content (offl.
 * § 22): an uncleared reader must not be able to tell one whose exempt parts cite something from one whose exempt parts
 * cite nothing, by the withheld flags, by the page's words, by the history, or by the import's list of changed fields.
 * As a wholly exempt one says its links are withheld whether or not it has any (HeltUnntattKonsistensTests).
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DelvisUnntattKonsistensTests {

	private static final String REFERANSER_HOLDT = "Hvilke oppdrag de unntatte delene av teksten viser til, er "
			+ "unntatt offentlighet";

	private static final String BUDSJETT_HOLDT = "Hvilke budsjettlinjer de unntatte delene av teksten viser til, er "
			+ "unntatt offentlighet";

	@Autowired
	MockMvc mvc;

	@Autowired
	OppdragImport oppdragImport;

	@Autowired
	OppdragLeser leser;

	@Autowired
	OrganisasjonService organisasjon;

	@Autowired
	BrukerService brukere;

	int aar;

	long etat;

	@BeforeAll
	void data() {
		aar = OppdragTestdata.nyttAar();
		etat = organisasjon.etatByName("Helsedirektoratet").orElseThrow().id();
		// TB-1 public; TB-2 exempt in part, its exempt part citing nothing; TB-3 exempt in part, its exempt part citing
		// TB-1 and kap. 714, post 21, which no public part cites.
		oppdragImport.apply(OppdragTestdata.nyttBrev(), aar, etat, List.of(
				offentlig(aar, 1),
				delvis(aar, 2, "Det skal vurderes i det stille.", List.of(), List.of()),
				delvis(aar, 3, "Det skal vurderes, jf. " + tb(aar, 1) + " og kap. 714, post 21.", List.of(tb(aar, 1)),
						List.of(new Budsjettref(714, 21)))));
		Testbrukere.opprett(brukere, new NyBruker("du-uklarert", "Du Uklarert", "passord-passord-1",
				Rolle.HOD_SAKSBEHANDLER, null, false, null));
		Testbrukere.opprett(brukere, new NyBruker("du-klarert", "Du Klarert", "passord-passord-1",
				Rolle.HOD_SAKSBEHANDLER, null, true, null));
	}

	private static OppdragData offentlig(int aar, int n) {
		return new OppdragData(tb(aar, n), "3.1", "Mål", List.of("FHA"), "Delvis-konsistens " + n,
				List.of(new Tekstdel("Helsedirektoratet skal følge opp.", false)), List.of(LocalDate.of(aar, 6, 30)),
				null, Unntak.NONE, List.of(), List.of());
	}

	/** One with a public part and an exempt one, whose exempt part alone cites {@code unntatte}. */
	private static OppdragData delvis(int aar, int n, String unntattTekst, List<String> unntatte,
			List<Budsjettref> unntattBudsjett) {
		return delvis(aar, n, "Helsedirektoratet skal kartlegge.", List.of(), unntattTekst, unntatte, unntattBudsjett);
	}

	private static OppdragData delvis(int aar, int n, String offentligTekst, List<String> offentlige,
			String unntattTekst, List<String> unntatte, List<Budsjettref> unntattBudsjett) {
		return new OppdragData(tb(aar, n), "3.1", "Mål", List.of("FHA"), "Delvis-konsistens " + n,
				List.of(new Tekstdel(offentligTekst, false), new Tekstdel(unntattTekst, true)),
				List.of(LocalDate.of(aar, 6, 30)), null, Unntak.PARTS, offentlige, List.of(), unntatte,
				unntattBudsjett);
	}

	private static String tb(int aar, int n) {
		return "TB" + aar + "-" + n;
	}

	@Test
	void anUnclearedReaderIsToldWhatTheExemptPartsCiteIsWithheldWhetherOrNotTheyCiteAnything() throws Exception {
		for (int n : new int[] { 2, 3 }) {
			String id = tb(aar, n);
			OppdragDetalj d = leser.detalj(id, uklarert()).orElseThrow();
			assertThat(d.referanser()).as(id).isEmpty();
			assertThat(d.budsjett()).as(id).isEmpty();
			assertThat(d.referanserSkjult()).as(id).isTrue();
			assertThat(d.budsjettSkjult()).as(id).isTrue();

			String json = tekst("/api/oppdrag/" + id, UKLARERT);
			assertThat(JsonPath.<Boolean>read(json, "$.referencesWithheld")).as(id).isTrue();
			assertThat(JsonPath.<Boolean>read(json, "$.budgetLinesWithheld")).as(id).isTrue();
			assertThat(JsonPath.<List<Object>>read(json, "$.references.refersTo")).as(id).isEmpty();
			assertThat(JsonPath.<List<Object>>read(json, "$.budgetLines")).as(id).isEmpty();

			assertThat(tekst("/oppdrag/" + id, UKLARERT)).as(id).contains(REFERANSER_HOLDT, BUDSJETT_HOLDT)
				.doesNotContain("Ingen henvisninger.", "Kap. 714");
		}
		// A public one withholds nothing, and the cleared reader is told nothing is withheld: he sees them all.
		OppdragDetalj offentlig = leser.detalj(tb(aar, 1), uklarert()).orElseThrow();
		assertThat(offentlig.referanserSkjult()).isFalse();
		assertThat(offentlig.budsjettSkjult()).isFalse();
		OppdragDetalj klarertTre = leser.detalj(tb(aar, 3), klarert()).orElseThrow();
		assertThat(klarertTre.referanserSkjult()).isFalse();
		assertThat(klarertTre.referanser()).extracting(OppdragDetalj.Referanse::tilId).containsExactly(tb(aar, 1));
		assertThat(tekst("/oppdrag/" + tb(aar, 2), KLARERT)).doesNotContain(REFERANSER_HOLDT, BUDSJETT_HOLDT);
	}

	@Test
	void whatOnlyTheExemptPartsCiteChangingLeavesNoTraceAnUnclearedReaderCanSee() {
		int aar = OppdragTestdata.nyttAar();
		long brev = OppdragTestdata.nyttBrev();
		oppdragImport.apply(brev, aar, etat, List.of(offentlig(aar, 1),
				delvis(aar, 2, "Det skal vurderes i det stille.", List.of(), List.of())));

		// The exempt part now cites TB-1 and a budget line.
		List<OppdragData> unntattEndret = List.of(offentlig(aar, 1), delvis(aar, 2,
				"Det skal vurderes i det stille, jf. " + tb(aar, 1) + " og kap. 714, post 21.", List.of(tb(aar, 1)),
				List.of(new Budsjettref(714, 21))));
		// Nobody signed in: no clearance, as an uncleared admin's review.
		ImportDiff diff = oppdragImport.compare(brev, aar, etat, unntattEndret);
		assertThat(diff.endringer()).filteredOn(e -> tb(aar, 2).equals(e.nokkel())).singleElement()
			.satisfies(e -> assertThat(e.felter()).contains("tekst").doesNotContain("referanser", "budsjett"));
		oppdragImport.apply(brev, aar, etat, unntattEndret);

		assertThat(historikkfelter(tb(aar, 2))).doesNotContain("referanser", "budsjett");
		// The rows are written all the same, for the cleared reader.
		assertThat(leser.detalj(tb(aar, 2), klarert()).orElseThrow().referanser())
			.extracting(OppdragDetalj.Referanse::tilId).containsExactly(tb(aar, 1));
		assertThat(leser.detalj(tb(aar, 2), klarert()).orElseThrow().budsjett()).hasSize(1);

		// A change of what the public parts cite is public, and told as before.
		List<OppdragData> offentligEndret = List.of(offentlig(aar, 1), delvis(aar, 2,
				"Helsedirektoratet skal kartlegge, jf. " + tb(aar, 1) + ".", List.of(tb(aar, 1)),
				"Det skal vurderes i det stille, jf. kap. 714, post 21.", List.of(), List.of(new Budsjettref(714, 21))));
		assertThat(oppdragImport.compare(brev, aar, etat, offentligEndret).endringer())
			.filteredOn(e -> tb(aar, 2).equals(e.nokkel())).singleElement()
			.satisfies(e -> assertThat(e.felter()).contains("referanser").doesNotContain("budsjett"));
		oppdragImport.apply(brev, aar, etat, offentligEndret);
		assertThat(leser.detalj(tb(aar, 2), uklarert()).orElseThrow().historikk())
			.filteredOn(h -> "referanser".equals(h.felt())).singleElement()
			.satisfies(h -> assertThat(h.skjult()).isFalse());
		assertThat(leser.detalj(tb(aar, 2), uklarert()).orElseThrow().referanser())
			.extracting(OppdragDetalj.Referanse::tilId).containsExactly(tb(aar, 1));
	}

	/** The fields of the assignment's history rows as an uncleared reader gets them. */
	private List<String> historikkfelter(String id) {
		return leser.detalj(id, uklarert()).orElseThrow().historikk().stream().map(OppdragDetalj.Hendelse::felt)
			.filter(f -> f != null).toList();
	}

	private static final RequestPostProcessor UKLARERT = user("du-uklarert").roles("HOD_SAKSBEHANDLER");

	private static final RequestPostProcessor KLARERT = user("du-klarert").roles("HOD_SAKSBEHANDLER");

	private String tekst(String sti, RequestPostProcessor hvem) throws Exception {
		return mvc.perform(get(sti).with(hvem)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}
}
