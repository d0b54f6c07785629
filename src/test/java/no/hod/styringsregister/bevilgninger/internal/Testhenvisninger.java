package no.hod.styringsregister.bevilgninger.internal;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A stand-in for the assignments that cite budget lines; each test puts in the citations it needs with values of its
 * own. Imported by the shared test ports of the calendar, so the tests of both modules share one Spring context. Not
 * named *Test: it holds no tests, and the test runner would take it for a test class.
 */
@TestConfiguration(proxyBeanMethods = false)
public class Testhenvisninger {

	/** An assignment citing a budget line; an exempt one is only listed for cleared readers. */
	public record TestHenvisning(int aar, long etatId, int kapittel, int post, String oppdrag, boolean unntatt) {
	}

	public static final class Henvisninger implements OppdragOppslag {

		public final List<TestHenvisning> henvisninger = new CopyOnWriteArrayList<>();

		@Override
		public List<String> oppdragSomViserTil(int aar, long etatId, int kapittel, int post, boolean klarert) {
			return henvisninger.stream()
				.filter(h -> h.aar() == aar && h.etatId() == etatId && h.kapittel() == kapittel && h.post() == post
						&& (klarert || !h.unntatt()))
				.map(TestHenvisning::oppdrag).sorted().toList();
		}

		/** An id counts as an assignment where some citation of the year and agency names it. */
		@Override
		public List<String> oppdragMedIder(int aar, long etatId, Set<String> ider, boolean klarert) {
			return henvisninger.stream()
				.filter(h -> h.aar() == aar && h.etatId() == etatId && ider.contains(h.oppdrag())
						&& (klarert || !h.unntatt()))
				.map(TestHenvisning::oppdrag).distinct().sorted().toList();
		}

		/** The stand-in knows no titles: these tests name assignments by id. */
		@Override
		public List<Tittelnevninger.Tittel> titler(int aar, long etatId, boolean klarert) {
			return List.of();
		}
	}

	@Bean
	@Primary
	Henvisninger testHenvisninger() {
		return new Henvisninger();
	}
}
