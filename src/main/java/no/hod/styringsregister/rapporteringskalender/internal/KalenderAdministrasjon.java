package no.hod.styringsregister.rapporteringskalender.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.hod.styringsregister.EnLinje;
import no.hod.styringsregister.Kalendersider;
import no.hod.styringsregister.Kontrolltegn;
import no.hod.styringsregister.Regelbrudd;
import no.hod.styringsregister.Regelbrudd.Avvist;
import no.hod.styringsregister.Sitert;
import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.brukere.CurrentUsers;
import no.hod.styringsregister.organisasjon.Etat;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.organisasjon.Visningsnavn;
import no.hod.styringsregister.web.Formats;

/** Admins add, move and remove calendar entries by hand; such entries survive a re-import of the letter. */
@Service
@Transactional
class KalenderAdministrasjon {

	/** A time of day with one or two digits for the hour, as the letters write it («kl. 9:00-11:00»). */
	private static final Pattern TID = Pattern.compile("(([01]?\\d|2[0-3]):[0-5]\\d)(-(([01]?\\d|2[0-3]):[0-5]\\d))?");

	/** «kl.» before the time, as Vedlegg I writes it. */
	private static final Pattern KLOKKA = Pattern.compile("^kl\\.?\\s*", Pattern.CASE_INSENSITIVE);

	private static final DateTimeFormatter KLOKKESLETT = DateTimeFormatter.ofPattern("H:mm");

	private final KalenderRepository repository;

	private final CurrentUsers currentUsers;

	private final OrganisasjonService organisasjon;

	private final Visningsnavn visningsnavn;

	KalenderAdministrasjon(KalenderRepository repository, CurrentUsers currentUsers,
			OrganisasjonService organisasjon, Visningsnavn visningsnavn) {
		this.repository = repository;
		this.currentUsers = currentUsers;
		this.organisasjon = organisasjon;
		this.visningsnavn = visningsnavn;
	}

	/**
	 * An entry as the form shows and sends it.
	 *
	 * @param dato as the form sends it: {@code 2025-04-03} from a browser's date field, or {@code 3.4.2025} typed where
	 *     there is none
	 */
	public record Oppforing(Long etatId, String type, String dato, String tid, String tittel, String merknad,
			Long versjon) {
	}

	/**
	 * An entry the calendar has already: same agency, kind, day, time and title; {@code id} is that entry's, or
	 * {@code null} when a request at the same instant made it and the transaction that met it can no longer look.
	 */
	static final class AlleredeIKalenderen extends IllegalArgumentException {

		private static final long serialVersionUID = 1L;

		private final Long id;

		AlleredeIKalenderen(Long id) {
			super("Kalenderen har allerede en oppføring med samme etat, type, dato, tid og tekst, så denne ble ikke lagt "
					+ "inn en gang til.");
			this.id = id;
		}

		Long id() {
			return id;
		}
	}

	/**
	 * An entry removed by hand, as «Fjernet for hånd» shows it.
	 *
	 * @param kildelenke the letter's address, {@code null} for an entry made by hand
	 * @param fjernetAv the display name of who removed it, {@code null} when not known
	 * @param fjernet the day it was removed, {@code null} when not known
	 */
	record FjernetOppforing(long id, long versjon, LocalDate dato, String tid, String type, String tittel,
			String etat, String kilde, String kildelenke, String fjernetAv, LocalDate fjernet) {
	}

	/** A restore refused because of what the calendar holds now, not what was sent: a conflict. */
	static final class KanIkkeGjenopprettes extends RuntimeException {

		private static final long serialVersionUID = 1L;

		KanIkkeGjenopprettes(String melding) {
			super(melding);
		}
	}

	/** An entry that keeps the rules, as it is saved. */
	private record Gyldig(long etatId, String type, LocalDate dato, String tid, String tittel, String merknad) {
	}

	@Transactional(readOnly = true)
	Oppforing hent(long id) {
		admin();
		KalenderRepository.Rad rad = rad(id);
		return new Oppforing(rad.etatId(), rad.type(), rad.dato().toString(), rad.tid(), rad.tittel(), rad.merknad(),
				rad.versjon());
	}

	/** @return the day of the new entry */
	LocalDate lag(Oppforing oppforing) {
		CurrentUser admin = admin();
		Gyldig gyldig = gyldig(oppforing);
		// The form sent twice (a double click, Back and «Lagre») would put the same entry in the calendar twice.
		avvisLik(gyldig, null);
		if (repository.settInnManuelt(gyldig.etatId(), gyldig.type(), gyldig.dato(), gyldig.tid(), gyldig.tittel(),
				gyldig.merknad(), admin.brukernavn()).isEmpty()) {
			// Sent twice at the same instant, both passed the check; the unique index let the other one in.
			throw new AlleredeIKalenderen(lik(gyldig, null).orElse(null));
		}
		return gyldig.dato();
	}

