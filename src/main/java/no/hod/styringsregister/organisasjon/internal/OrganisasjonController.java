package no.hod.styringsregister.organisasjon.internal;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import no.hod.styringsregister.organisasjon.Divisjonsledere;
import no.hod.styringsregister.organisasjon.Enhet;
import no.hod.styringsregister.organisasjon.EnhetensOppdrag;
import no.hod.styringsregister.organisasjon.OrganisasjonService;

/** The organisation pages every signed-in user reads. */
@Controller
class OrganisasjonController {

	private final OrganisasjonTre tre;

	private final OrganisasjonService organisasjon;

	private final List<EnhetensOppdrag> oppdrag;

	private final Divisjonsledere ledere;

	OrganisasjonController(OrganisasjonTre tre, OrganisasjonService organisasjon, List<EnhetensOppdrag> oppdrag,
			Divisjonsledere ledere) {
		this.tre = tre;
		this.organisasjon = organisasjon;
		this.oppdrag = oppdrag;
		this.ledere = ledere;
	}

	@GetMapping("/organisasjon")
	String index(@RequestParam(defaultValue = "false") boolean alle, Model model) {
		model.addAttribute("tre", tre.tre(alle));
		model.addAttribute("alle", alle);
		model.addAttribute("departementsavdelinger", organisasjon.departementsavdelinger());
		return "organisasjon/index";
	}

	@GetMapping("/organisasjon/enhet/{id}")
	String enhet(@PathVariable long id, Model model) {
		EnhetDetaljer enhet = tre.enhet(id);
		model.addAttribute("e", enhet);
		model.addAttribute("etat", organisasjon.etat(enhet.enhet().etatId()).orElseThrow());
		Enhet divisjon = enhet.enhet().overordnetId() == null ? null
				: organisasjon.enhet(enhet.enhet().overordnetId()).orElse(null);
		model.addAttribute("divisjon", divisjon);
		// The users who get what is routed here: the division's leads, for a department too. The description's
		// leader («Divisjonsdirektør: …») may be someone else, or no one.
		Long divisjonId = enhet.enhet().type() == Enhet.Type.DIVISJON ? Long.valueOf(id)
				: divisjon == null ? null : divisjon.id();
		model.addAttribute("ledereIRegisteret", divisjonId == null ? List.of() : ledere.navn(divisjonId));
		model.addAttribute("avdelinger", organisasjon.avdelinger(id));
		model.addAttribute("tidligereNavn", organisasjon.tidligereNavn(id));
		List<EnhetensOppdrag.Utvalg> rutet = oppdrag.stream().map(kilde -> kilde.rutetTil(enhet.enhet())).toList();
		model.addAttribute("oppdrag", rutet.stream().flatMap(utvalg -> utvalg.oppdrag().stream()).toList());
		model.addAttribute("oppdragUtvalg", rutet);
		model.addAttribute("oppdragKjent", !oppdrag.isEmpty());
		return "organisasjon/enhet";
	}
}
