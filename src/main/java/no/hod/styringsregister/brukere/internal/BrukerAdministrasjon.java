package no.hod.styringsregister.brukere.internal;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.hod.styringsregister.Regelbrudd;
import no.hod.styringsregister.Sitert;
import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.brukere.CurrentUsers;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.organisasjon.Departementsavdeling;
import no.hod.styringsregister.organisasjon.Enhet;
import no.hod.styringsregister.organisasjon.EtatGruppe;
import no.hod.styringsregister.organisasjon.OrganisasjonService;

/** What admins do with users. Every method checks the admin role itself, whatever page calls it. */
@Service
@PreAuthorize("hasRole('ADMIN')")
class BrukerAdministrasjon {

	/** Lock times as the admins read the clock (the web module's formats depend on this module, not the reverse). */
	private static final java.time.ZoneId OSLO = java.time.ZoneId.of("Europe/Oslo");

	private static final Logger log = LoggerFactory.getLogger(BrukerAdministrasjon.class);

	private final BrukerRepository brukere;

	private final DefaultBrukerService brukerService;

	private final CurrentUsers currentUsers;

	private final OrganisasjonService organisasjon;

	private final PasswordEncoder passwordEncoder;

	private final LoginAttempts attempts;

	private final Sesjonsavslutning sesjoner;

	private final Brukerlogg logg;

	BrukerAdministrasjon(BrukerRepository brukere, DefaultBrukerService brukerService, CurrentUsers currentUsers,
			OrganisasjonService organisasjon, PasswordEncoder passwordEncoder, LoginAttempts attempts,
			Sesjonsavslutning sesjoner, Brukerlogg logg) {
		this.logg = logg;
		this.attempts = attempts;
		this.sesjoner = sesjoner;
		this.brukere = brukere;
		this.brukerService = brukerService;
		this.currentUsers = currentUsers;
		this.organisasjon = organisasjon;
		this.passwordEncoder = passwordEncoder;
	}

	@Transactional(readOnly = true)
	List<BrukerEntity> all() {
		return brukere.findAllByOrderByBrukernavn();
	}

	@Transactional(readOnly = true)
	BrukerEntity get(long id) {
		return brukere.findById(id).orElseThrow(() -> new BrukerIkkeFunnetException(id));
	}

	@Transactional
	long create(BrukerSkjema skjema) {
		validate(skjema, true);
		avvisUtenKlarering(null, skjema);
		return brukerService.create(new NyBruker(skjema.getBrukernavn(), skjema.getNavn(), skjema.getPassord(),
				skjema.getRolle(), skjema.getEnhetId(), skjema.isKlarert(), blankToNull(skjema.getEpost())),
				skjema.getDepartementsavdelingId()).id();
	}

	/**
	 * Saves a user's form; one opened before a field it shows was changed is refused ({@link #avvisUtdatert}), under
	 * the user's row lock, so that two admins' saves cannot both pass the check.
	 */
	@Transactional
	void update(long id, BrukerSkjema skjema) {
		avvisUtdatert(skjema, brukere.findForUpdate(id).orElseThrow(() -> new BrukerIkkeFunnetException(id)));
		validate(skjema, false);
		List<Regelbrudd> egne = egneRegelbrudd(id, skjema);
		if (!egne.isEmpty()) {
			throw new IllegalArgumentException(String.join(" ", egne.stream().map(Regelbrudd::melding).toList()));
		}
		avvisUtenKlarering(id, skjema);
		BrukerEntity bruker = get(id);
		Map<String, String> for_ = logg.verdier(bruker);
		bruker.setNavn(skjema.getNavn().trim());
		bruker.setEpost(blankToNull(skjema.getEpost()));
		bruker.assign(skjema.getRolle(), skjema.getEnhetId(), skjema.isKlarert());
		bruker.setDepartementsavdelingId(skjema.getDepartementsavdelingId());
		bruker.setAktiv(skjema.isAktiv());
		logg.endret(id, aktor(), for_, logg.verdier(bruker));
	}

	/** The user's change log, newest first: for admins only, as everything here. */
	@Transactional(readOnly = true)
	List<Brukerlogg.Endring> endringslogg(long id) {
		return logg.endringer(get(id).getId());
	}

