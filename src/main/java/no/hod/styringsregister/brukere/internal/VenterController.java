package no.hod.styringsregister.brukere.internal;

import java.util.Optional;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.brukere.CurrentUsers;

/**
 * Where a user without a role lands. Once an admin has granted a role, the next visit here (or the next refused
 * request, which is forwarded here) sends the user on without signing in again: the session already has the role
 * (RolleFraRegisteret).
 */
@Controller
class VenterController {

	private final CurrentUsers currentUsers;

	VenterController(CurrentUsers currentUsers) {
		this.currentUsers = currentUsers;
	}

	@RequestMapping("/venter")
	String venter(HttpServletRequest request, HttpServletResponse response) {
		boolean nektet = request.getAttribute(VenterPaRolleHandler.NEKTET) != null;
		Optional<CurrentUser> bruker = currentUsers.currentIfSignedIn();
		if (bruker.isEmpty()) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			return "error/403";
		}
		if (bruker.get().rolle() == null) {
			if (nektet) {
				response.setStatus(HttpStatus.FORBIDDEN.value());
			}
			return "venter";
		}
		return "redirect:" + tilbake(request, nektet);
	}

	/** Back to the refused page when it was a GET (same site, path only), else the start page. */
	private static String tilbake(HttpServletRequest request, boolean nektet) {
		Object uri = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
		if (!nektet || !(uri instanceof String sti) || !"GET".equals(request.getMethod())) {
			return "/";
		}
		String path = sti.substring(request.getContextPath().length());
		if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/venter")) {
			return "/";
		}
		Object query = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
		return query == null ? path : path + "?" + query;
	}
}
