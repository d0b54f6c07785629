package no.hod.styringsregister.organisasjon.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.hod.styringsregister.Regelbrudd;
import no.hod.styringsregister.Regelbrudd.Avvisning;
import no.hod.styringsregister.Sitert;
import no.hod.styringsregister.dokumenter.DocumentTooLargeException;
import no.hod.styringsregister.dokumenter.UnreadableDocumentException;
import no.hod.styringsregister.organisasjon.Enhet;
import no.hod.styringsregister.organisasjon.Etat;
import no.hod.styringsregister.organisasjon.EtatGruppe;
import no.hod.styringsregister.organisasjon.OrganisasjonImport;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.organisasjon.internal.OrganisasjonRepository.Felter;
import no.hod.styringsregister.organisasjon.internal.parsing.OrganisationParseException;

/** Admins maintain the tree here: agencies, units, the ministry's departments and the import with review. */
@Controller
@RequestMapping("/admin/organisasjon")
class OrganisasjonAdminController {

	private static final String REDIRECT = "redirect:/admin/organisasjon";

	private final OrganisasjonAdministrasjon administrasjon;

	private final OrganisasjonImportService importer;

	private final OrganisasjonTre tre;

	private final OrganisasjonService organisasjon;

	private final MessageSource meldinger;

	OrganisasjonAdminController(OrganisasjonAdministrasjon administrasjon, OrganisasjonImportService importer,
			OrganisasjonTre tre, OrganisasjonService organisasjon, MessageSource meldinger) {
		this.administrasjon = administrasjon;
		this.meldinger = meldinger;
		this.importer = importer;
		this.tre = tre;
		this.organisasjon = organisasjon;
	}

	/** The longest text of each field, by name, for the forms' maxlength. */
	@ModelAttribute("maks")
	Map<String, Integer> maks() {
		return OrganisasjonAdministrasjon.MAKS;
	}

	@GetMapping
	String index(Model model) {
		model.addAttribute("tre", tre.tre(true));
		List<Etat> etater = organisasjon.etater();
		model.addAttribute("etater", etater);
		model.addAttribute("aktiveDivisjoner",
				EtatGruppe.av(etater, organisasjon.alleDivisjoner().stream().filter(Enhet::aktiv).toList()));
		return "organisasjon/admin";
	}

