package no.hod.styringsregister.organisasjon.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.hod.styringsregister.EnLinje;
import no.hod.styringsregister.Regelbrudd;
import no.hod.styringsregister.Regelbrudd.Avvist;
import no.hod.styringsregister.Sitert;
import no.hod.styringsregister.organisasjon.Enhet;
import no.hod.styringsregister.organisasjon.EnhetensOppdrag;
import no.hod.styringsregister.organisasjon.Etat;
import no.hod.styringsregister.organisasjon.OmorganiseringensOppdrag;
import no.hod.styringsregister.organisasjon.internal.OrganisasjonRepository.Felter;

/**
 * What admins do with the organisation: register agencies, add, rename, move and deactivate units, keep the
 * ministry's departments. Units are never deleted: assignments and users may refer to them, and history must keep
 * the name they had. Every method checks the admin role itself, whatever page calls it.
 */
@Service
@Transactional
class OrganisasjonAdministrasjon {

	/** The longest name an agency, a unit or a ministry department may have, as a user's name. */
	static final int NAVN_MAKS = 200;

	/**
	 * The longest text of each of the forms' other fields, by field name, counted as stored (trimmed); the forms give
	 * them as maxlength. Far above what the organisation descriptions hold (a short name such as «Hdir», a description
	 * of a few thousand characters), so that only a mistake is refused.
	 */
	static final Map<String, Integer> MAKS = Map.of("navn", NAVN_MAKS, "kortnavn", 40, "kode", 10, "leder", 200,
			"lederTittel", 200, "malgrupper", 2000, "samarbeidspartnere", 2000, "beskrivelse", 20_000, "oppgaver",
			20_000);

	/** A date as people write it where the browser gives no date field (15.3.2025, 15.03.2025). */
	private static final DateTimeFormatter NORSK_DATO = DateTimeFormatter.ofPattern("d.M.uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private final OrganisasjonRepository repository;

	private final Avdelingsflytting flytting;

	private final List<OmorganiseringensOppdrag> oppdrag;

	OrganisasjonAdministrasjon(OrganisasjonRepository repository, Avdelingsflytting flytting,
			List<OmorganiseringensOppdrag> oppdrag) {
		this.repository = repository;
		this.flytting = flytting;
		this.oppdrag = oppdrag;
	}

	/**
	 * The register finds an agency by its number, its name or its short name (?agency=Hdir), the first that fits: a
	 * name or short name that is another agency's, or a number, would lead such links to the wrong agency.
	 */
	long leggTilEtat(String navn, String kortnavn) {
		AdminTilgang.kreverAdmin();
		List<Regelbrudd> brudd = new ArrayList<>();
		boolean navnGodtatt = navn(navn, "Skriv inn etatens navn.", brudd);
		boolean kortnavnGodtatt = enLinje(kortnavn, "kortnavn", "Kortnavnet", brudd);
		String name = navnGodtatt ? required(navn, "") : null;
		String kort = kortnavnGodtatt ? blankToNull(kortnavn) : null;
		repository.laasEtater();
		if (name != null) {
			entydig(name, "navn", "Navnet", brudd);
		}
		if (kort != null) {
			entydig(kort, "kortnavn", "Kortnavnet", brudd);
		}
		avvisHvis(brudd);
		return repository.addEtat(name, kort);
	}

	/**
	 * A new agency's name or short name: not another agency's name or short name, nor a number (a name's own rule,
	 * {@link #navn}, refuses that already).
	 */
	private void entydig(String verdi, String felt, String hva, List<Regelbrudd> brudd) {
		if (verdi.codePoints().allMatch(Character::isDigit)) {
			brudd.add(new Regelbrudd(felt, hva + " kan ikke bare være tall: registeret finner også etater på "
					+ "nummer."));
			return;
		}
		for (Etat annen : repository.etater()) {
			if (verdi.equalsIgnoreCase(annen.navn())) {
				brudd.add(new Regelbrudd(felt, "Etaten " + Sitert.verdi(annen.navn()) + " finnes allerede."));
				return;
			}
			if (verdi.equalsIgnoreCase(annen.kortnavn())) {
				brudd.add(new Regelbrudd(felt, Sitert.verdi(annen.kortnavn()) + " er allerede kortnavnet til «"
						+ annen.navn()
						+ "»."));
				return;
			}
		}
	}

	/** A division when {@code divisjonId} is {@code null}, else a department of that division. */
	long leggTilEnhet(long etatId, Long divisjonId, String navn, String leder, String lederTittel) {
		AdminTilgang.kreverAdmin();
		repository.etat(etatId).orElseThrow(() -> avvist("etatId", "Velg en etat som finnes."));
		if (divisjonId != null) {
			Enhet divisjon = enhet(divisjonId).enhet();
			if (divisjon.type() != Enhet.Type.DIVISJON || divisjon.etatId() != etatId) {
				throw avvist("divisjonId", "En avdeling må ligge under en divisjon i samme etat.");
			}
		}
		List<Regelbrudd> brudd = new ArrayList<>();
		navn(navn, "Skriv inn enhetens navn.", brudd);
		enLinje(lederTittel, "lederTittel", "Ledertittelen", brudd);
		enLinje(leder, "leder", "Lederens navn", brudd);
		avvisHvis(brudd);
		String name = required(navn, "");
		Enhet.Type type = divisjonId == null ? Enhet.Type.DIVISJON : Enhet.Type.AVDELING;
		try {
			return repository.addEnhet(etatId, divisjonId, type,
					new Felter(name, blankToNull(leder), blankToNull(lederTittel), null, List.of(), null, null));
		}
		catch (DuplicateKeyException ex) {
			throw avvist("navn", taken(name));
		}
	}

	/**
	 * Every rule the unit form breaks, so the form can show them all at once beside their fields instead of one
	 * per try.
	 */
	@Transactional(readOnly = true)
	List<Regelbrudd> regelbrudd(long id, Felter felter) {
		AdminTilgang.kreverAdmin();
		EnhetDetaljer enhet = enhet(id);
		List<Regelbrudd> brudd = new ArrayList<>();
		if (navn(felter.navn(), "Skriv inn enhetens navn.", brudd)) {
			String name = required(felter.navn(), "");
			if (sosken(enhet.enhet()).stream()
				.anyMatch(annen -> annen.enhet().id() != id
						&& annen.enhet().navn().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))) {
				brudd.add(new Regelbrudd("navn", taken(name)));
			}
		}
		// The one-line fields; the description and the tasks (one per line) may have line breaks.
		enLinje(felter.lederTittel(), "lederTittel", "Ledertittelen", brudd);
		enLinje(felter.leder(), "leder", "Lederens navn", brudd);
		enLinje(felter.malgrupper(), "malgrupper", "Målgruppene", brudd);
		enLinje(felter.samarbeidspartnere(), "samarbeidspartnere", "Samarbeidspartnerne", brudd);
		lengde(felter.beskrivelse(), "beskrivelse", "Beskrivelsen", brudd);
		lengde(String.join("\n", felter.oppgaver()), "oppgaver", "Oppgavene", brudd);
		return brudd;
	}

