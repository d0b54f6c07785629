package no.hod.styringsregister.instrukser.internal;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.hod.styringsregister.Sitert;
import no.hod.styringsregister.dokumenter.UnreadableDocumentException;
import no.hod.styringsregister.instrukser.InstruksHenvisninger;
import no.hod.styringsregister.instrukser.InstruksImport;
import no.hod.styringsregister.instrukser.InstruksVersjon;
import no.hod.styringsregister.instrukser.internal.InstruksRepository.Fil;
import no.hod.styringsregister.instrukser.internal.parsing.InstruksParseException;
import no.hod.styringsregister.instrukser.internal.parsing.SectionDraft;
import no.hod.styringsregister.organisasjon.Etat;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.web.Avvisninger;
import no.hod.styringsregister.web.Formats;

/** The instruction pages: overview, agency page, reading view, comparison, search and the import with review. */
@Controller
class InstrukserController {

	/** 1.6.2025 and 01.06.2025; strict, so 31.6.2025 is refused rather than read as 30 June. */
	private static final DateTimeFormatter NORSK_DATO = DateTimeFormatter.ofPattern("d.M.uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final String VELG_FIL = "Velg en fil å laste opp.";

	/** The years a day can be asked about on an agency's page. */
	private static final int FORSTE_AR = 1900;

	private static final int SISTE_AR = 2199;

	private final InstruksService service;

	private final OrganisasjonService organisasjon;

	private final List<InstruksHenvisninger> henvisninger;

	InstrukserController(InstruksService service, OrganisasjonService organisasjon,
			List<InstruksHenvisninger> henvisninger) {
		this.service = service;
		this.organisasjon = organisasjon;
		this.henvisninger = henvisninger;
	}

	/** In the order the search lists a section's versions: the one in force first. */
	enum Status {
		GJELDENDE, KOMMENDE, ERSTATTET, UTEN_DATO, TRUKKET
	}

	record Rad(InstruksVersjon versjon, Status status) {
	}

	record EtatInstrukser(Etat etat, List<Rad> rader) {
	}

	/** A section for the reading view. */
	record Punktvisning(String nummer, String tittel, String anker, int niva, List<Tekstblokker.Blokk> blokker,
			List<InstruksHenvisninger.Henvisning> henvisninger) {
	}

	/**
	 * A search hit: {@code utdrag} is escaped HTML with the matched words in {@code <mark>}; {@code status} that of
	 * its version today, as the version's page shows it.
	 */
	record Treffvisning(InstruksRepository.Treff treff, String utdrag, String lenke, Status status) {
	}

	@GetMapping("/instrukser")
	String index(Model model) {
		List<EtatInstrukser> etater = new ArrayList<>();
		for (Etat etat : organisasjon.etater()) {
			List<Rad> rader = rader(etat.id(), today());
			if (!rader.isEmpty()) {
				etater.add(new EtatInstrukser(etat, rader));
			}
		}
		model.addAttribute("etater", etater);
		model.addAttribute("alleEtater", organisasjon.etater());
		model.addAttribute("alle", service.alle());
		model.addAttribute("etatnavn", etatnavn());
		return "instrukser/index";
	}

	@GetMapping("/instrukser/etat/{etatId}")
	String etat(@PathVariable long etatId, @RequestParam(required = false) String dato, Model model) {
		Etat etat = organisasjon.etat(etatId).orElseThrow(() -> InstruksIkkeFunnetException.etat(etatId));
		LocalDate valgt = dato(dato, etatId);
		LocalDate day = valgt == null ? today() : valgt;
		InstruksVersjon gjeldende = service.gjeldende(etatId, day).orElse(null);
		model.addAttribute("etat", etat);
		model.addAttribute("dato", day);
		model.addAttribute("valgtDato", valgt != null);
		// The answer's tense: what applied on a day gone by, what applies today, what will apply as things stand.
		model.addAttribute("tid", day.isBefore(today()) ? "fortid" : day.isAfter(today()) ? "fremtid" : "idag");
		model.addAttribute("rader", rader(etatId, today()));
		model.addAttribute("gjeldendePaDato", gjeldende);
		// None in force: point to where the register's versions begin rather than leave a bare sentence.
		model.addAttribute("eldste", gjeldende == null ? service.eldste(etatId).orElse(null) : null);
		return "instrukser/etat";
	}

	/**
	 * The day asked about, within the years the register can answer for: a year such as 0 or 20255, a typo, would be
	 * shown as another year («1. januar 0001») or answered as if it meant something.
	 */
	private static LocalDate dato(String verdi, long etatId) {
		if (verdi == null || verdi.isBlank()) {
			return null;
		}
		String tekst = verdi.strip();
		LocalDate dato;
		try {
			dato = lesDato(tekst);
		}
		catch (DateTimeParseException ex) {
			throw new UgyldigInstruksvalg(Sitert.verdi(tekst)
					+ " er ikke en gyldig dato. Skriv datoen som 1.6.2025 eller "
					+ "2025-06-01.", "/instrukser/etat/" + etatId, "instr.feil.tilbake-etat");
		}
		if (dato.getYear() < FORSTE_AR || dato.getYear() > SISTE_AR) {
			throw new UgyldigInstruksvalg(Sitert.verdi(tekst)
					+ " er utenfor årene registeret kan svare for. Velg en dato "
					+ "mellom 1. januar " + FORSTE_AR + " og 31. desember " + SISTE_AR + ".",
					"/instrukser/etat/" + etatId, "instr.feil.tilbake-etat");
		}
		return dato;
	}

	/** The date as the date field sends it (2025-06-01) or as people write it (1.6.2025, 01.06.2025). */
	private static LocalDate lesDato(String tekst) {
		return tekst.contains(".") ? LocalDate.parse(tekst, NORSK_DATO) : LocalDate.parse(tekst);
	}

	@GetMapping("/instrukser/{id}")
	String read(@PathVariable long id, Model model) {
		InstruksVersjon versjon = service.finnVersjon(id);
		Map<String, List<InstruksHenvisninger.Henvisning>> citations = new LinkedHashMap<>();
		henvisninger.forEach(kilde -> kilde.henvisningerTil(id)
			.forEach(h -> citations.computeIfAbsent(h.punkt(), k -> new ArrayList<>()).add(h)));
		List<Punktvisning> punkter = new ArrayList<>();
		for (SectionDraft punkt : service.punktTekster(id)) {
			punkter.add(new Punktvisning(punkt.number(), punkt.title(), Tekstblokker.anker(punkt.number()),
					Tekstblokker.niva(punkt.number()), Tekstblokker.av(punkt.text()),
					citations.getOrDefault(punkt.number(), List.of())));
		}
		List<Rad> rader = rader(versjon.etatId(), today());
		Rad rad = rader.stream().filter(r -> r.versjon().id() == id).findFirst().orElseThrow();
		int index = rader.indexOf(rad);
		model.addAttribute("v", versjon);
		model.addAttribute("status", rad.status());
		model.addAttribute("etat", organisasjon.etat(versjon.etatId()).orElseThrow());
		model.addAttribute("punkter", punkter);
		model.addAttribute("nyere", index > 0 ? rader.get(index - 1).versjon() : null);
		model.addAttribute("eldre", index + 1 < rader.size() ? rader.get(index + 1).versjon() : null);
		model.addAttribute("trukket", service.tilbaketrekking(id).orElse(null));
		model.addAttribute("erAdmin", service.erAdmin());
		return "instrukser/visning";
	}

	/** Withdraws a version imported by mistake (admins; the service checks, and refuses while it is cited). */
	@PostMapping("/instrukser/{id}/trekk-tilbake")
	String withdraw(@PathVariable long id, RedirectAttributes redirect) {
		try {
			service.trekkTilbake(id);
			redirect.addFlashAttribute("melding", "«" + service.finnVersjon(id).tittel() + "» er trukket tilbake. Bare "
					+ "administratorer ser den nå, og du kan angre.");
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("feil", ex.getMessage());
		}
		return "redirect:/instrukser/" + id;
	}

	@PostMapping("/instrukser/{id}/gjeninnsett")
	String reinstate(@PathVariable long id, RedirectAttributes redirect) {
		try {
			service.gjeninnsett(id);
			redirect.addFlashAttribute("melding", "«" + service.finnVersjon(id).tittel() + "» er tatt i bruk igjen.");
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("feil", ex.getMessage());
		}
		return "redirect:/instrukser/" + id;
	}

	@GetMapping("/instrukser/{id}/original")
	ResponseEntity<byte[]> original(@PathVariable long id) {
		service.finnVersjon(id);
		Fil fil = service.fil(id).orElseThrow(() -> InstruksIkkeFunnetException.instruks(id));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fil.filnavn(), java.nio.charset.StandardCharsets.UTF_8)
						.build().toString())
			.contentType(MediaType.parseMediaType(fil.filtype()))
			.body(fil.innhold());
	}

	/**
	 * Offers the versions of one agency's instruction: that of the versions asked for, else {@code etat}, else the
	 * first agency with two versions. Comparing two agencies' instructions is refused by the service.
	 */
	@GetMapping("/instrukser/sammenlign")
	String compare(@RequestParam(required = false) Long fra, @RequestParam(required = false) Long til,
			@RequestParam(required = false) Long etat, Model model) {
		Map<Long, List<InstruksVersjon>> perEtat = service.alle().stream()
			.collect(Collectors.groupingBy(InstruksVersjon::etatId, LinkedHashMap::new, Collectors.toList()));
		Map<Long, String> navn = etatnavn();
		List<Etat> medPar = organisasjon.etater().stream()
			.filter(e -> perEtat.getOrDefault(e.id(), List.of()).size() >= 2).toList();
		Long etatId;
		if (fra != null || til != null) {
			etatId = service.finnVersjon(fra != null ? fra : til).etatId();
		}
		else if (etat != null) {
			etatId = organisasjon.etat(etat).orElseThrow(() -> InstruksIkkeFunnetException.etat(etat)).id();
		}
		else {
			etatId = medPar.isEmpty() ? null : medPar.get(0).id();
		}
		List<InstruksVersjon> versjoner = etatId == null ? List.of() : perEtat.getOrDefault(etatId, List.of());
		if (fra != null && fra.equals(til)) {
			model.addAttribute("sammeVersjon", true);
		}
		else if (fra != null && til != null) {
			InstruksService.Sammenstilling sammenstilling = service.sammenlign(fra, til);
			model.addAttribute("gammel", sammenstilling.gammel());
			model.addAttribute("ny", sammenstilling.ny());
			model.addAttribute("endringer", sammenstilling.endringer());
			model.addAttribute("antall", count(sammenstilling.endringer()));
			model.addAttribute("byttet", sammenstilling.byttet());
			// the form shows the order compared, so the labels «Eldre» and «Nyere» hold
			fra = sammenstilling.gammel().id();
			til = sammenstilling.ny().id();
		}
		// Offered first: the agency's two newest versions (newest first in the list), the comparison people come for.
		model.addAttribute("fra", fra != null ? fra : versjoner.size() >= 2 ? versjoner.get(1).id() : null);
		model.addAttribute("til", til != null ? til : versjoner.size() >= 2 ? versjoner.get(0).id() : null);
		model.addAttribute("valgtEtat", etatId);
		model.addAttribute("valgtEtatNavn", etatId == null ? null : navn.get(etatId));
		model.addAttribute("versjoner", versjoner);
		model.addAttribute("etaterMedPar", medPar);
		model.addAttribute("etatnavn", navn);
		return "instrukser/sammenlign";
	}

	/**
	 * Hits in superseded versions are left out unless asked for ({@code erstattede}): their text no longer applies and
	 * must not be quoted as if it did. The page says how many were left out and links to them.
	 */
	@GetMapping("/instrukser/sok")
	String search(@RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean erstattede,
			Model model) {
		model.addAttribute("q", q == null ? "" : q);
		Map<Long, Map<Long, Status>> statusPerEtat = new HashMap<>();
		List<Treffvisning> alle = new ArrayList<>();
		for (InstruksRepository.Treff t : service.sok(q)) {
			Status status = statusPerEtat.computeIfAbsent(t.versjon().etatId(), etatId -> rader(etatId, today()).stream()
				.collect(Collectors.toMap(r -> r.versjon().id(), Rad::status))).get(t.versjon().id());
			// the excerpt is escaped first, so only the hit marks become markup
			alle.add(new Treffvisning(t, OrdDiff.escape(t.utdrag()).replace("⟦", "<mark>").replace("⟧", "</mark>"),
					"/instrukser/" + t.versjon().id() + "#" + Tekstblokker.anker(t.nummer()), status));
		}
		List<Treffvisning> treff = erstattede ? alle
				: alle.stream().filter(t -> t.status() != Status.ERSTATTET).toList();
		model.addAttribute("treff", gjeldendeForst(treff));
		model.addAttribute("skjulte", alle.size() - treff.size());
		model.addAttribute("erstattede", erstattede);
		model.addAttribute("sokt", q != null && !q.isBlank());
		model.addAttribute("etatnavn", etatnavn());
		return "instrukser/sok";
	}

	/**
	 * The versions of one section (an agency's section number) together, where the best-ranked of them stands, the
	 * one in force first: the hits come ranked, and equal text in two versions ranks equal.
	 */
	private static List<Treffvisning> gjeldendeForst(List<Treffvisning> treff) {
		Map<String, List<Treffvisning>> perPunkt = new LinkedHashMap<>();
		for (Treffvisning t : treff) {
			perPunkt.computeIfAbsent(t.treff().versjon().etatId() + "\t" + t.treff().nummer(), k -> new ArrayList<>())
				.add(t);
		}
		return perPunkt.values().stream()
			.flatMap(versjoner -> versjoner.stream().sorted(Comparator.comparing(Treffvisning::status)))
			.toList();
	}

	@GetMapping("/instrukser/import")
	String importForm() {
		service.kreverAdminTilgang();
		return "instrukser/import";
	}

	/**
	 * Sent without a file (no file chosen, a form-encoded body from a script) or with an empty one: the form again with
	 * the reason, a 400, rather than the general error page or a 500.
	 */
	@PostMapping("/instrukser/import")
	String upload(@RequestParam(name = "fil", required = false) MultipartFile fil, Model model,
			HttpServletResponse response, RedirectAttributes redirect) throws IOException {
		if (fil == null || fil.getOriginalFilename() == null || fil.getOriginalFilename().isBlank()) {
			service.kreverAdminTilgang();
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("feil", VELG_FIL);
			return "instrukser/import";
		}
		try {
			UUID id = service.lagreUtkast(InstrukserApiController.filnavn(fil), fil.getBytes());
			return "redirect:/instrukser/import/" + id;
		}
		catch (UnreadableDocumentException | InstruksParseException ex) {
			if (fil.isEmpty()) {
				// As a file not chosen: the form again with the reason, a 400, as on the other upload pages.
				response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
				model.addAttribute("feil", ex.getMessage());
				return "instrukser/import";
			}
			redirect.addFlashAttribute("feil", ex.getMessage());
			return "redirect:/instrukser/import";
		}
	}

	@GetMapping("/instrukser/import/{id}")
	String review(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
		Optional<InstruksService.Utkast> utkast;
		try {
			utkast = service.utkast(id);
		}
		catch (UtkastBekreftetException ex) {
			return bekreftet(ex, redirect);
		}
		if (utkast.isEmpty()) {
			redirect.addFlashAttribute("feil", "Fant ingen import som venter på bekreftelse. Last opp filen på nytt.");
			return "redirect:/instrukser/import";
		}
		model.addAttribute("pending", utkast.get());
		model.addAttribute("etater", organisasjon.etater());
		return "instrukser/import";
	}

	/**
	 * The form as it was sent, to show it again when it is refused, so what the admin typed is not lost: the dates as
	 * typed, also one that is no date. Serializable: it goes back to the page through the session, which is stored in
	 * the database.
	 */
	record Skjema(long etatId, String tittel, String fastsatt, String endret, String gjelderFra, String erstatter)
			implements Serializable {
	}

	/**
	 * The dates are read here rather than bound: one that is no date (from a browser without a date field, or a
	 * script) comes back as a problem with its field in the form, not as a page without the form.
	 */
	@PostMapping("/instrukser/import/{id}/bekreft")
	String confirm(@PathVariable UUID id, @RequestParam(required = false) Long etatId, @RequestParam String tittel,
			@RequestParam(required = false) String fastsatt, @RequestParam(required = false) String endret,
			@RequestParam(required = false) String gjelderFra, @RequestParam(required = false) String erstatter,
			@RequestParam(defaultValue = "false") boolean likevel, RedirectAttributes redirect) {
		// No agency chosen is an id no agency has: refused with the other problems, not before them.
		Skjema sendt = new Skjema(etatId == null ? -1 : etatId, tittel, fastsatt, endret, gjelderFra, erstatter);
		Map<String, String> datofeil = new LinkedHashMap<>();
		LocalDate fastsattDato = skjemadato(fastsatt, "Fastsatt", "fastsatt", datofeil);
		LocalDate endretDato = skjemadato(endret, "Endret", "endret", datofeil);
		LocalDate gjelderFraDato = skjemadato(gjelderFra, "Gjelder fra", "gjelderFra", datofeil);
		if (!datofeil.isEmpty()) {
			// The other checks need the dates: they come when the dates can be read.
			return avvist(id, new ArrayList<>(datofeil.keySet()), datofeil, sendt, redirect);
		}
		InstruksImport.Resultat resultat;
		try {
			resultat = service.bekreft(id, new InstruksService.Rettelser(sendt.etatId(), tittel, fastsattDato,
					endretDato, gjelderFraDato, erstatter, likevel));
		}
		catch (Avvisninger ex) {
			return avvist(id, ex.problemer(), ex.felter(), sendt, redirect);
		}
		catch (UtkastBekreftetException ex) {
			return bekreftet(ex, redirect);
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("feil", ex.getMessage());
			return "redirect:/instrukser/import/" + id;
		}
		redirect.addFlashAttribute("melding", switch (resultat.status()) {
			case NY -> Sitert.verdi(resultat.tittel()) + " er importert.";
			case OPPDATERT -> Sitert.verdi(resultat.tittel()) + " er oppdatert med innholdet i filen.";
			case GJENINNSATT -> Sitert.verdi(resultat.tittel())
					+ ": Versjonen var trukket tilbake og er nå gjeninnsatt, med "
					+ "innholdet i filen.";
			case UENDRET -> Sitert.verdi(resultat.tittel())
					+ " var allerede importert med samme innhold. Ingenting er endret.";
		});
		return "redirect:/instrukser/" + resultat.id();
	}

	/**
	 * The form again with its problems, each that concerns one field linked to it ({@code feilLenker}) and the field
	 * described by it ({@code ugyldigeFelt}, by the id the layout gives the problem: {@code feil-1} for the first).
	 *
	 * @param felter problem to the id of the field it concerns, for those that concern one
	 */
	private static String avvist(UUID id, List<String> problemer, Map<String, String> felter, Skjema sendt,
			RedirectAttributes redirect) {
		Map<String, String> ugyldige = new HashMap<>();
		for (int n = 0; n < problemer.size(); n++) {
			String felt = felter.get(problemer.get(n));
			if (felt != null) {
				ugyldige.merge(felt, "feil-" + (n + 1), (forrige, neste) -> forrige + " " + neste);
			}
		}
		redirect.addFlashAttribute("feil", "Instruksen ble ikke importert. Rett dette og bekreft igjen:");
		redirect.addFlashAttribute("feilListe", problemer);
		redirect.addFlashAttribute("feilLenker", felter);
		redirect.addFlashAttribute("ugyldigeFelt", ugyldige);
		redirect.addFlashAttribute("sendt", sendt);
		return "redirect:/instrukser/import/" + id;
	}

	/** A date of the form, as the date field sends it or as people write it; {@code null} if left empty. */
	private static LocalDate skjemadato(String verdi, String etikett, String felt, Map<String, String> problemer) {
		if (verdi == null || verdi.isBlank()) {
			return null;
		}
		try {
			return lesDato(verdi.strip());
		}
		catch (DateTimeParseException ex) {
			problemer.put(Sitert.verdi(verdi.strip()) + " i " + Sitert.verdi(etikett)
					+ " er ikke en gyldig dato. Skriv datoen som "
					+ "1.6.2025 eller 2025-06-01.", felt);
			return null;
		}
	}

	@PostMapping("/instrukser/import/{id}/avbryt")
	String cancel(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			service.forkast(id);
		}
		catch (UtkastBekreftetException ex) {
			return bekreftet(ex, redirect);
		}
		redirect.addFlashAttribute("melding", "Importen er avbrutt. Ingenting er lagret.");
		return "redirect:/instrukser";
	}

	/** A draft confirmed already, by another admin or in another tab: said so, and led to the version it became. */
	private static String bekreftet(UtkastBekreftetException ex, RedirectAttributes redirect) {
		redirect.addFlashAttribute("feil", ex.getMessage());
		return ex.instruksId() == null ? "redirect:/instrukser/import" : "redirect:/instrukser/" + ex.instruksId();
	}

	/** The agency's versions, newest first, each with its status on {@code dag}; an admin's with the withdrawn. */
	private List<Rad> rader(long etatId, LocalDate dag) {
		Optional<InstruksVersjon> gjeldende = service.gjeldende(etatId, dag);
		java.util.Set<Long> trukne = service.trukne(etatId);
		List<Rad> rader = new ArrayList<>();
		for (InstruksVersjon versjon : service.synlige(etatId)) {
			Status status;
			if (trukne.contains(versjon.id())) {
				status = Status.TRUKKET;
			}
			else if (gjeldende.isPresent() && gjeldende.get().id() == versjon.id()) {
				status = Status.GJELDENDE;
			}
			else if (versjon.start() == null) {
				status = Status.UTEN_DATO;
			}
			else {
				status = versjon.start().isAfter(dag) ? Status.KOMMENDE : Status.ERSTATTET;
			}
			rader.add(new Rad(versjon, status));
		}
		return rader;
	}

	private Map<Long, String> etatnavn() {
		Map<Long, String> navn = new LinkedHashMap<>();
		organisasjon.etater().forEach(etat -> navn.put(etat.id(), etat.navn()));
		return navn;
	}

	private static Map<String, Long> count(List<Sammenligning.Punktendring> endringer) {
		Map<String, Long> antall = new LinkedHashMap<>();
		for (Sammenligning.Type type : Sammenligning.Type.values()) {
			antall.put(type.name(), endringer.stream().filter(e -> e.type() == type).count());
		}
		return antall;
	}

	private static LocalDate today() {
		return LocalDate.now(Formats.OSLO);
	}
}
