package no.hod.styringsregister.oppdrag.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import no.hod.styringsregister.oppdrag.OppdragFilter;
import no.hod.styringsregister.oppdrag.OppdragQueries;
import no.hod.styringsregister.oppdrag.OppdragSummary;
import no.hod.styringsregister.testsupport.TestDocuments;
import no.hod.styringsregister.tildelingsbrev.TildelingsbrevImport;

import static no.hod.styringsregister.oppdrag.internal.OppdragTestdata.fritekst;
import static no.hod.styringsregister.oppdrag.internal.OppdragTestdata.uklarert;

/**
 * The two real letters imported for Helsedirektoratet as years of a search test's own, and what a search and a
 * reading of their text find: a search test's expected hits are computed from the letters' words, never frozen.
 */
record EkteSokebrev(OppdragQueries queries, OppdragLeser leser, int aar2025, int aar2020) {

	static EkteSokebrev importer(TildelingsbrevImport letters, OppdragQueries queries, OppdragLeser leser, int aar2025,
			int aar2020) {
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin",
				null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
		try {
			importer(letters, "tildelingsbrev-helsedirektoratet-2025.txt", "2025", aar2025);
			importer(letters, "tildelingsbrev-helsedirektoratet-2020.txt", "2020", aar2020);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		return new EkteSokebrev(queries, leser, aar2025, aar2020);
	}

	private static void importer(TildelingsbrevImport letters, String brev, String aar, int som) {
		letters.importFile("tb" + som + ".txt", TestDocuments.seed(brev).replace(aar, String.valueOf(som))
			.getBytes(StandardCharsets.UTF_8), "admin");
	}

	/** The assignments of one of the letters the public search finds for {@code q}, in their order. */
	List<String> sok(String q, int aar) {
		return queries.search(fritekst(q).medAar(aar).medSide(0, OppdragFilter.STORSTE_STORRELSE), uklarert()).stream()
			.map(OppdragSummary::id)
			.toList();
	}

	/** The two letters' assignments the public search finds for {@code q}, in their order. */
	List<String> sok(String q) {
		List<String> treff = new ArrayList<>(sok(q, aar2025));
		treff.addAll(sok(q, aar2020));
		return treff;
	}

	/**
	 * The two letters' assignments among every match of the public search across the register, in their order: there
	 * the matches are classed by another statement than within a year (see OppdragLeser.rang).
	 */
	List<String> sokIRegisteret(String q) {
		return queries.search(fritekst(q).medSide(0, OppdragFilter.STORSTE_STORRELSE), uklarert()).stream()
			.filter(o -> o.aar() == aar2025 || o.aar() == aar2020)
			.map(OppdragSummary::id)
			.toList();
	}

	/**
	 * The two letters' assignments whose public title or a public part has the words {@code ord}, as written, one after
	 * another.
	 */
	List<String> medOrdene(String... ord) {
		List<String> med = new ArrayList<>();
		for (int aar : List.of(aar2025, aar2020)) {
			for (OppdragSummary oppdrag : queries.search(OppdragFilter.alle().medAar(aar)
				.medSide(0, OppdragFilter.STORSTE_STORRELSE), uklarert())) {
				OppdragDetalj detalj = leser.detalj(oppdrag.id(), uklarert()).orElseThrow();
				if (Stream.concat(Stream.of(oppdrag.tittel()), detalj.deler().stream().map(OppdragDetalj.Del::tekst))
					.map(Sokeord::ord)
					.anyMatch(tekst -> Collections.indexOfSubList(tekst, List.of(ord)) >= 0)) {
					med.add(oppdrag.id());
				}
			}
		}
		return med;
	}

	List<String> medOrdet(String begynnelse) {
		return medOrdet(begynnelse, false);
	}

	/** The two letters' assignments whose public title (or, unless {@code bareTittel}, text) has a word so beginning. */
	List<String> medOrdet(String begynnelse, boolean bareTittel) {
		List<String> med = new ArrayList<>();
		for (int aar : List.of(aar2025, aar2020)) {
			for (OppdragSummary oppdrag : queries.search(OppdragFilter.alle().medAar(aar)
				.medSide(0, OppdragFilter.STORSTE_STORRELSE), uklarert())) {
				OppdragDetalj detalj = leser.detalj(oppdrag.id(), uklarert()).orElseThrow();
				Stream<String> tekst = bareTittel ? Stream.empty() : detalj.deler().stream().map(OppdragDetalj.Del::tekst);
				if (Stream.concat(Stream.of(oppdrag.tittel()), tekst)
					.flatMap(t -> Sokeord.ord(t).stream())
					.anyMatch(ord -> ord.startsWith(begynnelse))) {
					med.add(oppdrag.id());
				}
			}
		}
		return med;
	}
}
