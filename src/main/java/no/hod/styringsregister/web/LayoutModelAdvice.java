package no.hod.styringsregister.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.brukere.CurrentUsers;

/**
 * Puts the signed-in user into every page's model for the header. The layout calls {@link #innlogget()} itself on a
 * page an exception handler renders, whose model the advice does not fill.
 */
@ControllerAdvice
class LayoutModelAdvice {

	private final CurrentUsers currentUsers;

	LayoutModelAdvice(CurrentUsers currentUsers) {
		this.currentUsers = currentUsers;
	}

	@ModelAttribute("innlogget")
	public CurrentUser innlogget() {
		return currentUsers.currentIfSignedIn().orElse(null);
	}

	/** The path, so the menu can mark the current section. */
	@ModelAttribute("sti")
	String sti(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}
}
