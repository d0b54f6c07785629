package no.hod.styringsregister.oppdrag.internal;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.brukere.CurrentUsers;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.oppdrag.BudsjettlinjerSomNevner;
import no.hod.styringsregister.oppdrag.Budsjettposter;
import no.hod.styringsregister.oppdrag.OppdragFilter;
import no.hod.styringsregister.oppdrag.OppdragStatus;
import no.hod.styringsregister.oppdrag.TilbaketrukneBrev;
import no.hod.styringsregister.organisasjon.Enhet;
import no.hod.styringsregister.organisasjon.EtatGruppe;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.web.Formats;

/** The list and detail pages. The URL holds the whole filter state; every rule is the services'. */
@Controller
class OppdragController {

	private final OppdragLeser leser;

	private final OppdragArbeidsflyt arbeidsflyt;

	private final CurrentUsers brukere;

	private final OrganisasjonService organisasjon;

	private final Instrukshenvisninger instrukshenvisninger;

	private final BudsjettlinjerSomNevner budsjettlinjerSomNevner;

	private final Budsjettposter budsjettposter;

	private final TilbaketrukneBrev tilbaketrukneBrev;

	private final MessageSource tekster;

	OppdragController(OppdragLeser leser, OppdragArbeidsflyt arbeidsflyt, CurrentUsers brukere,
			OrganisasjonService organisasjon, Instrukshenvisninger instrukshenvisninger,
			BudsjettlinjerSomNevner budsjettlinjerSomNevner, Budsjettposter budsjettposter,
			TilbaketrukneBrev tilbaketrukneBrev, MessageSource tekster) {
		this.leser = leser;
		this.arbeidsflyt = arbeidsflyt;
		this.brukere = brukere;
		this.organisasjon = organisasjon;
		this.instrukshenvisninger = instrukshenvisninger;
		this.budsjettlinjerSomNevner = budsjettlinjerSomNevner;
		this.budsjettposter = budsjettposter;
		this.tilbaketrukneBrev = tilbaketrukneBrev;
		this.tekster = tekster;
	}

