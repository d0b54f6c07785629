package no.hod.styringsregister.oppdrag.internal;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

import no.hod.styringsregister.web.EgenNulKontroll;

/**
 * The status form refuses the NUL character itself (the workflow checks every note and reason), so the page can say
 * which field holds it and give back what was typed.
 */
@Component
class StatusskjemaetsNulKontroll implements EgenNulKontroll {

	@Override
	public boolean gjelder(HttpServletRequest request) {
		String sti = request.getRequestURI().substring(request.getContextPath().length());
		return "POST".equals(request.getMethod()) && sti.startsWith("/oppdrag/") && sti.endsWith("/status")
				&& sti.indexOf('/', "/oppdrag/".length()) == sti.length() - "/status".length();
	}
}
