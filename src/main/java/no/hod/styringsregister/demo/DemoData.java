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
import org.springframework.stereotype.Component;

import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.instrukser.InstruksImport;
import no.hod.styringsregister.organisasjon.Enhet;
import no.hod.styringsregister.organisasjon.Etat;
import no.hod.styringsregister.organisasjon.OrganisasjonImport;
import no.hod.styringsregister.organisasjon.OrganisasjonService;

/** Runs before the first-admin check, so in demo mode that check finds users and passes. */
@Component
@Order(50)
class DemoData implements ApplicationRunner {

	static final String PASSWORD = "demo";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final Environment environment;

	private final BrukerService brukere;

	private final OrganisasjonService organisasjon;

	private final OrganisasjonImport organisasjonImport;

	private final InstruksImport instruksImport;

	DemoData(Environment environment, BrukerService brukere, OrganisasjonService organisasjon,
			OrganisasjonImport organisasjonImport, InstruksImport instruksImport) {
		this.environment = environment;
		this.brukere = brukere;
		this.organisasjon = organisasjon;
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
		importOrganisation();
		importInstructions();
	}

	/** Fills in the divisions the first migration registers (matched by name) with their departments. */
	private void importOrganisation() {
		String file = "organisering-helsedirektoratet.txt";
		OrganisasjonImport.Resultat result = organisasjonImport.importer("Helsedirektoratet", file, seed(file));
		log.info("Demomodus: organisasjonen til Helsedirektoratet er importert ({} nye enheter, {} endret).",
				result.nye(), result.endrede());
	}

	private void importInstructions() {
		for (String file : List.of("instruks-helsedirektoratet-2018-2019.txt",
				"hovedinstruks-statens-helsetilsyn-2025.txt")) {
			InstruksImport.Resultat result = instruksImport.importer(file, seed(file));
			log.info("Demomodus: «{}» er importert.", result.tittel());
		}
	}

	private static byte[] seed(String file) {
		try (InputStream in = DemoData.class.getResourceAsStream("/demo/" + file)) {
			if (in == null) {
				throw new IllegalStateException("Demofilen " + file + " mangler");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
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
