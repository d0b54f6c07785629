package no.hod.styringsregister.brukere.internal;

import java.text.Collator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import no.hod.styringsregister.Sitert;
import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.brukere.CurrentUsers;
import no.hod.styringsregister.brukere.Rolle;

@Service
@Transactional(readOnly = true)
class DefaultBrukerService implements BrukerService, CurrentUsers {

	private static final String INNEVAERENDE = DefaultBrukerService.class.getName() + ".innevaerende";

	private final BrukerRepository brukere;

	private final PasswordEncoder passwordEncoder;

	private final JdbcClient jdbc;

	private final Brukerlogg logg;

	DefaultBrukerService(BrukerRepository brukere, PasswordEncoder passwordEncoder, JdbcClient jdbc, Brukerlogg logg) {
		this.brukere = brukere;
		this.passwordEncoder = passwordEncoder;
		this.jdbc = jdbc;
		this.logg = logg;
	}

	@Override
	@Transactional
	public CurrentUser create(NyBruker ny) {
		return create(ny, null);
	}

	/**
	 * A new user, with the ministry department the admin's form chose ({@code null} for none), logged as one change
	 * by whoever is signed in (nobody: the register itself).
	 */
	@Transactional
	CurrentUser create(NyBruker ny, Long departementsavdelingId) {
		// Only a cleared user may hand out clearance; with nobody signed in it is the register itself (the first
		// admin, the demo data).
		if (ny.klarert() && currentIfSignedIn().filter(u -> !u.klarert()).isPresent()) {
			throw new AccessDeniedException("Bare en administrator som selv er klarert for innhold unntatt "
					+ "offentlighet (offl. § 22), kan gi klarering.");
		}
		if (brukere.findByBrukernavnIgnoreCase(ny.brukernavn()).isPresent()) {
			throw new IllegalArgumentException("Brukernavnet " + Sitert.verdi(ny.brukernavn())
					+ " er allerede i bruk.");
		}
		// The encoder would refuse it in English; the lower limit is the callers' (the user form, the first admin).
		Passordregel.forLangt(ny.passord()).ifPresent(melding -> {
			throw new IllegalArgumentException(melding);
		});
		BrukerEntity bruker = new BrukerEntity(ny.brukernavn().trim(), ny.navn().trim(),
				passwordEncoder.encode(ny.passord()), ny.rolle(), ny.enhetId(), ny.klarert(), ny.epost());
		bruker.setDepartementsavdelingId(departementsavdelingId);
		BrukerEntity lagret = brukere.save(bruker);
		logg.opprettet(lagret, Brukerlogg.Aktor.av(currentIfSignedIn()), null);
		return lagret.toCurrentUser();
	}

	@Override
	public boolean anyUsers() {
		return brukere.count() > 0;
	}

	@Override
	public Optional<CurrentUser> find(long id) {
		return brukere.findById(id).filter(BrukerEntity::isAktiv).map(BrukerEntity::toCurrentUser);
	}

	@Override
	public List<Mottaker> ledereFor(long enhetId) {
		return brukere.findByRolleAndEnhetIdAndAktivTrue(Rolle.HDIR_LEDER, enhetId).stream()
			.filter(bruker -> bruker.getEpost() != null && !bruker.getEpost().isBlank())
			.map(bruker -> new Mottaker(bruker.getNavn(), bruker.getEpost()))
			.toList();
	}

	@Override
	public List<String> ledernavn(long enhetId) {
		return brukere.findByRolleAndEnhetIdAndAktivTrue(Rolle.HDIR_LEDER, enhetId).stream()
			.map(BrukerEntity::getNavn)
			.sorted(Collator.getInstance(Locale.forLanguageTag("nb-NO")))
			.toList();
	}

	@Override
	public boolean harKlarertLeder(long enhetId) {
		return brukere.findByRolleAndEnhetIdAndAktivTrue(Rolle.HDIR_LEDER, enhetId).stream()
			.anyMatch(BrukerEntity::isKlarert);
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS)
	public CurrentUser current() {
		return currentIfSignedIn().orElseThrow(() -> new AccessDeniedException("Du må logge inn."));
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS)
	public Optional<CurrentUser> currentIfSignedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return Optional.empty();
		}
		return aktiv(authentication.getName());
	}

	/**
	 * The active user of that name as the register has it now; empty for a deactivated or removed user. Reloaded for
	 * every request: a deactivated user, a changed role or a withdrawn clearance counts from the next request on
	 * (see RolleFraRegisteret). Within one request the security context, the layout, the controller and the services
	 * ask several times; the first answer holds.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	Optional<CurrentUser> aktiv(String brukernavn) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null && request.getAttribute(INNEVAERENDE, RequestAttributes.SCOPE_REQUEST) instanceof Oppslag o
				&& o.brukernavn().equals(brukernavn)) {
			return o.bruker();
		}
		// Every request asks: one plain query, without a transaction of its own or the ORM (measured in the load
		// benchmark at a tenth of the list page's CPU through the repository).
		Optional<CurrentUser> bruker = jdbc.sql("""
				SELECT id, brukernavn, navn, rolle, enhet_id, klarert FROM bruker
				WHERE lower(brukernavn) = lower(:brukernavn) AND aktiv""")
			.param("brukernavn", brukernavn)
			.query((rs, i) -> new CurrentUser(rs.getLong("id"), rs.getString("brukernavn"), rs.getString("navn"),
					rs.getString("rolle") == null ? null : Rolle.valueOf(rs.getString("rolle")),
					(Long) rs.getObject("enhet_id"), rs.getBoolean("klarert")))
			.optional();
		if (request != null) {
			request.setAttribute(INNEVAERENDE, new Oppslag(brukernavn, bruker), RequestAttributes.SCOPE_REQUEST);
		}
		return bruker;
	}

	/** The user loaded for the signed-in name in this request. */
	private record Oppslag(String brukernavn, Optional<CurrentUser> bruker) {
	}
}