	/** @return the day the entry is on now */
	LocalDate endre(long id, Oppforing oppforing) {
		CurrentUser admin = admin();
		Gyldig gyldig = gyldig(oppforing);
		// One made by hand keeps the rule it was made under, which the unique index holds; a letter's entry may repeat
		// another letter's, as letters do.
		if (rad(id).brevId() == null) {
			avvisLik(gyldig, id);
		}
		boolean endret;
		try {
			endret = oppforing.versjon() != null && repository.endreManuelt(id, oppforing.versjon(), gyldig.etatId(),
					gyldig.type(), gyldig.dato(), gyldig.tid(), gyldig.tittel(), gyldig.merknad(), admin.brukernavn());
		}
		catch (DuplicateKeyException samtidig) {
			// Another request made the same entry after the check; this transaction is spent and cannot look it up.
			throw new AlleredeIKalenderen(null);
		}
		if (!endret) {
			throw new IllegalArgumentException(
					"Noen andre har endret oppføringen mens du redigerte. Last siden på nytt og prøv igjen.");
		}
		return gyldig.dato();
	}

	private void avvisLik(Gyldig gyldig, Long utenom) {
		lik(gyldig, utenom).ifPresent(id -> {
			throw new AlleredeIKalenderen(id);
		});
	}

	private Optional<Long> lik(Gyldig gyldig, Long utenom) {
		return repository.finnLik(gyldig.etatId(), gyldig.type(), gyldig.dato(), gyldig.tid(), gyldig.tittel(), utenom);
	}

	/** @return the day the entry was on */
	LocalDate slett(long id) {
		CurrentUser admin = admin();
		LocalDate dato = rad(id).dato();
		repository.slettManuelt(id, admin.brukernavn());
		return dato;
	}

	@Transactional(readOnly = true)
	List<FjernetOppforing> fjernede() {
		admin();
		Map<Long, String> etater = organisasjon.etater().stream().collect(Collectors.toMap(Etat::id, Etat::navn));
		return repository.fjernede().stream().map(f -> {
			Hendelse.Kildelenke kilde = Tidslinje.kilde(f.brevId(), f.aar(), f.type(), f.kilde());
			return new FjernetOppforing(f.id(), f.versjon(), f.dato(), f.tid(), f.type(), f.tittel(),
					etater.get(f.etatId()), kilde.tekst(), kilde.lenke(),
					f.fjernetAv() == null ? null : visningsnavn.av(f.fjernetAv()),
					f.fjernet() == null ? null : f.fjernet().atZoneSameInstant(Formats.OSLO).toLocalDate());
		}).toList();
	}

	/**
	 * Puts an entry removed by hand back in the calendar. One made by hand keeps the rule it was made under: refused
	 * when the calendar has one like it now.
	 *
	 * @param versjon as «Fjernet for hånd» showed it
	 * @return the entry's title and day
	 */
	KalenderRepository.Fjernet gjenopprett(long id, Long versjon) {
		admin();
		KalenderRepository.Fjernet fjernet = repository.finnFjernet(id)
			.orElseThrow(() -> new OppforingIkkeFunnetException(
					"Fant ingen fjernet kalenderoppføring med id " + id + ". Den kan allerede være gjenopprettet."));
		String lik = "Kalenderen har allerede en oppføring med samme etat, type, dato, tid og tekst som "
				+ Sitert.verdi(fjernet.tittel()) + ", så den ble ikke gjenopprettet.";
		if (fjernet.brevId() == null && repository.finnLik(fjernet.etatId(), fjernet.type(), fjernet.dato(),
				fjernet.tid(), fjernet.tittel(), null).isPresent()) {
			throw new KanIkkeGjenopprettes(lik);
		}
		boolean gjenopprettet;
		try {
			gjenopprettet = versjon != null && repository.gjenopprett(id, versjon);
		}
		catch (DuplicateKeyException samtidig) {
			// Made by another request after the check (V108's unique index).
			throw new KanIkkeGjenopprettes(lik);
		}
		if (!gjenopprettet) {
			throw new KanIkkeGjenopprettes("Noen andre har endret oppføringen " + Sitert.verdi(fjernet.tittel())
					+ " siden du åpnet siden, så den ble ikke gjenopprettet. Last siden på nytt og prøv igjen.");
		}
		return fjernet;
	}

