package no.hod.styringsregister.bevilgninger.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import no.hod.styringsregister.organisasjon.Etat;
import no.hod.styringsregister.web.Formats;
import no.hod.styringsregister.web.Nedlasting;
import no.hod.styringsregister.web.UgyldigValg;

@Controller
class BevilgningerController {

	private final BevilgningTjeneste tjeneste;

	private final MessageSource tekster;

	BevilgningerController(BevilgningTjeneste tjeneste, MessageSource tekster) {
		this.tjeneste = tjeneste;
		this.tekster = tekster;
	}

	@GetMapping("/bevilgninger")
	String index(@RequestParam(required = false) String etat, @RequestParam(required = false) String aar,
			@RequestParam(required = false) Integer kapittel, Model model) {
		BevilgningTjeneste.Valg valg = tjeneste.valg(etat, aar);
		Etat valgt = valg.etat();
		int valgtAar = valg.aar();
		Bevilgningsoversikt alle = tjeneste.oversikt(valgt, valgtAar, null);
		model.addAttribute("etater", tjeneste.etater());
		model.addAttribute("aarListe", tjeneste.aarValg(valgt.id()));
		model.addAttribute("utenBevilgninger", alle.tom() && !tjeneste.harBevilgninger(valgt.id()));
		model.addAttribute("kapitler", alle.kapittelnumre());
		model.addAttribute("oversikt", kapittel == null ? alle : tjeneste.oversikt(valgt, valgtAar, kapittel));
		// An assignment opened from here leads back to this very view («liste» on the assignment's page).
		model.addAttribute("tilbakeHit", "/bevilgninger?etat=" + valgt.id() + "&aar=" + valgtAar
				+ (kapittel == null ? "" : "&kapittel=" + kapittel));
		return "bevilgninger/index";
	}

	@GetMapping("/bevilgninger/eksport.xlsx")
	ResponseEntity<byte[]> eksport(@RequestParam(required = false) String etat,
			@RequestParam(required = false) String aar, @RequestParam(required = false) Integer kapittel)
			throws IOException {
		Bevilgningsoversikt oversikt = eksportert(etat, aar, kapittel);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		BevilgningEksport.skriv(oversikt, this::tekst, bytes);
		return filnavn(oversikt, "xlsx").xlsx(bytes.toByteArray());
	}

	/** The same rows as the workbook, for the tools that read CSV, as the assignment list and the calendar offer. */
	@GetMapping("/bevilgninger/eksport.csv")
	ResponseEntity<byte[]> csv(@RequestParam(required = false) String etat, @RequestParam(required = false) String aar,
			@RequestParam(required = false) Integer kapittel) {
		Bevilgningsoversikt oversikt = eksportert(etat, aar, kapittel);
		return filnavn(oversikt, "csv").csv(BevilgningEksport.csv(oversikt, this::tekst));
	}

	/** The page's choice, read as the page reads it; a choice without lines has nothing to export. */
	private Bevilgningsoversikt eksportert(String etat, String aar, Integer kapittel) {
		BevilgningTjeneste.Valg valg = tjeneste.valg(etat, aar);
		Bevilgningsoversikt oversikt = tjeneste.oversikt(valg.etat(), valg.aar(), kapittel);
		if (oversikt.tom()) {
			// The page offers no export then; the address alone gave a workbook of headings and zeros.
			throw new IngenLinjer(oversikt, !tjeneste.harBevilgninger(valg.etat().id()));
		}
		return oversikt;
	}

	private String tekst(String nokkel, Object[] argumenter) {
		return tekster.getMessage(nokkel, argumenter, Formats.NORSK);
	}

	/**
	 * Agency, year and chapter. The files list assignments by id only, never a title, so none shows exempt content
	 * and none is named for it.
	 */
	private static Nedlasting filnavn(Bevilgningsoversikt oversikt, String endelse) {
		Etat etat = oversikt.etat();
		List<String> deler = Arrays.asList(etat.kortnavn() != null ? etat.kortnavn() : etat.navn(),
				String.valueOf(oversikt.aar()), oversikt.kapittel() != null ? "kap " + oversikt.kapittel() : null);
		return Nedlasting.idag("bevilgninger", deler, endelse);
	}

	/** Nothing to export for the agency, year and chapter; {@code utenBevilgninger}: nor for any year. */
	static final class IngenLinjer extends RuntimeException {

		private final transient Bevilgningsoversikt oversikt;

		private final boolean utenBevilgninger;

		IngenLinjer(Bevilgningsoversikt oversikt, boolean utenBevilgninger) {
			super(null, null, false, false);
			this.oversikt = oversikt;
			this.utenBevilgninger = utenBevilgninger;
		}
	}

	@ExceptionHandler(IngenLinjer.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String ingenLinjer(IngenLinjer ex, Model model) {
		model.addAttribute("oversikt", ex.oversikt);
		model.addAttribute("utenBevilgninger", ex.utenBevilgninger);
		return "bevilgninger/tom";
	}

	@ExceptionHandler(IllegalArgumentException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String ugyldig(IllegalArgumentException ex, Model model, HttpServletRequest request) {
		return ex instanceof UgyldigValgt valgt ? ugyldig(model, request, ex.getMessage(), valgt.parameter())
				: ugyldig(model, request, ex.getMessage());
	}

	/**
	 * A chapter that is not a number; without this, the number parser's English message reached the page. The year is
	 * read as typed (BevilgningTjeneste.valg), so that its refusal can quote it.
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String ugyldigTall(MethodArgumentTypeMismatchException ex, Model model, HttpServletRequest request) {
		return ugyldig(model, request, BevilgningTjeneste.ikkeEtKapittel(ex.getValue()), ex.getName());
	}

	/** Back to the overview (also from its export) without the refused parameter. */
	private static String ugyldig(Model model, HttpServletRequest request, String melding, String... parametre) {
		return UgyldigValg.side(model, request, melding, "/bevilgninger", "bevilgninger.tilbake", parametre);
	}
}
