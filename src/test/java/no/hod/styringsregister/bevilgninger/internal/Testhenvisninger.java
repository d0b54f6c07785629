package no.hod.styringsregister.bevilgninger.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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

	/**
	 * An assignment citing a budget line; an exempt one is only listed for cleared readers. {@code tittel} as the
	 * viewer sees it, {@code null} where the test needs none.
	 */
	public record TestHenvisning(int aar, long etatId, int kapittel, int post, String oppdrag, boolean unntatt,
			String tittel) {

		public TestHenvisning(int aar, long etatId, int kapittel, int post, String oppdrag, boolean unntatt) {
			this(aar, etatId, kapittel, post, oppdrag, unntatt, null);
		}

		Tittelnevninger.Tittel somTittel() {
			return new Tittelnevninger.Tittel(oppdrag, tittel);
		}
	}

	public static final class Henvisninger implements OppdragOppslag {

		public final List<TestHenvisning> henvisninger = new CopyOnWriteArrayList<>();

		@Override
		public List<Tittelnevninger.Tittel> oppdragSomViserTil(int aar, long etatId, int kapittel, int post,
				boolean klarert) {
			return henvisninger.stream()
				.filter(h -> h.aar() == aar && h.etatId() == etatId && h.kapittel() == kapittel && h.post() == post
						&& (klarert || !h.unntatt()))
				.sorted(Comparator.comparing(TestHenvisning::oppdrag)).map(TestHenvisning::somTittel).toList();
		}

		/** An id counts as an assignment where some citation of the year and agency names it. */
		@Override
		public List<Tittelnevninger.Tittel> oppdragMedIder(int aar, long etatId, Set<String> ider, boolean klarert) {
			Map<String, Tittelnevninger.Tittel> perId = new TreeMap<>();
			henvisninger.stream()
				.filter(h -> h.aar() == aar && h.etatId() == etatId && ider.contains(h.oppdrag())
						&& (klarert || !h.unntatt()))
				.forEach(h -> perId.putIfAbsent(h.oppdrag(), h.somTittel()));
			return List.copyOf(perId.values());
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