	@GetMapping("/oppdrag")
	String liste(ListeParametre parametre, HttpServletRequest request, HttpServletResponse response, Model model) {
		CurrentUser bruker = brukere.current();
		// A lead starts at the own division, as in the reporting calendar; any parameter (division=alle, a filter, a
		// page) is a list asked for, so the way to all of them stays one tap away. Only the page: the API's default
		// is every assignment.
		Long egenDivisjon = bruker.is(Rolle.HDIR_LEDER) ? bruker.enhetId() : null;
		if (egenDivisjon != null && request.getParameterMap().isEmpty()) {
			return "redirect:/oppdrag?division=" + egenDivisjon;
		}
		OppdragFilter filter = parametre.filter(organisasjon, leser::harBrev);
		OppdragLeser.Listeside listeside = leser.listeside(filter, bruker);
		OppdragLeser.Side side = listeside.side();
		Lenker lenker = Lenker.av(request);
		model.addAttribute("p", parametre);
		model.addAttribute("side", side);
		model.addAttribute("filter", filter);
		model.addAttribute("statuser", OppdragStatus.values());
		model.addAttribute("etater", listeside.etater());
		List<EtatGruppe> divisjonsgrupper = EtatGruppe.av(listeside.etater(), listeside.divisjoner());
		model.addAttribute("divisjonsgrupper", divisjonsgrupper);
		model.addAttribute("rutingsgrupper", EtatGruppe.av(listeside.etater(),
				OppdragArbeidsflyt.kanRutesTil(listeside.divisjoner(), null)));
		model.addAttribute("divisjonsetiketter", EtatGruppe.etiketter(divisjonsgrupper));
		model.addAttribute("avdelinger", avdelinger(listeside.divisjoner(), listeside.avdelinger()));
		model.addAttribute("aarstall", listeside.aarstall());
		if (bruker.isAdmin()) {
			model.addAttribute("videreforFra",
					videreforFra(filter.aar(), listeside.aarstall(), aar -> leser.ikkeVidereforte(aar, null) > 0));
		}
		model.addAttribute("brev", listeside.brev());
		model.addAttribute("sorteringer", ListeParametre.SORTERINGER);
		model.addAttribute("valgtStatus", filter.statuser().size() == 1 ? filter.statuser().get(0).name() : "");
		Map<OppdragStatus, String> statuslenker = new LinkedHashMap<>();
		for (OppdragStatus status : OppdragStatus.values()) {
			statuslenker.put(status, lenker.med("status", status.name()));
		}
		model.addAttribute("statuslenker", statuslenker);
		model.addAttribute("alleStatuserLenke", lenker.med("status", null));
		model.addAttribute("forrige", side.side() > 0 ? lenker.side(side.side() - 1) : null);
		model.addAttribute("neste", side.side() + 1 < side.sider() ? lenker.side(side.side() + 1) : null);
		model.addAttribute("visAlle", side.sider() > 1 && side.total() <= OppdragFilter.STORSTE_STORRELSE
				? lenker.med("size", String.valueOf(side.total())) : null);
		model.addAttribute("eksportXlsx", lenker.eksport("/oppdrag/eksport.xlsx"));
		model.addAttribute("eksportCsv", lenker.eksport("/oppdrag/eksport.csv"));
		model.addAttribute("sporring", lenker.sporring());
		model.addAttribute("harFilter", !lenker.sporring().isEmpty());
		model.addAttribute("alleOppdrag", egenDivisjon != null && egenDivisjon.equals(filter.divisjonId())
				? "/oppdrag?division=" + ListeParametre.ALLE : null);
		// Asked only when nothing was found: the one case where it explains something.
		model.addAttribute("bareVanligeOrd", side.total() == 0 && filter.q() != null && leser.bareVanligeOrd(filter.q()));
		// A search that finds nothing inside the filters may find an assignment outside them (an exact id in another
		// division): say so, rather than leave the reader to think it does not exist.
		model.addAttribute("treffUtenFiltre", side.total() == 0 && filter.q() != null && filter.avgrenset()
				? leser.count(OppdragFilter.sok(filter.q()), bruker) : 0L);
		// A search alone that finds nothing is about the words (or the id), not about filters.
		model.addAttribute("bareSok", filter.q() != null && !filter.avgrenset());
		// The rows' links carry the list's query, so the assignment's page can lead back to this very list.
		model.addAttribute("liste", Listeadresse.av(request.getParameterMap()).map(Listeadresse::sporring).orElse(null));
		// A changed filter asks for the results alone (htmx); going back in history, htmx asks for the whole page.
		response.addHeader(HttpHeaders.VARY, "HX-Request, HX-History-Restore-Request");
		if ("true".equals(request.getHeader("HX-Request"))
				&& !"true".equals(request.getHeader("HX-History-Restore-Request"))) {
			return "oppdrag/resultater";
		}
		return "oppdrag/index";
	}

