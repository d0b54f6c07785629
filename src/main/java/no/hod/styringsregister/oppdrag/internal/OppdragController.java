package no.hod.styringsregister.oppdrag.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class OppdragController {

	@GetMapping("/oppdrag")
	String index() {
		return "oppdrag/index";
	}
}
