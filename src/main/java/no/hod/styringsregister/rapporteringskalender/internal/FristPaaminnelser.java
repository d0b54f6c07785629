package no.hod.styringsregister.rapporteringskalender.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.organisasjon.Enhet;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.web.Formats;

/**
 * The daily reminder: each division lead gets one e-mail with the deadlines of the division's assignments within the
 * next {@code dager} days and those overdue. A delayed assignment with a new expected date is reminded of by that date
 * alone, once, as the lead's «Trenger oppdatering» counts it: the lead has reported the delay, so the letter's
 * deadline is no longer what is due. Off unless {@code styringsregister.paminnelser.cron} is set (for example
 * {@code 0 0 7 * * MON-FRI}); SMTP comes from {@code spring.mail.*}. The database lock makes several app instances
 * send once: whoever takes the lock sends, the others skip, and the lock is held for a while after the run so that
 * an instance whose clock is a little behind does not run it again.
 */
@Component
class FristPaaminnelser {

	private static final Logger log = LoggerFactory.getLogger(FristPaaminnelser.class);

	private final FristKilde frister;

	private final BrukerService brukere;

	private final OrganisasjonService organisasjon;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final Formats formats;

	private final int dager;

	private final String avsender;

	/** The register's address as its users open it, without a trailing slash; empty when not configured. */
	private final String adresse;

	FristPaaminnelser(FristKilde frister, BrukerService brukere, OrganisasjonService organisasjon,
			ObjectProvider<JavaMailSender> mailSender, Formats formats,
			@Value("${styringsregister.paminnelser.dager:14}") int dager,
			@Value("${styringsregister.paminnelser.avsender:styringsregister@localhost}") String avsender,
			@Value("${styringsregister.adresse:}") String adresse) {
		this.frister = frister;
		this.brukere = brukere;
		this.organisasjon = organisasjon;
		this.mailSender = mailSender;
		this.formats = formats;
		this.dager = dager;
		this.avsender = avsender;
		this.adresse = adresse.strip().replaceAll("/+$", "");
	}

	/** @return the number of e-mails sent; 0 when another instance holds the lock (ShedLock skips the call) */
	@Scheduled(cron = "${styringsregister.paminnelser.cron:-}", zone = "Europe/Oslo")
	@SchedulerLock(name = "frist-paminnelser", lockAtLeastFor = "${styringsregister.paminnelser.laas-minst:PT10M}",
			lockAtMostFor = "PT1H")
	public void sendDaglig() {
		send(LocalDate.now(Formats.OSLO));
	}

	public int send(LocalDate iDag) {
		JavaMailSender sender = mailSender.getIfAvailable();
		if (sender == null) {
			log.warn("Påminnelser om frister er ikke sendt: e-post (spring.mail.host) er ikke satt opp.");
			return 0;
		}
		// E-mail leaves the register: always the public view, exempt titles hidden whoever the lead is.
		// The next days begin with today, so the last is dager - 1 days on.
		LocalDate sisteDag = iDag.plusDays(dager - 1);
		// Work carried over at year end is reminded of once, as its successor, as the lead's «Trenger oppdatering»
		// counts it.
		Map<Long, List<Forfall>> kommende = perDivisjon(frister.gjeldendeFrister(iDag, sisteDag, false),
				frister.gjeldendeForventede(iDag, sisteDag, false));
		Map<Long, List<Forfall>> forfalte = perDivisjon(frister.forfalte(iDag, false),
				frister.forfalteForventede(iDag, false));
		List<Long> divisjoner = new ArrayList<>(kommende.keySet());
		forfalte.keySet().stream().filter(id -> !kommende.containsKey(id)).forEach(divisjoner::add);
		int sendt = 0;
		for (Long divisjonId : divisjoner) {
			String divisjon = organisasjon.enhet(divisjonId).map(Enhet::navn).orElse("divisjonen");
			List<Forfall> snart = kommende.getOrDefault(divisjonId, List.of());
			List<Forfall> over = forfalte.getOrDefault(divisjonId, List.of());
			for (BrukerService.Mottaker leder : brukere.ledereFor(divisjonId)) {
				SimpleMailMessage melding = new SimpleMailMessage();
				melding.setFrom(avsender);
				melding.setTo(leder.epost());
				melding.setSubject("Frister for " + divisjon + ": " + snart.size() + " de neste " + dager + " dagene, "
						+ over.size() + " forfalt");
				melding.setText(tekst(leder.navn(), divisjon, snart, over));
				try {
					sender.send(melding);
					sendt++;
				}
				catch (MailException ex) {
					log.warn("Kunne ikke sende påminnelse til {}: {}", leder.epost(), ex.getMessage());
				}
			}
		}
		return sendt;
	}

