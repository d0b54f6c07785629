package no.hod.styringsregister.brukere.internal;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds the register's user for a sign-on through the OpenID Connect provider, or creates one without a role.
 * <ol>
 * <li>By the provider's identity (issuer and {@code sub}): stable for a person, so a changed user name at the provider
 * neither creates a second user nor lets someone else take this one over.</li>
 * <li>Else by user name (the configured claim, case ignored): a user an admin created beforehand is taken over and
 * tied to the identity, unless it is already tied to another one, which is refused.</li>
 * <li>Else a new user with that name, no password and no role, who waits until an admin grants a role.</li>
 * </ol>
 * A deactivated user is refused. Two first sign-ons of one person at the same moment (two tabs) race to create or tie
 * the user; the loser of the race, refused by the database's unique index or the row's version, looks again and finds
 * what the winner wrote.
 */
@Service
class OidcBrukere {

	static final String DEAKTIVERT = "bruker_deaktivert";

	static final String ANNEN_IDENTITET = "bruker_annen_identitet";

	static final String UBRUKELIG_BRUKERNAVN = "bruker_ubrukelig_brukernavn";

	private static final Logger log = LoggerFactory.getLogger(OidcBrukere.class);

	private final BrukerRepository brukere;

	private final TransactionTemplate transaksjon;

	private final String brukernavnClaim;

	private final String navnClaim;

	private final Brukerlogg logg;

	OidcBrukere(BrukerRepository brukere, Brukerlogg logg, PlatformTransactionManager transaksjoner,
			@Value("${styringsregister.oidc.brukernavn-claim:preferred_username}") String brukernavnClaim,
			@Value("${styringsregister.oidc.navn-claim:name}") String navnClaim) {
		this.brukere = brukere;
		this.logg = logg;
		this.transaksjon = new TransactionTemplate(transaksjoner);
		this.brukernavnClaim = brukernavnClaim;
		this.navnClaim = navnClaim;
	}

	BrukerEntity logInn(OidcUser fraLeverandor) {
		try {
			return transaksjon.execute(status -> finnBruker(fraLeverandor));
		}
		catch (DataIntegrityViolationException | ConcurrencyFailureException samtidig) {
			log.info("En samtidig første innlogging gjennom OIDC skrev brukeren; leser den på nytt.");
			return transaksjon.execute(status -> finnBruker(fraLeverandor));
		}
	}

	private BrukerEntity finnBruker(OidcUser fraLeverandor) {
		String issuer = String.valueOf(fraLeverandor.getIdToken().getIssuer());
		String subject = fraLeverandor.getSubject();
		BrukerEntity bruker = brukere.findByOidcIssuerAndOidcSubject(issuer, subject)
			.orElseGet(() -> finnEllerOpprett(fraLeverandor, issuer, subject));
		if (!bruker.isAktiv()) {
			log.info("Avviste innlogging gjennom OIDC for den deaktiverte brukeren «{}».", bruker.getBrukernavn());
			throw feil(DEAKTIVERT, "Brukeren er deaktivert.");
		}
		return bruker;
	}

	private BrukerEntity finnEllerOpprett(OidcUser fraLeverandor, String issuer, String subject) {
		String brukernavn = brukernavn(fraLeverandor);
		Optional<BrukerEntity> eksisterende = brukere.findByBrukernavnIgnoreCase(brukernavn);
		if (eksisterende.isPresent()) {
			BrukerEntity bruker = eksisterende.get();
			if (subject.equals(bruker.getOidcSubject()) && issuer.equals(bruker.getOidcIssuer())) {
				// Tied to this identity a moment ago by a simultaneous sign-on of the same person.
				return bruker;
			}
			if (bruker.getOidcSubject() != null) {
				// Someone else at the provider now carries this name: never hand them the user's access.
				log.warn("Avviste innlogging gjennom OIDC: brukernavnet «{}» er knyttet til en annen identitet.",
						brukernavn);
				throw feil(ANNEN_IDENTITET, "Brukernavnet er knyttet til en annen identitet.");
			}
			bruker.kobleTil(issuer, subject);
			// The user signs in as himself: he is who made the change.
			logg.skriv(bruker.getId(), new Brukerlogg.Aktor(bruker.getBrukernavn(), bruker.getNavn()),
					"innloggingstjeneste", null, logg.tekst("bruker.logg.oidc-knyttet"));
			log.info("Knyttet brukeren «{}» til identiteten hos innloggingstjenesten.", bruker.getBrukernavn());
			return bruker;
		}
		String navn = tekst(fraLeverandor.getClaims().get(navnClaim));
		BrukerEntity ny = BrukerEntity.venter(brukernavn, navn == null ? brukernavn : abbreviate(navn, 200),
				epost(fraLeverandor), issuer, subject);
		log.info("Opprettet brukeren «{}» ved første innlogging gjennom OIDC; den venter på en rolle.", brukernavn);
		BrukerEntity lagret = brukere.save(ny);
		logg.opprettet(lagret, new Brukerlogg.Aktor(lagret.getBrukernavn(), lagret.getNavn()),
				logg.tekst("bruker.logg.oidc-opprettet"));
		return lagret;
	}

	/** The claim as the register's user name: no blanks or control characters, and not too long for the lists. */
	private String brukernavn(OidcUser fraLeverandor) {
		String brukernavn = tekst(fraLeverandor.getClaims().get(brukernavnClaim));
		if (brukernavn == null || brukernavn.length() < 2 || brukernavn.length() > 200
				|| brukernavn.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
			log.warn("Avviste innlogging gjennom OIDC: kravet «{}» mangler eller kan ikke brukes som brukernavn.",
					brukernavnClaim);
			throw feil(UBRUKELIG_BRUKERNAVN, "Kravet " + brukernavnClaim + " kan ikke brukes som brukernavn.");
		}
		return brukernavn;
	}

	private static String epost(OidcUser fraLeverandor) {
		String epost = tekst(fraLeverandor.getEmail());
		return epost != null && epost.matches("[^@\\s]+@[^@\\s]+") ? epost : null;
	}

	private static String tekst(Object verdi) {
		if (verdi == null) {
			return null;
		}
		String tekst = verdi.toString().trim();
		return tekst.isEmpty() ? null : tekst;
	}

	private static String abbreviate(String tekst, int maks) {
		return tekst.length() <= maks ? tekst : tekst.substring(0, maks);
	}

	private static OAuth2AuthenticationException feil(String kode, String beskrivelse) {
		return new OAuth2AuthenticationException(new OAuth2Error(kode, beskrivelse, null));
	}
}
