package no.hod.styringsregister.rapporter.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

import no.hod.styringsregister.brukere.CurrentUsers;
import no.hod.styringsregister.oppdrag.OppdragRapport;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.web.Formats;
import no.hod.styringsregister.web.Nedlasting;

/**
 * The status reports: the form at {@code /rapporter}, and the report for {@code agency}, {@code year} and
 * {@code date} as a printable page, Excel and PDF. Bad parameters answer 400 with the form and a Norwegian message.
 */
@Controller
class RapportController {

	private final CurrentUsers brukere;

	private final OrganisasjonService organisasjon;

	private final OppdragRapport oppdrag;

	private final StatusRapporter rapporter;

	private final StatusRapportHtml html;

	private final StatusRapportXlsx xlsx;

	private final StatusRapportPdf pdf;

	private final RapportTekst tekst;

	RapportController(CurrentUsers brukere, OrganisasjonService organisasjon, OppdragRapport oppdrag,
			StatusRapporter rapporter, StatusRapportHtml html, StatusRapportXlsx xlsx, StatusRapportPdf pdf,
			RapportTekst tekst) {
		this.brukere = brukere;
		this.organisasjon = organisasjon;
		this.oppdrag = oppdrag;
		this.rapporter = rapporter;
		this.html = html;
		this.xlsx = xlsx;
		this.pdf = pdf;
		this.tekst = tekst;
	}

	/**
	 * The form; with parameters, also the report's summary, its deviations Forsinket and «Fristen er passert» (the
	 * printable report's own tables, each id linking to its assignment) and the links to its three formats.
	 */
	@GetMapping("/rapporter")
	String skjema(@RequestParam(required = false) String agency, @RequestParam(required = false) String year,
			@RequestParam(required = false) String date, HttpServletRequest request, Model model) {
		skjemadata(agency, year, date, model);
		if (agency != null || year != null || date != null) {
			RapportValg valg = valg(agency, year, date);
			StatusRapport rapport = rapporter.lag(valg, brukere.current());
			String kontekst = request.getContextPath();
			model.addAttribute("rapport", rapport);
			// The deviation tables' cell texts; a fragment's parameters may not name beans.
			model.addAttribute("tekst", tekst);
			model.addAttribute("formater", tekst.formats());
			model.addAttribute("lenkeSide", StatusRapportHtml.lenke(kontekst + "/rapporter/status", valg));
			model.addAttribute("lenkeXlsx", StatusRapportHtml.lenke(kontekst + "/rapporter/status.xlsx", valg));
			model.addAttribute("lenkePdf", StatusRapportHtml.lenke(kontekst + "/rapporter/status.pdf", valg));
			// An assignment opened from the deviations leads back to this report («liste» on the assignment's page), at
			// its row (the template adds the row's id); without the context path, which the assignment's page adds.
			model.addAttribute("tilbakeHit", StatusRapportHtml.lenke("/rapporter", valg));
		}
		return "rapporter/index";
	}

	@GetMapping(value = "/rapporter/status", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> side(@RequestParam(required = false) String agency,
			@RequestParam(required = false) String year, @RequestParam(required = false) String date,
			HttpServletRequest request) {
		RapportValg valg = valg(agency, year, date);
		StatusRapport rapport = rapporter.lag(valg, brukere.current());
		return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
			.body(html.side(rapport, valg, request.getContextPath()));
	}

	@GetMapping("/rapporter/status.xlsx")
	ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String agency,
			@RequestParam(required = false) String year, @RequestParam(required = false) String date) {
		RapportValg valg = valg(agency, year, date);
		StatusRapport rapport = rapporter.lag(valg, brukere.current());
		return filnavn(valg, rapport, "xlsx").xlsx(xlsx.lag(rapport));
	}

	@GetMapping("/rapporter/status.pdf")
	ResponseEntity<byte[]> pdf(@RequestParam(required = false) String agency,
			@RequestParam(required = false) String year, @RequestParam(required = false) String date) {
		RapportValg valg = valg(agency, year, date);
		StatusRapport rapport = rapporter.lag(valg, brukere.current());
		return filnavn(valg, rapport, "pdf").svar(pdf.lag(rapport), MediaType.APPLICATION_PDF);
	}

	@ExceptionHandler(UgyldigRapport.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String ugyldig(UgyldigRapport ex, HttpServletRequest request, Model model) {
		skjemadata(request.getParameter("agency"), request.getParameter("year"), request.getParameter("date"), model);
		model.addAttribute("feilmelding", ex.getMessage());
		model.addAttribute("feilfelt", ex.felt());
		return "rapporter/index";
	}

	private void skjemadata(String agency, String year, String date, Model model) {
		LocalDate idag = LocalDate.now(Formats.OSLO);
		List<Integer> aarstall = oppdrag.aarstall();
		model.addAttribute("etater", organisasjon.etater());
		model.addAttribute("aarstall", aarstall);
		model.addAttribute("valgtEtat", agency == null ? "" : agency);
		model.addAttribute("valgtAar", year != null ? year
				: aarstall.contains(idag.getYear()) || aarstall.isEmpty() ? String.valueOf(idag.getYear())
						: String.valueOf(aarstall.get(0)));
		model.addAttribute("valgtDato", date != null ? iso(date) : idag.toString());
		model.addAttribute("idag", idag);
	}

	/** A typed 31.08.2025 back in the date field as the field takes it (ISO); what cannot be read, as sent. */
	private static String iso(String date) {
		try {
			LocalDate dato = Formats.skjemadato(date);
			return dato == null ? date : dato.toString();
		}
		catch (java.time.format.DateTimeParseException ex) {
			return date;
		}
	}

	private RapportValg valg(String agency, String year, String date) {
		return RapportValg.les(agency, year, date, LocalDate.now(Formats.OSLO), organisasjon);
	}

	/**
	 * {@code statusrapport-hdir-2025-per-2025-08-31.pdf}: the report's date is the one that tells two apart. A report
	 * that shows its reader exempt content, the one that warns atop ({@link StatusRapport#viserUnntatt()}), is
	 * {@code statusrapport-hdir-2025-unntatt-offentlighet-per-2025-08-31.pdf}: «per» stays with its date.
	 */
	private static Nedlasting filnavn(RapportValg valg, StatusRapport rapport, String type) {
		String etat = valg.etat().kortnavn() != null ? valg.etat().kortnavn() : valg.etat().navn();
		List<String> deler = new ArrayList<>(List.of(etat, String.valueOf(valg.aar())));
		if (rapport.viserUnntatt()) {
			deler.add(Nedlasting.UNNTATT);
		}
		deler.add("per");
		return Nedlasting.av("statusrapport", deler, valg.dato(), type);
	}
}
