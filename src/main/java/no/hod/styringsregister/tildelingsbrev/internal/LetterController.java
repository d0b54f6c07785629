package no.hod.styringsregister.tildelingsbrev.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.hod.styringsregister.Regelbrudd;
import no.hod.styringsregister.Regelbrudd.Avvisning;
import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.brukere.CurrentUsers;
import no.hod.styringsregister.tildelingsbrev.LetterImportException;
import no.hod.styringsregister.tildelingsbrev.TildelingsbrevImport.Continuations;
import no.hod.styringsregister.tildelingsbrev.TildelingsbrevImport.Resultat;
import no.hod.styringsregister.web.Avvisninger;
import no.hod.styringsregister.web.Formats;

@Controller
@RequestMapping("/tildelingsbrev")
class LetterController {

	/** The model attribute of a problem with the upload's file itself (none chosen, or empty). */
	private static final String FILFEIL = "filfeil";

	private static final Pattern RAD_OG_FELT = Pattern.compile("(oppdrag|budsjett|kalender)\\[(\\d+)]\\.(\\w+)");

	/** A field of the form that adds a budget line: «nyLinje.belop», on the page «ny-linje-belop». */
	private static final Pattern NY_LINJE_FELT = Pattern.compile("nyLinje\\.(\\w+)");

	private final LetterImportService imports;

	private final LetterReadService reads;

	private final CurrentUsers currentUsers;

	private final MessageSource messages;

	LetterController(LetterImportService imports, LetterReadService reads, CurrentUsers currentUsers,
			MessageSource messages) {
		this.imports = imports;
		this.reads = reads;
		this.currentUsers = currentUsers;
		this.messages = messages;
	}

	/**
	 * The corrections form binds only its rows' fields, and at most {@link Korrigeringer#MAKS_RADER} rows of each
	 * table: a row index beyond that, negative or not a number is refused whole by {@link BrevSidefeil}.
	 */
	@InitBinder("korrigeringer")
	void rettingsskjema(WebDataBinder binder) {
		binder.setAllowedFields("oppdrag[*].dropp", "oppdrag[*].id", "oppdrag[*].tittel", "oppdrag[*].avdelinger",
				"oppdrag[*].frister", "oppdrag[*].rut", "budsjett[*].dropp", "budsjett[*].kapittel", "budsjett[*].post",
				"budsjett[*].navn", "budsjett[*].belop", "kalender[*].dropp", "kalender[*].dato", "kalender[*].tid",
				"kalender[*].aktivitet", "nyLinje.kapittel", "nyLinje.post", "nyLinje.navn", "nyLinje.belop");
		binder.setAutoGrowCollectionLimit(Korrigeringer.MAKS_RADER);
	}

	@GetMapping
	String list(Model model) {
		// A file missing from the upload is told at the field, in the form (fragments/skjemafeil).
		if (model.getAttribute(FILFEIL) instanceof String filfeil) {
			model.addAttribute("avvisning", new Avvisning("brev-import", List.of(new Regelbrudd("fil", filfeil))));
		}
		model.addAttribute("brev", reads.all());
		model.addAttribute("utkast", erAdmin() ? reads.openDrafts() : List.of());
		return "tildelingsbrev/liste";
	}

	/**
	 * The upload form's target opened as a page (a bookmark, a reload, the address typed in): the form lives on the
	 * list, so send the browser there rather than read "import" as a letter's number.
	 */
	@GetMapping("/import")
	String importForm() {
		return "redirect:/tildelingsbrev";
	}

