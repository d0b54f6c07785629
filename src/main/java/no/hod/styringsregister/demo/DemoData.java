package no.hod.styringsregister.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.instrukser.InstruksImport;
import no.hod.styringsregister.oppdrag.OppdragUpdates;
import no.hod.styringsregister.organisasjon.Enhet;
import no.hod.styringsregister.organisasjon.Etat;
import no.hod.styringsregister.organisasjon.OrganisasjonImport;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.tildelingsbrev.TildelingsbrevImport;
import no.hod.styringsregister.web.Formats;

import static no.hod.styringsregister.oppdrag.OppdragStatus.FORSINKET;
import static no.hod.styringsregister.oppdrag.OppdragStatus.FULLFORT;
import static no.hod.styringsregister.oppdrag.OppdragStatus.LEVERT;
import static no.hod.styringsregister.oppdrag.OppdragStatus.PAAGAAR;

/** Runs before the first-admin check, so in demo mode that check finds users and passes. */
@Component
@Order(50)
class DemoData implements ApplicationRunner {

	static final String PASSWORD = "demo";

	private static final List<String> LETTERS = List.of("tildelingsbrev-helsedirektoratet-2020.txt",
			"tildelingsbrev-helsedirektoratet-2025.txt");

	private static final List<String> INSTRUCTIONS = List.of("instruks-helsedirektoratet-2018-2019.txt",
			"hovedinstruks-statens-helsetilsyn-2025.txt");

	private static final String ORGANISATION = "organisering-helsedirektoratet.txt";

	/** Assignments of the 2025 letter the demo routes to the two demo leads' divisions. */
	private static final List<String> FOLKEHELSE = List.of("TB2025-1", "TB2025-2", "TB2025-3", "TB2025-4", "TB2025-8",
			"TB2025-9", "TB2025-10", "TB2025-11", "TB2025-13", "TB2025-14", "TB2025-15");

	private static final List<String> SPESIALISTHELSE = List.of("TB2025-23", "TB2025-25", "TB2025-27", "TB2025-30",
			"TB2025-31", "TB2025-33", "TB2025-37", "TB2025-43", "TB2025-44", "TB2025-50");

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final Environment environment;

	private final BrukerService brukere;

	private final OrganisasjonService organisasjon;

	private final TildelingsbrevImport letters;

	private final OrganisasjonImport organisasjonImport;

	private final InstruksImport instruksImport;

	private final OppdragUpdates oppdrag;

