package no.hod.styringsregister.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.brukere.CurrentUsers;

/**
 * Puts the signed-in user into every page's model for the header. The layout calls {@link #innlogget()} and
 * {@link #sti()} itself on a page an exception handler renders, whose model the advice does not fill.
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
	public String sti() {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		return request.getRequestURI().substring(request.getContextPath().length());
	}
}