	@PostMapping("/import")
	String upload(@RequestParam(name = "fil", required = false) MultipartFile fil, Model model,
			HttpServletResponse response, RedirectAttributes redirect) throws IOException {
		if (fil == null || fil.getOriginalFilename() == null || fil.getOriginalFilename().isBlank()) {
			redirect.addFlashAttribute(FILFEIL, text("tildelingsbrev.velg-fil"));
			return "redirect:/tildelingsbrev";
		}
		try {
			UUID id = imports.upload(fil.getOriginalFilename(), fil.getBytes(), currentUsers.current().brukernavn());
			return "redirect:/tildelingsbrev/import/" + id;
		}
		catch (LetterImportException ex) {
			if (fil.isEmpty()) {
				// In the words the API uses, at the field of the form shown again, a 400 as on the other upload pages.
				response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
				model.addAttribute(FILFEIL, ex.getMessage());
				return list(model);
			}
			redirect.addFlashAttribute("feil", ex.getMessage());
			if (ex instanceof UkjentEtatException) {
				// Said in the upload form, with the way to where the agency is added.
				redirect.addFlashAttribute("ukjentEtat", true);
				redirect.addFlashAttribute("feilISkjema", true);
			}
			return "redirect:/tildelingsbrev";
		}
	}

	@GetMapping("/import/{id}")
	String preview(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
		LetterImportService.Preview preview;
		try {
			preview = imports.review(id);
		}
		catch (LetterImportException ex) {
			return tilbakeMedFeil(ex, redirect);
		}
		boolean cleared = currentUsers.current().klarert();
		model.addAttribute("forhandsvisning", preview);
		model.addAttribute("utkast", preview.draft());
		model.addAttribute("maks", Korrigeringer.MAKS);
		if (!model.containsAttribute("korrigeringer")) {
			model.addAttribute("korrigeringer", Korrigeringer.of(preview.draft(), cleared, preview.uttatt()));
		}
		return "tildelingsbrev/forhandsvisning";
	}

	@PostMapping("/import/{id}/rett")
	String correct(@PathVariable UUID id, @ModelAttribute Korrigeringer korrigeringer, BindingResult skjema,
			RedirectAttributes redirect) {
		boolean nyLinje = korrigeringer.leggerTilLinje();
		if (lagreRettinger(id, korrigeringer, skjema, "tildelingsbrev.rett.ikke-lagret", redirect)) {
			redirect.addFlashAttribute("melding",
					text(nyLinje ? "tildelingsbrev.ny-linje.lagt-til" : "tildelingsbrev.rettet"));
		}
		return "redirect:/tildelingsbrev/import/" + id;
	}

	/**
	 * Saves the corrections in the draft; or puts what was refused in the flash under the heading {@code overskrift},
	 * with the form as it was sent.
	 */
	private boolean lagreRettinger(UUID id, Korrigeringer korrigeringer, BindingResult skjema, String overskrift,
			RedirectAttributes redirect) {
		try {
			if (skjema.hasFieldErrors()) {
				// The values that could not be read, and what the rest of the form breaks: all in one answer.
				List<String> feil = new ArrayList<>();
				Map<String, String> felter = new HashMap<>();
				for (FieldError ulest : skjema.getFieldErrors()) {
					String problem = feilForm(ulest);
					feil.add(problem);
					felter.putIfAbsent(problem, ulest.getField());
				}
				korrigeringer.markerUleste(skjema.getFieldErrors().stream().map(FieldError::getField)
					.collect(Collectors.toSet()));
				try {
					imports.check(id, korrigeringer);
				}
				catch (Avvisninger ex) {
					feil.addAll(ex.problemer());
					ex.felter().forEach(felter::putIfAbsent);
				}
				throw new Avvisninger(feil, felter);
			}
			imports.correct(id, korrigeringer);
			return true;
		}
		catch (Avvisninger ex) {
			redirect.addFlashAttribute("feil", text(overskrift));
			redirect.addFlashAttribute("feilListe", ex.problemer());
			lenkerTilFelt(ex, redirect);
		}
		catch (IllegalArgumentException | LetterImportException ex) {
			redirect.addFlashAttribute("feil", ex.getMessage());
		}
		redirect.addFlashAttribute("korrigeringer", korrigeringer);
		return false;
	}

