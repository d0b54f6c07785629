package no.hod.styringsregister.rapporteringskalender.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

import no.hod.styringsregister.Regelbrudd;
import no.hod.styringsregister.Regelbrudd.Avvisning;
import no.hod.styringsregister.Kalendersider;
import no.hod.styringsregister.Sitert;
import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.brukere.CurrentUsers;
import no.hod.styringsregister.organisasjon.Etat;
import no.hod.styringsregister.organisasjon.EtatGruppe;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.rapporteringskalender.internal.KalenderAdministrasjon.Oppforing;
import no.hod.styringsregister.web.Formats;

@Controller
@RequestMapping("/rapporteringskalender")
class RapporteringskalenderController {

	private static final String SKJEMA = "rapporteringskalender/skjema";

	private static final String FJERNET = "rapporteringskalender/fjernet";

	/** The parameters of the page's views, the only ones a way back to it may hold. */
	private static final Set<String> TILBAKE_PARAMETRE = Set.of("visning", "dager", "maned", "etat", "type",
			"divisjon");

	private final Tidslinje tidslinje;

	private final KalenderParametre parametre;

	private final KalenderAdministrasjon administrasjon;

	private final Abonnementer abonnementer;

	private final CurrentUsers currentUsers;

	private final OrganisasjonService organisasjon;

	RapporteringskalenderController(Tidslinje tidslinje, KalenderParametre parametre,
			KalenderAdministrasjon administrasjon, Abonnementer abonnementer, CurrentUsers currentUsers,
			OrganisasjonService organisasjon) {
		this.tidslinje = tidslinje;
		this.parametre = parametre;
		this.administrasjon = administrasjon;
		this.abonnementer = abonnementer;
		this.currentUsers = currentUsers;
		this.organisasjon = organisasjon;
	}

	/**
	 * @param visning {@code kommende} (the next {@code dager} days: 30 or 90), {@code maned} or {@code forfalt};
	 *     without it, {@code maned} when a month is given, else {@code kommende}
	 */
	@GetMapping
	String index(@RequestParam(required = false) String visning,
			@RequestParam(defaultValue = "30") int dager, @RequestParam(required = false) String maned,
			@RequestParam(required = false) String etat, @RequestParam(required = false) String type,
			@RequestParam(required = false) String divisjon, Model model) {
		CurrentUser bruker = currentUsers.current();
		Tidslinje.Filter filter = parametre.filter(etat, type, divisjon, bruker);
		LocalDate iDag = LocalDate.now(Formats.OSLO);
		Kalendervisning valgt = Kalendervisning.les(visning, dager, maned, iDag);
		List<Hendelse> hendelser = tidslinje.hendelser(valgt, iDag, filter, bruker.klarert());
		if (valgt.maaned() != null) {
			model.addAttribute("maaned", valgt.maaned());
			// No link to a month the page refuses.
			YearMonth forrige = valgt.maaned().minusMonths(1);
			YearMonth neste = valgt.maaned().plusMonths(1);
			model.addAttribute("forrigeMaaned", Kalendersider.gyldig(forrige) ? forrige.toString() : null);
			model.addAttribute("nesteMaaned", Kalendersider.gyldig(neste) ? neste.toString() : null);
			model.addAttribute("maanedNavn", Formats.maaned(valgt.maaned()));
			// «April 2025» heading the month, as a heading begins; in a sentence the month stays «april».
			model.addAttribute("maanedOverskrift", StringUtils.capitalize(Formats.maaned(valgt.maaned())));
		}
		else if ("kommende".equals(valgt.navn()) && hendelser.isEmpty()) {
			nesteEtter(iDag.plusDays(valgt.dager()), iDag, filter, bruker, model);
			sisteFor(iDag, filter, bruker, model);
		}
		if (hendelser.isEmpty()) {
			boolean harInnhold = tidslinje.harInnhold(iDag, bruker.klarert());
			model.addAttribute("kalenderHarInnhold", harInnhold);
			boolean filtrert = filter.etatId() != null || filter.type() != null || filter.divisjonId() != null;
			model.addAttribute("filtrert", filtrert);
			if (harInnhold && filtrert) {
				model.addAttribute("utenFilter", utenFilter(valgt.navn(), dager, (YearMonth) model.getAttribute("maaned")));
			}
		}
		model.addAttribute("visning", valgt.navn());
		model.addAttribute("visninger", visninger(valgt, filter));
		model.addAttribute("forfaltAar", FristKilde.OVERDUE_YEARS);
		model.addAttribute("dager", dager);
		model.addAttribute("etat", filter.etatId());
		model.addAttribute("type", filter.type());
		model.addAttribute("divisjon", filter.divisjonId());
		model.addAttribute("forfalteILista", forfalteILista(filter));
		model.addAttribute("eksportXlsx", eksport("/rapporteringskalender/eksport.xlsx", valgt, filter));
		model.addAttribute("eksportCsv", eksport("/rapporteringskalender/eksport.csv", valgt, filter));
		model.addAttribute("hendelser", hendelser);
		// An assignment opened from here leads back to this very view («liste» on the assignment's page).
		model.addAttribute("tilbakeHit", eksport("/rapporteringskalender", valgt, filter));
		model.addAttribute("iDag", iDag);
		model.addAttribute("sisteDag", valgt.sisteDag(iDag));
		List<Etat> etater = organisasjon.etater();
		model.addAttribute("etater", etater);
		List<EtatGruppe> divisjonsgrupper = EtatGruppe.av(etater, organisasjon.alleDivisjoner());
		model.addAttribute("divisjonsgrupper", divisjonsgrupper);
		model.addAttribute("tittelfiltre", tittelfiltre(filter, etater, divisjonsgrupper));
		model.addAttribute("typer", Hendelse.Type.values());
		model.addAttribute("abonnementFra", KalenderFeedController.forsteDag(iDag));
		model.addAttribute("abonnementTil", KalenderFeedController.sisteDag(iDag));
		abonnementer.eksisterende(bruker.id()).map(token -> feedMedFilter(token, filter)).ifPresent(adresse -> {
			model.addAttribute("abonnement", adresse);
			model.addAttribute("abonnementWebcal", webcal(adresse));
		});
		return "rapporteringskalender/index";
	}