	/**
	 * An assignment's page. The id is never the name of a form's address beside it ({@code /oppdrag/ruting}), so
	 * opening one of those answers as any form's address opened directly (405), not «Fant ikke oppdraget».
	 */
	@GetMapping("/oppdrag/{id:(?!(?:ruting|videreforing)$).+}")
	String detalj(@PathVariable String id, @RequestParam(name = Listeadresse.PARAMETER, required = false) String liste,
			Model model) {
		CurrentUser bruker = brukere.current();
		Optional<Listeadresse> fraListen = Listeadresse.les(liste);
		model.addAttribute("liste", fraListen.map(Listeadresse::sporring).orElse(null));
		model.addAttribute("tilListen", fraListen.map(Listeadresse::tilbake).orElse("/oppdrag"));
		model.addAttribute("tilbakeTekst", fraListen.map(Listeadresse::tekst).orElse("oppdrag.tilbake"));
		// A unit's page is named by the unit; one that is gone is «enheten».
		model.addAttribute("tilbakeEnhet", fraListen.flatMap(Listeadresse::enhet).flatMap(organisasjon::enhet)
			.map(Enhet::navn).orElse(null));
		OppdragDetalj detalj = leser.detalj(id, bruker).orElseThrow(() -> new IkkeFunnet(id));
		model.addAttribute("d", detalj);
		model.addAttribute("o", detalj.oppdrag());
		// The printout's notice says the paper holds exempt content, not that it may (fragments/layout).
		model.addAttribute("viserUnntatt", detalj.viserUnntatt(bruker));
		// The page's forms post to this, never to an id an address cannot carry.
		model.addAttribute("adresse", Listeadresse.adresse(detalj.oppdrag()));
		// An assignment keeps its department when that is deactivated; the page says so, as the routing select does.
		Long avdelingId = detalj.oppdrag().avdelingId();
		model.addAttribute("avdelingDeaktivert",
				avdelingId != null && organisasjon.enhet(avdelingId).map(a -> !a.aktiv()).orElse(false));
		// A removed assignment is in no letter's lists any more, so no comment names it. A cited post the
		// appropriations do not give is linked nowhere: the appropriations page would show an empty chapter.
		// A cited post that is no line but that an authorisation of the year names links to the authorisation.
		long etatId = detalj.oppdrag().etatId();
		int aar = detalj.oppdrag().aar();
		model.addAttribute("budsjett", Budsjettavsnitt.av(detalj.budsjett(),
				detalj.budsjett().isEmpty() ? Set.of() : budsjettposter.gitt(etatId, aar),
				detalj.budsjett().isEmpty() ? Map.of() : budsjettposter.fullmakter(etatId, aar),
				detalj.fjernet() || detalj.koblingerSkjult() ? List.of()
						: budsjettlinjerSomNevner.nevner(detalj.oppdrag(), bruker)));
		// Withheld links are not «none»: the page says they are exempt.
		model.addAttribute("koblingerSkjult", detalj.koblingerSkjult());
		// Of a partly exempt one, those only its exempt parts cite: the public ones stand, with a word that any more are
		// withheld, on every such page alike.
		model.addAttribute("unntatteReferanserSkjult", !detalj.koblingerSkjult() && detalj.referanserSkjult());
		model.addAttribute("unntattBudsjettSkjult", !detalj.koblingerSkjult() && detalj.budsjettSkjult());
		model.addAttribute("brevLenke", brevLenke(detalj.oppdrag().brevId(), bruker));
		model.addAttribute("frister", Fristlenke.av(detalj.oppdrag()));
		model.addAttribute("brevetsFrist", Fristtekst.utover(detalj.oppdrag().fristTekst(), detalj.oppdrag().frister()));
		List<OppdragStatus> mulige = detalj.fjernet() ? List.of() : arbeidsflyt.muligeStatuser(detalj.oppdrag(), bruker);
		model.addAttribute("mulige", mulige);
		// The expected date is for Forsinket, the reason for Forsinket and Utgår: offered only to whoever may set them.
		model.addAttribute("kanForsinke", mulige.contains(OppdragStatus.FORSINKET));
		model.addAttribute("kanUtgaa", mulige.contains(OppdragStatus.UTGAAR));
		// Utgår here ends the open copy the year end made too, or is refused when its division has begun on it: the form
		// says which before it is sent.
		model.addAttribute("aapneKopier", mulige.contains(OppdragStatus.UTGAAR)
				? arbeidsflyt.aapneKopier(detalj.oppdrag().nokkel()) : List.of());
		// An uncleared desk officer or admin gets no decisions on a wholly exempt assignment; the page says who can.
		model.addAttribute("kreverKlarering", !detalj.fjernet() && arbeidsflyt.kreverKlarering(detalj.oppdrag(), bruker));
		// A lead sees no form for another division's assignment; the page says whose it is instead.
		model.addAttribute("annenDivisjon", !detalj.fjernet() && arbeidsflyt.annenDivisjon(detalj.oppdrag(), bruker));
		model.addAttribute("kanKommentere",
				!detalj.fjernet() && arbeidsflyt.kanKommentere(detalj.oppdrag().divisjonId(), bruker));
		model.addAttribute("skriverFremdrift", arbeidsflyt.skriverFremdrift(bruker));
		// Closed, and this user may not reopen it: the page says so rather than just lacking the form.
		model.addAttribute("lukket", !detalj.fjernet() && detalj.oppdrag().status().avsluttet() && mulige.isEmpty()
				&& !arbeidsflyt.annenDivisjon(detalj.oppdrag(), bruker));
		LocalDate idag = LocalDate.now(Formats.OSLO);
		model.addAttribute("idag", idag);
		model.addAttribute("senestForventet", idag.plusYears(OppdragArbeidsflyt.MAKS_AAR_FREM));
		OppdragDetalj.Hendelse tilbakesendt = detalj.tilbakesendt(bruker).orElse(null);
		model.addAttribute("tilbakesendt", tilbakesendt);
		model.addAttribute("tilbakesendtDato", tilbakesendt == null ? null
				: tilbakesendt.tidspunkt().atZoneSameInstant(Formats.OSLO).toLocalDate());
		model.addAttribute("maksTekst", OppdragArbeidsflyt.MAKS_TEKST);
		List<Enhet> divisjoner = bruker.isAdmin() ? OppdragArbeidsflyt
			.kanRutesTil(organisasjon.divisjoner(detalj.oppdrag().etatId()), detalj.oppdrag().divisjonId()) : List.of();
		model.addAttribute("divisjoner", divisjoner);
		model.addAttribute("avdelinger",
				divisjoner.isEmpty() ? Map.of() : avdelinger(divisjoner, organisasjon.alleAvdelinger()));
		model.addAttribute("instrukssitater", instrukshenvisninger.sitater(detalj.oppdrag().nokkel(), bruker));
		// Hidden citations are not «none»: the page says they are exempt, and offers no form to change them.
		boolean instruksSkjult = Instrukshenvisninger.skjult(detalj.heltUnntatt(), bruker);
		model.addAttribute("instruksSkjult", instruksSkjult);
		boolean kanSitere = !detalj.fjernet() && !instruksSkjult && instrukshenvisninger.kanSitere(bruker);
		model.addAttribute("kanSitere", kanSitere);
		model.addAttribute("instruksvalg", kanSitere ? instrukshenvisninger.valg(detalj.oppdrag().etatId()) : List.of());
		return "oppdrag/detalj";
	}