	/**
	 * A one-line field: on one line, and not longer than its {@link #MAKS}. Answers whether it passed (an empty field
	 * does).
	 */
	private static boolean enLinje(String verdi, String felt, String navn, List<Regelbrudd> brudd) {
		if (!EnLinje.Regel.godtatt(verdi)) {
			brudd.add(new Regelbrudd(felt, EnLinje.Regel.melding(navn)));
			return false;
		}
		return lengde(verdi, felt, navn, brudd);
	}

	/** Not longer than the field's {@link #MAKS}, counted as stored (trimmed). */
	private static boolean lengde(String verdi, String felt, String navn, List<Regelbrudd> brudd) {
		int maks = MAKS.get(felt);
		if (verdi != null && verdi.strip().length() > maks) {
			brudd.add(new Regelbrudd(felt, navn + " kan være høyst " + tall(maks) + " tegn."));
			return false;
		}
		return true;
	}

	/** 20 000 with a space, as the register writes numbers; four digits as they are (2000). */
	private static String tall(int tall) {
		return tall < 10_000 ? String.valueOf(tall) : String.format(Locale.ROOT, "%,d", tall).replace(',', ' ');
	}

	/**
	 * The rules of every name here (agency, division, department, in the add forms and the unit form alike), for the
	 * field {@code navn}: given, on one line, not longer than {@link #NAVN_MAKS} (counted as it is stored, trimmed),
	 * with a letter or digit, and not only digits. Answers whether the name passed them.
	 */
	private static boolean navn(String verdi, String mangler, List<Regelbrudd> brudd) {
		int tidligere = brudd.size();
		if (verdi == null || verdi.isBlank()) {
			brudd.add(new Regelbrudd("navn", mangler));
		}
		else if (!EnLinje.Regel.godtatt(verdi)) {
			brudd.add(new Regelbrudd("navn", EnLinje.Regel.melding("Navnet")));
		}
		else if (required(verdi, mangler).length() > NAVN_MAKS) {
			brudd.add(new Regelbrudd("navn", "Navnet kan være høyst " + NAVN_MAKS + " tegn."));
		}
		else if (verdi.codePoints().noneMatch(Character::isLetterOrDigit)) {
			// Only combining marks or punctuation: shown as a lone «´» in every list, a name nobody can find or read.
			brudd.add(new Regelbrudd("navn", "Navnet må ha minst én bokstav eller ett siffer."));
		}
		else if (verdi.codePoints().noneMatch(Character::isLetter)) {
			// One rule for every unit: an agency's number finds it (?agency=2), and a number in a list of names reads
			// as an id or a count, not as the unit it names.
			brudd.add(new Regelbrudd("navn", "Navnet kan ikke bare være tall. Skriv navnet med bokstaver."));
		}
		return brudd.size() == tidligere;
	}

