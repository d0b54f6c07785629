package no.hod.styringsregister.brukere.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.groups.Default;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.annotation.Validated;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.hod.styringsregister.Regelbrudd;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.organisasjon.Departementsavdeling;
import no.hod.styringsregister.organisasjon.EtatGruppe;

@Controller
@RequestMapping("/admin/brukere")
class AdminBrukerController {

	private static final String FORM = "admin/bruker-skjema";

	/** The form's fields in the order the page shows them (bruker-skjema.html), which its error summary follows. */
	private static final List<String> FELTER = List.of("brukernavn", "navn", "epost", "rolle", "enhetId",
			"departementsavdelingId", "klarert", "aktiv", "passord");

	private final BrukerAdministrasjon administrasjon;

	private final MessageSource messages;

	AdminBrukerController(BrukerAdministrasjon administrasjon, MessageSource messages) {
		this.administrasjon = administrasjon;
		this.messages = messages;
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	@ModelAttribute
	void common(Model model) {
		model.addAttribute("roller", Rolle.values());
		List<EtatGruppe> divisjonsgrupper = administrasjon.divisjonsgrupper();
		model.addAttribute("divisjonsgrupper", divisjonsgrupper);
		model.addAttribute("divisjonsnavn", EtatGruppe.etiketter(divisjonsgrupper));
		List<Departementsavdeling> avdelinger = administrasjon.departementsavdelinger();
		model.addAttribute("departementsavdelinger", avdelinger);
		model.addAttribute("avdelingskoder",
				avdelinger.stream().collect(Collectors.toMap(Departementsavdeling::id, Departementsavdeling::kode)));
	}

	/**
	 * Whether the admin may tick the clearance box: the form shows it disabled to an uncleared one, and sends the
	 * stored value instead ({@code lagretKlarert}), so that saving anything else does not read as removing it.
	 */
	@ModelAttribute("kanKlarere")
	boolean kanKlarere() {
		return administrasjon.adminErKlarert();
	}

	@GetMapping
	String list(Model model) {
		List<BrukerEntity> brukere = administrasjon.all();
		model.addAttribute("brukere", brukere);
		model.addAttribute("sperrer", administrasjon.sperrer());
		// Whose lock this admin may lift (BrukerAdministrasjon.lasOpp): the others show why instead of the button.
		model.addAttribute("kanLaseOpp", brukere.stream().filter(administrasjon::kanLaseOpp).map(BrukerEntity::getId)
			.collect(Collectors.toSet()));
		model.addAttribute("adressesperrer", administrasjon.adressesperrer());
		return "admin/brukere";
	}

	@GetMapping("/ny")
	String newForm(Model model) {
		model.addAttribute("skjema", new BrukerSkjema());
		model.addAttribute("lagretKlarert", false);
		return FORM;
	}

	@PostMapping("/ny")
	String create(@Validated({ Default.class, BrukerSkjema.Ny.class }) @ModelAttribute("skjema") BrukerSkjema skjema,
			BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		regelbrudd(skjema, true, result);
		klareringsbrudd(null, skjema, result);
		model.addAttribute("lagretKlarert", false);
		if (result.hasErrors()) {
			return avvist(skjema, result, model, response);
		}
		try {
			administrasjon.create(skjema);
		}
		catch (IllegalArgumentException ex) {
			model.addAttribute("feil", ex.getMessage());
			return avvist(response);
		}
		redirect.addFlashAttribute("melding", text("bruker.opprettet", skjema.getBrukernavn()));
		return "redirect:/admin/brukere";
	}

	/**
	 * A user's page. The number is never the name of a form's address beside it ({@code /admin/brukere/adressesperre}),
	 * so opening that answers as any form's address opened directly (405), not «er ikke et gyldig brukernummer».
	 */
	@GetMapping("/{id:(?!adressesperre$).+}")
	String editForm(@PathVariable long id, Model model) {
		model.addAttribute("skjema", BrukerSkjema.of(brukerside(id, model)));
		return FORM;
	}

	/** What the user's page shows besides the form itself. */
	private BrukerEntity brukerside(long id, Model model) {
		BrukerEntity bruker = administrasjon.get(id);
		model.addAttribute("brukerId", id);
		model.addAttribute("oidcKnyttet", bruker.getOidcSubject() != null);
		model.addAttribute("sperretTil", administrasjon.sperretTil(id).orElse(null));
		model.addAttribute("lagretKlarert", bruker.isKlarert());
		// A cleared user's fields are a cleared admin's to change (BrukerAdministrasjon.klareringsbrudd): an uncleared
		// one sees them locked, and the form sends the stored values of those a browser does not send when disabled.
		model.addAttribute("laast", bruker.isKlarert() && !administrasjon.adminErKlarert());
		model.addAttribute("kanLaseOpp", administrasjon.kanLaseOpp(bruker));
		model.addAttribute("lagret", BrukerSkjema.of(bruker));
		model.addAttribute("endringslogg", administrasjon.endringslogg(id));
		return bruker;
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("skjema") BrukerSkjema skjema, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		BrukerEntity bruker = brukerside(id, model);
		skjema.setBrukernavn(bruker.getBrukernavn());
		try {
			// A stale form first: the other problems it seems to have may be only that it shows what was saved before.
			administrasjon.avvisUtdatert(id, skjema);
			regelbrudd(skjema, false, result);
			for (Regelbrudd brudd : administrasjon.egneRegelbrudd(id, skjema)) {
				result.rejectValue(brudd.felt(), "regel", brudd.melding());
			}
			klareringsbrudd(id, skjema, result);
			if (result.hasErrors()) {
				return avvist(skjema, result, model, response);
			}
			administrasjon.update(id, skjema);
		}
		catch (Brukerkonflikt ex) {
			return konflikt(id, ex, model, response);
		}
		catch (IllegalArgumentException ex) {
			model.addAttribute("feil", ex.getMessage());
			return avvist(response);
		}
		redirect.addFlashAttribute("melding", text("bruker.lagret", skjema.getBrukernavn()));
		return "redirect:/admin/brukere";
	}

	/**
	 * A stale form, answered as a conflict (409): the form again with the admin's changes and what is saved now in the
	 * other fields, and a message saying what was changed; nothing is saved. Who changed it stands in the change log
	 * on the same page.
	 */
	private String konflikt(long id, Brukerkonflikt ex, Model model, HttpServletResponse response) {
		brukerside(id, model);
		model.addAttribute("skjema", ex.skjema());
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "skjema", new BeanPropertyBindingResult(ex.skjema(),
				"skjema"));
		String endret = opplisting(ex.endret());
		model.addAttribute("feil", ex.kolliderer().isEmpty() ? text("bruker.konflikt", endret)
				: text("bruker.konflikt.kolliderer", endret, opplisting(ex.kolliderer())));
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		return FORM;
	}