	/**
	 * Nothing in the days shown: the first event after them, so the empty page can point to what is due next. As far
	 * ahead as {@link Tidslinje#harInnhold} looks, so a calendar said to have content names it.
	 */
	private void nesteEtter(LocalDate fra, LocalDate iDag, Tidslinje.Filter filter, CurrentUser bruker, Model model) {
		LocalDate til = iDag.plusDays(Tidslinje.MAKS_DAGER / 2);
		tidslinje.hendelser(fra, til, filter, bruker.klarert()).stream().findFirst().ifPresent(neste -> {
			YearMonth maaned = YearMonth.from(neste.dato());
			model.addAttribute("nesteDato", neste.dato());
			model.addAttribute("nesteHendelseMaaned", maaned.toString());
			model.addAttribute("nesteHendelseMaanedNavn", Formats.maaned(maaned));
		});
	}

	/**
	 * Nothing in the days shown: where the last event of the past year was, so the empty page can point to that
	 * month as well (or alone, when the letters of the year are behind us).
	 */
	private void sisteFor(LocalDate iDag, Tidslinje.Filter filter, CurrentUser bruker, Model model) {
		List<Hendelse> tidligere = tidslinje.hendelser(iDag.minusYears(1), iDag.minusDays(1), filter, bruker.klarert());
		if (!tidligere.isEmpty()) {
			LocalDate siste = tidligere.get(tidligere.size() - 1).dato();
			YearMonth maaned = YearMonth.from(siste);
			model.addAttribute("sisteDato", siste);
			model.addAttribute("sisteMaaned", maaned.toString());
			model.addAttribute("sisteMaanedNavn", Formats.maaned(maaned));
		}
	}

