package no.hod.styringsregister.rapporter.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import no.hod.styringsregister.Sitert;
import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.brukere.CurrentUsers;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.oppdrag.OppdragFilter;
import no.hod.styringsregister.oppdrag.OppdragQueries;
import no.hod.styringsregister.oppdrag.OppdragRapport;
import no.hod.styringsregister.oppdrag.OppdragSider;
import no.hod.styringsregister.oppdrag.OppdragStatus;
import no.hod.styringsregister.organisasjon.Enhet;
import no.hod.styringsregister.organisasjon.Etat;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.rapporteringskalender.NesteFrister;
import no.hod.styringsregister.web.Formats;

/**
 * The page after login: what needs the user's attention first. A division lead sees the division's assignments (the
 * chosen year's, and the open ones of every year), what the ministry answered on them lately, those routed to and away
 * from the division lately and what needs an update, a desk officer the deliveries waiting for acceptance (the longest
 * waiting first) and what the divisions' leads commented lately;
 * everyone the overview of an agency's year (by status, overdue, due soon, per division) and the next deadlines.
 */
@Controller
class ForsideController {

	private static final int NEXT_DEADLINES = 8;

	private static final int LIST_SIZE = 10;

	private final CurrentUsers currentUsers;

	private final OppdragQueries oppdrag;

	private final OppdragRapport rapport;

	private final NesteFrister frister;

	private final OrganisasjonService organisasjon;

	private final Oversikt oversikt;

	ForsideController(CurrentUsers currentUsers, OppdragQueries oppdrag, OppdragRapport rapport, NesteFrister frister,
			OrganisasjonService organisasjon, Oversikt oversikt) {
		this.currentUsers = currentUsers;
		this.oppdrag = oppdrag;
		this.rapport = rapport;
		this.frister = frister;
		this.organisasjon = organisasjon;
		this.oversikt = oversikt;
	}

