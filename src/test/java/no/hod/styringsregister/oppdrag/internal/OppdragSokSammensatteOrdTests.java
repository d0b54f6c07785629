package no.hod.styringsregister.oppdrag.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import no.hod.styringsregister.oppdrag.OppdragFilter;
import no.hod.styringsregister.oppdrag.OppdragQueries;
import no.hod.styringsregister.oppdrag.OppdragSummary;
import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.testsupport.TestDocuments;
import no.hod.styringsregister.tildelingsbrev.TildelingsbrevImport;

import static no.hod.styringsregister.oppdrag.internal.OppdragTestdata.fritekst;
import static no.hod.styringsregister.oppdrag.internal.OppdragTestdata.uklarert;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compounds on the real letters: a near-miss is a small typo of the word typed, not another compound sharing its long
 * tail («-tjenesten»), which made «fastlegetjenesten» find 39 assignments that never mention a fastlege. The 2025
 * letter is read as the year 2038, the 2020 letter as 2039 (years no other test uses).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OppdragSokSammensatteOrdTests {

	private static final int AAR_2025 = 2038;

	private static final int AAR_2020 = 2039;

	@Autowired
	TildelingsbrevImport letters;

	@Autowired
	OppdragQueries queries;

	@Autowired
	OppdragLeser leser;

	@BeforeAll
	void importerDeEkteBrevene() {
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin",
				null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
		try {
			importer("tildelingsbrev-helsedirektoratet-2025.txt", "2025", AAR_2025);
			importer("tildelingsbrev-helsedirektoratet-2020.txt", "2020", AAR_2020);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private void importer(String brev, String aar, int som) {
		letters.importFile("tb" + som + ".txt", TestDocuments.seed(brev).replace(aar, String.valueOf(som))
			.getBytes(StandardCharsets.UTF_8), "admin");
	}

	@Test
	void aCompoundAsItStandsInTheLettersFindsOnlyTheAssignmentsWhoseTextHasIt() {
		// The 2025 letter has «fastlegetjenesten» once, in TB2025-34 («Allmennlegetjenesten»); the 2020 letter never.
		assertThat(sok("fastlegetjenesten")).containsExactly("TB" + AAR_2025 + "-34");
		// «turnustjenesten» is in one assignment of the 2020 letter, and with «turnustjeneste» in TB2025-56.
		assertThat(sok("turnustjenesten")).hasSize(2).contains("TB" + AAR_2025 + "-56");
		for (String ord : List.of("fastlegetjenesten", "turnustjenesten", "spesialisthelsetjenesten")) {
			assertThat(sok(ord)).as(ord).isNotEmpty()
				.containsExactlyInAnyOrderElementsOf(medOrdet(ord.substring(0, ord.length() - 2)));
		}
	}

	@Test
	void aSmallTypoInACompoundFindsWhatTheWordItselfFinds() {
		assertThat(sok("fastlegetjenseten")).containsExactly("TB" + AAR_2025 + "-34");
		assertThat(sok("turnustjenetsen")).containsExactlyInAnyOrderElementsOf(sok("turnustjenesten"));
		assertThat(sok("spesialisthelsetjnesten")).containsExactlyInAnyOrderElementsOf(sok("spesialisthelsetjenesten"));
	}

	@Test
	void aCompoundNoLetterHasFindsNothingRatherThanItsTail() {
		// «Legevakttjenesten» is in neither letter, «tjenesten» in many of their assignments.
		assertThat(medOrdet("legevakttjenest")).isEmpty();
		assertThat(medOrdet("tjenesten")).hasSizeGreaterThan(10);
		assertThat(sok("legevakttjenesten")).isEmpty();
	}

	/** The two letters' assignments the public search finds for {@code q}, in their order. */
	private List<String> sok(String q) {
		List<String> treff = new ArrayList<>();
		for (int aar : List.of(AAR_2025, AAR_2020)) {
			queries.search(fritekst(q).medAar(aar).medSide(0, OppdragFilter.STORSTE_STORRELSE), uklarert()).stream()
				.map(OppdragSummary::id)
				.forEach(treff::add);
		}
		return treff;
	}

	/** The two letters' assignments whose public title or text has a word beginning with {@code begynnelse}. */
	private List<String> medOrdet(String begynnelse) {
		List<String> med = new ArrayList<>();
		for (int aar : List.of(AAR_2025, AAR_2020)) {
			for (OppdragSummary oppdrag : queries.search(OppdragFilter.alle().medAar(aar)
				.medSide(0, OppdragFilter.STORSTE_STORRELSE), uklarert())) {
				OppdragDetalj detalj = leser.detalj(oppdrag.id(), uklarert()).orElseThrow();
				if (Stream.concat(Stream.of(oppdrag.tittel()), detalj.deler().stream().map(OppdragDetalj.Del::tekst))
					.flatMap(tekst -> Sokeord.ord(tekst).stream())
					.anyMatch(ord -> ord.startsWith(begynnelse))) {
					med.add(oppdrag.id());
				}
			}
		}
		return med;
	}
}
