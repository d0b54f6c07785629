package no.hod.styringsregister.rapporteringskalender.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.hod.styringsregister.EnLinje;
import no.hod.styringsregister.Kalendersider;
import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.brukere.CurrentUsers;
import no.hod.styringsregister.organisasjon.OrganisasjonService;

/** Admins add, move and remove calendar entries by hand; such entries survive a re-import of the letter. */
@Service
@Transactional
class KalenderAdministrasjon {

	private static final Pattern TID = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d(-([01]\\d|2[0-3]):[0-5]\\d)?");

	private final KalenderRepository repository;

	private final CurrentUsers currentUsers;

	private final OrganisasjonService organisasjon;

	KalenderAdministrasjon(KalenderRepository repository, CurrentUsers currentUsers,
			OrganisasjonService organisasjon) {
		this.repository = repository;
		this.currentUsers = currentUsers;
		this.organisasjon = organisasjon;
	}

	/** An entry as the form shows and sends it. */
	public record Oppforing(Long etatId, String type, LocalDate dato, String tid, String tittel, String merknad,
			Long versjon) {
	}

	@Transactional(readOnly = true)
	Oppforing hent(long id) {
		admin();
		KalenderRepository.Rad rad = repository.finn(id)
			.orElseThrow(() -> new OppforingIkkeFunnetException("Fant ingen kalenderoppføring med id " + id + "."));
		return new Oppforing(rad.etatId(), rad.type(), rad.dato(), rad.tid(), rad.tittel(), rad.merknad(),
				rad.versjon());
	}

	long lag(Oppforing oppforing) {
		CurrentUser admin = admin();
		Oppforing gyldig = gyldig(oppforing);
		return repository.settInnManuelt(gyldig.etatId(), gyldig.type(), gyldig.dato(), gyldig.tid(), gyldig.tittel(),
				gyldig.merknad(), admin.brukernavn());
	}

	void endre(long id, Oppforing oppforing) {
		CurrentUser admin = admin();
		Oppforing gyldig = gyldig(oppforing);
		repository.finn(id)
			.orElseThrow(() -> new OppforingIkkeFunnetException("Fant ingen kalenderoppføring med id " + id + "."));
		if (oppforing.versjon() == null || !repository.endreManuelt(id, oppforing.versjon(), gyldig.etatId(),
				gyldig.type(), gyldig.dato(), gyldig.tid(), gyldig.tittel(), gyldig.merknad(), admin.brukernavn())) {
			throw new IllegalArgumentException(
					"Noen andre har endret oppføringen mens du redigerte. Last siden på nytt og prøv igjen.");
		}
	}

	void slett(long id) {
		CurrentUser admin = admin();
		repository.finn(id)
			.orElseThrow(() -> new OppforingIkkeFunnetException("Fant ingen kalenderoppføring med id " + id + "."));
		repository.slettManuelt(id, admin.brukernavn());
	}

	private CurrentUser admin() {
		CurrentUser bruker = currentUsers.current();
		if (!bruker.isAdmin()) {
			throw new AccessDeniedException("Bare administratorer kan endre rapporteringskalenderen.");
		}
		return bruker;
	}

	private Oppforing gyldig(Oppforing oppforing) {
		if (oppforing.etatId() == null || organisasjon.etat(oppforing.etatId()).isEmpty()) {
			throw new IllegalArgumentException("Velg en etat.");
		}
		if (!"KALENDER".equals(oppforing.type()) && !"SAERSKILT".equals(oppforing.type())) {
			throw new IllegalArgumentException("Velg om oppføringen er en kalenderoppføring eller særskilt rapportering.");
		}
		if (oppforing.dato() == null) {
			throw new IllegalArgumentException("Skriv inn en dato.");
		}
		// A calendar of allocation letters: a year such as 0001 or 20255 is a typing error, not an entry.
		if (!Kalendersider.gyldig(YearMonth.from(oppforing.dato()))) {
			throw new IllegalArgumentException(
					"Datoen må være i årene " + Kalendersider.FORSTE_AAR + "–" + Kalendersider.SISTE_AAR + ".");
		}
		String tittel = blankTilNull(oppforing.tittel());
		if (tittel == null) {
			throw new IllegalArgumentException("Skriv inn hva som skal skje.");
		}
		if (tittel.length() > 500) {
			throw new IllegalArgumentException("Teksten kan være høyst 500 tegn.");
		}
		// Shown on one line in the calendar, on the start page and in the API; the note may have several.
		EnLinje.Regel.sjekk(tittel, "Teksten");
		String tid = blankTilNull(oppforing.tid());
		if (tid != null) {
			tid = tid.replace('.', ':').replace('–', '-').replace(" ", "");
			if (!TID.matcher(tid).matches()) {
				throw new IllegalArgumentException("Skriv tiden som 09:00 eller 09:00-11:00.");
			}
		}
		String merknad = blankTilNull(oppforing.merknad());
		if (merknad != null && merknad.length() > 2000) {
			throw new IllegalArgumentException("Merknaden kan være høyst 2000 tegn.");
		}
		return new Oppforing(oppforing.etatId(), oppforing.type(), oppforing.dato(), tid, tittel, merknad,
				oppforing.versjon());
	}

	private static String blankTilNull(String verdi) {
		return verdi == null || verdi.isBlank() ? null : verdi.strip();
	}
}