	/** The fields' names as a sentence says them: «navnet», «navnet og e-postadressen», «a, b og c». */
	private String opplisting(List<String> felt) {
		List<String> navn = felt.stream().map(f -> text("bruker.konflikt.felt." + f)).toList();
		return navn.size() == 1 ? navn.get(0)
				: String.join(", ", navn.subList(0, navn.size() - 1)) + " og " + navn.get(navn.size() - 1);
	}

	/** The rules the form breaks, beside their fields with the form's own errors, so that all are shown at once. */
	private void regelbrudd(BrukerSkjema skjema, boolean ny, BindingResult result) {
		for (Regelbrudd brudd : administrasjon.regelbrudd(skjema, ny)) {
			if (!result.hasFieldErrors(brudd.felt())) {
				result.rejectValue(brudd.felt(), "regel", brudd.melding());
			}
		}
	}

	/** What only a cleared admin may change, beside its field unless the field already has a problem. */
	private void klareringsbrudd(Long id, BrukerSkjema skjema, BindingResult result) {
		for (Regelbrudd brudd : administrasjon.klareringsbrudd(id, skjema)) {
			if (!result.hasFieldErrors(brudd.felt())) {
				result.rejectValue(brudd.felt(), "regel", brudd.melding());
			}
		}
	}

