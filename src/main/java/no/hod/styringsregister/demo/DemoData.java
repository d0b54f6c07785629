package no.hod.styringsregister.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.instrukser.InstruksImport;
import no.hod.styringsregister.organisasjon.Enhet;
import no.hod.styringsregister.organisasjon.Etat;
import no.hod.styringsregister.organisasjon.OrganisasjonImport;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.tildelingsbrev.TildelingsbrevImport;

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

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final Environment environment;

	private final BrukerService brukere;

	private final OrganisasjonService organisasjon;

	private final TildelingsbrevImport letters;

	private final OrganisasjonImport organisasjonImport;

	private final InstruksImport instruksImport;

	DemoData(Environment environment, BrukerService brukere, OrganisasjonService organisasjon,
			TildelingsbrevImport letters, OrganisasjonImport organisasjonImport, InstruksImport instruksImport) {
		this.environment = environment;
		this.brukere = brukere;
		this.organisasjon = organisasjon;
		this.letters = letters;
		this.organisasjonImport = organisasjonImport;
		this.instruksImport = instruksImport;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!DemoMode.enabled(environment) || brukere.anyUsers()) {
			return;
		}
		log.info("Demomodus: tom database, legger inn demobrukere (passord «{}») og eksempeldata.", PASSWORD);
		createUsers();
		asSystemAdmin(this::importOrganisationAndInstructions);
		asSystemAdmin(this::importLetters);
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

	private void createUsers() {
		Etat hdir = organisasjon.etatByName("Helsedirektoratet")
			.orElseThrow(() -> new IllegalStateException("Helsedirektoratet mangler i etatsregisteret"));
		List<Enhet> divisjoner = organisasjon.divisjoner(hdir.id());
		long folkehelse = division(divisjoner, "Divisjon folkehelse");
		long spesialist = division(divisjoner, "Divisjon spesialisthelsetjenester");
		brukere.create(new NyBruker("admin", "Ada Admin", PASSWORD, Rolle.ADMIN, null, true, null));
		brukere.create(new NyBruker("saksbehandler", "Sara Saksbehandler", PASSWORD, Rolle.HOD_SAKSBEHANDLER, null,
				false, null));
		brukere.create(new NyBruker("saksbehandler-klarert", "Kari Klarert", PASSWORD, Rolle.HOD_SAKSBEHANDLER, null,
				true, null));
		brukere.create(new NyBruker("leder-folkehelse", "Frida Folkehelse", PASSWORD, Rolle.HDIR_LEDER, folkehelse,
				false, "leder-folkehelse@example.org"));
		brukere.create(new NyBruker("leder-spesialist", "Sverre Spesialist", PASSWORD, Rolle.HDIR_LEDER, spesialist,
				false, "leder-spesialist@example.org"));
	}

	private static long division(List<Enhet> divisjoner, String navn) {
		return divisjoner.stream().filter(d -> d.navn().equals(navn)).findFirst().map(Enhet::id)
			.orElseThrow(() -> new IllegalStateException("Fant ikke " + navn));
	}
}