	/**
	 * Makes the user's feed address, or replaces it (the old one stops working) when the user has ticked that this is
	 * meant. Back to the view the user was in, with its filters, so the address shown follows them as the page says.
	 * The feed itself holds a fixed span of years whatever the view.
	 */
	@PostMapping("/abonnement")
	String nyttAbonnement(@RequestParam(required = false) String visning,
			@RequestParam(defaultValue = "30") int dager, @RequestParam(required = false) String maned,
			@RequestParam(required = false) String etat, @RequestParam(required = false) String type,
			@RequestParam(required = false) String divisjon, @RequestParam(required = false) String bekreft,
			RedirectAttributes redirect) {
		CurrentUser bruker = currentUsers.current();
		// Read first: a bad value is refused before the old address is revoked.
		Tidslinje.Filter filter = parametre.filter(etat, type, divisjon, bruker);
		Kalendervisning tilbake = Kalendervisning.les(visning, dager, maned, LocalDate.now(Formats.OSLO));
		boolean hadde = abonnementer.eksisterende(bruker.id()).isPresent();
		if (hadde && !"true".equals(bekreft)) {
			throw new IllegalArgumentException("Adressen er ikke byttet. Kryss av for at den gamle adressen skal slutte "
					+ "å virke, og trykk på knappen igjen.");
		}
		abonnementer.fornye(bruker.id());
		redirect.addFlashAttribute("melding", hadde
				? "Du har fått en ny abonnementsadresse. Den gamle virker ikke lenger."
				: "Du har fått en abonnementsadresse. Legg den inn i kalenderprogrammet ditt.");
		return "redirect:" + eksport("/rapporteringskalender", tilbake, filter) + "#abonnement";
	}

	@GetMapping("/ny")
	String ny(Model model) {
		administrasjonstilgang();
		skjemaModell(model, new Oppforing(null, "KALENDER", null, null, null, null, null), null, null);
		return SKJEMA;
	}

	@PostMapping("/ny")
	String lag(@RequestParam(required = false) Long etatId, @RequestParam(required = false) String type,
			@RequestParam(required = false) String dato, @RequestParam(required = false) String tid,
			@RequestParam(required = false) String tittel, @RequestParam(required = false) String merknad,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		administrasjonstilgang();
		Oppforing oppforing = new Oppforing(etatId, type, dato, tid, tittel, merknad, null);
		LocalDate lagret;
		try {
			lagret = administrasjon.lag(oppforing);
		}
		catch (IllegalArgumentException ex) {
			return avvist(ex, oppforing, null, null, model, response);
		}
		redirect.addFlashAttribute("melding", "Oppføringen " + Sitert.verdi(tittel.strip()) + " er lagt inn.");
		return "redirect:" + maaned(lagret);
	}

	/** @param tilbake the calendar view the form was opened from, for its way back */
	@GetMapping("/{id}/endre")
	String endreSkjema(@PathVariable long id, @RequestParam(required = false) String tilbake, Model model) {
		skjemaModell(model, administrasjon.hent(id), id, kalenderadresse(tilbake));
		return SKJEMA;
	}

	@PostMapping("/{id}/endre")
	String endre(@PathVariable long id, @RequestParam(required = false) Long etatId,
			@RequestParam(required = false) String type, @RequestParam(required = false) String dato,
			@RequestParam(required = false) String tid, @RequestParam(required = false) String tittel,
			@RequestParam(required = false) String merknad, @RequestParam(required = false) Long versjon,
			@RequestParam(required = false) String tilbake, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		administrasjonstilgang();
		Oppforing oppforing = new Oppforing(etatId, type, dato, tid, tittel, merknad, versjon);
		LocalDate lagret;
		try {
			lagret = administrasjon.endre(id, oppforing);
		}
		catch (IllegalArgumentException ex) {
			return avvist(ex, oppforing, id, kalenderadresse(tilbake), model, response);
		}
		redirect.addFlashAttribute("melding", "Endringene i " + Sitert.verdi(tittel.strip()) + " er lagret.");
		return "redirect:" + tilbakeEllerMaaned(tilbake, lagret);
	}

	/**
	 * The fold-out on the entry's page sends it, so it takes two deliberate clicks. Back to the view the entry was
	 * opened from, else to its month.
	 */
	@PostMapping("/{id}/slett")
	String slett(@PathVariable long id, @RequestParam(required = false) String tilbake, RedirectAttributes redirect) {
		LocalDate dato = administrasjon.slett(id);
		redirect.addFlashAttribute("melding", "Oppføringen er fjernet fra kalenderen.");
		return "redirect:" + tilbakeEllerMaaned(tilbake, dato);
	}

	/** Entries removed by hand, to be found and put back; for those who may change the calendar only. */
	@GetMapping("/fjernet")
	String fjernede(Model model) {
		administrasjonstilgang();
		model.addAttribute("fjernede", administrasjon.fjernede());
		return FJERNET;
	}

