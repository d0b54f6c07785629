package no.hod.styringsregister.rapporter.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.brukere.CurrentUsers;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.oppdrag.OppdragFilter;
import no.hod.styringsregister.oppdrag.OppdragQueries;
import no.hod.styringsregister.oppdrag.OppdragStatus;
import no.hod.styringsregister.oppdrag.OppdragSummary;
import no.hod.styringsregister.rapporteringskalender.NesteFrister;

/**
 * The page after login: what needs the user's attention first. A division lead sees the division's assignments, a
 * desk officer the deliveries waiting for acceptance; everyone the next deadlines.
 */
@Controller
class ForsideController {

	private static final int NEXT_DEADLINES = 8;

	private static final int LIST_SIZE = 10;

	private final CurrentUsers currentUsers;

	private final OppdragQueries oppdrag;

	private final NesteFrister frister;

	ForsideController(CurrentUsers currentUsers, OppdragQueries oppdrag, NesteFrister frister) {
		this.currentUsers = currentUsers;
		this.oppdrag = oppdrag;
		this.frister = frister;
	}

	@GetMapping("/")
	String forside(Model model) {
		CurrentUser bruker = currentUsers.current();
		model.addAttribute("nesteFrister", frister.neste(NEXT_DEADLINES));
		if (bruker.is(Rolle.HDIR_LEDER) && bruker.enhetId() != null) {
			OppdragFilter mine = OppdragFilter.alle().medDivisjon(bruker.enhetId()).medAar(LocalDate.now().getYear());
			model.addAttribute("mineAntall", oppdrag.count(mine, bruker));
			model.addAttribute("mineForsinket", oppdrag.count(mine.medStatus(OppdragStatus.FORSINKET), bruker));
			model.addAttribute("mineLenke", "/oppdrag?division=" + bruker.enhetId() + "&year=" + LocalDate.now().getYear());
		}
		if (bruker.is(Rolle.HOD_SAKSBEHANDLER) || bruker.isAdmin()) {
			List<OppdragSummary> levert = oppdrag.search(
					OppdragFilter.alle().medStatus(OppdragStatus.LEVERT).medSide(0, LIST_SIZE), bruker);
			model.addAttribute("tilGodkjenning", levert);
			model.addAttribute("tilGodkjenningAntall",
					oppdrag.count(OppdragFilter.alle().medStatus(OppdragStatus.LEVERT), bruker));
		}
		model.addAttribute("statusLenker", Map.of("LEVERT", "/oppdrag?status=LEVERT"));
		return "forside";
	}
}