	/**
	 * The add forms below answer a refusal with the page again, the message and what was typed in the form it came
	 * from (400), so that nothing typed is lost. The message is told in that form, beside its field, and the form
	 * takes the focus: the page is long, and the same field names are in every form.
	 */
	@PostMapping("/etat")
	String addEtat(@RequestParam String navn, @RequestParam(required = false) String kortnavn, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			administrasjon.leggTilEtat(navn, kortnavn);
		}
		catch (IllegalArgumentException ex) {
			return avvist(ex, "ny-etat", "etatSendt", sendt("navn", navn, "kortnavn", kortnavn), model, response);
		}
		redirect.addFlashAttribute("melding", "Etaten " + Sitert.verdi(navn.trim()) + " er lagt til.");
		return REDIRECT;
	}

	@PostMapping("/divisjon")
	String addDivision(@RequestParam long etatId, @RequestParam String navn, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			administrasjon.leggTilEnhet(etatId, null, navn, null, null);
		}
		catch (IllegalArgumentException ex) {
			return avvist(ex, "ny-divisjon", "divisjonSendt", sendt("etatId", String.valueOf(etatId), "navn", navn),
					model, response);
		}
		redirect.addFlashAttribute("melding", "Divisjonen " + Sitert.verdi(navn.trim()) + " er lagt til.");
		return REDIRECT;
	}

	@PostMapping("/avdeling")
	String addDepartment(@RequestParam long divisjonId, @RequestParam String navn,
			@RequestParam(required = false) String leder, @RequestParam(required = false) String lederTittel,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Enhet divisjon = organisasjon.enhet(divisjonId).orElseThrow(() -> new EnhetIkkeFunnetException(divisjonId));
		try {
			administrasjon.leggTilEnhet(divisjon.etatId(), divisjonId, navn, leder, lederTittel);
		}
		catch (IllegalArgumentException ex) {
			model.addAttribute("avdelingDivisjon", divisjonId);
			return avvist(ex, "ny-avdeling", "avdelingSendt", sendt("navn", navn, "leder", leder, "lederTittel",
					lederTittel), model, response);
		}
		redirect.addFlashAttribute("melding", "Avdelingen " + Sitert.verdi(navn.trim()) + " er lagt til under "
				+ divisjon.navn()
				+ ".");
		return REDIRECT;
	}

	private String avvist(IllegalArgumentException ex, String skjema, String verdier, Map<String, String> sendt,
			Model model, HttpServletResponse response) {
		model.addAttribute("avvisning", Avvisning.av(skjema, ex));
		model.addAttribute(verdier, sendt);
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return index(model);
	}

	/** What a refused form sent, by field name; a field left out is an empty value. */
	private static Map<String, String> sendt(String... felterOgVerdier) {
		Map<String, String> sendt = new LinkedHashMap<>();
		for (int i = 0; i < felterOgVerdier.length; i += 2) {
			sendt.put(felterOgVerdier[i], felterOgVerdier[i + 1] == null ? "" : felterOgVerdier[i + 1]);
		}
		return sendt;
	}

	@GetMapping("/enhet/{id}")
	String editForm(@PathVariable long id, Model model) {
		EnhetDetaljer enhet = tre.enhet(id);
		return skjema(enhet, enhet.felter(), String.join("\n", enhet.oppgaver()), enhet.versjon(), enhet.felter(),
				Map.of(), model);
	}

	/**
	 * Saves the unit form. It carries the version and the values it was opened with ({@code lastet.*}), so that a form
	 * saved after someone else changed the unit is refused (409) with their changes shown, not saved over them.
	 */
	@PostMapping("/enhet/{id}")
	String edit(@PathVariable long id, @RequestParam(defaultValue = "") String navn,
			@RequestParam(required = false) String leder, @RequestParam(required = false) String lederTittel,
			@RequestParam(required = false) String beskrivelse, @RequestParam(defaultValue = "") String oppgaver,
			@RequestParam(required = false) String malgrupper, @RequestParam(required = false) String samarbeidspartnere,
			@RequestParam(required = false) Long versjon, @RequestParam Map<String, String> parametre, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Felter felter = new Felter(navn, leder, lederTittel, beskrivelse, linjer(oppgaver), malgrupper,
				samarbeidspartnere);
		Felter lastet = lastet(parametre);
		Map<String, String> feltfeil = new LinkedHashMap<>();
		try {
			// A stale form first: a problem it seems to have may be only that it shows what was saved before.
			administrasjon.avvisUtdatert(id, versjon, lastet, felter);
			for (Regelbrudd brudd : administrasjon.regelbrudd(id, felter)) {
				feltfeil.merge(brudd.felt(), brudd.melding(), (forste, neste) -> forste + " " + neste);
			}
			if (feltfeil.isEmpty()) {
				administrasjon.endre(id, versjon, lastet, felter);
				redirect.addFlashAttribute("melding", "Endringene er lagret.");
				return "redirect:/admin/organisasjon/enhet/" + id;
			}
		}
		catch (Enhetskonflikt ex) {
			// Nothing saved: the admin's changes stay in the form, the other fields show what is saved now, and the
			// form now carries the version it shows, so saving it again is the admin's answer to the other change.
			model.addAttribute("feil", konfliktmelding(ex));
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return skjema(tre.enhet(id), ex.vist(), String.join("\n", ex.vist().oppgaver()), ex.versjon(),
					ex.lagret(), Map.of(), model);
		}
		catch (IllegalArgumentException ex) {
			model.addAttribute("feil", ex.getMessage());
		}
		// Refused: the form again with what the admin typed, so no edit is lost, and each problem by its field.
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return skjema(tre.enhet(id), felter, oppgaver, versjon, lastet, feltfeil, model);
	}

	private static List<String> linjer(String tekst) {
		return Arrays.asList(tekst.split("\\R"));
	}

	/** The values the form was opened with, its hidden {@code lastet.*} fields; {@code null} when it sent none. */
	private static Felter lastet(Map<String, String> parametre) {
		if (Enhetskonflikt.FELTER.stream().noneMatch(felt -> parametre.containsKey("lastet." + felt))) {
			return null;
		}
		return new Felter(parametre.getOrDefault("lastet.navn", ""), parametre.get("lastet.leder"),
				parametre.get("lastet.lederTittel"), parametre.get("lastet.beskrivelse"),
				linjer(parametre.getOrDefault("lastet.oppgaver", "")), parametre.get("lastet.malgrupper"),
				parametre.get("lastet.samarbeidspartnere"));
	}

	private String tekst(String key, Object... args) {
		return meldinger.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	/** What was changed since the form was opened, and what the form shows now, in the admin's words. */
	private String konfliktmelding(Enhetskonflikt ex) {
		String endret = ex.endret().isEmpty() ? tekst("org.konflikt.ukjent")
				: tekst("org.konflikt.endret", opplisting(ex.endret()));
		String dine = ex.kolliderer().isEmpty() ? tekst("org.konflikt.uendret")
				: tekst("org.konflikt.kolliderer", opplisting(ex.kolliderer()));
		return endret + " " + dine;
	}

	/** The fields' names as a sentence says them: «lederen», «navnet og lederen», «a, b og c». */
	private String opplisting(List<String> felt) {
		List<String> navn = felt.stream().map(f -> tekst("org.konflikt.felt." + f)).toList();
		return navn.size() == 1 ? navn.get(0)
				: String.join(", ", navn.subList(0, navn.size() - 1)) + " og " + navn.get(navn.size() - 1);
	}

	/**
	 * The unit form filled with {@code verdier}: the stored fields, or what was typed into a refused form; with the
	 * version and the values ({@code lastet}) it counts as opened with.
	 */
	private String skjema(EnhetDetaljer enhet, Felter verdier, String oppgaver, Long versjon, Felter lastet,
			Map<String, String> feltfeil, Model model) {
		model.addAttribute("e", enhet);
		model.addAttribute("verdier", verdier);
		model.addAttribute("oppgaver", oppgaver);
		model.addAttribute("versjon", versjon);
		model.addAttribute("lastet", lastet);
		model.addAttribute("lastetOppgaver", lastet == null ? null : String.join("\n", lastet.oppgaver()));
		model.addAttribute("feltfeil", feltfeil);
		model.addAttribute("flyttTil", organisasjon.divisjoner(enhet.enhet().etatId()).stream()
			.filter(divisjon -> divisjon.aktiv() && !Long.valueOf(divisjon.id()).equals(enhet.enhet().overordnetId()))
			.toList());
		model.addAttribute("tidligereNavn", organisasjon.tidligereNavn(enhet.enhet().id()));
		// What moving or deactivating does to the assignments routed here, said before the admin does it.
		model.addAttribute("folgerVedFlytting", enhet.enhet().type() == Enhet.Type.AVDELING
				? administrasjon.folgerVedFlytting(enhet.enhet()) : 0L);
		model.addAttribute("uavsluttede", enhet.enhet().aktiv() ? administrasjon.uavsluttede(enhet.enhet()) : List.of());
		return "organisasjon/enhet-skjema";
	}

	@PostMapping("/enhet/{id}/flytt")
	String move(@PathVariable long id, @RequestParam long divisjonId, RedirectAttributes redirect) {
		return done(redirect, "redirect:/admin/organisasjon/enhet/" + id, () -> {
			long folger = administrasjon.flytt(id, divisjonId);
			return "Avdelingen er flyttet." + (folger == 0 ? ""
					: " " + folger + " oppdrag rutet til den fulgte med til den nye divisjonen.");
		});
	}

	@PostMapping("/enhet/{id}/aktiv")
	String activate(@PathVariable long id, @RequestParam boolean aktiv, RedirectAttributes redirect) {
		return done(redirect, "redirect:/admin/organisasjon/enhet/" + id, () -> {
			long blir = administrasjon.settAktiv(id, aktiv);
			return aktiv ? "Enheten er aktivert igjen." : "Enheten er deaktivert. Den vises ikke lenger i treet, men "
					+ "oppdrag og brukere som viser til den, beholder koblingen." + (blir == 0 ? ""
							: " " + blir + " oppdrag som ikke er avsluttet, er fortsatt rutet til den. Rut dem "
									+ "til en aktiv enhet hvis andre skal følge dem opp.");
		});
	}

	@GetMapping("/departementsavdelinger")
	String ministryDepartments(Model model) {
		model.addAttribute("avdelinger", organisasjon.departementsavdelinger());
		return "organisasjon/departementsavdelinger";
	}

	/** The dates are read by the service, so that one not a date is told beside its field with what was typed. */
	@PostMapping("/departementsavdelinger")
	String addMinistryDepartment(@RequestParam String kode, @RequestParam String navn,
			@RequestParam(required = false) String gyldigFra, @RequestParam(required = false) String gyldigTil,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			administrasjon.leggTilDepartementsavdeling(kode, navn, gyldigFra, gyldigTil);
		}
		catch (IllegalArgumentException ex) {
			return avvistDepartementsavdeling(ex, sendt("kode", kode, "navn", navn, "gyldigFra", gyldigFra,
					"gyldigTil", gyldigTil), model, response);
		}
		redirect.addFlashAttribute("melding", "Avdelingen " + kode.trim().toUpperCase(java.util.Locale.ROOT)
				+ " er lagt til.");
		return "redirect:/admin/organisasjon/departementsavdelinger";
	}

	@PostMapping("/departementsavdelinger/{id}")
	String editMinistryDepartment(@PathVariable long id, @RequestParam String navn,
			@RequestParam(required = false) String gyldigFra, @RequestParam(required = false) String gyldigTil,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			administrasjon.endreDepartementsavdeling(id, navn, gyldigFra, gyldigTil);
		}
		catch (IllegalArgumentException ex) {
			// The row as typed, in place of the stored one.
			return avvistDepartementsavdeling(ex, sendt("id", String.valueOf(id), "navn", navn, "gyldigFra",
					gyldigFra, "gyldigTil", gyldigTil), model, response);
		}
		redirect.addFlashAttribute("melding", "Endringen er lagret.");
		return "redirect:/admin/organisasjon/departementsavdelinger";
	}

	/**
	 * The page again with the message in the form and the form as sent (400): {@code id} among the values for a
	 * changed row. A row that is gone is told above the page.
	 */
	private String avvistDepartementsavdeling(IllegalArgumentException ex, Map<String, String> sendt, Model model,
			HttpServletResponse response) {
		boolean rad = sendt.containsKey("id");
		if (rad && !(ex instanceof Regelbrudd.Avvist)) {
			model.addAttribute("feil", ex.getMessage());
		}
		else {
			model.addAttribute("avvisning", Avvisning.av(rad ? "depavd-" + sendt.get("id") : "depavd-ny", ex));
		}
		model.addAttribute(rad ? "radSendt" : "nySendt", sendt);
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return ministryDepartments(model);
	}

	@GetMapping("/import")
	String importForm(Model model) {
		model.addAttribute("etater", organisasjon.etater());
		return "organisasjon/import";
	}

	/**
	 * Every refusal (no file or agency, a file that cannot be read or is no organisation description) is the form
	 * again with the reason and the agency that was chosen, a 400 (413 for a file too large), rather than a redirect
	 * that would reset the choice to the first agency: a file picked again would be read for that one.
	 */
	@PostMapping("/import")
	String upload(@RequestParam(required = false) Long etatId,
			@RequestParam(name = "fil", required = false) MultipartFile fil, Model model, HttpServletResponse response)
			throws IOException {
		boolean utenFil = fil == null || fil.getOriginalFilename() == null || fil.getOriginalFilename().isBlank();
		if (utenFil || etatId == null) {
			return avvistFil(utenFil ? "Velg en fil å laste opp." : "Velg etaten beskrivelsen gjelder.",
					HttpServletResponse.SC_BAD_REQUEST, etatId, model, response);
		}
		try {
			return "redirect:/admin/organisasjon/import/"
					+ importer.saveDraft(etatId, fil.getOriginalFilename(), fil.getBytes());
		}
		catch (UnreadableDocumentException | OrganisationParseException | IllegalArgumentException ex) {
			return avvistFil(ex.getMessage(), ex instanceof DocumentTooLargeException
					? HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE : HttpServletResponse.SC_BAD_REQUEST, etatId,
					model, response);
		}
	}

	private String avvistFil(String melding, int status, Long etatId, Model model, HttpServletResponse response) {
		response.setStatus(status);
		model.addAttribute("feil", melding);
		model.addAttribute("valgtEtat", etatId);
		return importForm(model);
	}

	@GetMapping("/import/{id}")
	String review(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
		Optional<OrganisasjonImportService.Utkast> utkast;
		try {
			utkast = importer.draft(id);
		}
		catch (OrganisasjonImportService.UtkastBekreftetException ex) {
			redirect.addFlashAttribute("feil", ex.getMessage());
			return REDIRECT;
		}
		if (utkast.isEmpty()) {
			redirect.addFlashAttribute("feil", "Fant ingen import som venter på bekreftelse. Last opp filen på nytt.");
			return "redirect:/admin/organisasjon/import";
		}
		model.addAttribute("pending", utkast.get());
		model.addAttribute("plan", utkast.get().plan());
		return "organisasjon/import";
	}

	/**
	 * Confirmed without ticking «Importer likevel» while the text seems to describe another agency: the review again,
	 * a 400, with the reason in the confirm form beside the tick box. Nothing is saved.
	 */
	@PostMapping("/import/{id}/bekreft")
	String confirm(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean likevel, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		OrganisasjonImport.Resultat resultat;
		try {
			resultat = importer.commit(id, likevel);
		}
		catch (OrganisasjonImportService.UtkastBekreftetException ex) {
			// Led to the organisation the other admin's import made.
			redirect.addFlashAttribute("feil", ex.getMessage());
			return REDIRECT;
		}
		catch (OrganisasjonImportService.AnnenEtatException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("bekreftFeil", ex.getMessage());
			return review(id, model, redirect);
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("feil", ex.getMessage());
			return "redirect:/admin/organisasjon/import";
		}
		redirect.addFlashAttribute("melding", "Organisasjonen er importert: " + resultat.nye() + " nye enheter, "
				+ resultat.endrede() + " endret, " + resultat.uendrede() + " uendret." + (resultat.oppdragFlyttet() == 0
						? "" : " " + resultat.oppdragFlyttet() + " oppdrag fulgte avdelingen de er rutet til, "
								+ "til den nye divisjonen."));
		return REDIRECT;
	}

	@PostMapping("/import/{id}/avbryt")
	String cancel(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			importer.discard(id);
		}
		catch (OrganisasjonImportService.UtkastBekreftetException ex) {
			redirect.addFlashAttribute("feil", ex.getMessage());
			return REDIRECT;
		}
		redirect.addFlashAttribute("melding", "Importen er avbrutt. Ingenting er lagret.");
		return "redirect:/admin/organisasjon/import";
	}

	private interface Action {
		String run();
	}

	private static String done(RedirectAttributes redirect, String target, Action action) {
		try {
			redirect.addFlashAttribute("melding", action.run());
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("feil", ex.getMessage());
		}
		return target;
	}
}