	/**
	 * Back to the entry's month, where it is again. A restore the calendar refuses now (one like it is there, or
	 * someone else got there first) is a 409 with the list as it is now.
	 *
	 * @param versjon the entry's version as the list showed it
	 */
	@PostMapping("/{id}/gjenopprett")
	String gjenopprett(@PathVariable long id, @RequestParam(required = false) Long versjon, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		administrasjonstilgang();
		KalenderRepository.Fjernet gjenopprettet;
		try {
			gjenopprettet = administrasjon.gjenopprett(id, versjon);
		}
		catch (KalenderAdministrasjon.KanIkkeGjenopprettes ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("feil", ex.getMessage());
			model.addAttribute("fjernede", administrasjon.fjernede());
			return FJERNET;
		}
		redirect.addFlashAttribute("melding",
				"Oppføringen " + Sitert.verdi(gjenopprettet.tittel()) + " er tilbake i kalenderen.");
		return "redirect:" + maaned(gjenopprettet.dato());
	}

	private void administrasjonstilgang() {
		if (!currentUsers.current().isAdmin()) {
			throw new AccessDeniedException(
					"Bare administratorer kan endre rapporteringskalenderen.");
		}
	}

	private void skjemaModell(Model model, Oppforing oppforing, Long id, String tilbake) {
		model.addAttribute("oppforing", oppforing);
		model.addAttribute("oppforingId", id);
		model.addAttribute("tilbake", tilbake);
		model.addAttribute("etater", organisasjon.etater());
	}

	/** The form again with every problem at its field, answered as the refusal it is. */
	private String avvist(IllegalArgumentException ex, Oppforing oppforing, Long id, String tilbake, Model model,
			HttpServletResponse response) {
		skjemaModell(model, oppforing, id, tilbake);
		model.addAttribute("avvisning", Avvisning.av("oppforing", ex));
		if (ex instanceof KalenderAdministrasjon.AlleredeIKalenderen lik && lik.id() != null) {
			model.addAttribute("finnesAllerede", "/rapporteringskalender/" + lik.id() + "/endre");
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return SKJEMA;
	}

	/** The view an entry's form was opened from, when {@link #kalenderadresse} takes it; else the entry's month. */
	private String tilbakeEllerMaaned(String tilbake, LocalDate dato) {
		String tilbakeTil = kalenderadresse(tilbake);
		return tilbakeTil != null ? tilbakeTil : maaned(dato);
	}

	private static String maaned(LocalDate dato) {
		return "/rapporteringskalender?visning=maned&maned=" + YearMonth.from(dato);
	}

	/**
	 * The calendar view a form was opened from (its {@code tilbake}), read as this page reads its parameters and
	 * written out again as {@link #eksport} writes the page's own address, so the way back stays on this page whatever
	 * was sent; {@code null} for anything else.
	 */
	private String kalenderadresse(String tilbake) {
		if (tilbake == null || tilbake.length() > 500) {
			return null;
		}
		try {
			UriComponents adresse = UriComponentsBuilder.fromUriString(tilbake).build();
			MultiValueMap<String, String> verdier = adresse.getQueryParams();
			if (adresse.getScheme() != null || adresse.getHost() != null || adresse.getFragment() != null
					|| !"/rapporteringskalender".equals(adresse.getPath())
					|| !TILBAKE_PARAMETRE.containsAll(verdier.keySet())
					|| verdier.values().stream().anyMatch(v -> v.size() > 1)) {
				return null;
			}
			Kalendervisning visning = Kalendervisning.les(verdier.getFirst("visning"),
					Integer.parseInt(verdi(verdier, "dager", "30")), verdier.getFirst("maned"),
					LocalDate.now(Formats.OSLO));
			Tidslinje.Filter filter = parametre.filter(verdier.getFirst("etat"), verdier.getFirst("type"),
					verdier.getFirst("divisjon"), currentUsers.current());
			return eksport("/rapporteringskalender", visning, filter);
		}
		catch (IllegalArgumentException ugyldig) {
			// Not an address of this page's views, or a value the page refuses (a number parser's error among them).
			return null;
		}
	}

	private static String verdi(MultiValueMap<String, String> verdier, String navn, String standard) {
		String verdi = verdier.getFirst(navn);
		return verdi == null ? standard : verdi;
	}

	/**
	 * The same view and period with no filter. The division is given, empty: without it a lead's calendar would start
	 * at the lead's own division again.
	 */
	private static String utenFilter(String visning, int dager, YearMonth maaned) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/rapporteringskalender").queryParam("visning", visning)
			.queryParam("divisjon", "");
		if ("kommende".equals(visning)) {
			url.queryParam("dager", dager);
		}
		if (maaned != null) {
			url.queryParam("maned", maaned);
		}
		return url.toUriString();
	}

