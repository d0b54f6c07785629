package no.hod.styringsregister.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The admin start page: links to each module's admin tasks. Access is limited to admins by the security rules. */
@Controller
class AdminController {

	@GetMapping("/admin")
	String admin() {
		return "admin/index";
	}
}