	/**
	 * The status form. The date comes as text, so one that cannot be read (31 February, from a browser without a date
	 * field) is refused in the form like any other mistake. {@code fremdriftSkjult}: the progress note and reason were
	 * hidden from the user (an exempt assignment without clearance), so their fields started empty and leaving them
	 * empty keeps what is saved (the reason while the assignment stays Forsinket); otherwise an emptied field clears
	 * it.
	 */
	@PostMapping("/oppdrag/{id}/status")
	String status(@PathVariable String id, @RequestParam(required = false) OppdragStatus status,
			@RequestParam(required = false) String notat, @RequestParam(required = false) String forventetDato,
			@RequestParam(required = false) String grunn, @RequestParam long versjon,
			@RequestParam(defaultValue = "false") boolean fremdriftSkjult,
			@RequestParam(name = Listeadresse.PARAMETER, required = false) String liste, RedirectAttributes redirect) {
		Optional<Listeadresse> fraListen = Listeadresse.les(liste);
		try {
			CurrentUser bruker = brukere.current();
			String fremdrift = fremdriftSkjult && (notat == null || notat.isBlank()) ? null : notat;
			String begrunnelse = fremdriftSkjult && (grunn == null || grunn.isBlank()) ? null : grunn;
			// The fields came filled with what is saved, so an emptied one was emptied on purpose.
			OppdragDetalj ny = arbeidsflyt.endreStatus(id, new StatusEndring(status, fremdrift,
					StatusEndring.dato(forventetDato), begrunnelse, versjon, true), bruker);
			// A comment leaves the version as it was.
			boolean endret = ny.oppdrag().versjon() != versjon;
			redirect.addFlashAttribute("melding", endret ? "Endringen er lagret." : "Kommentaren er lagret.");
			return "redirect:" + Listeadresse.detalj(Listeadresse.adresse(ny.oppdrag()), fraListen);
		}
		catch (IngenEndring ex) {
			// A form sent back as it came, or with nothing filled in: nothing was saved, nor went wrong. Information,
			// not a success or an error, and no field marked; what was chosen or typed stays in the form.
			redirect.addFlashAttribute("info", ex.getMessage());
			redirect.addFlashAttribute("statusskjema",
					new Statusskjema(status, utenNul(notat), utenNul(forventetDato), utenNul(grunn)));
			return "redirect:" + Listeadresse.detalj(id, fraListen);
		}
		catch (Konflikt ex) {
			// The fields the user changed come back as sent; those left as they were loaded, with what is saved now, so
			// sending the form again does not put an old value back. The current state is as the user may see it.
			Set<String> uendret = ex.uendret();
			OppdragDetalj naa = ex.gjeldende();
			LocalDate dato = naa.oppdrag().forventetDato();
			// The message says what happened and takes the focus; the fields that collide are marked and point to it.
			redirect.addFlashAttribute("konflikt", true);
			return tilbakeTilSkjema(ex.getMessage(), ex.felt(), new Statusskjema(status,
					uendret.contains("notat") ? naa.fremdrift() : utenNul(notat),
					uendret.contains("forventetDato") ? (dato == null ? null : dato.toString()) : utenNul(forventetDato),
					uendret.contains("grunn") ? naa.statusGrunn() : utenNul(grunn)), id, fraListen, redirect);
		}
		catch (Avvist ex) {
			// The form comes back as it was sent, so a refused change need not be typed again; a NUL character the
			// browser could not show is left out.
			return tilbakeTilSkjema(ex.getMessage(), ex.felt(),
					new Statusskjema(status, utenNul(notat), utenNul(forventetDato), utenNul(grunn)), id, fraListen,
					redirect);
		}
	}