	@GetMapping("/")
	String forside(@RequestParam(required = false) String agency, @RequestParam(required = false) String year,
			Model model, HttpServletResponse response) {
		CurrentUser bruker = currentUsers.current();
		LocalDate idag = LocalDate.now(Formats.OSLO);
		List<Integer> aarstall = rapport.aarstall();
		Optional<Enhet> minDivisjon = bruker.is(Rolle.HDIR_LEDER) && bruker.enhetId() != null
				? organisasjon.enhet(bruker.enhetId()) : Optional.empty();
		Etat etat;
		int aar;
		try {
			etat = etat(agency, minDivisjon);
			aar = aar(year, etatensAar(etat), idag);
		}
		catch (UgyldigRapport ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("feilmelding", ex.getMessage());
			model.addAttribute("feilfelt", ex.felt());
			etat = etat(null, minDivisjon);
			aar = aar(null, etatensAar(etat), idag);
		}
		// The assignments' pages lead back here rather than to the assignment list.
		model.addAttribute("oppdragFraForsiden", OppdragSider.FRA_FORSIDEN);
		model.addAttribute("nesteFrister", frister.neste(NEXT_DEADLINES).stream()
			.map(f -> new NesteFrister.Neste(f.dato(), f.tid(), f.type(), f.tittel(), f.etat(),
					OppdragSider.fraForsiden(f.lenke()), f.merketUnntatt()))
			.toList());
		model.addAttribute("etater", organisasjon.etater());
		model.addAttribute("aarstall", aarstall.contains(aar) ? aarstall
				: java.util.stream.Stream.concat(aarstall.stream(), java.util.stream.Stream.of(aar)).sorted((a, b) -> b - a)
					.toList());
		if (etat != null) {
			model.addAttribute("tavle", oversikt.tavle(etat, aar, bruker, idag));
			model.addAttribute("rapportLenke", "/rapporter?agency=" + etat.id() + "&year=" + aar);
		}
		model.addAttribute("valgtAar", aar);
		if (minDivisjon.isPresent()) {
			long divisjon = minDivisjon.get().id();
			// The year's assignments, and the open ones of every year: last year's are not done when next year's
			// letter comes, and must not drop off the lead's page then.
			OppdragFilter mine = OppdragFilter.alle().medDivisjon(divisjon).medAar(aar);
			model.addAttribute("minDivisjon", minDivisjon.get().navn());
			model.addAttribute("mineAntall", oppdrag.count(mine, bruker));
			model.addAttribute("mineLenke", Oversikt.lenke(mine));
			model.addAttribute("mineAapne", oversikt.aapne(divisjon, aarstall, bruker));
			OppdragFilter forsinket = Oversikt.mineForsinket(divisjon);
			model.addAttribute("mineForsinket", oppdrag.count(forsinket, bruker));
			model.addAttribute("mineForsinketLenke", Oversikt.lenke(forsinket));
			model.addAttribute("trengerOppdatering", oversikt.trengerOppdatering(divisjon, bruker, idag));
			// The help text names the limits the list is chosen by, so it cannot say other than what the list holds.
			model.addAttribute("oppdateringDager", Oversikt.NESTE_DAGER);
			model.addAttribute("uendretDager", Oversikt.UENDRET_DAGER);
			model.addAttribute("oppdateringMaks", Oversikt.MAKS_OPPDATERING);
			model.addAttribute("tilbakemeldinger", oversikt.tilbakemeldinger(divisjon, bruker, idag));
			model.addAttribute("svarDager", Oversikt.SVAR_DAGER);
			model.addAttribute("svarMaks", Oversikt.MAKS_SVAR);
			model.addAttribute("nyligRutet", oversikt.nyligRutet(divisjon, bruker, idag));
			model.addAttribute("rutetDager", Oversikt.RUTET_DAGER);
			model.addAttribute("rutetMaks", Oversikt.MAKS_RUTET);
			model.addAttribute("nyligFlyttet", oversikt.nyligFlyttet(divisjon, bruker, idag));
		}
		if (bruker.is(Rolle.HOD_SAKSBEHANDLER) || bruker.isAdmin()) {
			model.addAttribute("tilGodkjenning", oversikt.tilGodkjenning(LIST_SIZE, bruker, idag));
			model.addAttribute("tilGodkjenningAntall",
					oppdrag.count(OppdragFilter.alle().medStatus(OppdragStatus.LEVERT), bruker));
			model.addAttribute("divisjonssvar", oversikt.divisjonssvar(bruker, idag));
			model.addAttribute("divisjonssvarDager", Oversikt.SVAR_DAGER);
			model.addAttribute("divisjonssvarMaks", Oversikt.MAKS_SVAR);
		}
		return "forside";
	}

	/** The chosen agency; else a lead's own; else the first. */
	private Etat etat(String agency, Optional<Enhet> minDivisjon) {
		if (agency != null && !agency.isBlank()) {
			String verdi = agency.strip();
			return organisasjon.etat(verdi)
				.orElseThrow(() -> new UgyldigRapport("agency", "Ukjent etat " + Sitert.verdi(verdi) + "."));
		}
		if (minDivisjon.isPresent()) {
			Optional<Etat> egen = organisasjon.etat(minDivisjon.get().etatId());
			if (egen.isPresent()) {
				return egen.get();
			}
		}
		List<Etat> etater = organisasjon.etater();
		return etater.isEmpty() ? null : etater.get(0);
	}

	/**
	 * The agency's years: the overview is of one agency, and another agency's newer letter (next year's, imported in
	 * December) must not turn it to a year this agency has nothing in.
	 */
	private List<Integer> etatensAar(Etat etat) {
		return etat == null ? rapport.aarstall() : rapport.aarstall(etat.id());
	}

	/** The chosen year; else this year if the agency has assignments in it, else its newest that has. */
	private static int aar(String year, List<Integer> aarstall, LocalDate idag) {
		if (year != null && !year.isBlank()) {
			if (!year.strip().matches("\\d{4}")) {
				throw new UgyldigRapport("year", "Ugyldig år " + Sitert.verdi(year.strip())
						+ ". Skriv året med fire sifre.");
			}
			int aar = Integer.parseInt(year.strip());
			// The start page offers the year's report: a year the report refuses is refused here too.
			RapportValg.kreverAarViRapportererPaa(aar, idag);
			return aar;
		}
		return aarstall.isEmpty() || aarstall.contains(idag.getYear()) ? idag.getYear() : aarstall.get(0);
	}
}
