package no.hod.styringsregister.organisasjon.internal;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/organisasjon}: the active tree, for every signed-in user. Each unit carries its id, which is what
 * the other APIs' {@code agency}, {@code division} and {@code department} filters take.
 */
@RestController
class OrganisasjonApiController {

	private final OrganisasjonTre tre;

	OrganisasjonApiController(OrganisasjonTre tre) {
		this.tre = tre;
	}

	record Svar(List<Agency> agencies) {
	}

	record Agency(long id, String name, List<Division> divisions) {
	}

	record Division(long id, String name, List<Department> departments) {
	}

	record Department(long id, String name, String leader, String leaderTitle, List<String> tasks) {
	}

	@GetMapping("/api/organisasjon")
	Svar organisasjon() {
		return new Svar(tre.tre(false).stream()
			.map(etat -> new Agency(etat.etat().id(), etat.etat().navn(), etat.divisjoner().stream()
				.map(divisjon -> new Division(divisjon.divisjon().enhet().id(), divisjon.divisjon().enhet().navn(),
						divisjon.avdelinger().stream()
							.map(a -> new Department(a.enhet().id(), a.enhet().navn(), a.enhet().leder(),
									a.enhet().lederTittel(), a.oppgaver()))
							.toList()))
				.toList()))
			.toList());
	}
}
