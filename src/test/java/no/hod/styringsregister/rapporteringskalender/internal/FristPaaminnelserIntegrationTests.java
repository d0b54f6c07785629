package no.hod.styringsregister.rapporteringskalender.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.oppdrag.OppdragImport;
import no.hod.styringsregister.oppdrag.OppdragImport.OppdragData;
import no.hod.styringsregister.oppdrag.OppdragImport.Tekstdel;
import no.hod.styringsregister.oppdrag.OppdragImport.Unntak;
import no.hod.styringsregister.oppdrag.OppdragStatus;
import no.hod.styringsregister.oppdrag.OppdragUpdates;
import no.hod.styringsregister.organisasjon.Enhet;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.rapporteringskalender.internal.Testporter.TestForsinket;
import no.hod.styringsregister.rapporteringskalender.internal.Testporter.TestFrist;
import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.testsupport.Testbrukere;
import no.hod.styringsregister.web.Formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The daily reminder against an in-process SMTP server, with two "instances" racing for the database lock. */
@IntegrationTest
@AutoConfigureMockMvc
@Import(Testporter.class)
@TestPropertySource(properties = "styringsregister.adresse=https://styringsregister.example/")
class FristPaaminnelserIntegrationTests {

	@Autowired
	FristPaaminnelser paaminnelser;

	@Autowired
	Testporter.Frister frister;

	@Autowired
	GreenMail greenMail;

	@Autowired
	BrukerService brukere;

	@Autowired
	OrganisasjonService organisasjon;

	@Autowired
	DataSource dataSource;

	@Autowired
	FristerFraOppdrag fristerFraOppdrag;

	@Autowired
	OppdragImport oppdragImport;

	@Autowired
	OppdragUpdates oppdragUpdates;

	@Autowired
	ObjectProvider<JavaMailSender> mailSender;

	@Autowired
	Formats formats;

	@Autowired
	MockMvc mvc;

	LocalDate iDag = LocalDate.now(Formats.OSLO);

	Enhet folkehelse;

	Enhet spesialist;

	@BeforeEach
	void oppsett() throws Exception {
		long hdir = organisasjon.etatByName("Helsedirektoratet").orElseThrow().id();
		folkehelse = divisjon(hdir, "Divisjon folkehelse");
		spesialist = divisjon(hdir, "Divisjon spesialisthelsetjenester");
		leder("paam-fhi-1", "Folke Helse", folkehelse.id(), "folke.helse@hdir.test");
		leder("paam-fhi-2", "Fie Helse", folkehelse.id(), "fie.helse@hdir.test");
		leder("paam-fhi-3", "Uten Epost", folkehelse.id(), null);
		leder("paam-spes", "Spes Ialist", spesialist.id(), "spes.ialist@hdir.test");
		frister.tom();
		greenMail.purgeEmailFromAllMailboxes();
		new JdbcTemplate(dataSource).update("DELETE FROM shedlock");
	}

	private Enhet divisjon(long etatId, String navn) {
		return organisasjon.divisjoner(etatId).stream().filter(d -> d.navn().equals(navn)).findFirst().orElseThrow();
	}

	private void leder(String brukernavn, String navn, long enhetId, String epost) {
		Testbrukere.opprett(brukere, new NyBruker(brukernavn, navn, "passord-passord-1", Rolle.HDIR_LEDER, enhetId,
				false, epost));
	}

	@Test
	void eachLeadGetsOneMailWithTheDivisionsDeadlinesEvenWhenTwoInstancesRun() throws Exception {
		frister.frister.add(new TestFrist("p1", iDag.plusDays(3), "TB2026-11", "Nasjonal handlingsplan for kosthold",
				"Nasjonal handlingsplan for kosthold", 1, folkehelse.id()));
		frister.frister.add(new TestFrist("p2", iDag.minusDays(2), "TB2026-12", "Unntatt offentlighet",
				"Hemmelig tobakksstrategi", 1, folkehelse.id()));
		// Beyond the 14 days and not overdue: no reminder for the specialist division.
		frister.frister.add(new TestFrist("p3", iDag.plusDays(20), "TB2026-13", "Ventetider", "Ventetider", 1,
				spesialist.id()));

		JdbcTemplateLockProvider annenInstans = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration
			.builder().withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().build());
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService instanser = Executors.newFixedThreadPool(2);
		try {
			Future<?> a = instanser.submit(() -> {
				start.await();
				paaminnelser.sendDaglig();
				return null;
			});
			Future<?> b = instanser.submit(() -> {
				start.await();
				new DefaultLockingTaskExecutor(annenInstans).executeWithLock((Runnable) () -> paaminnelser.send(iDag),
						new LockConfiguration(Instant.now(), "frist-paminnelser", Duration.ofHours(1),
								Duration.ofMinutes(10)));
				return null;
			});
			start.countDown();
			a.get(60, TimeUnit.SECONDS);
			b.get(60, TimeUnit.SECONDS);
		}
		finally {
			instanser.shutdownNow();
		}
		// A late run the same day (an instance whose clock is behind) is still inside the lock.
		paaminnelser.sendDaglig();
		greenMail.waitForIncomingEmail(5_000, 2);

