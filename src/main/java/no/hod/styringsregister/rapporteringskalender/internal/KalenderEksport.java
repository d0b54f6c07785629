package no.hod.styringsregister.rapporteringskalender.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.brukere.CurrentUsers;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.web.Csv;
import no.hod.styringsregister.web.Formats;
import no.hod.styringsregister.web.Nedlasting;
import no.hod.styringsregister.web.Regneark;

/**
 * The calendar as the page shows it, as Excel and CSV: the page's parameters, read the same way (a lead starts at the
 * own division), and the rows of {@link Tidslinje#hendelser(Kalendervisning, LocalDate, Tidslinje.Filter, boolean)}
 * in its order. The reader's clearance goes along as it does for the page: an exempt assignment's title only to a
 * cleared reader. (The feed is the one way out that never carries it, since calendar services outside the ministry
 * keep it.) A file that shows such a title says so in its name, and the Excel file inside too, as the list's export
 * does. Columns added later go last (Endring: who changed a letter's entry by hand, and what the letter gave), so
 * that tools reading the file by position keep working.
 */
@Controller
class KalenderEksport {

	private static final DateTimeFormatter DATO = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private static final List<String> KOLONNER = List.of("Dato", "Tid", "Type", "Hva", "Oppdrag", "Etat", "Divisjon",
			"Merknad", "Ny forventet dato", "Dato anslått", "Brevets tidsangivelse", "Endret for hånd", "Kilde",
			"Endring");

	/** Column widths in characters. */
	private static final int[] BREDDER = { 12, 12, 22, 60, 14, 22, 32, 40, 16, 12, 30, 14, 50, 60 };

	private final Tidslinje tidslinje;

	private final KalenderParametre parametre;

	private final CurrentUsers currentUsers;

	private final OrganisasjonService organisasjon;

	private final MessageSource tekster;

	KalenderEksport(Tidslinje tidslinje, KalenderParametre parametre, CurrentUsers currentUsers,
			OrganisasjonService organisasjon, MessageSource tekster) {
		this.tidslinje = tidslinje;
		this.parametre = parametre;
		this.currentUsers = currentUsers;
		this.organisasjon = organisasjon;
		this.tekster = tekster;
	}

	/** The view, filter and day of one request, as the page reads them. */
	private record Valg(Kalendervisning visning, Tidslinje.Filter filter, LocalDate iDag) {
	}