	private static void avvisHvis(List<Regelbrudd> brudd) {
		if (!brudd.isEmpty()) {
			throw new Avvist(brudd);
		}
	}

	private static Avvist avvist(String felt, String melding) {
		return new Avvist(List.of(new Regelbrudd(felt, melding)));
	}

	/** The units a name must differ from: the same agency's divisions, or the same division's departments. */
	private List<EnhetDetaljer> sosken(Enhet enhet) {
		return enhet.overordnetId() == null ? repository.enheter(enhet.etatId(), Enhet.Type.DIVISJON)
				: repository.avdelinger(enhet.overordnetId());
	}

	/**
	 * Changes the unit's fields from a form opened at {@code versjon} with the values {@code lastet} ({@code null}
	 * when not known); a new name keeps the old one in the name history. A stale form is refused
	 * ({@link #avvisUtdatert}); the write itself is made only if the unit is still at the version read here, so that
	 * two admins' saves cannot both pass the check.
	 *
	 * @throws Enhetskonflikt when the unit was changed after the form was opened
	 */
	void endre(long id, Long versjon, Felter lastet, Felter felter) {
		String admin = AdminTilgang.kreverAdmin();
		EnhetDetaljer enhet = enhet(id);
		avvisUtdatert(enhet, versjon, lastet, felter);
		avvisHvis(regelbrudd(id, felter));
		String name = required(felter.navn(), "Skriv inn enhetens navn.");
		if (!name.equals(enhet.enhet().navn())) {
			repository.addFormerName(id, enhet.enhet().navn(), admin);
		}
		boolean lagret;
		try {
			lagret = repository.updateEnhet(id, enhet.versjon(), lagres(felter));
		}
		catch (DuplicateKeyException ex) {
			throw avvist("navn", taken(name));
		}
		if (!lagret) {
			// Saved by someone else between the read and the write: the name history above is rolled back too.
			throw konflikt(enhet(id), lastet, felter);
		}
	}

	/**
	 * Refuses a unit form opened with an older version than the saved one, when a field it shows has changed since:
	 * saving it would put back what someone else changed (a leader they set, say). A move or a deactivation changes
	 * nothing the form shows, and is no conflict.
	 *
	 * @throws Enhetskonflikt with the form to show again
	 * @throws IllegalArgumentException for a form without its version
	 */
	@Transactional(readOnly = true)
	void avvisUtdatert(long id, Long versjon, Felter lastet, Felter felter) {
		AdminTilgang.kreverAdmin();
		avvisUtdatert(enhet(id), versjon, lastet, felter);
	}

	private static void avvisUtdatert(EnhetDetaljer naa, Long versjon, Felter lastet, Felter felter) {
		if (versjon == null) {
			throw new IllegalArgumentException("Skjemaet mangler versjonen av enheten det ble åpnet med. Åpne "
					+ "enheten på nytt, og gjør endringene der.");
		}
		if (versjon != naa.versjon()) {
			Enhetskonflikt konflikt = konflikt(naa, lastet, felter);
			if (!konflikt.endret().isEmpty()) {
				throw konflikt;
			}
		}
	}