	/**
	 * Refuses a user's form opened with an older version than the saved one, when a field it shows has changed since:
	 * saving it would put back what someone else changed, such as a clearance they took away (offl. § 22). A change
	 * the form does not show (a new password, the link to the identity provider) takes nothing from it, and is no
	 * conflict. The values the form was opened with come with it; without them any newer version is a conflict.
	 *
	 * @throws Brukerkonflikt with the form to show again
	 * @throws IllegalArgumentException for a form without its version
	 */
	@Transactional(readOnly = true)
	void avvisUtdatert(long id, BrukerSkjema skjema) {
		avvisUtdatert(skjema, get(id));
	}

	private static void avvisUtdatert(BrukerSkjema skjema, BrukerEntity naa) {
		if (skjema.getVersjon() == null) {
			throw new IllegalArgumentException("Skjemaet mangler versjonen av brukeren det ble åpnet med. Åpne "
					+ "brukeren på nytt, og gjør endringene der.");
		}
		if (skjema.getVersjon() == naa.getVersjon()) {
			return;
		}
		BrukerSkjema lagret = BrukerSkjema.of(naa);
		BrukerSkjema lastet = skjema.getLastet();
		List<String> endret = lastet == null ? BrukerSkjema.FELTER : lagret.ulikeFelt(lastet);
		if (endret.isEmpty()) {
			return;
		}
		List<String> egne = lastet == null ? List.of() : skjema.ulikeFelt(lastet);
		List<String> kolliderer = endret.stream().filter(egne::contains).toList();
		throw new Brukerkonflikt(endret, kolliderer, lagret.med(skjema, egne));
	}

	/**
	 * A new password also lifts a login lock and forgets the failures: the admin has just told the user the password,
	 * and a user locked out by someone guessing would otherwise wait out the lock with the new one. It ends the user's
	 * open sessions, as deactivating does: a password is reset when it may be known to someone else, who may already
	 * be signed in with it. An admin setting their own keeps the session they do it in.
	 *
	 * @return how many open sessions were ended
	 */
	@Transactional
	int resetPassword(long id, String passord) {
		requirePassword(passord);
		BrukerEntity bruker = get(id);
		if (bruker.isKlarert() && !adminErKlarert()) {
			// Whoever knows the new password could sign in as the cleared user and read exempt content.
			throw new IllegalArgumentException("Brukeren er klarert for innhold unntatt offentlighet (offl. § 22), og "
					+ "du er ikke det. En klarert administrator må sette nytt passord for brukeren.");
		}
		bruker.setPassordHash(passwordEncoder.encode(passord));
		attempts.clear(bruker.getBrukernavn());
		logg.skriv(id, aktor(), "passord", null, Brukerlogg.PASSORD_SATT);
		int avsluttet = sesjoner.avsluttAndre(bruker.getBrukernavn());
		log.info("{} satte nytt passord for «{}» (innloggingssperren er opphevet, {} åpne økter avsluttet).", admin(),
				bruker.getBrukernavn(), avsluttet);
		return avsluttet;
	}

	/** The users whose login is locked now, by id, with when the lock ends (Europe/Oslo). */
	@Transactional(readOnly = true)
	Map<Long, ZonedDateTime> sperrer() {
		Map<String, java.time.OffsetDateTime> locks = attempts.locks();
		Map<Long, ZonedDateTime> sperrer = new HashMap<>();
		if (!locks.isEmpty()) {
			for (BrukerEntity bruker : brukere.findAllByOrderByBrukernavn()) {
				java.time.OffsetDateTime til = locks.get(LoginAttempts.key(bruker.getBrukernavn()));
				if (til != null) {
					sperrer.put(bruker.getId(), til.atZoneSameInstant(OSLO));
				}
			}
		}
		return sperrer;
	}

	/** When the user's login lock ends (Europe/Oslo), if the user is locked now. */
	@Transactional(readOnly = true)
	Optional<ZonedDateTime> sperretTil(long id) {
		return attempts.lockedUntil(get(id).getBrukernavn()).map(til -> til.atZoneSameInstant(OSLO));
	}

	/**
	 * Lifts the user's login lock and forgets the failed attempts; the change log says who did it, and until when the
	 * lock would have lasted. A cleared user's lock is a cleared admin's to lift: lifting it reopens password guessing
	 * on an account that can read exempt content.
	 */
	@Transactional
	void lasOpp(long id) {
		BrukerEntity bruker = get(id);
		if (!kanLaseOpp(bruker)) {
			throw new IllegalArgumentException("Brukeren er klarert for innhold unntatt offentlighet (offl. § 22), og "
					+ "du er ikke det. En klarert administrator må oppheve innloggingssperren for brukeren.");
		}
		String sperret = attempts.lockedUntil(bruker.getBrukernavn())
			.map(til -> logg.tekst("bruker.logg.sperret-til", Brukerlogg.tidspunkt(til))).orElse(null);
		attempts.clear(bruker.getBrukernavn());
		logg.skriv(id, aktor(), "innloggingssperre", sperret, logg.tekst("bruker.logg.opphevet"));
		log.info("{} opphevet innloggingssperren for «{}».", admin(), bruker.getBrukernavn());
	}