	/**
	 * The form again with its problems listed in the order of its fields, not in the order they were found: Bean
	 * Validation reports them from a set, so a summary in that order would change from one submit to the next (WCAG
	 * 1.3.2, 2.4.3). Two problems of one field are ordered by their code, so that they too keep their order.
	 */
	private static String avvist(BrukerSkjema skjema, BindingResult result, Model model, HttpServletResponse response) {
		BindingResult ordnet = new BeanPropertyBindingResult(skjema, result.getObjectName());
		result.getGlobalErrors().forEach(ordnet::addError);
		result.getFieldErrors().stream()
			.sorted(Comparator.comparingInt((FieldError f) -> plass(f.getField()))
				.thenComparing(f -> String.valueOf(f.getCode())))
			.forEach(ordnet::addError);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + result.getObjectName(), ordnet);
		// The form lists its problems itself; the layout marks the title.
		model.addAttribute("feilISkjema", true);
		return avvist(response);
	}

	/** Where the field stands in the form; a field it does not show (a doctored one) last. */
	private static int plass(String felt) {
		int plass = FELTER.indexOf(felt);
		return plass < 0 ? FELTER.size() : plass;
	}

	/** The form again with what was wrong, answered as the refusal it is (400). */
	private static String avvist(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return FORM;
	}

	/**
	 * A refused password is answered as the «Lagre» form's errors are: the page again (400), the problem at the field
	 * and in the list above, linked to it.
	 */
	@PostMapping("/{id}/passord")
	String resetPassword(@PathVariable long id, @RequestParam String passord, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			administrasjon.resetPassword(id, passord);
		}
		catch (IllegalArgumentException ex) {
			model.addAttribute("skjema", BrukerSkjema.of(brukerside(id, model)));
			model.addAttribute("passordFeil", ex.getMessage());
			model.addAttribute("feil", text("bruker.passord.ikke-satt"));
			model.addAttribute("feilListe", List.of(ex.getMessage()));
			model.addAttribute("feilLenker", Map.of(ex.getMessage(), "nytt-passord"));
			return avvist(response);
		}
		redirect.addFlashAttribute("melding", text("bruker.passord-satt"));
		return "redirect:/admin/brukere/" + id;
	}

	/**
	 * Lifts a login lock; {@code tilbake=liste} when pressed in the user list, which the admin then sees again. A
	 * refused one (a cleared user's, by an uncleared admin) shows the user's page with the reason (400).
	 */
	@PostMapping("/{id}/las-opp")
	String unlock(@PathVariable long id, @RequestParam(required = false) String tilbake, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			administrasjon.lasOpp(id);
		}
		catch (IllegalArgumentException ex) {
			model.addAttribute("skjema", BrukerSkjema.of(brukerside(id, model)));
			model.addAttribute("feil", ex.getMessage());
			return avvist(response);
		}
		redirect.addFlashAttribute("melding", text("bruker.last-opp", administrasjon.get(id).getBrukernavn()));
		return "liste".equals(tilbake) ? "redirect:/admin/brukere" : "redirect:/admin/brukere/" + id;
	}

	/** Lifts the login lock on a client address, pressed in the user list. */
	@PostMapping("/adressesperre")
	String liftAddressLock(@RequestParam String adresse, RedirectAttributes redirect) {
		if (administrasjon.opphevAdressesperre(adresse)) {
			redirect.addFlashAttribute("melding", text("bruker.adressesperre.opphevet", adresse));
		}
		else {
			redirect.addFlashAttribute("info", text("bruker.adressesperre.ikke-sperret", adresse));
		}
		return "redirect:/admin/brukere";
	}
}