	/** The assignment list's overdue ones, with the agency and division chosen here (the list's parameter names). */
	static String forfalteILista(Tidslinje.Filter filter) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/oppdrag").queryParam("overdue", true);
		if (filter.etatId() != null) {
			url.queryParam("agency", filter.etatId());
		}
		if (filter.divisjonId() != null) {
			url.queryParam("division", filter.divisjonId());
		}
		return url.toUriString();
	}

	/**
	 * The export of what the page shows: the same view, period and filters. The division goes along empty when none
	 * is chosen, so a lead's «Alle» is kept rather than turned back into the own division.
	 */
	static String eksport(String sti, Kalendervisning visning, Tidslinje.Filter filter) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath(sti).queryParam("visning", visning.navn());
		if ("kommende".equals(visning.navn())) {
			url.queryParam("dager", visning.dager());
		}
		if (visning.maaned() != null) {
			url.queryParam("maned", visning.maaned());
		}
		return medFilter(url, filter);
	}

	/**
	 * A link to one of the page's views.
	 *
	 * @param navn the view's message key
	 * @param valgt whether it is the view shown
	 */
	record Visningslenke(String navn, String href, boolean valgt) {
	}

	/**
	 * The page's views as links with the filters as they are, so the form holds only the fields of the view shown (a
	 * field of another view would be sent and ignored). The month view stays at its month; from another view it opens
	 * at the current month.
	 */
	static List<Visningslenke> visninger(Kalendervisning valgt, Tidslinje.Filter filter) {
		return Stream.of(new Kalendervisning("kommende", 30, null), new Kalendervisning("kommende", 90, null),
				new Kalendervisning("maned", valgt.dager(), valgt.maaned()),
				new Kalendervisning("forfalt", valgt.dager(), null))
			.map(v -> {
				boolean kommende = "kommende".equals(v.navn());
				return new Visningslenke(
						"rapporteringskalender.visning." + v.navn() + (kommende ? String.valueOf(v.dager()) : ""),
						eksport("/rapporteringskalender", v, filter),
						v.navn().equals(valgt.navn()) && (!kommende || v.dager() == valgt.dager()));
			})
			.toList();
	}

	/**
	 * The agency and division chosen, for the page's title after the view («, Helsedirektoratet»), so that tabs,
	 * history and bookmarks of different views can be told apart; empty when neither is chosen.
	 */
	private static String tittelfiltre(Tidslinje.Filter filter, List<Etat> etater, List<EtatGruppe> divisjonsgrupper) {
		StringBuilder filtre = new StringBuilder();
		if (filter.etatId() != null) {
			etater.stream().filter(e -> e.id() == filter.etatId()).findFirst()
				.ifPresent(e -> filtre.append(", ").append(e.navn()));
		}
		String divisjon = filter.divisjonId() == null ? null
				: EtatGruppe.etiketter(divisjonsgrupper).get(filter.divisjonId());
		if (divisjon != null) {
			filtre.append(", ").append(divisjon);
		}
		return filtre.toString();
	}

	/** The filters as the page reads them; the division empty for none, as {@link #eksport} says why. */
	private static String medFilter(UriComponentsBuilder url, Tidslinje.Filter filter) {
		if (filter.etatId() != null) {
			url.queryParam("etat", filter.etatId());
		}
		if (filter.type() != null) {
			url.queryParam("type", filter.type());
		}
		url.queryParam("divisjon", filter.divisjonId() == null ? "" : filter.divisjonId());
		return url.toUriString();
	}

	/** The same address for calendar apps: the webcal scheme opens the subscription in the phone's or PC's calendar. */
	private static String webcal(String adresse) {
		return UriComponentsBuilder.fromUriString(adresse).scheme("webcal").toUriString();
	}

	private static String feedMedFilter(String token, Tidslinje.Filter filter) {
		UriComponentsBuilder url = UriComponentsBuilder.fromUriString(KalenderFeedController.url(token));
		if (filter.etatId() != null) {
			url.queryParam("etat", filter.etatId());
		}
		if (filter.type() != null) {
			url.queryParam("type", filter.type());
		}
		if (filter.divisjonId() != null) {
			url.queryParam("divisjon", filter.divisjonId());
		}
		return url.toUriString();
	}
}
