package no.hod.styringsregister.rapporteringskalender.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import no.hod.styringsregister.bevilgninger.internal.Testhenvisninger;

/**
 * Stand-ins for the assignment ports and an in-process SMTP server, shared by the integration tests of the
 * bevilgninger and rapporteringskalender modules (one Spring context for all of them). Each test puts in the
 * assignments it needs with values of its own.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(Testhenvisninger.class)
public class Testporter {

	/** An assignment deadline as the oppdrag module would give it: a public and a cleared title. */
	public record TestFrist(String nokkel, LocalDate dato, String oppdrag, String offentligTittel,
			String klarertTittel, long etatId, Long enhetId) {

		FristKilde.Frist som(boolean klarert) {
			return new FristKilde.Frist(nokkel, dato, oppdrag, klarert ? klarertTittel : offentligTittel, etatId, enhetId);
		}
	}

	/**
	 * A delayed assignment as the oppdrag module would give it: its deadline in the letter, which stays a deadline
	 * with the new date beside it, and the new expected date, keyed by the assignment alone.
	 */
	public record TestForsinket(String nokkel, LocalDate brevetsFrist, LocalDate forventetDato, String oppdrag,
			String offentligTittel, String klarertTittel, long etatId, Long enhetId, boolean unntatt) {

		/** A public one. */
		public TestForsinket(String nokkel, LocalDate brevetsFrist, LocalDate forventetDato, String oppdrag,
				String offentligTittel, String klarertTittel, long etatId, Long enhetId) {
			this(nokkel, brevetsFrist, forventetDato, oppdrag, offentligTittel, klarertTittel, etatId, enhetId, false);
		}

		FristKilde.Frist frist(boolean klarert) {
			return new FristKilde.Frist(nokkel + "/" + brevetsFrist, brevetsFrist, oppdrag,
					klarert ? klarertTittel : offentligTittel, etatId, enhetId, forventetDato, klarert && unntatt,
					klarert && unntatt);
		}

		FristKilde.Frist forventet(boolean klarert) {
			return new FristKilde.Frist(nokkel, brevetsFrist, oppdrag, klarert ? klarertTittel : offentligTittel, etatId,
					enhetId, forventetDato, klarert && unntatt, klarert && unntatt);
		}
	}

	public static final class Frister implements FristKilde {

		public final List<TestFrist> frister = new CopyOnWriteArrayList<>();

		public final List<TestForsinket> forsinkede = new CopyOnWriteArrayList<>();

		/** Empties both lists: each test puts in its own. */
		public void tom() {
			frister.clear();
			forsinkede.clear();
		}

		@Override
		public List<Frist> frister(LocalDate fra, LocalDate til, boolean klarert) {
			return Stream.concat(
					frister.stream().filter(f -> mellom(f.dato(), fra, til)).map(f -> f.som(klarert)),
					forsinkede.stream().filter(f -> mellom(f.brevetsFrist(), fra, til)).map(f -> f.frist(klarert)))
				.toList();
		}

		@Override
		public List<Frist> forventede(LocalDate fra, LocalDate til, boolean klarert) {
			return forsinkede.stream().filter(f -> mellom(f.forventetDato(), fra, til)).map(f -> f.forventet(klarert))
				.toList();
		}

		/** The stand-in knows no chains of carried-over assignments: all its deadlines are current. */
		@Override
		public List<Frist> gjeldendeFrister(LocalDate fra, LocalDate til, boolean klarert) {
			return frister(fra, til, klarert);
		}

		@Override
		public List<Frist> gjeldendeForventede(LocalDate fra, LocalDate til, boolean klarert) {
			return forventede(fra, til, klarert);
		}

		private static boolean mellom(LocalDate dato, LocalDate fra, LocalDate til) {
			return !dato.isBefore(fra) && !dato.isAfter(til);
		}
	}

	@Bean
	@Primary
	Frister testFrister() {
		return new Frister();
	}

	@Bean(destroyMethod = "stop")
	GreenMail greenMail() {
		GreenMail greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		greenMail.start();
		return greenMail;
	}

	@Bean
	JavaMailSender testMailSender(GreenMail greenMail) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(greenMail.getSmtp().getPort());
		return sender;
	}
}
