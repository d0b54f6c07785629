package no.hod.styringsregister.rapporteringskalender.internal;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.hod.styringsregister.organisasjon.Etat;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.rapporteringskalender.KalenderImport.Kilde;
import no.hod.styringsregister.rapporteringskalender.internal.Hendelse.Type;
import no.hod.styringsregister.web.Formats;

/**
 * The one read path of the calendar: merges the calendar entries with the assignment deadlines for a reader.
 * Pages, API, feed and reminders all read through here; the reader's clearance goes to the deadline port, which
 * hides exempt titles.
 */
@Service
@Transactional(readOnly = true)
class Tidslinje {

	/** The longest period one request may cover, so a request cannot make the server read everything. */
	static final int MAKS_DAGER = 3 * 366;

	/** An annual report named with its year: «Årsrapporten for 2025 …», «… årsrapport for 2025 og …». */
	private static final Pattern AARSRAPPORT = Pattern.compile("(?iU)\\bårsrapport(?:en)? for (\\d{4})\\b");

	/** Anything but letters and digits, which a title's wording may vary in without naming something else. */
	private static final Pattern SKILLETEGN = Pattern.compile("[^\\p{L}\\p{N}]+");

	private final KalenderRepository repository;

	private final FristKilde frister;

	private final OrganisasjonService organisasjon;

	private final Endringstekst endringstekst;

	Tidslinje(KalenderRepository repository, FristKilde frister, OrganisasjonService organisasjon,
			Endringstekst endringstekst) {
		this.repository = repository;
		this.frister = frister;
		this.organisasjon = organisasjon;
		this.endringstekst = endringstekst;
	}

	/**
	 * @param divisjonId narrows the assignment deadlines to one division; calendar entries and special reporting
	 *     concern the whole agency and stay
	 */
	record Filter(Long etatId, Type type, Long divisjonId) {

		static final Filter INGEN = new Filter(null, null, null);

		boolean slipperGjennom(Hendelse hendelse) {
			return (etatId == null || etatId.equals(hendelse.etatId())) && (type == null || type == hendelse.type())
					&& (divisjonId == null || hendelse.type() != Type.FRIST || divisjonId.equals(hendelse.enhetId()));
		}
	}

	/**
	 * What the calendar page shows for a view, and so what its exports hold.
	 */
	List<Hendelse> hendelser(Kalendervisning visning, LocalDate iDag, Filter filter, boolean klarert) {
		return switch (visning.navn()) {
			case "kommende" -> hendelser(iDag, visning.sisteDag(iDag), filter, klarert);
			case "maned" -> hendelser(visning.maaned().atDay(1), visning.maaned().atEndOfMonth(), filter, klarert);
			default -> forfalte(iDag, filter, klarert);
		};
	}

	List<Hendelse> hendelser(LocalDate fra, LocalDate til, Filter filter, boolean klarert) {
		if (fra == null || til == null || til.isBefore(fra)) {
			throw new IllegalArgumentException("Velg en periode der fra-datoen ikke er etter til-datoen.");
		}
		if (fra.plusDays(MAKS_DAGER).isBefore(til)) {
			throw new IllegalArgumentException("Perioden kan være høyst tre år.");
		}
		Map<Long, String> etater = etatnavn();
		List<Hendelse> hendelser = new ArrayList<>();
		if (filter.type() != Type.FRIST) {
			for (List<KalenderRepository.Rad> like : sammeOppforing(repository.iPeriode(fra, til))) {
				hendelser.add(hendelse(like, etater));
			}
		}
		if (filter.type() == null || filter.type() == Type.FRIST) {
			frister.frister(fra, til, klarert).forEach(frist -> hendelser.add(hendelse(frist, etater)));
			frister.forventede(fra, til, klarert).forEach(frist -> hendelser.add(nyForventetDato(frist, etater)));
		}
		return sortert(hendelser, filter);
	}

	/**
	 * Whether the calendar has anything, whatever the filter: an entry, or a deadline of an open assignment from
	 * a year and a half back to a year and a half on. An empty page then means the filter or the period, not that no
	 * letter is imported.
	 */
	boolean harInnhold(LocalDate iDag, boolean klarert) {
		return repository.harOppforinger()
				|| !frister.frister(iDag.minusDays(MAKS_DAGER / 2), iDag.plusDays(MAKS_DAGER / 2), klarert).isEmpty()
				|| !frister.forventede(iDag.minusDays(MAKS_DAGER / 2), iDag.plusDays(MAKS_DAGER / 2), klarert).isEmpty()
				|| !frister.forfalte(iDag, klarert).isEmpty();
	}

