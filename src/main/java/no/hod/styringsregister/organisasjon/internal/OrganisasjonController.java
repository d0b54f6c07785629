package no.hod.styringsregister.organisasjon.internal;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import no.hod.styringsregister.organisasjon.EnhetensOppdrag;
import no.hod.styringsregister.organisasjon.OrganisasjonService;

/** The organisation pages every signed-in user reads. */
@Controller
class OrganisasjonController {

	private final OrganisasjonTre tre;

	private final OrganisasjonService organisasjon;

	private final List<EnhetensOppdrag> oppdrag;

	OrganisasjonController(OrganisasjonTre tre, OrganisasjonService organisasjon, List<EnhetensOppdrag> oppdrag) {
		this.tre = tre;
		this.organisasjon = organisasjon;
		this.oppdrag = oppdrag;
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
		model.addAttribute("divisjon", enhet.enhet().overordnetId() == null ? null
				: organisasjon.enhet(enhet.enhet().overordnetId()).orElse(null));
		model.addAttribute("avdelinger", organisasjon.avdelinger(id));
		model.addAttribute("tidligereNavn", organisasjon.tidligereNavn(id));
		List<EnhetensOppdrag.Utvalg> rutet = oppdrag.stream().map(kilde -> kilde.rutetTil(enhet.enhet())).toList();
		model.addAttribute("oppdrag", rutet.stream().flatMap(utvalg -> utvalg.oppdrag().stream()).toList());
		model.addAttribute("oppdragUtvalg", rutet);
		model.addAttribute("oppdragKjent", !oppdrag.isEmpty());
		return "organisasjon/enhet";
	}
}