		List<MimeMessage> alle = Arrays.asList(greenMail.getReceivedMessages());
		assertThat(til(alle, "folke.helse@hdir.test")).hasSize(1);
		assertThat(til(alle, "fie.helse@hdir.test")).hasSize(1);
		assertThat(til(alle, "spes.ialist@hdir.test")).isEmpty();
		assertThat(alle).hasSize(2);

		MimeMessage melding = til(alle, "folke.helse@hdir.test").get(0);
		assertThat(melding.getSubject()).isEqualTo("Frister for Divisjon folkehelse: 1 de neste 14 dagene, 1 forfalt");
		String tekst = GreenMailUtil.getBody(melding);
		assertThat(tekst).contains("Hei, Folke Helse!", "TB2026-11", "Nasjonal handlingsplan for kosthold", "TB2026-12",
				"Forfalte frister").doesNotContain("Hemmelig", "TB2026-13");
		// The register's address, and each assignment's page under its line; the exempt title stays withheld.
		assertThat(tekst.replace("\r\n", "\n")).contains("Oppdater status og fremdrift i Styringsregisteret: https://styringsregister.example/\n",
				"TB2026-11 Nasjonal handlingsplan for kosthold\n  https://styringsregister.example/oppdrag/TB2026-11\n",
				"TB2026-12 Unntatt offentlighet\n  https://styringsregister.example/oppdrag/TB2026-12\n")
			.doesNotContain("framdrift");
	}

	@Test
	void aDelayedAssignmentIsRemindedOfOnceByItsNewExpectedDateWithTheLettersDeadlineBeside() throws Exception {
		long hdir = folkehelse.etatId();
		frister.frister.add(new TestFrist("pf0", iDag.plusDays(4), "TB2077-1", "Vanlig frist", "Vanlig frist", hdir,
				folkehelse.id()));
		// The letter's deadline passed, the new date ahead: due soon, not overdue.
		frister.forsinkede.add(new TestForsinket("pf1", iDag.minusDays(10), iDag.plusDays(5), "TB2077-2",
				"Forsinket kartlegging", "Forsinket kartlegging", hdir, folkehelse.id()));
		// The letter's deadline within the days, the new date beyond them: nothing to remind of yet.
		frister.forsinkede.add(new TestForsinket("pf2", iDag.plusDays(3), iDag.plusDays(40), "TB2077-3",
				"Utsatt veileder", "Utsatt veileder", hdir, folkehelse.id()));
		// Both dates passed: overdue once, by the new date.
		frister.forsinkede.add(new TestForsinket("pf3", iDag.minusDays(30), iDag.minusDays(2), "TB2077-4",
				"Fortsatt forsinket", "Fortsatt forsinket", hdir, folkehelse.id()));

		assertThat(paaminnelser.send(iDag)).isEqualTo(2);
		MimeMessage melding = til(Arrays.asList(greenMail.getReceivedMessages()), "folke.helse@hdir.test").get(0);
		assertThat(melding.getSubject()).isEqualTo("Frister for Divisjon folkehelse: 2 de neste 14 dagene, 1 forfalt");
		String tekst = GreenMailUtil.getBody(melding);
		Formats formats = new Formats();
		String soon = tekst.substring(tekst.indexOf("Frister de neste 14 dagene:"));
		String forfalt = tekst.substring(tekst.indexOf("Forfalte frister"), tekst.indexOf("Frister de neste 14 dagene:"));
		assertThat(soon).contains("- " + formats.dato(iDag.plusDays(4)) + ": TB2077-1 Vanlig frist",
				"- ny forventet dato " + formats.dato(iDag.plusDays(5)) + " (fristen i tildelingsbrevet: "
						+ formats.dato(iDag.minusDays(10)) + "): TB2077-2 Forsinket kartlegging");
		assertThat(forfalt).contains("- ny forventet dato " + formats.dato(iDag.minusDays(2))
				+ " (fristen i tildelingsbrevet: " + formats.dato(iDag.minusDays(30)) + "): TB2077-4 Fortsatt forsinket");
		assertThat(tekst.split(": TB2077-2 ", -1)).as("one line for TB2077-2").hasSize(2);
		assertThat(tekst.split(": TB2077-4 ", -1)).as("one line for TB2077-4").hasSize(2);
		assertThat(tekst).doesNotContain("TB2077-3");
	}

	/**
	 * The assignments' own deadlines, not the stand-in's: the letter of 2081 (a year no other test of this context
	 * uses) has one assignment under way with its deadline long passed and one delayed to a date in the coming days;
	 * the letter of 2082 repeats both titles with deadlines of its own, the year end links them, and the lead moves the
	 * delayed successor's date once more. The lead is reminded of each piece of work once, as its successor, as the
	 * start page's «Trenger oppdatering» counts it.
	 */
	@Test
	void workCarriedOverAtYearEndIsRemindedOfOnceAsItsSuccessor() throws Exception {
		String etatNavn = "Påminnelsesetaten";
		mvc.perform(post("/admin/organisasjon/etat").with(user("admin").roles("ADMIN")).with(csrf())
			.param("navn", etatNavn)).andExpect(status().is3xxRedirection());
		long etat = organisasjon.etatByName(etatNavn).orElseThrow().id();
		mvc.perform(post("/admin/organisasjon/divisjon").with(user("admin").roles("ADMIN")).with(csrf())
			.param("etatId", String.valueOf(etat)).param("navn", "Divisjon med videreført arbeid"))
			.andExpect(status().is3xxRedirection());
		Enhet divisjon = organisasjon.divisjoner(etat).get(0);
		CurrentUser admin = brukere.create(new NyBruker("paam-vf-adm", "Vf Admin", "passord-passord-1", Rolle.ADMIN,
				null, true, null));
		CurrentUser leder = brukere.create(new NyBruker("paam-vf-leder", "Vf Leder", "passord-passord-1",
				Rolle.HDIR_LEDER, divisjon.id(), false, "vf.leder@hdir.test"));
		oppdragImport.apply(981_081, 2081, etat, List.of(oppdrag("PV2081-1", "Kartlegging av ventetider",
				iDag.minusDays(200)), oppdrag("PV2081-2", "Veileder for samhandling", iDag.minusDays(100))));
		oppdragUpdates.route(List.of("PV2081-1", "PV2081-2"), divisjon.id(), null, admin);
		oppdragUpdates.changeStatus("PV2081-1", OppdragStatus.PAAGAAR, "Godt i gang.", null, null, leder);
		oppdragUpdates.changeStatus("PV2081-2", OppdragStatus.FORSINKET, null, iDag.plusDays(5), "Venter på tall.",
				leder);
		oppdragImport.apply(981_082, 2082, etat, List.of(oppdrag("PV2082-1", "Kartlegging av ventetider",
				iDag.minusDays(20)), oppdrag("PV2082-2", "Veileder for samhandling", iDag.plusDays(60))));
		mvc.perform(post("/oppdrag/videreforing").param("aar", "2081").param("bekreftet", "true")
			.with(user("paam-vf-adm").roles("ADMIN")).with(csrf())).andExpect(status().is3xxRedirection());
		oppdragUpdates.changeStatus("PV2082-2", OppdragStatus.FORSINKET, null, iDag.plusDays(8),
				"Venter fortsatt på tall.", leder);

		FristPaaminnelser medOppdragene = new FristPaaminnelser(fristerFraOppdrag, brukere, organisasjon, mailSender,
				formats, 14, "styringsregister@localhost", "");
		medOppdragene.send(iDag);

		MimeMessage melding = til(Arrays.asList(greenMail.getReceivedMessages()), "vf.leder@hdir.test").get(0);
		assertThat(melding.getSubject())
			.isEqualTo("Frister for Divisjon med videreført arbeid: 1 de neste 14 dagene, 1 forfalt");
		// Decoded: a long line is folded in the raw quoted-printable body.
		String tekst = (String) melding.getContent();
		assertThat(tekst).contains("- " + formats.dato(iDag.minusDays(20)) + ": PV2082-1 Kartlegging av ventetider",
				"- ny forventet dato " + formats.dato(iDag.plusDays(8)) + " (fristen i tildelingsbrevet: "
						+ formats.dato(iDag.plusDays(60)) + "): PV2082-2 Veileder for samhandling")
			.doesNotContain("PV2081-1", "PV2081-2");
	}

	/**
	 * An id stored before the import checked it may hold a slash, which no address carries: the reminder links the
	 * assignment by its register key then, and the link leads to its page.
	 */
	@Test
	void theReminderLinksAnAssignmentWhoseIdHasASlashToItsPage() throws Exception {
		String etatNavn = "Lenkepåminnelsesetaten";
		mvc.perform(post("/admin/organisasjon/etat").with(user("admin").roles("ADMIN")).with(csrf())
			.param("navn", etatNavn)).andExpect(status().is3xxRedirection());
		long etat = organisasjon.etatByName(etatNavn).orElseThrow().id();
		mvc.perform(post("/admin/organisasjon/divisjon").with(user("admin").roles("ADMIN")).with(csrf())
			.param("etatId", String.valueOf(etat)).param("navn", "Divisjon med skråstrek"))
			.andExpect(status().is3xxRedirection());
		Enhet divisjon = organisasjon.divisjoner(etat).get(0);
		CurrentUser admin = brukere.create(new NyBruker("paam-lk-adm", "Lk Admin", "passord-passord-1", Rolle.ADMIN,
				null, true, null));
		brukere.create(new NyBruker("paam-lk-leder", "Lk Leder", "passord-passord-1", Rolle.HDIR_LEDER,
				divisjon.id(), false, "lk.leder@hdir.test"));
		oppdragImport.apply(981_083, 2083, etat, List.of(oppdrag("PL2083-1", "Forfalt kartlegging", iDag.minusDays(2))));
		oppdragUpdates.route(List.of("PL2083-1"), divisjon.id(), null, admin);
		new JdbcTemplate(dataSource).update("UPDATE oppdrag SET offisiell_id = ?, visnings_id = ? WHERE offisiell_id = ?",
				"PL 2083/1", "PL 2083/1", "PL2083-1");

		FristPaaminnelser medOppdragene = new FristPaaminnelser(fristerFraOppdrag, brukere, organisasjon, mailSender,
				formats, 14, "styringsregister@localhost", "https://styringsregister.example/");
		medOppdragene.send(iDag);

		MimeMessage melding = til(Arrays.asList(greenMail.getReceivedMessages()), "lk.leder@hdir.test").get(0);
		String tekst = ((String) melding.getContent()).replace("\r\n", "\n");
		assertThat(tekst).contains("PL 2083/1 Forfalt kartlegging\n");
		Matcher lenke = Pattern
			.compile("PL 2083/1 Forfalt kartlegging\n  https://styringsregister\\.example(/\\S+)\n").matcher(tekst);
		assertThat(lenke.find()).as(tekst).isTrue();
		assertThat(lenke.group(1)).matches("/oppdrag/[A-Za-z0-9._~%-]+");
		assertThat(mvc.perform(get(URI.create(lenke.group(1))).with(user("paam-lk-leder").roles("HDIR_LEDER")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("PL 2083/1", "Forfalt kartlegging");
	}

	private static OppdragData oppdrag(String id, String tittel, LocalDate frist) {
		return new OppdragData(id, "2.1", "God kompetanse", List.of("KTA"), tittel,
				List.of(new Tekstdel("Arbeidet fortsetter.", false)), List.of(frist), null, Unntak.NONE, List.of(),
				List.of());
	}

	@Test
	void withNothingDueNoMailIsSent() throws Exception {
		frister.frister.add(new TestFrist("p9", iDag.plusDays(30), "TB2026-19", "Langt fram", "Langt fram", 1,
				folkehelse.id()));
		// The 14 days begin today, so the fifteenth day is beyond them.
		frister.frister.add(new TestFrist("p10", iDag.plusDays(14), "TB2026-20", "Dagen etter", "Dagen etter", 1,
				folkehelse.id()));
		assertThat(paaminnelser.send(iDag)).isZero();
		assertThat(greenMail.getReceivedMessages()).isEmpty();
	}

	private static List<MimeMessage> til(List<MimeMessage> meldinger, String adresse) {
		return meldinger.stream().filter(m -> {
			try {
				return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(adresse));
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}
}