	/**
	 * The conflict of a form opened with the values {@code lastet} with the unit {@code naa}: the fields changed
	 * since, and the form to show again, with the admin's changes and every other field as saved now. Without the
	 * values the form was opened with, every field counts as changed since, and none as the admin's.
	 */
	private static Enhetskonflikt konflikt(EnhetDetaljer naa, Felter lastet, Felter felter) {
		Felter lagret = naa.felter();
		List<String> endret = lastet == null ? Enhetskonflikt.FELTER : ulikeFelt(lagret, lastet);
		List<String> egne = lastet == null ? List.of() : ulikeFelt(felter, lastet);
		Felter vist = new Felter(
				(egne.contains("navn") ? felter : lagret).navn(),
				(egne.contains("leder") ? felter : lagret).leder(),
				(egne.contains("lederTittel") ? felter : lagret).lederTittel(),
				(egne.contains("beskrivelse") ? felter : lagret).beskrivelse(),
				(egne.contains("oppgaver") ? felter : lagret).oppgaver(),
				(egne.contains("malgrupper") ? felter : lagret).malgrupper(),
				(egne.contains("samarbeidspartnere") ? felter : lagret).samarbeidspartnere());
		return new Enhetskonflikt(endret, endret.stream().filter(egne::contains).toList(), vist, lagret,
				naa.versjon());
	}

	/** The unit form's fields whose saved values would differ, in the form's order; line breaks of any kind alike. */
	private static List<String> ulikeFelt(Felter a, Felter b) {
		Felter x = lagres(a);
		Felter y = lagres(b);
		return Enhetskonflikt.FELTER.stream().filter(felt -> !Objects.equals(verdi(x, felt), verdi(y, felt))).toList();
	}

	private static Object verdi(Felter felter, String felt) {
		return switch (felt) {
			case "navn" -> felter.navn();
			case "lederTittel" -> felter.lederTittel();
			case "leder" -> felter.leder();
			case "oppgaver" -> felter.oppgaver();
			case "malgrupper" -> felter.malgrupper();
			case "samarbeidspartnere" -> felter.samarbeidspartnere();
			case "beskrivelse" -> felter.beskrivelse() == null ? null : felter.beskrivelse().replace("\r\n", "\n");
			default -> throw new IllegalArgumentException(felt);
		};
	}

	/** The fields as they are saved: trimmed, a blank one as none, the tasks without blank lines. */
	private static Felter lagres(Felter felter) {
		return new Felter(blankToNull(felter.navn()), blankToNull(felter.leder()), blankToNull(felter.lederTittel()),
				blankToNull(felter.beskrivelse()),
				felter.oppgaver().stream().map(String::trim).filter(s -> !s.isEmpty()).toList(),
				blankToNull(felter.malgrupper()), blankToNull(felter.samarbeidspartnere()));
	}

	/** Moves a department to another division; the assignments routed to it follow. Answers how many did. */
	long flytt(long id, long divisjonId) {
		AdminTilgang.kreverAdmin();
		Enhet avdeling = enhet(id).enhet();
		Enhet divisjon = enhet(divisjonId).enhet();
		if (avdeling.type() != Enhet.Type.AVDELING) {
			throw new IllegalArgumentException("Bare avdelinger kan flyttes til en annen divisjon.");
		}
		if (divisjon.type() != Enhet.Type.DIVISJON || divisjon.etatId() != avdeling.etatId()) {
			throw new IllegalArgumentException("En avdeling kan bare flyttes til en divisjon i samme etat.");
		}
		try {
			return flytting.flytt(avdeling, divisjonId, "under Administrer organisasjonen");
		}
		catch (DuplicateKeyException ex) {
			throw new IllegalArgumentException("Divisjonen " + Sitert.verdi(divisjon.navn())
					+ " har allerede en avdeling som heter «"
					+ avdeling.navn() + "».");
		}
	}

	/**
	 * Deactivates or reactivates a unit. A division with active departments stays active until they are moved or
	 * deactivated. Answers how many unfinished assignments are routed to a unit deactivated: they stay with it (its
	 * division's leads keep them), but it gets no new ones.
	 */
	long settAktiv(long id, boolean aktiv) {
		AdminTilgang.kreverAdmin();
		EnhetDetaljer enhet = enhet(id);
		if (!aktiv && enhet.enhet().type() == Enhet.Type.DIVISJON
				&& repository.avdelinger(id).stream().anyMatch(avdeling -> avdeling.enhet().aktiv())) {
			throw new IllegalArgumentException(Sitert.verdi(enhet.enhet().navn())
					+ " har aktive avdelinger. Flytt eller "
					+ "deaktiver dem først.");
		}
		if (aktiv && enhet.enhet().overordnetId() != null && !enhet(enhet.enhet().overordnetId()).enhet().aktiv()) {
			throw new IllegalArgumentException("Divisjonen avdelingen ligger under er deaktivert. Aktiver den først, "
					+ "eller flytt avdelingen.");
		}
		repository.setActive(id, aktiv);
		return aktiv ? 0 : uavsluttede(enhet.enhet()).stream().mapToLong(EnhetensOppdrag.Utvalg::antall).sum();
	}