	/** The client addresses password login is refused from now (LoginAttempts), the latest lock first. */
	@Transactional(readOnly = true)
	List<LoginAttempts.Adressesperre> adressesperrer() {
		return attempts.addressLocks();
	}

	/**
	 * Lifts the lock on a client address (as listed by {@link #adressesperrer()}) and forgets its failures, for
	 * example for an office whose users share one address. The log says who did it.
	 *
	 * @return whether it was locked
	 */
	@Transactional
	boolean opphevAdressesperre(String adresse) {
		boolean opphevet = attempts.clearAddress(adresse);
		if (opphevet) {
			log.info("{} opphevet innloggingssperren for nettverksadressen {}.", admin(), adresse);
		}
		return opphevet;
	}

	private Brukerlogg.Aktor aktor() {
		return Brukerlogg.Aktor.av(currentUsers.currentIfSignedIn());
	}

	private String admin() {
		return currentUsers.currentIfSignedIn().map(u -> u.brukernavn()).orElse("?");
	}

	List<EtatGruppe> divisjonsgrupper() {
		return EtatGruppe.av(organisasjon.etater(), organisasjon.alleDivisjoner());
	}

	List<Departementsavdeling> departementsavdelinger() {
		return organisasjon.departementsavdelinger();
	}

	/**
	 * Every rule the form breaks, so the form can show them all at once beside their fields; {@code ny} for a new
	 * user, who needs a password.
	 */
	List<Regelbrudd> regelbrudd(BrukerSkjema skjema, boolean ny) {
		List<Regelbrudd> brudd = new ArrayList<>();
		Long avdeling = skjema.getDepartementsavdelingId();
		if (avdeling != null) {
			if (skjema.getRolle() == Rolle.HDIR_LEDER) {
				brudd.add(new Regelbrudd("departementsavdelingId",
						"En divisjonsleder i direktoratet hører ikke til en avdeling i departementet."));
			}
			else if (organisasjon.departementsavdelinger().stream().noneMatch(a -> a.id() == avdeling)) {
				brudd.add(new Regelbrudd("departementsavdelingId", "Velg en avdeling i departementet fra listen."));
			}
		}
		if (skjema.getRolle() == Rolle.HDIR_LEDER) {
			Enhet enhet = skjema.getEnhetId() == null ? null : organisasjon.enhet(skjema.getEnhetId()).orElse(null);
			if (enhet == null || enhet.type() != Enhet.Type.DIVISJON) {
				brudd.add(new Regelbrudd("enhetId", "En divisjonsleder må knyttes til en divisjon."));
			}
		}
		else if (skjema.getEnhetId() != null && skjema.getRolle() == Rolle.HOD_SAKSBEHANDLER) {
			brudd.add(new Regelbrudd("enhetId", "En saksbehandler i departementet hører ikke til en divisjon i "
					+ "direktoratet. Velg «Ingen divisjon» her, og eventuelt en avdeling i departementet under."));
		}
		else if (skjema.getEnhetId() != null && avdeling != null) {
			brudd.add(new Regelbrudd("enhetId", "En bruker hører enten til en divisjon i direktoratet eller til en "
					+ "avdeling i departementet, ikke begge."));
		}
		if (ny && skjema.getBrukernavn() != null && !skjema.getBrukernavn().isBlank()
				&& brukere.findByBrukernavnIgnoreCase(skjema.getBrukernavn().strip()).isPresent()) {
			brudd.add(new Regelbrudd("brukernavn",
					"Brukernavnet " + Sitert.verdi(skjema.getBrukernavn().strip()) + " er allerede i bruk."));
		}
		if (ny) {
			Passordregel.brudd(skjema.getPassord()).ifPresent(melding -> brudd.add(new Regelbrudd("passord", melding)));
		}
		return brudd;
	}