	@GetMapping("/rapporteringskalender/eksport.xlsx")
	ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String visning,
			@RequestParam(defaultValue = "30") int dager, @RequestParam(required = false) String maned,
			@RequestParam(required = false) String etat, @RequestParam(required = false) String type,
			@RequestParam(required = false) String divisjon) {
		CurrentUser bruker = currentUsers.current();
		Valg valg = valg(visning, dager, maned, etat, type, divisjon, bruker);
		List<Hendelse> hendelser = hendelser(valg, bruker);
		boolean viserUnntatt = viserUnntatt(hendelser);
		String advarsel = viserUnntatt ? tekster.getMessage("oppdrag.unntatt.advarsel", null, Formats.NORSK) : null;
		return filnavn(valg, viserUnntatt, "xlsx").xlsx(
				Regneark.skriv("Rapporteringskalender", advarsel, KOLONNER, BREDDER, rader(hendelser)));
	}

	@GetMapping("/rapporteringskalender/eksport.csv")
	ResponseEntity<byte[]> csv(@RequestParam(required = false) String visning,
			@RequestParam(defaultValue = "30") int dager, @RequestParam(required = false) String maned,
			@RequestParam(required = false) String etat, @RequestParam(required = false) String type,
			@RequestParam(required = false) String divisjon) {
		CurrentUser bruker = currentUsers.current();
		Valg valg = valg(visning, dager, maned, etat, type, divisjon, bruker);
		List<Hendelse> hendelser = hendelser(valg, bruker);
		Csv csv = new Csv().linje(KOLONNER);
		for (List<Object> rad : rader(hendelser)) {
			csv.linje(rad.stream().map(v -> v instanceof LocalDate d ? DATO.format(d) : v == null ? null : v.toString())
				.toList());
		}
		return filnavn(valg, viserUnntatt(hendelser), "csv").csv(csv);
	}

	/** In the page's order: the filter first, then the view, so a bad value gets the same message as there. */
	private Valg valg(String visning, int dager, String maned, String etat, String type, String divisjon,
			CurrentUser bruker) {
		Tidslinje.Filter filter = parametre.filter(etat, type, divisjon, bruker);
		LocalDate iDag = LocalDate.now(Formats.OSLO);
		return new Valg(Kalendervisning.les(visning, dager, maned, iDag), filter, iDag);
	}

	private List<Hendelse> hendelser(Valg valg, CurrentUser bruker) {
		return tidslinje.hendelser(valg.visning(), valg.iDag(), valg.filter(), bruker.klarert());
	}

	private static boolean viserUnntatt(List<Hendelse> hendelser) {
		return hendelser.stream().anyMatch(Hendelse::viserUnntatt);
	}

	private List<List<Object>> rader(List<Hendelse> hendelser) {
		Map<Long, String> enheter = organisasjon.enhetsnavn();
		return hendelser.stream().map(h -> verdier(h, enheter)).toList();
	}

	/**
	 * A row the page marks as exempt says so in its Merknad, in the list's words: the file's name and warning say only
	 * that something in it is. (A deadline has no note of its own to give way.)
	 */
	private List<Object> verdier(Hendelse h, Map<Long, String> enheter) {
		String merknad = h.merketUnntatt() ? tekster.getMessage("oppdrag.unntatt.lang", null, Formats.NORSK)
				: h.merknad();
		return Arrays.asList(h.dato(), h.tid(), type(h.type()), h.tittel(), h.oppdrag(), h.etat(),
				h.enhetId() == null ? null : enheter.get(h.enhetId()), merknad, h.forventetDato(),
				h.datoAnslatt() ? "Ja" : "Nei", h.naarTekst(), h.manueltEndret() ? "Ja" : "Nei", h.kilder(),
				h.endring());
	}

	/**
	 * {@code rapporteringskalender-hdir-oppdragsfrist-april-2025-2026-12-06.xlsx}: agency, division, type and the
	 * view's period, and the day it was made (the next 30 days are others tomorrow); a file that shows an exempt title,
	 * {@code rapporteringskalender-mai-2025-unntatt-offentlighet-2026-12-06.xlsx}.
	 */
	private Nedlasting filnavn(Valg valg, boolean viserUnntatt, String endelse) {
		Tidslinje.Filter filter = valg.filter();
		List<String> deler = new ArrayList<>();
		if (filter.etatId() != null) {
			organisasjon.etat(filter.etatId()).ifPresent(e -> deler.add(e.kortnavn() != null ? e.kortnavn() : e.navn()));
		}
		if (filter.divisjonId() != null) {
			organisasjon.enhet(filter.divisjonId()).ifPresent(e -> deler.add(e.navn()));
		}
		if (filter.type() != null) {
			deler.add(type(filter.type()));
		}
		deler.add(switch (valg.visning().navn()) {
			case "kommende" -> tekster.getMessage("rapporteringskalender.overskrift.kommende",
					new Object[] { valg.visning().dager() }, Formats.NORSK);
			case "maned" -> Formats.maaned(valg.visning().maaned());
			default -> tekster.getMessage("rapporteringskalender.overskrift.forfalt", null, Formats.NORSK);
		});
		if (viserUnntatt) {
			deler.add(Nedlasting.UNNTATT);
		}
		return Nedlasting.av("rapporteringskalender", deler, valg.iDag(), endelse);
	}

	private String type(Hendelse.Type type) {
		return tekster.getMessage("rapporteringskalender.type." + type.name(), null, type.name(), Formats.NORSK);
	}
}