	private KalenderRepository.Rad rad(long id) {
		return repository.finn(id)
			.orElseThrow(() -> new OppforingIkkeFunnetException("Fant ingen kalenderoppføring med id " + id + "."));
	}

	private CurrentUser admin() {
		CurrentUser bruker = currentUsers.current();
		if (!bruker.isAdmin()) {
			throw new AccessDeniedException("Bare administratorer kan endre rapporteringskalenderen.");
		}
		return bruker;
	}

	/** The entry as it is saved, or every rule it breaks at once ({@link Avvist}). */
	private Gyldig gyldig(Oppforing oppforing) {
		List<Regelbrudd> brudd = new ArrayList<>();
		if (oppforing.etatId() == null || organisasjon.etat(oppforing.etatId()).isEmpty()) {
			brudd.add(new Regelbrudd("etatId", "Velg en etat."));
		}
		if (!"KALENDER".equals(oppforing.type()) && !"SAERSKILT".equals(oppforing.type())) {
			brudd.add(new Regelbrudd("type",
					"Velg om oppføringen er en kalenderoppføring eller særskilt rapportering."));
		}
		LocalDate dato = dato(oppforing.dato(), brudd);
		String tid = tid(blankTilNull(oppforing.tid()), brudd);
		String tittel = blankTilNull(oppforing.tittel());
		if (tittel == null) {
			brudd.add(new Regelbrudd("tittel", "Skriv inn hva som skal skje."));
		}
		else if (tittel.length() > 500) {
			brudd.add(new Regelbrudd("tittel", "Teksten kan være høyst 500 tegn."));
		}
		// Shown on one line in the calendar, on the start page and in the API; the note may have several.
		else if (!EnLinje.Regel.godtatt(tittel)) {
			brudd.add(new Regelbrudd("tittel", EnLinje.Regel.melding("Teksten")));
		}
		// Control characters pasted in are left out, so that none reaches the page, the exports or the API.
		String merknad = blankTilNull(Kontrolltegn.fritekst(oppforing.merknad()));
		if (merknad != null && merknad.length() > 2000) {
			brudd.add(new Regelbrudd("merknad", "Merknaden kan være høyst 2000 tegn."));
		}
		if (!brudd.isEmpty()) {
			throw new Avvist(brudd);
		}
		return new Gyldig(oppforing.etatId(), oppforing.type(), dato, tid, tittel, merknad);
	}

	private static LocalDate dato(String tekst, List<Regelbrudd> brudd) {
		LocalDate dato;
		try {
			dato = Formats.skjemadato(tekst);
		}
		catch (DateTimeParseException ugyldig) {
			brudd.add(new Regelbrudd("dato", Sitert.verdi(tekst.strip()) + " er ikke en gyldig dato. Skriv datoen som "
					+ "15.03.2025 eller 2025-03-15."));
			return null;
		}
		if (dato == null) {
			brudd.add(new Regelbrudd("dato", "Skriv inn en dato."));
		}
		// A calendar of allocation letters: a year such as 0001 or 20255 is a typing error, not an entry.
		else if (!Kalendersider.gyldig(YearMonth.from(dato))) {
			brudd.add(new Regelbrudd("dato",
					"Datoen må være i årene " + Kalendersider.FORSTE_AAR + "–" + Kalendersider.SISTE_AAR + "."));
		}
		return dato;
	}

	/**
	 * {@code 09:00} or {@code 09:00-11:00} however typed (09.00–11.00, kl. 9:00-11:00), or {@code null} for the whole
	 * day. Written with two-digit hours, so the calendar, the API and the feed show every time alike.
	 */
	private static String tid(String tekst, List<Regelbrudd> brudd) {
		if (tekst == null) {
			return null;
		}
		String tid = KLOKKA.matcher(tekst).replaceFirst("").replace('.', ':').replace('–', '-').replace(" ", "");
		Matcher deler = TID.matcher(tid);
		if (!deler.matches()) {
			brudd.add(new Regelbrudd("tid", "Skriv tiden som 09:00 eller 09:00-11:00."));
			return tid;
		}
		LocalTime start = LocalTime.parse(deler.group(1), KLOKKESLETT);
		if (deler.group(4) == null) {
			return start.toString();
		}
		LocalTime slutt = LocalTime.parse(deler.group(4), KLOKKESLETT);
		if (!slutt.isAfter(start)) {
			brudd.add(new Regelbrudd("tid", "Sluttiden må være etter starttiden, som i 09:00-11:00."));
		}
		return start + "-" + slutt;
	}

	private static String blankTilNull(String verdi) {
		return verdi == null || verdi.isBlank() ? null : verdi.strip();
	}
}