	/** A refused status form, straight back to the form, where the message stands beside the fields it names. */
	static String tilbakeTilSkjema(String feil, List<String> felt, Statusskjema skjema, String id,
			Optional<Listeadresse> fraListen, RedirectAttributes redirect) {
		redirect.addFlashAttribute("feil", feil);
		redirect.addFlashAttribute("statusfelt", felt);
		redirect.addFlashAttribute("feilISkjema", true);
		redirect.addFlashAttribute("statusskjema", skjema);
		return "redirect:" + Listeadresse.detalj(id, fraListen) + "#" + STATUSSKJEMA;
	}

	/**
	 * The letter's page, or {@code null} where the page names the letter without a link: a withdrawn letter's page
	 * answers «not found» to all but admins.
	 */
	private String brevLenke(Long brevId, CurrentUser bruker) {
		if (brevId == null || !bruker.isAdmin() && tilbaketrukneBrev.trukketTilbake(brevId)) {
			return null;
		}
		return "/tildelingsbrev/" + brevId;
	}

	/** The status form's id on the page, the target of a refused form's return. */
	static final String STATUSSKJEMA = "statusskjema";

	/** The comment form's id on the page, likewise. */
	static final String KOMMENTARSKJEMA = "kommentarskjema";

	static String utenNul(String verdi) {
		return verdi == null ? null : verdi.replace("\0", "");
	}

	/**
	 * A refused status form's values, kept in the session until the page shows them (hence serializable). The date as
	 * it was typed, so one that could not be read is shown again.
	 */
	record Statusskjema(OppdragStatus status, String notat, String forventetDato, String grunn) implements Serializable {
	}