	/**
	 * For the problems that concern one field, the links between the list of problems and the field: each problem
	 * links to its field ({@code feilLenker}), each field is described by its problems ({@code ugyldigeFelt}, by the
	 * ids the layout gives them: {@code feil-1} for the first). The page's id for «oppdrag[3].frister» is
	 * «oppdrag-4-frister», numbered as its label.
	 */
	private static void lenkerTilFelt(Avvisninger avvisninger, RedirectAttributes redirect) {
		Map<String, String> lenker = new HashMap<>();
		Map<String, String> ugyldige = new HashMap<>();
		List<String> problemer = avvisninger.problemer();
		for (int n = 0; n < problemer.size(); n++) {
			String felt = avvisninger.felter().get(problemer.get(n));
			Matcher m = felt == null ? null : RAD_OG_FELT.matcher(felt);
			Matcher ny = felt == null ? null : NY_LINJE_FELT.matcher(felt);
			String id = null;
			if (m != null && m.matches()) {
				id = m.group(1) + "-" + (Integer.parseInt(m.group(2)) + 1) + "-" + m.group(3);
			}
			else if (ny != null && ny.matches()) {
				id = "ny-linje-" + ny.group(1);
			}
			if (id != null) {
				lenker.put(problemer.get(n), id);
				ugyldige.merge(id, "feil-" + (n + 1), (forrige, neste) -> forrige + " " + neste);
			}
		}
		redirect.addFlashAttribute("feilLenker", lenker);
		redirect.addFlashAttribute("ugyldigeFelt", ugyldige);
	}

	/** «budsjett[1].belop» with «12,5» in it: «Budsjettlinje 2: «12,5» i feltet Beløp (1 000 kr) kan ikke leses.» */
	private String feilForm(FieldError feil) {
		Matcher felt = RAD_OG_FELT.matcher(feil.getField());
		if (!felt.matches()) {
			return text("typeMismatch");
		}
		return messages.getMessage("tildelingsbrev.rett.feil-form",
				new Object[] { text("tildelingsbrev.rett.rad." + felt.group(1)), Integer.parseInt(felt.group(2)) + 1,
						String.valueOf(feil.getRejectedValue()), text("tildelingsbrev.kol." + felt.group(3)) },
				Formats.NORSK);
	}

	/**
	 * Confirms the draft. The button sends the corrections form too, so that corrections typed but not saved are not
	 * lost: they are saved first, and if one is refused nothing is imported.
	 */
	@PostMapping("/import/{id}/bekreft")
	String confirm(@PathVariable UUID id, @ModelAttribute Korrigeringer korrigeringer, BindingResult skjema,
			RedirectAttributes redirect) {
		if (!korrigeringer.erTomt()
				&& !lagreRettinger(id, korrigeringer, skjema, "tildelingsbrev.bekreft.ikke-importert", redirect)) {
			return "redirect:/tildelingsbrev/import/" + id;
		}
		try {
			Resultat resultat = imports.confirm(id, currentUsers.current().brukernavn());
			String melding = messages.getMessage("tildelingsbrev.importert.melding",
					new Object[] { resultat.added(), resultat.changed(), resultat.removed(), resultat.unchanged() },
					Formats.NORSK);
			if (resultat.continuations() != null) {
				// A new year's assignments are counted as added; what of them carries last year's work on is told.
				Continuations fortsatt = resultat.continuations();
				melding += " " + messages.getMessage("tildelingsbrev.videreforing", new Object[] {
						fortsatt.previousYear(), fortsatt.continued(), fortsatt.repeated(), fortsatt.added() },
						Formats.NORSK);
			}
			if (resultat.replacedCopies() > 0) {
				melding += " " + messages.getMessage("tildelingsbrev.importert.kopier-erstattet",
						new Object[] { resultat.replacedCopies() }, Formats.NORSK);
			}
			if (resultat.returnedCopies() > 0) {
				melding += " " + messages.getMessage("tildelingsbrev.importert.kopier-tatt-inn",
						new Object[] { resultat.returnedCopies() }, Formats.NORSK);
			}
			redirect.addFlashAttribute("melding", melding);
			return "redirect:/tildelingsbrev/" + resultat.letterId();
		}
		catch (Avvisninger ex) {
			// What the draft still lacks (a title): back to the review, the problems listed above the form.
			redirect.addFlashAttribute("feil", text("tildelingsbrev.bekreft.ikke-importert"));
			redirect.addFlashAttribute("feilListe", ex.problemer());
			lenkerTilFelt(ex, redirect);
			return "redirect:/tildelingsbrev/import/" + id;
		}
		catch (LetterImportException ex) {
			return tilbakeMedFeil(ex, redirect);
		}
	}