	private String tekst(String navn, String divisjon, List<Forfall> snart, List<Forfall> over) {
		StringBuilder tekst = new StringBuilder("Hei, ").append(navn).append("!\n\n");
		if (!over.isEmpty()) {
			tekst.append("Forfalte frister for oppdrag i ").append(divisjon).append(":\n");
			over.forEach(frist -> linje(tekst, frist));
			tekst.append('\n');
		}
		if (!snart.isEmpty()) {
			tekst.append("Frister de neste ").append(dager).append(" dagene:\n");
			snart.forEach(frist -> linje(tekst, frist));
			tekst.append('\n');
		}
		// A job has no request to take the address from, so it is configured; without it the e-mail names the register.
		tekst.append("Oppdater status og fremdrift i Styringsregisteret")
			.append(adresse.isEmpty() ? "." : ": " + adresse + "/").append("\n\n")
			.append("Denne e-posten er sendt automatisk fra Styringsregisteret.\n");
		return tekst.toString();
	}

	private void linje(StringBuilder tekst, Forfall forfall) {
		FristKilde.Frist frist = forfall.frist();
		tekst.append("- ");
		if (forfall.nyForventetDato()) {
			tekst.append("ny forventet dato ").append(formats.dato(forfall.dato()));
			if (frist.dato() != null) {
				tekst.append(" (fristen i tildelingsbrevet: ").append(formats.dato(frist.dato())).append(')');
			}
		}
		else {
			tekst.append(formats.dato(forfall.dato()));
		}
		tekst.append(": ").append(frist.oppdrag()).append(' ').append(frist.tittel()).append('\n');
		if (!adresse.isEmpty()) {
			tekst.append("  ").append(adresse).append(frist.lenke()).append('\n');
		}
	}

	/**
	 * What a line reminds of: a deadline of the letter, or a delayed assignment's new expected date.
	 *
	 * @param dato the day it is due
	 */
	private record Forfall(LocalDate dato, FristKilde.Frist frist, boolean nyForventetDato) {
	}

	/**
	 * By division and date. A delayed assignment's deadlines give way to its new expected date, so it is reminded of
	 * once, whichever of its dates falls in the period.
	 */
	private static Map<Long, List<Forfall>> perDivisjon(List<FristKilde.Frist> frister,
			List<FristKilde.Frist> forventede) {
		Stream<Forfall> fraBrevet = frister.stream().filter(frist -> frist.forventetDato() == null)
			.map(frist -> new Forfall(frist.dato(), frist, false));
		Stream<Forfall> nyeDatoer = forventede.stream().map(frist -> new Forfall(frist.forventetDato(), frist, true));
		Map<Long, List<Forfall>> resultat = new LinkedHashMap<>();
		Stream.concat(fraBrevet, nyeDatoer).filter(forfall -> forfall.frist().enhetId() != null)
			.sorted(Comparator.comparing(Forfall::dato))
			.forEach(forfall -> resultat.computeIfAbsent(forfall.frist().enhetId(), id -> new ArrayList<>()).add(forfall));
		return resultat;
	}
}