	@PostMapping("/oppdrag/{id}/kommentar")
	String kommentar(@PathVariable String id, @RequestParam(required = false) String kommentar,
			@RequestParam(defaultValue = "false") boolean unntatt,
			@RequestParam(name = Listeadresse.PARAMETER, required = false) String liste, RedirectAttributes redirect) {
		Optional<Listeadresse> fraListen = Listeadresse.les(liste);
		try {
			boolean skjermet = arbeidsflyt.kommenter(id, kommentar, unntatt, brukere.current());
			redirect.addFlashAttribute("melding", unntatt ? "Kommentaren er lagret som unntatt offentlighet."
					: skjermet ? "Kommentaren er lagret. Den vises bare for brukere med klarering."
							: "Kommentaren er lagret.");
			return "redirect:" + Listeadresse.detalj(id, fraListen);
		}
		catch (Avvist ex) {
			// As the status form: the message stands in the form, beside the field, and not again above the page. An
			// empty comment too (IngenEndring): the form's one field was left empty, so that field is what to fix.
			redirect.addFlashAttribute("feil", ex.getMessage());
			redirect.addFlashAttribute("feilISkjema", true);
			redirect.addFlashAttribute("kommentarAvvist", true);
			// The refused text comes back in the field, so it need not be typed again.
			redirect.addFlashAttribute("kommentarskjema", utenNul(kommentar));
			redirect.addFlashAttribute("kommentarUnntatt", unntatt);
			return "redirect:" + Listeadresse.detalj(id, fraListen) + "#" + KOMMENTARSKJEMA;
		}
	}

	@PostMapping("/oppdrag/{id}/instruks")
	String siterInstruks(@PathVariable String id, @RequestParam(required = false) String punkt,
			@RequestParam(name = Listeadresse.PARAMETER, required = false) String liste, RedirectAttributes redirect) {
		// The option's value is "<instruction id>:<section number>", one select for version and section. None chosen
		// is no version and no section; a value no option has, a section without a version.
		String[] valgt = punkt == null ? new String[0] : punkt.split(":", 2);
		boolean gyldig = valgt.length == 2 && valgt[0].matches("\\d{1,18}");
		boolean ingen = punkt == null || punkt.isBlank();
		return tilbakeTilOppdrag(id, liste, redirect, "Henvisningen til instruksen er lagret.",
				() -> instrukshenvisninger.siter(id, gyldig ? Long.valueOf(valgt[0]) : null,
						gyldig ? valgt[1] : ingen ? null : "", brukere.current()));
	}

	@PostMapping("/oppdrag/{id}/instruks/{sitat}/fjern")
	String fjernInstruks(@PathVariable String id, @PathVariable long sitat,
			@RequestParam(name = Listeadresse.PARAMETER, required = false) String liste, RedirectAttributes redirect) {
		return tilbakeTilOppdrag(id, liste, redirect, "Henvisningen til instruksen er fjernet.",
				() -> instrukshenvisninger.fjern(id, sitat, brukere.current()));
	}

	/** Runs a form's action and returns to the assignment with its message, or with the refusal. */
	private static String tilbakeTilOppdrag(String id, String liste, RedirectAttributes redirect, String melding,
			Runnable handling) {
		try {
			handling.run();
			redirect.addFlashAttribute("melding", melding);
		}
		catch (IngenEndring ex) {
			redirect.addFlashAttribute("info", ex.getMessage());
		}
		catch (Avvist ex) {
			redirect.addFlashAttribute("feil", ex.getMessage());
		}
		return "redirect:" + Listeadresse.detalj(id, Listeadresse.les(liste));
	}

	@PostMapping("/oppdrag/{id}/ruting")
	String rutEn(@PathVariable String id, @RequestParam(required = false) Long divisjon,
			@RequestParam(required = false) Long avdeling,
			@RequestParam(name = Listeadresse.PARAMETER, required = false) String liste, RedirectAttributes redirect) {
		rut(List.of(id), divisjon, avdeling, redirect);
		return "redirect:" + Listeadresse.detalj(id, Listeadresse.les(liste));
	}

	/**
	 * The longest list query the routing form may send back. The list's own are far shorter (its longest search, 500
	 * characters, is at most 4 500 encoded); a longer one made the way back longer than the server writes a redirect
	 * (8 KB of headers), and the answer a blank error.
	 */
	static final int MAKS_SPORRING = 6000;