	DemoData(Environment environment, BrukerService brukere, OrganisasjonService organisasjon,
			TildelingsbrevImport letters, OrganisasjonImport organisasjonImport, InstruksImport instruksImport,
			OppdragUpdates oppdrag) {
		this.environment = environment;
		this.brukere = brukere;
		this.organisasjon = organisasjon;
		this.letters = letters;
		this.organisasjonImport = organisasjonImport;
		this.instruksImport = instruksImport;
		this.oppdrag = oppdrag;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!DemoMode.enabled(environment) || brukere.anyUsers()) {
			return;
		}
		log.info("Demomodus: tom database, legger inn demobrukere (passord «{}») og eksempeldata.", PASSWORD);
		Demobrukere demobrukere = createUsers();
		asSystemAdmin(this::importOrganisationAndInstructions);
		asSystemAdmin(this::importLetters);
		startTheYearsWork(demobrukere);
	}

	/**
	 * The 2025 letter's work under way, through the same workflow as the pages, so that each demo user finds
	 * something to do: assignments routed to both leads' divisions, some in progress, one delayed, deliveries waiting
	 * for a desk officer, one accepted and one returned, each step in the history under its user's name.
	 */
	private void startTheYearsWork(Demobrukere u) {
		int rutet = oppdrag.route(FOLKEHELSE, u.folkehelse().enhetId(), null, u.admin())
				+ oppdrag.route(SPESIALISTHELSE, u.spesialist().enhetId(), null, u.admin());
		LocalDate omToManeder = LocalDate.now(Formats.OSLO).plusMonths(2);

		oppdrag.changeStatus("TB2025-1", PAAGAAR, "Analysene er i gang. Utkast til rapport i løpet av høsten.", null,
				null, u.folkehelse());
		oppdrag.changeStatus("TB2025-2", LEVERT, "Anbefalingene ble sendt departementet 14. mars.", null, null,
				u.folkehelse());
		oppdrag.changeStatus("TB2025-2", FULLFORT, "Mottatt og gjennomgått.", null, null, u.saksbehandler());
		oppdrag.changeStatus("TB2025-8", LEVERT, "Rapporten er oversendt departementet.", null, null, u.folkehelse());
		oppdrag.changeStatus("TB2025-9", FORSINKET, null, omToManeder,
				"Venter på nye tall fra Ungdata-undersøkelsen.", u.folkehelse());
		oppdrag.changeStatus("TB2025-13", PAAGAAR, "Høringsutkast til rådene er under arbeid.", null, null,
				u.folkehelse());

		oppdrag.changeStatus("TB2025-23", LEVERT, "Vurderingen av avtalespesialistene er sendt departementet.", null,
				null, u.spesialist());
		oppdrag.changeStatus("TB2025-31", PAAGAAR, "Arbeidsgruppe med de regionale helseforetakene er etablert.",
				null, null, u.spesialist());
		oppdrag.changeStatus("TB2025-33", LEVERT, "Vurderingen er oversendt.", null, null, u.spesialist());
		oppdrag.changeStatus("TB2025-33", PAAGAAR, "Vurderingen mangler kostnadsanslag. Send en oppdatert versjon.",
				null, null, u.saksbehandler());
		oppdrag.changeStatus("TB2025-43", PAAGAAR, "Tiltakene følges opp månedlig med de regionale helseforetakene.",
				null, null, u.spesialist());
		log.info("Demomodus: rutet {} oppdrag til to divisjoner og oppdaterte status på noen av dem", rutet);
	}

	/** The organisation fills in the divisions the first migration registers (matched by name) with departments. */
	private void importOrganisationAndInstructions() {
		OrganisasjonImport.Resultat organisation = organisasjonImport.importer("Helsedirektoratet", ORGANISATION,
				demoFile(ORGANISATION));
		log.info("Demomodus: importerte {} ({} nye enheter, {} endret)", ORGANISATION, organisation.nye(),
				organisation.endrede());
		for (String instruction : INSTRUCTIONS) {
			InstruksImport.Resultat resultat = instruksImport.importer(instruction, demoFile(instruction));
			log.info("Demomodus: importerte {} («{}»)", instruction, resultat.tittel());
		}
	}

	private static byte[] demoFile(String name) {
		try (InputStream in = new ClassPathResource("demo/" + name).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void importLetters() {
		for (String letter : LETTERS) {
			try (InputStream in = new ClassPathResource("demo/" + letter).getInputStream()) {
				TildelingsbrevImport.Resultat resultat = letters.importFile(letter, in.readAllBytes(), "demo");
				log.info("Demomodus: importerte {} ({} poster, {} advarsler)", letter, resultat.added(),
						resultat.warnings().size());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	/** The imports check the admin role; the demo data runs before anyone signs in. */
	private static void asSystemAdmin(Runnable work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("demo", null,
				List.of(new SimpleGrantedAuthority(Rolle.ADMIN.authority()))));
		SecurityContextHolder.setContext(context);
		try {
			work.run();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	private record Demobrukere(CurrentUser admin, CurrentUser saksbehandler, CurrentUser folkehelse,
			CurrentUser spesialist) {
	}

	private Demobrukere createUsers() {
		Etat hdir = organisasjon.etatByName("Helsedirektoratet")
			.orElseThrow(() -> new IllegalStateException("Helsedirektoratet mangler i etatsregisteret"));
		List<Enhet> divisjoner = organisasjon.divisjoner(hdir.id());
		long folkehelse = division(divisjoner, "Divisjon folkehelse");
		long spesialist = division(divisjoner, "Divisjon spesialisthelsetjenester");
		CurrentUser admin = brukere.create(new NyBruker("admin", "Ada Admin", PASSWORD, Rolle.ADMIN, null, true, null));
		CurrentUser saksbehandler = brukere.create(new NyBruker("saksbehandler", "Sara Saksbehandler", PASSWORD,
				Rolle.HOD_SAKSBEHANDLER, null, false, null));
		brukere.create(new NyBruker("saksbehandler-klarert", "Kari Klarert", PASSWORD, Rolle.HOD_SAKSBEHANDLER, null,
				true, null));
		CurrentUser lederFolkehelse = brukere.create(new NyBruker("leder-folkehelse", "Frida Folkehelse", PASSWORD,
				Rolle.HDIR_LEDER, folkehelse, false, "leder-folkehelse@example.org"));
		CurrentUser lederSpesialist = brukere.create(new NyBruker("leder-spesialist", "Sverre Spesialist", PASSWORD,
				Rolle.HDIR_LEDER, spesialist, false, "leder-spesialist@example.org"));
		return new Demobrukere(admin, saksbehandler, lederFolkehelse, lederSpesialist);
	}

	private static long division(List<Enhet> divisjoner, String navn) {
		return divisjoner.stream().filter(d -> d.navn().equals(navn)).findFirst().map(Enhet::id)
			.orElseThrow(() -> new IllegalStateException("Fant ikke " + navn));
	}
}