	/**
	 * What an admin may not do to their own user: take away their own admin role or deactivate themselves, which could
	 * leave the register without an admin.
	 */
	List<Regelbrudd> egneRegelbrudd(long id, BrukerSkjema skjema) {
		List<Regelbrudd> brudd = new ArrayList<>();
		if (id == currentUsers.current().id()) {
			if (skjema.getRolle() != null && skjema.getRolle() != Rolle.ADMIN) {
				brudd.add(new Regelbrudd("rolle", "Du kan ikke fjerne din egen administratorrolle."));
			}
			if (!skjema.isAktiv()) {
				brudd.add(new Regelbrudd("aktiv", "Du kan ikke deaktivere deg selv."));
			}
		}
		return brudd;
	}

	/**
	 * What only an admin cleared for exempt content (offl. § 22) may do, for a new user ({@code id} null) or an
	 * existing one: grant or remove clearance, and change the name, role, unit, e-mail or active mark of a cleared
	 * user. Otherwise an uncleared admin could clear himself, or take over a cleared account, and read what clearance
	 * guards; or deactivate the cleared admins, after which nobody could grant clearance. A value left as it is stored
	 * is no change, so the form of a cleared user, sent as it was shown, still saves. Setting a cleared user's password
	 * and lifting his login lock are refused too ({@link #resetPassword}, {@link #lasOpp}).
	 */
	List<Regelbrudd> klareringsbrudd(Long id, BrukerSkjema skjema) {
		if (adminErKlarert()) {
			return List.of();
		}
		BrukerEntity lagret = id == null ? null : get(id);
		boolean klarert = lagret != null && lagret.isKlarert();
		List<Regelbrudd> brudd = new ArrayList<>();
		if (skjema.isKlarert() != klarert) {
			brudd.add(new Regelbrudd("klarert", "Bare en administrator som selv er klarert for innhold unntatt "
					+ "offentlighet (offl. § 22), kan gi eller ta bort klarering. Klareringen er ikke endret."));
		}
		if (klarert) {
			String hvem = "Brukeren er klarert for innhold unntatt offentlighet (offl. § 22), og du er ikke det. ";
			if (!Objects.equals(blankToNull(skjema.getNavn()), blankToNull(lagret.getNavn()))) {
				brudd.add(new Regelbrudd("navn", hvem + "En klarert administrator må endre navnet."));
			}
			if (!Objects.equals(blankToNull(skjema.getEpost()), lagret.getEpost())) {
				brudd.add(new Regelbrudd("epost", hvem + "En klarert administrator må endre e-postadressen."));
			}
			if (skjema.getRolle() != lagret.getRolle()) {
				brudd.add(new Regelbrudd("rolle", hvem + "En klarert administrator må endre rollen."));
			}
			if (!Objects.equals(skjema.getEnhetId(), lagret.getEnhetId())) {
				brudd.add(new Regelbrudd("enhetId", hvem + "En klarert administrator må endre divisjonen."));
			}
			if (!Objects.equals(skjema.getDepartementsavdelingId(), lagret.getDepartementsavdelingId())) {
				brudd.add(new Regelbrudd("departementsavdelingId",
						hvem + "En klarert administrator må endre avdelingen."));
			}
			if (skjema.isAktiv() != lagret.isAktiv()) {
				brudd.add(new Regelbrudd("aktiv", hvem + "En klarert administrator må "
						+ (lagret.isAktiv() ? "deaktivere" : "aktivere") + " brukeren."));
			}
		}
		return brudd;
	}

	/** Whether the signed-in admin may lift the user's login lock (see {@link #lasOpp}). */
	boolean kanLaseOpp(BrukerEntity bruker) {
		return !bruker.isKlarert() || adminErKlarert();
	}

	/** Whether the signed-in admin may grant clearance and manage cleared users (see {@link #klareringsbrudd}). */
	boolean adminErKlarert() {
		return currentUsers.currentIfSignedIn().map(CurrentUser::klarert).orElse(false);
	}

	private void avvisUtenKlarering(Long id, BrukerSkjema skjema) {
		List<Regelbrudd> brudd = klareringsbrudd(id, skjema);
		if (!brudd.isEmpty()) {
			throw new IllegalArgumentException(String.join(" ", brudd.stream().map(Regelbrudd::melding).toList()));
		}
	}

	private void validate(BrukerSkjema skjema, boolean ny) {
		List<Regelbrudd> brudd = regelbrudd(skjema, ny);
		if (!brudd.isEmpty()) {
			throw new IllegalArgumentException(
					String.join(" ", brudd.stream().map(Regelbrudd::melding).toList()));
		}
	}

	private static void requirePassword(String passord) {
		Passordregel.brudd(passord).ifPresent(melding -> {
			throw new IllegalArgumentException(melding);
		});
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
