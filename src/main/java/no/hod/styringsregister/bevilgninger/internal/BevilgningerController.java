package no.hod.styringsregister.bevilgninger.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class BevilgningerController {

	@GetMapping("/bevilgninger")
	String index() {
		return "bevilgninger/index";
	}
}
