package no.hod.styringsregister.instrukser.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class InstrukserController {

	@GetMapping("/instrukser")
	String index() {
		return "instrukser/index";
	}
}
