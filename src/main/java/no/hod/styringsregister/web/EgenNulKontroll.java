package no.hod.styringsregister.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A module's form that refuses the NUL character itself, in the form with the typed text kept, rather than by the
 * bare 400 page of the filter that refuses it everywhere else. The module must then refuse it before anything stores,
 * compares or searches the text.
 */
public interface EgenNulKontroll {

	/** Whether the request is for such a form. */
	boolean gjelder(HttpServletRequest request);
}