	/**
	 * Routes the ticked assignments of the list and returns to the same list. When nothing was routed (no division
	 * chosen, a refusal), the list comes back with the same ones ticked ({@code valgte}) and the same division and
	 * department chosen, so nothing need be chosen again. A query too long to return to is refused before anything is
	 * routed.
	 */
	@PostMapping("/oppdrag/ruting")
	String rutFlere(@RequestParam(name = "valgt", required = false) List<String> valgt,
			@RequestParam(required = false) Long divisjon, @RequestParam(required = false) Long avdeling,
			@RequestParam(required = false) String sporring, RedirectAttributes redirect) {
		if (sporring != null && sporring.length() > MAKS_SPORRING) {
			throw new Avvist("Adressen til listen du kom fra er for lang (" + sporring.length() + " tegn, høyst "
					+ MAKS_SPORRING + "). Ingen oppdrag er rutet. Åpne oppdragslisten på nytt, velg filtrene og "
					+ "prøv igjen.");
		}
		List<String> ider = valgt == null ? List.of() : valgt;
		if (!rut(ider, divisjon, avdeling, redirect)) {
			redirect.addFlashAttribute("valgte", ider);
			redirect.addFlashAttribute("valgtDivisjon", divisjon);
			redirect.addFlashAttribute("valgtAvdeling", avdeling);
		}
		return "redirect:" + new Lenker(sporring == null ? "" : sporring).med("page", null);
	}

	/**
	 * The workflow checks the rules: admins only, and a department of the chosen division.
	 *
	 * @return whether any assignment was routed
	 */
	private boolean rut(List<String> ider, Long divisjon, Long avdeling, RedirectAttributes redirect) {
		try {
			OppdragArbeidsflyt.Ruting ruting = arbeidsflyt.rute(ider, divisjon, avdeling, brukere.current());
			int antall = ruting.antall();
			if (antall == 0) {
				// Nothing moved: information, as any form that changed nothing.
				redirect.addFlashAttribute("info", tekst(ider.size() == 1 ? "oppdrag.ruting.uendret.ett"
						: "oppdrag.ruting.uendret.flere"));
				return false;
			}
			redirect.addFlashAttribute("melding", antall == 1 ? tekst("oppdrag.ruting.rutet.ett")
					: tekst("oppdrag.ruting.rutet.flere", antall));
			// Routed, but the division cannot work with it: the admin should know, and may route it elsewhere.
			if (!ruting.ulesbare().isEmpty()) {
				redirect.addFlashAttribute("advarsel", tekst(ruting.ulesbare().size() == 1
						? "oppdrag.ruting.ulesbar.ett" : "oppdrag.ruting.ulesbar.flere",
						String.join(", ", ruting.ulesbare()), ruting.divisjonen()));
			}
			return true;
		}
		catch (IngenEndring ex) {
			redirect.addFlashAttribute("info", ex.getMessage());
		}
		catch (Avvist ex) {
			redirect.addFlashAttribute("feil", ex.getMessage());
		}
		return false;
	}

	private String tekst(String kode, Object... argumenter) {
		return tekster.getMessage(kode, argumenter, Formats.NORSK);
	}

	/**
	 * The departments of each division that has any, in the divisions' order: a department choice grouped by division
	 * (works without JavaScript).
	 */
	private static Map<Enhet, List<Enhet>> avdelinger(List<Enhet> divisjoner, List<Enhet> alleAvdelinger) {
		Map<Long, List<Enhet>> perDivisjon = alleAvdelinger.stream()
			.filter(avdeling -> avdeling.overordnetId() != null)
			.collect(Collectors.groupingBy(Enhet::overordnetId));
		Map<Enhet, List<Enhet>> avdelinger = new LinkedHashMap<>();
		for (Enhet divisjon : divisjoner) {
			List<Enhet> under = perDivisjon.getOrDefault(divisjon.id(), List.of());
			if (!under.isEmpty()) {
				avdelinger.put(divisjon, under);
			}
		}
		return avdelinger;
	}