	/** The unfinished assignments routed to the unit, from each module that routes any. */
	@Transactional(readOnly = true)
	List<EnhetensOppdrag.Utvalg> uavsluttede(Enhet enhet) {
		return oppdrag.stream().map(kilde -> kilde.uavsluttede(enhet)).toList();
	}

	/** How many assignments are routed to the department: they follow it if it moves. */
	@Transactional(readOnly = true)
	long folgerVedFlytting(Enhet avdeling) {
		return oppdrag.stream().mapToLong(kilde -> kilde.antallRutetTil(avdeling)).sum();
	}

	/** The dates as the form sent them: 2025-03-15 from a browser's date field, or 15.03.2025 typed. */
	long leggTilDepartementsavdeling(String kode, String navn, String gyldigFra, String gyldigTil) {
		AdminTilgang.kreverAdmin();
		List<Regelbrudd> brudd = new ArrayList<>();
		if (kode == null || kode.isBlank()) {
			brudd.add(new Regelbrudd("kode", "Skriv inn koden (for eksempel FHA)."));
		}
		else {
			enLinje(kode, "kode", "Koden", brudd);
		}
		navn(navn, "Skriv inn avdelingens navn.", brudd);
		LocalDate fra = dato(gyldigFra, "gyldigFra", brudd);
		LocalDate til = dato(gyldigTil, "gyldigTil", brudd);
		periode(fra, til, brudd);
		avvisHvis(brudd);
		String code = required(kode, "").toUpperCase(Locale.ROOT);
		try {
			return repository.addDepartementsavdeling(code, required(navn, ""), fra, til);
		}
		catch (DuplicateKeyException ex) {
			throw avvist("kode", "Koden " + Sitert.verdi(code) + " finnes allerede med samme startdato.");
		}
	}

	/** The dates as {@link #leggTilDepartementsavdeling} takes them. */
	void endreDepartementsavdeling(long id, String navn, String gyldigFra, String gyldigTil) {
		AdminTilgang.kreverAdmin();
		repository.departementsavdeling(id)
			.orElseThrow(() -> new IllegalArgumentException("Fant ikke departementsavdelingen."));
		List<Regelbrudd> brudd = new ArrayList<>();
		navn(navn, "Skriv inn avdelingens navn.", brudd);
		LocalDate fra = dato(gyldigFra, "gyldigFra", brudd);
		LocalDate til = dato(gyldigTil, "gyldigTil", brudd);
		periode(fra, til, brudd);
		avvisHvis(brudd);
		repository.updateDepartementsavdeling(id, required(navn, ""), fra, til);
	}

	private EnhetDetaljer enhet(long id) {
		return repository.enhet(id).orElseThrow(() -> new EnhetIkkeFunnetException(id));
	}

	/** The date in the field, or {@code null} when it is empty or not a date (then told beside the field). */
	private static LocalDate dato(String tekst, String felt, List<Regelbrudd> brudd) {
		if (tekst == null || tekst.isBlank()) {
			return null;
		}
		String verdi = tekst.strip();
		try {
			return verdi.contains(".") ? LocalDate.parse(verdi, NORSK_DATO) : LocalDate.parse(verdi);
		}
		catch (DateTimeParseException ugyldig) {
			String synlig = verdi.replaceAll("\\p{Cntrl}", "");
			brudd.add(new Regelbrudd(felt, "«" + (synlig.length() > 20 ? synlig.substring(0, 20) + "…" : synlig)
					+ "» er ikke en gyldig dato. Skriv datoen som 15.03.2025 eller 2025-03-15."));
			return null;
		}
	}

	private static void periode(LocalDate fra, LocalDate til, List<Regelbrudd> brudd) {
		if (fra != null && til != null && til.isBefore(fra)) {
			brudd.add(new Regelbrudd("gyldigTil", "«Gyldig til» kan ikke være før «Gyldig fra»."));
		}
	}

	private static String taken(String navn) {
		return "Det finnes allerede en enhet som heter " + Sitert.verdi(navn) + " på dette nivået.";
	}

	private static String required(String value, String message) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(message);
		}
		return value.trim().replaceAll("\\s+", " ");
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