	@PostMapping("/import/{id}/avbryt")
	String cancel(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			imports.cancel(id);
		}
		catch (LetterImportException ex) {
			return tilbakeMedFeil(ex, redirect);
		}
		redirect.addFlashAttribute("melding", text("tildelingsbrev.avbrutt"));
		return "redirect:/tildelingsbrev";
	}

	/** To the letter a draft confirmed already went into, else to the letters, with the message. */
	private static String tilbakeMedFeil(LetterImportException ex, RedirectAttributes redirect) {
		redirect.addFlashAttribute("feil", ex.getMessage());
		if (ex instanceof UtkastBekreftetException bekreftet && bekreftet.brevId() != null) {
			return "redirect:/tildelingsbrev/" + bekreftet.brevId();
		}
		return "redirect:/tildelingsbrev";
	}

	@GetMapping("/{id}")
	String letter(@PathVariable long id, Model model) {
		model.addAttribute("side", reads.page(id));
		return "tildelingsbrev/brev";
	}

	/** What withdrawing the letter would take out, with the button that does it (admins; the service checks). */
	@GetMapping("/{id}/trekk-tilbake")
	String withdrawalPage(@PathVariable long id, Model model, RedirectAttributes redirect) {
		try {
			model.addAttribute("tilbaketrekking", imports.withdrawalPreview(id));
		}
		catch (LetterImportException ex) {
			redirect.addFlashAttribute("feil", ex.getMessage());
			return "redirect:/tildelingsbrev/" + id;
		}
		return "tildelingsbrev/trekk-tilbake";
	}

	@PostMapping("/{id}/trekk-tilbake")
	String withdraw(@PathVariable long id, RedirectAttributes redirect) {
		try {
			LetterImportService.Tilbaketrekking gjort = imports.withdraw(id);
			redirect.addFlashAttribute("melding", messages.getMessage("tildelingsbrev.trukket.melding",
					new Object[] { gjort.oppdrag(), gjort.budsjettlinjer(), gjort.fullmakter(), gjort.kalender().fjernet() },
					Formats.NORSK) + (gjort.kopier().isEmpty() ? ""
							: " " + messages.getMessage("tildelingsbrev.trukket.melding.kopier",
									new Object[] { gjort.kopier().size() }, Formats.NORSK)));
		}
		catch (LetterImportException ex) {
			redirect.addFlashAttribute("feil", ex.getMessage());
		}
		return "redirect:/tildelingsbrev/" + id;
	}

	/** A new draft from the withdrawn letter's kept file, to the usual review and confirm. */
	@PostMapping("/{id}/importer-igjen")
	String reimport(@PathVariable long id, RedirectAttributes redirect) {
		try {
			return "redirect:/tildelingsbrev/import/" + imports.reimport(id, currentUsers.current().brukernavn());
		}
		catch (LetterImportException ex) {
			redirect.addFlashAttribute("feil", ex.getMessage());
			return "redirect:/tildelingsbrev/" + id;
		}
	}

	/** The letter's current file, or with {@code import} the file that import of it read (its history links each). */
	@GetMapping("/{id}/fil")
	ResponseEntity<byte[]> file(@PathVariable long id,
			@RequestParam(name = "import", required = false) Long importId) {
		LetterRepository.File file = reads.file(id, importId);
		MediaType type = switch (file.format()) {
			case "PDF" -> MediaType.APPLICATION_PDF;
			case "DOCX" -> MediaType.parseMediaType(
					"application/vnd.openxmlformats-officedocument.wordprocessingml.document");
			default -> MediaType.TEXT_PLAIN;
		};
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.filnavn(), StandardCharsets.UTF_8).build().toString())
			.body(file.innhold());
	}

	@ModelAttribute("erAdmin")
	boolean erAdmin() {
		return currentUsers.currentIfSignedIn().map(CurrentUser::isAdmin).orElse(false);
	}

	private String text(String key) {
		return messages.getMessage(key, null, Formats.NORSK);
	}
}