	/**
	 * Year end in two steps: first what it would carry over, then, confirmed, carrying it over, except those the admin
	 * ticked to end instead ({@code avsluttes}, with the shared reason {@code grunn}). It copies many assignments at
	 * once and cannot be undone. A refused confirm (a tick without a reason, one not to copy, one changed since) shows
	 * the page again as it is now, with the reason, the ticks still valid and the reason typed. {@code liste}: the
	 * list's query, for the way back to the list as the admin left it.
	 */
	@PostMapping("/oppdrag/videreforing")
	String viderefor(@RequestParam int aar, @RequestParam(defaultValue = "false") boolean bekreftet,
			@RequestParam(defaultValue = "") List<String> avsluttes, @RequestParam(required = false) String grunn,
			@RequestParam(name = Listeadresse.PARAMETER, required = false) String liste, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		CurrentUser bruker = brukere.current();
		// Only the list's own query: the page's links back name the list.
		Optional<Listeadresse> fraListen = Listeadresse.les(liste).filter(Listeadresse::listen);
		model.addAttribute("liste", fraListen.map(Listeadresse::sporring).orElse(null));
		model.addAttribute("tilListen", fraListen.map(Listeadresse::tilbake).orElse("/oppdrag"));
		List<String> ugyldig = List.of();
		if (bekreftet) {
			try {
				OppdragArbeidsflyt.Utfall utfall = arbeidsflyt.viderefor(aar, avsluttes, grunn, bruker);
				redirect.addFlashAttribute("melding", arbeidsflyt.oppsummering(aar, utfall));
				return "redirect:/oppdrag?year=" + (aar + 1);
			}
			catch (Avvist | EndretUnderveis ex) {
				response.setStatus(ex instanceof Avvist ? HttpServletResponse.SC_BAD_REQUEST
						: HttpServletResponse.SC_CONFLICT);
				model.addAttribute("feil", ex.getMessage());
				ugyldig = ex instanceof Avvist avvist ? avvist.felt() : List.of();
			}
		}
		model.addAttribute("plan", arbeidsflyt.tilVidereforing(aar, bruker));
		model.addAttribute("avsluttes", avsluttes);
		model.addAttribute("grunn", utenNul(grunn));
		model.addAttribute("maksTekst", OppdragArbeidsflyt.MAKS_TEKST);
		model.addAttribute("ugyldig", ugyldig);
		return "oppdrag/videreforing";
	}

	/**
	 * The year the year end form offers first. The year the list shows, when it has one: the admin is looking at that
	 * year's work. Else, in January, after next year's letter is in but before «Årsskifte» has run, the year before
	 * the newest: its open work is what is due to be carried over, and the newest year's only at its own end. Else
	 * (December, before the letter; or the year end already run) the newest year. {@code aarstall}: newest first;
	 * {@code aapenIgjen}: the year has open work the year end has not carried over yet.
	 */
	static Integer videreforFra(Integer visesAar, List<Integer> aarstall, IntPredicate aapenIgjen) {
		if (aarstall.isEmpty()) {
			return null;
		}
		if (visesAar != null && aarstall.contains(visesAar)) {
			return visesAar;
		}
		int nyeste = aarstall.get(0);
		return aarstall.contains(nyeste - 1) && aapenIgjen.test(nyeste - 1) ? nyeste - 1 : nyeste;
	}

	/** Links that keep the list's query and change one parameter. */
	record Lenker(String sporring) {

		/** The list's parameters as an encoded query, without paging. */
		static Lenker av(HttpServletRequest request) {
			UriComponentsBuilder b = UriComponentsBuilder.newInstance();
			request.getParameterMap().forEach((navn, verdier) -> {
				if (!navn.equals("page") && !navn.startsWith("_")) {
					for (String verdi : verdier) {
						if (!verdi.isEmpty()) {
							b.queryParam(navn, verdi);
						}
					}
				}
			});
			String sporring = b.encode().build().getQuery();
			return new Lenker(sporring == null ? "" : sporring);
		}

		String med(String navn, String verdi) {
			UriComponentsBuilder b = UriComponentsBuilder.fromPath("/oppdrag").query(sporring);
			if (verdi != null) {
				b.replaceQueryParam(navn, verdi);
			}
			else {
				b.replaceQueryParam(navn);
			}
			return b.build().toUriString();
		}

		String side(int side) {
			return UriComponentsBuilder.fromPath("/oppdrag").query(sporring).replaceQueryParam("page", side).build()
				.toUriString();
		}

		String eksport(String sti) {
			return UriComponentsBuilder.fromPath(sti).query(sporring).replaceQueryParam("size").build().toUriString();
		}
	}
}
