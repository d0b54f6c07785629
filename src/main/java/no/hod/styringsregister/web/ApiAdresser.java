package no.hod.styringsregister.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/** Whether a request is for the JSON API ({@code /api/**}), also on the error dispatch that answers its error. */
final class ApiAdresser {

	private ApiAdresser() {
	}

	static boolean gjelder(HttpServletRequest request) {
		// On the error dispatch the request's own address is the error page's; the one that failed is an attribute.
		Object adresse = request.getDispatcherType() == DispatcherType.ERROR
				? request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) : request.getRequestURI();
		return adresse instanceof String sti && sti.startsWith(request.getContextPath() + "/api/");
	}
}
