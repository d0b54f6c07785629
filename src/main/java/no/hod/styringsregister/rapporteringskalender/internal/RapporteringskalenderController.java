package no.hod.styringsregister.rapporteringskalender.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class RapporteringskalenderController {

	@GetMapping("/rapporteringskalender")
	String index() {
		return "rapporteringskalender/index";
	}
}