	/**
	 * Deadlines before today of assignments still open, and new expected dates before today of delayed ones, as far
	 * back as the deadlines go. Calendar entries have no status, so none is overdue. Work carried over at year end is
	 * overdue once, as its successor, as the start page counts it: its origin's old deadlines are history.
	 */
	List<Hendelse> forfalte(LocalDate iDag, Filter filter, boolean klarert) {
		if (filter.type() != null && filter.type() != Type.FRIST) {
			return List.of();
		}
		Map<Long, String> etater = etatnavn();
		List<Hendelse> hendelser = new ArrayList<>();
		frister.forfalte(iDag, klarert).forEach(frist -> hendelser.add(hendelse(frist, etater)));
		frister.forfalteForventede(iDag, klarert).forEach(frist -> hendelser.add(nyForventetDato(frist, etater)));
		return sortert(hendelser, filter);
	}

	/**
	 * By day and time; within them by agency (by name, as the reader sees it), kind, the assignments' natural id order
	 * (1.2 before 1.10, as the assignment list sorts by id), then title. Deadlines and new expected dates of one day
	 * come from two queries, so the order of either alone would not do.
	 */
	private static List<Hendelse> sortert(List<Hendelse> hendelser, Filter filter) {
		Collator norsk = Collator.getInstance(Formats.NORSK);
		return hendelser.stream().filter(filter::slipperGjennom)
			.sorted(Comparator.comparing(Hendelse::dato)
				.thenComparing(h -> h.tid() == null ? "" : h.tid())
				.thenComparing(h -> h.etat() == null ? "" : h.etat(), norsk)
				.thenComparing(Hendelse::type)
				.thenComparing(Hendelse::idOrden, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(Hendelse::tittel))
			.toList();
	}

	private Map<Long, String> etatnavn() {
		return organisasjon.etater().stream().collect(Collectors.toMap(Etat::id, Etat::navn));
	}

	/**
	 * The letters' entries grouped as one where several letters name the same entry, each group in the order of
	 * {@link #foretrukket}; every other entry alone. A letter names last year's annual report as the next letter does
	 * (the 2025 letter's text dates «Årsrapporten for 2025» to 15 March 2026, the 2026 letter's Vedlegg I dates
	 * «Frist for oversendelse av årsrapport for 2025 …» to the same day), and a reader expects it once. The same entry
	 * is the same agency, kind, day and time, with the same {@link #emne}. Entries made by hand stay apart: the admin
	 * made them on purpose, and the form refuses one the calendar has. Only calendar entries are merged, never with a
	 * deadline: they hold the letters' public appendices and text only, the same for every reader, so the merge cannot
	 * carry content exempt from public disclosure to anyone.
	 */
	static List<List<KalenderRepository.Rad>> sammeOppforing(List<KalenderRepository.Rad> rader) {
		Map<List<Object>, List<KalenderRepository.Rad>> grupper = new LinkedHashMap<>();
		for (KalenderRepository.Rad rad : rader) {
			List<Object> nokkel = rad.brevId() == null ? List.of(rad.id())
					: Arrays.asList(rad.etatId(), rad.type(), rad.dato(), rad.tid(), emne(rad.tittel()));
			grupper.computeIfAbsent(nokkel, n -> new ArrayList<>()).add(rad);
		}
		return grupper.values().stream().map(like -> like.stream().sorted(foretrukket()).toList()).toList();
	}

	/**
	 * What an entry is about: the annual report it names, else its title in lower case without punctuation, so that
	 * «Årsrapporten for 2025 oversendes departementet» and «Frist for oversendelse av årsrapport for 2025» are one.
	 */
	static String emne(String tittel) {
		Matcher aarsrapport = AARSRAPPORT.matcher(tittel);
		if (aarsrapport.find()) {
			return "årsrapport " + aarsrapport.group(1);
		}
		return SKILLETEGN.matcher(tittel.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
	}

	/**
	 * The entry shown of a group: the appendix's (a table row, with its remark) before the letter's text, then the
	 * newest letter's (the one of the year the day is in, when the former year's letter dated it ahead).
	 */
	private static Comparator<KalenderRepository.Rad> foretrukket() {
		return Comparator.comparing((KalenderRepository.Rad rad) -> Kilde.BREVETS_TEKST.name().equals(rad.kilde()))
			.thenComparing(KalenderRepository.Rad::aar, Comparator.reverseOrder())
			.thenComparing(KalenderRepository.Rad::id);
	}

	/**
	 * The first of {@code like} as shown, naming the others' letters too. The UID is the oldest entry's, so a calendar
	 * client that had the entry from the first letter updates it when the next letter names it, rather than adding it.
	 */
	private Hendelse hendelse(List<KalenderRepository.Rad> like, Map<Long, String> etater) {
		KalenderRepository.Rad rad = like.get(0);
		Type type = Type.valueOf(rad.type());
		List<Hendelse.Kildelenke> andre = like.stream().skip(1).map(Tidslinje::kilde).toList();
		long eldste = like.stream().mapToLong(KalenderRepository.Rad::id).min().orElseThrow();
		// «Endret for hånd» is for a letter's entry; one made by hand says so as its source («Lagt inn for hånd»).
		boolean brevEndret = rad.brevId() != null && rad.manueltEndret();
		Hendelse.Kildelenke kilde = kilde(rad);
		return new Hendelse(rad.dato(), rad.tid(), type, rad.tittel(), rad.etatId(), etater.get(rad.etatId()), null,
				null, kilde.tekst(), kilde.lenke(), rad.id(), rad.datoAnslatt(), rad.merknad(), rad.naarTekst(),
				brevEndret, "kalender-" + eldste + "@styringsregister", null, false, null, false, false, andre,
				endringstekst.av(rad), null, endringstekst.data(rad));
	}

	private static Hendelse.Kildelenke kilde(KalenderRepository.Rad rad) {
		return kilde(rad.brevId(), rad.aar(), rad.type(), rad.kilde());
	}

	/** An entry's source in words, as the calendar names it everywhere, and its letter's address. */
	static Hendelse.Kildelenke kilde(Long brevId, int aar, String type, String kilde) {
		if (brevId == null) {
			return new Hendelse.Kildelenke("Lagt inn for hånd", null);
		}
		String del = Kilde.BREVETS_TEKST.name().equals(kilde) ? "brevets tekst"
				: "SAERSKILT".equals(type) ? "vedlegg III – særskilt rapportering"
						: "vedlegg I – styrings- og rapporteringskalender";
		return new Hendelse.Kildelenke("Tildelingsbrev " + aar + ", " + del, "/tildelingsbrev/" + brevId);
	}

	private static Hendelse hendelse(FristKilde.Frist frist, Map<Long, String> etater) {
		return new Hendelse(frist.dato(), null, Type.FRIST, frist.tittel(), frist.etatId(), etater.get(frist.etatId()),
				frist.enhetId(), frist.oppdrag(), "Oppdrag " + frist.oppdrag(), frist.lenke(), null,
				false, null, null, false, "frist-" + frist.nokkel() + "@styringsregister", frist.forventetDato(), false,
				null, frist.viserUnntatt(), frist.merketUnntatt(), List.of(), null, frist.idOrden(), null);
	}

	/**
	 * A delayed assignment's new expected date, its current due date, on that date. The title names the assignment
	 * (already hidden by the port when exempt), since the item stands alone wherever it is shown; the UID is the
	 * assignment's, so a calendar client moves the item when the date is moved again.
	 */
	private static Hendelse nyForventetDato(FristKilde.Frist frist, Map<Long, String> etater) {
		return new Hendelse(frist.forventetDato(), null, Type.FRIST,
				"Ny forventet dato " + frist.oppdrag() + " – " + frist.tittel(), frist.etatId(),
				etater.get(frist.etatId()), frist.enhetId(), frist.oppdrag(), "Oppdrag " + frist.oppdrag(),
				frist.lenke(), null, false, null, null, false,
				"forventet-" + frist.nokkel() + "@styringsregister", null, true, frist.dato(), frist.viserUnntatt(),
				frist.merketUnntatt(), List.of(), null, frist.idOrden(), null);
	}
}
