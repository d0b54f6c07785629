package no.hod.styringsregister.oppdrag.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.brukere.CurrentUsers;
import no.hod.styringsregister.oppdrag.OppdragFilter;
import no.hod.styringsregister.oppdrag.OppdragQueries;
import no.hod.styringsregister.oppdrag.OppdragStatus;
import no.hod.styringsregister.oppdrag.OppdragSummary;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.web.Csv;
import no.hod.styringsregister.web.Formats;
import no.hod.styringsregister.web.Nedlasting;
import no.hod.styringsregister.web.Regneark;

/** The filtered list as Excel and CSV, with the list's parameters, through the same read path as the page. */
@Controller
class OppdragEksport {

	private static final DateTimeFormatter DATO = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private static final List<String> KOLONNER = List.of("ID", "Nøkkel", "År", "Etat", "Seksjon", "Avdeling i HOD",
			"Tittel", "Status", "Første frist", "Alle frister", "Frist (tekst)", "Forventet dato", "Divisjon", "Avdeling",
			"Unntatt offentlighet", "Sist endret", "Fremdrift", "Begrunnelse");

	/** Column widths in characters. */
	private static final int[] BREDDER = { 14, 14, 6, 22, 9, 14, 60, 13, 13, 26, 30, 14, 36, 30, 12, 13, 60, 40 };

	private final OppdragLeser leser;

	private final CurrentUsers brukere;

	private final OrganisasjonService organisasjon;

	private final MessageSource tekster;

	OppdragEksport(OppdragLeser leser, CurrentUsers brukere, OrganisasjonService organisasjon, MessageSource tekster) {
		this.leser = leser;
		this.brukere = brukere;
		this.organisasjon = organisasjon;
		this.tekster = tekster;
	}

	/**
	 * A file that shows a cleared viewer exempt content says so (see {@link Regneark#skriv(String, String, List, int[],
	 * List)}), so it is not passed on unnoticed, and so does its name. The CSV has no place inside for it, a line would
	 * be taken for a row: only its name says it.
	 */
	@GetMapping("/oppdrag/eksport.xlsx")
	ResponseEntity<byte[]> xlsx(ListeParametre parametre) {
		OppdragFilter filter = parametre.filter(organisasjon, leser::harBrev);
		List<OppdragLeser.Eksportrad> alle = rader(filter);
		boolean viserUnntatt = viserUnntatt(alle);
		String advarsel = viserUnntatt ? tekster.getMessage("oppdrag.unntatt.advarsel", null, Formats.NORSK) : null;
		return filnavn(filter, viserUnntatt, "xlsx").xlsx(Regneark.skriv("Oppdrag", advarsel, KOLONNER, BREDDER,
				alle.stream().map(this::verdier).toList()));
	}

	@GetMapping("/oppdrag/eksport.csv")
	ResponseEntity<byte[]> csv(ListeParametre parametre) {
		OppdragFilter filter = parametre.filter(organisasjon, leser::harBrev);
		List<OppdragLeser.Eksportrad> alle = rader(filter);
		Csv csv = new Csv().linje(KOLONNER);
		for (OppdragLeser.Eksportrad o : alle) {
			csv.linje(verdier(o).stream()
				.map(v -> v instanceof LocalDate d ? DATO.format(d) : v == null ? null : v.toString()).toList());
		}
		return filnavn(filter, viserUnntatt(alle), "csv").csv(csv);
	}

	private static boolean viserUnntatt(List<OppdragLeser.Eksportrad> rader) {
		return rader.stream().anyMatch(OppdragLeser.Eksportrad::viserUnntatt);
	}

	/**
	 * Named after every filter of the list, so that two exports of different lists neither overwrite nor pass for each
	 * other: agency, division (or department, or not routed), ministry department, section, letter, deadlines, year,
	 * status, overdue, without the carried-over. The search words are left out, as from the title: a file name stays
	 * in download folders and lists, where the words someone searched for (perhaps exempt ones) do not belong. A file
	 * that shows exempt content says so last, before the day: the CSV most of all needs it, having no place inside
	 * for the warning.
	 */
	private Nedlasting filnavn(OppdragFilter filter, boolean viserUnntatt, String endelse) {
		List<String> deler = new ArrayList<>();
		if (filter.etatId() != null) {
			organisasjon.etat(filter.etatId()).ifPresent(e -> deler.add(e.kortnavn() != null ? e.kortnavn() : e.navn()));
		}
		Map<Long, String> enheter = filter.divisjonId() != null || filter.avdelingId() != null
				? organisasjon.enhetsnavn() : Map.of();
		if (filter.divisjonId() != null) {
			deler.add(enheter.get(filter.divisjonId()));
		}
		if (filter.avdelingId() != null) {
			deler.add(enheter.get(filter.avdelingId()));
		}
		if (filter.ikkeRutet()) {
			deler.add("ikke rutet");
		}
		// Each with its field's word: «3.4» alone or a bare date would not say what it is.
		if (filter.hodAvdeling() != null) {
			deler.add("hod " + filter.hodAvdeling());
		}
		if (filter.seksjon() != null) {
			deler.add("seksjon " + filter.seksjon());
		}
		if (filter.brevId() != null) {
			deler.add("brev " + filter.brevId());
		}
		if (filter.fristFra() != null || filter.fristTil() != null) {
			deler.add(filter.fristFra() == null ? "frist til " + filter.fristTil()
					: filter.fristTil() == null ? "frist fra " + filter.fristFra()
							: "frist " + filter.fristFra() + " " + filter.fristTil());
		}
		if (filter.aar() != null) {
			deler.add(String.valueOf(filter.aar()));
		}
		filter.statuser().forEach(status -> deler.add(status(status)));
		if (filter.forfalt()) {
			deler.add("forfalte");
		}
		if (filter.utenVidereforte()) {
			deler.add("uten videreførte");
		}
		if (viserUnntatt) {
			deler.add(Nedlasting.UNNTATT);
		}
		return Nedlasting.idag("oppdrag", deler, endelse);
	}

	private List<OppdragLeser.Eksportrad> rader(OppdragFilter filter) {
		CurrentUser bruker = brukere.current();
		return leser.alle(filter, bruker);
	}

	/**
	 * The columns other tools read stay as they were, and the progress note and reason come last. On a wholly exempt
	 * assignment an uncleared viewer reads that they are withheld, as in the status report, rather than an empty cell
	 * that would read as «no note»; whether there is one is not told.
	 */
	private List<Object> verdier(OppdragLeser.Eksportrad rad) {
		OppdragSummary o = rad.oppdrag();
		return Arrays.asList(o.id(), o.nokkel(), o.aar(), o.etat(), o.seksjon(),
				String.join(", ", o.hodAvdelinger()), o.tittel(),
				status(o.status()),
				o.frister().isEmpty() ? null : o.frister().get(0),
				o.frister().stream().map(DATO::format).collect(Collectors.joining(", ")), o.fristTekst(),
				o.forventetDato(), o.divisjon(), o.avdeling(), o.unntattOffentlighet() ? "Ja" : "Nei",
				o.endret() == null ? null : o.endret().atZoneSameInstant(Formats.OSLO).toLocalDate(),
				tilbakeholdt(o, rad.fremdrift()), tilbakeholdt(o, rad.statusGrunn()));
	}

	private static String tilbakeholdt(OppdragSummary o, String notat) {
		return o.tittelSkjult() && notat == null ? OppdragQueries.UNNTATT : notat;
	}

	private String status(OppdragStatus status) {
		return tekster.getMessage("oppdrag.status." + status.name(), null, status.name(), Formats.NORSK);
	}
}
